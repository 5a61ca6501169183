# expect: 6:1: error: ArgumentParser.set_defaults() is not supported yet
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("--n", type=int)
parser.set_defaults(n=3)
args = parser.parse_args()
