"""Markup left in a text read as spaces: Markdown, YAML front matter, HTML comments.

A text saved from a collection of laws, a blog or a converter may keep its markup: a Markdown heading over the
title (``# 甲市某某条例``) and its chapters (``## 第一章 总则``), a converter's comment (``<!-- INFO END -->``), a table's
rule row (``|---|---|``), bold marks (``**乙办法**``), a forum's anti-copy jammer strewn through the lines
(``丙规定7 _0 J* j% P!``), a collection's container fences (``::: tip 修订信息`` … ``:::``), or YAML front matter before the text (``---`` /
``title: 丙规定`` / ``date: 2021-01-01`` / ``---``). None of it is the document's. :func:`unmark` gives the text with
each mark as spaces, one character for one (so every offset holds), and every front-matter field but the title
blank: the title stands alone on its line, and the rules for titles, issuers and 文号 read plain lines. The marks
themselves are data (``parsers/data/furniture.toml``, ``[markup]``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_FIELD_RE = re.compile(r"^[ \t]*(?P<key>[A-Za-z_][\w-]{0,30}|[\u4e00-\u9fff]{1,8})[ \t]*[:：](?=[ \t]|$)")
_ITEM_RE = re.compile(r"^[ \t]*-[ \t]+\S")  # a list item under a key (tags:\n  - 甲)
# most texts carry none: a substring test for each (str.find in C) finds that, faster than one pattern of them
_ANY_MARKS = ("#", "<!--", "**", "---", ":::")


@dataclass(frozen=True)
class _MarkupRules:
    marks: re.Pattern[str]  # heading marks, comments, table rules: each read as spaces
    emphasis: re.Pattern[str]  # bold marks around words: the marks read as spaces, the words kept
    fence: str
    max_lines: int
    title_keys: frozenset[str]
    jammer_run: re.Pattern[str]
    jammer_symbols: frozenset[str]
    jammer_min_symbols: int
    jammer_min_letters: int
    jammer_min_runs: int


@cache
def _rules() -> _MarkupRules:
    # (furniture_rules' own imports load this module: imported here, not above)
    from parsers.structure.furniture_rules import furniture_data

    data = furniture_data()["markup"]  # (the file parsed once, for every rule)
    parts = [data[name] for name in ("heading", "comment", "table_rule", "container")]
    return _MarkupRules(
        marks=re.compile("|".join(f"(?:{part})" for part in parts), re.MULTILINE),
        emphasis=re.compile(data["emphasis"]),
        fence=data["front_matter_fence"],
        max_lines=data["front_matter_max_lines"],
        title_keys=frozenset(key.lower() for key in data["front_matter_title_keys"]),
        jammer_run=re.compile(data["jammer_run"]),
        jammer_symbols=frozenset(data["jammer_symbols"]),
        jammer_min_symbols=data["jammer_min_symbols"],
        jammer_min_letters=data["jammer_min_letters"],
        jammer_min_runs=data["jammer_min_runs"],
    )


def _spaces(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _unbold(m: re.Match[str]) -> str:
    return "  " + m.group("words") + "  "


def _blank(line: str) -> str:
    """The line as spaces, its line break kept."""
    return re.sub(r"[^\n]", " ", line)


def _front_matter(text: str) -> str:
    """``text`` with its YAML front matter read: fences and fields blank, a title field's value alone on its line."""
    rules = _rules()
    lines = text.splitlines(keepends=True)
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].strip() != rules.fence:
        return text
    close = next(
        (
            k
            for k in range(first + 1, min(len(lines), first + 2 + rules.max_lines))
            if lines[k].strip() == rules.fence
        ),
        None,
    )
    inside = lines[first + 1 : close] if close is not None else []
    if not any(_FIELD_RE.match(line) for line in inside) or not all(
        not line.strip() or _FIELD_RE.match(line) or _ITEM_RE.match(line) for line in inside
    ):
        return text  # a rule line (---) over ordinary text, not front matter
    out = lines[:first] + [_blank(lines[first])]
    for line in inside:
        m = _FIELD_RE.match(line)
        if m and m.group("key").lower() in rules.title_keys:
            value = line[m.end() :].strip().strip("\"'")
            out.append(_blank(line) if not value else _title_value(line, m.end()))
        else:
            out.append(_blank(line))
    out.append(_blank(lines[close]))
    return "".join(out + lines[close + 1 :])


def _title_value(line: str, value_start: int) -> str:
    """title: "甲办法" -> the key, its colon and the value's quotes as spaces."""
    body = line[value_start:]
    stripped = body.rstrip("\r\n")
    ending = body[len(stripped) :]
    value = stripped.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        lead = len(stripped) - len(stripped.lstrip())
        stripped = stripped[:lead] + " " + value[1:-1] + " " + stripped[lead + len(value) :]
    return " " * value_start + stripped + ending


def _is_jammer(run: str, rules: _MarkupRules) -> bool:
    symbols = sum(char in rules.jammer_symbols for char in run)
    letters = sum(char.isascii() and char.isalpha() for char in run)
    return symbols >= rules.jammer_min_symbols and letters >= rules.jammer_min_letters


_TOKENS_BETWEEN_SPACES = re.compile(r" [!-~]{1,2} [!-~]{1,2} ")


def _without_jammer(text: str, rules: _MarkupRules) -> str:
    """A forum's anti-copy tokens read as spaces, when the text is strewn with them (one run may be text)."""
    # every run holds two short tokens between spaces: a pattern that opens with the space is searched for fast (most
    # texts have none), where the run pattern, which opens with no literal, is tried at every position
    if _TOKENS_BETWEEN_SPACES.search(text) is None:
        return text
    runs = [m for m in rules.jammer_run.finditer(text) if _is_jammer(m.group(0), rules)]
    if len(runs) < rules.jammer_min_runs:
        return text
    parts, at = [], 0
    for m in runs:
        parts += [text[at : m.start()], " " * (m.end() - m.start())]
        at = m.end()
    return "".join(parts) + text[at:]


def unmark(text: str) -> str:
    """``text`` with its markup read as spaces (and its front matter's other fields blank); the same length."""
    rules = _rules()
    text = _without_jammer(text, rules)
    if not any(mark in text for mark in _ANY_MARKS):
        return text
    text = rules.marks.sub(_spaces, _front_matter(text))
    return rules.emphasis.sub(_unbold, text) if "**" in text else text
