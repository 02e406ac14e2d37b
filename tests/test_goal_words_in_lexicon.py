"""Words the goal readers test for live in the lexicon (review25 N3): a goal list's group heading
(goal_group_heading_pattern) and the words every goal-list lead holds (goal_list_lead_words). Sentences written for
this file."""

from __future__ import annotations

import re

import pytest

from parsers.lexicon import lexicon


def _targets() -> dict:
    return lexicon().section("targets")


@pytest.mark.parametrize("line", ["经济发展指标", "民生类目标：", "总量指标方面：", "生态环境指标方面，"])
def test_a_group_heading_of_a_goal_list(line: str) -> None:
    assert re.fullmatch(_targets()["goal_group_heading_pattern"], line)


@pytest.mark.parametrize("line", ["全年工作安排如下：", "指标", "一、加快推进重点项目建设"])
def test_no_group_heading(line: str) -> None:
    assert not re.fullmatch(_targets()["goal_group_heading_pattern"], line)


@pytest.mark.parametrize("lead", ["主要预期目标是：", "主要指标为：", "目标任务如下："])
def test_every_lead_holds_one_of_the_lead_words(lead: str) -> None:
    assert re.search(_targets()["goal_list_lead_pattern"], lead)
    assert any(word in lead for word in _targets()["goal_list_lead_words"])
