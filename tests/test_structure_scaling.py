"""No input makes the structure parser super-linear (issue 12), checked by counting work, not time.

Each test counts the Python lines the parser executes (``sys.settrace`` line events in
parsers/structure) for an input and for the same input twice as long: linear work doubles,
quadratic work quadruples. Counts are deterministic, so these tests cannot flake on a busy
machine; bench/bench_structure.py measures the seconds.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import parsers.structure
from parsers.structure import parse_structure

STRUCTURE_FILES = tuple(
    str(p)
    for p in (
        [Path(parsers.structure.__file__)]
        if not hasattr(parsers.structure, "__path__")
        else Path(parsers.structure.__file__).parent.glob("*.py")
    )
)


def executed_lines(text: str) -> int:
    """How many lines of the structure parser run while parsing ``text``."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def global_(frame, event, arg):
        return local if frame.f_code.co_filename in STRUCTURE_FILES else None

    sys.settrace(global_)
    try:
        parse_structure(text)
    finally:
        sys.settrace(None)
    return count


def growth(make: Callable[[int], str], n: int) -> float:
    return executed_lines(make(2 * n)) / executed_lines(make(n))


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda n: "一、甲。\n" * n, id="一、 repeated"),
        pytest.param(lambda n: "第一条　甲。\n" * n, id="第一条 repeated"),
        pytest.param(lambda n: "一、甲\n" + "（一）乙。\n" * n, id="（一） repeated under one part"),
        pytest.param(lambda n: "第一章　总则\n" + "第一条　甲。\n" * n, id="第一条 repeated in a chapter"),
    ],
)
def test_siblings_that_repeat_a_number_cost_the_same_each(make):
    # today's ids searched linearly for a free suffix per sibling: 400 repeats cost ~3x 200
    assert growth(make, 200) < 2.2


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda n: "甲乙丙丁。" * n, id="sentences"),
        pytest.param(lambda n: "甲" * (5 * n), id="no punctuation"),
        pytest.param(lambda n: "一、" * n, id="一、 run"),
        pytest.param(lambda n: "第" + " " * n + "条", id="spaced label"),
        pytest.param(lambda n: "（" * n, id="open brackets"),
    ],
)
def test_a_long_line_costs_linear_work(make):
    assert growth(make, 20_000) < 2.2


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda n: "\n".join(["甲" * 29 + "，"] * n), id="one hard-wrapped paragraph"),
        pytest.param(
            lambda n: "".join(f"甲乙丙丁。\n— {k} —\n\f某市人民政府文件\n" for k in range(n)), id="pages"
        ),
        pytest.param(lambda n: "1 总则\n" + "".join(f"1.{k} 节\n" for k in range(n)), id="decimal headings"),
        pytest.param(lambda n: "关于印发某办法的通知\n" * n, id="title lines"),
        pytest.param(lambda n: "现将《某办法》印发给你们。\n" * n, id="covering sentences"),
        pytest.param(lambda n: "目录\n" + "".join(f"第{k}条 题\n" for k in range(1, n)), id="contents lines"),
    ],
)
def test_layout_costs_linear_work(make):
    """Wrapped lines, page furniture, outlines, titles and notices: each line is looked at a bounded
    number of times (a paragraph's punctuation is tracked as it grows, not searched again per line)."""
    assert growth(make, 400) < 2.3


def test_ids_of_repeated_numbers_stay_unique_and_in_order():
    structure = parse_structure("一、甲。\n" * 5)
    assert [n.node_id for n in structure.nodes] == [
        "action_1",
        "action_1_2",
        "action_1_3",
        "action_1_4",
        "action_1_5",
    ]
