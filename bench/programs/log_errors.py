# Generate a log in memory with a pseudo-random generator, then count the ERROR lines.

LEVELS = ["INFO", "INFO", "INFO", "DEBUG", "WARNING", "ERROR"]
MESSAGES = [
    "user logged in",
    "user logged out",
    "disk usage above threshold",
    "connection timed out",
    "request served",
    "cache miss",
    "retrying operation",
    "configuration reloaded",
]

seed = 2024


def next_random():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed


def make_log(count):
    lines = []
    for i in range(count):
        r = next_random()
        seconds = i * 7 + r % 5
        hour = (seconds // 3600) % 24
        minute = (seconds // 60) % 60
        second = seconds % 60
        day = seconds // 86400 + 1
        level = LEVELS[r // 8 % len(LEVELS)]
        message = MESSAGES[r // 64 % len(MESSAGES)]
        lines.append(f"2024-01-{day:02d} {hour:02d}:{minute:02d}:{second:02d} {level} {message} (id={r % 100000})")
    return "\n".join(lines)


def main():
    text = make_log(200_000)
    print("log size:", len(text))
    errors = 0
    warnings = 0
    timeouts = 0
    first_error = ""
    for line in text.split("\n"):
        if "ERROR" in line:
            errors += 1
            if not first_error:
                first_error = line
            if "timed out" in line:
                timeouts += 1
        elif "WARNING" in line:
            warnings += 1
    print("lines:", text.count("\n") + 1)
    print("ERROR lines:", errors)
    print("WARNING lines:", warnings)
    print("ERROR timeouts:", timeouts)
    print("first ERROR line:", first_error)


main()
