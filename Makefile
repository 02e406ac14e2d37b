# Everything runs from .venv/, built by uv from uv.lock. Only Python 3.11 and make are assumed.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# uv from PATH, else the uv wheel run as a module (installed into the user's Python on first use).
UV := $(shell command -v uv 2>/dev/null)
ifeq ($(UV),)
UV := $(PYTHON) -m uv
endif
OUT ?= out

# Prefect keeps its state inside the project, starts its ephemeral server with enough time, and stays quiet.
export PREFECT_HOME := $(CURDIR)/.prefect
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 180
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1
export PREFECT_LOGGING_LEVEL ?= WARNING

.PHONY: setup bytecode run test lint eval fit-goals eval-docs eval-revisions fuzz bench fixtures clean

$(BIN)/zhengce: pyproject.toml uv.lock
	@$(UV) --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv \
	  || $(PYTHON) -m pip install --quiet --user --break-system-packages uv
	$(UV) sync --frozen --compile-bytecode --python $(PYTHON) --quiet
	@$(MAKE) --no-print-directory bytecode
	@touch $(BIN)/zhengce

# The project's own modules compiled as an installed package has them (uv compiles only the
# dependencies of an editable install): a fifth of a cold start where PYTHONDONTWRITEBYTECODE is set.
bytecode:
	@$(BIN)/python -m compileall -q parsers outputs flows revisions
	@$(BIN)/python -m flows.regex_cache > /dev/null

setup: $(BIN)/zhengce

run: setup  ## parse the bundled fixtures through the Prefect flow into $(OUT)/
	$(BIN)/zhengce parse fixtures/drafts --out $(OUT) --prefect

TEST_WORKERS ?= 2

# two pytest-xdist workers: the suite uses both cores; the tests that start Prefect servers run on one
# worker in turn (tests/conftest.py groups them), the rest are shared. TEST_WORKERS=0 runs it in one process.
test: setup
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadgroup

lint: setup
	$(BIN)/ruff check parsers revisions outputs flows tests bench scripts
	$(BIN)/ruff format --check parsers revisions outputs flows tests bench scripts

eval: setup  ## score money/ratios/targets against fixtures/gold (reports; never fails on low scores)
	$(BIN)/python scripts/eval.py

fit-goals: setup  ## refit the learned goal detector on the gold's goal units (writes parsers/data/goal_detector.json)
	$(BIN)/python scripts/fit_goal_detector.py

eval-docs: setup  ## titles, issuers, 文号 and top-level counts against the field corpus, dev and held-out apart (reports; never fails on low scores)
	$(BIN)/python scripts/eval_documents.py $(if $(SPLIT),--split $(SPLIT))

eval-revisions: setup  ## score the revision aligner against real pairs annotated by reading (per pair, tuned and held-out apart)
	$(BIN)/python scripts/eval_revisions.py

FUZZ_INPUTS ?= 100000
fuzz: setup  ## the long fuzz campaign: FUZZ_INPUTS (100000) generated and mutated drafts through the whole parse, 5 s per input; every field text's JSON read back
	$(BIN)/python tests/fuzz/run.py --inputs $(FUZZ_INPUTS)
	ZHENGCE_TEST_FIELD_SAMPLE=1 $(BIN)/python -m pytest -q tests/test_json_export.py -k every_fixture

# whole `zhengce parse` vs `jieba.lcut` processes (ratio, CPU), cold start, JSON size, RSS at 1,000 and
# 10,000 documents, the Prefect flow's overhead (on PREFECT_API_URL's server, else one started for it)
BENCH_ARGS ?= --rounds 5 --rss 1000,10000 --prefect
bench: setup bytecode  ## whole `zhengce parse` vs jieba.lcut processes over >= 1M characters of real text, cold start, JSON size, memory, Prefect overhead
	$(BIN)/python bench/bench_parse.py $(BENCH_ARGS)

clean:
	rm -rf $(OUT) .prefect .pytest_cache

# Scheduled runs need a real Prefect server: `make server` in one terminal (SQLite under .prefect/,
# UI at http://127.0.0.1:$(PREFECT_PORT)), then `make watch INBOX=... OUT=...` in another.
# `make server DB=postgres` runs it on a private PostgreSQL cluster under .prefect/postgres instead.
PREFECT_PORT ?= 4200
LOCAL_API_URL := http://127.0.0.1:$(PREFECT_PORT)/api
INBOX ?= inbox
EVERY ?= 10m
DB ?= sqlite
.PHONY: server watch

server: setup  ## start a local Prefect server (Ctrl-C stops it); DB=postgres for PostgreSQL
	$(BIN)/python -m flows.server --port $(PREFECT_PORT) --db $(DB)

watch: setup  ## serve the watch flow every $(EVERY) over $(INBOX) into $(OUT), against `make server`
	@mkdir -p $(INBOX)
	PREFECT_API_URL=$(LOCAL_API_URL) PREFECT_LOGGING_LEVEL=INFO $(BIN)/zhengce watch $(INBOX) --out $(OUT) --every $(EVERY)

# A backfill on a local Dask cluster, one then two workers: documents/s, peak RSS per worker, DuckDB reads.
# 100,000 documents take a long while; DOCS=5000 for a quick look.
DOCS ?= 100000
.PHONY: bench-dask
bench-dask: setup
	$(BIN)/python bench/bench_dask.py --docs $(DOCS)
