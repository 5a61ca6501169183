# An empty list in a tuple display iterated by for: the [] was typed list[int] and joined with
# list[str]: an internal compiler error (TypeConflict: int and str) where CPython prints both.
# Found writing tests/command_lines/argparse_groups.py.
for argv in ([], ["a", "b"]):
    print(argv)
