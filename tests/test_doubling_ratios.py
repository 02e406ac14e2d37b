"""A doubling word in the ratios table (round-25 convention, fixtures/heldout/SOURCES.md): every doubling the text
states is a ratio of form multiple, its value the word's (翻一番, 翻番, 倍增, 双倍增 2; 翻两番 4), 以上 after it a lower
bound; a goal's doubling is a target, one said done (翻了一番) other; the figure reached beside it does not take its
place. A name, a count of doublings, a list of actions, a condition or an idiom is none; a written multiple stays as
written (增加一倍: 1 倍). Sentences made up (names and figures of no fixture)."""

from __future__ import annotations

import pytest
from extraction_helpers import ratios_of


def _doublings(text: str) -> list[tuple]:
    return [
        (r.surface, r.value, r.kind, r.role)
        for r in ratios_of(text).values()
        if r.form == "multiple" and ("翻" in r.surface or "倍增" in r.surface)
    ]


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("到2029年，全区农产品加工产值比2023年翻一番。", ("翻一番", 2.0, "exact", "target")),
        ("到2030年，全县农民人均纯收入比2019年翻一番以上。", ("翻一番以上", 2.0, "min", "target")),
        ("力争全区农产品加工企业数量实现倍增。", ("倍增", 2.0, "exact", "target")),
        ("到2035年，全市人均生产总值比2020年翻两番。", ("翻两番", 4.0, "exact", "target")),
        ("到2028年，全区规上企业和创新型企业实现“双倍增”。", ("双倍增", 2.0, "exact", "target")),
        ("明确提出“到2030年城乡居民收入较2020年翻一番”的目标。", ("翻一番", 2.0, "exact", "target")),
        ("推动县域经济总量翻一番的目标任务基本完成前，不得调整。", ("翻一番", 2.0, "exact", "target")),
    ],
)
def test_a_doubling_goal_is_a_ratio_row(sentence: str, row: tuple) -> None:
    assert _doublings(sentence) == [row]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("力争到2027年，软件业务收入实现翻番，达到500亿元。", "翻番"),
        ("到2028年，全市跨境电商交易额翻一番、突破80亿元。", "翻一番"),
        ("全市软件产业营收三年翻番突破900亿元", "翻番"),
    ],
)
def test_the_figure_reached_beside_it_leaves_the_doubling_a_row(sentence: str, surface: str) -> None:
    assert [(s, v) for s, v, _, _ in _doublings(sentence)] == [(surface, 2.0)]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("全市口岸进出口总额比2015年翻了一番。", "翻了一番"),
        ("五年来，全区外贸总量比2016年翻了两番，位居全省前列。", "翻了两番"),
    ],
)
def test_a_doubling_done_is_another_ratio(sentence: str, surface: str) -> None:
    rows = _doublings(sentence)
    assert [(s, r) for s, _, _, r in rows] == [(surface, "other")]
    assert rows[0][1] == (4.0 if "两番" in surface else 2.0)


@pytest.mark.parametrize(
    "sentence",
    [
        "全区数字经济核心产业增加值5年翻一番 初步建成数字经济强区",  # a headline: a space ends the part
        "到2035年，全市居民人均收入实现翻一番以上……从数字看发展目标。",
    ],
)
def test_a_space_or_an_ellipsis_closes_the_part(sentence: str) -> None:
    assert len(_doublings(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "深入实施制造业倍增计划，推动产业提档升级。",
        "全面推进“倍增翻番”工程建设。",
        "对主营业务收入实现倍增的在库企业给予奖励。",
        "对完成工业倍增目标、年度考核任务的县区给予奖励。",
        "全区上下倍增干劲，奋力推进项目建设。",
        "力争实现“两个翻番、一个进位”，推动高质量发展。",
        "推动六大优势产业提质倍增，加快建设工业强市。",
        "共同实施企业培育壮大、市场主体倍增、重大项目攻坚、精准招商引资四大行动。",
        "推动服务业倍增发展，壮大现代服务业。",
    ],
)
def test_names_conditions_counts_and_idioms_are_no_ratio(sentence: str) -> None:
    assert _doublings(sentence) == []


def test_a_written_multiple_stays_as_written() -> None:
    rows = [(r.surface, r.value) for r in ratios_of("全县旅游收入比2020年增加一倍。").values()]
    assert rows == [("一倍", 1.0)]
