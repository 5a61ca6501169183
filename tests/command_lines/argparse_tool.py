"""A command-line tool: positional and optional arguments, --help, usage errors."""
import argparse


def main():
    parser = argparse.ArgumentParser(description="Copy lines from a source to a destination, "
                                                 "keeping some and numbering others.")
    parser.add_argument("source", help="the file to read")
    parser.add_argument("dest", nargs="?", help="the file to write")
    parser.add_argument("-n", "--count", type=int, default=10, help="lines to copy (default: %(default)s)")
    parser.add_argument("-s", "--scale", type=float, help="a factor")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    parser.add_argument("--mode", choices=["copy", "move", "link"], default="copy")
    parser.add_argument("--level", type=int, choices=range(1, 4))
    parser.add_argument("-x", "--exclude", action="append", metavar="PATTERN", help="skip lines matching PATTERN")
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--size", nargs=2, type=int, metavar="N")
    parser.add_argument("--tags", nargs="+")
    parser.add_argument("--version", action="version", version="%(prog)s 1.0")
    args = parser.parse_args()
    print(args)
    if args.verbose > 1:
        print("copying", args.count, "lines from", args.source)
    if args.scale is not None:
        print(args.count * args.scale)
    if args.exclude:
        for pattern in args.exclude:
            print("exclude", pattern)
    if args.count < 0:
        parser.error("the count must not be negative")


main()
