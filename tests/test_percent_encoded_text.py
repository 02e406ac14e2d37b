"""Percent-encoded text pasted into a page (a share link's query, a search string: Share%E4%B8%8A…+86%2012345…) holds
digits before a % that is an escape, no percent sign: no ratio row from it (lexicon [traps] patterns, found around a
%XX by parsers.candidates). Shares in prose beside it, and shares written back to back, stay. Sentences made up."""

from __future__ import annotations

from parsers.pipeline import parse_bytes


def _ratios(text: str) -> list[tuple[str, float]]:
    return [(r.surface, r.value) for r in parse_bytes(text.encode("utf-8"), "page.txt").ratios]


def test_escapes_of_a_pasted_link_are_no_shares() -> None:
    text = "分享：Share%E4%B8%8A%E6%B5%B7+86%2012345678901%E3%80%91news%20page%20top，甲县全年工业增长8%。"
    assert _ratios(text) == [("8%", 0.08)]


def test_shares_in_prose_stay() -> None:
    assert [s for s, _ in _ratios("甲县一季度增长5%、二季度增长20%，全年分别增长5%和20%。")] == [
        "5%",
        "20%",
        "5%",
        "20%",
    ]


def test_shares_run_together_are_shares() -> None:
    # a table row run together (digits only, no hex letter) is no encoded text
    assert [s for s, _ in _ratios("乙县占比10%20%。")] == ["10%", "20%"]
    assert [s for s, _ in _ratios("分三年按50%30%20%的比例拨付。")] == ["50%", "30%", "20%"]
