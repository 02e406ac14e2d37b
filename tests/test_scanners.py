"""Cheaper scans to the same answers: a line's padding stripped without a pattern, look-behinds moved after the
character a pattern opens with, the text index's breaks found by filters over one scan, the characters a folded
text is given back in counted from its traditional characters alone."""

from __future__ import annotations

import re

import pytest

from parsers.context import TextIndex
from parsers.document_date import stated_date
from parsers.lexicon import lexicon
from parsers.structure.contents_list import listing
from parsers.structure.date_line import is_date_line, unpadded
from parsers.structure.fold import Unfolder, fold


def test_the_word_test_is_the_pattern_class_on_every_code_point():
    word = re.compile(r"\w")
    for code in range(0x110000):
        char = chr(code)
        assert (char.isalnum() or char == "_") == (word.fullmatch(char) is not None), hex(code)


@pytest.mark.parametrize(
    "line",
    [
        "2023年1月19日????",
        "——2023年1月19日——",
        "（2023年1月19日）",
        "??（一）总则",
        "附件：甲办法）。",
        "？？？",
        "（？？",
        "",
        "甲",
        "_1_",
    ],
)
def test_unpadded_strips_what_the_padding_pattern_strips(line):
    assert unpadded(line) == re.sub(r"^[^\w（(]+|[^\w）)]+$", "", line)


@pytest.mark.parametrize(
    ("line", "is_date"),
    [
        ("2026年3月1日", True),
        ("2026 年 3 月 1 日 星期日", True),
        ("——2023年1月19日——", True),
        ("二〇二五年十一月二十一日 周五", True),
        ("20151214", True),
        ("会议于2023年1月19日召开", False),
        ("2026年3月1日星期日上午", False),
        ("甲市人民政府", False),
    ],
)
def test_a_date_line_with_padding_and_weekday(line, is_date):
    assert is_date_line(line) is is_date


def test_a_stamp_is_a_year_with_no_digit_or_dot_before_it():
    lex = lexicon()
    stamped = stated_date("来源：甲市政府网 2024-01-29 10:30\n甲市乙办法\n第一条 为了……", lex)
    assert (stamped.year, stamped.source) == (2024, "stamp")
    # a code that holds a date-like run is no stamp: 12024-01-29, 3.2019.05.06
    assert stated_date("编号12024-01-29\n甲市乙办法\n第一条 为了……", lex) is None
    assert stated_date("版本3.2019.05.06\n甲市乙办法\n第一条 为了……", lex) is None


def test_a_contents_mark_opens_no_word():
    entries = "".join(f"甲市关于推进{k}产业发展的实施意见 {page}\n" for page, k in enumerate("一二三四五", 1))
    assert listing("目录\n" + entries) == (0, "\n" + entries)
    assert listing("乙项目录用名单\n" + entries) is None  # 目录 inside a word


def test_breaks_of_each_kind():
    text = "甲项资金1,000万元，比例1:1；时间10:30。\n乙 - 丙，2024-01-01起：执行！"
    index = TextIndex(text, current_year=2024)
    at = text.index
    assert index._part_ends == [
        at("，"),
        at("；"),
        at("。"),
        at("\n"),
        at(" - ") + 1,
        at("，", 20),
        at("："),
        at("！"),
    ]
    assert index._sentence_ends == [at("；"), at("。"), at("\n"), at(" - ") + 1, at("！")]
    assert index._full_stops == [at("。"), at("\n"), at(" - ") + 1, at("！")]
    assert index._para_ends == [at("\n"), at(" - ") + 1]
    assert index.part(at("1,000")) == (0, at("，"))  # the thousands separator is no break
    assert index.sentence(at("1:1")) == (0, at("；"))  # nor the colon of a ratio, nor a comma a sentence end


def test_a_folded_text_is_given_back_in_its_most_frequent_forms():
    text = "關於甲市發展後勤的意見\n後來，甲市后勤工作……後續"
    folded = fold(text)
    assert folded != text
    restore = Unfolder(text, folded)
    assert restore.forms["后"] == "後"  # three 後 against one 后
    assert restore.forms["于"] == "於"
    assert restore("关于乙的意见") == "關於乙的意見"  # a string not in the text: each character in its form


def test_every_jammer_run_holds_the_tokens_the_fast_test_looks_for():
    from parsers.structure.markup import _TOKENS_BETWEEN_SPACES, _rules

    rules = _rules()
    random = __import__("random").Random(7)
    alphabet = "a7*!  甲"
    found = 0
    for _ in range(20000):
        text = "".join(random.choice(alphabet) for _ in range(random.randint(0, 24)))
        for run in rules.jammer_run.finditer(text):
            found += 1
            assert _TOKENS_BETWEEN_SPACES.search(run.group(0)) is not None, repr(run.group(0))
    assert found > 500  # the runs were there to test


def test_a_jammed_text_is_still_read_as_spaces():
    from parsers.structure.markup import unmark

    jammer = "7 _0 J* j% P! O) I; h, ?# v9 k"
    text = f"甲市乙办法{jammer}丙丁\n" * 3
    assert unmark(text) == f"甲市乙办法{' ' * len(jammer)}丙丁\n" * 3


def test_the_signature_patterns_end_with_the_day():
    from parsers.structure.markers import DATE_LINE_RE, SIGNATURE_LINE_RE

    # layout.signature_starts passes over a line that does not end with 日 without trying them
    for pattern in (DATE_LINE_RE, SIGNATURE_LINE_RE):
        assert pattern.pattern.endswith("日")
        assert pattern.fullmatch(
            "甲市人民政府 2031年1月5日" if pattern is SIGNATURE_LINE_RE else "2031年1月5日"
        )


def test_a_written_date_dates_the_text_by_its_clock_or_its_speech():
    lex = lexicon()
    stamped = stated_date("甲市人民政府网 2031年5月6日 10:30\n乙办法\n第一条 为了……", lex)
    assert (stamped.year, stamped.source) == (2031, "stamp")
    spoken = stated_date("丙同志2031年5月6日在全市工作会议上的讲话\n同志们：……", lex)
    assert (spoken.year, spoken.source, spoken.when.day) == (2031, "speech", 6)


def test_the_index_reads_the_structures_folded_copy_as_it_read_the_text():
    # TextIndex starts from fold(text) (traditional characters already simplified) instead of the text as read:
    # the same copy, as long as the lexicon's table maps no simplified form again and keeps the fold's own forms
    from parsers.structure.fold import read_as_text
    from parsers.traditional import simplified_forms

    table = lexicon().normalize_table
    for code, simplified in simplified_forms().items():
        assert table[code] == simplified
        assert len(simplified) == 1 and ord(simplified) not in table, simplified
    text = "<p>甲市關於發展經濟的意見</p><p>補助２０萬元，比例３０％。</p>\n??一、總則\n??二、附則"
    expected = read_as_text(text).translate(table)
    assert TextIndex(text, current_year=2031).norm == expected
    assert "补助20万元，比例30%" in expected  # (what the index reads: simplified, half-width)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("# 甲办法\n正文", "  甲办法\n正文"),
        ("甲<!-- 注 -->乙", "甲" + " " * len("<!-- 注 -->") + "乙"),
        ("**乙规定**", "  乙规定  "),
        ("丁办法\n第一条 #1号楼", "丁办法\n第一条 #1号楼"),  # a # inside a line is no heading
        ("丁办法\n第一条 甲乙", "丁办法\n第一条 甲乙"),
    ],
)
def test_markup_is_read_as_spaces_and_a_text_without_it_is_left_alone(text, read):
    from parsers.structure.markup import unmark

    assert unmark(text) == read
