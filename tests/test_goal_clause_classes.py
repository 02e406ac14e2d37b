"""Goals with no number (issue 8, round 11): what a reader lists as a goal stays a row, what is no goal gives none; and
the roles of amounts and shares in goals and in reports. Every sentence is made up."""

from __future__ import annotations

import pytest

from parsers.amounts import extract_amounts
from parsers.context import TextIndex
from parsers.nlp import sentence_clauses
from parsers.targets import extract_targets


def _targets(text: str) -> list[tuple]:
    index = TextIndex(text)
    return [
        (t.year, t.value, t.kind, t.unit, t.surface)
        for t in extract_targets(text, sentence_clauses(text), index)
    ]


def _roles(text: str) -> list[tuple]:
    index = TextIndex(text)
    money, ratios = extract_amounts(text, sentence_clauses(text), index)
    return [(m.surface, m.kind, m.role) for m in money] + [(r.surface, r.kind, r.role) for r in ratios]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # goals with no number a reader lists: the states a plan reaches, after its quantified goal
        (
            "到2027年，全市森林覆盖率稳定在45%以上。生态环境质量持续改善，绿色低碳发展方式基本形成。",
            [
                (2027, 45.0, "min", "%", "全市森林覆盖率稳定在45%以上"),
                (2027, None, None, None, "生态环境质量持续改善"),
                (2027, None, None, None, "绿色低碳发展方式基本形成"),
            ],
        ),
        # a clause that builds a system (建立健全, 形成) states outcomes, though 建立健全 opens tasks elsewhere
        (
            "到2027年，培育专精特新企业50家；建立健全产业标准体系，形成检测认证协同机制。",
            [
                (2027, 50.0, "exact", "家", "培育专精特新企业50家"),
                (2027, None, None, None, "建立健全产业标准体系"),
                (2027, None, None, None, "形成检测认证协同机制"),
            ],
        ),
        # later clauses of measures (推动…，强化…; 发展…，推广…，加快推进…): no goal
        (
            "到2027年，全市工业固废综合利用率达到80%以上。推动园区循环化改造，强化重点企业清洁生产审核。"
            "发展再生资源回收网点，推广绿色包装，加快推进尾矿综合利用。",
            [(2027, 80.0, "min", "%", "全市工业固废综合利用率达到80%以上")],
        ),
        # measures after a semicolon in the year's own sentence
        (
            "力争到2027年全县茶园面积稳定在10万亩；积极推进种业振兴行动，深度开发菌菇产业；"
            "统筹推进茶产业提升计划，大力发展林下经济。",
            [(2027, 100000.0, "exact", "亩", "全县茶园面积稳定在10万亩")],
        ),
        # a comma inside quotation marks cuts no goal in two
        (
            "力争到2027年，全市规上工业企业数字化改造覆盖率达到80%以上，全面打响“山水名城，康养福地”品牌。",
            [
                (2027, 80.0, "min", "%", "全市规上工业企业数字化改造覆盖率达到80%以上"),
                (2027, None, None, None, "全面打响“山水名城，康养福地”品牌"),
            ],
        ),
        # a figure only in a remark closing a goal explains it (no value of its own); a bracketed goal of its own stays
        (
            "到2027年，全市农村公路里程达到1200公里，实现村村通客车（每日4班次）。",
            [
                (2027, 1200.0, "exact", "公里", "全市农村公路里程达到1200公里"),
                (2027, None, None, None, "实现村村通客车（每日4班次）"),
            ],
        ),
        (
            "到2027年，新增规上企业50家（其中制造业企业不少于30家）。",
            [
                (2027, 50.0, "exact", "家", "新增规上企业50家"),
                (2027, 30.0, "min", "家", "其中制造业企业不少于30家"),
            ],
        ),
        # a return period is the goal's quantity
        (
            "到2030年，中心城区防洪标准提高到100年一遇，重点镇达到20年一遇以上。",
            [
                (2030, 100.0, "exact", "年一遇", "中心城区防洪标准提高到100年一遇"),
                (2030, 20.0, "min", "年一遇", "重点镇达到20年一遇以上"),
            ],
        ),
    ],
)
def test_goals_with_and_without_a_number(text, rows) -> None:
    assert _targets(text) == rows


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # a change by at least so much, ending its part, in a sentence that grants and reports nothing: planned
        ("城镇居民人均可支配收入增长6.5%以上。", [("6.5%以上", "min", "target")]),
        ("全市快递业务量增长12%以上，城镇新增就业3万人。", [("12%以上", "min", "target")]),
        # …a condition of a grant, or an estimate of the year reported, is none
        (
            "规上工业企业营业收入增长20%以上的，给予10万元奖励。",
            [("10万元", "exact", "subsidy"), ("20%以上", "min", "threshold")],
        ),
        ("预计全市地区生产总值增长6%以上。", [("6%以上", "min", "other")]),
        # values a goal noun names after them
        (
            "对实现2028年全市工业总产值突破6000亿元、规上企业营业收入突破5000亿元等目标意义重大。",
            [("突破6000亿元", "min", "target"), ("突破5000亿元", "min", "target")],
        ),
        (
            "对实现全县旅游总收入突破三百亿元等目标具有支撑作用。",
            [("突破三百亿元", "min", "target")],
        ),
        # results: an estimate (初步测算) or what the data show
        (
            "初步测算，全市人均生产总值达到5万元，年均增长8.1%。",
            [("5万元", "exact", "other"), ("8.1%", "exact", "other")],
        ),
        (
            "数据显示，2023年全省地区生产总值达到5万亿元、增长4.8%。",
            [("5万亿元", "exact", "other"), ("4.8%", "exact", "other")],
        ),
    ],
)
def test_roles_of_values_in_goals_and_reports(text, roles) -> None:
    assert _roles(text) == roles
