# expect: 6:12: error: argparse: parse_args() is supported on a parser made by `name = argparse.ArgumentParser(...)` in the same function
import argparse


def parse(p):
    return p.parse_args()


parser = argparse.ArgumentParser()
parser.add_argument("--n", type=int)
print(parse(parser))
