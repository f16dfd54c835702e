# wirecoder — the two commands a new user runs: `make demo` and `make test`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BENCH_CORPUS ?= ../shared/bench/corpus/bbc_news_2225.jsonl
BENCH_LIMIT ?= 300

.PHONY: install demo test lint bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

DEMO_DB := demo-out/demo.duckdb

demo: install
	$(BIN)/wirecoder demo examples/articles -o demo-out/records.jsonl
	rm -f $(DEMO_DB) $(DEMO_DB).wal
	$(BIN)/wirecoder ingest examples/articles --db $(DEMO_DB)
	$(BIN)/wirecoder relations KEN ETH --db $(DEMO_DB) --by month

test: install
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest

# ruff check is the project's lint; the code is laid out by hand within its 110 columns (ruff format
# is not applied: it would rewrite most files), so `make lint` checks rules, not layout
lint: install
	$(BIN)/ruff check src tests bench

bench: install
	$(BIN)/python bench/bench_extract.py $(BENCH_CORPUS) --limit $(BENCH_LIMIT)

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .ruff_cache
