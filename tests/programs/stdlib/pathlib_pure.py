# pathlib.Path without the file system: parsing, parts, names, suffixes, joining, comparing, printing.
from pathlib import Path

for s in ["/a/b.tar.gz", "a//b/./c/", "", ".", "..", "/", "//x", "///x", "a/..", "x.", ".bashrc", "a/b.c.d"]:
    p = Path(s)
    print(repr(s), repr(p), str(p), p.parts, repr(p.name), repr(p.stem), repr(p.suffix), p.suffixes, repr(p.parent))
print(repr(Path()), repr(Path("a", "b", "c")), repr(Path("a", "/b", "c")), Path(Path("x/y")))
p = Path("base")
q = p / "sub" / "file.txt"
print(q, repr("root" / q), repr(p / "/abs"), repr(p / Path("k")), repr(p.joinpath("x", "y")))
print(Path("a") == Path("a/"), Path("a") == Path("b"), Path("a") != Path("b"), Path("a") < Path("b"))
print(sorted([Path("b"), Path("a/c"), Path("a"), Path("/z")]))
print(len({Path("a"), Path("a/"), Path("./a")}))
print(repr(Path("a").with_suffix(".txt")), Path("a.b").with_name("c"), Path("a.b").with_stem("q"),
      repr(Path("d/a.tar.gz").with_suffix("")))
print(Path("a/b").is_absolute(), Path("/a").is_absolute(), repr(Path("/a/b/c").relative_to("/a")))
print(Path("/a/b").anchor, repr(Path("a").anchor), Path("/a").root, repr(Path("/x").drive), Path("/a/b").as_posix())
print([str(x) for x in Path("/a/b/c").parents], [str(x) for x in Path("a/b").parents])
print(f"{Path('x/y')}", "%s" % Path("z"), str(Path("m")) + "!")
d = {Path("k"): 1}
print(d[Path("k/")])
for bad in ["a/b", "", "."]:
    try:
        Path("f.txt").with_name(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in ["txt", ".", "a/b"]:
    try:
        Path("f.txt").with_suffix(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    Path("/a/b").relative_to("/c")
except ValueError as e:
    print("ValueError", e)
for bad in ["", "/abs/*"]:
    try:
        print(list(Path(".").glob(bad)))
    except ValueError as e:
        print("ValueError", e)
    except NotImplementedError as e:
        print("NotImplementedError", e)
for p in [Path("/"), Path("")]:
    try:
        p.with_suffix(".x")
    except ValueError as e:
        print("ValueError", e)
