"""The tables an analyst reads, as one Excel workbook (XlsxWriter).

One sheet per table: documents, money (amounts in yuan with their recipients), ratios, targets
and value changes, plus a sheet that says what every column means. Each sheet is a query over
the DuckDB views of OUT (outputs/sql.py), in document order: by document, then provision
(``provision_seq``), then position in the text.

Headers carry the Chinese name over the column name (``下限（元）`` / ``low``), so a sheet reads in
Chinese and still maps to the Parquet column; hovering a header shows what it means and how its
nulls read. Numbers are numbers (yuan with thousands separators, fractions shown as percent,
counts as integers), times are Excel dates in Beijing time, booleans are TRUE/FALSE and a null is
an empty cell. The header row is frozen and filtered; widths follow the content (a CJK character
counts two). A table longer than Excel's 1,048,576 rows goes on to a second sheet ("金额 money 2").
The workbook is written under another name and renamed into place: no half-written file.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from outputs.columns import column_doc, table_doc
from outputs.sql import connect

EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_STRING = 32_767
MIN_WIDTH, MAX_WIDTH = 6, 48
WIDTH_SAMPLE_ROWS = 500  # widths come from the header and the first rows
FETCH_ROWS = 10_000

YUAN = "#,##0"
YUAN_CENTS = "#,##0.00"
DATETIME = "yyyy-mm-dd hh:mm"
DATE = "yyyy-mm-dd"
INTEGER = "0"
NUMBER = "General"


@dataclass(frozen=True)
class Sheet:
    name: str  # the tab: Chinese, then the table's name
    table: str
    columns: tuple[str, ...]  # in this order; those the table does not have (yet) are left out
    order_by: str


# a fact row starts with where it is (document, provision) and ends with the ids that locate it
_FACT_LEAD = ("doc_title", "provision_path", "provision_heading")
_WHERE_COLUMNS = (
    "path",
    "provision_kind",
    "provision_label",
    "provision_ordinal",
    "doc_id",
    "provision_id",
    "node_id",
    "char_start",
    "char_end",
)
_FACT_ORDER = "doc_title, doc_id, provision_seq, char_start"

SHEETS: tuple[Sheet, ...] = (
    Sheet(
        "文件 documents",
        "documents",
        (
            "title",
            "status",
            "issuer",
            "doc_number",
            "published",
            "comment_deadline",
            "contact_name",
            "contact_phone",
            "contact_email",
            "notice_title",
            "series",
            "source",
            "format",
            "n_chars",
            "doc_id",
            "parser_version",
        ),
        "published NULLS LAST, title, doc_id",
    ),
    Sheet(
        "金额 money",
        "money",
        (
            *_FACT_LEAD,
            "surface",
            "low",
            "high",
            "kind",
            "role",
            "instrument",
            "recipient",
            "one_off",
            "period",
            "qualifier",
            *_WHERE_COLUMNS,
        ),
        _FACT_ORDER,
    ),
    Sheet(
        "比例 ratios",
        "ratios",
        (
            *_FACT_LEAD,
            "surface",
            "value",
            "high",
            "kind",
            "form",
            "role",
            "qualifier",
            *_WHERE_COLUMNS,
        ),
        _FACT_ORDER,
    ),
    Sheet(
        "目标 targets",
        "targets",
        (
            *_FACT_LEAD,
            "year",
            "metric",
            "value",
            "low",
            "high",
            "unit",
            "kind",
            "value_yuan",
            "value_fraction",
            "surface",
            *_WHERE_COLUMNS,
        ),
        _FACT_ORDER,
    ),
    Sheet(
        "数值变化 value_changes",
        "value_changes",
        (
            "new_title",
            "field",
            "change",
            "role",
            "old_provision_path",
            "new_provision_path",
            "new_provision_heading",
            "old_surface",
            "new_surface",
            "old_low",
            "old_high",
            "old_value",
            "new_low",
            "new_high",
            "new_value",
            "unit",
            "metric",
            "recipient",
            "instrument",
            "old_path",
            "new_path",
            "old_title",
            "old_doc_id",
            "new_doc_id",
            "old_node_id",
            "new_node_id",
        ),
        "new_title, new_doc_id, old_doc_id, coalesce(new_provision_seq, old_provision_seq), "
        "coalesce(new_node_id, old_node_id)",
    ),
)

# how a number is shown, by table and column; value_changes decides by the row's field
_YUAN_COLUMNS = {("money", "low"), ("money", "high"), ("targets", "value_yuan")}
_FRACTION_COLUMNS = {("ratios", "value"), ("ratios", "high"), ("targets", "value_fraction")}
_CHANGE_VALUES = {"old_low", "old_high", "old_value", "new_low", "new_high", "new_value"}


class ExportError(Exception):
    """The workbook could not be written."""


def _display_width(value: object) -> int:
    text = value if isinstance(value, str) else _shown(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:g}"
    if isinstance(value, datetime):
        return DATETIME  # as wide as what Excel shows
    return str(value)


def _percent_format(value: float) -> str:
    """20% rather than 20.00%, 1.15% rather than 1%: as many decimals as the value has (up to 4)."""
    for decimals in range(5):
        if round(value * 100, decimals) == round(value * 100, 10):
            return "0%" if decimals == 0 else f"0.{'0' * decimals}%"
    return "0.0000%"


def _yuan_format(value: float) -> str:
    return YUAN if float(value).is_integer() else YUAN_CENTS


def _number_format(table: str, column: str, row: dict) -> Callable[[float], str] | str:
    if (table, column) in _YUAN_COLUMNS:
        return _yuan_format
    if (table, column) in _FRACTION_COLUMNS:
        return _percent_format
    if table == "value_changes" and column in _CHANGE_VALUES:
        field = row.get("field")
        return _yuan_format if field == "money" else _percent_format if field == "ratio" else NUMBER
    return NUMBER


class _Writer:
    """Formats are made once per number format; XlsxWriter needs one object per distinct format."""

    def __init__(self, workbook) -> None:
        self.workbook = workbook
        self.formats: dict[str, object] = {}
        self.header = workbook.add_format(
            {"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#DDEBF7", "bottom": 1}
        )

    def number_format(self, pattern: str):
        if pattern not in self.formats:
            self.formats[pattern] = self.workbook.add_format({"num_format": pattern})
        return self.formats[pattern]

    def cell(self, sheet, row: int, col: int, value, table: str, column: str, record: dict) -> None:
        if value is None:
            return  # an empty cell: what a null is
        if isinstance(value, bool):
            sheet.write_boolean(row, col, value)
        elif isinstance(value, int):
            sheet.write_number(row, col, value, self.number_format(INTEGER))
        elif isinstance(value, float):
            pattern = _number_format(table, column, record)
            pattern = pattern(value) if callable(pattern) else pattern
            sheet.write_number(row, col, value, self.number_format(pattern))
        elif isinstance(value, datetime):
            # Excel has no time zones: the DuckDB session gives Beijing time, written as it reads
            sheet.write_datetime(row, col, value.replace(tzinfo=None), self.number_format(DATETIME))
        elif isinstance(value, date):
            sheet.write_datetime(row, col, value, self.number_format(DATE))
        else:
            text = str(value)
            if len(text) > EXCEL_MAX_STRING:
                text = text[: EXCEL_MAX_STRING - 1] + "…"
            sheet.write_string(row, col, text)


def _present_columns(con, sheet: Sheet) -> list[str]:
    names = {row[0] for row in con.execute(f'DESCRIBE "{sheet.table}"').fetchall()}
    return [c for c in sheet.columns if c in names]


def _header(table: str, column: str) -> tuple[str, str | None]:
    doc = column_doc(table, column)
    return (f"{doc.zh}\n{column}" if doc else column), (doc.en if doc else None)


def _write_sheet(workbook, writer: _Writer, con, sheet: Sheet) -> int:
    columns = _present_columns(con, sheet)
    cursor = con.execute(f'SELECT {", ".join(columns)} FROM "{sheet.table}" ORDER BY {sheet.order_by}')
    batch = cursor.fetchmany(FETCH_ROWS)
    widths = [
        max(
            [max(_display_width(line) for line in _header(sheet.table, c)[0].split("\n"))]
            + [_display_width(row[i]) for row in batch[:WIDTH_SAMPLE_ROWS]]
        )
        for i, c in enumerate(columns)
    ]
    part, total, ws, row_index = 0, 0, None, 0

    def new_sheet():
        nonlocal part, ws, row_index
        if ws is not None:
            ws.autofilter(0, 0, row_index, len(columns) - 1)
        part += 1
        ws = workbook.add_worksheet(sheet.name if part == 1 else f"{sheet.name} {part}"[:31])
        for col, (name, width) in enumerate(zip(columns, widths, strict=True)):
            ws.set_column(col, col, max(MIN_WIDTH, min(MAX_WIDTH, width + 2)))
            label, description = _header(sheet.table, name)
            ws.write_string(0, col, label, writer.header)
            if description:
                ws.write_comment(0, col, description, {"x_scale": 2, "y_scale": 1.5})
        ws.set_row(0, 32)
        ws.freeze_panes(1, 0)
        row_index = 0

    new_sheet()
    while batch:
        for values in batch:
            if row_index + 1 >= EXCEL_MAX_ROWS:
                new_sheet()
            row_index += 1
            record = dict(zip(columns, values, strict=True))
            for col, value in enumerate(values):
                writer.cell(ws, row_index, col, value, sheet.table, columns[col], record)
            total += 1
        batch = cursor.fetchmany(FETCH_ROWS)
    ws.autofilter(0, 0, row_index, len(columns) - 1)
    return total


def _write_about(workbook, writer: _Writer, sheets: Sequence[tuple[Sheet, list[str]]]) -> None:
    ws = workbook.add_worksheet("说明 about")
    headers = ("工作表\nsheet", "列\ncolumn", "中文\nheader", "含义\nmeaning")
    for col, (label, width) in enumerate(zip(headers, (24, 24, 16, 110), strict=True)):
        ws.set_column(col, col, width)
        ws.write_string(0, col, label, writer.header)
    ws.set_row(0, 32)
    ws.freeze_panes(1, 0)
    wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
    row = 0
    for sheet, columns in sheets:
        row += 1
        ws.write_string(row, 0, sheet.name)
        ws.write_string(row, 3, table_doc(sheet.table), wrap)
        for column in columns:
            doc = column_doc(sheet.table, column)
            row += 1
            ws.write_string(row, 0, sheet.name)
            ws.write_string(row, 1, column)
            ws.write_string(row, 2, doc.zh if doc else "")
            ws.write_string(row, 3, doc.en if doc else "", wrap)
    ws.autofilter(0, 0, row, len(headers) - 1)


def export_workbook(out: str | Path, path: str | Path) -> dict[str, int]:
    """Write the workbook of ``out``'s tables to ``path``; returns rows written per sheet."""
    import xlsxwriter

    path = Path(path)
    if not path.parent.is_dir():
        raise ExportError(f"no folder {path.parent}")
    if path.is_dir():
        raise ExportError("is a folder")
    temp = path.with_name(f".{path.name}.tmp-{os.getpid()}.xlsx")
    con = connect(out)
    counts: dict[str, int] = {}
    try:
        workbook = xlsxwriter.Workbook(str(temp), {"constant_memory": True, "strings_to_numbers": False})
        workbook.set_properties({"title": "zhengce", "comments": f"Tables of {Path(out).resolve()}"})
        writer = _Writer(workbook)
        written = []
        for sheet in SHEETS:
            counts[sheet.name] = _write_sheet(workbook, writer, con, sheet)
            written.append((sheet, _present_columns(con, sheet)))
        _write_about(workbook, writer, written)
        try:
            workbook.close()
        except xlsxwriter.exceptions.FileCreateError as error:  # wraps the OSError of opening the file
            cause = error.args[0] if error.args else error
            raise ExportError(getattr(cause, "strerror", None) or str(cause)) from error
        os.replace(temp, path)
    except Exception:
        temp.unlink(missing_ok=True)
        raise
    finally:
        con.close()
    return counts
