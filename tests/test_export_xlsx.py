"""`zhengce export OUT --xlsx FILE`: the workbook read back with openpyxl, as Excel would show it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from flows.cli import main
from outputs.dataset import commit
from parsers.pipeline import parse_path
from revisions.compare import compare

SHEETS = [
    "文件 documents",
    "金额 money",
    "比例 ratios",
    "目标 targets",
    "数值变化 value_changes",
    "说明 about",
]


@pytest.fixture(scope="module")
def workbook(tmp_path_factory, seed_path):
    folder = tmp_path_factory.mktemp("xlsx")
    old = parse_path(seed_path)
    new = parse_path(seed_path.parent.parent / "revisions" / "kunming_keji_2024_xdg.txt")
    commit(folder / "out", [old, new], diffs=[compare(old, new)])
    path = folder / "policies.xlsx"
    assert main(["export", str(folder / "out"), "--xlsx", str(path)]) == 0
    return openpyxl.load_workbook(path)


def rows_of(sheet) -> list[dict]:
    values = list(sheet.iter_rows(values_only=True))
    names = [header.split("\n")[-1] for header in values[0]]
    return [dict(zip(names, row, strict=True)) for row in values[1:]]


def column_of(sheet, name: str) -> str:
    for cell in sheet[1]:
        if cell.value.split("\n")[-1] == name:
            return cell.column_letter
    raise KeyError(name)


def test_one_sheet_per_table_with_chinese_and_english_headers(workbook):
    assert workbook.sheetnames == SHEETS
    money = workbook["金额 money"]
    headers = [cell.value for cell in money[1]]
    assert headers[:6] == [
        "文件标题\ndoc_title",
        "条款路径\nprovision_path",
        "条款标题\nprovision_heading",
        "原文\nsurface",
        "下限（元）\nlow",
        "上限（元）\nhigh",
    ]
    # the meaning, null convention included, is on the header itself
    assert "coalesce(high, low)" in money["E1"].comment.text


def test_frozen_header_and_filter_over_every_row(workbook):
    for name in SHEETS[:-1]:
        sheet = workbook[name]
        assert sheet.freeze_panes == "A2", name
        last_column = sheet[1][-1].column_letter
        assert sheet.auto_filter.ref == f"A1:{last_column}{sheet.max_row}", name


def test_money_numbers_are_numbers_in_document_order(workbook):
    money = workbook["金额 money"]
    rows = rows_of(money)
    assert len(rows) == 73  # seed 36 + revision 37
    # in the seed it is in (六); the revision renumbered it (五)
    capped = next(r for r in rows if r["surface"] == "不超过500万元" and r["provision_label"] == "(六)")
    assert capped["high"] == 5_000_000 and isinstance(capped["high"], (int, float))
    assert capped["low"] is None  # a max has no lower bound: an empty cell
    assert capped["provision_path"] == "三、 › (六)" and capped["provision_heading"] == "增强企业创新实力"
    assert capped["provision_ordinal"] == 6
    assert isinstance(capped["one_off"], bool)
    # per document, provisions in document order: (十一) after (二), though it sorts before it as text
    for doc_id in {r["doc_id"] for r in rows}:
        ordinals = [
            r["provision_ordinal"] for r in rows if r["doc_id"] == doc_id and r["provision_kind"] == "measure"
        ]
        assert ordinals == sorted(ordinals)
    high = column_of(money, "high")
    assert money[f"{high}2"].number_format == "#,##0"


def test_ratios_show_as_percentages_of_their_fraction(workbook):
    ratios = workbook["比例 ratios"]
    rows = rows_of(ratios)
    subsidy = next(r for r in rows if r["surface"] == "20%")
    assert subsidy["value"] == pytest.approx(0.2)
    column = column_of(ratios, "value")
    row = 2 + rows.index(subsidy)
    assert ratios[f"{column}{row}"].number_format == "0%"
    fine = next(i for i, r in enumerate(rows) if r["surface"] == "1.15%")
    assert ratios[f"{column}{fine + 2}"].number_format == "0.00%"


def test_documents_have_dates_as_dates_in_beijing_time(workbook):
    (seed, *_) = [r for r in rows_of(workbook["文件 documents"]) if r["status"] == "征求意见稿"]
    assert seed["comment_deadline"] == datetime(2024, 12, 26, 17, 0)
    assert seed["published"] == datetime(2024, 12, 20, 14, 5, 5)
    assert seed["contact_email"] == "km999@163.com"
    assert isinstance(seed["n_chars"], int)
    assert "text" not in seed  # the full text does not fit a cell; it is in the Parquet table


def test_value_changes_say_where_and_what(workbook):
    sheet = workbook["数值变化 value_changes"]
    rows = rows_of(sheet)
    assert len(rows) == 7
    changed = next(r for r in rows if r["old_surface"] == "不超过100万元")
    assert (changed["old_high"], changed["new_high"]) == (1_000_000, 2_000_000)
    assert changed["new_provision_path"] == "一、 › (一)"
    ratio = next(r for r in rows if r["field"] == "ratio")
    index = rows.index(ratio) + 2
    assert (ratio["old_value"], ratio["new_value"]) == (pytest.approx(0.2), pytest.approx(0.3))
    assert sheet[f"{column_of(sheet, 'new_value')}{index}"].number_format == "0%"


def test_widths_follow_the_content(workbook):
    money = workbook["金额 money"]
    heading = money.column_dimensions[column_of(money, "provision_heading")].width
    kind = money.column_dimensions[column_of(money, "kind")].width
    assert heading > kind >= 6
    assert heading <= 50


def test_the_about_sheet_explains_every_column(workbook):
    rows = list(workbook["说明 about"].iter_rows(min_row=2, values_only=True))
    low = next(r for r in rows if r[0] == "金额 money" and r[1] == "low")
    assert low[2] == "下限（元）" and "Null for a max" in low[3]
    described = {(r[0], r[1]) for r in rows if r[1]}
    for name in SHEETS[:-1]:
        headers = [c.value.split("\n")[-1] for c in workbook[name][1]]
        assert {(name, h) for h in headers} <= described


def test_an_empty_dataset_gives_sheets_with_headers(tmp_path):
    commit(tmp_path / "out", [])
    path = tmp_path / "empty.xlsx"
    assert main(["export", str(tmp_path / "out"), "--xlsx", str(path)]) == 0
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == SHEETS
    assert book["金额 money"].max_row == 1


def test_bad_destinations_get_one_line_and_leave_no_file(tmp_path, capsys, seed_path):
    commit(tmp_path / "out", [parse_path(seed_path)])
    assert main(["export", str(tmp_path / "out"), "--xlsx", str(tmp_path / "no" / "x.xlsx")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot write the workbook" in err
    assert main(["export", str(tmp_path / "missing"), "--xlsx", str(tmp_path / "x.xlsx")]) == 2
    assert "no zhengce tables" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "out")]) == 2
    assert sorted(p.name for p in Path(tmp_path).iterdir()) == ["out"]
