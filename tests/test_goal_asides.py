"""Asides that are no goal without a number (lexicon [targets] aside_pattern): the tail of a remark in brackets a comma
cuts (…达到2.6万亿元（人民币，下同），…: the part 下同）), and a purpose that leads the measures after it (为此，…;
为加快…，…); texts written for this file."""

from __future__ import annotations

import pytest
from extraction_helpers import one_clause

from parsers.context import TextIndex
from parsers.targets import extract_targets


def _goals(text: str) -> list[tuple]:
    return [(t.year, t.metric, t.value) for t in extract_targets(text, one_clause(text), TextIndex(text))]


def test_the_tail_of_a_currency_remark_is_no_goal() -> None:
    text = "到2030年，乙市地区生产总值将达到2.6万亿元（人民币，下同），城乡居民收入稳步增长。"
    assert _goals(text) == [(2030, "乙市地区生产总值", 26000.0), (2030, "城乡居民收入稳步增长", None)]


def test_a_goal_that_ends_in_a_bracket_of_its_own_stays() -> None:
    text = "到2030年，丙县森林覆盖率达到50%，建成省级生态县（区），空气质量持续改善。"
    assert _goals(text) == [
        (2030, "丙县森林覆盖率", 50.0),
        (2030, "省级生态县（区）", None),
        (2030, "空气质量持续改善", None),
    ]


def test_a_purpose_that_leads_the_measures_is_no_goal() -> None:
    text = "到2030年，丁市中药材种植面积稳定在12万亩以上，为加快推动中药材精深加工，打造药材交易中心。"
    assert _goals(text) == [(2030, "丁市中药材种植面积", 120000.0), (2030, "药材交易中心", None)]
    text = "到2030年，戊县形成城乡融合的发展格局。为此，戊县将实施乡村建设行动。"
    assert (2030, "为此", None) not in _goals(text)


def test_a_goal_that_opens_with_another_为_stays() -> None:
    text = "到2030年，庚市森林覆盖率达到50%，为民服务水平显著提升。"
    assert _goals(text) == [(2030, "庚市森林覆盖率", 50.0), (2030, "为民服务水平显著提升", None)]


def test_the_span_of_effort_that_leads_the_goals_is_no_goal() -> None:
    text = "到2030年，庚县龙头企业达到120家。经过四年努力，庚县农业龙头企业总产值实现翻番。"
    assert (2030, "经过四年努力", None) not in _goals(text)
    text = "到2030年，辛市新增就业5万人，再用两年时间，全市数字经济规模跃上新台阶。"
    assert _goals(text) == [(2030, "辛市新增就业", 50000.0), (2030, "全市数字经济规模跃上新台阶", None)]


@pytest.mark.parametrize("credit", ["乙州晚报记者 张三", "乙州晨报", "资料图"])
def test_a_credit_at_the_pages_end_is_no_goal(credit: str) -> None:
    text = f"到2030年，乙州蔬菜产值达到260亿元，菜农收入稳步增长。{credit}\n"
    assert _goals(text) == [(2030, "乙州蔬菜产值", 260.0), (2030, "菜农收入稳步增长", None)]


def test_a_goal_that_names_the_press_stays() -> None:
    text = "到2030年，乙州新闻出版业增加值达到50亿元，主流媒体传播力显著提升。\n"
    assert _goals(text) == [(2030, "乙州新闻出版业增加值", 50.0), (2030, "主流媒体传播力显著提升", None)]


def test_an_effort_the_plan_will_make_is_no_goal() -> None:
    text = "到2030年，壬市花卉种植面积达到30万亩。壬市将加快物流园区建设，将推动花卉交易中心扩容。"
    assert _goals(text) == [(2030, "壬市花卉种植面积", 300000.0)]


def test_an_outcome_after_将_stays_a_goal() -> None:
    text = "到2030年，壬市花卉种植面积达到30万亩，壬市将建成区域花卉交易中心。"
    assert _goals(text) == [(2030, "壬市花卉种植面积", 300000.0), (2030, "壬市将建成区域花卉交易中心", None)]


@pytest.mark.parametrize(
    "act", ["癸县将启动实施乡村建设行动", "癸县将成立产业发展研究会", "癸县将通过实施三大工程"]
)
def test_an_act_the_plan_will_take_is_no_goal(act: str) -> None:
    text = f"到2030年，癸县果园面积达到8万亩，{act}，果农收入稳步增长。"
    assert _goals(text) == [(2030, "癸县果园面积", 80000.0), (2030, "果农收入稳步增长", None)]


def test_an_act_with_a_figure_stays_a_goal() -> None:
    text = "到2030年，癸县将举办农产品推介活动20场。"
    assert [(year, value) for year, _, value in _goals(text)] == [(2030, 20.0)]
