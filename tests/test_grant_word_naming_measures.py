"""A grant word that names measures (完善…的配套措施, 落实扶持措施) or a place well equipped (配套功能完善的园区) grants nothing
(round 36, targets50): lexicon [roles] cue_not_before holds 措施, 功能, 完善, 齐全, 健全 beside 机制/制度/体系. Before, 配套
in a later part of a year's goal statement made its clause a grant's condition (clause_tense: neither plan nor report),
so the year's goals were lost and the ratio read as a rate paid. A grant word before what it pays (按…给予30%的配套资金,
按投资额的20%予以配套) is still a cue.

Every text here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows

from parsers.amounts import extract_amounts
from parsers.context import TextIndex
from parsers.nlp import sentence_clauses


def _rows(text: str) -> list[tuple]:
    return [(year, value, unit) for year, _, value, unit, _ in target_rows(text + "\n", "plan.txt")]


def _ratio_roles(text: str) -> list[tuple]:
    _, ratios = extract_amounts(text, sentence_clauses(text), TextIndex(text))
    return [(r.surface, r.role) for r in ratios]


_GOALS = "2031年全市森林覆盖率达到45%，湿地保护率力争提高到60%以上、完善林长制的配套措施。"


def test_goals_beside_measures_keep_their_year() -> None:
    assert _rows(_GOALS) == [(2031, 45.0, "%"), (2031, 60.0, "%")]


def test_a_ratio_beside_measures_is_no_rate_paid() -> None:
    assert ("60%以上", "target") in _ratio_roles(_GOALS)


def test_a_grant_word_before_what_it_pays_stays_a_cue() -> None:
    assert _ratio_roles("对新建的乡村污水处理站，按投资额给予30%的配套资金。") == [("30%", "subsidy_rate")]


def test_a_place_well_equipped_is_no_grant() -> None:
    # 配套功能完善, 配套完善: how well a place is equipped (cue_not_before 功能, 完善, 齐全, 健全), no grant's condition
    assert _rows("到2031年，建成2个配套功能完善的冷链物流园区。") == [(2031, 2.0, "个")]
    assert _rows("到2031年，建成3个配套完善的农产品批发市场。") == [(2031, 3.0, "个")]


def test_matching_funds_stay_a_grant() -> None:
    assert _ratio_roles("对新建的乡村污水处理站，市财政按投资额的20%予以配套。") == [("20%", "subsidy_rate")]
