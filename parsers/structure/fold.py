"""Traditional characters folded to simplified ones for the structure rules, and given back after.

Some pages print mainland policy texts in traditional characters (``省人民政府關于`` /
``進一步優化營商環境的若干意見``, ``穗府〔2011〕15號``). The rules (titles, covering notices, 文号, organs)
are written in simplified characters, so they read a folded copy of the text: each character listed in
``parsers/data/traditional.toml`` replaced by its simplified form, one character for one, so that every
offset into the copy is an offset into the text. What the rules return as strings (a title joined across
lines, a heading, a 文号) is given back in the text's own characters by :class:`Unfolder`.

The copy also has a page's lost indentation back: a site that re-encoded its text turned each full-width
space at a line's start into ``?`` (``??一、规划背景``, ``??为积极推进…``): on the lines that open so (two or
more: one line is no pattern), the marks read as spaces, so headings and titles start where they did. A
crawler's paragraph mark (``…备案。 @@ 四、…``, two or more in a text) reads as the line break it stood for.

And a page stored with its HTML markup as text (``<p>各县人民政府：</p><p><strong>X办法</strong></p>``) is read
as its text: a block tag (``<p>``, ``<br/>``, ``<div>`` …) as a line break and spaces, any other tag and a
space entity (``&nbsp;``, ``&#12288;``) as spaces. A law database's tag before a line (``【章名】 第一章 总则``,
furniture.toml's ``line_tags``) reads as spaces too, so the heading after it is one, and so does a site's badge
before a headline (``原创 甲局:…``, ``headline_badges``). So does the markup of a
collection or a blog (``markup``: a Markdown ``#`` over the title, ``<!-- INFO END -->``, YAML front matter).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache
from operator import itemgetter

from parsers.patterns import LINE_SPACES
from parsers.structure.markup import unmark
from parsers.traditional import simplified_forms

_table = simplified_forms  # (the one table: the extractors read it too)


@cache
def _traditional_re() -> re.Pattern[str]:
    return re.compile("[" + "".join(sorted(chr(code) for code in _table())) + "]")


# the marks a converter writes for each character it lost (an indent's full-width space, a bullet)
LOST_MARKS = "?？"
# ``?`` or ``？`` (at most four) at a line's start, before its text: an indentation lost to re-encoding (``? 一、总则``:
# a space may follow the marks)
_LOST_INDENT_RE = re.compile(
    rf"^[{LINE_SPACES}]*[{LOST_MARKS}]{{1,4}}[{LINE_SPACES}]*(?=[^\s{LOST_MARKS}])", re.MULTILINE
)
_CRAWLER_MARK_RE = re.compile(
    rf"[{LINE_SPACES}]*@@[{LINE_SPACES}]*"
)  # a crawler's mark where a paragraph began
LOST_INDENT_MIN_LINES = 2


def _spaces(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _line_break(m: re.Match[str]) -> str:
    return "\n" + " " * (len(m.group(0)) - 1)


# markup kept as text: tags of HTML (a name after < or </), and the entities of spaces
_TAG_RE = re.compile(
    r"</?(?P<name>[A-Za-z][A-Za-z0-9]{0,9})\b[^<>]{0,300}?/?>"  # (a wrapped copy breaks a tag over lines)
    r"|&(?:nbsp|ensp|emsp|thinsp|#12288|#160|#32|#x3000|#xa0|#x20);"  # spaces, named or numbered (&#12288;)
)
_BLOCK_TAGS = frozenset(
    [
        "p",
        "br",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "tr",
        "table",
        "tbody",
        "thead",
        "ul",
        "ol",
        "section",
        "article",
        "blockquote",
        "pre",
        "hr",
    ]
)
MARKUP_MIN_TAGS = 2  # one < … > may be text (a formula, an e-mail in brackets)


def _unmark(m: re.Match[str]) -> str:
    name = (m.group("name") or "").lower()
    if name in _BLOCK_TAGS:
        return "\n" + " " * (len(m.group(0)) - 1)
    return " " * len(m.group(0))


def _without_markup(text: str) -> str:
    tags = _TAG_RE.findall(text, 0)
    if len(tags) < MARKUP_MIN_TAGS:
        return text
    return _TAG_RE.sub(_unmark, text)


@cache
def _headline_badges() -> tuple[str, ...]:
    from parsers.structure.furniture_rules import furniture_data  # (as in _line_tag_re)

    return tuple(furniture_data()["web"]["headline_badges"])


@cache
def _line_tag_re() -> re.Pattern[str]:
    """A law database's tag at a line's start (【章名】 第一章 总则), from furniture.toml."""
    # (furniture_rules' own imports load this module: imported here, not above)
    from parsers.structure.furniture_rules import furniture_data

    # (the file parsed once, for every rule)
    tags = "|".join(map(re.escape, furniture_data()["web"]["line_tags"]))
    badges = "|".join(map(re.escape, _headline_badges()))
    # 【章名】 第一章 总则; 原创 甲局:… (a site's badge before a headline, spaces after it)
    return re.compile(
        rf"^[{LINE_SPACES}]*(?:【(?:{tags})】|(?:{badges})[{LINE_SPACES}]+(?=\S))", re.MULTILINE
    )


@lru_cache(maxsize=2)  # a document's text is folded twice: by the structure, then by its TextIndex
def fold(text: str) -> str:
    """``text`` with its traditional characters in simplified form, a lost indentation back as spaces and
    markup kept as text read as its text; the same length, the same offsets."""
    text = read_as_text(text)
    if _traditional_re().search(text) is None:
        return text
    return text.translate(_table())


def read_as_text(text: str) -> str:
    """``text`` with markup kept as text read as its text, a crawler's paragraph marks as line breaks and a lost
    indentation back as spaces (its characters as they are); the same length. The extractors read this view too
    (parsers.context.TextIndex, through ``fold``), so a page stored so reads alike to the structure and to them."""
    text = unmark(text)
    # most texts have none of these: one scan in C finds that, where translate looks every character up
    if "<" in text or "&" in text:
        text = _without_markup(text)
    if "@@" in text and text.count("@@") >= LOST_INDENT_MIN_LINES:
        text = _CRAWLER_MARK_RE.sub(_line_break, text)
    if "【" in text or any(badge in text for badge in _headline_badges()):
        text = _line_tag_re().sub(_spaces, text)
    if any(mark in text for mark in LOST_MARKS):
        indents = _LOST_INDENT_RE.findall(text, 0)
        if len(indents) >= LOST_INDENT_MIN_LINES:
            text = _LOST_INDENT_RE.sub(_spaces, text)
    return text


class Unfolder:
    """Gives strings read from ``fold(text)`` back in the characters of ``text``.

    A string found in the folded copy is the text's own slice there; any other (a title joined across lines,
    its status words apart) takes, for each folded character, the form the text uses most often for it.
    """

    def __init__(self, text: str, folded: str):
        self.text = text
        self.folded = folded
        self._squeezed: tuple[str, list[int]] | None = None  # the folded copy without spaces, built on need
        forms: dict[str, dict[str, int]] = {}
        if folded != text:
            table = _table()
            # the traditional characters alone, in the order they first appear (one scan in C; counting every
            # character of the text cost more than the rest of this class)
            for char, count in Counter(_traditional_re().findall(text)).items():
                forms.setdefault(table[ord(char)], {})[char] = count
            for simplified, counter in forms.items():
                counter[simplified] = text.count(simplified)
        self.forms = {}
        for simplified, counter in forms.items():
            # the first of the most frequent, in that order (as Counter.most_common(1) chose)
            common = max(counter.items(), key=itemgetter(1))[0]
            if common != simplified:
                self.forms[simplified] = common

    def __call__(self, value: str | None) -> str | None:
        if not value or not self.forms:
            return value
        at = self.folded.find(value)
        if at >= 0:
            return self.text[at : at + len(value)]
        for cut in range(0, min(3, len(value) - 1) + 1):  # (a title's last characters PDF extraction moved)
            found = self._find_across_spaces(value[: len(value) - cut])
            if found is not None:
                return found + "".join(self.forms.get(char, char) for char in value[len(value) - cut :])
        return "".join(self.forms.get(char, char) for char in value)

    def _find_across_spaces(self, value: str) -> str | None:
        """A string joined from several lines (a title over two): the text's own characters where the
        folded copy holds it with line breaks and spaces between."""
        if self._squeezed is None:
            keep = [k for k, char in enumerate(self.folded) if not char.isspace()]
            self._squeezed = ("".join(self.folded[k] for k in keep), keep)
        squeezed, keep = self._squeezed
        key = "".join(value.split())
        at = squeezed.find(key) if key else -1
        if at < 0:
            return None
        return "".join(self.text[keep[k]] for k in range(at, at + len(key)))
