# Generators made and consumed in one function run inlined in their consumer
# (passes/inline_generators.py): side effects interleave as CPython's, a break drops the
# generator, exceptions from the body reach the consumer's handlers, and objects that are
# resumed twice or escape keep the state machine.


def count_up(n):
    i = 0
    while i < n:
        print("  gen: yield", i)
        yield i * 10
        i += 1
    print("  gen: done")


def squares(xs):
    for x in xs:
        yield x * x


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def numbers(n):
    for i in range(n):
        yield i


def ratio(xs, d):
    for x in xs:
        print("  ratio of", x)
        yield x // d


def with_return(n):
    k = 0
    while True:
        if k >= n:
            return
        yield k
        k += 1


def interleaved():
    print("interleaved:")
    for v in count_up(3):
        print("  consumer got", v)
    print("  after loop")


def breaks():
    print("breaks:")
    for v in count_up(10):
        print("  consumer got", v)
        if v >= 20:
            break
    print("  after break")


def continues():
    print("continues:")
    total = 0
    for v in numbers(10):
        if v % 3 == 0:
            continue
        total += v
    print("  total", total)


def nested():
    print("nested:")
    total = 0
    count = 0
    for v in evens(squares(numbers(20))):
        total += v
        count += 1
    print("  count", count, "total", total)
    print("  sum", sum(squares(numbers(100))))


def caught():
    print("caught:")
    try:
        for v in ratio([5, 10, 15], 0):
            print("  never", v)
    except ZeroDivisionError as e:
        print("  caught", e)
    total = 0
    try:
        total = sum(ratio([7, 8, 9], 2))
    except ZeroDivisionError:
        print("  not raised")
    print("  total", total)


def caught_in_loop():
    print("caught in loop:")
    for d in [2, 0, 3]:
        try:
            print("  sum", sum(ratio([6, 12], d)))
        except ZeroDivisionError as e:
            print("  d =", d, "raised", e)


def remade_in_loop():
    print("remade in loop:")
    for n in range(4):
        got = []
        for v in with_return(n):
            got.append(v)
            if v == 2:
                break
        print("  n", n, got)


def used_twice():
    print("used twice:")
    g = count_up(4)
    for v in g:
        print("  first loop", v)
        if v == 10:
            break
    for v in g:
        print("  second loop", v)


def escapes():
    print("escapes:")
    g = numbers(5)
    held = [g]
    print("  first", next(g))
    for v in held[0]:
        print("  from the list", v)
    return numbers(3)


def first_item():
    print("first item:")
    print("  next", next(count_up(5)))
    print("  next of empty", next(with_return(0), -1))


def empty_body():
    print("empty body:")
    for _ in count_up(2):
        pass
    print("  done")


def consumer_generator(n):
    for v in squares(numbers(n)):
        if v % 2 == 1:
            yield v + 1000


def mutated_argument():
    print("mutated argument:")
    xs = [1, 2, 3]
    for v in squares(xs):
        print("  got", v)
        if len(xs) < 6:
            xs.append(v)
    print("  xs", xs)


def late_binding():
    print("late binding:")
    n = 3
    g = numbers(n)
    n = 10
    print("  ", list(g), n)


def zero_items():
    print("zero items:")
    print("  sum", sum(numbers(0)), "max", max(numbers(4)), "any", any(numbers(1)))


interleaved()
breaks()
continues()
nested()
caught()
caught_in_loop()
remade_in_loop()
used_twice()
for v in escapes():
    print("  returned generator", v)
first_item()
empty_body()
print("consumer generator:", list(consumer_generator(8)))
mutated_argument()
late_binding()
zero_items()
