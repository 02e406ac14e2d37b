"""A headline that reports how a call for comments on a draft went names the draft with its stage, then the report
(《X办法》（征求意见稿）意见征集结果, 《Y规定》（征求意见稿）意见建议采纳情况): the stage is the quoted draft's, the title
the report's as written, and the page has no status. A call itself (《X》（征求意见稿）公开征求意见) and a headline about
the draft (《X条例》（征求意见稿）公布) still give the draft its stage.

Texts are made up; the forms are those of county sites' result pages.
"""

import pytest

from parsers.status import split_status


@pytest.mark.parametrize(
    "title",
    [
        "《甲市城市照明管理办法》(征求意见稿)意见征集结果",
        "《乙县养犬管理规定》（征求意见稿）意见建议采纳情况",
        "关于《丙区生活垃圾分类工作方案》（草案）公众意见征集结果",
        "《丁市物业管理条例》（征求意见稿）征求意见结果",
    ],
)
def test_a_report_on_a_call_keeps_the_drafts_stage(title: str) -> None:
    assert split_status(title) == (title.replace(" ", ""), None)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "《甲市城市照明管理办法》（征求意见稿）公开征求意见",
            ("《甲市城市照明管理办法》公开征求意见", "征求意见稿"),
        ),
        ("《乙市物业管理条例》（征求意见稿）公布", ("《乙市物业管理条例》公布", "征求意见稿")),
    ],
)
def test_a_call_or_a_headline_on_the_draft_gives_its_stage(title: str, expected: tuple[str, str]) -> None:
    assert split_status(title) == expected
