# A handler logs the failure and re-raises it; nothing above catches it.
def parse_scores(line):
    scores = []
    for part in line.split():
        scores.append(int(part))
    return scores


def summarize(lines):
    results = []
    for n, line in enumerate(lines, 1):
        try:
            scores = parse_scores(line)
            results.append(sum(scores))
            print("line", n, "scores", scores, "sum", sum(scores))
        except ValueError:
            print("line", n, "could not be parsed, giving up")
            raise
        finally:
            print("line", n, "handled")
    return results


print(summarize(["1 2 3", "10 20"]))
print(summarize(["4 5", "6 seven 8", "9"]))
