# expect: 6:30: error: argparse: add_parser(aliases=) is not supported yet
import argparse

parser = argparse.ArgumentParser()
subs = parser.add_subparsers(dest="command")
run = subs.add_parser("run", aliases=["r"])
args = parser.parse_args()
print(args)
