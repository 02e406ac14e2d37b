"""The lead's pattern is built once for both places it is read (review34 S11): on a line of its own (``^``) and
where a sentence of its paragraph ends (no anchor), every form of it in each."""

from __future__ import annotations

import re

import pytest

from parsers.goal_paragraph_run import goal_lead_pattern, goal_lead_source
from parsers.lexicon import lexicon


@pytest.mark.parametrize("lead", ["2026年主要预期目标：", "主要预期目标（2026年）：", "展望2027年："])
def test_every_form_reads_on_its_own_line_and_after_a_sentence(lead: str) -> None:
    lex = lexicon()
    inside = re.compile(goal_lead_source(lex, ""), re.M)
    assert goal_lead_pattern(lex).search(f"全市经济运行总体平稳。\n{lead}\n") is not None
    assert goal_lead_pattern(lex).search(f"全市经济运行总体平稳。{lead}\n") is None  # not at a line's start
    m = inside.search(f"全市经济运行总体平稳。{lead}\n")
    assert m is not None and m.group(0).strip() == lead
