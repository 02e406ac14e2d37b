"""The README's three "every subsidy cap per measure" queries, run exactly as written on the seed's output.

The blocks are read from README.md (each follows a ``<!-- readme-query: NAME -->`` marker) and run
from a folder holding ``out/``, as a reader would. Their answer is checked against the
hand-checked gold annotation of the seed, not against the pipeline's own output.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import duckdb
import pytest

from outputs.dataset import commit
from parsers.pipeline import parse_path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "fixtures" / "gold" / "kunming_keji_2024_zqyj.gold.json"
_BLOCK = re.compile(r"<!-- readme-query: (\w+) -->\s*```(\w+)\n(.*?)```", re.DOTALL)


def readme_queries() -> dict[str, str]:
    return {name: code for name, _, code in _BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))}


@pytest.fixture(scope="module")
def workdir(tmp_path_factory, seed_path):
    folder = tmp_path_factory.mktemp("reader")
    commit(folder / "out", [parse_path(seed_path)])
    return folder


@pytest.fixture(scope="module")
def expected() -> list[tuple[str, list[float]]]:
    """From the gold: (measure heading, caps in text order) for measures with a capped subsidy."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    headings = {m["number"]: m["title"] for action in gold["structure"] for m in action["measures"]}
    caps: dict[int, list[float]] = defaultdict(list)
    for money in sorted(gold["money"], key=lambda m: m["char_start"]):
        if money["role"] == "subsidy" and money["kind"] in ("max", "range"):
            caps[money["measure"]].append(money["high"])
    return [(headings[number], caps[number]) for number in sorted(caps)]


def test_the_readme_has_the_three_queries():
    assert set(readme_queries()) == {"duckdb", "pandas", "polars"}


def test_duckdb_query_as_written(workdir, expected, monkeypatch):
    monkeypatch.chdir(workdir)
    rows = duckdb.sql(readme_queries()["duckdb"]).fetchall()
    assert [(heading, caps) for _, heading, caps in rows] == expected
    assert rows[-1][0] == "(十一)"  # after (八), although it sorts before it as a string


def test_pandas_query_as_written(workdir, expected, monkeypatch):
    monkeypatch.chdir(workdir)
    namespace: dict = {}
    exec(readme_queries()["pandas"], namespace)
    caps = namespace["caps"]
    assert [(heading, list(values)) for (_, _, heading), values in caps.items()] == expected


def test_polars_query_as_written(workdir, expected, monkeypatch):
    monkeypatch.chdir(workdir)
    namespace: dict = {}
    exec(readme_queries()["polars"], namespace)
    caps = namespace["caps"]
    assert [(row["provision_heading"], row["caps_yuan"]) for row in caps.iter_rows(named=True)] == expected
