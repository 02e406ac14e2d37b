"""A bare year in the middle of a sentence whose subject states its intent before it (某省将加快建设…，重点实施30个大
项目，2031年销售收入超过5000亿元; 某地将建设棉纺基地，2032年新增纺纱产能40万吨): the intent is the year's
clause's too, as a plan's words before the year frame it (parsers.clause_tense.plan_framed)."""

from __future__ import annotations

import re

from parsers.clause_tense import aims_in_words, reports_in_words
from parsers.patterns import SEMICOLONS, after_last_mark


def _object_mark(lex) -> re.Pattern:
    return re.compile(lex.section("tense")["object_mark_pattern"])


def intent_before(ix, sentence_start: int, year_start: int) -> bool:
    """Whether a verb of intent (将, 要, 力争 …: lexicon [tense] plan_cues but its nouns) stands before the year at
    ``year_start`` in its sentence, in the same clause (not across a semicolon: …培育计划；2024年，… reports), with no
    report cue between it and the year, and not as the mark of a moved object (坚持将…作为重中之重: [tense]
    object_mark_pattern)."""
    norm, lex = ix.norm, ix.lex
    start = after_last_mark(norm, SEMICOLONS, year_start, sentence_start)
    if start >= year_start or reports_in_words(norm, start, year_start, lex):
        return False
    pos = start
    for moved in lex.derived(_object_mark).finditer(norm, start, year_start):
        if aims_in_words(norm, pos, moved.start(), lex, verbs_only=True):
            return True
        pos = moved.end()
    return aims_in_words(norm, pos, year_start, lex, verbs_only=True)
