"""A compiled module with state: globals live from import to exit, across calls."""
total = 0
calls: list[int] = []
kept: list[str] = []


def bump(by: int) -> int:
    global total
    total += by
    calls.append(total)
    return total


def history() -> list[int]:
    return calls


def scaled_sum(xs: list[float], scale: float = 1.0) -> float:
    return sum(xs) * scale


def remember(s: str) -> None:
    kept.append(s + "!" * len(kept))


def remembered() -> int:
    return len(kept)


def say(s: str, times: int) -> None:
    if times < 0:
        print("said", s)
        raise ValueError("no")
    for _ in range(times):
        print("said", s)


if __name__ == "__main__":  # a script's test run: not when the module is imported
    print(bump(100))
    total = -1000
