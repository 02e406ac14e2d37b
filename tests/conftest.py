"""Shared fixtures. Prefect's state goes to a temporary folder; jieba's cache stays inside the session."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "drafts" / "kunming_keji_2024_zqyj.txt"

# Set before anything imports prefect: its settings are read at import time.
_PREFECT_HOME = tempfile.mkdtemp(prefix="zhengce-prefect-")
os.environ.setdefault("PREFECT_HOME", _PREFECT_HOME)
os.environ["PREFECT_HOME"] = _PREFECT_HOME
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_text(seed_path) -> str:
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def prefect_harness():
    """One real Prefect test harness (ephemeral server on a temporary database) per session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


def pytest_collection_modifyitems(config, items):
    """Under pytest-xdist (`make test` runs two workers): the tests that start a Prefect server run on one
    worker, one after another, while the other tests share both; the tests of the Prefect test harness
    likewise, so that each worker does not start an ephemeral server of its own."""
    for item in items:
        if item.get_closest_marker("server") is not None:
            item.add_marker(pytest.mark.xdist_group("prefect-servers"))
        elif "prefect_harness" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("prefect-harness"))
