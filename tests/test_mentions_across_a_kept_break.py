"""A figure the extractors read across a line break stays a mention only where the structure joined the lines.

The extractors cut a hard wrap inside a figure (parsers/copy_cuts.py: 58⏎亿元). Where the structure keeps that break
as a clause's end (no wrap to be seen: two lines of no common width), a mention read across it would lie outside its
clause node — the dataset contract says every mention lies inside its node — so none is given (round 37, found by
tests/test_fuzz.py).
"""

from __future__ import annotations

from fuzz.invariants import check_document, parse_checked

from parsers.pipeline import parse_bytes


def test_a_figure_broken_at_a_kept_clause_end_gives_no_mention_outside_its_node():
    data = ("科" * 300 + "0\n元科科").encode()
    assert parse_checked(data, "draft.txt") == "parsed"
    doc = parse_bytes(data, name="draft.txt")
    check_document(doc)
    assert all("\n" not in m.surface for m in doc.money)
