"""Results told as done after a 到/至 year in a text with no date (round 36, falsegoals36): 到2020年，…全部完成改造，
解决了…问题, 至2023年底已占…, …提前完成了既定目标, 从建市之初的…，到2031年突破… report where things stood, no goal, because the sentence's own
tense says so (parsers.goal_told_results, lexicon [targets] told_result_pattern). A plan's 全面完成, a bare 超额完成
of a target set from above, a word of aim (将, 力争) or a known date ahead of the year keeps the goal.

Every text here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows

_DATED = "水利建设再上台阶\n发布时间：2018-03-02 10:00:00 来源：某某网\n"


def _rows(text: str, head: str = "") -> list[tuple]:
    return [(year, value, unit) for year, _, value, unit, _ in target_rows(head + text + "\n", "news.txt")]


def test_a_year_whose_sentence_solved_the_problem_is_a_result() -> None:
    text = "到2020年，丙县农村危房全部完成改造，3200户群众搬进新居，解决了山区群众的住房安全问题。"
    assert _rows(text) == []


def test_a_year_end_followed_by_already_is_a_result() -> None:
    assert _rows("丁市茶叶种植稳步扩大，至2023年底已占全省茶园总面积的31.5%。") == []


def test_a_goal_set_before_and_met_ahead_is_a_result() -> None:
    text = "到2019年，全省光伏装机容量达到850万千瓦，提前完成了规划确定的既定目标。"
    assert _rows(text) == []
    # the goal's 预期 names the goal met, no aim of this sentence ([tense] met_goal_pattern)
    text = "到2019年，全省光伏装机容量达到850万千瓦，超额完成上一个五年规划新增装机的预期目标。"
    assert _rows(text) == []


def test_a_run_told_from_a_past_origin_is_a_result() -> None:
    text = "全市生产总值从建市之初的3.2亿元,到2031年突破1000亿元,再到2035年突破2000亿元。"
    assert _rows(text) == []


def test_a_plan_that_completes_work_keeps_its_goals() -> None:
    text = "到2030年，全面完成老旧供水管网改造，新建供水管网1200公里。"
    assert (2030, 1200.0, "公里") in _rows(text)


def test_a_target_from_above_to_exceed_stays_a_goal() -> None:
    text = "到2030年，光伏装机容量达到900万千瓦，超额完成省下达目标任务。"
    assert (2030, 9000000.0, "千瓦") in _rows(text)


def test_a_word_of_aim_keeps_the_goal() -> None:
    text = "到2030年，全市将彻底解决了多年的城区内涝问题，新建排水管网300公里。"
    assert (2030, 300.0, "公里") in _rows(text)


def test_a_year_ahead_of_the_date_keeps_the_goal() -> None:
    text = "到2020年，全县新建水库12座，彻底解决了山区群众的饮水难问题。"
    assert (2020, 12.0, "座") in _rows(text, _DATED)
