"""Round 29 (conv30): one figure shared by several metrics of a goal (A、B均达到43%, A和B分别较2010年下降50%,
A、B、C都要增长12%左右) is one target row per metric, each with the shared figure, bound and year
(fixtures/heldout/SOURCES.md, "Written down in round 29"; parsers/goal_shared_figures.py). Two figures stay paired one
for one (分别增长10%、15%: parsers/goal_respective.py); a 均 that is part of a metric (年均, 人均) and a 和 inside one
name (软件和信息技术服务业) make no list.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


def _rows(sentence: str) -> list[tuple]:
    return [(t.year, t.metric, t.value, t.kind) for t in targets_of(sentence) if t.value is not None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "到2027年，全县畜禽粪污、秸秆综合利用率均达到92%以上。",
            [(2027, "全县畜禽粪污利用率", 92.0, "min"), (2027, "秸秆综合利用率", 92.0, "min")],
        ),
        (
            "到2026年，全区工业投资、技改投资、民间投资均增长9%左右。",
            [
                (2026, "全区工业投资", 9.0, "exact"),
                (2026, "技改投资", 9.0, "exact"),
                (2026, "民间投资", 9.0, "exact"),
            ],
        ),
        (
            "到2028年，城镇居民人均可支配收入和农村居民人均可支配收入都要增长7%以上。",
            [
                (2028, "城镇居民人均可支配收入", 7.0, "min"),
                (2028, "农村居民人均可支配收入", 7.0, "min"),
            ],
        ),
        (
            "到2029年，全市化学需氧量和氨氮排放总量分别比2024年下降12%。",
            [(2029, "全市化学需氧量", 12.0, "exact"), (2029, "氨氮排放总量", 12.0, "exact")],
        ),
        (
            "力争到2030年，新能源汽车、智能装备产业产值分别突破500亿元。",
            [(2030, "新能源汽车产值", 500.0, "min"), (2030, "智能装备产业产值", 500.0, "min")],
        ),
        (  # 一般 after the figure starts a goal, not a second figure of a run
            "到2026年，全镇规上工业产值、营业收入均增长7%，一般公共预算收入增长4%。",
            [
                (2026, "全镇规上工业产值", 7.0, "exact"),
                (2026, "营业收入", 7.0, "exact"),
                (2026, "一般公共预算收入", 4.0, "exact"),
            ],
        ),
        (
            "到2027年，全省湿地保护率和草原综合植被盖度均稳定在55%以上。",
            [(2027, "全省湿地保护率", 55.0, "min"), (2027, "草原综合植被盖度", 55.0, "min")],
        ),
    ],
)
def test_one_figure_for_several_metrics_is_one_row_per_metric(sentence, expected):
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # two figures: paired one for one, as before
            "到2027年，全县旅游接待人数、旅游总收入分别增长15%和20%。",
            [(2027, "全县旅游接待人数", 15.0, "exact"), (2027, "旅游总收入", 20.0, "exact")],
        ),
        (  # 年均 is part of the metric, no word that shares a figure
            "到2028年，全社会研究与试验发展经费投入年均增长11%以上。",
            [(2028, "全社会研究与试验发展经费投入年均", 11.0, "min")],
        ),
        (  # 和 inside one industry's name: no list
            "到2026年，软件和信息技术服务业收入均增长13%左右。",
            [(2026, "软件和信息技术服务业收入均", 13.0, "exact")],
        ),
        (  # no list before 均: one metric over several places
            "到2027年，各县市区空气质量优良天数比率均达到88%以上。",
            [(2027, "各县市区空气质量优良天数比率均", 88.0, "min")],
        ),
    ],
)
def test_what_is_no_shared_figure_stays_one_row(sentence, expected):
    assert _rows(sentence) == expected
