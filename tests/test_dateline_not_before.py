"""A dateline's 电 (据新华社北京3月9日电, 本报乙城6月8日电) is never the first character of a word after the day (…日电视电话
会议, …日电价): both the news lead and a paper's placed dateline read the words that may follow it from one table,
titles.toml dateline_not_before (parsers/structure/headline.py). Lines made up."""

import pytest

from parsers.structure.headline import is_news_lead, opens_report


@pytest.mark.parametrize(
    "line",
    [
        "据乙县融媒网5月6日电 乙县近日印发通知",
        "据丙社北京3月9日電 國務院日前印發意見",
    ],
)
def test_an_agency_dateline_is_a_news_lead(line: str) -> None:
    assert is_news_lead(line)
    assert opens_report(line)


@pytest.mark.parametrize(
    "line",
    [
        "甲市政府网5月6日电视电话会议精神传达提纲",
        "据乙县融媒网5月6日电价调整听证会公告",
        "丙省能源网3月9日電網檢修計劃",
    ],
)
def test_a_day_before_a_word_that_opens_with_dian_is_no_news_lead(line: str) -> None:
    assert not is_news_lead(line)
    assert not opens_report(line)


def test_a_papers_placed_dateline_reads_the_same_table() -> None:
    assert opens_report("本报乙城6月8日电 甲部近日印发通知")
    assert not opens_report("本报乙城6月8日电梯安全检查通报")
