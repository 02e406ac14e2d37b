"""One list of status words (parsers/data/status.toml), read by the structure parser and by series keys."""

from __future__ import annotations

import pytest

from parsers.status import split_status, status_words
from revisions.series import series_key


@pytest.mark.parametrize("word", status_words().draft)
def test_every_draft_word_is_a_status_and_is_set_aside_by_series_keys(word):
    title, status = split_status(f"昆明市促进数字经济发展若干措施（{word}）")
    assert title == "昆明市促进数字经济发展若干措施"
    assert status == word.removeprefix("公开")  # the stage as found; 公开 says nothing of it
    assert series_key(f"昆明市促进数字经济发展若干措施（{word}）") == "促进数字经济发展若干措施"
    assert series_key(f"昆明市促进数字经济发展若干措施 {word}") == "促进数字经济发展若干措施"


@pytest.mark.parametrize("word", ["报批稿", "草稿"])
def test_structure_and_series_agree_on_the_words_they_once_disagreed_on(word):
    assert split_status(f"数据条例（{word}）") == ("数据条例", word)
    assert series_key(f"数据条例（{word}）") == series_key("数据条例（征求意见稿）") == "数据条例"


def test_trial_words_are_a_status_only_in_brackets():
    assert split_status("某市管理办法（试行）") == ("某市管理办法", "试行")
    assert split_status("某市管理暂行办法") == ("某市管理暂行办法", None)
    assert series_key("科研项目经费管理暂行办法") != series_key("科研项目经费管理办法")


def test_edition_notes_are_no_status_but_revisions_of_one_law_share_a_series():
    assert split_status("上海市音像制品管理条例（2024年修订）")[1] is None
    assert series_key("上海市音像制品管理条例（2024年修订）") == series_key("上海市音像制品管理条例")
