"""Lists of conditions: a lead that names the conditions after it (对同时满足以下条件的企业…：, 比例符合如下要求，…：) and
the list it opens (the rest of its paragraph, then the numbered items after it). A mixin of parsers.roles.Roles: a
bounded amount or share in such a list, with no grant word in its part, is a condition (threshold).
"""

from __future__ import annotations

import re

from parsers.bounds import Found
from parsers.context import TextIndex
from parsers.lexicon import Lexicon

_ITEMS_BACK = 12  # numbered items a list may hold before the one read


def _build_patterns(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    roles = lex.section("roles")
    return re.compile(roles["condition_list_lead_pattern"]), re.compile(roles["list_item_label_pattern"])


def _patterns(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    return lex.derived(_build_patterns)


class ConditionLists:
    """Whether a position stands in a list of conditions (mixed into Roles: it needs ix, lex, norm)."""

    ix: TextIndex
    lex: Lexicon
    norm: str

    def _in_condition_list(self, pos: int) -> bool:
        """A condition lead stands before ``pos`` in its paragraph, or in an earlier paragraph from which only
        numbered items lead to it."""
        item = _patterns(self.lex)[1]
        norm = self.norm
        start, end = self.ix.paragraph(pos)
        if self._lead_end(start, end) <= pos:
            return True
        for _ in range(_ITEMS_BACK):
            if not item.match(norm, start) or start == 0:
                return False  # only the items of a list carry its lead down
            start, end = self.ix.paragraph(start - 1)
            while start == end and start > 0:  # a blank line between items
                start, end = self.ix.paragraph(start - 1)
            if self._lead_end(start, end) <= end:
                return True
        return False

    def _lead_end(self, start: int, end: int) -> float:
        """Where the first condition lead of the paragraph [start, end) ends (infinity: none), found once per
        paragraph (a search from the paragraph's start for each amount would cost time quadratic in its length)."""
        cache: dict[int, float] = self.__dict__.setdefault("_condition_leads", {})
        found = cache.get(start)
        if found is None:
            m = _patterns(self.lex)[0].search(self.norm, start, end)
            found = cache[start] = m.end() if m is not None else float("inf")
        return found

    def _listed_condition(self, f: Found, part: tuple[int, int]) -> bool:
        """A bounded amount or share in a list of conditions, with no grant word in its part."""
        return (
            f.kind != "exact"
            and self._in_condition_list(f.start)
            and not self.ix.hits(self.lex.subsidy_cue, self.ix.sentence(f.start)).any(*part)
            and not self.ix.hits(self.lex.ratio_subsidy_cue, self.ix.sentence(f.start)).any(*part)
        )
