"""Task sentences inside a goal statement: a sentence after the year's own that opens with a task verb (加强…建设)
says what is done, not what is reached, so its figures are no goals of the year (mixed into GoalScopes)."""

from __future__ import annotations

import re
from collections.abc import Callable

from parsers.goal_scope import Scope
from parsers.goal_words import goal_words
from parsers.lexicon import Lexicon, alternation
from parsers.patterns import LINE_SPACES


def _build_task_opener(lex: Lexicon) -> re.Pattern:
    """A task verb (task_openers, or a verb of doing of task_clause_openers: 打好, 遵循, 严格…) after an adverb, or a
    modal, at a sentence's or part's start."""
    targets = lex.section("targets")
    return re.compile(
        f"(?:{targets['task_connective_pattern']})?"
        f"(?:{targets['task_adverb_pattern']}(?:{alternation(targets['task_openers'] + targets['task_clause_openers'])})"
        f"|(?:{targets['task_modal_pattern']}))"
    )


def _task_opener(lex: Lexicon) -> re.Pattern:
    return lex.derived(_build_task_opener)


class GoalTasks:
    """Needs norm, lex, part, full_sentence and the _tasks cache TextIndex.__init__ sets."""

    norm: str
    lex: Lexicon
    _tasks: dict[int, bool]
    part: Callable[[int], tuple[int, int]]
    full_sentence: Callable[[int], tuple[int, int]]

    def task_sentence(self, pos: int, scope: Scope) -> bool:
        """The sentence around pos comes after the year's own sentence of ``scope`` and opens with a task verb
        (到2025年，…建成。加强…建设，统筹…): it says what is done, not what is reached. Inside a task sentence that
        the year phrase only interrupts (加快推进危房改造，到2020年基本完成…，建立健全…机制), a later part that opens with
        a task verb is a task too."""
        start = self.full_sentence(pos)[0]
        if start <= scope.start:
            part_start = self.part(pos)[0]
            if start == scope.start or part_start <= scope.body_start or not self._opens_task(start):
                return False
            later_task = self.part(scope.body_start)[1] < part_start and self._opens_task(part_start)
            if later_task and self._framed_topic(start):
                # 推进…保障工程方面，到2030年，新建…，实施管网改造600公里；加快完善…网，…: the frame's task verb names the
                # topic the goals fall under, so a later part with a task verb is a task only with no figure of work
                part_end = self.part(part_start)[1]
                return not any(c.isdigit() for c in self.norm[part_start:part_end])
            return later_task
        return self._opens_task(start)

    def _framed_topic(self, start: int) -> bool:
        """The sentence's first part is a frame of what follows, no task of its own (实施…工程方面，; 在推进…方面，): the
        frame_pattern of the goal reader, over the whole part."""
        at, end = start, self.part(start)[1]
        while at < end and self.norm[at] in LINE_SPACES:
            at += 1
        frame = goal_words(self.lex).frame.match(self.norm, at, end)
        return frame is not None and frame.end() == end

    def _opens_task(self, start: int) -> bool:
        found = self._tasks.get(start)
        if found is None:
            at = start
            while at < len(self.norm) and self.norm[at] in LINE_SPACES:
                at += 1
            found = self._tasks[start] = _task_opener(self.lex).match(self.norm, at) is not None
        return found
