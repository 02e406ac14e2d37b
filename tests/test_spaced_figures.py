"""Figures set apart from their words by the spaces PDF extraction and some pages leave (达到 35 万, 缩小到 1.9 以内):
a goal reads as its unspaced text does, its offsets into the text as written. Texts written for this file."""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


def _read(text: str) -> list[tuple[int | None, float | None, str | None, str | None]]:
    return [(t.year, t.value, t.unit, t.kind) for t in targets_of(text)]


@pytest.mark.parametrize(
    ("spaced", "plain"),
    [
        # a count scaled by 万/亿 with no unit after a verb of reaching
        (
            "到2026年，全县旅游从业人员达到 12 万，乡村旅游接待人次突破 1.5 亿。",
            "到2026年，全县旅游从业人员达到12万，乡村旅游接待人次突破1.5亿。",
        ),
        # the people it counts right before it
        (
            "到2027年，城镇新增就业 8 万，农村劳动力转移就业 15 万。",
            "到2027年，城镇新增就业8万，农村劳动力转移就业15万。",
        ),
        # an index or a proportion with no unit, bounded after it
        ("到2030年，城乡居民收入比缩小到 2.1 以内。", "到2030年，城乡居民收入比缩小到2.1以内。"),
        (
            "到2028年，全市两化融合发展水平达到 70 以上，常住人口要达到 560 万。",
            "到2028年，全市两化融合发展水平达到70以上，常住人口要达到560万。",
        ),
        (
            "到 2025 年，年接待游客量达到 3000 万，实现旅游收入 400 亿元。",
            "到2025年，年接待游客量达到3000万，实现旅游收入400亿元。",
        ),
        # a span ahead: each figure's own goal verb within reach, the stray space not counted
        (
            "未来 3 年，全县新增就业岗位 12 万个，建成养老机构 40 所。",
            "未来3年，全县新增就业岗位12万个，建成养老机构40所。",
        ),
    ],
)
def test_a_spaced_figure_reads_as_the_unspaced_one(spaced, plain):
    assert _read(spaced) == _read(plain)
    assert _read(spaced)  # and the goals are read at all


def test_the_surface_keeps_the_spaces_of_the_text():
    text = "到2026年，全县旅游从业人员达到 12 万。"
    (goal,) = targets_of(text)
    assert text[goal.char_start : goal.char_end] == "全县旅游从业人员达到 12 万"
    assert (goal.value, goal.kind) == (120000.0, "exact")


@pytest.mark.parametrize(
    "text",
    [
        "全市森林覆盖率和湿地保护率分别比 2020 年提高 2.5 个和 4 个百分点。",
        "两项指标增速分别高于全国、全省 1.2 个、0.6 个百分点。",
        "城镇和农村居民收入增速分别快于经济增速 0.3 个及 1.1 个百分点。",
    ],
)
def test_each_member_of_a_spaced_list_of_points_is_a_points_value(text):
    from extraction_helpers import ratios_of

    plain = text.replace(" ", "")
    spaced = sorted((r.value, r.form) for r in ratios_of(text).values())
    assert spaced == sorted((r.value, r.form) for r in ratios_of(plain).values())
    assert len(spaced) == 2


@pytest.mark.parametrize(
    "text",
    [
        "到2027年，全区高新技术企业和科技型中小企业分别超过 120 家和 900 家。",
        "到2026年，省级和市级专精特新企业分别不少于 15 家和 60 家。",
    ],
)
def test_a_bound_before_a_spaced_list_binds_every_member(text):
    plain = text.replace(" ", "")
    assert _read(text) == _read(plain)
    assert all(t.char_start < t.char_end and text[t.char_start] != " " for t in targets_of(text))
