"""Classes of language read in heldout13 (issue 8, round 12), each on sentences written for this file.

None of these sentences is copied from a fixture; near misses are tested beside each class.

* a numbered heading that names its section's goals, with the year in its first sentence ((二)发展目标。到2026年，…。)
  or alone on the line before the year's paragraph (三、主要目标⏎到2026年，…): the year governs the section's later
  paragraphs (a sub-topic sentence, then goals with their verbs) up to the next label of the same or a higher level, a
  line that is no sentence (a table), or another year; a sub-topic line with no goal verb is no goal;
* a topic year followed by a comma (2026年，是…之年。…今年…主要预期目标是：…) gives its year to the goal list, as
  2026年是…之年 does;
* a list item's bullet (——) is no part of its goal's metric;
* pinyin glosses inside words (預(yù)期目標(biāo), 2 萬(wàn)億元) are read through, offsets kept;
* a lead that names the conditions after it (同时满足以下条件, 比例符合如下要求：) makes the bounded amounts and
  shares of its list thresholds (not stated levels); 供应链 holds no rule word 应;
* 力争/确保 right before an amount (gdp力争500亿元) makes it a goal's amount (role target) in a yearless 力争 sentence.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, ratios_of, targets_of

SECTION = (
    "（三）主要目标。到2026年，基本建成特色鲜明、布局合理的现代农业强县。\n"
    "产业规模更大。农产品加工业产值突破150亿元，培育市级以上龙头企业40家以上，打造一批区域公用品牌。\n"
    "产业质量更优。建成现代农业产业体系，绿色食品认证数量超过60个。\n"
)


def test_a_goal_heading_gives_its_year_to_the_paragraphs_of_its_section() -> None:
    goals = targets_of(SECTION)
    quantified = [(g.year, g.value, g.kind) for g in goals if g.value is not None]
    assert quantified == [(2026, 150, "min"), (2026, 40, "min"), (2026, 60, "min")]
    qualitative = [(g.year, g.metric) for g in goals if g.value is None]
    assert (2026, "基本建成特色鲜明、布局合理的现代农业强县") in qualitative
    assert any("一批区域公用品牌" in (m or "") for _, m in qualitative)
    assert any("现代农业产业体系" in (m or "") for _, m in qualitative)
    # a sub-topic sentence with no goal verb names no goal
    assert not any(m in ("产业规模更大", "产业质量更优") for _, m in qualitative)


def test_a_heading_alone_on_the_line_before_the_year_governs_the_section() -> None:
    text = (
        "三、主要目标\n"
        "到2026年，全区数字经济发展水平明显提升。\n"
        "数字产业能级提升。全区软件业务收入达到80亿元，新增上市企业3家。\n"
        "四、重点任务\n"
        "（一）壮大数字产业。新建产业园区2个，引进企业50家。\n"
    )
    quantified = [(g.year, g.value) for g in targets_of(text) if g.value is not None]
    assert quantified == [(2026, 80), (2026, 3)]  # 四、重点任务 closes the section: its numbers are tasks


@pytest.mark.parametrize(
    "text",
    [
        # (a later paragraph that opens with a headline, with no heading above, is now under the year: see
        # tests/test_goal_reach.py)
        # a heading that names no goals (基本原则) carries nothing
        "（二）基本原则。到2026年，坚持市场主导。\n产业规模更大。农产品加工业产值突破150亿元。\n",
        # the next label of the same level ends the section
        "（二）发展目标。到2026年，基本建成现代农业强县。\n（三）重点任务。农产品加工业产值突破150亿元。\n",
        # a table after the heading's sentence ends the section: its cells are no goals
        "（二）发展目标。到2026年，基本建成现代农业强县。\n表1 主要指标\n农产品加工业增加值 |\n亿元 |\n150 |\n",
    ],
)
def test_no_goal_section_reach_without_a_goal_heading_or_past_its_end(text: str) -> None:
    assert [g for g in targets_of(text) if g.value is not None] == []
    assert not any("增加值" in (g.metric or "") for g in targets_of(text))


def test_a_topic_year_with_a_comma_before_its_verb_gives_the_goal_list_its_year() -> None:
    text = (
        "2026年，是实施新一轮发展规划的起步之年。市政府工作报告提出今年全市发展的主要预期目标是：地区生产总值增长6%左右；"
        "城镇新增就业4.5万人左右；居民消费价格涨幅2%左右。"
    )
    assert [(g.year, g.value, g.unit) for g in targets_of(text)] == [
        (2026, 6, "%"),
        (2026, 45000, "人"),
        (2026, 2, "%"),
    ]
    assert ratios_of(text)["6%左右"].role == "target"


def test_a_comma_after_a_year_with_no_goal_list_after_it_opens_nothing() -> None:
    text = "2025年，是全县发展极不平凡的一年。全县地区生产总值增长5.8%，城镇新增就业4200人。"
    assert targets_of(text) == []


def test_a_bullet_is_no_part_of_its_goals_metric() -> None:
    text = "到2026年，全市养老服务体系更加健全：\n——养老机构护理型床位占比达到60%以上。\n"
    goals = [g for g in targets_of(text) if g.value is not None]
    assert [(g.year, g.value, g.kind) for g in goals] == [(2026, 60, "min")]
    assert goals[0].metric is not None and not goals[0].metric.startswith("—")


# -- pinyin glosses inside words -------------------------------------------------------------------------------
GLOSSED = "本市2026年經(jīng)濟(jì)社會發(fā)展的主要預(yù)期目標(biāo)是:全市生產(chǎn)總值增長6%左右,規(guī)上工業(yè)營(yíng)收突破 2 萬(wàn)億元。"


def test_pinyin_glosses_inside_words_are_read_through() -> None:
    from parsers.glosses import glosses

    found = glosses(GLOSSED)
    assert found is not None
    assert (
        found.compact
        == "本市2026年經濟社會發展的主要預期目標是:全市生產總值增長6%左右,規上工業營收突破 2 萬億元。"
    )
    goals = targets_of(GLOSSED)
    assert [(g.year, g.value, g.unit, g.kind) for g in goals] == [
        (2026, 6, "%", "exact"),
        (2026, 20000, "亿元", "min"),
    ]
    for g in goals:  # offsets and surfaces index the text as written, glosses and all
        assert GLOSSED[g.char_start : g.char_end] == g.surface
    assert goals[1].surface.endswith("萬(wàn)億元")
    money = money_of(GLOSSED)
    (surface,) = money
    assert surface == "突破 2 萬(wàn)億元"
    assert (money[surface].low, money[surface].kind) == (2e12, "min")
    assert ratios_of(GLOSSED)["6%左右"].role == "target"


@pytest.mark.parametrize(
    "text",
    [
        "人工智能(AI)产业规模达到500亿元。",  # latin letters with no tone mark: an abbreviation, no gloss
        "附件(a)所列项目。",
        "2026年(试行)。",
    ],
)
def test_brackets_that_are_no_pinyin_gloss_stay(text: str) -> None:
    from parsers.glosses import glosses

    assert glosses(text) is None


def test_a_glossed_document_reads_through_the_whole_pipeline() -> None:
    from parsers.pipeline import parse_bytes

    text = "某縣工業(yè)發(fā)展工作要點\n一、主要目標(biāo)\n" + GLOSSED + "\n"
    doc = parse_bytes(text.encode("utf-8"), "glossed.txt")
    assert [(t.year, t.value) for t in doc.targets] == [(2026, 6), (2026, 20000)]
    for row in [*doc.targets, *doc.money, *doc.ratios]:
        assert doc.text[row.char_start : row.char_end] == row.surface


# -- lists of conditions -------------------------------------------------------------------------------------
CONDITIONS = (
    "对同时满足以下条件的企业，给予5万元补助：\n"
    "1.企业上年度营业收入不低于2000万元；\n"
    "2.研发费用占营业收入的比例符合如下要求，并提供审计报告：营业收入小于1亿元，比例不低于5%；"
    "营业收入在1亿元至3亿元，比例不低于4%；营业收入3亿元以上，比例不低于3%。\n"
    "3.高新技术产品收入占总收入的比例不低于60%。\n"
)


def test_bounds_in_a_list_of_conditions_are_thresholds() -> None:
    money, ratios = money_of(CONDITIONS), ratios_of(CONDITIONS)
    assert money["5万元"].role == "subsidy"
    for surface in ("不低于2000万元", "1亿元至3亿元", "3亿元以上"):
        assert money[surface].role == "threshold", surface
    for surface in ("不低于5%", "不低于4%", "不低于3%", "不低于60%"):
        assert ratios[surface].role == "threshold", surface


def test_a_payout_cap_in_a_list_of_conditions_stays_a_payout() -> None:
    text = "对符合以下条件的企业给予奖励：\n1.年产值首次超过10亿元的，最高奖励100万元。\n"
    money = money_of(text)
    assert (money["100万元"].role, money["100万元"].kind) == ("subsidy", "max")
    assert money["超过10亿元"].role == "threshold"


@pytest.mark.parametrize(
    "text",
    [
        # no lead: a level stated in a report
        "全区有色金属产值突破1000亿元，特钢产值达500亿元。",
        # 供应链 holds 应, which is no rule word (应当 / 应达到 are)
        "该市深入实施产业链供应链“双链长制”，有色金属产值突破1000亿元，特钢产值达500亿元。",
        # a lead in another paragraph, with a paragraph that is no item between
        "对同时满足以下条件的企业，给予5万元补助：\n全区有色金属产值突破1000亿元，特钢产值达500亿元。",
    ],
)
def test_a_level_stated_outside_a_list_of_conditions_is_no_threshold(text: str) -> None:
    money = money_of(text)
    assert money["突破1000亿元"].role == "other"
    assert money["500亿元"].role == "other"


# -- an opener right before an amount ---------------------------------------------------------------------------
def test_an_opener_right_before_an_amount_makes_it_the_goals() -> None:
    text = "今后五年，力争主要经济指标进入全市前列，gdp力争500亿元，财政收入确保30亿元，居民收入稳步增长。"
    money = money_of(text)
    assert money["500亿元"].role == "target"
    assert money["30亿元"].role == "target"
    # 今后五年 sets the span: round 15's 未来N年 rule (census16 T9) gives its quantified goals rows with year null
    # (round 12 gave a yearless 力争 sentence none; a 力争 sentence with no span still gives none)
    assert [(t.year, t.surface) for t in targets_of(text)] == [
        (None, "gdp力争500亿元"),
        (None, "财政收入确保30亿元"),
    ]
    assert targets_of(text.removeprefix("今后五年，")) == []


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("力争多渠道筹措资金，已争取3亿元专项资金用于园区建设。", "3亿元", "other"),  # 争取 obtains money
        ("力争全年引进项目20个，对新引进企业给予50万元奖励。", "50万元", "subsidy"),  # a payout
    ],
)
def test_no_goal_role_without_an_opener_right_before(text: str, surface: str, role: str) -> None:
    assert money_of(text)[surface].role == role
