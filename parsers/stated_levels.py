"""A level stated, not a condition: a size word's bound amount that conditions nothing (roles.py asks).

有色金属产值突破1000亿元，特钢产值达500亿元。 states levels reached; 投资5000万元以上，实行一事一议 names a rule's
condition. The amount must end its part, or be followed only by a level word (大关, 台阶 …) or, after a level verb,
by the next item of its enumeration, a remark or an aside (分别达80亿元、30亿元; 达到450亿元——…), or by its change
(超过950亿元、增长11.5%); and its sentence must
grant, fine and rule nothing (the words are in [roles] of parsers/data/lexicon.toml).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.bounds import SPACES
from parsers.list_markers import NUMBERING

if TYPE_CHECKING:
    from parsers.bounds import Found
    from parsers.roles import Roles

# a numbered item's mark ((2), 1、, 三、) opening the sentence: an item of a list, which a rule's criteria are written in
_NUMBERED_ITEM = re.compile(f"[{SPACES}\n]*(?:{NUMBERING})")


def level_stated(roles: Roles, f: Found, sentence: tuple[int, int], part_end: int) -> bool:
    norm, lex, ix = roles.norm, roles.lex, roles.ix
    part_start = ix.part(f.start)[0]
    rest = norm[f.end : part_end].strip(SPACES)
    if rest and not lex.level_tail_word.fullmatch(rest):
        if not lex.level_aside.fullmatch(rest):
            return False
        reach = f.reached or roles.level_verb.search(norm, max(part_start, f.core_start - 4), f.core_start)
        if not reach and not roles.level_change_after.match(norm, f.end):
            # 固定资产投资不低于3亿元（含）: a requirement, with its remark; 营业收入超过950亿元、增长11.5%: a level told
            # with its change is reported whatever its bound (no requirement carries a change of its own)
            return False
    totals = tuple(lex.section("roles")["stated_level_total_marks"])
    for counted in lex.counted_subject.finditer(norm, part_start, f.start):
        cue = lex.threshold_cue.search(norm, counted.end(), min(f.start, counted.end() + 6))
        if (
            cue
            and not norm.startswith(totals, cue.start())
            and not norm.endswith(totals, counted.end(), cue.start())
        ):
            return False  # 其中3个营业收入超2000亿元: the amount says which of the things counted qualify
        # (12个项目总投资逾70亿元: a total sums the things counted, it qualifies none of them)
    if lex.rule_word.search(norm, *sentence):
        return False  # 投资5000万元以上，实行一事一议 / 投资必须达到5亿元以上: a rule's condition
    if (
        _NUMBERED_ITEM.match(norm, sentence[0])
        and not roles._reported(sentence)
        and not roles.aggregate.search(norm, part_start, f.start)
    ):
        # （2）农产品销售额达到300万元以上；: a numbered item of a rule's criteria, no level told (a region's aggregate,
        # （一）…工业总产值达到4万亿元, is a plan's numbered goal: left to the goal tests)
        return False
    # a payout named in an earlier part (降低贴息门槛，…投资分别达2300亿元) grants nothing on this amount
    return not ix.hits(lex.subsidy_cue, sentence).any(part_start, sentence[1]) and not ix.hits(
        lex.penalty_cue, sentence
    ).any(*sentence)
