"""Title readers asked only when their feature stands in the head (round 30, speed37): the head's first 《 is found
once per document (``head_facts``), and a reader that can only read a quoted name is not asked on a page whose lines
in its window quote nothing. Each test pins the edge of a gate: the feature on the window's last line (the reader
still reads it) and just past it (the reader yields nothing, as the gate says)."""

from __future__ import annotations

import pytest

from parsers.structure.covering import names_in_sentences
from parsers.structure.full_text_below import quoted_title_below
from parsers.structure.head_facts import head_facts
from parsers.structure.lines import Line, split_lines
from parsers.structure.title_choice import FULL_TEXT_HEAD_LINES
from parsers.structure.title_shape import HEADING_WINDOW, issued_under_organ

PLAN = "甲市大面积停电事件应急预案"


def _page(*contents: str) -> tuple[str, list[Line]]:
    text = "\n".join(contents) + "\n"
    return text, split_lines(text)


def _news(preface: int) -> tuple[str, list[Line]]:
    """A news page: ``preface`` lines of news, the sentence that quotes the plan, the plan's title line, its body."""
    return _page(
        *(f"第{k + 1}条消息，甲市各部门做好准备。" for k in range(preface)),
        f"近日，甲市人民政府办公室印发《{PLAN}》，请遵照执行。",
        PLAN,
        "1 总则",
        "1.1 编制目的",
    )


def test_the_head_facts_find_the_first_quote_and_refuse_a_window_past_their_scan() -> None:
    _, lines = _news(5)
    facts = head_facts(lines, 40)
    assert facts.first_quote == 5
    assert facts.quoted_before(6) and not facts.quoted_before(5)
    with pytest.raises(ValueError):
        facts.quoted_before(41)  # a reader reading further than the scan must not be told "no quote"


def test_a_title_quoted_on_the_last_line_the_window_can_hold_it_is_read() -> None:
    # the quoting sentence at paragraph 37: the title line (38) and the body's first heading (39) still in the window
    text, lines = _news(FULL_TEXT_HEAD_LINES - 3)
    assert head_facts(lines, FULL_TEXT_HEAD_LINES).quoted_before(FULL_TEXT_HEAD_LINES)
    assert quoted_title_below(lines, text, FULL_TEXT_HEAD_LINES)[0] == PLAN


@pytest.mark.parametrize("preface", [FULL_TEXT_HEAD_LINES, FULL_TEXT_HEAD_LINES + 5])
def test_a_quote_past_the_window_is_neither_read_nor_looked_for(preface: int) -> None:
    text, lines = _news(preface)
    assert not head_facts(lines, FULL_TEXT_HEAD_LINES).quoted_before(FULL_TEXT_HEAD_LINES)
    assert quoted_title_below(lines, text, FULL_TEXT_HEAD_LINES) is None


def _notice(addressees: int) -> list[Line]:
    return _page(
        *(f"第{k + 1}区人民政府、第{k + 1}区各部门：" for k in range(addressees)),
        "现将《2031年工作要点》印发给你们，请认真贯彻执行。",
    )[1]


def test_the_name_a_heading_joins_its_organ_to_is_read_on_the_windows_last_line() -> None:
    lines = _notice(HEADING_WINDOW - 1)
    assert head_facts(lines, 40).quoted_before(HEADING_WINDOW)
    assert issued_under_organ("甲省人民政府2031年工作要点", lines) == "2031年工作要点"


def test_a_covering_sentence_past_the_heading_window_names_nothing() -> None:
    lines = _notice(HEADING_WINDOW)
    assert not head_facts(lines, 40).quoted_before(HEADING_WINDOW)
    assert issued_under_organ("甲省人民政府2031年工作要点", lines) is None


def test_a_range_without_a_quote_names_nothing_even_with_a_short_name_in_it() -> None:
    # 简称 alone gives an alias, never a name: a name is read only from a line holding 《
    _, lines = _page("本条例（以下简称条例）自公布之日起施行，现印发给你们。", "各区人民政府：")
    assert names_in_sentences(lines, 0, len(lines)) == []
    _, lines = _page("各区人民政府：", "现将《甲市物业管理条例》印发给你们，请遵照执行。")
    assert names_in_sentences(lines, 0, 1) == []
    assert names_in_sentences(lines, 0, 2) == ["甲市物业管理条例"]
