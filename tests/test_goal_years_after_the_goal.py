"""Where a goal's year stands: after the goal, in a later part of the same sentence (census17b T-N1). The parts
before a coming year's statement (地区生产总值年均要增长7%以上，2031年全市经济总量要达到2300亿元左右) are that plan's goals
with a goal verb, of the latest year the rest of the sentence names (a growth rate runs to the plan's end). A part
with a time of its own (another year, “十五五”期间), a report or present status (已, 现有), a clause set off by ；, and
a sentence opening with a task verb take no year from after them. Sentences made up."""

from __future__ import annotations

import pytest

from parsers.pipeline import parse_bytes

_GOAL = "到2031年，全市工业总产值达到5000亿元。\n"


def _rows(text: str) -> list[tuple[int | None, str | None, float | None, str | None, str | None]]:
    doc = parse_bytes(text.encode("utf-8"), "plan.txt")
    return [(t.year, t.metric, t.value, t.unit, t.kind) for t in doc.targets][1:]  # after _GOAL's own


def test_a_goal_before_the_year_in_its_sentence_takes_it() -> None:
    text = _GOAL + "地区生产总值年均要增长7%以上，2031年全市经济总量要达到2300亿元左右。\n"
    assert _rows(text) == [
        (2031, "地区生产总值年均", 7.0, "%", "min"),
        (2031, "全市经济总量", 2300.0, "亿元", "exact"),
    ]


def test_a_growth_rate_takes_the_latest_year_named_after_it() -> None:
    text = _GOAL + "全社会研发经费投入年均增长10%左右，高新技术企业2030年突破3.5万家、2031年突破3.8万家。\n"
    assert _rows(text)[0] == (2031, "全社会研发经费投入年均", 10.0, "%", "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "目前全市已建成5G基站3000个，到2031年将建成1万个。",  # a report before the goal
        "全市现有规上企业200家，2031年达到300家。",  # the present status
        "“十五五”期间，全市生产总值年均增长7%，到2031年实现地区生产总值翻一番。",  # a period of its own
        "近几年每年安排专项资金不少于5000万元；到2031年，全省油茶林总面积达2100万亩。",  # another clause (；)
        "开展绿色建筑行动，新建公共建筑面积超过2万平方米，到2031年全面执行绿色建筑标准。",  # a task and its goal
    ],
)
def test_a_part_dated_otherwise_takes_no_year_from_after_it(sentence: str) -> None:
    values = [value for _, _, value, _, _ in _rows(_GOAL + sentence + "\n")]
    assert not {3000.0, 200.0, 7.0, 5000.0, 50000000.0, 20000.0} & set(values)
