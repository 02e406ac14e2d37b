"""A sentence after the year's own that opens with a verb of doing (持续打好…攻坚战, 遵循…路径, 严格…管理, 办好…节会,
编制…规划, 引进…, 有序推进…; round 29): a list of measures, so its parts with no number are no goals and its figures
need a goal verb, as a sentence opened by 加强/推进 is (lexicon [targets] task_clause_openers read as task openers too).
A sentence that opens with an outcome keeps its goals. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


def _goals(text: str) -> list[tuple]:
    return [(year, metric, value) for year, metric, value, _, _ in target_rows(text)]


_YEAR = "到2033年，全县森林覆盖率达到60%。"


@pytest.mark.parametrize(
    "measures",
    [
        "持续打好污染防治攻坚战，完善乡镇污水处理设施，健全河长制体系",
        "遵循绿色发展路径，建立生态补偿机制，完善生态文化体系",
        "严格执行排放标准，建立排污许可台账，健全环境监测网络",
        "办好全县茶文化节，建立茶叶品牌体系，完善茶产业标准",
        "有序推进城乡清洁供暖，建立供暖保障机制，完善燃气管网",
        "编制全域旅游规划，建立旅游服务标准，完善旅游集散体系",
    ],
)
def test_a_measure_sentence_after_the_year_holds_no_goal_without_a_number(measures: str) -> None:
    rows = _goals(f"{_YEAR}{measures}，空气质量优良率达到95%以上。")
    assert [r for r in rows if r[2] is None] == []
    assert (2033, "空气质量优良率", 95.0) in rows


def test_a_sentence_that_opens_with_an_outcome_keeps_its_goals() -> None:
    rows = _goals(f"{_YEAR}现代产业体系基本建成，城乡环境明显改善。")
    assert (2033, "现代产业体系基本建成", None) in rows
    assert (2033, "城乡环境明显改善", None) in rows
