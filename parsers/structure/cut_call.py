"""A call's headline cut inside the draft's name, the quote closed where the cut fell: 乙厅关于公开征求《乙省X产业提升》
over a body that names 《乙省X产业提升三年行动计划（征求意见稿）》.

A call names its draft after the asking verb and goes on to 意见 (…征求《X》意见的公告); a headline that stops at the
quote's close right after the verb is cut, and the page closed the quote for it (a “ in the name ends many sites'
titles). The body's full name of the same draft — quoted, opening with the cut name, longer, and a name of a kind of
document once its stage is set apart — is the title; the headline stays the notice's.
"""

from __future__ import annotations

import re

from parsers.status import split_status
from parsers.structure.covering import ASKING
from parsers.structure.lines import Line, squeeze
from parsers.structure.titles import ends_with_doc_type

BODY_LINES = 8  # the body names the draft in its first paragraphs
_CUT_NAME_RE = re.compile(rf"关于(?:向社会)?(?:公开)?{ASKING}(?:对)?《(?P<name>[^《》]{{4,}})》$")
_QUOTED_RE = re.compile(r"《(?P<name>[^《》]+)》")


def cut_call_name(title: str | None, paragraphs: list[Line]) -> tuple[str, str | None] | None:
    """(the draft's full name, its stage) when ``title`` is a call's headline cut inside the draft's name."""
    m = _CUT_NAME_RE.search(squeeze(title or ""))
    if m is None:
        return None
    cut = m.group("name")
    for line in paragraphs[:BODY_LINES]:
        for quoted in _QUOTED_RE.finditer(squeeze(line.content)):
            full = quoted.group("name")
            name, stage = split_status(full)
            if full.startswith(cut) and len(name) > len(cut) and ends_with_doc_type(name):
                return name, stage
    return None
