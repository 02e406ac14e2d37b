"""A year a reporting lead opens in its own sentence tells results, not a goal (round 35, targets49): 近年来，乙市渔业稳步
壮大，至2028年底，全市养殖水面达36万亩 and 统计数据显示，到2019年，全市…营业收入突破90亿元 report where a span of
development or a count stood at that year's end. The lead stands before the year in the same sentence (lexicon
[targets] report_lead_words) and the sentence names no aim (将, 力争, 目标, 预期, 计划: [tense] plan cues), so the
reading holds even where the text's date is unknown; a year the date shows ahead stays a goal, as does 到2032年，全市
养殖水面达到40万亩 in a plan (no lead), and so does a year after a document the lead's span produced (近年来…，专门
出台文件…，到2020年，…: [targets] report_lead_document_words).
"""

from __future__ import annotations

import re

from parsers.clause_tense import aims_in_words
from parsers.lexicon import Lexicon, alternation


def _lead(lex: Lexicon) -> re.Pattern:
    return re.compile(alternation(lex.section("targets")["report_lead_words"]))


def _document(lex: Lexicon) -> re.Pattern:
    return re.compile(alternation(lex.section("targets")["report_lead_document_words"]))


def report_led(index, m: re.Match, year: int | None) -> bool:
    """Whether the 到/至 year at m closes a span its sentence's reporting lead opened (``index``: a TextIndex)."""
    if year is None or (index.current_year is not None and year >= index.current_year):
        return False
    norm = index.norm
    at = m.start()
    while at < m.end() and norm[at] not in "到至":
        at += 1
    if at == m.end() and not (m.start() > 0 and norm[m.start() - 1] in "到至"):
        return False  # no 到/至 year
    start, end = index.full_sentence(m.start())
    lead = index.lex.derived(_lead).search(norm, start, m.start())
    if lead is None or index.lex.derived(_document).search(norm, lead.end(), m.start()):
        return False  # …专门出台文件把…作为…，到2020年，…: the document's goals
    return not aims_in_words(norm, start, end, index.lex)
