# expect: 6:5: error: argparse: add_argument() is supported as a statement right after `parser = argparse.ArgumentParser(...)`, in the same block (pyzc types the parsed arguments when compiling)
import argparse

parser = argparse.ArgumentParser()
for name in ["--a", "--b"]:
    parser.add_argument(name)
args = parser.parse_args()
