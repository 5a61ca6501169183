# The log processor: counts the lines containing ERROR in the file named by sys.argv[1], streamed line by line, with counts per component and the first few errors.
import sys


def component(line):
    start = line.find("[")
    end = line.find("]")
    if start < 0 or end < start:
        return "?"
    return line[start + 1:end]


def main():
    if len(sys.argv) != 2:
        print("usage: log_errors.py LOGFILE", file=sys.stderr)
        sys.exit(2)
    total = 0
    errors = 0
    per_component = {}
    first = []
    with open(sys.argv[1]) as f:
        for line in f:
            total += 1
            if "ERROR" in line:
                errors += 1
                c = component(line)
                per_component[c] = per_component.get(c, 0) + 1
                if len(first) < 3:
                    first.append(line.rstrip("\n"))
    print(f"{errors} of {total} lines contain ERROR ({100.0 * errors / total:.1f}%)")
    for c in sorted(per_component):
        print(f"  {c:<8} {per_component[c]:>4}")
    for line in first:
        print("first:", line)


main()
