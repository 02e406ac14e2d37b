"""The words of the [targets] section that goal reading uses, compiled once per lexicon (parsers/targets.py and
parsers/goal_quantities.py read them)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.goal_enumerated_counts import enumeration_pattern
from parsers.lexicon import alternation
from parsers.list_markers import BULLET_GLYPHS, DASHES
from parsers.numbers import CN_NUMERAL_CHARS
from parsers.patterns import LINE_SPACES

_PROJECT_REACH = 12  # characters around a part's start searched for …项目，总投资
_VALUE_NOUN_REACH = 3  # adjectives between 的 and a level of a value (超千亿元的宏伟目标)


@dataclass(frozen=True)
class GoalWords:
    """The [targets] words compiled once per lexicon."""

    count_units: frozenset[str]
    metric_stops: frozenset[str]
    strip_prefix: re.Pattern
    goal_verb_tail: re.Pattern
    opener: re.Pattern  # used with .match(text, pos)
    joins: re.Pattern
    percent_signs: frozenset[str]
    tenths_word: str
    per_mille: dict[str, int]  # ‰: 1000, ‱: 10000
    frame: re.Pattern  # 以…为牵引 / 围绕… at a part start: a frame, no goal
    goal_verb_any: re.Pattern
    heading_goal_verb: re.Pattern  # a goal verb of a line under a goal heading (取得新成效 too)
    # 一批产值超过10亿元椰子加工龙头企业: the noun an amount sizes right after it, ending its item (no 的 between)
    sized_noun: re.Pattern
    bare_attributive: (
        re.Pattern
    )  # 10亿元以上制造业企业100家: a noun ending in a head, then what the goal counts
    object_tail: re.Pattern  # 的…现代产业体系 at the end of a part: the head of a goal's object
    object_lead: re.Pattern  # 构建 / 加快 / 形成 at a part start: a part with its own verb
    change_base: re.Pattern  # 由“十三五”的1.753万亿元 in a part: the base of a change
    change_rest: re.Pattern  # 发展到2.568万亿元 at a part start: the rest of a change over a comma
    verb_bound: re.Pattern  # 至少创建 before a number: a limit adverb on the goal's verb
    article_numerals: frozenset[str]  # 一 of 建成一个…中心: an article, no count
    unread_number: re.Pattern  # 2万亿台阶: a scaled number with no unit read
    yuan_scales: frozenset[str]  # 11万元: a goal's amount in this scale is counted in 元
    currencies: frozenset[str]  # 元 and the foreign ones (亿美元 keeps its scale as 亿元 does)
    task_part: re.Pattern  # 汽车产业要加快… at a part start: the subject told what it must do
    bound_tail: re.Pattern  # 大于等于 / 不低于 right before a number with no unit: a bound on a goal's level
    goal_statement_after: re.Pattern  # ，力争… at a part's end: the next part opens a goal statement
    measure_part: re.Pattern  # 支持/鼓励/引导… at a part start: a measure, no outcome
    aside: re.Pattern  # 据介绍 / 该计划由… / 这将… at a part start: an aside of a report, no goal
    commentary: re.Pattern  # 上述目标的设定，… at a sentence start: commentary on the goals, all of it
    purpose_served: re.Pattern  # 为…突破五千亿元提供坚实保障 as a part: the purpose a goal serves, no goal
    project_investment: re.Pattern  # …项目，总投资 across a part's start: the size of the projects named
    own_tasks: re.Pattern  # 七项工作任务 right after a count: the text's own tasks, no goal
    own_task_count_units: frozenset[
        str
    ]  # 项, 个, 条: the units such a count counts in (not 亿元, 万亩: a goal's figure)
    enumeration: re.Pattern  # A、B、C和D at the end of a window: a list a count in words may restate
    enumeration_joiner: re.Pattern  # 、, 和, 及 …: what splits that list into its items
    # 级 and a noun after an amount (千亿元级产业集群): the amount names a class of things
    amount_class_after: re.Pattern
    # 达到/突破 right before such an amount: a level reached, still a value
    amount_class_reach_before: re.Pattern
    # 的 and a noun that is no level of a value, right after a bounded amount (超8亿元的县): the amount qualifies the noun
    bounded_modifier: re.Pattern

    def projects_invested(self, norm: str, part_start: int) -> bool:
        """The part at part_start opens with the investment of the projects the part before it names."""
        m = self.project_investment.search(
            norm, max(0, part_start - _PROJECT_REACH), part_start + _PROJECT_REACH
        )
        return m is not None and m.start() < part_start <= m.end()


def goal_words(lex) -> GoalWords:
    return lex.derived(_build_goal_words)


def _bound_words(lex) -> str:
    """The comparators of a bound (above, below) right before a number with no unit: 不低于, 大于等于, and a one-character
    one (超, 破, 逾: 产值超200亿) where the character before makes it no other word (赶超, 打破: [bounds.adjacency]
    blocked_after)."""
    bounds = lex.section("bounds")
    blocked = bounds["adjacency"]["blocked_after"]
    words = [w for w, d in bounds["comparators"].items() if d in ("above", "below")]
    long = alternation([w for w in words if len(w) > 1])
    short = "|".join(
        f"(?<![{re.escape(blocked[w])}]){re.escape(w)}" if w in blocked else re.escape(w)
        for w in words
        if len(w) == 1
    )
    return f"(?:不?(?:{long})|{short})" if short else f"不?(?:{long})"


def _build_goal_words(lex) -> GoalWords:
    t = lex.section("targets")
    roles = lex.section("roles")
    sized_heads = sorted(
        set(roles["attributive_heads"] + roles["size_class_heads"] + t["counted_class_heads"]),
        key=len,
        reverse=True,
    )
    verbs = t["goal_verbs"] + lex.section("qualifiers")["exact_verbs"]
    # the count units and their symbols (300万㎡: [targets] unit_symbols)
    counted = t["count_units"] + [s for s, name in lex.unit_symbols.items() if name in t["count_units"]]
    return GoalWords(
        count_units=frozenset(t["count_units"]),
        metric_stops=frozenset(t["metric_stop_tokens"]),
        # leading goal verbs (and a list item's bullet), also joined (引进和培育高层次人才 -> 高层次人才)
        strip_prefix=re.compile(
            f"^(?:(?:{alternation(t['metric_strip_prefixes'] + lex.section('context')['plan_stages'] + t['goal_verbs'] + list(DASHES) + list(BULLET_GLYPHS))}"
            f"|(?:{alternation(t['metric_modal_prefixes'])})(?=(?:{alternation(t['goal_verbs'])}))"
            f"|(?:{alternation(t['metric_expect_prefixes'])})(?!{alternation(t['expect_noun_words'])}))(?:和|与|及|、)?)+"
        ),
        goal_verb_tail=re.compile(
            f"(?:{alternation(t['goal_verb_modals'])})?(?:{alternation(t['goal_openers'])})?"
            f'(?:{alternation(verbs)})(?:{t["per_head_pattern"]})?[“"「]?\\Z'  # 定格“6%左右”: a quoted figure is still the verb's
        ),
        opener=re.compile(f"(?:{alternation(t['goal_openers'])})"),
        joins=re.compile(alternation(t["goal_joiners"])),
        percent_signs=frozenset(lex.section("ratios")["percent_signs"]),
        tenths_word=lex.section("ratios")["tenths_word"],
        per_mille=dict(lex.section("ratios")["per_mille_signs"]),
        frame=re.compile(t["frame_pattern"]),
        goal_verb_any=re.compile(alternation(t["goal_verbs"])),
        heading_goal_verb=re.compile(alternation(t["goal_verbs"] + t["heading_goal_verbs"])),
        sized_noun=re.compile(
            f"[\u4e00-\u9fff]{{0,8}}?(?:{alternation(sized_heads)})(?=[^\u4e00-\u9fff]|\\Z)"
        ),
        bare_attributive=re.compile(
            f"[\u4e00-\u9fff]{{0,8}}?(?:{alternation(lex.section('roles')['attributive_heads'] + t['counted_class_heads'])})"
            f"[{LINE_SPACES}]*(?=[0-9{CN_NUMERAL_CHARS}])"  # the head the count follows (企业集团10家: not 企业)
        ),
        object_lead=re.compile(
            f"[{LINE_SPACES}]*(?:{alternation(t['object_verbs'] + t['task_openers'] + t['goal_verbs'])})"
        ),
        object_tail=re.compile(f"的[^的]{{0,16}}(?:{alternation(t['object_heads'])})[{LINE_SPACES}]*\\Z"),
        change_base=re.compile(t["change_base_pattern"]),
        change_rest=re.compile(t["change_rest_pattern"]),
        verb_bound=re.compile(t["verb_bound_pattern"]),
        # …with no unit after it: 3亿元以上制造业企业 is an amount read (a threshold), not an unread number
        task_part=re.compile(t["task_part_pattern"]),
        # a comparator word, negated or with 等于 after it (a one-character one only where no other word holds it)
        bound_tail=re.compile(f"{_bound_words(lex)}(?:或?等于)?\\Z"),
        goal_statement_after=re.compile(t["goal_statement_after_pattern"]),
        measure_part=re.compile(t["measure_part_pattern"]),
        aside=re.compile(t["aside_pattern"]),
        commentary=re.compile(t["commentary_pattern"]),
        purpose_served=re.compile(t["purpose_served_pattern"]),
        project_investment=re.compile(t["project_investment_pattern"]),
        own_tasks=re.compile(t["own_task_pattern"]),
        own_task_count_units=frozenset(t["own_task_count_units"]),
        enumeration=enumeration_pattern(t["enumeration_last_joiners"]),
        enumeration_joiner=re.compile(alternation([*t["enumeration_last_joiners"], "、"])),
        amount_class_after=re.compile(t["amount_class_after_pattern"]),
        amount_class_reach_before=re.compile(t["amount_class_reach_before_pattern"]),
        bounded_modifier=re.compile(
            f"[{LINE_SPACES}]*的(?![\u4e00-\u9fff]{{0,{_VALUE_NOUN_REACH}}}(?:{alternation(t['amount_value_nouns'])}))"
            "(?=[\u4e00-\u9fff])"
        ),
        yuan_scales=frozenset(t["yuan_multiplied_scales"]),
        currencies=frozenset(["元", *t["goal_currency_units"]]),
        article_numerals=frozenset(t["article_numerals"]),
        unread_number=re.compile(
            f"{t['unread_number_pattern']}(?![{LINE_SPACES}]*(?:元|{alternation(counted)}))"
        ),
    )
