"""Penalties: a fine's amount, a penalty word elsewhere in the sentence, and a fine's amount as the condition of a
procedure. A mixin of parsers.roles.Roles (it needs ix, lex, norm, penalty_verbs and exclusion_opener).
"""

from __future__ import annotations

import re

from parsers.bounds import SPACES, Found
from parsers.context import TextIndex
from parsers.lexicon import Lexicon


class PenaltyTests:
    """Penalty tests of an amount or a share (mixed into Roles)."""

    ix: TextIndex
    lex: Lexicon
    norm: str
    penalty_verbs: tuple[str, ...]
    exclusion_opener: re.Pattern

    def _penalized(self, f: Found, sentence: tuple[int, int], part: tuple[int, int]) -> bool:
        """处一万元以上十万元以下的罚款 / 并处…罚款: a penalty verb right before, or a penalty word after in the part."""
        scan = f.start
        while scan > part[0] and self.norm[scan - 1] in SPACES:
            scan -= 1
        if self.norm.endswith(self.penalty_verbs, part[0], scan):
            return True
        return self.ix.hits(self.lex.penalty_cue, sentence).any(f.end, part[1])

    def _fined_in_sentence(self, sentence: tuple[int, int]) -> bool:
        """A penalty word anywhere in the sentence, but among the costs a payout leaves out (…最高80万元，不含罚息或
        违约金: a part opening with an exclusion word before it). Read once per sentence."""
        memo = self.__dict__.setdefault("_fined_sentences", {})
        if sentence not in memo:
            memo[sentence] = any(
                self.exclusion_opener.match(self.norm, self.ix.part(m.start())[0]) is None
                for m in self.lex.penalty_cue.finditer(self.norm, *sentence)
            )
        return memo[sentence]

    def _fine_condition(self, f: Found, part: tuple[int, int]) -> bool:
        """对二百元以下罚款，…可以当场作出处罚决定: 对 right before a fine's amount makes it the condition of a procedure."""
        scan = f.start
        while scan > part[0] and self.norm[scan - 1] in SPACES:
            scan -= 1
        if scan <= part[0] or self.norm[scan - 1] != "对":
            return False
        return self.ix.hits(self.lex.penalty_cue, self.ix.sentence(f.start)).any(f.end, part[1])
