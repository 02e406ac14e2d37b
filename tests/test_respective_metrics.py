"""Census class "distributed values" (round 25, goals59): a list of metrics paired with a list of values by 分别
(A率、B率和C年限分别达到90%、99%和13.5年), the same metrics again for a later year (…；到2030年分别达到95%、99%和15年).
Each value takes the metric of its place in the list (parsers/goal_respective.py), when the list names as many
metrics as there are values and each ends as a metric does (lexicon [targets] listed_metric_ends).

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


def _pairs(sentence: str) -> list[tuple]:
    return [(t.year, t.metric, t.value) for t in targets_of(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "到2031年，全县学前教育毛入园率、义务教育巩固率和高中阶段毛入学率分别达到91%、98%和93%。",
            [
                (2031, "全县学前教育毛入园率", 91.0),
                (2031, "义务教育巩固率", 98.0),
                (2031, "高中阶段毛入学率", 93.0),
            ],
        ),
        (
            "到2029年，森林覆盖率、湿地保护率分别提高到46.5%、52%。",
            [(2029, "森林覆盖率", 46.5), (2029, "湿地保护率", 52.0)],
        ),
        (
            "到2030年，全市粮食产量、生猪出栏量将分别稳定在52万吨、36万头以上。",
            [(2030, "全市粮食产量", 520000.0), (2030, "生猪出栏量", 360000.0)],
        ),
        (
            "到2028年，城镇调查失业率和登记失业率分别控制在5.5%和4%以内。",
            [(2028, "城镇调查失业率", 5.5), (2028, "登记失业率", 4.0)],
        ),
        (
            "到2032年，乡村旅游消费收入、农产品网络零售额分别达到600亿元、120亿元，农民收入增长8%。",
            [(2032, "乡村旅游消费收入", 600.0), (2032, "农产品网络零售额", 120.0), (2032, "农民收入", 8.0)],
        ),
    ],
)
def test_each_value_of_a_respective_list_takes_its_metric(sentence, expected):
    assert _pairs(sentence) == expected


def test_a_later_year_says_the_same_metrics_again():
    rows = _pairs("到2027年，甲县供水普及率、供水保证率分别达到85%、90%；到2031年分别达到95%、96%以上。")
    assert [(year, metric) for year, metric, _ in rows] == [
        (2027, "甲县供水普及率"),
        (2027, "供水保证率"),
        (2031, "甲县供水普及率"),
        (2031, "供水保证率"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # two industries of one metric: 产业 is no metric
        "到2030年，高端装备产业和新材料产业产值占规模以上工业比重分别达到36%和24%。",
        # one metric of two groups: as many values, no list of metrics
        "到2030年，城乡居民人均可支配收入分别达到56000元、31000元。",
    ],
)
def test_a_list_that_is_no_list_of_metrics_keeps_its_one_metric(sentence):
    rows = _pairs(sentence)
    assert len(rows) == 2 and rows[1][1] is None
