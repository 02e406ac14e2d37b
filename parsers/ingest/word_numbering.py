"""Word's automatic numbering: "一、" "（一）" "第一条" are not in a .docx's text runs but in
word/numbering.xml; this renders the label of each paragraph, counting in document order like Word.

Every label is bounded whatever the file says: a number past what a format can write (a roman
numeral past 3999, a letter label past thirty letters, a Chinese count past 万亿) is written
in decimal digits, and a level text longer than ``MAX_LEVEL_TEXT`` is not a label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from parsers.numbers import to_chinese, to_letters, to_roman

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MAX_NUMBER_DIGITS = 15  # a start value or level index with more digits is not read (the default is)
MAX_LEVEL_TEXT = 100  # real level texts are a few characters: "%1、", "（%2）", "第%1条", "%1.%2.%3"

_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_CHINESE_FORMATS = frozenset(
    ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographDigital")
)
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_PLACEHOLDER_RE = re.compile(r"%([1-9])")


def w(tag: str) -> str:
    """The qualified name of a WordprocessingML element or attribute."""
    return f"{{{W_NS}}}{tag}"


def format_number(n: int, fmt: str) -> str:
    """The number ``n`` as Word writes it in the numbering format ``fmt`` (ST_NumberFormat)."""
    written: str | None = None
    if fmt in _CHINESE_FORMATS:
        written = to_chinese(n)
    elif fmt == "ideographTraditional" and 1 <= n <= 10:
        written = _TIANGAN[n - 1]
    elif fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        written = chr(0x2460 + n - 1)
    elif fmt == "decimalFullWidth":
        written = str(n).translate(_FULL_WIDTH)
    elif fmt == "decimalZero":
        written = f"{n:02d}"
    elif fmt in ("lowerLetter", "upperLetter"):
        written = to_letters(n)
        written = written.upper() if written and fmt == "upperLetter" else written
    elif fmt in ("lowerRoman", "upperRoman"):
        written = to_roman(n)
        written = written.upper() if written and fmt == "upperRoman" else written
    elif fmt == "none":
        written = ""
    return str(n) if written is None else written


@dataclass(frozen=True)
class Level:
    fmt: str
    text: str  # lvlText: "%1、", "（%2）", "第%1条"
    start: int
    suffix: str  # what follows the number: tab (Word's default), space or nothing


class ListNumbering:
    """Renders the automatic number of each paragraph, counting in document order like Word."""

    def __init__(self, numbering: etree._Element | None, styles: etree._Element | None):
        self.levels: dict[str, dict[int, Level]] = {}
        self.abstract_of: dict[str, str] = {}
        self.start_overrides: dict[str, dict[int, int]] = {}
        self.style_numbering: dict[str, tuple[str | None, int | None]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        if numbering is not None:
            self._read_numbering(numbering)
        if styles is not None:
            for style in styles.iter(w("style")):
                num_pr = style.find(f"{w('pPr')}/{w('numPr')}")
                if num_pr is not None:
                    self.style_numbering[style.get(w("styleId"), "")] = _num_pr(num_pr)

    def _read_numbering(self, numbering: etree._Element) -> None:
        for abstract in numbering.iter(w("abstractNum")):
            levels = {}
            for level in abstract.iter(w("lvl")):
                text = _val(level, "lvlText") or ""
                levels[_int(level.get(w("ilvl")), 0)] = Level(
                    fmt=_val(level, "numFmt") or "decimal",
                    text=text if len(text) <= MAX_LEVEL_TEXT else "",
                    start=_int(_val(level, "start"), 1),
                    suffix={"space": " ", "nothing": ""}.get(_val(level, "suff") or "tab", "\t"),
                )
            self.levels[abstract.get(w("abstractNumId"), "")] = levels
        for num in numbering.iter(w("num")):
            num_id = num.get(w("numId"), "")
            self.abstract_of[num_id] = _val(num, "abstractNumId") or ""
            for override in num.iter(w("lvlOverride")):
                start = _val(override, "startOverride")
                if start is not None:
                    level = _int(override.get(w("ilvl")), 0)
                    self.start_overrides.setdefault(num_id, {})[level] = _int(start, 1)

    def label(self, paragraph: etree._Element) -> str:
        """The paragraph's number as Word shows it ("一、", "（二）", "第三条\t"), "" when it has none.
        Call it for every paragraph in document order: the counters advance as Word's do."""
        if not self.levels:
            return ""
        num_id, ilvl = None, None
        p_pr = paragraph.find(w("pPr"))
        if p_pr is not None:
            style = _val(p_pr, "pStyle")
            if style in self.style_numbering:
                num_id, ilvl = self.style_numbering[style]
            num_pr = p_pr.find(w("numPr"))
            if num_pr is not None:
                own_id, own_level = _num_pr(num_pr)
                num_id, ilvl = own_id or num_id, own_level if own_level is not None else ilvl
        if not num_id or num_id == "0" or num_id not in self.abstract_of:
            return ""
        ilvl = ilvl or 0
        abstract = self.abstract_of[num_id]
        levels = self.levels.get(abstract, {})
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(abstract, {})
        if num_id not in self.started:  # a list instance with a startOverride restarts the count
            self.started.add(num_id)
            for level, start in self.start_overrides.get(num_id, {}).items():
                counters[level] = start - 1
                for deeper in [k for k in counters if k > level]:
                    del counters[deeper]
        counters[ilvl] = counters.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        level = levels[ilvl]
        if level.fmt == "bullet":
            return level.text + level.suffix
        text = _PLACEHOLDER_RE.sub(lambda m: _number_at(levels, counters, int(m.group(1)) - 1), level.text)
        return text + level.suffix if text else ""


def _number_at(levels: dict[int, Level], counters: dict[int, int], level: int) -> str:
    spec = levels.get(level)
    if spec is None:
        return ""
    return format_number(counters.get(level, spec.start), spec.fmt)


def _val(element: etree._Element, child: str) -> str | None:
    found = element.find(w(child))
    return None if found is None else found.get(w("val"))


def _int(value: str | None, default: int) -> int:
    # More digits than MAX_NUMBER_DIGITS is no list a document holds: a hostile file, read as the default.
    if value is None or len(value) > MAX_NUMBER_DIGITS:
        return default
    try:
        return int(value)
    except ValueError:
        return default


def _num_pr(num_pr: etree._Element) -> tuple[str | None, int | None]:
    level = _val(num_pr, "ilvl")
    return _val(num_pr, "numId"), (_int(level, 0) if level is not None else None)
