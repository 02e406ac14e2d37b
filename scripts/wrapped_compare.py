"""What "reads as the original" means for a hard-wrapped copy of a document (issue 7, wrapped lines and PDF).

A copy printed from a text and extracted again (``fixtures/field/make_wrapped.py``, ``tests/wrapping.py``) must give
the original's hierarchy, sentences, extractions and title. The comparisons squeeze whitespace out: a wrap or an
indent is layout, not text. Used by ``tests/test_structure_layout.py`` and ``scripts/eval_wrapped.py``, so the test
and the corpus measure mean the same thing.

A leaf of kind ``displaced`` (a title's or addressee's last characters that the print set above the page,
``parsers/structure/displaced.py``) is read at the end of the clause it completes: the first clause after it
that ``displaced.completes`` (the structure's own test) says it ends. So a copy whose head clause lost only
that tail to the top of the page reads as the original; the hierarchy leaves it out, as it does furniture.

Each function takes anything with ``nodes`` and ``leaves()`` (a ``Structure`` or a parsed ``Document``).
"""

from __future__ import annotations

import re
from typing import Any

from parsers.structure.displaced import completes
from parsers.structure.lines import squeeze as squeeze_line

# a sentence that ends (its stop, then any closing quote or bracket): a page break after it cut nothing
_SENTENCE_END_RE = re.compile(r"[。；！？;!?][”’\"'」』）)】〕》\]]*$")


def squeeze(text: str | None) -> str:
    """The text without its whitespace, as the rules compare lines (parsers.structure.lines.squeeze); None reads as ""."""
    return squeeze_line(text or "")


def hierarchy(structure: Any, *, paragraphs: bool = True) -> list[tuple]:
    """Every node but clauses, furniture and displaced tails: its path of (kind, label), kind, label, heading."""
    out: list[tuple] = []

    def walk(nodes, path):
        for node in nodes:
            if node.kind in ("clause", "furniture", "displaced") or (
                node.kind == "paragraph" and not paragraphs
            ):
                continue
            label = squeeze(node.label) or None
            out.append((path, node.kind, label, squeeze(node.heading)))
            walk(node.children, (*path, (node.kind, label)))

    walk(structure.nodes, ())
    return out


def sentences(structure: Any, *, without_notice: bool = False) -> list[str]:
    """Clause texts without whitespace; a sentence a page break cut in two (around furniture) as one; a
    displaced tail joined to the clause it completes; ``without_notice``: the document's own, a covering
    notice's left out."""
    notice = {n.node_id for n in structure.nodes if n.kind == "notice"} if without_notice else set()
    out: list[str] = []
    tails: list[str] = []  # displaced tails whose clause has not come yet
    glue, parent = False, None
    for leaf in structure.leaves():
        if leaf.node_id.split("__")[0] in notice:
            continue
        if leaf.kind == "furniture":
            glue = bool(out)
            continue
        if leaf.kind == "displaced":
            tails.append(squeeze(leaf.text))
            continue
        text = squeeze(leaf.text)
        if tails and (tail := next((t for t in tails if completes(text, t)), None)) is not None:
            tails.remove(tail)
            text += tail
        if glue and leaf.parent_id == parent and not _SENTENCE_END_RE.search(out[-1]):
            out[-1] += text
        else:
            out.append(text)
        glue, parent = False, leaf.parent_id
    return out


def extraction_rows(doc: Any) -> list[tuple]:
    """The money, ratios and targets of a parsed document as (what, surface, low, high, kind, role), in text
    order within each; offsets and ids are left out (a wrap moves them, the reading must not)."""
    rows: list[tuple] = []
    rows += [("money", squeeze(m.surface), m.low, m.high, m.kind, m.role) for m in doc.money]
    rows += [("ratio", squeeze(r.surface), r.value, r.high, r.kind, r.role) for r in doc.ratios]
    rows += [
        ("target", squeeze(t.surface), t.value if t.value is not None else t.low, t.high, t.kind, t.unit)
        for t in doc.targets
    ]
    return rows


def first_difference(left: list, right: list) -> tuple[int, Any, Any] | None:
    """Where two lists first part: (index, original's item, copy's item), an item None past the end."""
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else None
        b = right[i] if i < len(right) else None
        if a != b:
            return i, a, b
    return None
