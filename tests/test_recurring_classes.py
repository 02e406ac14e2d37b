"""Goal classes of round 8 wave 3 (issue 8) that recur across sets, on texts written for this file.

* a goal list a lead names inline (…主要预期目标是：…增长6%左右，…。) ends with the lead's sentence: the sentences
  after it in the paragraph say how the goals will be reached (激活…，放宽…): no goal without a number there; a
  planned figure with its number still is one (同时将新开工项目300个);
* near misses: the list's own number-less items stay goals (…同步); a year's statement with no lead keeps
  number-less goals in its later sentences.
"""

from __future__ import annotations

from extraction_helpers import one_clause

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
