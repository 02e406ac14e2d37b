"""A title run on after a page's validity note on its own line: the note is the page's, the tail is the title.

A law database prints its note of the text's validity before the title, on the same line (``*注:本篇已被《甲决定》
(…)废止(原因:…)甲市X管理办法``), then the text's own note in brackets (``(市政府1991年第5号令 …)``, on the line
or joined to it) or its first article. The name after the note's last closing bracket, ending with a kind of document, is the title.
"""

from __future__ import annotations

import re

from parsers.structure.lines import Line
from parsers.structure.markers import SENTENCE_MARK_RE
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import ends_with_doc_type, squeeze

HEAD_LINES = 5  # the note and its title open the text
NAME_MIN_CHARS = 6
NAME_MAX_CHARS = 60
# the name after the note's last closing bracket, and the text's own note when a wrapped line joined it
# (a name may quote the law it carries out: 甲省实施《中华人民共和国X法》办法)
_TAIL_RE = re.compile(
    r"[)）](?P<name>[^()（）《》]+(?:《[^()（）《》]+》[^()（）《》]*)*)(?P<note>[（(][^（()）]{4,60}[）)])?$"
)
_REPLACED_BY = "已被"  # 本篇法规已被:…: the note says another text replaced this one


def _superseded_name(tail: re.Match[str], before: str) -> str | None:
    """已被:X(2031修订)(…)修订X条例 -> X条例: a note of a later version (or of the text that repealed it: 已被《甲决定》
    (…)废止X条例) ends with its verb, the name after it."""
    name = tail.group("name")
    verbs = (*titles_data()["superseding_words"], *titles_data()["repealing_words"])
    verb = next((w for w in verbs if name.startswith(w)), None)
    return name[len(verb) :] if verb is not None and _REPLACED_BY in before else None


_UNDER_RE = re.compile(
    r"^\s*(?:[（(][^（()）]{4,400}(?:[）)]\s*)?$|第[一1１]\s*[条章])"
)  # (an adoption note may be long, and wrap over lines: its bracket closes below)


def _validity_words() -> tuple[str, ...]:
    data = titles_data()
    return tuple(data["repealing_words"]) + tuple(data["validity_notes"])


def opens_with_note(title: str) -> bool:
    """The title read from the head starts with a validity note before a name (the whole line taken)."""
    title = title.strip()
    tail = _TAIL_RE.search(title)
    return tail is not None and (
        any(word in title[: tail.start()] for word in _validity_words())
        or _superseded_name(tail, title[: tail.start()]) is not None
    )


def title_after_note(lines: list[Line]) -> str | None:
    """The name that ends a line opening with a validity note, right over the text's note or first article."""
    content = [line for line in lines if not line.is_furniture and line.content.strip()][: HEAD_LINES + 1]
    for k, line in enumerate(content[:-1]):
        if not opens_with_note(line.content):
            continue
        tail = _TAIL_RE.search(line.content.strip())
        name = squeeze(_superseded_name(tail, line.content[: tail.start()]) or tail.group("name"))
        if (
            NAME_MIN_CHARS <= len(name) <= NAME_MAX_CHARS
            and ends_with_doc_type(name)
            and not SENTENCE_MARK_RE.search(name)
            and (tail.group("note") is not None or _UNDER_RE.match(content[k + 1].content))
        ):
            return name
    return None
