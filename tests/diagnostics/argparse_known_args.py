# expect: 6:14: error: ArgumentParser.parse_known_args() is not supported yet
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("--n", type=int)
args, rest = parser.parse_known_args()
