"""Where a goal's year stands: a bare year opening an earlier sentence of the same paragraph (census17b T3). A plan's
news states its year once (2031年，全市…达4.5%；…。专利授权数达350件以上，…) and goes on with the same year's goals in
the later sentences of its paragraph: they are that year's, as a plan opened by 将 carries its year (round 16). A
sentence that reports or states the present (已, 现有), one that names a part of a year already run (上半年…), another
year and a sentence of tasks (开展…行动，…) end the carry. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows

_GOAL = "到2031年，全市工业总产值达到5000亿元。\n"


def test_a_bare_plan_year_dates_the_later_sentences_of_its_paragraph() -> None:
    text = _GOAL + (
        "2031年，全市研发经费支出占生产总值的比重达4.5%；企业技术中心总数达300家以上。"
        "专利授权数达350件以上，工业企业研发经费占销售收入比重达2%左右。\n"
    )
    assert target_rows(text)[1:] == [
        (2031, "全市研发经费支出占生产总值的比重", 4.5, "%", "exact"),
        (2031, "企业技术中心总数", 300.0, "家", "min"),
        (2031, "专利授权数", 350.0, "件", "min"),
        (2031, "工业企业研发经费占销售收入比重", 2.0, "%", "exact"),
    ]


@pytest.mark.parametrize(
    "tail",
    [
        # a report of what was done and a part of a year already run
        "目前全市已建成企业技术中心200家。上半年全市完成投资300亿元。",
        # the present status ends the carry: the goal after it is not carried either
        "全市现有企业技术中心200家。专利授权数达350件以上。",
        # another year
        "2029年全市专利授权数达250件。",
        # a sentence of tasks: a size threshold in it is no goal
        "开展绿色建筑行动，各类政府投资的公益性建筑，以及单体建筑面积超过2万平方米的大型公共建筑，全面执行绿色建筑标准。",
    ],
)
def test_a_report_an_elapsed_period_another_year_or_a_task_ends_the_carry(tail: str) -> None:
    text = _GOAL + "2031年，全市研发经费支出占生产总值的比重达4.5%。" + tail + "\n"
    assert [value for _, _, value, _, _ in target_rows(text)] == [5000.0, 4.5]


def test_the_next_paragraph_is_not_carried() -> None:
    text = _GOAL + "2031年，全市研发经费支出占生产总值的比重达4.5%。\n专利授权数达350件以上。\n"
    assert [value for _, _, value, _, _ in target_rows(text)] == [5000.0, 4.5]
