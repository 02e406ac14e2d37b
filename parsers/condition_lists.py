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
_PATTERNS: dict[int, tuple[re.Pattern, re.Pattern]] = {}


def _patterns(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    patterns = _PATTERNS.get(id(lex))
    if patterns is None:
        roles = lex.section("roles")
        patterns = _PATTERNS[id(lex)] = (
            re.compile(roles["condition_list_lead_pattern"]),
            re.compile(roles["list_item_label_pattern"]),
        )
    return patterns


class ConditionLists:
    """Whether a position stands in a list of conditions (mixed into Roles: it needs ix, lex, norm)."""

    ix: TextIndex
    lex: Lexicon
    norm: str

    def _in_condition_list(self, pos: int) -> bool:
        """A condition lead stands before ``pos`` in its paragraph, or in an earlier paragraph from which only
        numbered items lead to it."""
        lead, item = _patterns(self.lex)
        norm = self.norm
        start, _ = self.ix.paragraph(pos)
        if lead.search(norm, start, pos) is not None:
            return True
        for _ in range(_ITEMS_BACK):
            if not item.match(norm, start) or start == 0:
                return False  # only the items of a list carry its lead down
            start, end = self.ix.paragraph(start - 1)
            while start == end and start > 0:  # a blank line between items
                start, end = self.ix.paragraph(start - 1)
            if lead.search(norm, start, end) is not None:
                return True
        return False

    def _listed_condition(self, f: Found, part: tuple[int, int]) -> bool:
        """A bounded amount or share in a list of conditions, with no grant word in its part."""
        return (
            f.kind != "exact"
            and self._in_condition_list(f.start)
            and not self.ix.hits(self.lex.subsidy_cue, self.ix.sentence(f.start)).any(*part)
            and not self.ix.hits(self.lex.ratio_subsidy_cue, self.ix.sentence(f.start)).any(*part)
        )
