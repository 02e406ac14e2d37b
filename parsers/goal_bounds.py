"""The bound a goal's quantity takes from the words around it rather than its own (parsers/bounds.py reads those):
a bound written before a list's first quantity (分别超过90家和870家), after a 分别 list's last one (分别达到60%、50%以上),
or on the goal's verb (至少创建2个A、5个B). A mixin of parsers.goal_quantities.GoalQuantities.
"""

from __future__ import annotations

import re

from parsers.bounds import SPACES as _SPACES
from parsers.context import TextIndex
from parsers.lexicon import Lexicon
from parsers.match_starts import finditer

_MAX_SHARED = 12  # how many listed quantities back a shared bound is looked for (90家、…和870家)
_VERB_BOUND_REACH = 14  # 至少新增食品项目5个: how far before the number a limit adverb on its verb may stand


class GoalBounds:
    ix: TextIndex
    lex: Lexicon
    norm: str
    goal_verb_any: re.Pattern
    _joins: re.Pattern
    _join_before: re.Pattern
    _w: object

    def shared_bound(self, start: int, depth: int = 0) -> str | None:
        """分别超过90家和870家: a part that is only the next quantity of a list (joined by 和/、) shares the bound
        written before the list's first quantity; None when there is none."""
        norm = self.norm
        i = start
        while i > 0 and norm[i - 1] in _SPACES:
            i -= 1
        join = self._join_before.search(norm, max(0, i - 4), i) if depth < _MAX_SHARED else None
        if join is None:
            return None
        window = max(self.ix.part(join.start())[0], join.start() - 24)
        previous = list(finditer(self.lex.target_quantity, norm, window, join.start()))
        if not previous or norm[previous[-1].end() : join.start()].strip(_SPACES):
            return None  # the join must follow a quantity right away (…90家和870家)
        m = previous[-1]
        q = self.ix.qualify(m.start("n1") if m.group("n1") else m.start("n"), m.end())
        if q.before_kind in ("min", "max") and q.after_kind is None:
            return q.before_kind
        if q.kind == "exact" and q.qualifier is None:
            return self.shared_bound(q.start, depth + 1)
        return None

    def trailing_bound(self, m: re.Match) -> str | None:
        """分别达到60%、50%以上: a bound after the last value of a 分别 list binds every value of it; None when the
        quantity is no value of such a list or the list's last value has no bound after it alone."""
        norm = self.norm
        part_start, part_end = self.ix.part(m.start())
        if not self.lex.respective.search(norm, part_start, m.start()):
            return None
        last = self._list_end(m.end(), part_end)
        if last is None:
            return None
        q = self.ix.qualify(last.start("n1") if last.group("n1") else last.start("n"), last.end())
        return q.after_kind if q.after_kind in ("min", "max") and q.before_kind is None else None

    def _list_end(self, pos: int, part_end: int) -> re.Match | None:
        """The last quantity of the list that goes on at ``pos`` (、/和 and the next quantity, again and again); None
        when none follows. Each walk is remembered for every quantity it passes, so the values of one list of n
        quantities cost n steps in all, not n² (a list of thousands, as the fuzz harness writes, took minutes)."""
        known = self._list_ends
        walked, last = [], None
        while (pos, part_end) not in known:
            join = self._joins.match(self.norm, pos, part_end)
            following = self.lex.target_quantity.match(self.norm, join.end(), part_end) if join else None
            if following is None:
                known[(pos, part_end)] = None  # the list ends here
                break
            walked.append(pos)
            last, pos = following, following.end()
        last = known[(pos, part_end)] or last  # where this walk met one already made, that one's end
        for visited in walked:
            known[(visited, part_end)] = last
        return last

    def verb_bound(self, start: int, number_start: int) -> str | None:
        """全区至少创建2个A、5个B、5个C: a limit adverb on the goal's verb bounds the verb's first quantity and each
        later quantity of the list the verb takes (joined by 、/和, no verb of its own between); None when there is none."""
        norm = self.norm
        part_start = self.ix.part(start)[0]
        m = self._w.verb_bound.search(norm, max(part_start, number_start - _VERB_BOUND_REACH), number_start)
        if (
            m is None
            and number_start == start
            and self._join_before.search(norm, max(part_start, start - 4), start)
        ):
            first = self._first_quantity(part_start, start)
            if first is not None and not self.goal_verb_any.search(norm, first.end(), start):
                n = first.start("n1") if first.group("n1") else first.start("n")
                m = self._w.verb_bound.search(norm, max(part_start, n - _VERB_BOUND_REACH), n)
        if m is None:
            return None
        return "min" if m.group("min") else "max"

    def _first_quantity(self, part_start: int, before: int) -> re.Match | None:
        """The part's first quantity that ends by ``before``: the part's first quantity is found once, since every
        later quantity of a list asks for it (a list of thousands, as the fuzz harness writes, took minutes); only
        when it runs past ``before`` is the shorter text searched (the same answer a search cut there gives)."""
        if part_start not in self._first_quantities:
            self._first_quantities[part_start] = self.lex.target_quantity.search(
                self.norm, part_start, self.ix.part(part_start)[1]
            )
        first = self._first_quantities[part_start]
        if first is not None and first.end() <= before:
            return first
        return self.lex.target_quantity.search(self.norm, part_start, before)
