"""Goals with no number that are no goals (issue 8, round 27): a later clause of measures opened by a verb of doing
that never states a state reached (防治…, 修建…, 有序推进…, 打好…), the text's own making after its goals
(结合我市实际，制定本方案), a remark on the goal (我们简称…, 旨在…), a lead word left alone (预计 before the next
year), and a measure joined by a conjunction (并积极培育…). Every sentence is made up."""

from __future__ import annotations

import pytest

from parsers.context import TextIndex
from parsers.nlp import sentence_clauses
from parsers.targets import extract_targets


def _targets(text: str) -> list[tuple]:
    index = TextIndex(text)
    return [
        (t.year, t.value, t.kind, t.unit, t.surface)
        for t in extract_targets(text, sentence_clauses(text), index)
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a later clause of measures: half its parts open with a verb of doing (防治, 修建, 有序推进 …)
        (
            "到2027年，全县建成高标准农田12万亩。防治耕地土壤污染，建立农产品产地分级管理制度。",
            [(2027, 120000.0, "exact", "亩", "全县建成高标准农田12万亩")],
        ),
        (
            "到2030年，全市常住人口达到300万人。修建城区至机场快速路，完善沿线公交站点。",
            [(2030, 3000000.0, "exact", "人", "全市常住人口达到300万人")],
        ),
        (
            "到2026年，全区空气质量优良天数比率达到85%。有序推进农村清洁取暖，打好柴油货车污染治理攻坚战。",
            [(2026, 85.0, "exact", "%", "全区空气质量优良天数比率达到85%")],
        ),
        (
            "到2025年，全市花卉产值超过20亿元。扩大城北花卉交易市场规模，引进一批花卉流通企业。",
            [(2025, 20.0, "min", "亿元", "全市花卉产值超过20亿元")],
        ),
        (
            "到2028年，全县接待游客突破500万人次。编制乡村旅游专项规划，严格景区安全管理，宣传本地文旅品牌。",
            [(2028, 5000000.0, "min", "人次", "全县接待游客突破500万人次")],
        ),
        (
            "到2027年，全省农产品加工转化率达到70%。遵循市场规律，办好农产品博览会。",
            [(2027, 70.0, "exact", "%", "全省农产品加工转化率达到70%")],
        ),
        # a later clause of states reached stays: its parts open with no verb of doing
        (
            "到2027年，全县建成高标准农田12万亩。耕地质量明显提升，农田灌排条件持续改善。",
            [
                (2027, 120000.0, "exact", "亩", "全县建成高标准农田12万亩"),
                (2027, None, None, None, "耕地质量明显提升"),
                (2027, None, None, None, "农田灌排条件持续改善"),
            ],
        ),
        # the text's own making after its goals: what the text is, no goal
        (
            "为推动物流业高质量发展，到2026年，全市物流业增加值达到300亿元，结合我市实际，制定本方案。",
            [(2026, 300.0, "exact", "亿元", "全市物流业增加值达到300亿元")],
        ),
        (
            "为加快数字经济发展，力争到2027年数字经济核心产业增加值占比达到12%，特制定本行动计划。",
            [(2027, 12.0, "exact", "%", "数字经济核心产业增加值占比达到12%")],
        ),
        (
            "力争到2027年全区规上工业产值突破800亿元，现结合本区实际情况，制定如下实施意见。",
            [(2027, 800.0, "min", "亿元", "全区规上工业产值突破800亿元")],
        ),
        (
            "到2025年，全省建成一批现代农业产业园，现提出如下意见。",
            [(2025, None, None, None, "全省建成一批现代农业产业园")],
        ),
        # a goal that opens with 结合 and names more than the ground stays
        (
            "到2027年，结合老旧小区改造建成社区养老服务站，居民满意度明显提升。",
            [
                (2027, None, None, None, "结合老旧小区改造建成社区养老服务站"),
                (2027, None, None, None, "居民满意度明显提升"),
            ],
        ),
        # a remark on the goal just named: the name it is given, what it aims at, the base it is counted from
        (
            "到2030年，人均预期寿命达到80岁，我们简称“80后”。",
            [(2030, 80.0, "exact", "岁", "人均预期寿命达到80岁")],
        ),
        (
            "到2027年，全县农业总产值达到80亿元，旨在推动农业大县向农业强县迈进。",
            [(2027, 80.0, "exact", "亿元", "全县农业总产值达到80亿元")],
        ),
        (
            "到2035年，全市经济总量需达到2万亿元以上；若以2025年为基准，年均增长需保持在6%左右。",
            [
                (2035, 20000.0, "min", "亿元", "全市经济总量需达到2万亿元以上"),
                (2035, 6.0, "exact", "%", "年均增长需保持在6%左右"),
            ],
        ),
        # the word that leads the next year's statement, left alone before it; a time remark alone
        (
            "到2025年，葡萄种植面积达到10万亩；预计到2030年，葡萄种植面积将达20万亩。",
            [
                (2025, 100000.0, "exact", "亩", "葡萄种植面积达到10万亩"),
                (2030, 200000.0, "exact", "亩", "葡萄种植面积将达20万亩"),
            ],
        ),
        (
            "到2025年，全县茶园面积稳定在5万亩；计划到2028年，茶叶综合产值突破30亿元。",
            [
                (2025, 50000.0, "exact", "亩", "全县茶园面积稳定在5万亩"),
                (2028, 30.0, "min", "亿元", "茶叶综合产值突破30亿元"),
            ],
        ),
        (
            "到2025年，全省经济年均增长7%左右，希望到2030年，全省生产总值达到10万亿元。",
            [
                (2025, 7.0, "exact", "%", "全省经济年均增长7%左右"),
                (2030, 100000.0, "exact", "亿元", "全省生产总值达到10万亿元"),
            ],
        ),
        (
            "到2025年还有四年，全市将加快推进生态修复。",
            [],
        ),
        # a measure joined to the goal before it by a conjunction (并积极…, 同时大力…); a state reached after 并 stays
        (
            "到2030年，全区建成智慧农场12个，并积极发展数字农业服务。",
            [(2030, 12.0, "exact", "个", "全区建成智慧农场12个")],
        ),
        (
            "到2029年，全县新增规上工业企业40家，并积极引进装备制造龙头企业。",
            [(2029, 40.0, "exact", "家", "全县新增规上工业企业40家")],
        ),
        (
            "到2025年，全省油茶林面积达到500万亩，同时大力开展茶油精深加工。",
            [(2025, 5000000.0, "exact", "亩", "全省油茶林面积达到500万亩")],
        ),
        (
            "到2026年，全县建成冷链仓储设施20个，还积极推进农产品产地仓建设。",
            [(2026, 20.0, "exact", "个", "全县建成冷链仓储设施20个")],
        ),
        (
            "到2025年，全省油茶林面积达到500万亩，并基本建成油茶全产业链体系。",
            [
                (2025, 5000000.0, "exact", "亩", "全省油茶林面积达到500万亩"),
                (2025, None, None, None, "并基本建成油茶全产业链体系"),
            ],
        ),
    ],
)
def test_no_goal_without_a_number(text, rows) -> None:
    assert _targets(text) == rows
