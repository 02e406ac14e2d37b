"""A table at the top of a page is the document's, where a bar of links is the site's: the rows of a run of table
rows that holds a row of figures, and a metadata table's row that prints the page's title, are no web chrome."""

from __future__ import annotations

import re

from parsers.patterns import LINE_SPACES
from parsers.structure.lines import Line
from parsers.structure.titles import ends_with_doc_type

# a metadata table's row holding one value and empty cells (解读《X》 | |) under a row of its fields (所属机构: | 甲办 |)
_EMPTY_CELLS_END_RE = re.compile(rf"^(?P<value>[^|｜]*\S)(?:[{LINE_SPACES}]*[|｜]){{2,}}[{LINE_SPACES}]*$")
_FIELD_CELL_RE = re.compile(rf"[:：][{LINE_SPACES}]*[|｜]")
# a table's row of figures (78% | >90% | 5.5万元/人 |): cells a bar or a tab sets apart, each a number with its sign,
# unit or hedge; a site's bar of links or a breadcrumb (首页 > 新闻) holds words, not figures
_ROW_BAR_RE = re.compile(r"[|｜\t]")
_ROW_CELL_RE = re.compile(rf"[{LINE_SPACES}]*[|｜\t][{LINE_SPACES}]*")
_FIGURE_CELL_RE = re.compile(
    r"[<>≥≤＜＞约]?\d+(?:[.,]\d+)*(?:%|‰|[\u4e00-\u9fff]{1,4}(?:/[\u4e00-\u9fff]{1,2})?)?(?:左右|以上|以下)?"
)
_YEAR_CELL_RE = re.compile(r"(?:19|20)\d{2}年?")  # 2023年 | 2024年: a site's archive of years


def _figure_row(content: str) -> bool:
    """A table's row whose cells are figures, at least two and at least half of its cells (see _FIGURE_CELL_RE)."""
    if "|" not in content and "｜" not in content and "\t" not in content:
        return False
    cells = [c for c in _ROW_CELL_RE.split(content.strip(LINE_SPACES + "|｜")) if c]
    figures = [c for c in cells if _FIGURE_CELL_RE.fullmatch(c) and not _YEAR_CELL_RE.fullmatch(c)]
    return len(figures) >= 2 and 2 * len(figures) >= len(cells)


def table_runs(lines: list[Line], found: set[int]) -> set[int]:
    """The lines of ``found`` in a run of table rows (lines whose cells a bar or a tab sets apart, blank lines
    between them passing) that holds a row of figures: a table at the top of a page, its header and its rows, is
    the document's, where a bar of links is the site's."""
    out: set[int] = set()
    seen: set[int] = set()
    for i in sorted(found):
        if i in seen or not _ROW_BAR_RE.search(lines[i].content):
            continue
        run = _bar_run(lines, i, -1)[::-1] + _bar_run(lines, i + 1, 1)
        seen.update(run)
        if any(_figure_row(lines[k].content) for k in run):
            out.update(k for k in run if k in found)
    return out


def _bar_run(lines: list[Line], i: int, step: int) -> list[int]:
    """The lines from i on (step 1) or back (step -1) whose cells a bar or a tab sets apart, blank lines passing."""
    run = []
    while 0 <= i < len(lines):
        content = lines[i].content
        if content.strip():
            if not _ROW_BAR_RE.search(content):
                break
            run.append(i)
        i += step
    return run


def title_row(lines: list[Line], start: int, i: int) -> bool:
    """A page that prints its title in a cell of its metadata table, the row's other cells empty (所属机构: | 甲县政府办
    公室 | 发布机构: | / 解读《X》 | |): the title's row, not the page's bar of links."""
    cells = _EMPTY_CELLS_END_RE.match(lines[i].content)
    if cells is None or not ends_with_doc_type(cells.group("value")):
        return False
    above = next((lines[k].content for k in range(i - 1, start - 1, -1) if lines[k].content.strip()), "")
    return _FIELD_CELL_RE.search(above) is not None
