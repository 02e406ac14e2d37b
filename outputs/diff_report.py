"""OUT/diffs/<old_doc_id>__<new_doc_id>.json, .html and .docx: a comparison as data, as a page, as Word.

The JSON is the RevisionDiff itself; the HTML is the 新旧对照表 a reader opens in a browser
(outputs/report_html.py); the Word file is the two-column 对照表 drafting offices edit and forward
(outputs/report_docx.py). Every file is written to a temporary name and renamed into place.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from outputs.report_docx import write_docx
from outputs.report_html import render_html
from parsers.model import Document
from revisions.model import RevisionDiff

DIFFS_DIR = "diffs"


class ReportPaths(NamedTuple):
    json: Path
    html: Path
    docx: Path


def diff_paths(out: str | Path, diff: RevisionDiff) -> tuple[Path, Path]:
    """(JSON, HTML) paths of a diff under OUT/diffs/."""
    paths = report_paths(out, diff)
    return paths.json, paths.html


def report_paths(out: str | Path, diff: RevisionDiff) -> ReportPaths:
    stem = f"{diff.old_doc_id}__{diff.new_doc_id}"
    folder = Path(out) / DIFFS_DIR
    return ReportPaths(folder / f"{stem}.json", folder / f"{stem}.html", folder / f"{stem}.docx")


def write_atomic(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(temp, "w", encoding="utf-8") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)


def write_diff_report(
    out: str | Path, diff: RevisionDiff, old_doc: Document, new_doc: Document
) -> ReportPaths:
    """Write the diff's JSON, its HTML 新旧对照表 and its Word 对照表 under OUT/diffs/."""
    paths = report_paths(out, diff)
    write_atomic(paths.json, diff.model_dump_json(indent=1))
    write_atomic(paths.html, render_html(diff, old_doc, new_doc))
    temp = paths.docx.with_name(f".{paths.docx.name}.tmp-{os.getpid()}")
    write_docx(temp, diff, old_doc, new_doc)
    os.replace(temp, paths.docx)
    return paths
