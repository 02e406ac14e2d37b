"""An aggregate, not a payout: a fund's level or a sum secured, levered or paid out as a whole (roles.py asks).

A sentence that names a grant word is not thereby granting every amount in it. Two clause shapes put an amount outside
what any one recipient is paid, and an analyst who sums subsidies must not add them:

* a level an aggregate reached: a fund, sum or scale noun right before a level verb (保费规模达8.6亿元,
  补偿金额达到3.4亿元, 粮食直补资金增加到7.5亿元, 支持…开发资金达2000万元), or a stock with or without one (贷款余额
  120.5亿元, 总授信150亿元): the size of the whole;
* a sum secured, levered or paid out as a whole: a verb of obtaining from above, of levering or of paying out in bulk
  earlier in the amount's comma part, with only the fund's name between (争取上级科技经费3000万元, 撬动…研发投入增量
  12.6亿元, 共发放惠民补贴80多万元, 金融让利90亿元). Not under a modal of permission or a per-recipient
  mark right before the verb (可争取, 每…), nor with a payout's mark between the verb and the amount (给予, 一次性, 最高,
  每, a digit: 带动…给予企业10万元), nor as a cap (最高…: one recipient's limit), nor after a 对…的 condition naming the
  recipient (对认定为…的企业，兑现奖补资金50万元);
* what the recipient pays, not what it is paid: a contribution word right before the amount with only a standard's
  words between (个人缴费标准为每人380元，财政补助标准为每人890元; 每株价格0.4元，县财政奖补0.3元，农民自费0.1元);
* a sum set to a purpose: the amount, the fund's name at most, then 用于/作为 (全市260万元试点资金用于…, 其中1500万元作为
  担保资本金, 近4亿元用于支持…): a fund allotted, not one recipient's payout, unless a payout's mark stands before the
  amount in its part (给予每家企业10万元…用于…).

The words are aggregate_level_nouns, aggregate_stock_nouns, aggregate_level_links, aggregate_level_verbs,
aggregate_sum_verbs with summing_pooling_verbs, aggregate_sum_not_after, aggregate_sum_breaks with recipient_marks,
aggregate_purpose_verbs and contribution_words in [roles] of parsers/data/lexicon.toml, with
recipient_condition_pattern.
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

_LEVEL_WINDOW = 12  # characters before the number searched for noun, link and level verb (资金总额累计达到约)
_SUM_REACH = 20  # characters between the verb and the amount: the fund's name (上三级科技经费)
_PURPOSE_REACH = 8  # characters between the amount and 用于: the fund's name (试点资金, 专项资金, 主要)


def _build(lex: Lexicon) -> tuple[re.Pattern, ...]:
    roles = lex.section("roles")
    links, verbs = alternation(roles["aggregate_level_links"]), alternation(roles["aggregate_level_verbs"])
    level = re.compile(
        f"(?:(?:{alternation(roles['aggregate_level_nouns'])})(?:{links})?(?:{verbs})"
        # a stock needs no verb (贷款余额120.5亿元, 总授信150亿元)
        f"|(?:{alternation(roles['aggregate_stock_nouns'])})(?:{links})?(?:{verbs})?)"
        f"了?(?:约|近)?[{SPACES}]*\\Z"
    )
    breaks = alternation([*roles["aggregate_sum_breaks"], *roles["recipient_marks"]])
    summed = re.compile(
        f"(?<![{''.join(map(re.escape, roles['aggregate_sum_not_after']))}])"
        f"(?:{alternation([*roles['aggregate_sum_verbs'], *roles['summing_pooling_verbs']])})"
        f"(?:(?!{breaks})[^\\d，,。；;：:！？!?\n]){{0,{_SUM_REACH}}}\\Z"
    )
    condition = re.compile(roles["recipient_condition_pattern"])
    purpose = re.compile(
        f"[{SPACES}]*(?:(?!{breaks})[^\\d，,。；;：:！？!?\n]){{0,{_PURPOSE_REACH}}}?"
        f"(?:{alternation(roles['aggregate_purpose_verbs'])})"
    )
    payout_mark = re.compile(breaks)
    contribution = re.compile(
        f"(?:{alternation(roles['contribution_words'])})"
        f"(?:标准)?[{SPACES}]*(?:为|是)?[{SPACES}]*(?:每[\u4e00-\u9fff]{{1,2}})?[{SPACES}]*\\Z"
    )
    return level, summed, condition, purpose, payout_mark, contribution


def aggregate_level(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    """保费规模达8.6亿元, 资金达2000万元: an aggregate noun and a level verb right before the number."""
    level = lex.derived(_build)[0]
    return level.search(ix.norm, max(part[0], f.core_start - _LEVEL_WINDOW), f.core_start) is not None


def aggregate_sum(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    """争取…经费3000万元, 共发放…补贴80多万元, 撬动…投入12.6亿元: a sum secured, levered or paid out as a whole."""
    if f.kind == "max":
        return False  # (合计兑现金额最高不超过1000万元: the cap of what one recipient is paid)
    summed, condition = lex.derived(_build)[1:3]
    found = summed.search(ix.norm, max(part[0], f.start - _SUM_REACH - 4), f.start)
    if found is None:
        return False
    sentence = ix.sentence(f.start)
    return condition.search(ix.norm, sentence[0], found.start()) is None


def allotted_sum(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    """全市260万元试点资金用于…, 其中1500万元作为担保资本金: a sum set to a purpose, no payout's mark before it."""
    purpose, payout_mark = lex.derived(_build)[3:5]
    if purpose.match(ix.norm, f.end, part[1]) is None:
        return False
    return payout_mark.search(ix.norm, part[0], f.core_start) is None


def contributed(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    """个人缴费标准为每人380元, 农民自费0.1元: what the recipient pays in, right after a contribution word."""
    contribution = lex.derived(_build)[5]
    return contribution.search(ix.norm, max(part[0], f.start - _LEVEL_WINDOW), f.start) is not None


def aggregate(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    return (
        aggregate_level(lex, ix, f, part)
        or aggregate_sum(lex, ix, f, part)
        or allotted_sum(lex, ix, f, part)
        or contributed(lex, ix, f, part)
    )
