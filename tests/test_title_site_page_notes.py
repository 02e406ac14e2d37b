"""A collecting site's notes around the name it files a document under are the page's, not the title: 最新 before its
note of the full text (X规定最新【全文】, X条例最新全文) and an essay site's count of samples after its 范文
(X预案范文(精选6篇)). A title whose words before the note name no kind of document keeps them.

Texts are made up; the layouts are those of law-copy sites and essay sites.
"""

import pytest

from parsers.structure import parse_structure

_ARTICLES = "第一章 总则\n第一条 为了规范管理，制定本规定。\n第二条 本规定适用于本省行政区域。\n"
_PLAN = "1 总则\n1.1 编制目的\n为做好突发事件的应对工作，制定本预案。\n1.2 编制依据\n"


@pytest.mark.parametrize(
    ("head", "body", "title"),
    [
        ("甲省城市生活垃圾分类管理规定最新【全文】\n", _ARTICLES, "甲省城市生活垃圾分类管理规定"),
        ("乙市物业管理条例最新 (全文)\n", _ARTICLES, "乙市物业管理条例"),
        ("丙市养犬管理条例最新\n", _ARTICLES, "丙市养犬管理条例"),
        ("校园食品安全事故应急预案范文(精选6篇)\n", _PLAN, "校园食品安全事故应急预案"),
        ("城市燃气泄漏事故应急预案范文(精选9篇)\n", _PLAN, "城市燃气泄漏事故应急预案"),
        ("丁县防汛应急预案范文（推荐12篇）\n", _PLAN, "丁县防汛应急预案"),
    ],
)
def test_a_sites_note_around_the_name_is_dropped(head: str, body: str, title: str) -> None:
    assert parse_structure(head + body).title == title


def test_a_count_after_other_words_stays() -> None:
    # (the count's bracket drops only with a page note before it)
    assert parse_structure("戊市应急预案汇编(精选6篇)\n" + _PLAN).title != "戊市应急预案汇编"
