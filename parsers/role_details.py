"""The details of a paid amount: its instrument word, its period, and whether it is paid once.

A mixin of parsers.roles.Roles (it needs ix, lex, norm and period_window).
"""

from __future__ import annotations

from parsers.bounds import Found
from parsers.context import TextIndex
from parsers.lexicon import Lexicon


class RoleDetails:
    """Instrument, period and one-off of an amount (mixed into Roles)."""

    ix: TextIndex
    lex: Lexicon
    norm: str
    period_window: int

    def instrument(self, f: Found, sentence: tuple[int, int]) -> tuple[str | None, int]:
        """The nearest instrument word after the amount in its sentence, else the nearest before."""
        s_start, s_end = sentence
        hits = self.ix.hits(self.lex.instrument, sentence)
        after = hits.first(f.end, s_end)
        if after:
            return self.ix.written(after.start(), after.end()), after.end()
        last = hits.last(s_start, f.start)
        return (self.ix.written(last.start(), last.end()), f.end) if last else (None, f.end)

    def period(self, f: Found) -> str | None:
        part_start, _ = self.ix.part(f.start)
        last = None
        window = (
            max(part_start, f.core_start - self.period_window),
            f.core_start,
        )  # 不超过每月1500元: inside the bound
        for last in self.lex.period.finditer(self.norm, *window):  # noqa: B007
            pass
        return self.ix.written(last.start(), last.end()) if last else None

    def one_off(self, f: Found, sentence: tuple[int, int], previous_end: int, instrument_end: int) -> bool:
        """一次性 between the previous amount of the sentence (or its start) and this amount's instrument."""
        window_start = max(sentence[0], previous_end)
        return self.ix.hits(self.lex.one_off, sentence).any(window_start, max(instrument_end, f.end))
