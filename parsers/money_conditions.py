"""Money conditions: whether an amount is an eligibility condition (threshold) rather than a payout, read from its
clause. A mixin of parsers.roles.Roles (it needs ix, lex, norm, fund_after, bare_head and level_verb); roles.py decides
in which order these tests are asked.
"""

from __future__ import annotations

import re

from parsers.bounds import SPACES, Found
from parsers.context import TextIndex
from parsers.lexicon import Lexicon
from parsers.patterns import alternation, last_match
from parsers.reached_conditions import qualifies_a_noun
from parsers.reported_intensities import intensity_reported
from parsers.stated_levels import level_stated


def _single_referent(lex: Lexicon) -> re.Pattern:
    return re.compile(lex.section("roles")["single_referent_before_pattern"])


def _band_payout(lex: Lexicon) -> re.Pattern:
    return re.compile(lex.section("roles")["band_payout_pattern"])


def _graded_band(lex: Lexicon) -> re.Pattern:
    return re.compile(lex.section("roles")["graded_band_pattern"])


def _joined_condition(lex: Lexicon) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    roles = lex.section("roles")
    return (
        re.compile(roles["joined_condition_pattern"]),
        re.compile(roles["cap_not_above_pattern"]),
        re.compile(roles["granted_cap_before_pattern"]),
    )


def _required_floor(lex: Lexicon) -> tuple[tuple[str, ...], re.Pattern, re.Pattern]:
    roles = lex.section("roles")
    sums = lex.section("sums")
    funds = alternation([*sums["pooled_fund_nouns"], *sums["fund_set_aside_verbs"]])
    return (
        tuple(roles["required_floor_words"]),
        re.compile(roles["required_floor_pattern"]),
        re.compile(funds),
    )


# how far back the ranked referent's phrase is read; bounded so that each amount of a long enumeration does not
# rescan its whole part (quadratic on a list of thousands)
_REFERENT_REACH = 200
_FIGURE_STARTS = "0123456789０１２３４５６７８９一二三四五六七八九十两百千万半"  # a figure's first character


class MoneyConditions:
    """Threshold tests of an amount (mixed into Roles)."""

    ix: TextIndex
    lex: Lexicon
    norm: str
    fund_after: re.Pattern
    bare_head: re.Pattern
    intensity: re.Pattern
    level_verb: re.Pattern
    share_join: re.Pattern

    def _single_referent(self, f: Found) -> bool:
        """甲市成为乙省第三个…总产值突破5000亿元的城市: the amount tells what one ranked referent reached."""
        return (
            self.lex.derived(_single_referent).search(
                self.norm, max(self.ix.part(f.start)[0], f.start - _REFERENT_REACH), f.start
            )
            is not None
        )

    def _threshold_before(self, f: Found, sentence: tuple[int, int], part_start: int) -> bool:
        if not self.ix.hits(self.lex.threshold_cue, sentence).any(
            part_start, f.start
        ) or self._single_referent(f):
            return False
        return not self.ix.hits(self.lex.ratio_subsidy_cue, sentence).any(part_start, f.start)

    def _level_stated(self, f: Found, sentence: tuple[int, int], part_end: int) -> bool:
        """有色金属产值突破1000亿元，特钢产值达500亿元。: a level stated, which conditions nothing (stated_levels.py)."""
        return level_stated(self, f, sentence, part_end)

    def _intensity_required(
        self, f: Found, sentence: tuple[int, int], part_start: int, part_end: int
    ) -> bool:
        """投资强度200万元/亩: an intensity a project must reach is a requirement, exact or not. Not 亩均税收达到30万元 as
        a plan's level (a level verb, nothing conditioned), nor 亩均增收5000元。 told as a result (reported_intensities.py)."""
        if not self.ix.hits(self.intensity, sentence).any(part_start, f.start):
            return False
        reach = f.reached or self.level_verb.search(
            self.norm, max(part_start, f.core_start - 4), f.core_start
        )
        if reach and self._level_stated(f, sentence, part_end):
            return False
        return not intensity_reported(self.lex, self.ix, f, sentence, part_end)

    def _attributive(self, f: Found) -> bool:
        """500万元以上的企业 / 3亿元以上制造业企业 / 超过1亿元/年的企业: an amount that qualifies a noun."""
        if self.fund_after.match(self.norm, f.end) or self._granted_cap(f):
            return False  # N亿元左右的信贷资金: the size of the money itself; 给予最高N万元的…贷款: a payout's cap
        if self._single_referent(f):
            return False  # 成为全省唯一突破400亿元的县区: one referent ranked, no class that qualifies
        if qualifies_a_noun(self.lex, self.norm, f):
            return True
        if self.ix.counted_after(f.end):
            return True  # 超500亿元的5个: the amount says which things a count counts
        if f.after_kind is None:
            # 超千亿元集群达到10个: a bound before the amount, and the noun it qualifies right after it
            return f.kind != "exact" and self.bare_head.match(self.norm, f.end) is not None
        rest = self.norm[f.end : f.end + 4]
        if not rest or rest[0] in "，,；;。！？!?\n、)）":
            return False
        if self._listed_first(f):
            return False  # 分别提高4%和7%以上: the first item of a list, whose bound the last item carries
        if rest.startswith("的"):
            rest = rest[1:]
        return not self.lex.instrument.match(rest) and not rest.startswith(("给予", "奖励"))

    def _bound_before_de(self, f: Found) -> bool:
        """集体经济收入低于30万元的薄弱村 / 展位费低于2万元的按实补助 / 单台设备购置费不低于5万元的: a floor or a "below" written
        before the amount (no cap: 最高, 不超过), then 的, closes a condition or qualifies the noun after it, though the
        sentence grants. Not when the 的 leads to the payout's measure or a part of a base (bound_before_de_stops: 的标准,
        的部分), an instrument (的补助) or a fund (的专项资金, or a fund noun later in the part)."""
        if f.before_kind not in ("min", "max") or f.after_kind is not None or f.reached:
            return False
        roles = self.lex.section("roles")
        if not any(w in self.norm[f.start : f.core_start] for w in roles["bound_before_de_words"]):
            return False  # (首个突破13万亿元的省份: a level one referent reached; 最高20万元、…、100万元的奖励: a list's caps)
        if (
            not self.norm.startswith("的", f.end)
            or self.fund_after.match(self.norm, f.end)
            or self._capped(f)
        ):
            return False
        rest = self.norm[f.end + 1 : f.end + 5]
        if rest.startswith(tuple(roles["bound_before_de_stops"])):
            return False
        if self.lex.derived(_required_floor)[2].search(self.norm, f.end, self.ix.part(f.start)[1]):
            return (
                False  # 设立总规模不低于1亿元的重点产业发展引导资金: the least a fund holds, named further on
            )
        return self.lex.instrument.match(rest) is None

    def _listed_first(self, f: Found) -> bool:
        """分别提高4%和7%以上 / 分别占全省的45%和55%以上 / 分别突破6万亿元和4万亿元: a figure joined by 和/及/与 (share_join)
        to the next figure, with no 的 after them in the part, is an item of a list, not a size qualifying a noun (which
        takes its 的: 500万元以上和1000万元以上的企业)."""
        joined = self.share_join.match(self.norm, f.end)
        if joined is None or joined.end() >= len(self.norm) or self.norm[joined.end()] not in _FIGURE_STARTS:
            return False
        return "的" not in self.norm[joined.end() : self.ix.part(f.start)[1]]

    def _condition(self, f: Found, sentence: tuple[int, int], part_start: int, part_end: int) -> bool:
        """首次突破5亿元的，奖励100万元 / 补贴不足200元的，按200元发放 / 超过规定时速百分之五十的；: an amount
        in a "…的，" condition (or a listed one, "…的；") is a threshold."""
        norm = self.norm
        if part_end >= len(norm) or norm[part_end] not in "，,；;":
            return False
        last = part_end
        while last > part_start and norm[last - 1] in SPACES:
            last -= 1
        if last <= part_start or norm[last - 1] != "的":
            return False
        if f.kind != "exact":
            return True  # a bound in a condition is the condition, whatever grant word names the amount
        return not self.ix.hits(self.lex.ratio_subsidy_cue, sentence).any(part_start, f.start)

    def _lower_bound_before_grant(self, f: Found, sentence: tuple[int, int], part: tuple[int, int]) -> bool:
        """贡献额达到30万元以上，一次性给予10万元奖励: a lower bound in a part with no grant word, before the part
        that grants, is the condition of that grant (a payout is capped, 最高/不超过, not floored)."""
        if f.kind != "min" or part[1] >= sentence[1]:
            return False
        cues = self.ix.hits(self.lex.ratio_subsidy_cue, sentence)
        return not cues.any(*part) and cues.any(part[1], sentence[1])

    def _condition_then_grant(self, f: Found) -> bool:
        """首次超过100亿元的给予最高300万元奖励: a lower bound closing a "…的" condition right before the grant verb
        (no comma between) is the condition; a payout is capped, not floored (给予不低于…的补助 is rare)."""
        if f.kind != "min" or not self.norm.startswith("的", f.end):
            return False
        return self.lex.grant_verb.match(self.norm, f.end + 1) is not None

    def _joined_condition(self, f: Found) -> bool:
        """单户担保金额1000万元以下、且担保费率低于1.5%的 / 年营业收入2亿元以上，且…实现正增长: a bound amount joined by 且 to
        a second condition is one of the conditions that must all hold (joined_condition_pattern). A cap (最高, 不超过,
        joined_condition_cap_pattern) limits a payout, and a payout's limit may be joined so too (每户不超过500万元，且…)."""
        if f.kind == "exact":
            return False
        if self.lex.derived(_joined_condition)[0].match(self.norm, f.end) is None:
            return False
        return not self._capped(f)

    def _capped(self, f: Found) -> bool:
        """最高50万元 / 不超过10万元: a cap word or a "not above" in the amount's bound (or right before it)."""
        cap = self.lex.derived(_joined_condition)[1]
        lead = max(0, f.start - 4)
        return bool(
            self.lex.cap_word.search(self.norm, lead, f.core_start)
            or cap.search(self.norm, lead, f.core_start)
        )

    def _granted_cap(self, f: Found) -> bool:
        """给予每户最高N万元的…扶持贷款: a cap right after a grant verb is the payout's limit (granted_cap_before_pattern)."""
        if f.kind != "max" or not self._capped(f):
            return False
        granted = self.lex.derived(_joined_condition)[2]
        return granted.search(self.norm, max(self.ix.part(f.start)[0], f.start - 12), f.start) is not None

    def _band_then_payout(self, f: Found) -> bool:
        """3亿元至10亿元(不含10亿元)奖励10万元 / 在30万元(含)以上的补贴10000元: a band (a bound or a level reached) with a
        payout right after it, no comma between, is the band of a tier (band_payout_pattern); a cap (最高…) is none."""
        if f.kind == "exact" and not f.reached:
            return False
        if self.lex.cap_word.search(self.norm, f.start, f.core_start):
            return False
        return self.lex.derived(_band_payout).match(self.norm, f.end) is not None

    def _graded_band(self, f: Found) -> bool:
        """2000万元(含)—5000万元、5000万元(含)—1亿元、1亿元及以上三个档次，分别给予…: a band (range or bound, no cap) in a
        list its part counts as grades (graded_band_pattern) says which grade qualifies: a threshold."""
        if f.kind == "exact" or self.lex.cap_word.search(self.norm, f.start, f.core_start):
            return False
        return self.lex.derived(_graded_band).match(self.norm, f.end) is not None

    def _required_floor(self, f: Found, part: tuple[int, int]) -> bool:
        """固定资产投资原则上不低于3000万元 / 年营业额在30万元以上: a floor a requirement states (required_floor_words);
        roles.py asks it only of an amount nothing else has placed (no grant, goal or report in its sentence)."""
        if f.kind != "min":
            return False
        words, before, funds = self.lex.derived(_required_floor)
        if not (
            self.norm.startswith(words, f.start)
            or before.search(self.norm, max(part[0], f.start - 3), f.start)
        ):
            return False
        # (安排专项资金不少于X, 形成不低于X的资金池: a fund's floor, its noun or verb in the part around it)
        return (
            funds.search(self.norm, part[0], f.start) is None
            and funds.search(self.norm, f.end, part[1]) is None
        )

    def _counted_after_phrase(self, f: Found, part_end: int) -> bool:
        """培育超百亿元的具有核心竞争力的龙头企业5家左右: a bounded amount, 的, then a noun phrase whose things the
        part ends by counting: the amount says which things count (threshold), the count is the goal."""
        if f.kind == "exact" or not self.norm.startswith("的", f.end):
            return False
        last = last_match(self.lex.target_quantity, self.norm, f.end + 1, part_end)
        if last is None or "元" in (last.group("u") or "元") or last.start() <= f.end + 2:
            return False
        rest = self.norm[last.end() : part_end].strip(SPACES)
        return rest in ("", "左右", "以上", "及以上")
