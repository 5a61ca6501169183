# expect: 7:13: error: argparse: add_mutually_exclusive_group() is supported as `name = parser.add_mutually_exclusive_group(...)`, a statement right after the parser's, in the same block
import argparse
import sys

parser = argparse.ArgumentParser()
if len(sys.argv) > 3:
    group = parser.add_mutually_exclusive_group()
args = parser.parse_args()
