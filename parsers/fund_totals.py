"""A fund pooled, a total raised or paid over all recipients: the size of a programme, not a payout (roles.py asks).

统筹中央和省级财政资金3亿元 and 安排2000万元专项资金 size a programme, as a fund handed down or paid out as a whole does
(财政厅下达…2023年…奖补资金6753万元, 拨付贴息资金2.13亿元: a year naming the fund is no number between); 每年安排最高100万元资金支持… names what one
recipient gets. A loan put out (共安排贷款500亿元, 投放创业担保贷款860万元) is a total too, but not one a borrower may
take (个人创业可安排贷款20万元: a modal of permission right before the verb, borrower_modals): that is what one borrower
is granted, unless a place or a lender is who may, or the loan is summed or levered (全市可安排贷款5亿元, 共可安排…,
可撬动银行贷款…). A paying verb is one recipient's payout after a 对…的 condition (对认定为…的企业，兑现奖补资金50万元),
and 兑现/发放 pay a total only with a total's mark, a plural recipient, a year's fund or a loan or voucher put out. The
words are pooling_verbs with summing_pooling_verbs, pooled_fund_nouns, borrower_modals, loan_total_subjects,
sum_adverbs, leverage_verbs, payout_marks, handed_down_verbs, paid_out_verbs, issued_fund_nouns and the plural_recipient, fund_year and
recipient_condition patterns in [roles] of parsers/data/lexicon.toml.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.bounds import SPACES
from parsers.patterns import alternation, last_match

if TYPE_CHECKING:
    from parsers.bounds import Found
    from parsers.context import TextIndex
    from parsers.lexicon import Lexicon

_REACH = 24  # characters between the pooling verb and the amount (the fund named: 中央和省级财政资金)
_RELIEF_WINDOW = 24  # characters searched before an amount for a relief word (its reach and the word itself)


def _build(lex: Lexicon) -> tuple[re.Pattern, ...]:
    roles = lex.section("roles")
    verb = re.compile(alternation([*roles["pooling_verbs"], *roles["summing_pooling_verbs"]]))
    nouns = alternation(roles["pooled_fund_nouns"])
    links = alternation(roles["pooled_amount_links"])
    noun_before = re.compile(f"(?:{nouns})[{SPACES}]*(?:(?:{links})[{SPACES}]*)?\\Z")
    noun_after = re.compile(f"[{SPACES}]*(?:的)?[{SPACES}]*(?:[\u4e00-\u9fff]{{0,4}}?)(?:{nouns})")
    payout = re.compile(alternation(roles["payout_marks"]))
    # before a pooled fund, a mark naming the fund or a period is none (奖励资金, 每年: payout_mark_not_before)
    pooled_payout = re.compile(
        f"(?:{alternation(roles['payout_marks'])})(?!{alternation(roles['payout_mark_not_before'])})"
    )
    total = re.compile(alternation(roles["total_marks"]))
    one_recipient = re.compile(alternation(roles["recipient_marks"]))
    # the relief word, then words, 、 or a bound only (no number, no sentence mark) up to the amount
    relief = re.compile(
        f"(?:{alternation(roles['relief_total_words'])})"
        f"[^\\d，,。；;！？!?\n]{{0,{int(roles['relief_total_reach'])}}}\\Z"
    )
    modals = alternation(roles["borrower_modals"])
    may = re.compile(f"(?:{alternation(roles['sum_adverbs'])})?[{SPACES}]*(?:{modals})[{SPACES}]*\\Z")
    not_one_borrower = re.compile(alternation([*roles["loan_total_subjects"], *roles["total_marks"]]))
    return (
        verb,
        noun_before,
        noun_after,
        payout,
        total,
        one_recipient,
        relief,
        may,
        not_one_borrower,
        pooled_payout,
    )


def _paid_out(lex: Lexicon) -> tuple[re.Pattern, ...]:
    roles = lex.section("roles")
    paid_out = re.compile(alternation(roles["paid_out_verbs"]))
    handed_down = re.compile(alternation(roles["handed_down_verbs"]))
    issued = re.compile(alternation(roles["issued_fund_nouns"]))
    summed = re.compile(alternation([*roles["total_marks"], *roles["sum_adverbs"]]))
    plural = re.compile(roles["plural_recipient_pattern"])
    year = re.compile(roles["fund_year_pattern"])
    condition = re.compile(roles["recipient_condition_pattern"])
    return paid_out, issued, summed, plural, year, condition, handed_down


def paid_total(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    """全年发放各类补贴5000万元, 累计向企业发放贷款30亿元, 减免税费8.4亿元: a total over all recipients, not one
    payout."""
    payout = lex.derived(_build)[3]
    total, one_recipient, relief = lex.derived(_build)[4:7]
    relieved = relief.search(ix.norm, max(part[0], f.start - _RELIEF_WINDOW), f.start)
    if relieved is not None and payout.search(ix.norm, relieved.start(), f.start):
        relieved = (
            None  # 给予退税奖励资金30万元, 享受减税后再给予奖励20万元: a payout mark after it, one grant
        )
    # (the bound words of the amount count: 最高不超过5万元); each pattern's matches found once per part, as a
    # part may hold thousands of amounts (a list with 分别)
    if not (ix.hits(total, part).any(part[0], f.start) or relieved is not None):
        return False
    return not ix.hits(one_recipient, part).any(part[0], f.core_start)


def _pooled(lex: Lexicon, norm: str, f: Found, part: tuple[int, int]) -> tuple[re.Match, re.Match] | None:
    """The last pooling verb before the amount in its part (no number between) and the fund noun it pools."""
    verb, noun_before, noun_after = lex.derived(_build)[:3]
    pooled = last_match(verb, norm, max(part[0], f.start - _REACH), f.start)
    # (a year naming the fund is no number between: 下达…2023年…奖补资金6753万元, 兑现2011年度奖补资金X)
    year = lex.derived(_paid_out)[4]
    if pooled is None or any(ch.isdigit() for ch in year.sub("", norm[pooled.end() : f.start])):
        return None
    fund = noun_before.search(norm, pooled.end(), f.start) or noun_after.match(norm, f.end)
    return None if fund is None else (pooled, fund)


def loan_a_borrower_may_take(lex: Lexicon, norm: str, f: Found, part: tuple[int, int]) -> bool:
    """个人创业可安排贷款20万元: a loan pooled under a modal of permission is what one borrower may take; not when a
    place, a lender or a sum stands before the modal (全市可安排贷款5亿元: the city's loan total)."""
    found = _pooled(lex, norm, f, part)
    if found is None or not lex.loan_word.search(found[1].group()):
        return False
    if found[0].group() in lex.section("roles")["leverage_verbs"]:
        return False  # (可撬动银行贷款X: levered over all borrowers)
    may, not_one_borrower = lex.derived(_build)[7:9]
    modal = may.search(norm, part[0], found[0].start())
    if modal is None or norm.startswith(tuple(lex.section("roles")["sum_adverbs"]), modal.start()):
        return False  # (共可安排贷款X: summed)
    return not_one_borrower.search(norm, part[0], modal.start()) is None


def one_recipient_paid(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int], found: tuple) -> bool:
    """对认定为…的企业，兑现奖补资金50万元: a 对…的 condition right before a paying verb (no grant word between) names
    one recipient; and 兑现/发放 pay a total only with a total's mark, a plural recipient, a year's fund or a fund put
    out to the public (共发放惠民补贴X, 向14家银行预拨…, 兑现2011年度奖补资金X, 发放贷款X, 发放消费券X)."""
    norm, (verb, fund) = ix.norm, found
    paid_out, issued, summed, plural, year, condition, handed_down = lex.derived(_paid_out)
    if not (paid_out.fullmatch(verb.group()) or handed_down.fullmatch(verb.group())):
        return False  # (统筹, 安排, 筹集…: pooled, as before)
    sentence = ix.sentence(f.start)
    named = condition.search(norm, sentence[0], verb.start())
    if named is not None and not ix.hits(lex.subsidy_cue, sentence).any(named.start(), verb.start()):
        return True
    if not paid_out.fullmatch(verb.group()):
        return False  # (下达/下拨/拨付/预拨: handed down as a whole)
    return not (
        issued.search(fund.group())
        or ix.hits(summed, sentence).any(sentence[0], f.start)
        or plural.search(norm, part[0], verb.start())
        or year.search(norm, verb.end(), f.start)
    )


def fund_total(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    if paid_total(lex, ix, f, part):
        return True
    pooled_payout = lex.derived(_build)[9]
    if ix.hits(pooled_payout, part).any(part[0], f.core_start):
        return False
    found = _pooled(lex, ix.norm, f, part)
    if found is None or one_recipient_paid(lex, ix, f, part, found):
        return False
    return not loan_a_borrower_may_take(lex, ix.norm, f, part)


def _set_aside(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    roles = lex.section("roles")
    verb_before = re.compile(
        f"(?:{alternation(roles['fund_set_aside_verbs'])})[{SPACES}]*(?:了|约|共)?[{SPACES}]*\\Z"
    )
    noun_after = re.compile(
        f"[{SPACES}]*(?:(?![的给])[\u4e00-\u9fff]){{0,8}}?(?:{alternation(roles['fund_set_aside_nouns'])})"
    )
    return verb_before, noun_after


def fund_set_aside(lex: Lexicon, ix: TextIndex, f: Found) -> bool:
    """每年安排1500万元财政资金, 组建46亿元产业基金, 设立了120亿元产业发展基金: a budget verb right before the amount
    and a fund noun right after it: the size of a fund set aside (other), whatever the sentence grants after it."""
    verb_before, noun_after = lex.derived(_set_aside)
    part_start = ix.part(f.start)[0]
    if not verb_before.search(ix.norm, max(part_start, f.start - 6), f.start):
        return False
    return noun_after.match(ix.norm, f.end) is not None
