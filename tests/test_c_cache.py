"""The C cache (pyzc/c_cache.py) that the tests' builds of one program share: what it gives is the C the
front end would make now, for the profile and target asked, and any change it is made from misses it."""

from __future__ import annotations

import os

import pytest

from pyzc import c_cache
from pyzc.driver import build_info_lines, cached_c, compile_program


def info(profile: str, target: str = "x86_64-linux", cpu: str = "baseline") -> dict[str, str]:
    return {"pyzc": "test", "source": "prog.py", "target": target, "cpu": cpu, "profile": profile}


def fresh(path: str, build_info: dict[str, str]) -> str:
    return compile_program(path, build_info=build_info).c_text


def entries(folder) -> list[str]:
    return [f for _, _, files in os.walk(folder) for f in files if f.endswith(".json.gz")]


PROGRAM = """\
import helper

def unused():
    return 1

print(helper.twice(21))
"""


@pytest.fixture
def program(tmp_path):
    """prog.py and the module it imports, in a folder of their own (the cache is outside it)."""
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "helper.py").write_text("def twice(x):\n    return 2 * x\n")
    path = tmp_path / "src" / "prog.py"
    path.write_text(PROGRAM)
    return str(path)


def test_another_profile_or_target_gets_the_c_the_front_end_makes_for_it(program, tmp_path):
    folder = str(tmp_path / "cache")
    release = info("release", cpu="native")
    assert cached_c(program, {}, release, folder) == fresh(program, release)
    assert len(entries(folder)) == 1
    os.mkdir(os.path.join(os.path.dirname(program), "__pycache__"))  # CPython's, made as it runs the program: no change
    for other in (info("debug"), info("release", target="aarch64-linux")):
        timings: dict[str, float] = {}
        c = cached_c(program, timings, other, folder)
        assert "inference" not in timings  # taken from the cache: the front end did not run
        assert c == fresh(program, other)
        assert "left_out=unused:3" in build_info_lines(other, compile_program(program, build_info=other).left_out)[-1]
    assert len(entries(folder)) == 1


@pytest.mark.parametrize("change", ["program", "module", "new module", "shadowing module", "folder"])
def test_a_change_to_what_the_c_is_made_from_misses(program, tmp_path, change):
    folder = str(tmp_path / "cache")
    before = cached_c(program, {}, info("debug"), folder)
    key = c_cache.program_digest(program, True)
    src = tmp_path / "src"
    if change == "program":
        with open(program, "a") as f:
            f.write("print(3)\n")
    elif change == "module":
        (src / "helper.py").write_text("def twice(x):\n    return x + x + 1\n")
    elif change == "new module":  # not imported yet, but the program may name it next
        (src / "other.py").write_text("X = 1\n")
    elif change == "shadowing module":  # a file next to the program comes before pyzc's own random
        (src / "random.py").write_text("def random():\n    return 0.5\n")
    else:  # a folder of a module's name is refused (a package)
        (src / "helper2").mkdir()
    assert c_cache.program_digest(program, True) != key
    timings: dict[str, float] = {}
    after = cached_c(program, timings, info("debug"), folder)
    assert "inference" in timings  # the front end ran again
    assert after == fresh(program, info("debug"))
    if change in ("program", "module"):
        assert after != before


def test_a_change_to_pyzc_or_the_ir_checker_setting_changes_the_key(program, tmp_path, monkeypatch):
    key = c_cache.program_digest(program, True)
    assert c_cache.program_digest(program, False) != key
    package = tmp_path / "pkg"
    (package / "__pycache__").mkdir(parents=True)
    (package / "a.py").write_text("A = 1\n")
    monkeypatch.setattr(c_cache, "PACKAGE_DIR", str(package))
    c_cache.tree_digest.cache_clear()
    try:
        first = c_cache.tree_digest()
        c_cache.tree_digest.cache_clear()
        (package / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"compiled")  # not pyzc's source
        assert c_cache.tree_digest() == first
        c_cache.tree_digest.cache_clear()
        (package / "templates").mkdir()
        (package / "templates" / "x.c.j2").write_text("{{ x }}")
        assert c_cache.tree_digest() != first
        second = c_cache.tree_digest()
        c_cache.tree_digest.cache_clear()
        (package / "a.py").write_text("A = 2\n")
        assert c_cache.tree_digest() not in (first, second)
    finally:
        c_cache.tree_digest.cache_clear()


def test_nothing_is_kept_when_pyzc_changed_since_it_was_loaded(program, tmp_path, monkeypatch):
    folder = str(tmp_path / "cache")
    c_cache.tree_digest()  # the tree as this process loaded it
    monkeypatch.setattr(c_cache, "tree_digest_now", lambda: "edited since")
    cached_c(program, {}, info("debug"), folder)
    assert entries(folder) == []


def test_entries_of_other_trees_go(tmp_path):
    folder = tmp_path / "cache"
    mine, other, other_python = c_cache.tree_folder(), c_cache.tree_folder().split("-")[0] + "-old", "py2.7-old"
    for name in (mine, other, other_python):
        (folder / name).mkdir(parents=True)
    c_cache.prune_other_trees(str(folder))
    assert sorted(os.listdir(folder)) == sorted([mine, other_python])  # another Python's run keeps its own


def test_the_build_info_is_replaced_exactly_once():
    c = 'static const char pyz_build_info[] = "a";\nx = "a";\n'
    assert c_cache.with_build_info(c, '"a"', '"b"') == 'static const char pyz_build_info[] = "b";\nx = "a";\n'
    with pytest.raises(AssertionError):
        c_cache.with_build_info(c, '"z"', '"b"')

