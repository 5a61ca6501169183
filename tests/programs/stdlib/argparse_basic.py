import argparse

parser = argparse.ArgumentParser(prog="sum", description="Process some integers.")
parser.add_argument("integers", metavar="N", type=int, nargs="+", help="an integer for the accumulator")
parser.add_argument("--sum", dest="accumulate", action="store_const", const=1, default=0,
                    help="sum the integers (default: find the max)")
parser.add_argument("-v", "--verbose", action="store_true", help="say more")
parser.add_argument("--scale", type=float, default=1.0, help="scale by %(default)s")
parser.add_argument("--name", default="world")
parser.add_argument("--mode", choices=["fast", "slow"], default="fast")
parser.add_argument("-n", type=int)
parser.add_argument("--tag", action="append")
parser.add_argument("-q", action="count", default=0)

args = parser.parse_args(["1", "2", "3", "--sum", "-v", "--tag", "a", "--tag=b", "-qq"])
print(args)
print(args.integers, args.accumulate, args.verbose, args.scale, args.name, args.mode, args.n, args.tag, args.q)
args = parser.parse_args(["4", "--scale", "2.5", "--mode", "slow", "-n", "7"])
print(args)
try:
    parser.parse_args(["--help"])
except SystemExit as e:
    print("exit", e.args)


def run(argv: list[str]):
    p = argparse.ArgumentParser(prog="tool", description="A tool that does things with files and numbers.",
                                epilog="See the manual for more.")
    p.add_argument("src", help="the source file")
    p.add_argument("dst", nargs="?", default="out.txt", help="where to write (default: %(default)s)")
    p.add_argument("-k", "--keep", type=int, default=3, choices=[1, 2, 3, 4], help="how many to keep")
    p.add_argument("--ratio", type=float, default="0.5")
    p.add_argument("--dry-run", action="store_true", help="show what would be done, without doing anything at all, "
                                                          "which is useful when you are not sure")
    p.add_argument("--no-color", dest="color", action="store_false")
    p.add_argument("--pair", nargs=2, metavar="XY", type=int)
    p.add_argument("--words", nargs="*", default=[])
    p.add_argument("--level", nargs="?", const="high", default="low")
    a = p.parse_args(argv)
    print(a)
    print(a.src, a.dst, a.keep, a.ratio, a.dry_run, a.color, a.pair, a.words, a.level)
    if a.pair is not None:
        print(sum(a.pair) * a.keep)


run(["in.txt"])
run(["in.txt", "o.txt", "-k", "2", "--ratio", "2", "--dry-run", "--no-color", "--pair", "3", "4"])
run(["--words", "a", "b", "c", "--level", "--", "x.txt"])
run(["--level", "--", "y.txt", "z"])
run(["-k4", "--keep=1", "--dry", "--lev", "mid", "q"])
try:
    run(["-h"])
except SystemExit as e:
    print("exit", e.args)
