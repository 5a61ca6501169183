# An item of a container that is always empty, in one branch of a conditional expression whose other
# branch is of another type (found by the fuzzer: the IR assigned the item's int to the None result).


def main(flag):
    vt = ()
    print("vt", [x * 2 for x in vt], list(reversed(vt)), vt[-1] if vt else None)
    empty = []
    print(empty[0] if empty else "none", None if not empty else empty[-1])
    try:
        print(empty[0] if flag else None)
    except IndexError as e:
        print("IndexError:", e)
    try:
        print(vt[0] if flag else "-")
    except IndexError as e:
        print("IndexError:", e)


main(True)
main(False)
