"""The old value of a change is no longer paid (roles.py asks, for money and ratios).

最高补贴额由800元提高到1200元, 补助标准分别由310元、140元提高到330元、155元, 支持比例由不超过投资额12%提高到18%,
奖励标准由3万元提高到6万元，1万元提高到4万元: an amount a text changes from (the source of a change to another amount
of the same comma part) is what was paid before, not what is paid now. An analyst who sums payouts would count the grant
twice, so the old value is other (fixtures/heldout/SOURCES.md, "Written down in round 30"); the new value keeps the role
its clause gives it. Two shapes:

* 由/从 opens the old value (at most 24 characters before it: 每人每年, 原来的, 不超过…投资额, 2020年的 between) and a change
  verb with 到/至/为 follows it, then a number: the amounts between 由 and the verb are the old values (a list of them:
  由310元、140元提高到…), those after the verb the new ones;
* an amount right before the change verb, with only a per-unit word between (1万元提高到4万元, 8万元每项提高至…).

Roles asks after its penalty, goal and condition tests: a fine raised stays a penalty, a goal's base is read by the
goal rules, and a measure that qualifies (营收由2亿元以下增加到4亿元以上的企业) stays a threshold. The words are change_from,
change_verbs and change_to in [bounds] of parsers/data/lexicon.toml (the words a bound reads a changed limit with), and
the short verbs of [roles] old_value_verbs (增至, 降至, 调至).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.bounds import SPACES
from parsers.patterns import alternation

if TYPE_CHECKING:
    from parsers.bounds import Found
    from parsers.context import TextIndex
    from parsers.lexicon import Lexicon

_BREAKS = "，,；;。！？!?\n"  # a comma part's own breaks: a change never crosses one
_FROM_REACH = 24  # characters between 由/从 and the amount: 每人每年, 由原来的, 由不超过设备购置投资额
# characters between the old value and the change verb after 由: a list of old values, 的标准
_LIST_REACH = 24
_BARE_REACH = 4  # …with no 由 before it: a per-unit word only (每项, /家)
_NEW_REACH = 12  # characters between 到/至/为 and the new value's number: 每人每天, 贷款余额的
# how far back a change verb governs a list of new values; bounded so that each amount of a long list does not
# rescan the whole part (quadratic on a list of thousands)
_LIST_LOOKBACK = 200
_NUMERAL = "\\d一二三四五六七八九十两百千万"


def _build(lex: Lexicon) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    b, roles = lex.section("bounds"), lex.section("roles")
    verbs = alternation([*b["change_verbs"], *roles["old_value_verbs"]])
    change = f"(?:{verbs})[{SPACES}]*(?:{alternation(b['change_to'])})"
    # the change and the new value's number after it, in the same comma part
    new_value = f"{change}[^{_BREAKS}]{{0,{_NEW_REACH}}}?[{_NUMERAL}]"
    opener = re.compile(alternation(b["change_from"]))
    # no second 由 between: it would open a change of its own
    after_list = re.compile(
        f"(?:(?!{alternation(b['change_from'])})[^{_BREAKS}]){{0,{_LIST_REACH}}}?{new_value}"
    )
    after_bare = re.compile(f"[^{_BREAKS}{_NUMERAL}]{{0,{_BARE_REACH}}}?{new_value}")
    return opener, re.compile(change), after_list, after_bare


def old_value(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    """``f`` is the source of a change to another amount of its comma part ``part``."""
    opener, change, after_list, after_bare = lex.derived(_build)
    norm = ix.norm
    # the nearest 由/从 before the amount in its part; a change verb between makes the amount the new value (由…提高到X)
    start = max(part[0], f.start - _FROM_REACH)
    opened = None
    for m in opener.finditer(norm, start, f.start):
        opened = m
    if opened is not None and change.search(norm, opened.end(), f.start) is None:
        return after_list.match(norm, f.end, part[1]) is not None
    if change.search(norm, max(part[0], f.start - _LIST_LOOKBACK), f.start) is not None:
        return False  # (…提高到330元、155元: a new value of a list)
    return after_bare.match(norm, f.end, part[1]) is not None
