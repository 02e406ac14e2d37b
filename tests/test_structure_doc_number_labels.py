"""One table of 文号 labels (titles.toml doc_number_labels, round 26) read by both readers of a head's 文号: a page's
metadata field anywhere in a head line (发文字号：X, 备注/文号:X, 【字号】X) and a law database's numbered record field
at the text's top (6. [发文字号] X). Every label of the table is read by both, however the page writes it."""

from __future__ import annotations

import pytest

from parsers.structure import parse_structure
from parsers.structure.head_number import DOC_NUMBER_FIELD_RE, _record_field
from parsers.structure.title_labels import titles_data

LABELS = titles_data()["doc_number_labels"]
NUMBER = "甲政办发〔2031〕12号"


def test_the_table_holds_the_labels_both_readers_knew() -> None:
    assert {"发文字号", "备注/文号", "文件编号", "发文号", "文号", "字号"} <= set(LABELS)


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize(
    "written", ["{label}：{number}", "{label}: {number}", "【{label}】{number}", "{label}|{number}"]
)
def test_the_field_reader_reads_every_label(label: str, written: str) -> None:
    line = written.format(label=label, number=NUMBER).replace(" ", "")  # the reader sees the line squeezed
    found = DOC_NUMBER_FIELD_RE.search(line)
    assert found is not None and found.group("number") == NUMBER


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize(
    "written", ["6. [{label}] {number}", "3．【{label}】{number}", "  12、[ {label} ]  {number}"]
)
def test_the_record_reader_reads_every_label(label: str, written: str) -> None:
    text = (
        "1. [标题] 甲市人民政府办公室关于做好防汛工作的通知\n"
        + written.format(label=label, number=NUMBER)
        + "\n"
    )
    assert _record_field(text) == NUMBER


@pytest.mark.parametrize("label", LABELS)
def test_a_record_page_gives_its_number_under_every_label(label: str) -> None:
    text = (
        "1. [标题] 甲市人民政府办公室关于做好防汛工作的通知\n"
        f"2. [{label}] {NUMBER}\n"
        "3. [发布日期] 2031-05-06\n"
        "甲市人民政府办公室关于做好防汛工作的通知\n各区人民政府：现就有关事项通知如下。\n"
    )
    assert parse_structure(text).doc_number == NUMBER
