"""Parts a goal statement's sentence makes no goals, whatever they hold: the terms of an application named before
them (申请补助的条件包括，…), the measures a purpose leads (为方便群众就医，甲市将…), and what a goal just named means
(…，这就意味着…). Mixed into parsers.goal_reader.GoalReader, whose quantities (parsers.goal_quantities) and goal words
(parsers.goal_words) it asks; its patterns are the lexicon's [targets] condition_terms_pattern, purpose_lead_pattern,
purpose_part_pattern and commentary_part_pattern.
"""

from __future__ import annotations

import re

from parsers.patterns import LINE_SPACES, before_spaces


def _purpose_lead(lex) -> re.Pattern:
    return re.compile(lex.section("targets")["purpose_lead_pattern"])


def _purpose_part(lex) -> re.Pattern:
    return re.compile(lex.section("targets")["purpose_part_pattern"])


def _commentary_part(lex) -> re.Pattern:
    return re.compile(lex.section("targets")["commentary_part_pattern"])


def _condition_terms(lex) -> re.Pattern:
    return re.compile(lex.section("targets")["condition_terms_pattern"])


# how far back in its sentence a part's condition terms, purpose or commentary are read: far beyond any real
# sentence's reach, and bounded so that a sentence of thousands of parts is not rescanned for each (quadratic)
_SENTENCE_REACH = 400


class GoalPurposes:
    verb_reach: int  # how far before a number its goal verb may begin (parsers.goal_reader)

    def listed_condition(self, start: int) -> bool:
        """申请补助的条件包括，项目应具备…，装机容量须超过200千瓦: the part stands after its sentence names the terms of an
        application (lexicon condition_terms_pattern), so it is one of those terms, no goal."""
        sentence_start = max(self.ix.full_sentence(start)[0], start - _SENTENCE_REACH)
        return self.lex.derived(_condition_terms).search(self.norm, sentence_start, start) is not None

    def purpose_led(self, start: int, since: int | None) -> bool:
        """为方便群众就医，癸市将加快医疗资源布局，扩大…: the part's sentence opens with a purpose (lexicon
        purpose_lead_pattern) and the goal statement (its year at ``since``) opened before that sentence, or a 为了
        part stands between the statement's year and the part (purpose_part_pattern): the part is a measure for that
        purpose, no goal. So is a part from one that says what the goal means (commentary_part_pattern: 这就意味着…)."""
        sentence_start = self.ix.full_sentence(start)[0]
        said = self.lex.derived(_commentary_part).search(
            self.norm,
            max(sentence_start, since or 0, start - _SENTENCE_REACH),
            min(self.ix.part(start)[1], start + _SENTENCE_REACH),
        )
        if said is not None and said.start() < start:
            return True  # …达到6.5万元，这就意味着…多出1.5万元，增幅较大: what the goal means, no goal
        if since is not None and since >= sentence_start:
            # 为…，力争到2027年，培育…: the year's own statement after the purpose; but …30万亩以上，为了加快…，建设…:
            # a purpose set apart after the goals leads measures. Right after the year phrase (到2031年，为了…，全市…
            # 达到…) it leads the statement's goals: a goal (a figure or a goal verb) must stand before it.
            purpose = self.lex.derived(_purpose_part).search(
                self.norm, max(since, start - _SENTENCE_REACH), start + 1
            )
            return purpose is not None and self._goal_between(since, purpose.start())
        # the purpose's own part is no goal either (为方便群众就医，…: what the measures serve)
        if self.lex.derived(_purpose_lead).match(self.norm, sentence_start) is None:
            return False
        # …but a figure a goal verb reaches is a goal the purpose leads (为建设美丽乡村，全县…普及率达到95%), unless its
        # part opens with a task verb (新建…两个中心, 开展…) or a doer and 将/要 before one: a measure (review31 S11)
        return not self._reached_figure(start)

    def _reached_figure(self, start: int) -> bool:
        """The part at start holds a figure right after a goal verb and does not open as a task does."""
        end = self.ix.part(start)[1]
        lead = start
        while lead < end and self.norm[lead] in LINE_SPACES:
            lead += 1
        if self.ix._opens_task(lead):
            return False
        for m in self.quantities(start, end):
            number_start = m.start("n1") if m.group("n1") else m.start("n")
            verb_end = before_spaces(self.norm, start, number_start)
            if self.goal_verb_tail.search(self.norm, max(start, verb_end - self.verb_reach), verb_end):
                return True
        return False

    def _goal_between(self, start: int, end: int) -> bool:
        """Something of a goal stands in [start, end): a figure or a goal verb, more than a year phrase."""
        return (
            bool(self.quantities(start, end))
            or self._w.goal_verb_any.search(self.norm, start, end) is not None
        )
