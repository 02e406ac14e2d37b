"""The parts of a goal statement (parsers/targets.py reads each as one goal): its comma parts, with an object that
runs over a comma joined back (基本建成A化、B化，C、D协同发展的现代产业体系), the items of a bare list line, the
pieces of an enumeration (新建12个社区食堂、4个养老驿站) and a bracketed quantity as a goal of its own
(新产品50项（其中首台套产品不少于3项）)."""

from __future__ import annotations

import re

from parsers.bounds import SPACES as _SPACES
from parsers.goal_clauses import join_quoted, stated_goal_form
from parsers.goal_list_lines import list_items
from parsers.goal_restated_changes import restates_a_change, spaced_change_start
from parsers.goal_scopes import Scope
from parsers.patterns import alternation

_CLOSING_MARKS = frozenset("”’」』》〉）)】〕")
_OPENING_MARKS = frozenset("“‘「『《〈（(【〔")
_DIGIT = re.compile(r"\d")


class GoalParts:
    """Mixed into the goal reader of parsers/targets.py, whose index, words and quantities it reads."""

    def goal_parts(self, scope: Scope) -> list[tuple[int, int, bool, tuple[int, int] | None]]:
        """(start, end, in_first_sentence, bracket to leave out) of the parts of a goal statement."""
        out = []
        for start, end in self.join_doublings(
            self._join_changes(
                self._join_objects(join_quoted(self.norm, self.ix.parts_between(scope.body_start, scope.end)))
            )
        ):
            # a closing mark at the start of a part ends the sentence before it (…平台。”全市达到5个),
            # an opening mark at its end opens the next: neither belongs to this goal
            while start < end and (self.norm[start] in _SPACES or self.norm[start] in _CLOSING_MARKS):
                start += 1
            while end > start and (self.norm[end - 1] in _SPACES or self.norm[end - 1] in _OPENING_MARKS):
                end -= 1
            closer = self.lex.goal_closer.search(self.norm, start, end)
            if closer is not None and closer.end() >= end:
                end = closer.start()  # 锚定2032年…突破900艘的目标: the goal's name is no part of its metric
            if start >= end:
                continue
            # a line of a bare list may hold several items set apart by spaces (增长3% 消费增长5%)
            items = list_items(self.norm, start, end, numbered_only=not scope.bare_lines)
            pieces = (
                run
                for item in items
                for piece in self._split_enumeration(*item)
                for run in self._split_run_together(*piece)
            )
            for s, e in pieces:
                while s < e and self.norm[s] in _SPACES:
                    s += 1  # 分别超过 90 家和 870 家: a listed piece starts at its figure, not at the space after 和
                if (cut := spaced_change_start(self.norm, s, e, self.lex)) is not None:
                    e = cut  # 达到3% 较2025年提高0.5个百分点: the level's goal, its change no goal of its own
                if restates_a_change(self.norm, s, e, self.lex):
                    continue  # …达72%、提高4个百分点: the level's change from its base (goal_restated_changes)
                # a task sentence after the year's own (加强…建设，统筹…) needs a goal verb, like a later paragraph
                first = s < scope.first_sentence_end and not self.ix.task_sentence(s, scope)
                if scope.heading or (scope.section and s >= scope.first_sentence_end):
                    # a line under 到2025年发展目标, a paragraph of a goal section: a goal with its verb, a
                    # sub-heading (园区环境更美) none; the verb of an enumeration's first piece is the later
                    # pieces' (客流分别增长3.5%和5%左右)
                    lead = start if not scope.bare_lines else s
                    first = self._w.heading_goal_verb.search(self.norm, lead, e) is not None
                    first = first or (scope.bare_lines and bool(self.quantities(s, e)))
                    # a year's work section (某局2027年工作计划): the parts after 力争 in its sentence are goals
                    # as a yearless 力争 sentence's are (力争…稳定在36万头以上，新建圈舍40栋)
                    first = first or (scope.quantified_only and self._after_opener(s))
                    # 进出口总额增速高于全国平均水平, 单位GDP能耗完成省下达的任务 in a year's list under its heading: a
                    # goal by its form, with no goal verb (parsers.goal_clauses.stated_goal_form)
                    first = first or stated_goal_form(self.ix, s, e)
                for piece_start, piece_end, skip in self._split_brackets(s, e):
                    out.append((piece_start, piece_end, first, skip))
        return out

    def _split_run_together(self, start: int, end: int) -> list[tuple[int, int]]:
        """…覆盖率达到85%左右茶叶…精制率达到63%以上: goals run together where the copy lost the mark between them, cut after
        each hedged figure a goal verb sets (lexicon [targets] run_together_goal_pattern) when the rest holds a goal verb
        with a figure of its own."""
        out = []
        for m in self.lex.derived(_run_together).finditer(self.norm, start, end):
            verb = self.goal_verb_any.search(self.norm, m.end(), end)
            if verb is not None and _DIGIT.search(self.norm, verb.end(), end):
                out.append((start, m.end()))
                start = m.end()
        return [*out, (start, end)]

    def _after_opener(self, pos: int) -> bool:
        """Whether a goal opener (力争, 确保) stands before pos in its sentence."""
        return self.lex.goal_opener.search(self.norm, self.ix.full_sentence(pos)[0], pos) is not None

    def _join_objects(self, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """基本建成A化、B化，C、D协同发展的现代产业体系: a part with no goal verb ending in 的…体系 continues the object
        of the part before it, which opens with a goal verb and names no head of its own, or ends in its modifier's 的."""
        out: list[tuple[int, int]] = []
        norm = self.norm
        for start, end in parts:
            if (
                out
                and self.object_tail.search(norm, start, end)
                and not self.goal_verb_any.search(norm, start, end)
                and not self.object_lead.match(norm, start)
            ):
                p_start, p_end = out[-1]
                lead = p_start
                while lead < p_end and norm[lead] in _SPACES:
                    lead += 1
                opens = self.goal_verb_any.search(norm, lead, min(p_end, lead + 4)) is not None
                listed = "、" in norm[p_start:p_end] and "的" not in norm[p_start:p_end]
                if opens and listed and norm[p_end] in "，," and not self.quantities(p_start, end):
                    out[-1] = (p_start, end)
                    continue
                # 建成以学校为主体、…为补充的，开放共享、…的培训体系: a modifier cut off at its 的 goes on to the head
                unfinished = norm[p_start:p_end].rstrip(_SPACES).endswith("的")
                if unfinished and norm[p_end] in "，," and not self.quantities(p_start, end):
                    out[-1] = (p_start, end)
                    continue
            out.append((start, end))
        return out

    def _join_changes(self, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """全产业链由“十三五”的1.753万亿元，发展到2.568万亿元: a part with a change's base and the next part, which opens
        with the change's verb and new figure, are one goal (the base is no goal of its own)."""
        out: list[tuple[int, int]] = []
        w = self._w
        for start, end in parts:
            if out and w.change_rest.match(self.norm, start) and w.change_base.search(self.norm, *out[-1]):
                out[-1] = (out[-1][0], end)
                continue
            out.append((start, end))
        return out

    def _split_brackets(self, start: int, end: int) -> list[tuple[int, int, tuple[int, int] | None]]:
        """新产品50项（其中首台套产品不少于3项）: the bracket is a goal of its own, left out of the outer one; a bracket
        holding nothing but an amount restates the one before it (600万千瓦（6GW）): left out, no goal of its own."""
        for m in self._brackets.finditer(self.norm, start, end):
            inner = (m.start(1), m.end(1))
            quantities = self.quantities(*inner)
            if inner[0] == start or not quantities or not self.quantities(start, m.start()):
                continue
            rest = self.norm[m.end() : end].strip(_SPACES)
            outer = (start, m.start(), None) if not rest else (start, end, (m.start(), m.end()))
            if (
                len(quantities) == 1
                and self.norm[inner[0] : inner[1]].strip(_SPACES) == quantities[0].group()
                and not self.lex.derived(_share_end).search(quantities[0].group())
            ):
                # 建成600万千瓦（6GW）: the same amount in another unit (800亿元（12%）: a share, a goal of its own)
                return [outer]
            return [outer, (inner[0], inner[1], None)]
        return [(start, end, None)]

    def _opener_led(self, start: int, end: int) -> bool:
        """力争完成茶叶加工量9万吨，实现综合产值220亿元: a part a goal opener leads, or one a goal verb leads in a sentence
        whose first part a goal opener leads (the opener governs each verb of its sentence)."""
        if self.opener.match(self.norm, start):
            return True
        first = self._lead(self.ix.full_sentence(start)[0], start)
        return (
            first < start
            and self.opener.match(self.norm, first) is not None
            and self._w.goal_verb_any.match(self.norm, self._lead(start, end)) is not None
        )


def _run_together(lex) -> re.Pattern:
    return re.compile(lex.section("targets")["run_together_goal_pattern"])


def _share_end(lex) -> re.Pattern:
    """A share's sign at the end of a quantity (12%, 5‰, 3个百分点): ratios' percent, per-mille and points words."""
    ratios = lex.section("ratios")
    signs = [*ratios["percent_signs"], *ratios["per_mille_signs"], ratios["percentage_points"]]
    return re.compile(f"(?:{alternation(signs)})\\Z")
