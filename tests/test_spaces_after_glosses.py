"""The space a converter writes after each toneless gloss is cut with the gloss (round 37, ratios38).

Stage: the number reader. A copy that prints a reading after each character and a space after the reading
(萬(wan) 億(yi) 元) splits a figure's scales and unit: with the glosses cut, 3萬 億 元 was still no amount. The space
right after a cut gloss goes with it (parsers/copy_cuts.py); the row keeps the original's offsets and surface.

Every sentence here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import money_of

from parsers.copy_cuts import without_copy_marks

TEXT = (
    "甲省農(nong) 業(ye) 廳表示,計劃(hua) 在三年內,全省茶(cha) 產業綜合產值突破3萬(wan) 億(yi) 元,"
    "帶動(dong) 農(nong) 戶增收。"
)


def test_the_words_and_the_figure_are_whole_again():
    found = without_copy_marks(TEXT)
    assert "全省茶產業綜合產值突破3萬億元" in found.compact
    assert "農業廳表示" in found.compact


def test_the_amount_is_read_with_its_scales():
    (m,) = money_of(TEXT).values()
    assert (m.low, m.kind) == (3e12, "min")
    assert TEXT[m.char_start : m.char_end] == m.surface


def test_only_a_space_before_a_word_goes():
    # a space before a figure (a table's next cell, perhaps) and one after no gloss stay; the one after 用於(yu) goes
    found = without_copy_marks("乙縣(xian) 計劃(hua) 投入(ru) 資金(jin) 5 億元 用於(yu) 道路建設(she) 。")
    assert "資金 5 億元 用於道路建設" in found.compact
