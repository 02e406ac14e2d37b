"""到2030年 inside its sentence after a function word (就是到2030年，…; 而到2030年全省将…; 意味着到2035年总量需达到…;
lexicon [targets] inner_deadline_after): the deadline of the goal its clause states after it, read as at a part start
(parsers.goal_scopes). After a verb, 到 is the verb's complement (政策执行到2027年: the end of a period).

Its shape must be a goal's too: no figure stands before the year in its part (由…增加到2030年的… is a change's later
term, which parsers.goal_headings reads), the year is no modifier (到2030年的水平), and a verb of a goal followed by a
figure comes after it in its sentence (到2030年，PM2.5浓度下降20%; 到2030年全省培育…50家), not one done (达到了).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.goal_words import goal_words
from parsers.patterns import LINE_SPACES

if TYPE_CHECKING:
    from parsers.goal_scopes import GoalScopes

_DEADLINE = re.compile(
    rf"到[{LINE_SPACES}]*(?:19|20)\d{{2}}[{LINE_SPACES}]*年(?:底|末)?(?![{LINE_SPACES}]*(?:的|[\d月]))"
)
_DIGIT = re.compile(r"\d")
_DONE = ("了", "过")  # a verb of reaching done
_NEGATED = re.compile("未|没有|不(?!断)")  # a goal verb negated right before it (不断 is no negation)
_BLANKS_AND_COMMAS = LINE_SPACES + "，,"
_GOAL_FIGURE = 24  # a goal verb and its figure: how far after the verb the figure may stand


def deadline_inside_part(ix: GoalScopes, pos: int) -> bool:
    """Whether the year phrase at pos (到2030年) is a goal's deadline inside its part (see above)."""
    norm = ix.norm
    m = _DEADLINE.match(norm, pos)
    if m is None or pos == 0 or norm[pos - 1] not in ix.lex.section("targets")["inner_deadline_after"]:
        return False
    words = goal_words(ix.lex)
    part_start = ix.part(pos)[0]
    if _DIGIT.search(norm, part_start, pos):
        return False  # 由30座扩充到…: a change's later term
    if ix.reports_past(pos):
        return False  # 五年来，…到2024年已…: a report
    # the goal is the year's own part or, when the year phrase ends its part (就是到2028年，…), the part after it
    part_end = ix.part(m.end())[1]
    if norm[m.end() : part_end].strip(_BLANKS_AND_COMMAS) == "" and part_end < len(norm):
        part_end = ix.part(part_end + 1)[1]
    if norm[m.end() : part_end].rstrip(_BLANKS_AND_COMMAS).endswith("的"):
        return False  # 而到2027年仍未完成整改的，…: a condition
    for verb in words.goal_verb_any.finditer(norm, m.end(), part_end):
        if norm.startswith(_DONE, verb.end()) or _NEGATED.search(
            norm, max(m.end(), verb.start() - 3), verb.start()
        ):
            return False  # 到2024年达到了峰值: reached, a report; 仍未完成: not done
        if _DIGIT.search(norm, verb.end(), min(part_end, verb.end() + _GOAL_FIGURE)):
            return True
    return False
