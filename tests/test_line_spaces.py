"""The spaces within a line are one table, parsers.patterns.LINE_SPACES (round 26): no rule module spells the three
characters (half-width space, tab, ideographic space) as a literal of its own, so a fourth line space is added in one
place; and the rules that read the table skip every one of them alike."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

import parsers
from parsers.patterns import LINE_SPACES, SPACE, before_spaces
from parsers.structure.head_number import _record_field

_RUN = re.compile(
    r"(?: |\\t|\\u3000)+"
)  # a run of line spaces as a literal spells them (space, \\t, \\u3000 escapes)
_ROOT = Path(parsers.__file__).parent


def _literals(path: Path) -> list[tuple[str, str]]:
    """(the source line, the literal) of every string literal of a module."""
    source = path.read_text(encoding="utf-8")
    lines = source.split("\n")
    return [
        (lines[t.start[0] - 1], t.string)
        for t in tokenize.generate_tokens(io.StringIO(source).readline)
        if t.type == tokenize.STRING
    ]


def _spells_line_spaces(literal: str) -> bool:
    """The literal holds a run of the three line spaces, in any order."""
    return any(" " in run and "\\t" in run and "\\u3000" in run for run in _RUN.findall(literal))


def test_the_table_holds_the_three_line_spaces() -> None:
    assert set(LINE_SPACES) == {" ", "\t", "\u3000"}


def test_no_rule_module_spells_the_line_spaces_itself() -> None:
    spelled = [
        f"{path.relative_to(_ROOT.parent)}:{line}: {literal}"
        for path in sorted(_ROOT.rglob("*.py"))
        for line, literal in _literals(path)
        if _spells_line_spaces(literal) and not line.startswith("LINE_SPACES =")
    ]
    assert spelled == []


@pytest.mark.parametrize("space", list(LINE_SPACES))
def test_every_line_space_is_skipped_alike(space: str) -> None:
    assert re.fullmatch(SPACE, space * 3)
    text = f"达到{space * 2}35万"
    assert before_spaces(text, 0, text.index("3")) == 2
    record = f"1. [标题] 甲市防汛通知\n6.{space}[发文字号]{space * 2}甲政办发〔2031〕12号{space}\n"
    assert _record_field(record) == "甲政办发〔2031〕12号"
