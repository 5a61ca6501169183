#!/usr/bin/env bash
# make test-pythons: pyzc under each of Python 3.10, 3.12 and 3.13 that is installed (on PATH as
# python3.X, or under pyenv), against 3.11 (the .venv's Python, whose output compiled programs match):
# - the C written for every test program is the C 3.11 writes (tests/test_pythons.py; with QUICK=1
#   the Pythons share the programs out, each program compared under one of them);
# - the diagnostics tests pass, and the regression programs build and match CPython 3.11 (not with QUICK=1).
# Each Python gets its own venv, .venv-3.X, made once.
set -euo pipefail
cd "$(dirname "$0")/.."
reference="$(pwd)/.venv/bin/python"
versions="${PYTHONS:-3.10 3.12 3.13}"
tested="" missing="" found=""
# the reference Python's C for every program, made once for all the Pythons (tools/c_digests.py)
digests="$(mktemp)"
trap 'rm -f "$digests" "$digests.tmp"' EXIT
for v in $versions; do
    py=""
    # a pyenv shim on PATH fails unless that version is selected: try each candidate
    for candidate in "$(command -v "python$v" || true)" \
            $(ls -d "${PYENV_ROOT:-$HOME/.pyenv}"/versions/"$v".*/bin/python 2>/dev/null | sort -V -r || true); do
        if [ -n "$candidate" ] && "$candidate" -c "import sys; assert sys.version_info[:2] == tuple(map(int, '$v'.split('.')))" 2>/dev/null; then
            py="$candidate"
            break
        fi
    done
    if [ -z "$py" ]; then
        missing="$missing $v"
    else
        found="$found $v=$py"
    fi
done
# QUICK=1: the Pythons share the programs out (the i-th of n checks every n-th from i), so that each
# program's C is compared under one of them; otherwise each checks them all.
n=$(echo $found | wc -w)
i=0
for pair in $found; do
    v="${pair%%=*}" py="${pair#*=}"
    if [ -n "${QUICK:-}" ]; then
        export PYZC_PROGRAMS_PART="$i/$n"
    fi
    i=$((i + 1))
    venv=".venv-$v"
    if [ ! -f "$venv/.installed" ]; then
        "$py" -m venv "$venv"
        "$venv/bin/python" -m pip install --quiet '.[test]'
        touch "$venv/.installed"
    fi
    echo "== pyzc under $("$venv/bin/python" --version)"
    if [ ! -s "$digests" ]; then
        "$reference" tools/c_digests.py "$digests" 2
    fi
    export PYZC_REFERENCE_DIGESTS="$digests"
    if [ -n "${QUICK:-}" ]; then
        PYZC_REFERENCE_PYTHON="$reference" "$venv/bin/python" -m pytest -q -n 2 tests/test_pythons.py
    else
        PYZC_REFERENCE_PYTHON="$reference" "$venv/bin/python" -m pytest -q -n 2 \
            tests/test_pythons.py tests/test_diagnostics.py "tests/test_programs.py::test_release" -k "not test_release or regressions"
    fi
    tested="$tested $v"
done
# A Python that is not installed is reported, not failed: a failing test above has already stopped the script.
echo "tested with Python:${tested:- none}${missing:+; not installed:$missing}"
