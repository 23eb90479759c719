# The two commands of the README: `make demo` runs the main job on embedded defaults,
# `make test` runs the whole test suite (with ruff and mypy). Both set everything up themselves.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck pytest servers bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/inbox-worker --log-level warning demo

servers:
	@if ! command -v dovecot >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing dovecot-imapd for the IMAP tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd >/dev/null; \
	  else \
	    echo "dovecot is not installed and cannot be installed here: the IMAP tests will be skipped"; \
	  fi; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) servers
	$(BIN)/pytest -q -ra

test: pytest lint typecheck

bench: $(STAMP) servers
	$(BIN)/python bench/bench_parse.py
	$(BIN)/python bench/bench_imap.py
	$(BIN)/python bench/bench_digest.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
