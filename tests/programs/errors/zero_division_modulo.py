# Integer modulo by zero raises ZeroDivisionError.
def digit_cycle(n, period):
    return n % period


def schedule(days, period):
    out = []
    for d in days:
        out.append(digit_cycle(d, period))
    return out


def main():
    days = [1, 5, 9, 12, 30]
    periods = [7, 3, 2]
    for p in periods:
        print("period", p, schedule(days, p))
    periods.append(len(periods) - 3)
    print("periods now", periods)
    for p in periods[2:]:
        print("period", p, schedule(days, p))


if __name__ == "__main__":
    main()
