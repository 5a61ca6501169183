# pyzc: `make build SRC=app.py`, `make test`.  The first use creates .venv and installs pyzc into it.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PYZC := $(VENV)/bin/pyzc
STAMP := $(VENV)/.installed
SRC ?= examples/hello.py
TARGET ?=
CPU ?=
TRAIN_ARGS ?=
PROFILE ?= release

BENCH_PROGRAMS ?= bench/programs/*.py
QUICK ?=
# make fuzz N=1000 SEED=1 [JOBS=2] [FUZZ_ARGS="--profile debug"]
N ?= 1000
SEED ?= 1
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
FUZZ_ARGS ?=

.PHONY: build run test test-asan test-slow test-pythons update-golden fuzz bench sizes clean venv

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

build: $(STAMP)
	$(PYZC) build $(SRC) --profile $(PROFILE) $(if $(TARGET),--target $(TARGET)) $(if $(CPU),--cpu $(CPU)) $(if $(TRAIN_ARGS),--train-args "$(TRAIN_ARGS)")

run: $(STAMP)
	$(PYZC) run $(if $(TARGET),--target $(TARGET)) $(if $(CPU),--cpu $(CPU)) $(SRC)

test: $(STAMP)
	$(PY) -m pytest -q -n auto tests

# After a deliberate change to the IR: rewrite tests/ir/*.test with what pyzc prints now (review the diff).
update-golden: $(STAMP)
	PYZC_UPDATE_GOLDEN=1 $(PY) -m pytest -q tests/test_ir_golden.py

# Every test program built with gcc -fsanitize=address,undefined, run clean and compared with CPython.
test-asan: $(STAMP)
	$(PY) -m pytest -q -n auto -m asan tests/test_asan.py

# The long runs left out of make test: 10,000 hypothesmith programs through the front end.
test-slow: $(STAMP)
	$(PY) -m pytest -q -n auto -m slow tests

# pyzc under Python 3.10, 3.12 and 3.13 (those installed; PYTHONS="3.12" to choose): the same C as
# under 3.11 for every test program, the diagnostics tests, the regression programs (tools/test_pythons.sh).
# QUICK=1: the C only, the programs shared out among the Pythons.
test-pythons: $(STAMP)
	QUICK=$(QUICK) tools/test_pythons.sh

# Differential fuzzing against CPython; failures are reduced into tests/pending/regressions/.
fuzz: $(STAMP)
	$(PY) tests/fuzz/fuzz_run.py -n $(N) --seed $(SEED) -j $(JOBS) $(FUZZ_ARGS)

# Speed and size against CPython (and pypy3 if installed), all measured in this run.
# QUICK=1: one run each, checking outputs only.  BENCH_PROGRAMS="a.py b.py" to pick programs.
# BENCH_ARGS="--baseline REV": pyzc as of git revision REV as one more contender (before/after in one run).
bench: $(STAMP)
	$(PY) -c "import matplotlib" 2>/dev/null || $(PY) -m pip install --quiet matplotlib
	$(PYZC) bench $(BENCH_PROGRAMS) $(if $(QUICK),--quick) $(BENCH_ARGS)
	RUNS=$(if $(QUICK),1,5) $(PY) bench/hybrid.py

# Binary sizes of tests/programs in min-size and release: bench/SIZES.md.
sizes: $(STAMP)
	$(PY) bench/sizes.py

clean:
	rm -rf build
