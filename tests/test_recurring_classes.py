"""Goal classes of round 8 wave 3 (issue 8) that recur across sets, on texts written for this file.

* a goal list a lead names inline (…主要预期目标是：…增长6%左右，…。) ends with the lead's sentence: the sentences
  after it in the paragraph say how the goals will be reached (激活…，放宽…): no goal without a number there; a
  planned figure with its number still is one (同时将新开工项目300个);
* near misses: the list's own number-less items stay goals (…同步); a year's statement with no lead keeps
  number-less goals in its later sentences.

A cap reaches a rate across the noun phrase of its base in more forms (ratios: kind max):
* 不超过 before a part of the base (按不超过新增部分的2%); nouns listed in the base (不超过设备、软件等投资的15%);
  最高 before a grant word and the base (最高给予注册资本2%的奖励), or before 按照 the base and the grant word
  (最高按照上级资金给予1:1配套);
* near misses: 超过…部分 names the excess (超过目标部分的10%: exact); numbers listed in the phrase stop it
  (不超过50万元、80万元的…); 最低 naming a noun (按最低生活标准的80%) bounds nothing.
"""

from __future__ import annotations

import pytest
from extraction_helpers import one_clause

from parsers.amounts import extract_amounts
from parsers.context import TextIndex
from parsers.targets import extract_targets


def _goals(text: str, current_year: int | None = None) -> list[tuple]:
    index = TextIndex(text, current_year=current_year)
    return [(t.year, t.surface, t.value) for t in extract_targets(text, one_clause(text), index)]


_INLINE_LEAD = (
    "市长在报告中提出，2027年全市经济社会发展主要预期目标是：地区生产总值增长6%左右，"
    "居民收入增长与经济增长同步。全市将扩大有效投资，同时新开工项目300个。"
    "激活民间投资，放宽市场准入限制，推动政府与社会资本合作新机制。\n"
)


def test_inline_goal_list_ends_with_its_lead_sentence() -> None:
    rows = _goals(_INLINE_LEAD, current_year=2027)
    surfaces = [s for _, s, _ in rows]
    assert "地区生产总值增长6%左右" in surfaces
    assert "居民收入增长与经济增长同步" in surfaces  # a number-less item of the list itself
    assert not any("民间投资" in s or "准入" in s or "新机制" in s for s in surfaces)


def test_numbered_goal_after_the_lead_sentence_stays() -> None:
    rows = _goals(_INLINE_LEAD, current_year=2027)
    assert (2027, 300.0) in [(y, v) for y, _, v in rows]


def test_year_statement_without_lead_keeps_later_number_less_goals() -> None:
    text = "到2030年，全市地区生产总值达到5000亿元。生态环境质量明显改善，城乡融合发展格局基本形成。\n"
    surfaces = [s for _, s, _ in _goals(text)]
    assert any("生态环境质量明显改善" in s for s in surfaces)


def _rates(text: str) -> list[tuple[float, str]]:
    return [(r.value, r.kind) for r in extract_amounts(text, one_clause(text))[1]]


@pytest.mark.parametrize(
    "text, rate",
    [
        ("对企业按不超过新增部分的2%给予奖励。", 0.02),
        ("按照不超过设备、软件等投资的15%给予补助。", 0.15),
        ("各区可最高给予注册资本2%的奖励。", 0.02),
        ("最高按照上级资金给予1:1配套支持。", 1.0),
    ],
)
def test_cap_reaches_rate_across_its_base(text: str, rate: float) -> None:
    assert _rates(text) == [(rate, "max")]


@pytest.mark.parametrize(
    "text, rate",
    [
        ("对超过目标部分的10%给予奖励。", 0.1),
        ("按最低生活标准的80%发放。", 0.8),
    ],
)
def test_no_cap_where_the_phrase_names_something_else(text: str, rate: float) -> None:
    assert _rates(text) == [(rate, "exact")]


def test_listed_numbers_stop_the_phrase() -> None:
    rates = _rates("对投资不超过50万元、80万元的项目按30%给予补助。")
    assert (0.3, "exact") in rates
