"""A 到/至 year in a text whose date is unknown, in a sentence that tells the result as done in its own words, reports
where things stood (round 36, falsegoals36): 到2020年，甲省农村危房全部改造，解决了…问题; 到2019年，…装机达到…，
提前完成了…的既定目标; 至2023年底已占…的31.5%; 从建市之初的…，到2031年突破…，再到…. With no date to set the year
against, the sentence's tense decides: a verb of achieving with 了, 已 right after the year, a goal set before exceeded
or met ahead, a run from a past origin (lexicon [targets] told_result_pattern), and no word of intent used as a verb
(将, 力争, 计划 …: [tense] plan cues; the noun 目标 of a goal met does not count).
A dated text is read by its date (parsers.goal_reports._closed_year_reported); 到2025年，全面完成…改造 (no sign of the
past) stays a goal, and so does 到2025年将解决了… (将 aims).
"""

from __future__ import annotations

import re

from parsers.clause_tense import aims_in_words
from parsers.lexicon import Lexicon


def _told(lex: Lexicon) -> re.Pattern:
    return re.compile(lex.section("targets")["told_result_pattern"])


def told_result(index, m: re.Match, year: int | None) -> bool:
    """Whether the 到/至 year at m, in an undated text (``index``: a TextIndex), closes a result its sentence tells."""
    if year is None or index.current_year is not None:
        return False
    norm = index.norm
    if (
        "到" not in m.group()
        and "至" not in m.group()
        and not (m.start() > 0 and norm[m.start() - 1] in "到至")
    ):
        return False  # a bare year: its clause's tense reads it (parsers.clause_tense)
    start, end = index.full_sentence(m.start())
    # read once a sentence: a long one holding many years would cost time quadratic in its length
    told = index.__dict__.setdefault("_told_sentences", {})
    if start not in told:
        told[start] = index.lex.derived(_told).search(norm, start, end) is not None and not aims_in_words(
            norm, start, end, index.lex, verbs_only=True
        )
    return told[start]
