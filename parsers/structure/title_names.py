"""Names of documents compared: a title line and a name quoted elsewhere (《X》) name one document when they are
equal without status, spaces, brackets and quotes, or when the title puts a place before the name. A title read
without the period its notice quotes it with (X实施意见 / 《X实施意见（2031-2035年）》, the heading's period lost or
garbled on its own line) takes the period: a period is part of a name. So is an edition: a title read from another
line of the page (a headline, a file name, a call's 《》) takes the edition that stands on a bracket line of its own under
the document's own heading (X预案 / （2015修编版）, X办法 / （2023年版）（征求意见稿）), or on the heading printed again
right under it with the bracket (X规划 / X规划（2031—2040年）)."""

from __future__ import annotations

import re

from parsers.list_markers import PAGE_BULLETS
from parsers.status import split_status, strip_status
from parsers.structure.lines import Line
from parsers.structure.title_labels import names_period, names_title_part
from parsers.structure.titles import rules, squeeze

_NAME_NOISE_RE = re.compile(r"[\s\u3000（()）《》〈〉“”\"'‘’·【】\[\]]")
_BRACKET_GROUP_RE = re.compile(r"[（(〔【\[][^（()）〔〕【】\[\]]*[）)〕】\]]")


def document_key(name: str) -> str:
    """What two mentions of one document share: 《X规划（2022-2030）（征求意见稿）》 and 《X规划》 name one."""
    return normalise_name(_BRACKET_GROUP_RE.sub("", name))


def normalise_name(title: str) -> str:
    """A title as compared with a name quoted elsewhere: no status, spaces, brackets or quotes."""
    return _NAME_NOISE_RE.sub("", strip_status(title))


def names_match(candidate: str, name: str) -> bool:
    """A title line names the quoted document: equal, or with a place before it (昆明市 + 滇池北岸…办法)."""
    got, wanted = normalise_name(candidate), normalise_name(name)
    if not got or not wanted:
        return False
    if got == wanted:
        return True
    longer, shorter = (got, wanted) if len(got) > len(wanted) else (wanted, got)
    prefix = longer[: len(longer) - len(shorter)]
    return (
        len(shorter) >= 6
        and longer.endswith(shorter)
        and len(prefix) <= 12
        and "关于" not in prefix
        and not rules().issuing_verb.search(prefix)
    )


_QUOTED_RE = re.compile(r"《(?P<name>[^《》]+)》")
_PERIOD_RE = re.compile(r"\s*[（(]\s*(?:19|20)\d{2}\s*[-—–－~～至到]{1,2}\s*(?:19|20)\d{2}\s*年?\s*[）)]")


def with_quoted_period(title: str | None, notice_title: str | None, *, edition: bool = False) -> str | None:
    """X实施意见 under 关于《X实施意见（2031-2035年）》征求意见的通知 -> X实施意见（2031-2035年）, or None. With
    ``edition`` (a title read from no heading of the document's own: its contents' heading X预案目录) the notice's
    edition too: 关于印发《X预案（2024年度修订）》的通知 -> X预案（2024年度修订）."""
    if not title or not notice_title or "《" not in notice_title:
        return None
    for m in _QUOTED_RE.finditer(notice_title):
        name = split_status(m.group("name"))[0]
        if name.startswith(title) and (
            _PERIOD_RE.fullmatch(name, len(title)) or edition and names_period(name[len(title) :])
        ):
            return name
    return None


HEAD_LINES = 60  # the document's own heading stands in the page's head
_QUOTES = "《》〈〉“”\"'"
_BRACKET_RE = re.compile(r"[（(〔【\[][^（()）〔〕【】\[\]]*[）)〕】\]]")
_OPENING_RE = re.compile(r"[（(〔【\[]")


def with_edition_line(title: str | None, lines: list[Line]) -> str | None:
    """X预案 read elsewhere, the heading X预案 (or 《X预案》, • X预案) over （2015修编版） -> X预案（2015修编版）, or None: the period
    or edition brackets of the line under the heading (a stage bracket there is the status's, already read)."""
    if not title or title.rstrip().endswith(("）", ")", "〕", "】", "]")):  # a title with its bracket already
        return None
    key = squeeze(title).strip(_QUOTES)
    if not key:
        return None
    for at, line in enumerate(lines[: HEAD_LINES - 1]):
        if line.is_furniture or squeeze(line.content).lstrip(PAGE_BULLETS).strip(_QUOTES) != key:
            continue
        under = squeeze(lines[at + 1].content) if at + 1 < len(lines) else ""
        if under.startswith(key) and _OPENING_RE.match(under, len(key)):
            under = under[len(key) :]  # X规划 / X规划（2031—2040年）: the heading again, with its period
        if under.endswith(("）", ")")) and not _OPENING_RE.search(under):
            # 2025年修订版): the line lost its opening bracket
            under = ("（" if under[-1] == "）" else "(") + under
        if not names_title_part(under):
            continue
        parts = [m.group(0) for m in _BRACKET_RE.finditer(under) if names_period(m.group(0))]
        return title.rstrip() + "".join(parts) if parts else None
    return None
