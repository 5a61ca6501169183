import argparse

parser = argparse.ArgumentParser(prog="r1")
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--hosts", nargs="+", required=True)
args = parser.parse_args(["--port", "80", "--hosts", "a", "b"])
print(args, args.port + 1, len(args.hosts))
try:
    parser.parse_args(["--port", "1"])
except SystemExit as e:
    print(e.args)
