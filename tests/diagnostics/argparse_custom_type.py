# expect: 9:33: error: argparse: type= is supported as int, float or str
import argparse


def positive(text):
    return abs(int(text))

parser = argparse.ArgumentParser()
parser.add_argument("--n", type=positive)
args = parser.parse_args()
