"""The terms of an application listed in a sentence (申请补贴的条件包括，…须超过100平方米) are conditions, not goals: no
target row and no goal without a number, even in a paragraph a goal's year opens (issue 8, round 30: a condition
taken as a goal). Texts written for this file.

Near misses: a goal whose subject is qualified by 符合条件的 (the eligible people) stays a goal; so does a goal
sentence before the terms.
"""

from __future__ import annotations

from extraction_helpers import targets_of


def _rows(text: str) -> dict[str, float | None]:
    return {t.surface: t.value for t in targets_of(text)}


def test_the_terms_of_an_application_are_no_goals() -> None:
    text = (
        "到2032年，全县新增光伏发电装机80万千瓦。申请补助的条件包括，项目应具备并网条件，"
        "装机容量须超过200千瓦，且年发电量须大于20万千瓦时。"
    )
    assert _rows(text) == {"全县新增光伏发电装机80万千瓦": 800000.0}


def test_the_terms_named_with_wei_are_no_goals() -> None:
    text = "到2031年，乙市培育示范合作社60家。认定条件为，社员须达到50户以上，年销售额须超过300万元。"
    assert _rows(text) == {"乙市培育示范合作社60家": 60.0}


def test_eligible_people_as_a_goals_subject_stay_a_goal() -> None:
    text = "到2031年，符合条件的农业转移人口落户率达到90%以上。"
    assert _rows(text) == {"符合条件的农业转移人口落户率达到90%以上": 90.0}
