"""A bare year in the middle of a sentence whose subject states its intent before it (某省将加快建设…，重点实施30个大
项目，2031年销售收入超过5000亿元; 某地将建设棉纺基地，2032年新增纺纱产能40万吨): the intent is the year's
clause's too, as a plan's words before the year frame it (parsers.clause_tense.plan_framed). So is a task the text sets
right before the year (实施垃圾分类制度，2031年回收利用率达到40%): what is to be done, then what it reaches by then."""

from __future__ import annotations

import re

from parsers.clause_tense import aims_in_words, reports_in_words
from parsers.goal_tasks import _task_opener
from parsers.patterns import COMMAS, LINE_SPACES, SEMICOLONS, after_last_mark

_DONE_ASPECT = "了过"
# a part that opens with a deadline of its own (并于2030年完成…, 到2030年底…): an earlier task of the same plan
_OWN_DEADLINE = re.compile(r"(?:并|同时)?(?:于|到|至)\s*\d{4}\s*年")


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


def task_before(ix, sentence_start: int, year_start: int) -> bool:
    """Whether every part of the year's clause before the year at ``year_start`` sets a task: opens with a task verb
    (实施…工程，2031年…达到…: lexicon [targets] task_openers, as parsers.goal_tasks reads them; not 实施了…, done) or
    with a deadline of its own (并于2030年完成…，加快建设…，2031年…), and no report cue stands before the year. A
    sentence that sets tasks, then names a year's figures, states the plan of those tasks. A review names whose work
    it tells first (某省坚持…，深入实施…，2030年完成…) or tells it done: a part opening with its subject frames nothing.
    The stage this serves: a bare year in an undated sentence with no word of intent (clause_tense: undecided)."""
    norm = ix.norm
    clause_start = after_last_mark(norm, SEMICOLONS, year_start, sentence_start)
    own = after_last_mark(norm, COMMAS, year_start, clause_start)  # the year's part
    if own <= clause_start or norm[own:year_start].strip(LINE_SPACES):
        return False  # the year does not open a later part of its clause
    if reports_in_words(norm, clause_start, year_start, ix.lex):
        return False
    part = clause_start
    while part < own:
        end = norm.find("，", part, own)
        end = min(e for e in (end, norm.find(",", part, own), own) if e >= 0)
        if not _sets_task(ix, part, end):
            return False
        part = end + 1
    return True


def _sets_task(ix, start: int, end: int) -> bool:
    """The part norm[start:end] opens with a task verb not told done, or with a deadline year of its own."""
    norm = ix.norm
    while start < end and norm[start] in LINE_SPACES:
        start += 1
    if _OWN_DEADLINE.match(norm, start, end):
        return True
    task = _task_opener(ix.lex).match(norm, start, end)
    # 实施了…, 推进过…: the verb's own aspect tells the task done
    return task is not None and norm[task.end() : task.end() + 1] not in _DONE_ASPECT
