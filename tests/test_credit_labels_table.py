"""A news credit's labels are one table (titles.toml source_credit_labels, person_credit_labels), read by the headline's
credit line and dateline, a page field's repost credit and a chrome line of a person's label and names: each reads
every label, simplified or traditional."""

import pytest

from parsers.structure.headline import _CREDIT_LINE_RE, is_dateline
from parsers.structure.titles import CREDIT_LABELS
from parsers.structure.weak_line import is_chrome_line


@pytest.mark.parametrize("line", ["責編:甲乙", "责编：丙丁", "摄影:戊己", "通訊員:庚辛", "稿件来源:甲日报"])
def test_a_credit_line_under_a_headline(line: str) -> None:
    assert _CREDIT_LINE_RE.match(line) is not None


@pytest.mark.parametrize("line", ["2031-03-02 來源:甲日報", "2031年3月2日 作者:乙丙"])
def test_a_dateline_with_a_credit(line: str) -> None:
    assert is_dateline(line)


@pytest.mark.parametrize("label", ["來源", "責任編輯", "记者"])
def test_a_repost_credit_label(label: str) -> None:
    assert label in CREDIT_LABELS


@pytest.mark.parametrize("line", ["作者 王小甲", "本报记者 李乙 张丙", "責編 赵丁"])
def test_a_person_credit_line_is_chrome(line: str) -> None:
    assert is_chrome_line(line)


def test_a_source_word_with_a_name_is_no_chrome_line() -> None:
    assert not is_chrome_line("数据来源说明")
