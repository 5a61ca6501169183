"""Subcommands: add_subparsers() and add_parser(), each with arguments of its own."""
import argparse


def positive(text):
    n = int(text)
    if n <= 0:
        raise argparse.ArgumentTypeError("must be positive")
    return n


parser = argparse.ArgumentParser(prog="vcs", description="A version control tool.")
parser.add_argument("-C", dest="path", default=".", help="run as if started in PATH")
parser.add_argument("-q", "--quiet", action="store_true")
sub = parser.add_subparsers(title="commands", description="One of these, then its own options.",
                            dest="command", required=True, metavar="COMMAND")
commit = sub.add_parser("commit", help="record changes", description="Record the staged changes.")
commit.add_argument("-m", "--message", required=True, help="the message")
commit.add_argument("--amend", action="store_true")
commit.add_argument("-v", "--verbose", action="count", default=0)
log = sub.add_parser("log", help="show the history", epilog="Newest first.")
log.add_argument("-n", type=positive, default=10)
log.add_argument("paths", nargs="*")
log.add_argument("-v", "--verbose", action="count", default=0)
fmt = log.add_mutually_exclusive_group()
fmt.add_argument("--oneline", action="store_true")
fmt.add_argument("--graph", action="store_true")
sub.add_parser("status")
tag = sub.add_parser("tag")
tag.add_argument("name")
tag.add_argument("rev", nargs="?", default="HEAD")
args = parser.parse_args()
print(args)
if args.command == "log":
    print(args.n * 2, args.paths, args.verbose)
elif args.command == "commit":
    print(len(args.message), args.verbose)
