"""What a ratio does in its clause: the ratio half of parsers.roles.Roles, kept apart so each half stays readable.

Ratio roles: target (a goal, a yearly change: 每年提升2个百分点, a value after a plan's goal heading, a change by
about so much: 增长10%左右, a share of the things reached: 使95%以上的…), subsidy_rate (a grant word in the same
comma part, a grant's rate as the sentence's subject: 补贴比例…, 测算比例…, a tier's rate under a grant's lead: …支持标准为：
(1)…的按照5%, a super-deduction: 加计扣除, a share of a base paid back: 退还…的30%), threshold, other (a cost borne,
shares splitting a grant: grant_splits.py, an old rate changed: 由15%提高到20%, changed_values.py, a tax rate charged).
The tests shared with the money roles (goals, reports, conditions, penalties) come from the other mixins of Roles.
"""

from __future__ import annotations

from parsers.alternative_conditions import alternative_condition
from parsers.bounds import SPACES, Found
from parsers.capped_rates import capped_base_rate
from parsers.changed_values import old_value
from parsers.counted_shares import share_of_things_told
from parsers.doubling import doubling_done
from parsers.growth_conditions import growth_condition
from parsers.reached_conditions import reached_condition
from parsers.share_levels_told import share_level_told
from parsers.standard_rates import standard_rate
from parsers.stated_rates import growth_sized, tax_rate


class RatioRoles:
    """Mixin of parsers.roles.Roles: reads the class's index and lexicon (self.ix, self.lex, self.norm), its word
    patterns (cost_share, payer_share, deduction_mark, added_rate_mark, refund_word, refund_break, benefit_standard,
    rate_subject), its grant splits and the role tests of its other mixins."""

    def _refund_share(self, f: Found, part: tuple[int, int]) -> bool:
        """退还…收费额的30% / 返还企业X费用的N%: a refund word earlier in the part, the share right after 的, and
        nothing between that makes the share a statistic of the refund (占, 同比: refund_share_breaks)."""
        scan = f.core_start
        while scan > part[0] and self.norm[scan - 1] in SPACES:
            scan -= 1
        if scan <= part[0] or self.norm[scan - 1] != "的":
            return False
        refund = self.ix.hits(self.refund_word, self.ix.sentence(f.start)).last(part[0], scan)
        # (税收返还占地方财政收入的12%: a statistic of the refund, not its object)
        return refund is not None and self.refund_break.search(self.norm, refund.end(), scan) is None

    def _share_reached_before_grant(
        self, f: Found, sentence: tuple[int, int], part: tuple[int, int], window: int
    ) -> bool:
        """楼宇入驻率达到70%以上、属地纳税率达到70%以上，给予…一次性奖励: a measure that reaches (达到, not 提高到) a floor in a
        part with no grant word, before the part that grants, is the grant's condition, not a goal: the money roles'
        _lower_bound_before_grant, asked of a share only after its reach verb (reached_share_verbs)."""
        level = self.lex.level_before.search(self.norm, window, f.start)
        if level is None or not level.group(0).rstrip(SPACES).endswith(
            tuple(self.lex.section("roles")["reached_share_verbs"])
        ):
            return False
        return self._lower_bound_before_grant(f, sentence, part)

    def ratio_role(self, f: Found) -> str:
        """The role of a ratio candidate: target, subsidy_rate, threshold or other (the order is the module's)."""
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
            return "target"  # 未完成削减N%的控制目标: the share is named a goal
        if tax_rate(self.lex, norm, f):
            return "other"  # 减按N%的税率征收X税: a rate charged, not paid
        if self.lex.attributive_tail.match(norm, f.end):
            return "threshold"  # X率原N%的补偿门槛
        if f.kind != "exact" and self._condition(f, sentence, *part):
            return "threshold"  # 租金超出…月收入的15％的，… / N倍至M倍以内的，…
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
            return "subsidy_rate"  # 退还X天数收费额的N%: a share of a base paid back
        if standard_rate(self.lex, self.ix, f, part):
            return "subsidy_rate"  # 求职补贴，标准为…平均缴费工资的百分之二十: a benefit's standard as a share of a base
        if self.ix.hits(self.lex.ratio_subsidy_cue, sentence).any(*part):
            if f.kind in ("min", "max") and self._band(f):
                return "threshold"  # 增长N%(含)以上的给予奖励, M%以上的增量部分按K%给予奖励
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
        if self._share_reached_before_grant(f, sentence, part, window):
            return (
                "threshold"  # 入驻率达到70%以上，给予…一次性奖励: the least share a later grant asks, no goal
            )
        if self.lex.level_before.search(norm, window, f.start):
            # X回收率提高到N%以上: a rate brought to a level is a goal; in a report (近年来…降至…不足1/4) the level
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
            return "other"  # 全市有70%以上的乡镇种植…: the share of things a report tells, no condition
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
            return "threshold"  # 含量大于N%的X: a measure bounded, then the noun that must meet it
        return "other"
