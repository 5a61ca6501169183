#!/usr/bin/env python3
"""Count the words of files (or stdin) and print the most common ones."""
import argparse
import sys
from collections import Counter


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", help="input files (default: stdin)")
    parser.add_argument("-n", "--top", type=int, default=10, help="how many words to show")
    parser.add_argument("-i", "--ignore-case", action="store_true", help="fold case")
    parser.add_argument("--min-length", type=int, default=1, metavar="N", help="skip shorter words")
    return parser.parse_args()


def count(lines, args, counts):
    for line in lines:
        for word in line.split():
            if args.ignore_case:
                word = word.lower()
            if len(word) >= args.min_length:
                counts[word] += 1


def main():
    args = parse_args()
    counts = Counter()
    if not args.files:
        count(sys.stdin, args, counts)
    for path in args.files:
        with open(path) as f:
            count(f, args, counts)
    for word, n in counts.most_common(args.top):
        print(f"{n:6d} {word}")


if __name__ == "__main__":
    main()
