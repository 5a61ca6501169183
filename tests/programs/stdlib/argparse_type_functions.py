import argparse


def positive(text: str) -> int:
    n = int(text)
    if n <= 0:
        raise argparse.ArgumentTypeError(f"{n} is not positive")
    return n


def main(argv: list[str]):
    parser = argparse.ArgumentParser(prog="t5")
    parser.add_argument("--n", type=positive, default="3", help="a %(type)s number")
    parser.add_argument("--hex", type=lambda s: int(s) * 16, default=255)
    parser.add_argument("--words", type=lambda s: s.split(","), nargs="*")
    args = parser.parse_args(argv)
    print(args, args.n * 2, args.hex + 1)


main([])
main(["--n", "5", "--hex", "15", "--words", "a,b", "c"])
for bad in (["--n", "0"], ["--n", "x"], ["--hex", "zz"]):
    try:
        main(bad)
    except SystemExit as e:
        print("exit", e.args)
