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

.PHONY: setup run test lint eval bench fixtures clean

$(BIN)/zhengce: pyproject.toml uv.lock
	@$(UV) --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv \
	  || $(PYTHON) -m pip install --quiet --user --break-system-packages uv
	$(UV) sync --frozen --python $(PYTHON) --quiet
	@touch $(BIN)/zhengce

setup: $(BIN)/zhengce

run: setup  ## parse the bundled fixtures through the Prefect flow into $(OUT)/
	$(BIN)/zhengce parse fixtures/drafts --out $(OUT) --prefect

test: setup
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check parsers revisions outputs flows tests bench scripts
	$(BIN)/ruff format --check parsers revisions outputs flows tests bench scripts

clean:
	rm -rf $(OUT) .prefect .pytest_cache
