"""Hard-wrapped copies of real texts, as PDF extraction leaves them (tests and bench/bench_structure.py).

``hard_wrap`` fills each paragraph to a line width the way a PDF prints it: a line holds as many
characters as fit (CJK and full-width forms count 1, ASCII ½), so a sentence breaks anywhere between
two Chinese characters, but not inside a number or a Latin word, and no line starts with a comma or a
closing bracket (a typesetter's 禁则). Every
``page_lines`` lines it puts a page number, a form feed and the running header that tops the next page,
as pdftotext gives them; the header tops the first page too. With ``indent`` the first line of each paragraph keeps its two-character indent
(as a layout-preserving extraction gives it); without, every line starts flush (pdftotext's default).
"""

from __future__ import annotations

RUNNING_HEADER = "某市人民政府文件"


def _width(ch: str) -> float:
    return 0.5 if ord(ch) < 0x800 else 1.0


# A line never starts with these (the typesetter's 禁则): they stay at the end of the line before.
_NO_LINE_START = set("，。、；：！？）》」』”’,.;:!?)]%")
_ASCII_WORD = set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.%")


def _units(paragraph: str) -> list[str]:
    """What a line may not break inside: a run of digits or Latin letters (2025, 4000, 1.5, http), and a
    character with the closing punctuation after it."""
    units: list[str] = []
    for ch in paragraph:
        if units and (ch in _NO_LINE_START or (ch in _ASCII_WORD and units[-1][-1] in _ASCII_WORD)):
            units[-1] += ch
        else:
            units.append(ch)
    return units


def hard_wrap(text: str, width: float = 30, page_lines: int = 40, indent: str = "") -> str:
    out: list[str] = [RUNNING_HEADER]
    page = 1
    for paragraph in text.split("\n"):
        content = paragraph.strip()
        if indent and content:
            paragraph = indent + content
        pieces, line, used = [], "", 0.0
        for unit in _units(paragraph):
            unit_width = sum(map(_width, unit))
            if line and used + unit_width > width:
                pieces.append(line)
                line, used = "", 0.0
            line += unit
            used += unit_width
        pieces.append(line)
        for piece in pieces:
            out.append(piece)
            if len(out) % (page_lines + 2) == page_lines + 1:
                out.extend([f"— {page} —", f"\f{RUNNING_HEADER}"])
                page += 1
    return "\n".join(out)


def double_space(text: str) -> str:
    """The text as a PDF's text layer copied from a viewer leaves it: a blank line after every line."""
    return text.replace("\n", "\n\n")
