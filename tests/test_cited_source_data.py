"""Census class S (round 23, faults54): a figure cited from a source's data right before a bare year (根据世界银行数据，
2014年…为71.5岁; 据省统计局数据，全省2022年…) is someone's record of what was: that year opens no goal statement
(lexicon [tense] data_source_lead_pattern, read by parsers/goal_forecasts.py). A projection computed on to a year ahead
(据统计，按照…计算，到2040年…将…) or a 到-year after such a lead still opens its goals.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows

_NEWS = "某省经济运行情况通报\n\n发布日期：2031-12-20\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        # (平均预期寿命 holds 预期, a word of intent elsewhere: the source's lead still makes the figures a record)
        "根据联合国数据,2019年全球人均预期寿命为72.6岁,其中高收入国家人口平均预期寿命为80.7岁,低收入国家为63.7岁。",
        "根据某机构统计数据，2022年全球平均预期寿命为71.7岁，其中男性平均预期寿命为69.1岁，女性为74.4岁。",
        "根据国际能源署数据，2024年全球可再生能源装机容量为4400吉瓦，其中光伏占比为60%。",
        "据某省统计局数据，全省2028年粮食总产量为1250万吨，高于全国平均增幅。",
        "根据海关统计，2029年全市出口机电产品320亿元。",
    ],
)
def test_a_figure_cited_from_a_sources_data_gives_no_goal(sentence):
    assert target_rows(sentence + "\n") == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("据统计，按照目前年均12%的增幅计算，到2040年，全市数字产业增加值将超过900亿元。", 900.0),
        ("据统计，到2040年全省粮食产量达到1300万吨。", 13000000.0),
    ],
)
def test_a_projection_ahead_after_a_source_is_still_a_goal(sentence, value):
    assert [row[2] for row in target_rows(_NEWS + sentence + "\n")] == [value]
