# expect: 5:31: error: argparse.FileType is not supported yet
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("f", type=argparse.FileType("r"))
args = parser.parse_args()
