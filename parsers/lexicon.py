"""The extraction rules as data: parsers/data/lexicon.toml, loaded once and compiled into regular expressions.

``lexicon()`` returns one cached ``Lexicon``. Everything that decides what a number means
(qualifiers, units, instruments, role cues, traps) comes from the TOML file; the code in
amounts.py and targets.py only combines these pieces.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from parsers.numbers import CN_ALL_DIGIT_CHARS, CN_ALL_UNIT_CHARS, CN_SCALE_CHARS

LEXICON_PATH = Path(__file__).with_name("data") / "lexicon.toml"

# Stray spaces from PDF extraction (最高 1000 万元): a few, never a run. Bounded, because two of them
# around an optional word (数 万 元) backtrack over a long run of spaces in quadratic time.
SPACE = r"[ \t\u3000\u00a0]{0,3}"
# Other Unicode spaces (the EM SPACE U+2003 that web pages indent paragraphs with, NO-BREAK, thin …)
# read as a plain space, one for one, so every rule that skips spaces skips them too. So do the
# separators that are whitespace but no line end to the rules (a PDF's page break \f between pages,
# \v, the information separators, NEL, U+2028/9): a goal part that begins after one begins at its text.
ODD_SPACES = (
    "\u00a0\u1680"
    + "".join(chr(c) for c in range(0x2000, 0x200B))
    + "\u202f\u205f"
    + "\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029"
)
# Numbers are matched on the normalized text (context.TextIndex: full-width digits and traditional
# characters mapped one for one, so offsets hold).
ARABIC = r"\d+(?:[,，]\d{3}(?!\d))*(?:\.\d+)?"
_CN_DIGIT = CN_ALL_DIGIT_CHARS
_CN_ANY = CN_ALL_DIGIT_CHARS + CN_ALL_UNIT_CHARS + CN_SCALE_CHARS
# 几十万 / 数十亿 / 十几 are approximate numerals (amounts.approximate_bounds reads them as ranges)
CHINESE = f"(?:[几数](?=[十百千])|[{_CN_DIGIT}十拾])(?:[{_CN_ANY}]|(?<=十)几)*(?:[点點][{_CN_DIGIT}]+)?"
# A numeral starts where a run of numeral characters starts, never inside one: without these
# look-behinds a long digit run before a unit the rules do not know (1000…0美元) is retried from
# every digit, which costs time quadratic in its length.
NUMBER = f"(?:(?<!\\d)(?<!\\d[.,，]){ARABIC}|(?<![{_CN_ANY}]){CHINESE})"
# How far before its anchor (元, %, 成 …) a candidate may start: longer numerals are not amounts.
MAX_NUMERAL_CHARS = 40


def _last_chars(words) -> str:
    """A character class of the last characters of words (人民币 -> 币): every match contains one."""
    return "".join(sorted({re.escape(w[-1]) for w in words}))


def alternation(words) -> str:
    """A regex alternation that tries longer words first (及以上 before 以上)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def spaced(word: str) -> str:
    """A word whose characters PDF extraction may have split with spaces (以 上)."""
    return SPACE.join(re.escape(ch) for ch in word)


@dataclass(frozen=True)
class BoundWords:
    """The word classes of the bound grammar ([bounds] in the lexicon), compiled; parsers/bounds.py composes them."""

    # word -> (class, value): class is negation | hedge | copula | bridge | comparator | limit;
    # value is the comparator's direction (above, below, reach) or the limit's kind (max, min)
    classes: dict[str, tuple[str, str | None]]
    token_before: re.Pattern  # one chain word ending where the search window ends (searched backwards)
    phrase_word: re.Pattern  # comparators and limits that may reach across a noun phrase
    blocked_after: dict[str, str]  # 过 is no comparator after 通, 经 …
    money_only: frozenset[str]  # limits that bound an amount of money but not a share (近)
    needs_copula: frozenset[str]  # noun limits that bound only after 为 or across a phrase (限额为…)
    noun_limits: frozenset[str]  # limits that are nouns: a noun may stand before their copula (限额标准为)
    verb_with_object: frozenset[str]  # comparators that are verbs when a noun follows the quantity (突破)
    step_marks: frozenset[str]  # 每 before a comparator: a step (每超1亿元), not a bound
    phrase_stops: re.Pattern
    noun_after: frozenset[
        str
    ]  # 超出额, 超过部分: a comparator with only one of these before the number is a noun
    phrase_time_end: re.Pattern  # a phrase ending so is a clause (…后, …时): no bound crosses it
    phrase_reach: int
    longest_word: int
    last_chars: frozenset[str]  # a chain word ends in one of these: a cheap test before the search
    phrase_last: frozenset[str]  # a noun phrase a bound crosses ends in one of these (的, 月 of 每月 …)
    period_end: re.Pattern  # a period word (每人每天) ending where the search window ends
    after: dict[str, str]  # after-word (spaces removed) -> kind
    after_match: re.Pattern  # inclusion mark and after-word right after a number
    inclusive_mark: re.Pattern
    echo_open: re.Pattern  # （含 before a number: a bracket repeating the bound (以下（含500万元）)
    # a limit, a short noun and 由/从 before the old value of a changed bound (最高补贴额由1000元…)
    change_old: re.Pattern | None = None
    change_new: re.Pattern | None = (
        None  # …, the old value and a change verb before the new one (…提高到1500元)
    )
    # a limit, a short noun and a change verb right before the value, no old value (最高贷款额度可提高至60万元)
    change_direct: re.Pattern | None = None


@dataclass(frozen=True)
class Lexicon:
    raw: dict
    bounds: BoundWords
    scales: dict[str, float]
    instruments: dict[str, str]
    period_words: tuple[str, ...]
    level_words: tuple[str, ...]
    # compiled patterns
    money: re.Pattern
    money_prefixed: re.Pattern
    percent: re.Pattern
    per_fraction: re.Pattern
    percentage_points: re.Pattern
    tenths: re.Pattern
    discount: re.Pattern
    colon_ratio: re.Pattern
    multiple: re.Pattern
    slash_fraction: re.Pattern
    instrument: re.Pattern
    period: re.Pattern
    trap: re.Pattern
    trap_pattern: re.Pattern
    year: re.Pattern
    goal_opener: re.Pattern
    goal_verb: re.Pattern
    level_before: re.Pattern  # 回收率提高到 / 比重降至 right before a ratio (searched at the end of a window)
    level_verb: re.Pattern  # 降至 / 提高到 anywhere (a level reached across a phrase: 降至经济总量的不足1/4)
    goal_noun_after: re.Pattern  # 的控制目标 right after a ratio
    share_verb_before: re.Pattern  # 实现 / 覆盖 right before a share of things
    measure_before: re.Pattern  # 含量 / 效率 right before a bound
    dated_deadline: re.Pattern  # 2017年底前: a year phrase that times one action
    goal_closer: re.Pattern  # 提出到2026年…的目标，: the goal named as a noun closes the statement
    respective: re.Pattern  # 分别: amounts listed one for each of a list of things
    cap_word: re.Pattern  # 最高 / 上限 inside a bound
    rate_head: re.Pattern  # 标准 / 比例 named after a share
    qualitative: re.Pattern
    past_marker: re.Pattern
    past_change: re.Pattern  # 由2017年929家增长到3605家: a change from a named year to now
    target_quantity: re.Pattern
    threshold_cue: re.Pattern
    attributive_tail: re.Pattern  # (/年)的…企业 right after an amount
    penalty_cue: re.Pattern
    budget_cue: re.Pattern
    subsidy_cue: re.Pattern
    ratio_subsidy_cue: re.Pattern
    level_word: re.Pattern
    recipient_end: re.Pattern
    recipient_strip: re.Pattern
    basis_step: re.Pattern  # 每增加 right before an amount (searched at the end of a window)
    basis_tail: re.Pattern  # 的部分 / 为基数 right after an amount
    interest_word: re.Pattern  # 贴息: a payout computed on a loan
    loan_word: re.Pattern  # 贷款: the loan an interest subsidy is paid on
    yearly_change: re.Pattern  # 每年提升 right before a ratio (searched at the end of a window)
    one_off: re.Pattern
    grant_verb: re.Pattern
    recipient_lead: re.Pattern  # 对 that opens a recipient phrase
    pronouns: frozenset[str]
    scope_opener: re.Pattern  # 力争/目标… right before a year phrase (searched at the end of a window)
    inline_heading: re.Pattern  # 。二、 / 。（二）: a paragraph break that a one-line text lost
    status_opener: re.Pattern  # 截至2024年: a sentence that reports a status
    # one-for-one character normalization: full-width digits and traditional characters
    normalize_table: dict[int, str] | None = None
    needs_normalizing: re.Pattern | None = None
    anchors: dict[str, re.Pattern] | None = None  # cheap patterns every candidate of a kind contains
    anchor_any: re.Pattern | None = None  # the last characters of the anchors: one scan per text
    anchor_fen: re.Pattern | None = None  # 分之 and 分点, the anchors that are words
    anchor_kinds: dict[str, tuple[str, ...]] | None = None  # last character of an anchor -> its kinds

    def section(self, *path: str):
        node = self.raw
        for key in path:
            node = node[key]
        return node


def _compile(raw: dict) -> Lexicon:
    q = raw["qualifiers"]
    money = raw["money"]
    ratios = raw["ratios"]
    roles = raw["roles"]
    targets = raw["targets"]
    recipients = raw["recipients"]

    scales = {k: float(v) for k, v in money["scales"].items()}
    scale = f"(?:{alternation(scales)})"
    unit = f"(?:{alternation(money['units'])})"
    dash = f"(?:{alternation(raw['ranges']['dashes'])})"
    inclusive = f"(?:{alternation(q['inclusive_marks'])})"
    jiao = alternation(money["jiao"])
    fen = alternation(money["fen"])
    small = f"(?:\\d|[{_CN_DIGIT}])"

    money_re = re.compile(
        f"(?P<cur>(?:{alternation(money['currency_prefixes'])}){SPACE})?"
        f"(?:(?P<n1>{NUMBER}){SPACE}(?P<s1>{scale})?{SPACE}(?P<u1>{unit})?{SPACE}(?P<inc1>{inclusive})?{SPACE}"
        f"(?P<dash>{dash}){SPACE})?"
        # 超亿元, 千万元以上, 超万亿元: a scale with no numeral before it counts one of it (an empty n;
        # candidates.py keeps it only after a comparator or before an after-word)
        f"(?P<n>{NUMBER}|(?<![\\d{_CN_ANY}])(?=(?:[百千]?[万亿]|万亿){SPACE}{unit}))"
        f"{SPACE}(?P<s>{scale})?{SPACE}(?P<u>{unit})"
        f"(?:{SPACE}(?P<jiao>{small}){SPACE}(?:{jiao}))?(?:{SPACE}(?P<fen>{small}){SPACE}(?:{fen}))?"
        f"(?P<suf>{alternation(money['unit_suffixes'])})?"
    )
    money_prefixed = re.compile(
        f"(?P<cur>{alternation(money['currency_prefixes'])}){SPACE}(?P<n>{ARABIC})(?!{SPACE}(?:{scale}|{unit}|\\d))"
    )
    pct = f"(?:{alternation(ratios['percent_signs'] + list(ratios['per_mille_signs']))})"
    arabic = f"(?<!\\d)(?<!\\d[.,，]){ARABIC}"  # from the start of a digit run only (see NUMBER)
    percent = re.compile(
        f"(?:(?P<n1>{arabic}){SPACE}(?P<p1>{pct})?{SPACE}(?P<dash>{dash}){SPACE})?(?P<n>{arabic}){SPACE}{pct}"
    )
    slash = "".join(re.escape(c) for c in ratios["slash_marks"])
    slash_fraction = re.compile(
        f"(?<![\\d./{slash}])(?P<n>\\d{{1,3}}){SPACE}[{slash}]{SPACE}(?P<den>\\d{{1,3}})(?![\\d.{slash}])"
    )
    # 占总人数百分之二十: 数 and 几 before 百 end a noun there (人数), they are no approximate denominator (数百)
    den = f"(?:[百千万萬仟佰]+|(?![几数]){CHINESE}|\\d+)"
    infix = SPACE.join(re.escape(ch) for ch in ratios["fraction_infix"])  # 分之, also spaced: 百 分 之
    per_fraction = re.compile(
        f"(?P<den>{den}){SPACE}{infix}{SPACE}(?P<n>{NUMBER}|[百佰])(?P<k>{SPACE}[kK])?"
        # 百分之十至三十的比例: the second bound of a range borrows the first's denominator
        f"(?:{SPACE}{dash}{SPACE}(?P<n2>{NUMBER})(?=的|之间|以内|以下|给予|比例|[，。；、,;\\s]|\\Z))?"
    )
    points = "".join(f"{re.escape(ch)}{SPACE}" for ch in ratios["percentage_points"]).removesuffix(SPACE)
    points = points.replace(re.escape("个"), "[个個]").replace(re.escape("点"), "[点點]")
    percentage_points = re.compile(
        f"(?:(?P<n1>{NUMBER}){SPACE}(?P<dash>{dash}){SPACE})?(?P<n>{NUMBER})(?P<k>[kK])?{SPACE}{points}"
    )
    tenths = re.compile(f"(?P<n>{NUMBER}|半){SPACE}{re.escape(ratios['tenths_word'])}(?P<half>半)?")
    discount = re.compile(f"(?P<n>{NUMBER}|半|对|對){SPACE}{re.escape(ratios['discount_word'])}")
    colons = "".join(re.escape(c) for c in ratios["ratio_colons"])
    colon_ratio = re.compile(
        f"(?<![\\d.])(?P<a>\\d+(?:\\.\\d+)?){SPACE}[{colons}]{SPACE}(?P<b>\\d+(?:\\.\\d+)?)(?![\\d.])"
    )
    multiple = re.compile(f"(?P<n>{NUMBER}){SPACE}{re.escape(ratios['multiple_word'])}")

    bounds = _bound_words(
        raw["bounds"], inclusive, targets["goal_verbs"], raw["periods"]["words"], q["inclusion_words"]
    )

    # a step is counted in a step verb (每增加3000万元) or a comparator of growth (每超1亿元, 每满100万元)
    step_verbs = list(raw["roles"]["basis_step_verbs"]) + [
        w for w, d in raw["bounds"]["comparators"].items() if d in ("above", "reach")
    ]

    pairs = raw["traditional"]["pairs"].split()
    normalize_table = {ord(p[0]): p[1] for p in pairs if len(p) == 2}
    normalize_table.update(
        {ord(a): b for a, b in zip("０１２３４５６７８９．％", "0123456789.%", strict=True)}
    )
    normalize_table.update({ord(ch): " " for ch in ODD_SPACES})

    anchors = {
        # each ends in a single-character class or character: the engine skips to it without trying
        # every position; one scan finds the anchors of every kind (``anchor_hits``)
        "money": re.compile(f"[{_last_chars(money['units'] + money['currency_prefixes'])}]"),
        "percent": re.compile(f"[{_last_chars(ratios['percent_signs'] + list(ratios['per_mille_signs']))}]"),
        "per_fraction": re.compile(SPACE.join(re.escape(ch) for ch in ratios["fraction_infix"])),
        "percentage_points": re.compile(f"分{SPACE}[点點]"),
        # a numeral right before 成/折/倍, so that 建成, 折旧, 倍增 cost nothing
        "tenths": re.compile(f"[\\d{_CN_ANY}半]{SPACE}{re.escape(ratios['tenths_word'])}"),
        "discount": re.compile(f"[\\d{_CN_ANY}半对對]{SPACE}{re.escape(ratios['discount_word'])}"),
        "colon_ratio": re.compile(f"\\d{SPACE}[{colons}]"),
        "slash": re.compile(f"\\d{SPACE}[{slash}]"),
        "multiple": re.compile(f"[\\d{_CN_ANY}]{SPACE}{re.escape(ratios['multiple_word'])}"),
    }
    instruments = dict(raw["instruments"])
    count_units = list(targets["count_units"])
    money_units = [f"{s}{u}" for s in scales for u in ("元",)] + ["元"]
    # 超7成: tenths count in a goal only when a tenths follower (以上, a comma, …) or the end comes next
    tenths_unit = f"{re.escape(ratios['tenths_word'])}(?=(?:{alternation(ratios['tenths_followers'])})|\\Z)"
    # 五千亿规模: an empty unit after 万/亿 that one of these follows is yuan (targets.py reads it so)
    implied_yuan = f"(?<=[万亿])(?=(?:{alternation(targets['implied_money_tails'])}))"
    # 50万贫困群众: an empty unit after 万/亿 before the people counted is a count (targets.py reads group "people")
    implied_count = f"(?<=[万亿])(?P<people>)(?=(?:{alternation(targets['implied_count_heads'])}))"
    # 95立方米/公顷: a count unit per another is one unit
    per = alternation(count_units + targets["per_unit_times"])
    per_unit = f"(?:{alternation(count_units)})(?:{alternation(targets['per_unit_marks'])})(?:{per})"
    # 比重达到1/3以上: a slash fraction's denominator is the unit of a share (targets.py checks it is a proper one)
    slash_unit = f"[{slash}]{SPACE}\\d{{1,3}}(?![\\d.{slash}])"
    quantity_units = (
        f"(?:{per_unit}|{alternation(count_units + money_units + ratios['percent_signs'])}|{tenths_unit}"
        f"|{implied_yuan}|{implied_count}|{slash_unit})"
    )
    first_units = quantity_units.replace("(?P<people>)", "")  # a range's first bound: the group is named once
    target_quantity = re.compile(
        # 2-3个, 15至20家, 1万-2万个: a range; the first bound borrows the second's unit
        f"(?:(?P<n1>{NUMBER}){SPACE}(?P<s1>万|亿)?{SPACE}(?:{first_units})?{SPACE}(?P<dash>{dash}){SPACE})?"
        # 百项, 千家: a bare 百 or 千 counts in a goal (突破百项前沿关键核心技术, 打造百家领军企业); so does a bare
        # scale of yuan (突破千亿元, 超万亿元: 1000 亿元, 10000 亿元)
        f"(?P<n>{NUMBER}|(?<![{_CN_ANY}])[百千](?![{_CN_ANY}])|(?<![{_CN_ANY}])[十百千万](?=[万亿]{SPACE}元))"
        f"{SPACE}(?P<s>万|亿)?{SPACE}(?P<u>{quantity_units})"
    )

    return Lexicon(
        raw=raw,
        bounds=bounds,
        scales=scales,
        instruments=instruments,
        period_words=tuple(raw["periods"]["words"]),
        level_words=tuple(recipients["level_words"]),
        money=money_re,
        money_prefixed=money_prefixed,
        percent=percent,
        per_fraction=per_fraction,
        percentage_points=percentage_points,
        tenths=tenths,
        discount=discount,
        colon_ratio=colon_ratio,
        multiple=multiple,
        slash_fraction=slash_fraction,
        instrument=re.compile(alternation(instruments)),
        period=re.compile(
            "|".join([alternation(raw["periods"]["words"]), *raw["periods"].get("patterns", [])])
        ),
        trap=re.compile(alternation(raw["traps"]["words"])),
        trap_pattern=re.compile("|".join(f"(?:{p})" for p in raw["traps"]["patterns"])),
        year=re.compile(
            "|".join(
                f"(?:{p.replace('(?P<year>', f'(?P<year{i}>')})"
                for i, p in enumerate(targets["year_patterns"])
            )
        ),
        goal_opener=re.compile(alternation(targets["goal_openers"])),
        level_before=re.compile(
            f"(?:{alternation(roles['measure_nouns'])}){SPACE}(?:{alternation(roles['level_verbs'])}){SPACE}\\Z"
        ),
        level_verb=re.compile(alternation(roles["level_verbs"])),
        rate_head=re.compile(alternation(roles["rate_heads"])),
        cap_word=re.compile(alternation(roles["cap_words"])),
        respective=re.compile(alternation(raw["qualifiers"]["respective_words"])),
        dated_deadline=re.compile(targets["dated_deadline_pattern"]),
        goal_closer=re.compile(targets["goal_closer_pattern"]),
        measure_before=re.compile(f"(?:{alternation(roles['measure_nouns'])}){SPACE}\\Z"),
        share_verb_before=re.compile(f"(?:{alternation(roles['share_verbs'])}){SPACE}\\Z"),
        goal_noun_after=re.compile(f"{SPACE}的{SPACE}(?:{alternation(roles['goal_nouns'])})"),
        goal_verb=re.compile(f"(?:{alternation(targets['goal_verbs'])}){SPACE}\\Z"),
        qualitative=re.compile(alternation(targets["qualitative_words"])),
        past_marker=re.compile(alternation(targets["past_markers"])),
        past_change=re.compile(targets["past_change_pattern"]),
        target_quantity=target_quantity,
        threshold_cue=re.compile(alternation(roles["threshold_cues"])),
        attributive_tail=re.compile(
            # 500万元至1000万元之间的企业: a band, then the noun it qualifies
            f"{SPACE}(?:[（(]不?含[）)])?{SPACE}(?:/{SPACE}年度?|每年)?{SPACE}(?:之间)?{SPACE}的"
            f"[\u4e00-\u9fff]{{0,6}}?(?:{alternation(roles['attributive_heads'])})"
        ),
        penalty_cue=re.compile(alternation(roles["penalty_cues"])),
        budget_cue=re.compile(alternation(roles["budget_cues"])),
        # 补偿机制, 奖补制度: a grant word naming a mechanism is no cue
        subsidy_cue=_cue(roles, "subsidy_cues"),
        ratio_subsidy_cue=_cue(roles, "ratio_subsidy_cues"),
        level_word=re.compile(f"(?:{alternation(recipients['level_words'])})\\Z"),
        recipient_end=re.compile(recipients["phrase_ends"]),
        recipient_strip=re.compile(recipients["strip_prefix_pattern"]),
        # 每 + a step verb (每增加), or + a comparator of growth (每超1亿元: a step, see [bounds] step_marks)
        basis_step=re.compile(
            f"(?:{alternation(raw['bounds']['step_marks'])}){SPACE}(?:{alternation(step_verbs)})?{SPACE}\\Z"
        ),
        basis_tail=re.compile(f"{SPACE}(?:{alternation(roles['basis_tails'])})"),
        interest_word=re.compile(alternation(roles["interest_words"])),
        loan_word=re.compile(alternation(roles["loan_words"])),
        yearly_change=re.compile(
            f"(?:{alternation(roles['yearly_words'])}){SPACE}(?:{alternation(roles['yearly_change_verbs'])}){SPACE}\\Z"
        ),
        one_off=re.compile(re.escape(raw["periods"]["one_off"])),
        grant_verb=re.compile(alternation(recipients["grant_verbs"])),
        recipient_lead=re.compile(raw["context"]["recipient_lead_pattern"]),
        pronouns=frozenset(raw["context"]["pronouns"]),
        inline_heading=re.compile(raw["context"]["inline_heading_pattern"]),
        scope_opener=re.compile(f"(?:{alternation(raw['context']['scope_openers'])}){SPACE}[：:]?{SPACE}\\Z"),
        status_opener=re.compile(
            f"(?:{alternation(targets['status_openers'])}){SPACE}(?:19|20)\\d{{2}}{SPACE}年"
        ),
        normalize_table=normalize_table,
        needs_normalizing=re.compile(f"[{''.join(re.escape(chr(c)) for c in normalize_table)}]"),
        anchors=anchors,
        # one scan for all kinds but 分之/分点, on their last characters only: a plain character class,
        # which the engine scans fast (an alternation would try every position); anchor_hits checks the
        # numeral before 成/折/倍/:// against the kind's own anchor
        anchor_any=re.compile(
            f"[{''.join(sorted(ch for ch in _anchor_kinds(anchors) if ch not in '之点點'))}]"
        ),
        anchor_fen=re.compile(f"分{SPACE}[之点點]"),
        anchor_kinds=_anchor_kinds(anchors),
    )


def _cue(roles: dict, key: str) -> re.Pattern:
    """A grant word of ``key``, unless it names things (配套企业) or a mechanism (补偿机制, 配套建设)."""
    return re.compile(
        f"(?!{alternation(roles['cue_compounds'])})(?:{alternation(roles[key])})"
        f"(?!{alternation(roles['cue_not_before'])})"
    )


def _anchor_kinds(anchors: dict[str, re.Pattern]) -> dict[str, tuple[str, ...]]:
    """The last character of an anchor match -> the kinds of candidate it may anchor."""
    kinds: dict[str, list[str]] = {}
    for kind, pattern in anchors.items():
        last = pattern.pattern
        chars = re.findall(r"\[([^\]]+)\]$", last)
        tail = chars[0] if chars else last[-1]
        for ch in re.sub(r"\\(.)", r"\1", tail):
            kinds.setdefault(ch, []).append(kind)
    return {ch: tuple(k) for ch, k in kinds.items()}


def _bound_words(
    b: dict, inclusive: str, goal_verbs: list[str], periods: list[str], inclusion_words: list[str]
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
    return BoundWords(
        classes=classes,
        token_before=re.compile(f"(?:{alternation(classes)})\\Z"),
        phrase_word=re.compile(alternation(phrase_words)),
        blocked_after=dict(b["adjacency"]["blocked_after"]),
        money_only=frozenset(b["adjacency"]["money_only_limits"]),
        needs_copula=frozenset(b["adjacency"]["needs_copula"]),
        noun_limits=frozenset(b["adjacency"]["noun_limits"]),
        verb_with_object=frozenset(b["adjacency"]["verb_with_object"]),
        step_marks=frozenset(b["step_marks"]),
        phrase_stops=re.compile(alternation(b["phrase_stops"])),
        noun_after=frozenset(b["adjacency"]["comparator_noun_after"]),
        phrase_time_end=re.compile(f"(?:{alternation(b['phrase_time_ends'])})\\Z"),
        phrase_reach=int(b["phrase_reach"]),
        longest_word=max(map(len, classes)),
        last_chars=frozenset(w[-1] for w in classes),
        phrase_last=frozenset("的") | frozenset(w[-1] for w in periods),
        period_end=re.compile(f"(?:{alternation(periods)}){SPACE}\\Z"),
        after=after,
        after_match=re.compile(
            f"{SPACE}(?P<inc>{inclusive})?{SPACE}(?P<q>{'|'.join(spaced(w) for w in sorted(after, key=len, reverse=True))})"
        ),
        inclusive_mark=re.compile(inclusive),
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
    )


def last_match(pattern: re.Pattern, text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """The last non-overlapping match of pattern in text[start:end] (the nearest before a position)."""
    found = None
    for found in pattern.finditer(text, start, len(text) if end is None else end):  # noqa: B007
        pass
    return found


_NUMERAL_CHAR = re.compile(f"[0-9{_CN_ANY}几数半对對]")  # 对折 counts as a numeral
_NUMBERISH = frozenset("0123456789.,，" + _CN_ANY + "点點几数半 \t\u3000")
# what may stand inside a candidate before its anchor: 3万元—5万元, 1万(含)-5万元, 10~15k元, 一千到两千万元
_AMOUNTISH = _NUMBERISH | frozenset("—–－-~～〜至到元圆块含()（）kK%")


def anchor_hits(lex: Lexicon, text: str) -> dict[str, list[re.Match]]:
    """The anchor matches of every candidate kind in ``text``, from one scan (see ``anchored``)."""
    hits: dict[str, list[re.Match]] = {kind: [] for kind in lex.anchors}
    kinds, anchors = lex.anchor_kinds, lex.anchors
    for m in lex.anchor_fen.finditer(text):
        hits[kinds[text[m.end() - 1]][0]].append(m)
    for m in lex.anchor_any.finditer(text):
        end = m.end()
        for kind in kinds[text[end - 1]]:
            if _SINGLE_CHARACTER_ANCHOR[kind]:
                hits[kind].append(m)
                continue
            # 三成, 1.5 倍, 17:…: the kind's own anchor ends here and starts at the numeral before
            start = m.start()
            while start > 0 and text[start - 1] in " \t\u3000\u00a0":
                start -= 1
            own = anchors[kind].match(text, max(0, start - 1), end) if start > 0 else None
            if own is not None and own.end() == end:
                hits[kind].append(own)
    return hits


# kinds whose anchor is one character (the scan's match is the anchor itself) or a fixed word (分之, 分点)
_SINGLE_CHARACTER_ANCHOR = {
    "money": True,
    "percent": True,
    "per_fraction": True,
    "percentage_points": True,
    "tenths": False,
    "discount": False,
    "colon_ratio": False,
    "slash": False,
    "multiple": False,
}


def anchored(
    pattern: re.Pattern,
    anchor: re.Pattern | list[re.Match],
    text: str,
    lead: int = 4,
    forward: int = 12,
    back: int | None = None,
):
    """``pattern.finditer(text)`` restricted to matches that contain an ``anchor`` match.

    Scanning a whole text with a pattern that opens with optional groups tries it at every
    position; scanning for a one-character anchor (元, %, 成) and matching only from where the
    numerals before it begin (plus ``lead`` characters for a prefix like 人民币) is many times
    faster and finds the same matches. With ``back``, the window opens that many characters
    before the anchor instead (for forms with words inside: 六 个 百 分 点).

    The walk back over numeral characters stops after MAX_NUMERAL_CHARS: a longer run is no
    amount (and the patterns' numerals cannot start inside a run), and an unbounded walk would
    cost time quadratic in the run's length (元元元…, 1000…0%%%…).
    """
    seen_end = -1
    n = len(text)
    for a in anchor.finditer(text) if isinstance(anchor, re.Pattern) else anchor:
        if a.start() < seen_end:
            continue
        start = a.start()
        if back is None:
            floor = max(0, start - MAX_NUMERAL_CHARS)
            while start > floor and text[start - 1] in _AMOUNTISH:
                start -= 1
            if start == a.start():  # the anchor ends a longer unit (3.14人民币, 九千块钱): step over it
                start = max(0, start - 3)
                floor = max(0, start - MAX_NUMERAL_CHARS)
                while start > floor and text[start - 1] in _AMOUNTISH:
                    start -= 1
        else:
            start = max(0, start - back)
            floor = max(0, start - MAX_NUMERAL_CHARS)
            while start > floor and text[start - 1] in _NUMBERISH:
                start -= 1
        window = (max(0, start - lead), min(n, a.end() + forward))
        if not _NUMERAL_CHAR.search(text, *window):
            continue  # no numeral near this anchor (元元元…, 建成): nothing to match
        for m in pattern.finditer(text, *window):
            if m.start() <= a.start() < m.end() and m.end() > seen_end:
                seen_end = m.end()
                yield m
                break


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The rules, loaded from parsers/data/lexicon.toml on first use."""
    with LEXICON_PATH.open("rb") as fh:
        return _compile(tomllib.load(fh))
