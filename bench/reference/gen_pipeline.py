# Reference for bench/programs/gen_pipeline.py: the three generators fused into one loop by hand,
# in Python.  `pyzc bench` compiles it with pyzc too ("pyzc/loop": the pipeline's cost over this loop's).


def main():
    n = 5_000_000
    total = 0
    count = 0
    for i in range(n):
        x = i * i % 10007
        if x % 2 == 0:
            total += x
            count += 1
    print("count:", count, "total:", total)


main()
