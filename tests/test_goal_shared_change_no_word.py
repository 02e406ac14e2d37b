"""A change shared by a list of metrics with no word that shares it (A、B和C年均增速超过9%; A和B增长12%以上; A和B比
2020年翻一番) gives one row per metric, as 均/分别 does (round 37, targets53; parsers.goal_shared_figures, lexicon
[targets] shared_change_pattern): a rate of change is no sum, each metric grows by it (the round-29 convention). Before,
the stage that splits shared figures asked for 均/都/分别 and read one row. Sums and groups (A、B等产业增加值, A和B合计),
relations (A和B对C的贡献率) and levels (A、B装机规模达到…千瓦) stay one row.

Every text here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(metric, value) for _, metric, value, _, _ in target_rows(text + "\n", "notice.txt") if value]


def test_a_yearly_rate_over_three_investments() -> None:
    text = "到2031年，港口投资、航运投资和物流园区投资年均增速达到9%以上。"
    assert _rows(text) == [
        ("港口投资年均增速", 9.0),
        ("航运投资年均增速", 9.0),
        ("物流园区投资年均增速", 9.0),
    ]


def test_a_growth_over_two_metrics_joined_by_and() -> None:
    text = "到2031年，农产品加工业产值和休闲农业营业收入增长11%左右。"
    assert _rows(text) == [("农产品加工业产值", 11.0), ("休闲农业营业收入", 11.0)]


def test_a_doubling_over_two_metrics() -> None:
    text = "到2031年，全县生产总值和农村居民人均可支配收入比2021年翻一番。"
    assert [value for _, value in _rows(text)] == [2.0, 2.0]


def test_a_group_a_relation_and_a_level_stay_one_row() -> None:
    assert len(_rows("到2031年，茶叶、水果等特色产业产值增长10%。")) == 1
    assert len(_rows("到2031年，门票收入和餐饮收入对镇财政收入的贡献率年均增长6%以上。")) == 1
    assert len(_rows("到2031年，风电、光伏发电装机规模达到3600万千瓦。")) == 1


def test_two_rates_named_in_full_joined_by_and() -> None:
    text = "到2031年，农村生活垃圾收运处置率和农村户用厕所无害化改造率达到95%以上。"
    assert _rows(text) == [("农村生活垃圾收运处置率", 95.0), ("农村户用厕所无害化改造率", 95.0)]
