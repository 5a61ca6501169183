# expect: 5:1: error: argparse: argument --count gives a str from the command line but its default is an int: not supported (one type per attribute; give type= or a default of that type)
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("--count", default=10)
args = parser.parse_args()
print(args.count)
