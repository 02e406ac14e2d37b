"""Hard-wrapped copies of real texts, as PDF extraction leaves them (tests and bench/bench_structure.py).

``hard_wrap`` fills each paragraph to a line width the way a PDF prints it: a line holds as many
characters as fit (CJK and full-width forms count 1, ASCII ½), so a sentence breaks anywhere. Every
``page_lines`` lines it puts a page number, a form feed and the running header that tops the next page,
as pdftotext gives them. With ``indent`` the first line of each paragraph keeps its two-character indent
(as a layout-preserving extraction gives it); without, every line starts flush (pdftotext's default).
"""

from __future__ import annotations

RUNNING_HEADER = "某市人民政府文件"


def _width(ch: str) -> float:
    return 0.5 if ord(ch) < 0x800 else 1.0


def hard_wrap(text: str, width: float = 30, page_lines: int = 40, indent: str = "") -> str:
    out: list[str] = []
    page = 1
    for paragraph in text.split("\n"):
        content = paragraph.strip()
        if indent and content:
            paragraph = indent + content
        pieces, line, used = [], "", 0.0
        for ch in paragraph:
            if used + _width(ch) > width:
                pieces.append(line)
                line, used = "", 0.0
            line += ch
            used += _width(ch)
        pieces.append(line)
        for piece in pieces:
            out.append(piece)
            if len(out) % (page_lines + 2) == page_lines:
                out.extend([f"— {page} —", f"\f{RUNNING_HEADER}"])
                page += 1
    return "\n".join(out)
