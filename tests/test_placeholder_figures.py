"""A figure left blank or masked in a template or a draft (parsers.placeholders, round 31): a mark standing in for the
numeral (*, X, ×, □, ○, ____, an empty bracket) leaves the unit with no amount, so 亿元以上 after it is not 1亿元, and the goal part gives no
row of any table. The bare unit with nothing before it (亿元以上项目) and the size classes (千万元级, 百亿级) read as
before. Sentences made up."""

from __future__ import annotations

import pytest

from parsers.lexicon import lexicon
from parsers.numbers import parse_number
from parsers.pipeline import parse_bytes
from parsers.placeholders import blank_numeral


def _doc(text: str):
    return parse_bytes(text.encode("utf-8"), "plan.txt")


def _money(text: str) -> list[tuple[str, float | None, str]]:
    return [(m.surface, m.low, m.kind) for m in _doc(text).money]


def _targets(text: str) -> list[tuple[int | None, str, float | None]]:
    return [(t.year, t.surface, t.value) for t in _doc(text).targets]


@pytest.mark.parametrize(
    "text",
    [
        "到2028年，甲县力争招商引资*亿元以上。",
        "全年甲区完成固定资产投资XX 亿元以上。",
        "到2028年，甲市人均地区生产总值达X万元左右。",
        "对新落户的乙类企业给予□□万元奖励。",
        "对新落户的乙类企业给予○○万元奖励。",
        "当年甲县工业投资完成**.*亿元。",
        "到2028年，引进总投资×××亿元以上的产业项目。",
        "到2028年，丙县力争引资____亿元以上。",
        "对新落户的乙类企业给予（  ）万元奖励。",
        "到2028年，丁县总投资＿＿亿元以上。",
    ],
)
def test_a_masked_figure_is_no_money(text: str) -> None:
    assert _money(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "到2028年，甲市地区生产总值达到XX亿元。",
        "到2028年，甲县城镇化率达到□□%。",
        "到2028年，乙区新增城镇就业○○万人。",
        "到2028年，丙市居民人均可支配收入年均增长××%以上。",
        "到2028年，丁县森林覆盖率由2020年的40%提高到XX%。",
        "到2028年，丁县力争引资*亿元以上。",
        "到2028年，甲市地区生产总值达到【 】亿元。",
        "到2028年，乙县居民收入增长___%。",
    ],
)
def test_a_goal_whose_figure_is_masked_gives_no_target_row(text: str) -> None:
    assert _targets(text) == []


def test_the_other_goals_of_the_sentence_stay() -> None:
    rows = _targets("到2028年，甲市地区生产总值达到XX亿元，建成区域消费中心，新增绿地30公顷。")
    assert (2028, "新增绿地30公顷", 30.0) in rows
    assert [r for r in rows if "XX" in r[1]] == []


def test_a_real_count_beside_a_masked_size_keeps_its_row() -> None:
    # the count of projects is written, only the size class is masked
    assert _targets("到2028年，甲市X亿元以上项目达到30个。") == [(2028, "甲市X亿元以上项目达到30个", 30.0)]
    assert _money("到2028年，甲市X亿元以上项目达到30个。") == []


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("到2028年，甲县新建亿元以上项目10个。", [("亿元以上", 1e8, "min")]),
        ("到2028年，培育千万元级企业20家。", [("千万元", 1e7, "min")]),
        ("到2028年，甲县招商引资突破亿元。", [("突破亿元", 1e8, "min")]),
    ],
)
def test_a_bare_unit_with_nothing_before_it_reads_as_before(text: str, money: list) -> None:
    assert _money(text) == money


@pytest.mark.parametrize(
    "text",
    [
        "乙县全年新签约招商项目\nXX 亿元以上，带动村集体增收 X 万元左右。",
        "丙市规划目标：\nX 万元以上的项目全部入库。",
    ],
)
def test_a_letter_opening_a_line_or_before_a_space_is_a_blank_not_a_bullet(text: str) -> None:
    assert _money(text) == []
    assert _targets(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "甲市到2028年的目标：\n○ 人才队伍不断壮大，人均收入达到5万元。\n○ 万元产值能耗下降5%。",
        "到2028年，○ 人才队伍不断壮大，○ 家庭收入增长5%。",
    ],
)
def test_a_bullet_is_no_blank(text: str) -> None:
    rows = _targets(text)
    assert any("人才队伍不断壮大" in r[1] for r in rows)
    assert any(r[2] == 5.0 for r in rows)


def test_size_classes_keep_their_targets() -> None:
    rows = _targets("到2028年，培育千万元级企业20家、百亿级产业集群3个。")
    assert [(r[0], r[2]) for r in rows] == [(2028, 20.0), (2028, 3.0)]


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("二〇二五年甲县奖励资金五十万元。", 500000.0),  # a date's zero mark stays a digit
        # × between digits is no placeholder (whatever it reads, not masked)
        ("对乙类企业给予3×5万元奖励。", None),
    ],
)
def test_marks_inside_numerals_are_not_placeholders(text: str, low: float | None) -> None:
    money = _money(text)
    if low is not None:
        assert [m[1] for m in money] == [low]
    else:
        assert money  # the figure after × is still read


def test_a_single_underscore_separates_a_title_and_is_no_blank() -> None:
    from parsers.context import TextIndex
    from parsers.lexicon import lexicon
    from parsers.placeholders import masked_figures

    # (a figure ends at its first unit: a scale or 元)
    for text, found in [("甲县实施晋位奖励_天天新闻", []), ("引资____亿元以上", ["____亿"])]:
        norm = TextIndex(text).norm
        assert [m.group() for m in masked_figures(lexicon(), norm, 0, len(norm))] == found


@pytest.mark.parametrize(
    ("text", "low"),
    [
        # ○ as the 0 of a numeral written digit by digit (fp38's report: 一○○万元 read 0)
        ("对新落户的乙类企业给予一○○万元奖励。", 1_000_000.0),
        ("甲县安排专项资金二〇〇万元用于农田建设。", 2_000_000.0),
        ("对丙类项目给予一〇五万元补助。", 1_050_000.0),
    ],
)
def test_digits_with_a_zero_mark_read_as_their_digits(text: str, low: float) -> None:
    assert [m[1] for m in _money(text)] == [low]


def test_numbers_with_a_zero_mark_before_a_scale() -> None:
    assert parse_number("一○○万") == 1_000_000
    assert parse_number("一〇亿") == 1_000_000_000


def test_a_numeral_of_zero_marks_alone_is_a_blank_and_one_with_a_digit_is_not() -> None:
    lex = lexicon()
    assert blank_numeral(lex, "○○") and blank_numeral(lex, "〇〇万") and blank_numeral(lex, " ○○○ ")
    assert not blank_numeral(lex, "30") and not blank_numeral(lex, "2.5") and not blank_numeral(lex, "二〇")
    # blank_numeral passes over a numeral ending in an ASCII digit: no zero mark may be one
    assert not any("0" <= mark <= "9" for mark in lex.section("placeholders")["zero_marks"])
