"""A page's metadata table read as cells: the organ a 发布机构 (发文机关, 制定机关, 颁布单位 …) cell names, in the
shapes the line-bound readers of parsers.structure.head and head_fields miss:

* a table row with bars: ``| 发布机构 | 甲市人民政府办公室 | 文 号 | 甲政办发〔2031〕2号 |``, ``发布机构: | 甲镇人民政府 |``;
* a label in brackets, a law database's record run on: ``•【制定机关】甲市人民政府•【公布日期】2031.07.24``,
  ``【发布部门】甲市政府【发文字号】…``, ``[ 发布机构 ] | 甲县乙镇 |``;
* a value set off by spaces before the next label: ``发布机构 甲市政府办 文 号``, ``发文机关:甲局 成文日期:…``,
  ``发布机构:  甲局 发布日期: …``; a label spelled out with spaces (``发 布 机 构``).

Read last, when nothing in the head named the body (head_fields.posting_field). The labels are the tables' own
(titles.toml posting_labels, organ_names' issuer labels, furniture.toml's metadata and record labels).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from parsers.patterns import LINE_SPACES, spaced_alternation
from parsers.structure.furniture import furniture_data
from parsers.structure.lines import Line
from parsers.structure.organ_names import ISSUER_LABELS
from parsers.structure.title_labels import titles_data

_SPACES = f"[{LINE_SPACES}]*"
_OPEN = "【\\[［"
_CLOSE = "】\\]］"
_CELL_EDGE = f"|｜•·{_OPEN}"  # what ends a cell's value: a bar, a bullet, the next bracketed label


@cache
def _cell_re() -> re.Pattern[str]:
    titles, furniture = titles_data(), furniture_data()
    issuer = [*titles["posting_labels"], *ISSUER_LABELS, *furniture["record"]["issuer_labels"]]
    following = [
        *issuer,
        *furniture["web"]["metadata_labels"],
        *furniture["record"]["labels"],
        *titles["doc_number_labels"],
        *titles["source_field_labels"],
    ]
    after_next = f"{_SPACES}[{_CLOSE}]?{_SPACES}(?:[:：|｜]|[{LINE_SPACES}]|$)"
    return re.compile(
        rf"(?:^|(?<=[\s|｜•·]))[{_OPEN}]?{_SPACES}(?:{spaced_alternation(issuer)}){_SPACES}[{_CLOSE}]?{_SPACES}[:：]?{_SPACES}"
        rf"(?:[|｜]{_SPACES})?(?P<value>[^{_CELL_EDGE}:：\n]{{2,60}}?){_SPACES}"
        rf"(?=[{_CELL_EDGE}]|$|(?<=[{LINE_SPACES}])(?:{spaced_alternation(following)}){after_next}"
        rf"|(?:{spaced_alternation(following)}){_SPACES}[{_CLOSE}]?{_SPACES}[:：])"
    )


# 甲局(已撤销), 甲局（乙局）: a note or a second name in brackets after the organ
_BRACKETED_TAIL_RE = re.compile(r"[（(][^（）()]{2,20}[）)]$")


def cell_organ(head: list[Line], is_organ: Callable[[str], object]) -> str | None:
    """The organ the first issuer cell of the head's metadata table names (one ``is_organ`` accepts): the value
    without a bracketed note after it (甲局(已撤销)), else as written; a value the table doubles (甲局 甲局) once."""
    cell = _cell_re()
    for line in head:
        for m in cell.finditer(line.content.strip()):
            parts = m.group("value").split()
            value = parts[0] if len(set(parts)) == 1 else m.group("value").strip()
            for organ in (_BRACKETED_TAIL_RE.sub("", value), value):
                if organ and is_organ(organ):
                    return organ
    return None
