"""A news headline may end in 现场 (直击…现场, 探访…现场, 走进…建设现场): with its dateline right under it, it is the
page's headline, also under the page's chrome. A photo's caption ending so (新闻发布会现场) is told apart by where it
stands, between a headline and its news lead (tests/test_title_news_lead_blank.py), not by its last words.

Texts are made up.
"""

import pytest

from parsers.structure import parse_structure

_DATELINE = "2031-07-12 09:30 来源:甲市日报"
_LEAD = (
    "本报讯 7月11日晚，甲市遭遇强降雨，全市各部门连夜投入抢险，转移群众300余人。\n"
    "记者在堤坝上看到，抢险队员正在装运沙袋、加固堤身。\n"
)


@pytest.mark.parametrize(
    ("chrome", "headline"),
    [
        ("首页 > 要闻 > 本地新闻", "直击全市防汛抢险现场"),
        ("当前位置：首页 > 乡村振兴", "走进乙县乡村振兴示范点建设现场"),
        ("首页 | 新闻中心 | 图片新闻", "探访丙区老旧小区改造施工现场"),
    ],
)
def test_a_headline_ending_in_scene_under_a_breadcrumb(chrome: str, headline: str) -> None:
    text = f"{chrome}\n{headline}\n{_DATELINE}\n{_LEAD}"
    assert parse_structure(text).title == headline


@pytest.mark.parametrize(
    ("chrome", "headline"),
    [
        ("甲市新闻网欢迎您", "直击全市防汛抢险现场"),
        ("下载客户端\n", "走进乙县乡村振兴示范点建设现场"),
        ("澳门资料大全免费公开", "探访丙区老旧小区改造施工现场"),
    ],
)
def test_a_headline_ending_in_scene_under_a_chrome_line_is_kept(chrome: str, headline: str) -> None:
    # a chrome line that reads as a headline's first line is joined to it as to any headline (…抢险一线 alike); the
    # headline itself is never dropped for its last word
    text = f"{chrome}\n{headline}\n{_DATELINE}\n{_LEAD}"
    assert parse_structure(text).title.endswith(headline)


@pytest.mark.parametrize(
    "headline",
    ["直击全市防汛抢险现场", "探访丁县高标准农田建设现场"],
)
def test_a_headline_ending_in_scene_over_its_dateline(headline: str) -> None:
    text = f"{headline}\n{_DATELINE}\n{_LEAD}"
    assert parse_structure(text).title == headline
