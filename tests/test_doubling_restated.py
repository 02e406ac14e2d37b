"""A doubling whose figure the next sentence restates with 即 (round 35, targets49, class 2): 快递业务量比2024年翻一番。
即全市快递业务量达到9亿件 — the figure reached is the goal's row and the doubling gives none of its own
(fixtures/heldout/SOURCES.md round 21, class C4; lexicon [targets] doubling_restate_words). A doubling whose next
sentence states another metric without 即 keeps its 2 倍.

Every text here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value, unit) for year, _, value, unit, _ in target_rows(text + "\n", "plan.txt")]


def test_the_figure_restated_with_ji_is_the_row() -> None:
    text = "到2030年，全市快递业务量比2024年翻一番。即全市快递业务量达到9亿件，物流业总收入达到1200亿元。"
    assert _rows(text) == [(2030, 900000000.0, "件"), (2030, 1200.0, "亿元")]


def test_a_doubling_before_another_sentence_keeps_its_multiple() -> None:
    text = "到2030年，全市快递业务量比2024年翻一番。全市物流业总收入达到1200亿元。"
    assert _rows(text) == [(2030, 2.0, "倍"), (2030, 1200.0, "亿元")]


def test_a_restatement_opening_with_the_work_done_is_the_row() -> None:
    # round 36, falsegoals36: 即完成… (lexicon [targets] doubling_restate_verbs) restates the doubled total too
    text = (
        "到2030年，全市文旅投资总额比2025年翻一番。即完成重点文旅项目80个以上，文旅直接投资总额超过600亿元。"
    )
    assert _rows(text) == [(2030, 80.0, "个"), (2030, 600.0, "亿元")]
