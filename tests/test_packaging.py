"""pip install gives a working pyzc: a wheel built from this checkout, installed into a fresh venv
outside it, builds, cross-builds and lists its modules from an unrelated folder."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT

HELLO = os.path.join(ROOT, "examples", "hello.py")


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(venv bin folder, wheel path): the wheel is built by pip from the checkout, as a user would."""
    tmp = tmp_path_factory.mktemp("wheel")
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp / "dist"), ROOT],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    [wheel] = glob.glob(str(tmp / "dist" / "pyzc-*.whl"))
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    r = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", wheel],
                       capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr
    return venv / "bin", wheel


def clean_env():
    """No trace of the checkout: not on PYTHONPATH, not the current folder."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}


def test_the_wheel_holds_the_runtime_templates_and_modules(installed):
    _, wheel = installed
    names = zipfile.ZipFile(wheel).namelist()
    assert "pyzc/runtime_c/pyz.h" in names and "pyzc/runtime_c/rt.c" in names
    assert "pyzc/templates/list.c.j2" in names and "pyzc/pylib/random.py" in names
    assert not any(n.startswith("compiler/") for n in names)  # no top-level package of another name
    assert any(n.endswith("licenses/LICENSE") for n in names)


def test_installed_pyzc_builds_and_runs_from_any_folder(installed, tmp_path):
    bin_dir, _ = installed
    shutil.copy(HELLO, tmp_path / "hello.py")
    r = subprocess.run([str(bin_dir / "pyzc"), "build", "hello.py"], cwd=str(tmp_path), env=clean_env(),
                       capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr
    want = subprocess.run([sys.executable, "hello.py"], cwd=str(tmp_path), capture_output=True).stdout
    assert subprocess.run([str(tmp_path / "build" / "hello")], capture_output=True).stdout == want
    mods = subprocess.run([str(bin_dir / "pyzc"), "modules"], cwd=str(tmp_path), env=clean_env(),
                          capture_output=True, text=True)
    assert mods.returncode == 0 and "random" in mods.stdout and "math" in mods.stdout, mods.stderr
    site = subprocess.run([str(bin_dir / "python"), "-c", "import pyzc, os; print(os.path.dirname(pyzc.__file__))"],
                          cwd=str(tmp_path), env=clean_env(), capture_output=True, text=True).stdout.strip()
    assert site.startswith(str(bin_dir.parent))  # the installed copy, not the checkout


def test_installed_pyzc_cross_builds_for_aarch64(installed, tmp_path):
    bin_dir, _ = installed
    shutil.copy(HELLO, tmp_path / "hello.py")
    r = subprocess.run([str(bin_dir / "pyzc"), "build", "--target", "aarch64-linux", "hello.py"], cwd=str(tmp_path),
                       env=clean_env(), capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr
    exe = tmp_path / "build" / "aarch64-linux" / "release" / "hello"
    assert exe.read_bytes()[18] == 183  # e_machine: EM_AARCH64
    qemu = shutil.which("qemu-aarch64")
    if qemu is None:
        pytest.skip("qemu-aarch64 is not installed (apt-get install qemu-user): built, not run")
    want = subprocess.run([sys.executable, "hello.py"], cwd=str(tmp_path), capture_output=True).stdout
    assert subprocess.run([qemu, str(exe)], capture_output=True).stdout == want
