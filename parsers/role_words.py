"""The patterns the money and ratio roles read (roles.Roles and goal_roles.GoalRoles), compiled once per lexicon: a
Roles is made for every text. Split from parsers/goal_roles.py (round 35, targets48): the word tables apart from the
goal and report tests that read them. The words are in [roles] and [targets] of parsers/data/lexicon.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.lexicon import Lexicon, alternation
from parsers.patterns import LINE_SPACES


@dataclass(frozen=True)
class RoleWords:
    """The patterns roles.Roles and GoalRoles read, compiled once per lexicon (a Roles is made for every text)."""

    level_tail: re.Pattern
    dated_report: re.Pattern
    cost_share: re.Pattern
    payer_share: re.Pattern
    rate_by: re.Pattern
    aim_opener: re.Pattern
    goal_list: re.Pattern
    listed_base: re.Pattern  # 由目前的四比一: the base a listed change starts from
    aim_before: re.Pattern  # gdp力争800亿元: an opener right before the amount
    rate_subject: re.Pattern
    year_list: re.Pattern
    approx_change: re.Pattern
    share_join: re.Pattern
    measure_any: re.Pattern
    quorum: re.Pattern
    benefit_standard: re.Pattern
    intensity: re.Pattern
    budget_verb: re.Pattern  # 投入 / 统筹 right before an amount (searched at the end of a window)
    fund_after: re.Pattern  # 的信贷资金 right after an amount
    quota_after: re.Pattern  # 额度用于 right after an amount
    bare_head: re.Pattern
    aggregate: re.Pattern
    deduction_mark: re.Pattern
    added_rate_mark: re.Pattern  # 累加 right before a share
    money_level_verb: re.Pattern
    named_goal: re.Pattern  # 等目标 / 的目标 after the values a goal noun names (…收入突破5万元等目标)
    refund_word: re.Pattern  # 退还 / 返还
    refund_break: re.Pattern  # 占, 同比: a share of the refund as a statistic, not its object
    measured_figure: re.Pattern  # 13.6 / 4.98: digits after the point, neither 0 nor 5 alone
    measured_change: re.Pattern  # 增长 / 下降 (了) right before a figure (searched at the end of a window)
    plan_period: re.Pattern  # 规划期内, 三年后: the plan's period named before a change
    measured_amount_digits: int  # 382.74亿元: so many significant digits measure, not plan
    level_change_after: re.Pattern  # 、增长1.5% right after an amount: a level told with its change
    past_multiple: re.Pattern  # 是2015年的1.5倍: a figure set against a past time, reported
    exclusion_opener: re.Pattern  # 不含 / 不包括 at a part's start (spaces allowed): what a payout leaves out


_SP = f"[{LINE_SPACES}]*"


def role_words(lex: Lexicon) -> RoleWords:
    return lex.derived(_build_role_words)


def _build_role_words(lex: Lexicon) -> RoleWords:
    roles, targets = lex.section("roles"), lex.section("targets")
    return RoleWords(
        level_tail=re.compile(f"{_SP}(?:{alternation(targets['level_tails'])})"),
        dated_report=re.compile(targets["dated_report_pattern"]),
        cost_share=re.compile(roles["cost_share_pattern"]),
        payer_share=re.compile(roles["payer_share_pattern"]),
        rate_by=re.compile(roles["rate_by_pattern"]),
        aim_opener=re.compile(f"{_SP}(?:{alternation(roles['aim_openers'])})"),
        goal_list=re.compile(
            f"(?:{alternation(roles['goal_list_heads'])}){_SP}(?:(?:是|为){_SP}[：:]?|[：:])"
            f"|{roles['goal_list_lead_end_pattern']}|{roles['goal_set_lead_pattern']}"
        ),
        listed_base=re.compile(roles["listed_base_pattern"]),
        rate_subject=re.compile(
            f"(?:{alternation(roles['ratio_subsidy_cues'])}){_SP}(?:{alternation(roles['rate_heads'])})"
        ),
        year_list=re.compile(roles["year_list_pattern"]),
        approx_change=re.compile(
            f"(?:{alternation(roles['yearly_change_verbs'] + roles['approx_change_nouns'])}){_SP}"
            f"(?:{alternation(roles['approx_change_copulas'])})?{_SP}\\Z"
        ),
        share_join=re.compile(
            f"{_SP}(?:{alternation(targets['goal_joiners'] + roles['share_joiners'])}){_SP}"
        ),
        measure_any=re.compile(alternation(roles["measure_nouns"] + roles["measured_share_words"])),
        quorum=re.compile(alternation(roles["quorum_words"])),
        benefit_standard=re.compile(alternation(roles["benefit_standards"])),
        intensity=re.compile(alternation(roles["intensity_cues"])),
        budget_verb=re.compile(f"(?:{alternation(roles['budget_verbs'])}){_SP}\\Z"),
        quota_after=re.compile(roles["quota_after_pattern"]),
        fund_after=re.compile(f"{_SP}(?:左右)?{_SP}的{_SP}(?:{alternation(roles['fund_nouns'])})"),
        bare_head=re.compile(
            f"[\u4e00-\u9fff]{{0,4}}?(?:{alternation(roles['attributive_heads'])})"
            f'|[\u4e00-\u9fff“”"]{{0,5}}?(?:{alternation(roles["place_heads"])})'
            f"|{roles['ranked_head_pattern']}"
        ),
        aggregate=re.compile(alternation(roles["aggregate_metrics"])),
        deduction_mark=re.compile(f"(?:{alternation(roles['deduction_marks'])})\\Z"),
        added_rate_mark=re.compile(alternation(roles["added_rate_marks"])),
        money_level_verb=re.compile(
            f"(?:{alternation(roles['level_verbs'] + roles['money_level_verbs'])}){_SP}\\Z"
        ),
        aim_before=re.compile(f"(?:{alternation(roles['aim_before_amount'])}){_SP}\\Z"),
        named_goal=re.compile(
            f"(?:等|的){_SP}(?:{roles['goal_noun_label_pattern']})?{_SP}(?:{alternation(roles['goal_nouns'])})"
        ),
        refund_word=re.compile(alternation(roles["refund_words"])),
        refund_break=re.compile(alternation(roles["refund_share_breaks"])),
        measured_figure=re.compile(roles["measured_figure_pattern"]),
        measured_change=re.compile(
            f"(?:{alternation(roles['yearly_change_verbs'] + roles['measured_change_verbs'])}){_SP}了?{_SP}\\Z"
        ),
        plan_period=re.compile(roles["plan_period_frame_pattern"]),
        measured_amount_digits=int(roles["measured_amount_digits"]),
        level_change_after=re.compile(roles["level_change_after_pattern"]),
        past_multiple=re.compile(roles["past_multiple_pattern"]),
        exclusion_opener=re.compile(f"{_SP}(?:{alternation(roles['exclusion_openers'])})"),
    )
