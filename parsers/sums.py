"""Sums that are no payout: a programme's size, a total over all recipients, an aggregate (roles.py asks).

A sentence that names a grant word is not thereby granting every amount in it; an analyst who sums subsidies must not
add a programme's total to its payouts. The words are the [sums] table of parsers/data/lexicon.toml (one table for
what were two twin modules, fund_totals and aggregate_sums, round 31). The shapes:

* a fund pooled, set aside or handed down, or a total paid out (fund_total, fund_set_aside): 统筹中央和省级财政资金3亿元,
  安排2000万元专项资金, 财政厅下达…2033年…奖补资金4120万元, 拨付贴息资金2.13亿元 (a year naming the fund is no number
  between), 每年安排1500万元财政资金, 组建46亿元产业基金; 每年安排最高60万元资金支持… names what one recipient gets
  (payout_marks). A loan put out (共安排贷款500亿元, 投放创业担保贷款860万元) is a total too, but not one a borrower may
  take (个人创业可安排贷款20万元: borrower_modals right before the verb), unless a place or a lender is who may, or the
  loan is summed or levered (全市可安排贷款5亿元, 共可安排…, 可撬动银行贷款…). A paying verb is one recipient's payout
  after a 对…的 condition (对认定为…的企业，兑现奖补资金50万元), and 兑现/发放 pay a total only with a total's mark, a
  plural recipient, a year's fund or a loan or voucher put out. A total's mark or a relief word before the amount
  (全年发放农机补贴3200万元, 减免税费8.4亿元) makes a total over all recipients unless one recipient's mark stands there;
* a level an aggregate reached (aggregate_level): a fund, sum or scale noun right before a level verb (保费规模达8.6亿元,
  粮食直补资金增加到7.5亿元), or a stock with or without one (贷款余额120.5亿元, 总授信150亿元);
* a sum secured, levered or paid out as a whole (aggregate_sum): a verb of obtaining from above, of levering or of
  paying out in bulk earlier in the amount's comma part, with only the fund's name between (争取上级科技经费3000万元,
  撬动…研发投入增量12.6亿元, 共发放助农补贴60多万元, 金融让利90亿元). Not under a modal of permission or a
  per-recipient mark right before the verb (可争取, 每…), nor with a payout's mark between the verb and the amount (给予,
  一次性, 最高, 每, a digit: 带动…给予企业8万元), nor as a cap (最高…), nor after a 对…的 condition naming the recipient;
* what the recipient pays, not what it is paid (contributed): a contribution word right before the amount with only a
  standard's words between (个人缴费标准为每人380元; 每株价格0.4元，县财政奖补0.3元，农民自费0.1元);
* a sum several recipients get together, or a programme's total (shared_sum; fixtures/heldout/SOURCES.md, "Written down
  in round 31", D1): a count of recipients, a verb of receiving, then the amount (31家企业获…专项奖励216万元, 对18个村级集体经济组织
  给予…扶持资金540万元), several recipients named with 共 (A和B共获…60万元), a budget verb right before the amount
  (安排50万元支持…企业参加…). 各, 每家, 分别, 最高, a 对…的 condition make it what one recipient gets;
* a sum set to a purpose (allotted_sum): the amount, the fund's name at most, then 用于/作为 (全市260万元试点资金用于…,
  其中1500万元作为担保资本金), unless a payout's mark stands before the amount in its part (给予每家企业8万元…用于…).
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
_LEVEL_WINDOW = 12  # characters before the number searched for noun, link and level verb (资金总额累计达到约)
_SUM_REACH = 20  # characters between the verb and the amount: the fund's name (上级科技专项经费)
_PURPOSE_REACH = 8  # characters between the amount and 用于: the fund's name (试点资金, 专项资金, 主要)


def _words(lex: Lexicon) -> dict:
    return lex.section("sums")


# ---------------------------------------------------------------- a fund pooled, set aside, handed down or paid out


def _pooling(lex: Lexicon) -> tuple[re.Pattern, ...]:
    words = _words(lex)
    verb = re.compile(alternation([*words["pooling_verbs"], *words["summing_pooling_verbs"]]))
    nouns = alternation(words["pooled_fund_nouns"])
    links = alternation(words["pooled_amount_links"])
    noun_before = re.compile(f"(?:{nouns})[{SPACES}]*(?:(?:{links})[{SPACES}]*)?\\Z")
    noun_after = re.compile(f"[{SPACES}]*(?:的)?[{SPACES}]*(?:[\u4e00-\u9fff]{{0,4}}?)(?:{nouns})")
    payout = re.compile(alternation(words["payout_marks"]))
    # before a pooled fund, a mark naming the fund or a period is none (奖励资金, 每年: payout_mark_not_before)
    pooled_payout = re.compile(
        f"(?:{alternation(words['payout_marks'])})(?!{alternation(words['payout_mark_not_before'])})"
    )
    total = re.compile(alternation(words["total_marks"]))
    one_recipient = re.compile(alternation(words["recipient_marks"]))
    # the relief word, then words, 、 or a bound only (no number, no sentence mark) up to the amount
    relief = re.compile(
        f"(?:{alternation(words['relief_total_words'])})"
        f"[^\\d，,。；;！？!?\n]{{0,{int(words['relief_total_reach'])}}}\\Z"
    )
    modals = alternation(words["borrower_modals"])
    may = re.compile(f"(?:{alternation(words['sum_adverbs'])})?[{SPACES}]*(?:{modals})[{SPACES}]*\\Z")
    not_one_borrower = re.compile(alternation([*words["loan_total_subjects"], *words["total_marks"]]))
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
    words = _words(lex)
    paid_out = re.compile(alternation(words["paid_out_verbs"]))
    handed_down = re.compile(alternation(words["handed_down_verbs"]))
    issued = re.compile(alternation(words["issued_fund_nouns"]))
    summed = re.compile(alternation([*words["total_marks"], *words["sum_adverbs"]]))
    plural = re.compile(f"{words['plural_recipient_pattern']}|{words['recipient_count_pattern']}")
    year = re.compile(words["fund_year_pattern"])
    condition = re.compile(words["recipient_condition_pattern"])
    return paid_out, issued, summed, plural, year, condition, handed_down


def paid_total(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    """全年发放农机补贴3200万元, 累计向企业发放贷款30亿元, 减免税费8.4亿元: a total over all recipients, not one
    payout."""
    payout = lex.derived(_pooling)[3]
    total, one_recipient, relief = lex.derived(_pooling)[4:7]
    relieved = relief.search(ix.norm, max(part[0], f.start - _RELIEF_WINDOW), f.start)
    if relieved is not None and payout.search(ix.norm, relieved.start(), f.start):
        # (给予退税奖励资金30万元, 享受减税后再给予奖励20万元: a payout mark after it, one grant)
        relieved = None
    # (the bound words of the amount count: 最高不超过5万元); each pattern's matches found once per part, as a
    # part may hold thousands of amounts (a list with 分别)
    if not (ix.hits(total, part).any(part[0], f.start) or relieved is not None):
        return False
    return not ix.hits(one_recipient, part).any(part[0], f.core_start)


def _pooled(lex: Lexicon, norm: str, f: Found, part: tuple[int, int]) -> tuple[re.Match, re.Match] | None:
    """The last pooling verb before the amount in its part (no number between) and the fund noun it pools."""
    verb, noun_before, noun_after = lex.derived(_pooling)[:3]
    pooled = last_match(verb, norm, max(part[0], f.start - _REACH), f.start)
    # (a year naming the fund is no number between: 下达…2033年…奖补资金4120万元, 兑现2032年度奖补资金X)
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
    if found[0].group() in _words(lex)["leverage_verbs"]:
        return False  # (可撬动银行贷款X: levered over all borrowers)
    may, not_one_borrower = lex.derived(_pooling)[7:9]
    modal = may.search(norm, part[0], found[0].start())
    if modal is None or norm.startswith(tuple(_words(lex)["sum_adverbs"]), modal.start()):
        return False  # (共可安排贷款X: summed)
    return not_one_borrower.search(norm, part[0], modal.start()) is None


def one_recipient_paid(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int], found: tuple) -> bool:
    """对认定为…的企业，兑现奖补资金50万元: a 对…的 condition right before a paying verb (no grant word between) names
    one recipient; and 兑现/发放 pay a total only with a total's mark, a plural recipient, a year's fund or a fund put
    out to the public (共发放助农补贴X, 向9家银行预拨…, 兑现2032年度奖补资金X, 发放贷款X, 发放消费券X)."""
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
    pooled_payout = lex.derived(_pooling)[9]
    if ix.hits(pooled_payout, part).any(part[0], f.core_start):
        return False
    found = _pooled(lex, ix.norm, f, part)
    if found is None or one_recipient_paid(lex, ix, f, part, found):
        return False
    return not loan_a_borrower_may_take(lex, ix.norm, f, part)


def _set_aside(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    words = _words(lex)
    verb_before = re.compile(
        f"(?:{alternation(words['fund_set_aside_verbs'])})[{SPACES}]*(?:了|约|共)?[{SPACES}]*"
        f"(?:(?:{alternation(words['fund_set_aside_links'])})[{SPACES}]*)?\\Z"
    )
    noun_after = re.compile(
        f"[{SPACES}]*(?:的[{SPACES}]*)?(?:(?![的给])[\u4e00-\u9fff]){{0,{int(words['fund_set_aside_name'])}}}?"
        f"(?:{alternation(words['fund_set_aside_nouns'])})"
    )
    return verb_before, noun_after


def fund_set_aside(lex: Lexicon, ix: TextIndex, f: Found) -> bool:
    """每年安排1500万元财政资金, 组建46亿元产业基金, 设立了120亿元产业发展基金, 设立总额30亿元以上的…发展基金: a budget
    verb right before the amount (总额 between) and a fund noun right after it (的 between): the size of a fund set aside
    (other), whatever the sentence grants after it."""
    verb_before, noun_after = lex.derived(_set_aside)
    part_start = ix.part(f.start)[0]
    if not verb_before.search(ix.norm, max(part_start, f.start - 6), f.start):
        return False
    return noun_after.match(ix.norm, f.end) is not None


# ---------------------------------------------------------------- an aggregate: a level, a sum secured, an allotment


def _aggregates(lex: Lexicon) -> tuple[re.Pattern, ...]:
    words = _words(lex)
    links, verbs = alternation(words["aggregate_level_links"]), alternation(words["aggregate_level_verbs"])
    level = re.compile(
        f"(?:(?:{alternation(words['aggregate_level_nouns'])})(?:{links})?(?:{verbs})"
        # a stock needs no verb (贷款余额120.5亿元, 总授信150亿元)
        f"|(?:{alternation(words['aggregate_stock_nouns'])})(?:{links})?(?:{verbs})?)"
        f"了?(?:约|近)?[{SPACES}]*\\Z"
    )
    breaks = alternation([*words["aggregate_sum_breaks"], *words["recipient_marks"]])
    summed = re.compile(
        f"(?<![{''.join(map(re.escape, words['aggregate_sum_not_after']))}])"
        f"(?:{alternation([*words['aggregate_sum_verbs'], *words['summing_pooling_verbs']])})"
        f"(?:(?!{breaks})[^\\d，,。；;：:！？!?\n]){{0,{_SUM_REACH}}}\\Z"
    )
    condition = re.compile(words["recipient_condition_pattern"])
    purpose = re.compile(
        f"[{SPACES}]*(?:(?!{breaks})[^\\d，,。；;：:！？!?\n]){{0,{_PURPOSE_REACH}}}?"
        f"(?:{alternation(words['aggregate_purpose_verbs'])})"
    )
    payout_mark = re.compile(breaks)
    contribution = re.compile(
        f"(?:{alternation(words['contribution_words'])})"
        f"(?:标准)?[{SPACES}]*(?:为|是)?[{SPACES}]*(?:每[\u4e00-\u9fff]{{1,2}})?[{SPACES}]*\\Z"
    )
    return level, summed, condition, purpose, payout_mark, contribution


def aggregate_level(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    """保费规模达8.6亿元, 资金达2000万元: an aggregate noun and a level verb right before the number."""
    level = lex.derived(_aggregates)[0]
    return level.search(ix.norm, max(part[0], f.core_start - _LEVEL_WINDOW), f.core_start) is not None


def aggregate_sum(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    """争取…经费3000万元, 共发放…补贴80多万元, 撬动…投入12.6亿元: a sum secured, levered or paid out as a whole."""
    if f.kind == "max":
        return False  # (合计兑现金额最高不超过1000万元: the cap of what one recipient is paid)
    summed, condition = lex.derived(_aggregates)[1:3]
    found = summed.search(ix.norm, max(part[0], f.start - _SUM_REACH - 4), f.start)
    if found is None:
        return False
    sentence = ix.sentence(f.start)
    return condition.search(ix.norm, sentence[0], found.start()) is None


def allotted_sum(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    """全市260万元试点资金用于…, 其中1500万元作为担保资本金: a sum set to a purpose, no payout's mark before it."""
    purpose, payout_mark = lex.derived(_aggregates)[3:5]
    if purpose.match(ix.norm, f.end, part[1]) is None:
        return False
    return payout_mark.search(ix.norm, part[0], f.core_start) is None


def contributed(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    """个人缴费标准为每人380元, 农民自费0.1元: what the recipient pays in, right after a contribution word."""
    contribution = lex.derived(_aggregates)[5]
    return contribution.search(ix.norm, max(part[0], f.start - _LEVEL_WINDOW), f.start) is not None


def aggregate(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    return (
        aggregate_level(lex, ix, f, part)
        or aggregate_sum(lex, ix, f, part)
        or allotted_sum(lex, ix, f, part)
        or contributed(lex, ix, f, part)
    )


# ---------------------------------------------------------------- a sum several recipients get together (D1)

# characters between the join of two recipients' names and 共获 (甲县甲公司和乙县乙公司共获)
_JOINED_REACH = 30
# characters from a count of recipients to the amount (320家企业予以奖励，奖励资金总额为X)
_COUNT_REACH = 48
# characters between a grant verb and the count of recipients it grants (奖励甲市、乙市等6个设区市)
_GRANT_REACH = 10
# characters between a count of recipients and the verb of receiving after it (45户农业经营主体享受政策)
_RECEIVED_AFTER = 8


def _shared(lex: Lexicon) -> tuple[re.Pattern, ...]:
    words = _words(lex)
    count = re.compile(
        # (no digit before: the count is the whole number; not a count of one)
        f"(?<![0-9０-９{''.join(words['shared_count_not_after'])}])(?![1１](?![0-9０-９]))"
        f"{words['recipient_count_pattern']}(?!{alternation(words['shared_count_bounds'])})"
        f"[^，,。；;！？!?\n的]{{0,12}}?(?:{alternation(words['shared_recipient_nouns'])})"
    )
    receive = alternation(words["shared_receive_verbs"])
    breaks = re.compile(
        f"{words['shared_each_pattern']}|{alternation([*words['shared_sum_breaks'], *words['recipient_marks']])}"
    )
    joined = re.compile(
        f"[{''.join(words['shared_joins'])}][^，,。；;！？!?\n]{{1,{_JOINED_REACH}}}?"
        f"(?:{alternation(words['sum_adverbs'])})(?:{receive})"
    )
    condition = re.compile(words["recipient_condition_pattern"])
    # a grant verb right before the recipients (奖励12个…重大项目资金X, 共奖励甲市、乙市等6个设区市…资金X)
    granted = re.compile(
        f"(?:{alternation(words['shared_grant_verbs'])})[^，,。；;！？!?\n\\d]{{0,{_GRANT_REACH}}}\\Z"
    )
    # a sum right before the amount (…各奖励3000万元，共2.7亿元): the total of the grants listed
    summed = re.compile(
        f"(?:{alternation(words['sum_adverbs'] + words['total_marks'])})(?:约|近|达|为)?[{SPACES}]*\\Z"
    )
    # 每 earlier in the count's comma part (每引进1家企业, 每新增10户农户): a reward per unit, not a sum
    per_unit = re.compile(f"(?:{alternation(words['shared_per_unit_marks'])})[^，,。；;！？!?\n]*\\Z")
    # a verb of receiving right after the count (27家企业获…, 45户…主体享受…, 9家银行共获得…): the counted get what
    # a later comma part names
    received_after = re.compile(
        f"[^，,。；;！？!?\n\\d]{{0,{_RECEIVED_AFTER}}}?(?:{alternation(words['sum_adverbs'])})?(?:{receive})"
    )
    return count, re.compile(receive), breaks, joined, condition, granted, summed, per_unit, received_after


# an earlier amount of the same list between the count and the amount (获省级奖励105万元、市级奖励50万元)
_LISTED_AMOUNT_RE = re.compile(r"[0-9０-９][0-9０-９.．]*[^0-9０-９，,。；;、\s]{0,4}、")


def _received_together(lex: Lexicon, norm: str, start: int, f: Found, verb_needed: bool = True) -> bool:
    """What stands from ``start`` (after the recipients) up to the amount: a verb of receiving (unless the recipients'
    match holds it: 共获), and no per-recipient mark, no 的 and no number."""
    _, receive, breaks = lex.derived(_shared)[:3]
    gap = norm[start : f.start]
    if verb_needed and receive.search(gap) is None:
        return False
    # (an amount listed before it, 105万元、, is the same recipients' sum: it does not split them)
    return breaks.search(gap) is None and not any(ch.isdigit() for ch in _LISTED_AMOUNT_RE.sub("", gap))


def shared_sum(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    """31家企业获…奖励216万元, A和B共获…60万元, 安排50万元支持…: a sum several recipients get together, or a programme's
    total set aside, not one recipient's payout (D1)."""
    if f.kind == "max":
        return False  # (每年安排最高60万元经费支持…, 合计最高X: one recipient's cap)
    count, _, _, joined, condition, granted, summed, per_unit, received_after = lex.derived(_shared)
    norm, sentence = ix.norm, ix.sentence(f.start)
    # (each pattern's matches found once per sentence or part: a list may hold many amounts)
    counted = ix.hits(count, sentence).last(max(sentence[0], f.start - _COUNT_REACH), f.start)
    if counted is not None and per_unit.search(norm, ix.part(counted.start())[0], counted.start()):
        counted = None  # (每新增10户农户，给予合作社X: paid per unit brought in)
    if counted is not None:
        if summed.search(norm, counted.end(), f.start):
            return True  # 9个先进县各奖励3000万元，共2.7亿元: the sum of what the counted recipients get
        granted_before = granted.search(
            norm, max(sentence[0], counted.start() - _GRANT_REACH - 4), counted.start()
        )
        # (全市已有5家企业入选，对入选企业给予奖励50万元: a count in an earlier comma part shares the amount only when
        # the counted receive it there, 27家企业获…; else the later part grants it to each: review32 S10)
        earlier = ix.part(counted.start())[1] <= f.start
        if (not earlier or received_after.match(norm, counted.end())) and _received_together(
            lex, norm, counted.end(), f, verb_needed=granted_before is None
        ):
            return True
    named = ix.hits(joined, part).last(max(part[0], f.start - _COUNT_REACH), f.start)
    if named is not None and _received_together(lex, norm, named.end(), f, verb_needed=False):
        return True
    # a budget verb right before the amount (安排50万元支持…): a programme's total, unless a 对…的 condition names the
    # one recipient (对认定的企业，安排50万元…)
    verb_before = lex.derived(_set_aside)[0]
    set_aside = verb_before.search(norm, max(part[0], f.start - 6), f.start)
    return set_aside is not None and condition.search(norm, sentence[0], set_aside.start()) is None


def no_payout(lex: Lexicon, ix: TextIndex, f: Found, part: tuple[int, int]) -> bool:
    """The amount in a granting sentence is a sum no recipient is paid as such (roles.py: other, not subsidy)."""
    return fund_total(lex, ix, f, part) or aggregate(lex, ix, f, part) or shared_sum(lex, ix, f, part)
