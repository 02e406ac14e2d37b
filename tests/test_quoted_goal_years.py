"""A goal quoted after the words that state it (census18b T3b-mid): 提出“到2022年，…”等目标 or 明确提出“2023年…900万辆左右”的
发展目标. The year opens at the opening quote, bare or with 到, as at a part start; the statement ends where the quote
closes (what follows is the text's own: …等目标，突出冰雪运动，打造自身特色); and a quotation that opens with a year
quotes a goal, so its figures are quantities, not a name's numerals. A quotation after 预计 (an estimate) opens
nothing, nor does a name in quotes. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows as _rows


def test_a_quoted_goal_with_to_ends_at_the_quote() -> None:
    text = "某省近日还提出“到2032年，全省参与冰雪运动人数超过1000万人，冰雪旅游人数达到1亿人次”等目标，突出冰雪运动，打造自身特色。"
    assert _rows(text) == [
        (2032, "全省参与冰雪运动人数", 10000000.0, "人", "min"),
        (2032, "冰雪旅游人数", 100000000.0, "人次", "exact"),
    ]


def test_a_quoted_bare_year_heads_its_goal() -> None:
    text = "在汽车行业稳增长方案中，明确提出“2033年新能源汽车销量900万辆左右”的发展目标。"
    assert _rows(text) == [(2033, "新能源汽车销量", 9000000.0, "辆", "exact")]


@pytest.mark.parametrize(
    "text",
    [
        # an estimate quoted (预计 is no word that states a goal)
        "预计“十四五”末经济总量突破6000亿元，工业增加值将分别跨越2000亿元。",
        # a name in quotes
        "会议提出“三个一百”工程，推动产业升级。",
    ],
)
def test_no_quoted_goal(text: str) -> None:
    assert _rows(text) == []
