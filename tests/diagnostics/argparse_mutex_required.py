# expect: 6:1: error: argparse: mutually exclusive arguments must be optional
import argparse

parser = argparse.ArgumentParser()
group = parser.add_mutually_exclusive_group()
group.add_argument("--a", required=True)
args = parser.parse_args()
