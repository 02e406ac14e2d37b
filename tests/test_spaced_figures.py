"""Figures set apart from their words by the spaces PDF extraction and some pages leave (达到 35 万, 缩小到 1.9 以内):
a goal reads as its unspaced text does, its offsets into the text as written. Texts written for this file."""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


def _read(text: str) -> list[tuple[int | None, float | None, str | None, str | None, str]]:
    """(year, value, unit, kind, surface) of each goal, the surface checked against the text at its offsets."""
    goals = targets_of(text)
    assert all(t.surface == text[t.char_start : t.char_end] for t in goals)
    return [(t.year, t.value, t.unit, t.kind, t.surface) for t in goals]


def _unspaced(rows: list[tuple]) -> list[tuple]:
    """The rows a reader expects of the same text written without the spaces: the surfaces lose them."""
    return [(*row[:-1], row[-1].replace(" ", "")) for row in rows]


@pytest.mark.parametrize(
    ("spaced", "expected"),
    [
        # a count scaled by 万/亿 with no unit after a verb of reaching: no unit written, none read
        (
            "到2026年，全县旅游从业人员达到 12 万，乡村旅游接待人次突破 1.5 亿。",
            [
                (2026, 120000.0, None, "exact", "全县旅游从业人员达到 12 万"),
                (2026, 150000000.0, None, "min", "乡村旅游接待人次突破 1.5 亿"),
            ],
        ),
        # the people it counts right before it: unit 人
        (
            "到2027年，城镇新增就业 8 万，农村劳动力转移就业 15 万。",
            [
                (2027, 80000.0, "人", "exact", "城镇新增就业 8 万"),
                (2027, 150000.0, "人", "exact", "农村劳动力转移就业 15 万"),
            ],
        ),
        # an index or a proportion with no unit, bounded after it
        (
            "到2030年，城乡居民收入比缩小到 2.1 以内。",
            [(2030, 2.1, None, "max", "城乡居民收入比缩小到 2.1 以内")],
        ),
        (
            "到2028年，全市两化融合发展水平达到 70 以上，常住人口要达到 560 万。",
            [
                (2028, 70.0, None, "min", "全市两化融合发展水平达到 70 以上"),
                (2028, 5600000.0, "人", "exact", "常住人口要达到 560 万"),
            ],
        ),
        # the year spaced too; money keeps its written unit
        (
            "到 2025 年，年接待游客量达到 3000 万，实现旅游收入 400 亿元。",
            [
                (2025, 30000000.0, None, "exact", "年接待游客量达到 3000 万"),
                (2025, 400.0, "亿元", "exact", "实现旅游收入 400 亿元"),
            ],
        ),
        # a span ahead (no year): each figure's own goal verb within reach, the stray space not counted
        (
            "未来 3 年，全县新增就业岗位 12 万个，建成养老机构 40 所。",
            [
                (None, 120000.0, "个", "exact", "全县新增就业岗位 12 万个"),
                (None, 40.0, "所", "exact", "建成养老机构 40 所"),
            ],
        ),
    ],
)
def test_a_spaced_figure_reads_as_the_unspaced_one(spaced, expected):
    assert _read(spaced) == expected
    assert _read(spaced.replace(" ", "")) == _unspaced(expected)


def test_the_surface_keeps_the_spaces_of_the_text():
    text = "到2026年，全县旅游从业人员达到 12 万。"
    (goal,) = targets_of(text)
    assert text[goal.char_start : goal.char_end] == "全县旅游从业人员达到 12 万"
    assert (goal.value, goal.kind) == (120000.0, "exact")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "全市森林覆盖率和湿地保护率分别比 2020 年提高 2.5 个和 4 个百分点。",
            [("2.5 个", 0.025), ("4 个百分点", 0.04)],
        ),
        (
            "两项指标增速分别高于全国、全省 1.2 个、0.6 个百分点。",
            [("1.2 个", 0.012), ("0.6 个百分点", 0.006)],
        ),
        (
            "城镇和农村居民收入增速分别快于经济增速 0.3 个及 1.1 个百分点。",
            [("0.3 个", 0.003), ("1.1 个百分点", 0.011)],
        ),
    ],
)
def test_each_member_of_a_spaced_list_of_points_is_a_points_value(text, expected):
    """Two rows (31.1个和26.3个百分点 gives two), each a points value spanning its own figure."""
    from extraction_helpers import close, ratios_of

    for written in (text, text.replace(" ", "")):
        read = sorted(ratios_of(written).items(), key=lambda item: item[1].char_start)
        assert [surface for surface, _ in read] == [
            s if written == text else s.replace(" ", "") for s, _ in expected
        ]
        assert all(r.form == "points" and written[r.char_start : r.char_end] == s for s, r in read)
        assert all(close(r.value, value) for (_, r), (_, value) in zip(read, expected, strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "到2027年，全区高新技术企业和科技型中小企业分别超过 120 家和 900 家。",
            [
                (2027, 120.0, "家", "min", "全区高新技术企业和科技型中小企业分别超过 120 家"),
                (2027, 900.0, "家", "min", "900 家"),
            ],
        ),
        (
            "到2026年，省级和市级专精特新企业分别不少于 15 家和 60 家。",
            [
                (2026, 15.0, "家", "min", "省级和市级专精特新企业分别不少于 15 家"),
                (2026, 60.0, "家", "min", "60 家"),
            ],
        ),
    ],
)
def test_a_bound_before_a_spaced_list_binds_every_member(text, expected):
    """Each member a min, the second spanning its own value only (as the gold's 分别 rows)."""
    assert _read(text) == expected
    assert _read(text.replace(" ", "")) == _unspaced(expected)
