"""How far a year's goals reach past the paragraph that names the year (parsers/goal_reach.py), on texts written
for this file (none copied from a fixture).

* a lead that ends its paragraph with a colon (到2030年，…主要体现在：) carries its year over the list under it:
  headline paragraphs, labelled, bulleted and short lines, up to a heading of what is not goals (主要任务) or a
  paragraph of prose;
* headline paragraphs after a year's paragraph (枢纽功能显著增强。…达到5亿吨) take its year without a colon, up to a
  headline of a task (加强组织领导。, 园区提升工程。) or the next unit of the text's own outline;
* a paragraph a coming year opens and a colon ends (2030年全县…将呈现以下变化：) leads a list of its own;
* a statement of the same year inside a carried list interrupts it, and the list resumes after it;
* an amount in the 的-modifier of counted things (6个…营业收入超200亿元的产业园区) is no goal of its own.

Near misses: a figure of the past in a carried paragraph, a budget, a goal without a number after the year's own
paragraph, a lead of a year before the text's date, news prose after the list.
"""

from __future__ import annotations

import pytest
from extraction_helpers import one_clause

from parsers.context import TextIndex
from parsers.targets import extract_targets


def _rows(text: str, current_year: int | None = None) -> list[tuple]:
    index = TextIndex(text, current_year=current_year)
    return [
        (t.year, t.value if t.value is not None else (t.low, t.high), t.unit)
        for t in extract_targets(text, one_clause(text), index)
    ]


_NO_NUMBER = (None, None)  # a goal without a number: no value, no range


_COLON_LEAD = (
    "市政府印发《产业发展行动方案》。\n"
    "到2030年，全区产业发展迈上新台阶，{lead}：\n"
    "创新能力明显增强。研发投入强度达到3.5%，新增高新技术企业200家。\n"
    "发展基础坚实。目前全区已建成5G基站1.2万个。\n"
    "产业结构更优。数字经济核心产业增加值占比提高到12%。\n"
    "二、主要任务\n"
    "（一）建设创新平台。新建实验室10个，每年安排专项资金5000万元。\n"
)


@pytest.mark.parametrize("lead", ["主要体现在", "具体目标如下", "重点是实现以下转变"])
def test_a_lead_colon_carries_its_year_over_the_goal_paragraphs_under_it(lead):
    assert _rows(_COLON_LEAD.format(lead=lead)) == [
        (2030, _NO_NUMBER, None),  # 全区产业发展迈上新台阶; the lead itself (…主要体现在：) is none
        (2030, 3.5, "%"),
        (2030, 200.0, "家"),
        (2030, 12.0, "%"),
    ]


def test_a_colon_list_of_bullets_and_sub_headings_takes_the_year():
    text = (
        "到2029年，全县将在以下方面取得突破：\n"
        "一、产业升级\n"
        "-\n"
        "规上工业产值增长9%，新增规上企业40家。\n"
        "-\n"
        "二、城乡面貌\n"
        "——建成口袋公园25个，快递业务量8亿件。\n"
        "记者了解到，去年全县引进项目120个，总投资达到800亿元。\n"
    )
    assert _rows(text) == [
        (2029, 9.0, "%"),
        (2029, 40.0, "家"),
        (2029, 25.0, "个"),
        (2029, 800000000.0, "件"),
    ]


def test_headline_paragraphs_take_the_year_without_a_colon():
    text = (
        "到2028年，全市现代物流体系基本建成。\n"
        "枢纽功能显著增强。港口货物吞吐量达到5亿吨，集装箱吞吐量突破800万标箱。\n"
        "服务品质持续提升。冷链物流覆盖率提高到90%以上。\n"
        "加强组织领导。各区要建立工作机制，完成培训1000人次。\n"
    )
    assert _rows(text) == [
        (2028, _NO_NUMBER, None),
        (2028, 500000000.0, "吨"),
        (2028, 8000000.0, "标箱"),
        (2028, 90.0, "%"),
    ]


@pytest.mark.parametrize("headline", ["园区提升工程", "招商引资行动", "强化要素保障"])
def test_a_headline_of_a_task_or_work_item_ends_the_reach(headline):
    text = f"到2028年，全市开发区能级明显提升。\n{headline}。新建标准厂房50万平方米，引进项目30个。\n"
    assert _rows(text) == [(2028, _NO_NUMBER, None)]


def test_the_next_unit_of_the_outline_ends_a_headline_run():
    text = (
        "（三）壮大市场主体。到2027年，市场主体活力明显增强。\n（四）推进数字转型。改造提升数字化车间60个。\n"
    )
    assert _rows(text) == [(2027, _NO_NUMBER, None)]


def test_a_carried_paragraph_gives_no_goal_without_a_number():
    text = "到2030年，农业现代化水平显著提高。\n产业体系更加完善。品牌影响力走在全国前列，农产品加工率达到75%。\n"
    assert _rows(text) == [(2030, _NO_NUMBER, None), (2030, 75.0, "%")]


def test_a_dated_lead_with_a_colon_leads_its_list():
    text = (
        "2030年全县在产业和民生等方面将呈现以下变化：\n"
        "一、产业发展\n"
        "-\n"
        "规上工业产值增长10%，新增规上企业30家。\n"
        "-\n"
        "二、民生改善\n"
        "-\n"
        "建成口袋公园20个，社会消费品零售总额1200亿元。\n"
    )
    # an item of the list needs no goal verb: the lead named the list (社会消费品零售总额1200亿元)
    assert _rows(text) == [(2030, 10.0, "%"), (2030, 30.0, "家"), (2030, 20.0, "个"), (2030, 1200.0, "亿元")]


def test_a_dated_lead_of_a_past_year_leads_no_goals():
    text = "2020年全县在产业方面呈现以下变化：\n-\n规上工业产值增长10%，新增规上企业30家。\n"
    assert _rows(text, current_year=2024) == []


def test_a_same_year_statement_inside_a_carried_list_interrupts_it():
    text = (
        "到2030年，全省制造业实力大幅提升。\n"
        "企业梯队加快壮大。私营企业年均新增3万户，2030年超过60万户；培育专精特新企业500家。\n"
        "园区能级持续提升。园区营业收入达到2万亿元。\n"
    )
    assert _rows(text) == [
        (2030, _NO_NUMBER, None),
        (2030, 30000.0, "户"),
        (2030, 600000.0, "户"),
        (2030, 500.0, "家"),
        (2030, 20000.0, "亿元"),
    ]


def test_an_amount_that_says_which_counted_things_count_is_no_goal_of_its_own():
    text = "到2030年，培育6个特色鲜明、链条完整、营业收入超200亿元的产业园区。"
    assert _rows(text) == [(2030, 6.0, "个")]


def test_a_unit_whose_heading_names_goals_carries_its_year_to_its_end():
    text = (
        "二、发展目标\n"
        "以数字化转型为主线，着力提升产业能级。到2030年，全市建成数字经济高地。\n"
        "——产业能级提升。软件业务收入达到80亿元。\n"
        "数据要素活跃。培育数据服务企业120家。\n"
        "三、重点任务\n"
        "（一）壮大数字产业。新建产业园区2个。\n"
    )
    assert _rows(text) == [(2030, _NO_NUMBER, None), (2030, 80.0, "亿元"), (2030, 120.0, "家")]


def test_the_investment_of_the_projects_named_before_it_is_no_goal():
    text = "到2030年，建设城际铁路等85个重点项目，总投资超过1200亿元，物流产业规模突破500亿元。"
    assert _rows(text) == [(2030, 85.0, "个"), (2030, 500.0, "亿元")]


def test_an_inline_bullet_of_a_summary_ends_the_goal_before_it():
    text = (
        "产业行动方案 - 省里发布方案，目标到2028年，培育龙头企业5家以上，建成2-3个产业集群 [2] - "
        "目前全省已有企业3000家，年营收达到450亿元 [3]"
    )
    assert _rows(text) == [(2028, 5.0, "家"), (2028, (2.0, 3.0), "个")]


def test_goal_headings_are_found_at_the_lines_that_name_goals_as_a_whole_text_scan_finds_them():
    """The headings naming goals (alone on a line, or opening a paragraph that goes on after a stop or colon) are
    tried only at lines holding 目标: the same headings, in text order, as the two line-start patterns scanned over
    every position."""
    from parsers.goal_reach import _build, _heading_lines

    text = (
        "某县产业发展计划\n"
        "一、发展目标\n"
        "到2030年，规模以上企业达到300家。\n"
        "（二）工作目标：力争新增企业50家。\n"
        "  3、主要目标。全县产值增长6%。\n"
        "三、保障措施\n"
        "完成本年度目标任务，确保目标落实。\n"
        "（四）目标任务 其他说明\n"
        "目标"
    )
    w = TextIndex(text).lex.derived(_build)
    found = [(m.start(), m.group(0).strip()) for m in _heading_lines(w, text)]
    assert [heading for _, heading in found] == ["一、发展目标", "（二）工作目标：", "3、主要目标。"]
    scanned = {m.start(): m for m in w.goal_heading_line.finditer(text)}
    for m in w.goal_heading_opening.finditer(text):
        if m.start() not in scanned and m.group(0).rstrip().endswith(("。", "：", ":")):
            scanned[m.start()] = m
    assert found == [(s, scanned[s].group(0).strip()) for s in sorted(scanned)]
