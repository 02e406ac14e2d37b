"""An order's header is the frame of the regulation it promulgates: the regulation's title follows the order.

The layout of a government order (``甲市人民政府令`` / ``第3号`` / ``《X办法》已经…会议通过，现予公布，自…施行。`` /
``市长 某某`` / date / ``X办法`` / 第一条 …): when the head gives the order's header as the only title (a line naming no
kind of document, head_rank), the title is the first line naming a kind that follows the order, past its number, its
note of promulgation, its signature and date. Any other prose before such a line ends the search: the text is the
order itself (an order that is its own text keeps its header).
"""

from __future__ import annotations

import re

from parsers.structure.head_rank import is_decree_header, names_kind
from parsers.structure.lines import Line
from parsers.structure.title_group import title_group
from parsers.structure.titles import is_body_line, squeeze

ORDER_WINDOW = 30  # lines past the order's header where the regulation's title stands
# 关于X的令: the order's own title under its header and number (an order that is its own text, titled)
_OWN_ORDER_RE = re.compile(r"^关于.+的令$")
# the note that promulgates: 现予公布, 予以公布, 现予发布, 公布施行, 自公布之日起施行
_PROMULGATION_RE = re.compile(r"(?:现予|予以)(?:公布|发布)|公布施行|自公布之日起施行")


def order_title(lines: list[Line], text: str) -> str | None:
    """The title of the regulation an order promulgates, past the order's header, number, note and signature."""
    header = next((k for k, line in enumerate(lines) if is_decree_header(squeeze(line.content))), None)
    if header is None:
        return None
    promulgated = False
    for k in range(header + 1, min(len(lines), header + ORDER_WINDOW)):
        line = lines[k]
        if line.is_furniture:
            continue
        if _PROMULGATION_RE.search(line.content):
            promulgated = True  # the order's note: the title comes after its signature
            continue
        if is_body_line(line, text):
            if promulgated:
                continue
            return None  # prose before any note of promulgation: the order is its own text
        group = title_group(lines, k, text)
        if promulgated and group is not None and names_kind(group):
            return group.text
        if not promulgated and group is not None and _OWN_ORDER_RE.search(squeeze(group.text)):
            return group.text  # 甲省总林长令 / 第一号 / 关于X的令: the order's own title, before its text
    return None
