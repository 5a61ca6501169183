# expect: 5:8: error: ArgumentParser.add_subparsers() is not supported yet
import argparse

parser = argparse.ArgumentParser()
subs = parser.add_subparsers(dest="command")
args = parser.parse_args()
print(args)
