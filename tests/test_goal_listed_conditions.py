"""The terms of an application listed in a sentence (申请补助的条件包括，…装机容量须超过200千瓦) are conditions, not goals: no
target row and no goal without a number, even in a paragraph a goal's year opens (issue 8, round 30: a condition
taken as a goal). Texts written for this file.

So are the parts of a sentence a purpose opens (为方便群众就医，癸市将…，新建…两个中心) after the goal statement: the
measures done for it. So is what a goal means (…，这就意味着…多出1.5万元，增幅较大): commentary.

Near misses: a goal whose subject is qualified by 符合条件的 (the eligible people) stays a goal; so does a goal
sentence before the terms, a purpose before a goal's own year phrase, and a 为了 part right after the year phrase
(到2031年，为了…，全市…达到…), which leads the statement's goals.
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
    text = "到2031年，符合条件的外来务工人员落户率达到90%以上。"
    assert _rows(text) == {"符合条件的外来务工人员落户率达到90%以上": 90.0}


def test_a_purpose_led_sentence_lists_measures_no_goals() -> None:
    text = (
        "到2031年，全市花卉种植面积达到30万亩。为方便群众就医，癸市将加快医疗资源布局，"
        "扩大城东医院规模，新建南北两个社区医疗中心。"
    )
    assert _rows(text) == {"全市花卉种植面积达到30万亩": 300000.0}


def test_a_purpose_before_its_own_goal_year_keeps_the_goals() -> None:
    text = "为加快花卉产业发展，力争到2031年，全市花卉种植面积达到30万亩，建成一批花卉特色小镇。"
    assert _rows(text) == {"全市花卉种植面积达到30万亩": 300000.0, "建成一批花卉特色小镇": None}


def test_a_purpose_set_apart_after_the_goals_leads_measures() -> None:
    text = "到2031年，全市花卉种植面积稳定在30万亩以上，为了加快花卉产业升级，建设花卉电商交易平台，拓展花卉出口贸易。"
    assert _rows(text) == {"全市花卉种植面积稳定在30万亩以上": 300000.0}


def test_a_purpose_right_after_the_year_phrase_leads_the_goals() -> None:
    text = "到2031年，为了加快产业升级，全市规上工业增加值达到1000亿元，建成一批智能工厂。"
    assert _rows(text) == {"全市规上工业增加值达到1000亿元": 1000.0, "建成一批智能工厂": None}


def test_what_a_goal_means_is_no_goal_of_its_own() -> None:
    text = "到2031年，全县城镇居民人均可支配收入要达到6.5万元，这就意味着比2026年多出1.5万元，增幅较大。"
    assert _rows(text) == {"全县城镇居民人均可支配收入要达到6.5万元": 65000.0}


def test_a_purpose_led_sentence_keeps_a_figure_its_goal_verb_reaches() -> None:
    # review31 S11: the purpose leads the goal (为…，…普及率达到95%); the measures it leads carry no reached figure
    text = "到2031年，全市花卉种植面积达到30万亩。为建设美丽乡村，全县农村卫生厕所普及率达到95%。"
    assert _rows(text) == {"全市花卉种植面积达到30万亩": 300000.0, "全县农村卫生厕所普及率达到95%": 95.0}


def test_a_purpose_led_measure_with_its_doer_and_a_count_stays_a_measure() -> None:
    text = "到2031年，全市花卉种植面积达到30万亩。为方便群众就医，全县将新建社区医疗中心12个。"
    assert _rows(text) == {"全市花卉种植面积达到30万亩": 300000.0}
