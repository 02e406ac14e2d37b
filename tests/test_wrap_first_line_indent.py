"""A paragraph that ends at the right margin, then one whose first line the print indented by two characters: the
extraction drops the indent (pdftotext gives every line flush), so the new paragraph's first line stops two
characters short of the margin though it runs on into the next line. A line that continues a paragraph would have
held the next line's first character; this one could not, so it opens a paragraph and the break before it is hard.
Texts are made up, printed as a GB/T page prints them: indented first lines, then the indent taken out.
"""

from __future__ import annotations

from test_structure_properties import check_invariants
from wrapping import hard_wrap

from parsers.structure import parse_structure
from scripts.wrapped_compare import hierarchy, sentences

INDENT = "\u3000\u3000"
# 28 + 30 characters: with its indent the paragraph fills two lines of 30, its stop the last character
ENDS_AT_MARGIN = (
    "本条例适用于本市行政区域内文明行为的促进及其相关工作，包括"
    "文明行为的倡导、鼓励、保障以及不文明行为的治理和监督管理。"
)
NEXT = (
    "本条例所称文明行为，是指遵守宪法和法律、法规规定，体现社会主义核心价值观，符合社会主义道德要求，"
    "维护公序良俗，引领社会风尚，推动社会文明进步的行为。"
)
ARTICLES = f"第一条　为了培育和践行社会主义核心价值观，提升公民文明素质和社会文明程度，制定本条例。\n{ENDS_AT_MARGIN}\n{NEXT}\n"


def printed(text: str) -> str:
    """The GB/T print of one page as pdftotext extracts it (no running header): first lines indented on the page,
    every line flush in the text."""
    lines = hard_wrap(text, indent=INDENT).split("\n")[1:]
    return "\n".join(line.removeprefix(INDENT) for line in lines)


def parse(text: str):
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


def test_a_paragraph_whose_first_line_lost_its_indent_opens_after_one_that_ends_at_the_margin():
    copy = printed(ARTICLES)
    lines = copy.split("\n")
    at = lines.index(ENDS_AT_MARGIN[28:])  # the paragraph's last line, its stop at the margin
    assert len(lines[at]) == 30 and lines[at].endswith("。")
    assert lines[at + 1] == NEXT[:28]  # the next paragraph's first line: 28 characters, mid-sentence
    left, right = parse(ARTICLES), parse(copy)
    assert hierarchy(right) == hierarchy(left)
    assert sentences(right) == sentences(left)
    paragraphs = [n for n in right.iter_nodes() if n.kind == "paragraph"]
    assert len(paragraphs) == len([n for n in left.iter_nodes() if n.kind == "paragraph"])


def test_a_sentence_that_ends_at_the_margin_inside_a_paragraph_runs_on():
    """The same stop at the margin, but the paragraph goes on: its next line holds the full 30 characters."""
    one = ENDS_AT_MARGIN + NEXT
    text = f"第一条　为了培育和践行社会主义核心价值观，提升公民文明素质和社会文明程度，制定本条例。\n{one}\n"
    copy = printed(text)
    lines = copy.split("\n")
    at = lines.index(ENDS_AT_MARGIN[28:])
    assert lines[at + 1] == NEXT[:30]
    left, right = parse(text), parse(copy)
    assert hierarchy(right) == hierarchy(left)
    assert sentences(right) == sentences(left)
