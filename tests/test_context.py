"""TextIndex reads soft line breaks and page furniture as spaces, and every offset still indexes the text.

The wrapped sentences are written here by hand, the way PDF text and some pages hard-wrap
every ~30 characters (COORDINATION decision 2: the structure tells which breaks are soft and
which spans are furniture; the pipeline hands them to TextIndex).
"""

from __future__ import annotations

import pytest
from extraction_helpers import one_clause

from parsers.amounts import extract_amounts
from parsers.context import TextIndex
from parsers.targets import extract_targets


def soft_breaks_of(text: str) -> list[int]:
    """Every line break that does not end a sentence (what the structure would join)."""
    return [i for i, ch in enumerate(text) if ch == "\n" and i > 0 and text[i - 1] not in "。；！？"]


def extract(text: str, **index_args):
    index = TextIndex(text, **index_args)
    clauses = one_clause(text)
    money, ratios = extract_amounts(text, clauses, index)
    return money, ratios, extract_targets(text, clauses, index)


WRAPPED = "对认定的省级专精特新企业，给予最高不超过\n100万元的一次性奖励；对首次进入规上企业库的，\n给予20万元奖励。\n"


def test_a_soft_break_inside_a_bound_is_a_space():
    money, _, _ = extract(WRAPPED, soft_breaks=soft_breaks_of(WRAPPED))
    cap = money[0]
    assert (cap.surface, cap.high, cap.kind, cap.role) == ("最高不超过\n100万元", 1_000_000, "max", "subsidy")
    assert WRAPPED[cap.char_start : cap.char_end] == cap.surface  # offsets index the original text
    assert (cap.instrument, cap.one_off) == ("奖励", True)


def test_without_the_soft_breaks_the_wrapped_bound_is_lost():
    money, _, _ = extract(WRAPPED)
    assert money[0].kind == "exact"  # the line end cut the sentence between 最高不超过 and 100万元


def test_a_soft_break_does_not_end_the_sentence_that_holds_the_grant():
    text = "对新引进的研发机构，按其研发设备投入的30%\n给予补助，最高200万元。\n"
    _, ratios, _ = extract(text, soft_breaks=soft_breaks_of(text))
    assert [(r.surface, r.role) for r in ratios] == [("30%", "subsidy_rate")]
    _, ratios, _ = extract(text)
    assert [r.role for r in ratios] == ["other"]  # the grant word was on the next line


def test_furniture_inside_a_sentence_is_skipped_and_gives_no_number():
    text = "到2027年，全市培育国家级专精特新“小巨人”企业\n— 3 —\n50家以上，新增上市企业10家。\n"
    furniture = [(text.index("— 3 —"), text.index("— 3 —") + len("— 3 —"))]
    breaks = [text.index("\n"), text.index("\n", text.index("— 3 —"))]
    _, _, targets = extract(text, soft_breaks=breaks, furniture=furniture)
    quantified = [(t.metric, t.value, t.kind) for t in targets if t.value is not None]
    assert quantified == [("全市培育国家级专精特新“小巨人”企业", 50, "min"), ("上市企业", 10, "exact")]
    assert all("3" not in (t.metric or "") for t in targets)


def test_recipients_and_metrics_are_shown_as_written_without_the_break():
    text = "对新认定的国家级、省级企业技术\n中心分别给予50万元、20万元奖励。\n"
    money, _, _ = extract(text, soft_breaks=soft_breaks_of(text))
    assert [m.recipient for m in money] == ["国家级企业技术中心", "省级企业技术中心"]


@pytest.mark.parametrize(
    ("text", "soft", "furniture"),
    [
        ("最高不超过\n100万元", [5], []),
        ("给予\n\n50万元", [2, 3], []),
        ("第一页\n— 1 —\n", [], [(4, 9)]),
        ("abc", [], [(1, 99)]),  # spans past the end are clipped
    ],
)
def test_the_index_keeps_the_length_and_the_original_text(text, soft, furniture):
    index = TextIndex(text, soft_breaks=soft, furniture=furniture)
    assert len(index.norm) == len(text)
    assert index.text is text
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            written = index.written(start, end)
            assert len(written) <= end - start
            assert set(written) <= set(text[start:end])


# ---------------------------------------------------------------- Unicode spaces
# Web pages indent paragraphs with EM SPACE (U+2003) or NO-BREAK SPACE, and a PDF may put a thin space
# between a bound and its number; every rule that skips spaces skips these too (the text is unchanged).
@pytest.mark.parametrize("space", ["\u2003", "\u2002", "\u00a0", "\u2009", "\u202f", "\u3000", " "])
def test_any_unicode_space_indenting_a_goal_paragraph_is_skipped(space):
    text = (
        f"{space * 2}到2028年，建成3—4个中试平台，引育6家以上骨干企业；全市产业规模突破800亿元。\n"
        f"{space * 2}到2030年，形成完整的产业生态。\n"
    )
    _, _, targets = extract(text)
    got = [(t.year, t.value, t.low, t.high, t.kind) for t in targets]
    assert got == [
        (2028, None, 3, 4, "range"),
        (2028, 6, None, None, "min"),
        (2028, 800, None, None, "min"),
        (2030, None, None, None, None),
    ]
    assert all(text[t.char_start : t.char_end] == t.surface and t.surface[0] != space for t in targets)


@pytest.mark.parametrize("space", ["\u2003", "\u2009", "\u00a0"])
def test_a_unicode_space_between_a_bound_and_its_number_keeps_the_bound(space):
    text = f"对新认定的企业给予最高{space}100{space}万元奖励。"
    money, _, _ = extract(text)
    assert [(m.surface, m.high, m.kind) for m in money] == [(f"最高{space}100{space}万元", 1_000_000, "max")]
