# pyzc: `make build SRC=app.py`, `make test`.  The first use creates .venv and installs pyzc into it.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PYZC := $(VENV)/bin/pyzc
STAMP := $(VENV)/.installed
SRC ?= examples/hello.py
TARGET ?=
PROFILE ?= release
NAME := $(basename $(notdir $(SRC)))

.PHONY: build run test test-fast clean venv

venv: $(STAMP)

$(STAMP): setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

build: $(STAMP)
	$(PYZC) build $(SRC) -o build/$(NAME) --profile $(PROFILE) $(if $(TARGET),--target $(TARGET))

run: $(STAMP)
	$(PYZC) run $(SRC) $(if $(TARGET),--target $(TARGET))

test: $(STAMP)
	$(PY) -m pytest -q -n auto tests

clean:
	rm -rf build
