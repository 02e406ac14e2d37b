"""The [bounds] words of the lexicon compiled for parsers/bounds.py: each word's class (comparator, limit,
copula, hedge, negation, bridge), the after-words, and the patterns of a cap changed from an old to a new level."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.patterns import SPACE, alternation, spaced


@dataclass(frozen=True)
class BoundWords:
    """The word classes of the bound grammar ([bounds] in the lexicon), compiled; parsers/bounds.py composes them."""

    # word -> (class, value): class is negation | hedge | copula | bridge | comparator | limit;
    # value is the comparator's direction (above, below, reach) or the limit's kind (max, min)
    classes: dict[str, tuple[str, str | None]]
    token_before: re.Pattern  # one chain word ending where the search window ends (searched backwards)
    phrase_word: re.Pattern  # comparators and limits that may reach across a noun phrase
    blocked_after: dict[str, str]  # 过 is no comparator after 通, 经 …
    needs_copula: frozenset[str]  # noun limits that bound only after 为 or across a phrase (限额为…)
    about_before: re.Pattern  # a word of about so much ending where the search window ends (近千亿元)
    noun_limits: frozenset[str]  # limits that are nouns: a noun may stand before their copula (限额标准为)
    verb_with_object: frozenset[str]  # comparators that are verbs when a noun follows the quantity (突破)
    verb_object_not: tuple[str, ...]  # …but not when one of these follows (突破3万亿元大关: a level)
    step_marks: frozenset[str]  # 每 before a comparator: a step (每超1亿元), not a bound
    phrase_stops: re.Pattern
    noun_after: frozenset[
        str
    ]  # 超出额, 超过部分: a comparator with only one of these before the number is a noun
    phrase_time_end: re.Pattern  # a phrase ending so is a clause (…后, …时): no bound crosses it
    phrase_reach: int
    phrase_date: re.Pattern  # a date inside a base phrase (2024年3—5月销售收入增量的): words, no number
    per_unit_suffix: re.Pattern  # /千克, /m² after an amount: what it is per, part of it
    per_unit_after: re.Pattern  # …and the after-word behind it (12元/千克以内), as after_match reads one
    longest_word: int
    last_chars: frozenset[str]  # a chain word ends in one of these: a cheap test before the search
    phrase_last: frozenset[str]  # a noun phrase a bound crosses ends in one of these (的, 月 of 每月 …)
    period_end: re.Pattern  # a period word (每人每天) ending where the search window ends
    after: dict[str, str]  # after-word (spaces removed) -> kind
    after_match: re.Pattern  # inclusion mark and after-word right after a number
    share_after: dict[str, str]  # after-word of a share only (四分之一强) -> kind
    share_after_match: re.Pattern  # …right after the share, at a clause end
    inclusive_mark: re.Pattern
    echo_open: re.Pattern  # （含 before a number: a bracket repeating the bound (以下（含500万元）)
    # a limit, a short noun and 由/从 before the old value of a changed bound (最高补贴额由1000元…)
    change_old: re.Pattern | None = None
    change_new: re.Pattern | None = (
        None  # …, the old value and a change verb before the new one (…提高到1500元)
    )
    # a limit, a short noun and a change verb right before the value, no old value (最高贷款额度可提高至60万元)
    change_direct: re.Pattern | None = None
    # 由最高300万元提高到800万元: the old value's limit bounds the new one too
    change_from_limit: re.Pattern | None = None
    # a limit, a grant named as an amount, a copula (最高补助金额可达…, 最高奖补额度为：区级…) right before the value
    named_amount: re.Pattern | None = None
    # a cap word, a short noun of an amount, a copula (最高比例为…, 最高理赔金额分别为…): no grant word needed
    named_cap: re.Pattern | None = None
    # a cap word, a modal, a grant word and its recipient right before the value (最高可给予村委会一次性500万元)
    granted_recipient: re.Pattern | None = None
    # …the recipient holds none of these (a clause stop: 按, 部分, 给予 …, or a time end: …后)
    recipient_stop: re.Pattern | None = None
    # a list head that states a cap and ends in a colon (补助最高限额为：…): the amounts listed after it are capped
    list_head_cap: re.Pattern | None = None
    # 30亿元以上，不足40亿元的: the word before a band's upper amount across a comma (parsers.bound_lists.merge_ranges)
    band_upper: re.Pattern | None = None
    # 的 and a rate or level after a figure a comparator reaches across a benchmark's name (高于全国5%的GDP增速)
    benchmark_after: re.Pattern | None = None


def bound_words(
    b: dict,
    inclusive: str,
    goal_verbs: list[str],
    periods: list[str],
    inclusion_words: list[str],
    respective_words: list[str],
) -> BoundWords:
    classes: dict[str, tuple[str, str | None]] = {}
    # a goal verb between a limit and its number (至少培育1家) bridges like a grant word
    for word in goal_verbs:
        classes[word] = ("bridge", None)
    # later classes win for a word listed twice: a comparator or limit is never a mere hedge
    for cls in ("hedges", "copulas", "bridges", "negations"):
        for word in b[cls]:
            classes[word] = (cls.removesuffix("s"), None)
    for word, direction in b["comparators"].items():
        classes[word] = ("comparator", direction)
    for word, kind in b["limits"].items():
        classes[word] = ("limit", kind)
    adjacent = set(b["adjacency"]["adjacent_only"])
    phrase_words = [
        w for w, (cls, _) in classes.items() if cls in ("comparator", "limit") and w not in adjacent
    ]
    after = {word: kind for word, kind in b["after"].items()}
    # caps only (最低工资标准由…提高到… names a wage, not a floor), and none that binds only the next number (近年来从…)
    limits = alternation(w for w, k in b["limits"].items() if k == "max" and w not in adjacent)
    change_old = (
        f"(?P<limit>{limits})[\u4e00-\u9fff]{{0,{int(b['change_reach'])}}}?{SPACE}"
        f"(?:{alternation(b['change_from'])})"
    )
    adjective_limits = alternation(
        w for w in b["limits"] if w not in adjacent and w not in b["adjacency"]["noun_limits"]
    )
    copulas = alternation(b["copulas"])
    # the copula of a named amount, a list's 分别 before it (…金额分别为40万元、12万元), a label after a colon, periods
    named_tail = (
        f"{SPACE}(?:{alternation(respective_words)})?{SPACE}(?:{copulas})+{SPACE}"
        f"(?:[：:]{SPACE}[\u4e00-\u9fff]{{0,{int(b['named_amount_label'])}}}?)?"
        f"{SPACE}(?:{alternation(periods)})*{SPACE}\\Z"
    )
    # 最高的企业: a superlative naming a noun, no limit of what follows (limit_superlative_after)
    superlative = f"(?!{alternation(b['limit_superlative_after'])})"
    named_amount = (
        f"(?P<limit>{adjective_limits}){superlative}[\u4e00-\u9fff]{{0,{int(b['change_reach'])}}}?"
        f"(?:{alternation(b['bridges'])})[\u4e00-\u9fff]{{0,4}}?(?:{alternation(b['named_amount_nouns'])})"
        + named_tail
    )
    cap_limits = alternation(
        w
        for w, k in b["limits"].items()
        if k == "max" and w not in adjacent and w not in b["adjacency"]["noun_limits"]
    )
    # a cap names a cap with no copula too (最高补贴资金100万元, 最高额度20万元): the noun right before the number
    cap_tail = named_tail.replace(f"(?:{copulas})+", f"(?:{copulas})*", 1)
    named_cap = (
        f"(?P<limit>{cap_limits}){superlative}[\u4e00-\u9fff]{{0,{int(b['named_cap_reach'])}}}?"
        f"(?:{alternation(b['named_amount_nouns'])})" + cap_tail
    )
    # 最高单户增收达2万元, 回收价最高达到每吨600元: a cap, any short noun, a verb it comes to, a per-unit word
    # (每座冷库: a measure word and its noun), or 按 and a per-unit word (最高可按每台农机4000元)
    per_unit = f"每(?:(?!的)[\u4e00-\u9fff]){{1,{int(b['capped_per_unit_reach'])}}}"
    capped_noun = (
        f"|(?P<noun_cap>{cap_limits}){superlative}(?:(?!的)[\u4e00-\u9fff]){{0,{int(b['named_cap_reach'])}}}?"
        f"(?:(?:{alternation(b['capped_noun_verbs'])}){SPACE}(?:{per_unit})?"
        f"|(?:{alternation(b['capped_basis_verbs'])}){SPACE}{per_unit}){SPACE}\\Z"
    )
    # a floor names a floor only over a price (每包最低售价 10 元): group floor, read as the limit is
    floor_limits = alternation(
        w
        for w, k in b["limits"].items()
        if k == "min" and w not in adjacent and w not in b["adjacency"]["noun_limits"]
    )
    named_cap = (
        f"(?:{named_cap.removesuffix(cap_tail)}|(?P<floor>{floor_limits})[\u4e00-\u9fff]{{0,{int(b['named_cap_reach'])}}}?"
        f"(?:{alternation(b['named_floor_nouns'])}))" + cap_tail + capped_noun
    )
    # 最高可给予村委会一次性500万元: a cap, modals, a grant word, its recipient (group recipient), 一次性 or a grant word
    modals = alternation(b["granted_recipient_modals"])
    granted_recipient = (
        f"(?P<limit>{cap_limits}){superlative}(?:{modals})*(?:{alternation(b['bridges'])})"
        f"(?P<recipient>[\u4e00-\u9fff]{{1,{int(b['granted_recipient_reach'])}}}?)(?<!的)"
        f"(?:{modals})*(?:{alternation(b['bridges'])})?{SPACE}(?:{alternation(periods)})*{SPACE}\\Z"
    )
    return BoundWords(
        classes=classes,
        token_before=re.compile(f"(?:{alternation(classes)})\\Z"),
        phrase_word=re.compile(alternation(phrase_words)),
        blocked_after=dict(b["adjacency"]["blocked_after"]),
        needs_copula=frozenset(b["adjacency"]["needs_copula"]),
        about_before=re.compile(
            f"(?<![{''.join(b['adjacency']['about_not_after'])}])(?:{alternation(b['adjacency']['about_words'])})\\Z"
        ),
        noun_limits=frozenset(b["adjacency"]["noun_limits"]),
        verb_with_object=frozenset(b["adjacency"]["verb_with_object"]),
        verb_object_not=tuple(b["adjacency"]["verb_object_not"]),
        step_marks=frozenset(b["step_marks"]),
        # a payout word naming a period (奖励年度内日均贷款余额的) is a noun of the phrase, no stop
        phrase_stops=re.compile(
            f"(?:{alternation(b['phrase_stop_payouts'])})(?!{alternation(b['phrase_stop_periods'])})"
            f"|{alternation([w for w in b['phrase_stops'] if w not in b['phrase_stop_payouts']])}"
        ),
        noun_after=frozenset(b["adjacency"]["comparator_noun_after"]),
        phrase_time_end=re.compile(f"(?:{alternation(b['phrase_time_ends'])})\\Z"),
        phrase_reach=int(b["phrase_reach"]),
        phrase_date=re.compile(b["phrase_date_pattern"]),
        per_unit_suffix=re.compile(b["per_unit_suffix_pattern"]),
        longest_word=max(map(len, classes)),
        last_chars=frozenset(w[-1] for w in classes),
        phrase_last=frozenset("的") | frozenset(w[-1] for w in periods),
        period_end=re.compile(f"(?:{alternation(periods)}){SPACE}\\Z"),
        after=after,
        after_match=re.compile(
            f"{SPACE}(?P<inc>{inclusive})?{SPACE}(?P<q>{'|'.join(spaced(w) for w in sorted(after, key=len, reverse=True))})"
        ),
        per_unit_after=re.compile(
            f"(?:{b['per_unit_suffix_pattern']}){SPACE}(?P<inc>{inclusive})?{SPACE}(?P<q>{'|'.join(spaced(w) for w in sorted(after, key=len, reverse=True))})"
        ),
        share_after=dict(b["share_after"]),
        share_after_match=re.compile(
            f"(?P<q>{alternation(b['share_after'])})(?=[，。；;,、）)！？!?\\s]|的|\\Z)"
        ),
        # …and between a range's bounds, a bracket repeating the first (3亿元（含3亿元）至5亿元): read as its mark
        inclusive_mark=re.compile(f"{inclusive}|{b['inclusion_echo_pattern']}"),
        echo_open=re.compile(f"[（(]{SPACE}(?:{alternation(inclusion_words)}){SPACE}\\Z"),
        change_old=re.compile(change_old + f"{SPACE}(?:{alternation(periods)})*{SPACE}\\Z"),
        change_new=re.compile(
            change_old + f"[^，,；;。！？!?\n]{{1,24}}?(?:{alternation(b['change_verbs'])})"
            f"(?:{alternation(b['change_to'])}){SPACE}(?:{alternation(periods)})*{SPACE}\\Z"
        ),
        change_direct=re.compile(
            f"(?P<limit>{limits})[\u4e00-\u9fff]{{0,{int(b['change_reach'])}}}?(?:{alternation(b['change_modals'])})?"
            f"{SPACE}(?:{alternation(b['change_verbs'])})(?:{alternation(b['change_to'])}){SPACE}"
            f"(?:{alternation(periods)})*{SPACE}\\Z"
        ),
        change_from_limit=re.compile(
            f"(?:{alternation(b['change_from'])}){SPACE}(?P<limit>{limits})[^，,；;。！？!?\n、]{{1,16}}?"
            f"(?:{alternation(b['change_verbs'])})(?:{alternation(b['change_to'])}){SPACE}"
            f"(?:{alternation(periods)})*{SPACE}\\Z"
        ),
        named_amount=re.compile(named_amount),
        named_cap=re.compile(named_cap),
        list_head_cap=re.compile(b["list_head_cap_pattern"]),
        granted_recipient=re.compile(granted_recipient),
        recipient_stop=re.compile(
            # a payout word is no stop in a recipient (最高给予企业奖励资金100万元): it names the grant again
            f"{alternation([w for w in b['phrase_stops'] if w not in b['phrase_stop_payouts']])}"
            f"|(?:{alternation(b['phrase_time_ends'])})\\Z"
        ),
        # 不足40亿元的 after 30亿元以上，: a comparator of the side below, or a reach negated (未满, 不到: max)
        band_upper=re.compile(
            f"(?:{alternation([w for w, side in b['comparators'].items() if side == 'below'])})"
            f"|(?:{alternation(b['negations'])})(?:{alternation([w for w, side in b['comparators'].items() if side == 'reach'])})"
        ),
        benchmark_after=re.compile(b["adjacency"]["benchmark_after_pattern"]),
    )
