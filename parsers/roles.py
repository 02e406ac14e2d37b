"""What an amount does in its clause: role, instrument, one-off and period.

A figure in a target cell of a goal table (the table reader's, parsers.goal_tables: 主要指标 | 2025年 | 90%) is a
target before anything else: the table, not the cell's few words, says what it is.

Money roles, decided in this order from the clause's syntax (words in [roles] of the lexicon):

* penalty   — the fine itself: a penalty verb right before it (处, 并处 …) or a penalty word after it
              in its comma part (…以下的罚款);
* target    — a value a goal statement aims at (到2027年…达到300亿元; see targets.py);
* basis     — what a payout is computed from, not a payout: the step of a per-step grant
              (每增加3000万元给予100万元: the 3000万元), the band of a base a rate applies to
              (超过1000万元的部分按5%) or a tier of a rate list (800万元-5000万元(不含)的按照4%), the base of a rate
              (按1000万元的5%, 以500万元为基数), the loan an interest subsidy is paid on (贴息贷款规模上限5000万元;
              每户最多可享受贴息150万元 is the payout);
* threshold — an eligibility condition: after a size word in its part (投资在500万元以上的企业,
              营业收入…), qualifying a noun (3亿元以上制造业企业, 超过1亿元/年的企业), or inside a
              "…的，" condition before the grant (单户担保金额500万元及以下的，给予…), or a band among a
              payout's grades (…、1亿元及以上三个档次，分别给予…);
* other     — the old value of a change (奖励标准由5万元提高到10万元: changed_values.py), no longer paid;
* penalty   — a penalty word elsewhere in the sentence;
* subsidy   — a living or relief standard before it (基本生活标准为每人每月…);
* other     — a reported figure (同比, 截至…, a list of years opening its part), a budget, a cost borne
              (…的标准承担);
* target    — a value a part opening with 实现/力争 aims at, or one listed after a plan's goal heading
              (主要预期目标是：…);
* subsidy   — the payout of a grant: a grant word in the sentence (给予, 奖励, 补助 …), unless the amount is a
              fund's size or a total or an aggregate: a fund's level, a sum secured, levered or paid out as a
              whole (保费规模达…, 争取…经费…, 兑付…奖补资金…: sums.py), other;
* other.
(A fine's amount right after 对 — 对二百元以下罚款，可以当场… — is a condition, threshold, before all of these.)

Ratio roles are decided in ratio_roles.py (the RatioRoles mixin). The goal and report tests live in goal_roles.py, a
value stated as an aim in stated_aims.py, the basis and loan tests in payout_bases.py, the threshold tests of an amount
in money_conditions.py, the penalty tests in penalty_tests.py, spending tiers in spending_tiers.py. Every question about a
sentence is answered from its matches, found once (TextIndex.hits): time linear in the sentence's length.
"""

from __future__ import annotations

from collections.abc import Sequence

from parsers.alternative_conditions import alternative_condition
from parsers.bounds import Found
from parsers.changed_values import old_value
from parsers.condition_lists import ConditionLists
from parsers.context import TextIndex
from parsers.continued_payouts import continued_payout
from parsers.described_sizes import measured_amount, sizes_described_things
from parsers.fund_sums import fund_floor, fund_held, fund_named_total
from parsers.goal_roles import GoalRoles
from parsers.grant_splits import GrantSplits
from parsers.level_changes import level_or_change
from parsers.listed_payouts import listed_payout
from parsers.money_conditions import MoneyConditions
from parsers.payout_bases import PayoutBases
from parsers.penalty_tests import PenaltyTests
from parsers.prize_amounts import prize_paid
from parsers.ratio_roles import RatioRoles
from parsers.role_details import RoleDetails
from parsers.role_words import role_words
from parsers.sentence_prefixes import SentencePrefixes
from parsers.size_classes import counted_class, counted_reaching, listed_class, size_class
from parsers.spending_tiers import spending_tier
from parsers.stated_aims import StatedAims
from parsers.sums import fund_set_aside, no_payout


class Roles(
    RatioRoles, GoalRoles, ConditionLists, MoneyConditions, PenaltyTests, RoleDetails, PayoutBases, StatedAims
):
    """Decides role, instrument, one-off and period for the candidates of one text."""

    def __init__(
        self, index: TextIndex, ratios: Sequence[Found] = (), goal_cells: Sequence[tuple[int, int]] = ()
    ):
        self.ix = index
        self.lex = index.lex
        self.norm = index.norm
        self._tense_by_sentence = {}  # GoalRoles._sentence_tense
        self.prefixes = SentencePrefixes(self.norm, self.lex)  # GoalRoles._reported_result
        roles = self.lex.section("roles")
        self.penalty_verbs = tuple(roles["penalty_verbs_before"])
        periods = self.lex.section("periods")
        self.period_window = int(periods["window"])
        words = role_words(self.lex)
        self.level_tail = words.level_tail  # 迈上3600亿元台阶: the level a goal names, after its number
        self.dated_report = words.dated_report
        self.cost_share = words.cost_share
        self.payer_share = (
            words.payer_share
        )  # 省级财政贴息额度不超过80%: the share a level of government pays
        self.rate_by = words.rate_by
        self.aim_opener = words.aim_opener
        self.aim_before = words.aim_before  # gdp力争800亿元
        self.goal_list = words.goal_list  # 主要预期目标是：…
        self.listed_base = words.listed_base
        self.named_goal = words.named_goal  # …收入突破5万元等目标: the values a goal noun names
        self.rate_subject = words.rate_subject  # 补贴比例 / 贴息比例: the subject names the rate of a grant
        self.year_list = words.year_list  # 2022年、2023年分别…: a report of those years
        self.approx_change = words.approx_change  # 增长 / 涨幅控制在 right before a share about so much
        self.share_join = words.share_join  # 95%和85%: the next share of a list
        self.measure_any = words.measure_any
        self.quorum = words.quorum
        self.benefit_standard = words.benefit_standard  # 基本生活标准为每人每月…: a payout
        self.intensity = words.intensity  # 投资强度200万元/亩: a requirement
        self.budget_verb = words.budget_verb  # 投入600万元举办…: a budget spent
        self.fund_after = words.fund_after  # 1000亿元左右的信贷资金: the size of that money
        self.quota_after = words.quota_after  # 安排10万元额度用于…: a quota set aside
        self.bare_head = words.bare_head  # 超千亿元集群: the noun a bound amount qualifies, right after it
        self.aggregate = words.aggregate  # 地区生产总值: an aggregate a plan brings to a level
        self.deduction_mark = words.deduction_mark  # 加计 right before a share
        self.added_rate_mark = words.added_rate_mark  # 累加25%
        self.refund_word = words.refund_word  # 退还 / 返还
        self.refund_break = words.refund_break  # 占, 同比
        self.measured_figure = words.measured_figure  # 13.6: finer than the whole or half points plans set
        self.measured_change = words.measured_change  # 增长 / 下降 right before a figure
        self.plan_period = words.plan_period  # 规划期内, 三年后: a change the plan sets for its period
        self.measured_amount_digits = words.measured_amount_digits  # 382.74亿元: measured, not planned
        self.level_change_after = words.level_change_after  # 、增长1.5%: a level told with its change
        self.past_multiple = words.past_multiple  # 是2015年的1.5倍: set against a past time, reported
        # 不含 / 不包括 opening a part: costs a payout leaves out
        self.exclusion_opener = words.exclusion_opener
        self.level_verb = words.money_level_verb  # 达到 / 突破 right before an amount
        # where ratio candidates start (按1000万元的5%: a base)
        self.ratio_starts = frozenset(r.start for r in ratios)
        # shares that split a grant, from the same candidates
        self.grant_splits = GrantSplits(self.lex, index, ratios)
        self.goal_cells = goal_cells  # the target cells of the text's goal tables (parsers.goal_tables)

    def _level_reached(self, f: Found, sentence: tuple[int, int], part: tuple[int, int]) -> bool:
        """地区生产总值达到1万亿元以上, (人均生产总值) 达到10.3万元左右: money brought to a level at the end of its part,
        in a sentence that grants nothing and reports nothing, is a goal even without a year."""
        if not self.level_verb.search(self.norm, max(part[0], f.start - 4), f.start):
            return False
        if not self.aggregate.search(self.norm, part[0], f.start):
            return False  # 净资产达到500万元: a measure a condition may name
        if (
            not self.ix.followed_by_boundary(f.end)
            or self._reported_result(f.start)
            or self._measured_level(f)
        ):
            return False  # (达到382.74亿元: a level measured, reported)
        return not self.ix.hits(self.lex.subsidy_cue, sentence).any(*sentence)

    def money_role(self, f: Found) -> str:
        if self.in_goal_cell(f):
            return "target"  # 人均可支配收入 | 5.5万元/人: a goal table's row
        sentence, part = self.ix.sentence(f.start), self.ix.part(f.start)
        # 30亿元以上，不足40亿元的: a range across a comma reads the part its end stands in too
        if f.end > part[1]:
            part = (part[0], self.ix.part(f.end - 1)[1])
        part_start, part_end = part
        if self._fine_condition(f, part):
            return "threshold"
        if tier := spending_tier(self.lex, self.ix, f):
            return tier  # 满150元立减25元: the floor a purchase must reach, threshold; 25元 what is given, subsidy
        if self.cost_share.match(self.norm, f.end):
            return "other"  # 总额不少于五万元的标准承担: a cost borne, not a payout
        condition = self._condition(f, sentence, part_start, part_end)
        if condition and self.ix.hits(self.lex.penalty_cue, sentence).any(f.end, part_end):
            return "threshold"  # 处二百元以下罚款的，可以适用简易程序: the fine is the condition
        if self._computed_by(f, part_start):
            return "basis"  # 不足N万元的，按N万元计算: the base a fine or a payout is computed from
        if self._penalized(f, sentence, part):
            return "penalty"
        if listed_class(self.lex, self.ix, f):
            return "threshold"  # 培育3家…超过50亿元、8家超过20亿元的企业: a list's first size class, no goal's level
        if self.in_goal(f, sentence, part) or self._named_goal(f, part):
            return "target"  # (…收入突破5万元等目标: the values the goal noun names)
        if self._stated_aim(f, sentence, part):
            return "target"  # 2024年…，今年预期目标完成投资95亿元: this year's aim, though a past year leads
        if alternative_condition(self.lex, self.ix, f, part, self.lex.subsidy_cue):
            return "threshold"  # 投资8000万元及以上，或年产值3000万元及以上: one of several ways to qualify
        budgeted = self.ix.hits(self.lex.budget_cue, sentence).any(part_start, f.start)
        if (
            self._basis(f, part_start)
            or self._tier_band(f)
            or (
                (self._loan_base(f, part) or self._loan_cap(f, part) or self._loan_quota(f, part))
                and not budgeted
            )
        ):
            return "basis"  # (每年贴息贷款总规模最高300亿元: the size of a programme, not the loan of one payout)
        if (
            sizes_described_things(self.lex, self.ix, f)
            or fund_set_aside(self.lex, self.ix, f)
            or (not condition and fund_floor(self.lex, self.ix, f, part))
        ):
            # 总投资30多亿元的8个…项目, 每年安排1500万元财政资金: what things cost, a fund set aside; 专项资金不低于30亿元:
            # the least a fund holds
            return "other"
        if (
            condition
            or (
                self._threshold_before(f, sentence, part_start)
                and (f.kind != "exact" or f.reached)
                and not self._level_stated(f, sentence, part_end)
            )
            or self._attributive(f)
            or self._bound_before_de(f)  # 收入低于30万元的薄弱村: a bound before it, then 的: a condition
            or self._intensity_required(f, sentence, part_start, part_end)  # 投资强度200万元/亩 in a rule
            or self._condition_then_grant(f)
            or self._band_then_payout(f)  # 1亿元至2亿元(不含)奖励10万元: a tier's band
            or self._graded_band(f)  # 5000万元(含)—1亿元、1亿元及以上三个档次，分别给予…: a grade's band
            or self._counted_after_phrase(f, part_end)
            or self._joined_condition(f)  # 金额1000万元以下、且费率低于1.5%的: conditions joined
            or self._listed_condition(f, part)
            or size_class(self.lex, self.ix, f)  # 三个1500亿元产业: which things a count counts
            or counted_reaching(self.lex, self.ix, f)  # 有7个区GDP超过250亿元: which of them reach the size
            or counted_class(self.lex, self.ix, f)  # 培育6条超30亿元畜牧业全产业链: which things are counted
        ):
            return "threshold"  # 项目总投资5000万元 (exact, no condition) describes a project: no threshold
        if old_value(self.lex, self.ix, f, part):
            return "other"  # 奖励标准由5万元提高到10万元: the old value is no longer paid
        if self._fined_in_sentence(sentence):
            return "penalty"
        if self.ix.hits(self.benefit_standard, sentence).any(sentence[0], f.start):
            return "subsidy"  # 特困人员基本生活标准为每人每月2094元: the standard paid
        if (
            self._reported(sentence)
            or self._years_reported(part)
            or budgeted
            or self.budget_verb.search(self.norm, max(part_start, f.start - 4), f.start)
            or self.quota_after.match(self.norm, f.end)
        ):
            return "other"  # a reported figure, or the size of a fund or of a budget spent: not a payout
        if (
            self._lower_bound_before_grant(f, sentence, part)
            or self._loan_floor(f, part)
            or self._loan_condition(f, part)
        ):
            return "threshold"
        if (
            self._aimed(f, sentence, part)
            or self._listed_goal(f, part)
            or self._level_reached(f, sentence, part)
        ):
            return "target"  # 实现空间信息产业规模超2000亿元。: the value a part aims at
        if measured_amount(self.lex, self.ix, f, part):
            return "other"  # 总投资1.2亿元, 自筹资金1525万元: what a measure comes to, not a payout
        if self.ix.hits(self.lex.subsidy_cue, sentence).any(*sentence):
            # (a fund pooled or a total paid over all recipients: the size of a programme; a fund's level, a sum
            # secured, levered or paid out as a whole: sums.py)
            if (
                no_payout(self.lex, self.ix, f, part)
                or fund_named_total(self.lex, self.ix, f, part)
                or fund_held(self.lex, self.ix, f, part)  # 基金规模由40亿元扩大至120亿元, 260万元资金中的…
                or level_or_change(self.lex, self.norm, f, part)
            ):
                return "other"  # (网络零售额突破N亿元, 比去年增加N万元: reported, not paid)
            return "subsidy"
        if prize_paid(self.lex, self.ix, f, part):
            return "subsidy"  # 一等奖12万元, 科学技术特等奖60万元/人: the prize its winner gets
        if listed_payout(self.lex, self.ix, f) or continued_payout(self, f, sentence):
            # …的奖励政策如下：… / 省级示范企业：最高30万元。: a class's payout under the grant's lead; 其中，…110元/亩
            return "subsidy"
        return "threshold" if self._required_floor(f, part) else "other"  # 投资原则上不低于3000万元

    def in_goal_cell(self, f: Found) -> bool:
        """The figure stands in a target cell of a goal table (the table reader's: 主要指标 | 2025年 | 90%)."""
        return any(start <= f.start and f.end <= end for start, end in self.goal_cells)
