# expect: 5:1: error: argparse: the dest 'input-file' is not supported: pyzc needs an identifier, read as args.input_file (give dest=)
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("input-file")
args = parser.parse_args()
