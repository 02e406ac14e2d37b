"""A dated deadline with no 到 (2031年底前，…; 2031年年底前，…) that opens its part heads its sentence's goals: the part it
opens (or the next, when it stands alone) as before, and the later parts of its sentence with a number (round 26,
goals60: census `2023年底前,…体系初步建立,…企业达3家以上,…` and `2025年年底前,建成100個以上…精品村,500個以上…示范村`).
A deadline inside its part (各地要于2031年6月底前完成…) still times its one action, a part with no number after it is how
the action is done, and a deadline that a verb of a thing done and 的 follow is a modifier (2009年年底前投运的电厂).
Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value, unit, kind) for year, _, value, unit, kind in target_rows(text + "\n")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2031年底前，全区氢能产业体系初步建立，链上企业达6家以上，年营收超亿元企业2家以上，产业综合产值达到9.5亿元；",
            [
                (2031, None, None, None),
                (2031, 6.0, "家", "min"),
                (2031, 2.0, "家", "min"),
                (2031, 9.5, "亿元", "exact"),
            ],
        ),
        (
            "2031年年底前，建成80个以上和美乡村样板村，300个以上达标村，村容村貌明显改善。",
            [
                (2031, 80.0, "个", "min"),
                (2031, 300.0, "个", "min"),
                (2031, None, None, None),
            ],  # (the detector's)
        ),
        ("2031年年底前，乡镇快递服务网点覆盖率达到98%。", [(2031, 98.0, "%", "exact")]),
        ("2031年年底前全县农村卫生厕所普及率达到96%，粪污基本得到处理。", [(2031, 96.0, "%", "exact")]),
        (
            "意见指出，要实施城乡供水一体化行动，2031年底前基本实现供水管护一体化，力争完成40个乡镇水源置换，"
            "农村自来水普及率达到95%。",
            [(2031, None, None, None), (2031, 40.0, "个", "exact"), (2031, 95.0, "%", "exact")],
        ),
        (
            "2031年6月底前，新建公共充电桩1200个，公共充电设施覆盖率达到90%以上。",
            [(2031, 1200.0, "个", "exact"), (2031, 90.0, "%", "min")],
        ),
    ],
)
def test_a_deadline_opening_its_part_heads_the_goals_of_its_sentence(
    text: str, expected: list[tuple]
) -> None:
    assert _rows(text) == expected


def test_a_deadline_inside_its_part_times_its_one_action() -> None:
    assert _rows("各地要于2031年6月底前完成排查整治任务，抽查比例不低于30%。") == [(2031, None, None, None)]


def test_a_later_part_without_a_number_stays_how_the_action_is_done() -> None:
    assert _rows("2031年底前，90%以上的街道要建成综合服务中心，规范日常管理制度。") == [
        (2031, 90.0, "%", "min")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "2009年年底前投运的燃煤机组，应当加装脱硫设施；",
        "2031年底前建成并网的分布式光伏项目，免于配置储能设施。",
        "2031年年底前已取得的资质证书，有效期延续至2033年。",
    ],
)
def test_a_deadline_before_a_thing_done_is_a_modifier(text: str) -> None:
    assert [row for row in _rows(text) if row[0] in (2009, 2031)] == []
