"""The extraction rules as data: parsers/data/lexicon.toml, loaded once and compiled into regular expressions.

``lexicon()`` returns one cached ``Lexicon``. Everything that decides what a number means
(qualifiers, units, instruments, role cues, traps) comes from the TOML file; the code in
amounts.py and targets.py only combines these pieces.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from parsers.bound_words import BoundWords, bound_words
from parsers.data_tables import data_table
from parsers.grant_cues import grant_cue
from parsers.list_markers import BULLET_GLYPHS, DASHES
from parsers.match_starts import skipping
from parsers.numbers import DIGITS
from parsers.patterns import (  # noqa: F401  (ARABIC, MAX_NUMERAL_CHARS: read from here by other modules)
    ARABIC,
    MAX_NUMERAL_CHARS,
    ODD_SPACES,
    SPACE,
    WIDE_FIGURES,
    YearKinds,
    alternation,
    guarded_markers,
)
from parsers.quantity_patterns import QuantityPatterns, quantity_patterns
from parsers.traditional import simplified_forms

T = TypeVar("T")
LEXICON_PATH = Path(__file__).with_name("data") / "lexicon.toml"
# a year after a list item's bullet opens its part (——2025年，… ■2025年，…): the one-character dashes and the glyphs of
# data/list_marks.toml; a hyphen only doubled (--2025年) or opening its line (after a year it is a span's, 2024-2025年)
_LIST_DASH = re.escape("".join(d for d in DASHES if len(d) == 1 and d != "-") + BULLET_GLYPHS)
_AFTER_LIST_DASH = rf"(?<=[{_LIST_DASH}])|(?<=--)|(?<=\n-)"


def with_list_dash(pattern: str) -> str:
    """A year pattern's {list_dash}: the one-character dashes and the glyphs a list item opens with (——2025年，…,
    ■2025年，…), not a hyphen; its look-behind (?<=[{list_dash}]) takes a doubled hyphen and one opening a line too."""
    return pattern.replace("(?<=[{list_dash}])", _AFTER_LIST_DASH).replace("{list_dash}", _LIST_DASH)


@dataclass(frozen=True)
class Lexicon(QuantityPatterns):
    """The compiled rules; the quantity patterns (money, every ratio form, a goal's quantity, the anchors) are
    parsers.quantity_patterns', inherited."""

    raw: dict
    bounds: BoundWords
    instruments: dict[str, str]
    period_words: tuple[str, ...]
    level_words: tuple[str, ...]
    instrument: re.Pattern
    period: re.Pattern
    trap: re.Pattern
    trap_skipping: re.Pattern | None  # ``trap`` behind its openers (match_starts.skipping, .spans)
    trap_pattern: re.Pattern
    year: re.Pattern
    named_goal_years: tuple[
        str, ...
    ]  # groups of `year` whose pattern names the goal (2026年…目标是：): no opener needed
    inner_goal_years: tuple[
        str, ...
    ]  # groups of `year` inside its goal's part (收入2027年达到…): the part is the goal
    reached_goal_years: tuple[
        str, ...
    ]  # of those, the year a change reaches (提高到2025年的45%): plan or report
    goal_heading: re.Pattern  # 到2025年发展目标 as a whole line: a heading over its goals
    relative_goal_year: re.Pattern  # 今年…主要预期目标是：: the goals of the year the text is dated
    relative_goal_closed: re.Pattern  # 今年…增长6%左右的发展目标: goals named the year's, from the 今年 on
    planned_goal_year: re.Pattern  # 2026年，全市将…: the year's plan (its sentence's quantified goals)
    head_date_line: re.Pattern  # a line at a text's head that is only its date (2022年4月24日 星期日)
    head_date_line_chars: int  # …searched within this many characters of the text's start
    level_tail_word: re.Pattern  # 大关 / 台阶 after an amount: the level named, no object
    level_aside: (
        re.Pattern
    )  # 、next item / （remark） / ——aside after a level verb's amount: still a level stated
    counted_subject: re.Pattern  # 3个 before a size word: the things counted, which the amount qualifies
    rule_word: re.Pattern  # 实行 / 必须 / 给予 in a sentence: a rule, whose amounts may be its conditions
    year_report_sentence: re.Pattern  # 。2025年全县预计…: a sentence of another year ends a goal statement
    goal_opener: re.Pattern
    goal_verb: re.Pattern
    level_before: re.Pattern  # 回收率提高到 / 比重降至 right before a ratio (searched at the end of a window)
    level_verb: re.Pattern  # 降至 / 提高到 anywhere (a level reached across a phrase: 降至经济总量的不足1/4)
    goal_noun_after: re.Pattern  # 的控制目标 right after a ratio
    share_verb_before: re.Pattern  # 实现 / 覆盖 right before a share of things
    measure_before: re.Pattern  # 含量 / 效率 right before a bound
    dated_deadline: re.Pattern  # 2017年底前: a year phrase that times one action
    goal_list_name: re.Pattern  # 实现以下目标： / 主要目标如下: a part that names the goals to follow
    goal_list_lead: re.Pattern  # …主要预期目标是： names the goals that follow
    item_opener: re.Pattern  # 。二是…: a new point of a list ends the year of the one before
    goal_closer: re.Pattern  # 提出到2026年…的目标，: the goal named as a noun closes the statement
    respective: re.Pattern  # 分别: amounts listed one for each of a list of things
    cap_word: re.Pattern  # 最高 / 上限 inside a bound
    rate_head: re.Pattern  # 标准 / 比例 named after a share
    qualitative: re.Pattern
    scope_noun: re.Pattern  # 四个维度: a count of aspects after a quantity (matched at its end)
    past_marker: re.Pattern
    past_change: re.Pattern  # 由2017年929家增长到3605家: a change from a named year to now
    threshold_cue: re.Pattern
    attributive_tail: re.Pattern  # (/年)的…企业 right after an amount
    reached_attributive_tail: (
        re.Pattern
    )  # 达到X的…平台: after a reach verb, a longer modifier (a place's name in it)
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
    loan_balance: re.Pattern  # 贷款余额: the stock of loans held, a reported level
    loan_verb_before: (
        re.Pattern
    )  # 可贷 right before an amount: the loan a borrower may take (searched at a window's end)
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
    numeral_year: re.Pattern | None = None  # 二〇〇四年: a year in Chinese digits, read as 2004年
    numeral_year_prefixes: tuple[str, ...] = ()  # 二〇, 一九 …: every such year opens with one
    year_digits: dict[str, int] | None = (
        None  # DIGITS and every way pages write a year's 0 (二O一二年: 0 in years only)
    )
    anchor_any: re.Pattern | None = None  # the last characters of the anchors: one scan per text
    anchor_fen: re.Pattern | None = None  # 分之 and 分点, the anchors that are words
    anchor_kinds: dict[str, tuple[str, ...]] | None = None  # last character of an anchor -> its kinds

    def derived(self, build: Callable[[Lexicon], T]) -> T:
        """What ``build`` makes of this lexicon (patterns compiled from its words), made once per lexicon: the
        lexicon keeps it, so a rule module holds no cache of its own keyed by the lexicon's id."""
        try:  # made already: two lookups, no more (asked ~100 times a document, in rule after rule)
            return self.__dict__["_derived"][build]
        except KeyError:
            # frozen fields aside: a cache, not part of the lexicon
            made = self.__dict__.setdefault("_derived", {})
        found = made[build] = build(self)
        return found

    def section(self, *path: str):
        node = self.raw
        for key in path:
            node = node[key]
        return node


def _compile(raw: dict) -> Lexicon:
    q = raw["qualifiers"]
    roles = raw["roles"]
    targets = raw["targets"]
    recipients = raw["recipients"]
    # every way pages write the 0 of a year in Chinese digits (二O一二年, 二○一o年): a look-alike is 0 in years only
    zero_lookalikes = raw["context"]["year_zero_lookalikes"]
    year_zeros = raw["context"]["year_zero_digits"] + zero_lookalikes

    found = quantity_patterns(raw)
    inclusive = found.inclusive
    bounds = bound_words(
        raw["bounds"],
        inclusive,
        targets["goal_verbs"],
        raw["periods"]["words"],
        q["inclusion_words"],
        q["respective_words"],
    )

    # a step is counted in a step verb (每增加3000万元) or a comparator of growth (每超1亿元, 每满100万元)
    step_verbs = list(raw["roles"]["basis_step_verbs"]) + [
        w for w, d in raw["bounds"]["comparators"].items() if d in ("above", "reach")
    ]

    normalize_table = dict(simplified_forms())  # parsers/data/traditional.toml, the structure's table too
    normalize_table.update(WIDE_FIGURES)
    normalize_table.update({ord(ch): " " for ch in ODD_SPACES})

    instruments = dict(raw["instruments"])
    # a subject's time frame is tried first: year_patterns would take its 到2025年 for a frame opening its part
    # a place's year opener (甘肃省2025年力争…): no common noun for the place, no report cue in its sentence
    subject_words = {
        "{not_common_place}": "".join(f"(?<!{re.escape(w)})" for w in targets["place_suffix_nouns"]),
        "{report_cue}": alternation(raw["tense"]["report_cues"]),
    }
    subject_years = []
    for pattern in targets["subject_goal_year_patterns"]:
        for word, regex in subject_words.items():
            pattern = pattern.replace(word, regex)
        subject_years.append(pattern)
    # a verb of setting goals before a bare year (会议确定2012年…): any of [context] goal_setting_verbs, looked behind
    context = raw["context"]
    setting_verb = "(?:" + "|".join(f"(?<={re.escape(w)})" for w in context["goal_setting_verbs"]) + ")"
    done_before_de = alternation(targets["deadline_modifier_verbs"])
    # 截至2031年底，…将达到…: a status opener before a time its sentence aims at ([targets] status_deadline_*_pattern)
    status_deadlines = {
        f"{{{k}}}": targets[f"{k}_pattern"] for k in ("status_deadline_year", "status_deadline_period")
    }
    opening_years = [
        status_deadlines.get(p, p)
        .replace("{setting_verb}", setting_verb)
        .replace("{done_before_de}", done_before_de)
        for p in targets["year_patterns"]
    ]
    year_kinds = YearKinds(
        (
            ("subject", subject_years),
            ("reached", targets["reached_goal_year_patterns"]),
            ("opening", opening_years),
            ("named", targets["named_goal_year_patterns"]),
            ("inner", targets["inner_goal_year_patterns"]),
        )
    )
    trap = re.compile(
        f"{alternation(raw['traps']['words'])}|{raw['traps']['generation_pattern']}"
        f"|{raw['traps']['numeral_place_pattern']}|{raw['traps']['ordinal_pattern']}"
        f"|{raw['traps']['reach_idiom_pattern']}"
        f"|{raw['traps']['age_class_pattern']}"
        f"|{raw['traps']['class_label_list_pattern']}"
        f"|{raw['traps']['anaphoric_count_pattern']}"
    )
    return Lexicon(
        **{f.name: getattr(found, f.name) for f in fields(found)},
        raw=raw,
        bounds=bounds,
        instruments=instruments,
        period_words=tuple(raw["periods"]["words"]),
        level_words=tuple(recipients["level_words"]),
        instrument=re.compile(alternation(instruments)),
        period=re.compile(
            "|".join([alternation(raw["periods"]["words"]), *raw["periods"].get("patterns", [])])
        ),
        trap=trap,
        trap_skipping=skipping(trap),
        trap_pattern=re.compile("|".join(f"(?:{p})" for p in raw["traps"]["patterns"])),
        year=year_kinds.compiled(),
        named_goal_years=year_kinds.groups("subject", "reached", "named", "inner"),
        inner_goal_years=year_kinds.groups("subject", "reached", "inner"),
        reached_goal_years=year_kinds.groups("reached"),
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
        goal_list_lead=re.compile(targets["goal_list_lead_pattern"]),
        goal_heading=re.compile(targets["goal_heading_pattern"]),
        relative_goal_year=re.compile(
            (targets["relative_goal_year_pattern"] + "|" + targets["relative_goal_closed_pattern"])
            .replace("{goal_verbs}", alternation(targets["goal_verbs"]))
            .replace("{expect_noun_words}", alternation(targets["expect_noun_words"]))
        ),
        relative_goal_closed=re.compile(targets["relative_goal_closed_pattern"]),
        planned_goal_year=re.compile(
            with_list_dash(targets["planned_goal_year_pattern"]).replace(
                "{expect_noun_words}", alternation(targets["expect_noun_words"])
            )
        ),
        year_report_sentence=re.compile(targets["year_report_sentence_pattern"]),
        level_tail_word=re.compile(f"(?:{alternation(roles['stated_level_tails'])})"),
        level_aside=re.compile(
            f"(?:{alternation(roles['stated_level_tails'])})?(?:{roles['stated_level_aside_pattern']})"
        ),
        counted_subject=re.compile(roles["stated_level_counted_subject_pattern"]),
        rule_word=re.compile(alternation(roles["stated_level_rule_words"])),
        head_date_line=re.compile(targets["head_date_line_pattern"], re.MULTILINE),
        head_date_line_chars=int(targets["head_date_line_chars"]),
        goal_list_name=re.compile(targets["goal_list_name_pattern"]),
        item_opener=re.compile(raw["context"]["item_opener_pattern"]),
        measure_before=re.compile(f"(?:{alternation(roles['measure_nouns'])}){SPACE}\\Z"),
        share_verb_before=re.compile(f"(?:{alternation(roles['share_verbs'])}){SPACE}\\Z"),
        goal_noun_after=re.compile(
            f"{SPACE}(?:的{SPACE})?(?:{roles['goal_noun_label_pattern']})?{SPACE}(?:{alternation(roles['goal_nouns'])})"
        ),
        goal_verb=re.compile(f"(?:{alternation(targets['goal_verbs'])}){SPACE}\\Z"),
        qualitative=re.compile(alternation(targets["qualitative_words"])),
        scope_noun=re.compile(f"{SPACE}(?:{alternation(targets['scope_nouns'])})"),
        past_marker=re.compile(
            f"{guarded_markers(targets['past_markers'], targets['past_marker_not_before'])}|{targets['past_leap_pattern']}"
        ),
        past_change=re.compile(targets["past_change_pattern"]),
        threshold_cue=re.compile(alternation(roles["threshold_cues"])),
        attributive_tail=re.compile(
            # 500万元至1000万元之间的企业: a band, then the noun it qualifies
            # (15%以上增长的企业: a growth noun may stand between the share and its 的)
            f"{SPACE}(?:[（(]不?含[）)])?{SPACE}(?:/{SPACE}年度?|每年)?{SPACE}(?:之间)?{SPACE}"
            f"(?:(?:{alternation(roles['attributive_growth_nouns'])}){SPACE})?的"
            f"[\u4e00-\u9fff]{{0,6}}?(?:{alternation(roles['attributive_heads'])})"
        ),
        reached_attributive_tail=re.compile(
            f"(?:{SPACE}的[\u4e00-\u9fff]{{0,10}}?|{roles['reached_joined_condition_pattern']})"
            f"(?:{alternation(roles['attributive_heads'])})"
        ),
        penalty_cue=re.compile(alternation(roles["penalty_cues"])),
        budget_cue=re.compile(
            f"(?<!{alternation(roles['budget_cue_not_after'])})"
            f"(?:{alternation(roles['budget_cues'])})(?!{alternation(roles['budget_cue_not_before'])})"
            f"|{roles['planned_investment_pattern']}"
        ),
        # 补偿机制, 奖补制度: a grant word naming a mechanism is no cue
        subsidy_cue=grant_cue(roles, roles["subsidy_cues"]),
        ratio_subsidy_cue=grant_cue(roles, roles["ratio_subsidy_cues"]),
        level_word=re.compile(f"(?:{alternation(recipients['level_words'])})\\Z"),
        recipient_end=re.compile(recipients["phrase_ends"]),
        recipient_strip=re.compile(recipients["strip_prefix_pattern"]),
        # 每 + a step verb (每增加), or + a comparator of growth (每超1亿元: a step, see [bounds] step_marks)
        basis_step=re.compile(
            f"(?:{alternation(raw['bounds']['step_marks'])}){SPACE}(?:{alternation(step_verbs)})?{SPACE}\\Z"
            # …or the step named, then its size in a bracket (每上一个台阶（5亿元）)
            f"|(?:{alternation(raw['bounds']['step_marks'])}){SPACE}(?:{alternation(step_verbs)})"
            f"[\u4e00-\u9fff]{{0,{int(roles['basis_step_bracket_reach'])}}}[（(]{SPACE}\\Z"
        ),
        basis_tail=re.compile(f"{SPACE}(?:{alternation(roles['basis_tails'])})"),
        interest_word=re.compile(alternation(roles["interest_words"])),
        loan_word=re.compile(alternation(roles["loan_words"])),
        loan_balance=re.compile(alternation(roles["loan_balance_words"])),
        loan_verb_before=re.compile(f"(?:{alternation(roles['loan_verbs'])}){SPACE}\\Z"),
        yearly_change=re.compile(
            f"(?:{alternation(roles['yearly_words'])}){SPACE}(?:{alternation(roles['yearly_change_verbs'])}){SPACE}\\Z"
        ),
        one_off=re.compile(re.escape(raw["periods"]["one_off"])),
        grant_verb=re.compile(alternation(recipients["grant_verbs"])),
        recipient_lead=re.compile(raw["context"]["recipient_lead_pattern"]),
        pronouns=frozenset(raw["context"]["pronouns"]),
        inline_heading=re.compile(raw["context"]["inline_heading_pattern"]),
        scope_opener=re.compile(
            f"(?:{alternation(context['scope_openers'] + context['goal_setting_verbs'] + context['plan_stages'])})"
            f"{SPACE}[：:]?{SPACE}\\Z"
            # 提出了到2035年…: a goal-setting verb with its perfective mark (goal_setting_marks), before a year phrase
            f"|(?:{alternation(context['goal_setting_verbs'])})(?:{alternation(context['goal_setting_marks'])}){SPACE}\\Z"
            f'|(?:{alternation(context["quoted_scope_openers"] + context["goal_setting_verbs"])}){SPACE}[：:，,]?{SPACE}[“"]\\Z'
        ),
        status_opener=re.compile(
            f"(?:{alternation(targets['status_openers'])}){SPACE}(?:19|20)\\d{{2}}{SPACE}年"
        ),
        normalize_table=normalize_table,
        needs_normalizing=re.compile(f"[{''.join(re.escape(chr(c)) for c in normalize_table)}]"),
        numeral_year=re.compile(
            raw["context"]["numeral_year_pattern"]
            .replace("{zero}", year_zeros)
            .replace("{zero_lookalike}", zero_lookalikes)
        ),
        numeral_year_prefixes=tuple(
            start.replace(key, z)
            for start in raw["context"]["numeral_year_starts"]
            for key, zeros in (("{zero}", year_zeros), ("{zero_lookalike}", zero_lookalikes))
            if key in start
            for z in zeros
        )
        + tuple(s for s in raw["context"]["numeral_year_starts"] if "{" not in s),
        year_digits={**DIGITS, **dict.fromkeys(year_zeros, 0)},
        # one scan for all kinds but 分之/分点, on their last characters only: a plain character class,
        # which the engine scans fast (an alternation would try every position); anchor_hits checks the
        # numeral before 成/折/倍/:// against the kind's own anchor
        anchor_any=re.compile(
            f"[{''.join(sorted(ch for ch in _anchor_kinds(found.anchors) if ch not in '之点點'))}]"
        ),
        anchor_fen=re.compile(f"分{SPACE}[之点點]"),
        anchor_kinds=_anchor_kinds(found.anchors),
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


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The rules, loaded from parsers/data/lexicon.toml on first use."""
    return _compile(data_table(LEXICON_PATH))
