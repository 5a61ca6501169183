"""Argument groups (their own help sections) and mutually exclusive groups."""
import argparse

parser = argparse.ArgumentParser(prog="grp", description="groups demo")
parser.add_argument("file")
io = parser.add_argument_group("input/output", "Where the data comes from and goes.")
io.add_argument("-i", "--input", help="input path")
io.add_argument("-o", "--output", help="output path")
quiet = parser.add_mutually_exclusive_group()
quiet.add_argument("-v", "--verbose", action="store_true", help="more")
quiet.add_argument("-q", "--quiet", action="store_true", help="less")
fmt = io.add_mutually_exclusive_group(required=True)
fmt.add_argument("--json", action="store_true")
fmt.add_argument("--csv", action="store_true")
fmt.add_argument("--secret", action="store_true", help=argparse.SUPPRESS)
untitled = parser.add_argument_group()
untitled.add_argument("--zzz", type=int, default=0)
level = parser.add_mutually_exclusive_group()
level.add_argument("--level", type=int, choices=[1, 2, 3])
level.add_argument("name", nargs="?", default="anon")
args = parser.parse_args()
print(args)
if args.verbose:
    print(args.file, args.zzz + 1, args.name)

features = argparse.ArgumentParser(prog="feat")
features.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="use colours")
features.add_argument("-c", "--cache", action=argparse.BooleanOptionalAction, help="keep a cache")
features.add_argument("--fast", action=argparse.BooleanOptionalAction)
features.print_help()
for argv in [[], ["--no-color", "--cache"], ["-c", "--no-cache", "--fast", "--no-fast", "--color"]]:
    print(features.parse_args(argv))
