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

Ratio roles: target (a goal, a yearly change: 每年提升2个百分点, a value after a plan's goal heading, a change by
about so much: 增长10%左右, a share of the things reached: 使95%以上的…), subsidy_rate (a grant word in the same
comma part, a grant's rate as the sentence's subject: 补贴比例…, 测算比例…, a tier's rate under a grant's lead: …支持标准为：
(1)…的按照5%, a super-deduction: 加计扣除), threshold, other (a cost borne, shares splitting a grant: grant_splits.py,
an old rate changed: 由15%提高到20%, changed_values.py). The goal and report tests live in goal_roles.py, a value stated
as an aim in stated_aims.py, the basis and loan tests in payout_bases.py, the threshold tests of an amount in
money_conditions.py, the penalty tests in penalty_tests.py, spending tiers in spending_tiers.py. Every question about a
sentence is answered from its matches, found once (TextIndex.hits): time linear in the sentence's length.
"""

from __future__ import annotations

from collections.abc import Sequence

from parsers.alternative_conditions import alternative_condition
from parsers.bounds import SPACES, Found
from parsers.capped_rates import capped_base_rate
from parsers.changed_values import old_value
from parsers.condition_lists import ConditionLists
from parsers.context import TextIndex
from parsers.continued_payouts import continued_payout
from parsers.counted_shares import share_of_things_told
from parsers.described_sizes import measured_amount, sizes_described_things
from parsers.doubling import doubling_done
from parsers.fund_sums import fund_floor, fund_held, fund_named_total
from parsers.goal_roles import GoalRoles
from parsers.grant_splits import GrantSplits
from parsers.growth_conditions import growth_condition
from parsers.level_changes import level_or_change
from parsers.listed_payouts import listed_payout
from parsers.money_conditions import MoneyConditions
from parsers.payout_bases import PayoutBases
from parsers.penalty_tests import PenaltyTests
from parsers.prize_amounts import prize_paid
from parsers.reached_conditions import reached_condition
from parsers.role_details import RoleDetails
from parsers.role_words import role_words
from parsers.sentence_prefixes import SentencePrefixes
from parsers.share_levels_told import share_level_told
from parsers.size_classes import counted_class, counted_reaching, size_class
from parsers.spending_tiers import spending_tier
from parsers.standard_rates import standard_rate
from parsers.stated_aims import StatedAims
from parsers.stated_rates import growth_sized, tax_rate
from parsers.sums import fund_set_aside, no_payout


class Roles(GoalRoles, ConditionLists, MoneyConditions, PenaltyTests, RoleDetails, PayoutBases, StatedAims):
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

    def _refund_share(self, f: Found, part: tuple[int, int]) -> bool:
        """退还…收费额的30% / 返还企业征地总费用的50%: a refund word earlier in the part, the share right after 的, and
        nothing between that makes the share a statistic of the refund (占, 同比: refund_share_breaks)."""
        scan = f.core_start
        while scan > part[0] and self.norm[scan - 1] in SPACES:
            scan -= 1
        if scan <= part[0] or self.norm[scan - 1] != "的":
            return False
        refund = self.ix.hits(self.refund_word, self.ix.sentence(f.start)).last(part[0], scan)
        # (税收返还占地方财政收入的12%: a statistic of the refund, not its object)
        return refund is not None and self.refund_break.search(self.norm, refund.end(), scan) is None

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

    def ratio_role(self, f: Found) -> str:
        if self.in_goal_cell(f):
            return "target"  # a goal table's row: its metric's goal, whatever the cell's words
        sentence, part = self.ix.sentence(f.start), self.ix.part(f.start)
        norm = self.norm
        if self.in_goal(f, sentence, part, share=True) or self._named_goal(f, part):
            return "target"
        if alternative_condition(self.lex, self.ix, f, part, self.lex.ratio_subsidy_cue):
            return "threshold"  # 占应报数2%以上不到6%，或者…占应报数4‰以上不到12‰: one of several ways to qualify
        if self._penalized(f, sentence, part):
            return "other"  # 处虚假出资金额4%以上12%以下的罚款: the base of a fine, not a grant's rate
        if self._stated_aim(f, sentence, part):
            return "target"  # 2021年，…，今年的增长目标定为9%; …，今年预期目标增长7%: an aim, though a past year leads
        if self._reported(sentence) or self._years_reported(part):
            return "other"  # a reported figure
        done = doubling_done(self.lex, norm, f.core_start, f.core_end) if f.form == "multiple" else None
        if done is not None:
            # 收入翻一番, 实现倍增: a doubling is a round change plans set, a goal unless said done (翻了一番)
            return "other" if done or self._reported_result(f.start) else "target"
        if reached_condition(self.lex, norm, f, sentence):
            return "threshold"  # 符合申请条件的人员达到职工总数20%: the least share that qualifies
        if self.cost_share.match(norm, f.end) or self.payer_share.match(norm, part[0], f.start):
            return "other"  # 补助资金由市县按5:5比例承担, 省级财政贴息额度不超过80%: who bears the cost, not a rate paid
        if self.grant_splits.splits_a_grant(f, part):
            return "other"  # 全额贴息（省级40%、县级60%）, 奖励资金按30%、70%分两年拨付: who pays or when, no rate
        if self._listed_goal(f, part) or self._approximate_change(f, part):
            return "target"  # 主要预期目标是：…增长7%以上，…涨幅控制在3%左右 / 投入增长10%左右
        if self.lex.goal_noun_after.match(norm, f.end) and not self._reported_result(f.start):
            return "target"  # 未完成削减10%的控制目标: the share is named a goal
        if tax_rate(self.lex, norm, f):
            return "other"  # 减按N%的税率征收企业所得税: a rate charged, not paid
        if self.lex.attributive_tail.match(norm, f.end):
            return "threshold"  # 不良率原0.5%的补偿门槛
        if f.kind != "exact" and self._condition(f, sentence, *part):
            return "threshold"  # 租金超出…月收入的15％的，… / 1.5倍至3倍以内的，…
        if self._measured_ratio(f, sentence, part):
            return "other"  # 年均增长8.7%, 覆盖率达到96.2%: a change or level measured finer than plans mostly give
        if self._yearly_change(f, part):
            return "target"  # 覆盖率每年提升1～3个百分点: a yearly goal needs no year phrase
        window = max(part[0], f.start - 8)
        if (
            self.lex.share_verb_before.search(norm, window, f.start)
            and self._share_of(f, part[1])
            and not self._reported_result(f.start)
        ):
            return "target"  # 实现75%以上的养殖场配套建设…: the share of things aimed at
        if old_value(self.lex, self.ix, f, part):
            return "other"  # 支持比例由15%提高到20%: the old rate is no longer paid
        if self.deduction_mark.search(norm, max(part[0], f.start - 2), f.start):
            return "subsidy_rate"  # 摊销额加计50%: a deduction added at that rate
        if self.added_rate_mark.search(norm, max(part[0], f.start - 2), f.start) and self.ix.hits(
            self.lex.ratio_subsidy_cue, sentence
        ).any(*sentence):
            return "subsidy_rate"  # …的累加补贴，比如，植保无人机累加15%: a rate added on top of a grant
        if self._refund_share(f, part):
            return "subsidy_rate"  # 退还不合格天数收费额的30%: a share of a base paid back
        if standard_rate(self.lex, self.ix, f, part):
            return "subsidy_rate"  # 求职补贴，标准为…平均缴费工资的百分之二十: a benefit's standard as a share of a base
        if self.ix.hits(self.lex.ratio_subsidy_cue, sentence).any(*part):
            if f.kind in ("min", "max") and self._band(f):
                return "threshold"  # 增长达到40%(含)以上的予以奖励, 60%以上的增量部分按1.2%给予奖励
            return "subsidy_rate"
        if self._tier_rate(f, self.ix.paragraph(f.start), self.lex.subsidy_cue):
            return "subsidy_rate"  # (1)800万元-5000万元(不含)的按照4%, under …支持标准为：: a tier's rate of the grant
        if self.ix.hits(self.benefit_standard, sentence).any(sentence[0], f.start) and f.kind == "exact":
            return "subsidy_rate"  # 基本生活标准按最低生活保障标准的1.6倍确定
        if (
            self.ix.hits(self.rate_subject, sentence).any(sentence[0], f.start)
            or self._named_rate(f, sentence)
        ) and not self.ix.hits(self.lex.penalty_cue, sentence).any(*part):
            return "subsidy_rate"  # 补贴比例较高，一般在30%到50%之间
        if (
            f.kind == "max"
            and self.lex.cap_word.search(norm, f.start, f.core_start)
            and self.ix.hits(self.lex.ratio_subsidy_cue, sentence).any(*sentence)
        ):
            return "subsidy_rate"  # 追加补助5个百分点，最高不超过20%: the cap of the rate granted
        if capped_base_rate(self.lex, self.ix, f, part):
            return "subsidy_rate"  # 总额不超过销售价格的40%: the grant capped as a share of a base
        if (f.kind == "exact" or f.start < f.core_start) and self._rate_by(f, sentence, part):
            return "subsidy_rate"  # 按照企业实际贷款利率的50%，…给予贴息
        if self.lex.level_before.search(norm, window, f.start):
            # 油气回收率提高到90%以上: a rate brought to a level is a goal; in a report (近年来…降至…不足1/4) the level
            # was reached, which is neither a goal nor a condition
            return "other" if self._reported_result(f.start) else "target"
        if (
            f.kind in ("min", "max")
            and not norm.startswith("的", f.end)
            and self.lex.level_verb.search(norm, part[0], f.start)
            and self.ix.reports_past(f.start)
        ):
            return "other"  # 近年来工业占比降至经济总量的不足1/4: a level reached and reported, no condition
        if self._share_of_things(f, sentence, part):
            return "target"  # 使95%以上的典型生态系统划入保护范围, 对30%以上的市开展稽查: the share of things reached
        if share_of_things_told(self, f, sentence, part):
            return "other"  # 全省有60%以上的县市发展…: the share of things a report tells, no condition
        if growth_condition(self.lex, self.ix, f, part):
            return "threshold"  # 同比增速高于6%，给予…: how much a firm must grow to be paid
        if growth_sized(self.lex, norm, f):
            return "other"  # 保持N%以上的增幅: how fast something grows, stated; no condition
        if (
            (
                self._threshold_before(f, sentence, part[0])
                and f.kind in ("min", "max")
                and not self._level_stated(f, sentence, part[1])
                and not share_level_told(self, f, sentence, part)  # 占比均超过30% in a report
            )
            or self._attributive(f)
            or self._listed_condition(f, part)
        ):
            return "threshold"  # (…比例符合如下要求：…，比例不低于5%: a listed condition)
        if (
            f.kind in ("min", "max")
            and f.start < f.core_start
            and norm.startswith("的", f.end)
            and self.lex.measure_before.search(norm, max(part[0], f.start - 6), f.start)
        ):
            return "threshold"  # 含量大于3.5%的烟气: a measure bounded, then the noun that must meet it
        return "other"
