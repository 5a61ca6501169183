# expect: 5:33: error: argparse: type= is supported as int, float, str, a function of the module or a lambda
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("--n", type=str.upper)
args = parser.parse_args()
