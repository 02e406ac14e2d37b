"""A newspaper's dateline (本报讯, 新华社北京5月6日电, 本报北京5月6日讯, （记者 张三）) opens the report, and never titles it: a
report stored without its headline is a fragment with no title. A headline that only holds a day and 电 in another
sense (…3月5日电视电话会议) is still a headline.

Texts are made up; the forms are those of newspapers.
"""

import pytest

from parsers.structure import parse_structure

_LEAD = "国务院办公厅日前印发《关于加强城乡供水保障的意见》。\n意见提出,到2035年,城乡供水一体化。\n"


@pytest.mark.parametrize(
    "dateline",
    [
        "新华社北京5月6日电\n",
        "（记者 张三）\n",
        "新华社北京5月6日电(记者 张三)\n",
        "新华社北京5月6日电 记者从水利部获悉\n",
        "本报北京5月6日讯 甲部近日印发通知\n",
        "新华社北京5月6日电 题:城乡供水保障迈上新台阶\n",
    ],
)
def test_a_dateline_titles_no_fragment(dateline: str) -> None:
    assert parse_structure(dateline + _LEAD).title is None


def test_a_headline_with_a_day_before_a_word_of_electricity_stays() -> None:
    doc = parse_structure("甲市召开5月6日电视电话会议\n本报讯 5月6日,甲市召开全市供水保障电视电话会议。\n")
    assert doc.title == "甲市召开5月6日电视电话会议"
