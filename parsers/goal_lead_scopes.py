"""The statements goal leads open (2026年主要预期目标：, “十五五”时期主要目标是：), set among the statements found before.

A lead names what follows as a year's goals (parsers.goal_leads, parsers.goal_reach dated_goal_leads), so its list is
read as bare lines of a goals unit (比上年增长6% there is the plan's change). A statement the lead's own line opened
(2030年全县…将…：) gives way to the lead, which reaches further, and so does the heading scope of its year
(2026年主要预期目标： ⏎ 增速6%左右 ⏎ …: the lead reads a line with no verb). A statement of the lead's own year inside its
list (“十五五”时期主要目标是： ⏎ ——…年均增长6%左右，到2030年突破8000亿元。) ends the lead's reach there: the goals before
it are the lead's, the rest that statement's. A lead that overlaps any other statement gives none. Called by
parsers.goal_scopes.
"""

from __future__ import annotations

from dataclasses import replace

from parsers.goal_scope import Scope


def with_goal_leads(scopes: list[Scope], leads: list[tuple[int, int, int, int]]) -> list[Scope]:
    """``scopes`` with the statement of each (lead start, body start, reach, year) of ``leads`` (see above)."""
    for start, body_start, reach, year in leads:
        scopes = [
            s
            for s in scopes
            if not (start <= s.start < body_start and (s.end <= body_start or s.heading or s.end < reach))
        ]
        own_year = [s.start for s in scopes if body_start <= s.start < reach and s.year == year]
        reach = min(own_year, default=reach)
        if reach > body_start and not any(
            start <= s.start < reach or s.start <= start < s.end for s in scopes
        ):
            lead = Scope(
                start, body_start, reach, body_start, year, section=True, carried=True, bare_lines=True
            )
            scopes.append(replace(lead, goals_unit=True))
    return scopes
