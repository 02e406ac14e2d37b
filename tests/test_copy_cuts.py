"""A copy's marks inside a goal's words (a year a hard wrap broke, a single converter gloss) are read through by the
money, ratio and target readers, with every row in the original's offsets; a break between two figures stays one."""

from __future__ import annotations

from parsers.copy_cuts import broken_year_spans
from parsers.pipeline import parse_bytes


def rows(text: str):
    doc = parse_bytes(text.encode(), "copy.txt")
    return doc


def test_a_year_broken_by_a_wrap_leads_its_goals():
    text = "《某省体育强省纲要》明确:到20\n28年,全省游泳场馆覆盖率达到65%,冰雪运动参与人数突破300万人。"
    doc = rows(text)
    got = {(t.surface, t.year) for t in doc.targets}
    assert ("全省游泳场馆覆盖率达到65%", 2028) in got
    assert ("冰雪运动参与人数突破300万人", 2028) in got
    for t in doc.targets:
        assert text[t.char_start : t.char_end] == t.surface


def test_a_year_broken_after_three_digits_with_spaces():
    text = "全市计划到202 \n 9年,新建口袋公园120个以上。"
    (target,) = [t for t in rows(text).targets]
    assert (target.year, target.value) == (2029, 120)
    assert text[target.char_start : target.char_end] == target.surface


def test_a_single_gloss_in_the_year_phrase_is_read_through():
    text = "浙江:到(dào)2029年海洋經濟總產值達1.5萬億元"
    doc = rows(text)
    (target,) = doc.targets
    assert target.year == 2029
    assert target.surface == "海洋經濟總產值達1.5萬億元"
    assert text[target.char_start : target.char_end] == target.surface
    (money,) = doc.money
    assert money.role == "target"


def test_figures_in_cells_of_their_own_stay_apart():
    # a column of cells: each on a line of its own, no year read across them
    assert broken_year_spans("|\n20\n25年底前\n|") == []
    assert broken_year_spans("责任单位\n2024\n5125\n") == []
    assert broken_year_spans("合计20\n25个项目") == []
    assert broken_year_spans("目标:到20\n25年") == [(6, 7)]
