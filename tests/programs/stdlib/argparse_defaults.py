import argparse
import os

WIDTH = 72
NAMES = ["a", "b"]


def main():
    here = os.path.join("/tmp", "x")
    parser = argparse.ArgumentParser(prog="d1")
    parser.add_argument("--width", type=int, default=WIDTH, help="default %(default)s")
    parser.add_argument("--dir", default=here, help="in %(default)s")
    parser.add_argument("--names", nargs="*", default=NAMES)
    parser.add_argument("--scale", type=float, default=WIDTH / 2)
    parser.add_argument("pos", nargs="?", default=here + "/y")
    parser.print_help()
    print(parser.parse_args([]))
    print(parser.parse_args(["--width", "3", "--names", "q", "--scale", "2", "p"]))


main()
