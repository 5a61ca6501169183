"""argparse's corners: required options, combined flags, prefixes, negative numbers, formatters."""
import argparse
import sys

if len(sys.argv) > 1 and sys.argv[1] == "raw":
    raw = argparse.ArgumentParser(prog="raw-tool", formatter_class=argparse.RawDescriptionHelpFormatter,
                                  description="Lines kept:\n  one\n    two\n", epilog="bye\n\nnow")
    raw.add_argument("mode")
    raw.add_argument("--long-option-name-that-is-long", metavar="VALUE", help="a help text long enough to be "
                     "wrapped over several lines when the terminal is eighty columns wide")
    raw.add_argument("--hidden", help=argparse.SUPPRESS)
    print(raw.parse_args())
    sys.exit(0)

if len(sys.argv) > 1 and sys.argv[1] == "defaults":
    d = argparse.ArgumentParser(prog="d", formatter_class=argparse.ArgumentDefaultsHelpFormatter, add_help=False)
    d.add_argument("mode")
    d.add_argument("-r", "--rate", type=float, default=0.25, help="the rate")
    d.add_argument("--name", default="x", help="the name")
    d.add_argument("--flag", action="store_true", help="a flag")
    d.add_argument("--nothing")
    d.add_argument("--help", action="help", help="show help")
    print(d.parse_args())
    sys.exit(0)

if len(sys.argv) > 1 and sys.argv[1] == "known":
    known = argparse.ArgumentParser(prog="k", add_help=False)
    known.add_argument("--keep", action="store_true")
    known.add_argument("first", nargs="?")
    ns, rest = known.parse_known_args()
    print(ns, rest)
    print(known.parse_known_args(["--keep", "x", "--other", "y", "--", "z"]))
    print(known.format_help(), end="")
    sys.exit(0)

p = argparse.ArgumentParser(
    prog="a-program-with-a-rather-long-name-indeed-so-that-usage-goes-on-its-own-line",
    usage=None)
p.add_argument("-a", action="store_true")
p.add_argument("-b", action="store_true")
p.add_argument("-c", type=int)
p.add_argument("--output", "-o", required=True, help="required output")
p.add_argument("--offset", type=int, default=-1)
p.add_argument("--optimize", action="store_const", const=2, default=0)
p.add_argument("numbers", nargs="*", type=float, metavar="X")
args = p.parse_args()
print(args)
print(sum(args.numbers, 0.0), args.offset + 1, args.optimize)
