# (i, []) appended to a list[tuple[int, list[str]]]: the [] was typed list[int] and the C compiler
# failed (PyzTuple_tup2_int_list_int passed for PyzTuple_tup2_int_list_str). Found in
# pyzc/pylib/argparse.py.
taken: list[tuple[int, list[str]]] = []
taken.append((1, ["x"]))
taken.append((2, []))
print(taken)
