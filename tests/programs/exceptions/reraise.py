# raise, re-raise with a bare raise, and errors passing through layers.
def load_config(lines):
    cfg = {}
    for n, line in enumerate(lines, 1):
        try:
            parts = line.split("=")
            if len(parts) != 2:
                raise ValueError("expected key=value")
            cfg[parts[0].strip()] = int(parts[1])
        except ValueError:
            print("  line", n, "is bad:", repr(line))
            raise
    return cfg


def load_or_default(lines):
    try:
        return load_config(lines)
    except ValueError as err:
        print("  falling back to defaults because:", err)
        return {"retries": 3}


print(load_or_default(["retries = 5", "timeout=30"]))
print(load_or_default(["retries = 5", "timeout=thirty"]))
print(load_or_default(["retries = 5", "just text"]))


def check_positive(n):
    if n <= 0:
        raise ValueError(f"expected positive, got {n}")
    return n


def process(xs):
    done = 0
    for x in xs:
        try:
            check_positive(x)
            done += 1
        except ValueError:
            print("  process: logging and re-raising for", x)
            raise
        finally:
            print("  process: finished with", x)
    return done


for batch in [[1, 2, 3], [4, -1, 5], [0]]:
    try:
        print("processed", process(batch))
    except ValueError as err:
        print("batch", batch, "aborted:", err)

failures = []
for text in ["10", "abc", "30", "4.5"]:
    try:
        try:
            v = int(text)
        except ValueError:
            failures.append(text)
            raise RuntimeError("conversion failed for " + text)
        print("converted", v)
    except RuntimeError as rt:
        print("runtime error:", rt)
print("failures", failures)
