"""Names of documents compared: a title line and a name quoted elsewhere (《X》) name one document when they are
equal without status, spaces, brackets and quotes, or when the title puts a place before the name. A title read
without the period its notice quotes it with (X实施意见 / 《X实施意见（2031-2035年）》, the heading's period lost or
garbled on its own line) takes the period: a period is part of a name."""

from __future__ import annotations

import re

from parsers.status import split_status, strip_status
from parsers.structure.titles import rules

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


def with_quoted_period(title: str | None, notice_title: str | None) -> str | None:
    """X实施意见 under 关于《X实施意见（2031-2035年）》征求意见的通知 -> X实施意见（2031-2035年）, or None."""
    if not title or not notice_title or "《" not in notice_title:
        return None
    for m in _QUOTED_RE.finditer(notice_title):
        name = split_status(m.group("name"))[0]
        if name.startswith(title) and _PERIOD_RE.fullmatch(name, len(title)):
            return name
    return None
