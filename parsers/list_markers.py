"""The marks that open a list's item, in one table, and the view of a line with its mark and indentation read off.

A goal list is written in many layouts: numbered (一、 (二) 3. ① (1)), bulleted with a glyph (● ■ • ▪ …) or a dash
(—— －), indented, with blank lines between its items, and at times with a metric's name on a line of its own over
its value (生产总值 ⏎ •增长6%). The goal rules (parsers.goal_reach, parsers.goal_leads, parsers.goal_paragraph_run,
parsers.goal_scopes, parsers.goal_words) read one view of each line, ``LineView``, so a new glyph or numbering form is
one entry here rather than one more special case in each rule; the structure parser reads its page bullets from here
too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from parsers.data_tables import data_table
from parsers.patterns import LINE_SPACES

LIST_MARKS_PATH = Path(__file__).resolve().parent / "data" / "list_marks.toml"
_MARKS = data_table(LIST_MARKS_PATH)
# the glyphs a list item opens with (a glyph, not a letter: never part of a word; data/list_marks.toml)
BULLET_GLYPHS: str = _MARKS["bullet_glyphs"]
# dashes standing for a bullet (——产业规模壮大), longest first
DASHES: tuple[str, ...] = tuple(_MARKS["dashes"])
# a page's own bullets (• 设为首页, * 上传时间): the glyphs and the ASCII marks a web page's list uses
PAGE_BULLETS = "-*" + BULLET_GLYPHS
# numbering of every kind: 一、 (二) 3. 4、 ① (5) 6）
NUMBERING = (
    r"[一二三四五六七八九十]{1,3}[、．.]"
    r"|[（(][一二三四五六七八九十]{1,3}[）)]"
    r"|\d{1,2}[、．.](?!\d)"
    r"|[（(]\d{1,2}[）)]"
    r"|\d{1,2}[）)]"
    r"|[①-⑳]"
)
_DASH_ALTERNATION = "|".join(re.escape(d) for d in DASHES)
BULLET = rf"[{BULLET_GLYPHS}]+|{_DASH_ALTERNATION}"
# any list mark, as a regular expression (a lexicon pattern names it {list_marker})
LIST_MARKER = rf"(?:{NUMBERING}|{BULLET})"
# marks that set a heading line off as emphasis (**2026年主要目标**, 【主要目标】, 〖发展目标〗): markdown's bold and
# the lenticular brackets of a web page's headings; a lexicon pattern names them {emphasis_open} and {emphasis_close}
EMPHASIS_OPEN = r"(?:\*\*|__|【|〖|\[)"
EMPHASIS_CLOSE = r"(?:\*\*|__|】|〗|\])"
# the characters a bullet (glyph or dash) is made of, and the spaces around it
BULLET_CHARS = frozenset(BULLET_GLYPHS + "".join(DASHES))

BULLET_START = re.compile(rf"(?:{BULLET})")  # a line a bullet opens
# a bullet alone on its line (fullmatch). Its class is written in sorted order: a set's order follows the process's
# hash seed, so joined as it came the pattern's text differed in every process, and the regex cache
# (flows/regex_cache.py) never found it; a character class matches the same characters in any order.
LONE_BULLET = re.compile(rf"[{re.escape(''.join(sorted(BULLET_CHARS)))}]+")
_MARKED = re.compile(
    rf"(?P<indent>[{LINE_SPACES}]*)(?:(?P<number>{NUMBERING})|(?P<bullet>{BULLET}))?[{LINE_SPACES}]*"
)


def with_list_marker(pattern: str) -> str:
    """A lexicon pattern with its ``{list_marker}``, ``{emphasis_open}`` and ``{emphasis_close}`` places filled by the
    marks of this table."""
    filled = pattern.replace("{list_marker}", LIST_MARKER)
    return filled.replace("{emphasis_open}", EMPHASIS_OPEN).replace("{emphasis_close}", EMPHASIS_CLOSE)


@dataclass(frozen=True)
class LineView:
    """One line as the goal rules read it: where it stands, its indentation, its list mark and the text after."""

    start: int  # the line's start in the text
    end: int  # its end (the line break's position)
    indent: int  # characters of indentation before the mark
    marker: str  # the list mark ('' when none)
    numbered: bool  # the mark is a numbering (一、 3. ①), not a bullet
    body_start: int  # where the text after the mark (and its spaces) starts
    body: str  # that text, trailing spaces stripped

    @property
    def bulleted(self) -> bool:
        return bool(self.marker) and not self.numbered

    @property
    def blank(self) -> bool:
        return not self.body and not self.marker


def line_view(text: str, start: int, end: int) -> LineView:
    """The view of the line text[start:end]. A numbering must be followed by text (3.5% is no item 3)."""
    m = _MARKED.match(text, start, end)
    indent = len(m.group("indent"))
    marker = m.group("number") or m.group("bullet") or ""
    body_start = m.end()
    body = text[body_start:end].rstrip(LINE_SPACES)
    return LineView(start, end, indent, marker, m.group("number") is not None, body_start, body)


def has_figure(text: str) -> bool:
    return any(c.isdigit() for c in text)


def after_list_mark(text: str, start: int, end: int) -> int:
    """Where the text of text[start:end] begins when start opens a line with a list mark (（二）高技能人才…, ●旅游…):
    after the mark and its spaces, so a goal read from the line names its metric without it; start otherwise."""
    if start and text[start - 1] != "\n":
        return start
    view = line_view(text, start, end)
    return view.body_start if view.marker and view.body_start < end else start
