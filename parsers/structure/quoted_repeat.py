"""A title printed twice, once with the book marks around the name it is about and once without: the marked one.

A site's headline may quote the document it explains (关于《甲县X预案》政策解读) where the page's own heading, under
it, drops the marks (关于甲县X预案政策解读). The marks are the title's (field conventions: a title as the text gives
it); the bare copy loses them only in print. The heading with the name quoted is read when the two are the same
words and the marked one has words of its own outside the quote (a bare 《X办法》 is the name alone, read as X办法).
"""

from __future__ import annotations

from parsers.structure.lines import Line, squeeze

_MARKS = str.maketrans("", "", "《》")


def with_its_quotes(title: str | None, head: list[Line]) -> str | None:
    """The head line that writes ``title`` with its name in 《》 and words around it, or None."""
    if not title or "《" in title:
        return None
    key = squeeze(title)
    for line in head:
        content = squeeze(line.content)
        if "《" not in content or "》" not in content or content.translate(_MARKS) != key:
            continue
        if content.startswith("《") and content.endswith("》"):
            continue  # 《X办法》: the name alone, no words of the title's own around it
        return content
    return None
