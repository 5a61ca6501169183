# Sums in loops whose trip count is known (passes/bound_accumulators.py): where the bound fits in
# int64 the add goes unchecked; every case here whose sum leaves 64 bits must give CPython's big int.


def range_sum(n):
    total = 0
    for i in range(n):
        total += i % 1000
    return total


def range_sum_past_int64(n):
    total = 2**62
    for i in range(n):
        total += 2**61  # 2**62 + 3 * 2**61 > 2**63 - 1
    return total


def while_sum(n):
    total = 0
    i = 0
    while i < n:
        total += i * 3 % 1000
        i += 1
    return total


def while_sum_past_int64(n):
    total = 0
    i = 0
    while i < n:
        total += 10**17
        i += 1
    return total


def while_step_skipped(limit):
    # `continue` skips the step: the loop runs 5 times per step, far more than `limit`
    total = 0
    i = 0
    k = 0
    while i < limit:
        total += 10**18
        k += 1
        if k % 5 != 0:
            continue
        i += 1
    return total


def while_step_on_both_ways(limit):
    total = 0
    i = 0
    while i < limit:
        if i % 2:
            total += 4 * 10**18
            i += 1
        else:
            total += 1
            i += 1
    return total


def while_counter_goes_back(limit):
    # the counter also goes down: no trip count
    total = 0
    i = 0
    back = 3
    while i < limit:
        total += 2 * 10**18
        if back > 0 and i == 1:
            back -= 1
            i = 0
        else:
            i += 1
    return total


def while_counter_from_copy(limit):
    total = 0
    i = 0
    while i < limit:
        total += 3 * 10**18
        j = i + 1
        i = j
    return total


def nested_loops(n):
    # the inner loop's sum starts where the outer loop left it: the inner trip count bounds nothing
    total = 0
    for a in range(n):
        for b in range(n):
            total += 10**15
    return total


def start_near_the_top(n):
    total = 2**63 - 1 - 5 * 999
    for i in range(n):
        total += i % 1000
    return total


def up_to_the_top(n):
    # called with 5 only: ends exactly at 2**63 - 1, unchecked
    total = 2**63 - 1 - 5 * 7
    for i in range(n):
        total += 7
    return total


def one_past_the_top(n):
    # called with 6 only: ends at 2**63 + 6
    total = 2**63 - 1 - 5 * 7
    for i in range(n):
        total += 7
    return total


def sum_of_negatives(n):
    total = -(2**62)
    for i in range(n):
        total += i - 5
    return total


def several_calls(n):
    total = 0
    for i in range(n):
        total += 2**40
    return total


def while_versioned(n, stop):
    # n unknown: a copy runs when n <= INT64_MAX // 2**40 (version_loops.py); the break ends it early
    total = 0
    i = 0
    while i < n:
        total += 2**40
        i += 1
        if i == stop:
            break
    return total


def counted(n):
    i = 0
    while i < n:
        yield i * 3 % 1000
        i += 1


def big_items(n):
    for i in range(n):
        yield 2**61


def two_yields(n):
    for i in range(n):
        yield 2**60
        yield 2**60


def unbounded(stop):
    i = 0
    while True:
        yield 2**61
        i += 1
        if i == stop:
            return


def doubled(g):
    # two items per item of g: bounded once g is
    for x in g:
        yield x
        yield x


def evens(g):
    for x in g:
        if x % 2 == 0:
            yield x


def loop_over(g):
    total = 0
    for x in g:
        total += x
    return total


def main():
    print(range_sum(10_000), range_sum(0), range_sum(-3))
    print(range_sum_past_int64(3), range_sum_past_int64(1))
    print(while_sum(100_000))
    print(while_sum_past_int64(200), while_sum_past_int64(5))
    print(while_step_skipped(3))
    print(while_step_on_both_ways(6))
    print(while_counter_goes_back(4))
    print(while_counter_from_copy(4))
    print(nested_loops(100))
    print(start_near_the_top(5), start_near_the_top(6), start_near_the_top(2000))
    print(up_to_the_top(5), one_past_the_top(6))
    print(sum_of_negatives(10))
    print(several_calls(10), several_calls(2**23 + 1))
    print(while_versioned(10, 10), while_versioned(2**62, 2**23 + 1), while_versioned(2**23 + 1, 2**23 + 1))
    print(while_versioned(2**23 - 1, -1), while_versioned(2**62, 5))
    print(sum(counted(10_000)), sum(counted(5)))
    print(sum(big_items(3)), sum(big_items(5)), loop_over(big_items(4)))
    print(sum(two_yields(3)), sum(two_yields(4)), loop_over(two_yields(5)))
    print(sum(unbounded(5)), loop_over(unbounded(6)))
    print(sum(doubled(big_items(1))), sum(doubled(big_items(2))), loop_over(doubled(counted(100))))
    print(sum(evens(doubled(two_yields(2)))), loop_over(evens(counted(1000))))
    g = big_items(6)
    print(next(g), sum(g))


main()
