"""What a payout is computed on, and rates on a base: a mixin of parsers.roles.Roles.

A per-step grant's step (每增加3000万元), the band of a base a rate applies to (超过1000万元的部分, a tier of a rate
list: 800万元-5000万元(不含)的按照4%, whose rate is the grant's under a grant's lead), the loan an
interest subsidy is paid on (贴息贷款规模上限800万元) or a borrower's loan cap (个人最高可贷10万元) are the basis
of a payout, not the payout; so is a term of a worked computation (1520元/人月×6月+500元/人=…: the operands, not the
result after =); a floor on that loan (每笔借款不少于30万元) is a condition; a bounded share then
的 (…以上的予以奖励) says which firms or which part a rate applies to. Roles.money_role and ratio_role ask these.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.bounds import SPACES, Found
from parsers.context import TextIndex
from parsers.patterns import alternation
from parsers.sums import loan_a_borrower_may_take

if TYPE_CHECKING:
    from parsers.lexicon import Lexicon

_PHRASE_END = re.compile("[的，,；;。！？!?、]")
_LOAN_PHRASE = 10  # characters after an amount in which its noun phrase may name the loan
_LOAN_REACH = 200  # characters before an amount in which the loan it floors may be named
# a loan's band, not its floor: 超出150万元部分的贷款额不享受贴息 (the part of the loan above the amount)
_BAND_PART = re.compile(f"[{SPACES}]*(?:的)?[{SPACES}]*部分")


def _loan_quota_words(lex: Lexicon) -> tuple[re.Pattern, ...]:
    """A loan word, then only words up to the amount (no number, no sum or size word); a guaranteed loan's word; a
    per-loan mark right before the loan word (单笔贷款); a join to another condition of the loan (，且时间…); and a
    mark of one borrower (单户, 单个企业)."""
    roles, sums = lex.section("roles"), lex.section("sums")
    # (a sum's marks are the [sums] tables' own: 累计, 合计, 共…; the size and stock words are the loan rule's, as the
    # [sums] noun tables hold 金额 and 授信, which name one borrower's quota: 单户贷款金额最高X)
    not_between = alternation([*roles["loan_quota_not_between"], *sums["total_marks"], *sums["sum_adverbs"]])
    loans = alternation(roles["loan_words"])
    quota = re.compile(
        f"(?:{loans})(?:(?!{not_between})[^\\d，,。；;：:！？!?、（(\n]){{0,{int(roles['loan_quota_reach'])}}}\\Z"
    )
    per_loan = re.compile(f"(?:{alternation(roles['per_loan_marks'])})[{SPACES}]*\\Z")
    joined = re.compile(f"[^，,。；;]*[，,][{SPACES}]*(?:{alternation(roles['loan_condition_joins'])})")
    borrower = re.compile(alternation(roles["borrower_marks"]))
    return quota, re.compile(alternation(roles["guarantee_words"])), per_loan, joined, borrower


def _computed_by(lex: Lexicon) -> tuple[str, int, re.Pattern]:
    roles = lex.section("roles")
    after = re.compile(roles["computed_by_after_pattern"])
    return roles["computed_by_before"], int(roles["computed_by_reach"]), after


def _operand(lex: Lexicon) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The signs around a term of a worked computation ([roles] operand_* of the lexicon)."""
    roles = lex.section("roles")
    times, plus, equals = (
        re.escape("".join(roles[key])) for key in ("operand_times", "operand_plus", "operand_equals")
    )
    space = f"[{SPACES}]*"
    per = (
        "(?:/[^0-9０-９=＝+＋×*＊✕，,。；;]{1,4})?"  # a unit per head or month the amount may carry (元/人月)
    )
    # multiplied or added to a number after it (1520元/人月×2/3, 500元/人+100元/人月)
    after = re.compile(f"{per}{space}(?:[{times}]|[{plus}]){space}[0-9０-９]")
    before = re.compile(f"[{plus}{times}]{space}\\Z")  # …+500元/人=: added to what stands before it
    then = re.compile(
        f"{per}{space}[{equals}{plus}{times}]"
    )  # …and followed by a sign, not ended: not the result
    return after, before, then


def _tier_words(lex: Lexicon) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A tier of a rate list ([roles] tier_* of the lexicon): after a band, its bracket (含…), a bound's tail, 的 and
    the rate verb, up to where the rate starts; the same link anywhere (to count the tiers of a paragraph); and the
    link before a rate, after the band's 元."""
    roles = lex.section("roles")
    verbs = alternation(roles["tier_rate_verbs"])
    space = f"[{SPACES}]*"
    tail = (
        f"{space}(?:[（(][^（()）\n]{{0,{int(roles['tier_bracket_reach'])}}}[)）])?"
        f"(?:{alternation(roles['tier_band_tails'])})?{space}的{space}(?:{verbs}){space}"
    )
    return re.compile(tail), re.compile(f"的{space}(?:{verbs}){space}"), re.compile(f"元(?:人民币)?{tail}\\Z")


def _named_rate(lex: Lexicon) -> re.Pattern:
    """测算比例 / 支持比例: a word naming a grant's rate, then a rate head ([roles] rate_subject_words, rate_heads)."""
    roles = lex.section("roles")
    return re.compile(
        f"(?:{alternation(roles['rate_subject_words'])})[{SPACES}]*(?:{alternation(roles['rate_heads'])})"
    )


_CLAUSE_BREAKS = frozenset("，,；;：:")
_COLON_END = re.compile(f"[:：][{SPACES}]*\\Z")


class PayoutBases:
    """The basis, loan and band checks of Roles (mixed in: it needs ix, lex, norm, ratio_starts, rate_by)."""

    ix: TextIndex
    lex: Lexicon
    norm: str
    ratio_starts: set[int] | frozenset[int]
    rate_by: re.Pattern

    def _basis(self, f: Found, part_start: int) -> bool:
        """每增加3000万元 / 超过1000万元的部分 / 按1000万元的5% / 以500万元为基数: what a payout is computed from."""
        norm = self.norm
        if self.lex.basis_step.search(norm, max(part_start, f.start - 8), f.start):
            return True
        if self.lex.basis_tail.match(norm, f.end):
            return True
        after, before, then = self.lex.derived(_operand)
        if after.match(norm, f.end) or (
            before.search(norm, max(part_start, f.start - 3), f.start) and then.match(norm, f.end)
        ):
            return True  # 1520元/人月×6月+500元/人=…: a term of a worked computation
        after = f.end
        while after < len(norm) and norm[after] in SPACES:
            after += 1
        if after < len(norm) and norm[after] == "的":
            after += 1
            while after < len(norm) and norm[after] in SPACES:
                after += 1
            return after in self.ratio_starts
        return False

    def _computed_by(self, f: Found, part_start: int) -> bool:
        """不足N万元的，按N万元计算 / 按每亩N万元计算投资额度: an amount a rule computes by (computed_by_*)."""
        before, reach, after = self.lex.derived(_computed_by)
        if after.match(self.norm, f.end) is None:
            return False
        return self.norm.find(before, max(part_start, f.start - reach), f.start) >= 0

    def _tier_band(self, f: Found) -> bool:
        """800万元-5000万元(不含)的按照4%: the band of a tier in a rate list is what the rate is computed on (basis); a
        bounded end of the list (…3000万元以上的按4‰) only beside another tier of its paragraph (a lone condition,
        500万元以上的，按照6%奖励, is a threshold)."""
        if f.kind == "exact":
            return False
        band, link, _ = self.lex.derived(_tier_words)
        m = band.match(self.norm, f.end)
        if m is None or m.end() not in self.ratio_starts:
            return False
        if f.kind == "range":
            return True  # both ends named
        paragraph = self.ix.paragraph(f.start)
        tiers = sum(1 for t in link.finditer(self.norm, *paragraph) if t.end() in self.ratio_starts)
        return tiers >= 2

    def _tier_rate(self, f: Found, paragraph: tuple[int, int], grant: re.Pattern) -> bool:
        """…800万元-5000万元(不含)的按照4%: the rate of a tier, after its band, is the grant's rate when a grant word
        stands in the paragraph or in the lead line the list hangs on (…具体支持标准为：, tier lines between)."""
        before = self.lex.derived(_tier_words)[2]
        if before.search(self.norm, max(paragraph[0], f.start - 40), f.start) is None:
            return False
        if self.ix.hits(grant, paragraph).any(*paragraph):
            return True
        link = self.lex.derived(_tier_words)[1]
        line, lines = paragraph, int(self.lex.section("roles")["tier_lead_lines"])
        while line[0] > 0 and lines > 0:
            # the line above: TextIndex's paragraphs are its lines (and the items an inline bullet ends, as a line)
            line = self.ix.paragraph(line[0] - 1)
            if not self.norm[line[0] : line[1]].strip(SPACES):
                continue  # a blank line between the items
            if _COLON_END.search(self.norm, *line):
                return self.ix.hits(grant, line).any(*line)
            if link.search(self.norm, *line) is None:
                return False  # (a line that is no tier of the list: the list has no lead)
            lines -= 1
        return False

    def _named_rate(self, f: Found, sentence: tuple[int, int]) -> bool:
        """农机购置补贴…，测算比例不超过25% / 支持比例由12%提高到18%: the sentence's subject names the rate a grant is
        computed or given at, before the share, in a sentence that names a grant."""
        named = self.ix.hits(self.lex.derived(_named_rate), sentence)
        return named.any(sentence[0], f.start) and self.ix.hits(self.lex.subsidy_cue, sentence).any(*sentence)

    def _loan_base(self, f: Found, part: tuple[int, int]) -> bool:
        """每户贴息借款上限800万元 / 不超过300万元的市场报价利率全额贴息: in a part that pays interest,
        an amount of the loan is what the payout is computed on."""
        interest = self.ix.hits(self.lex.interest_word, self.ix.sentence(f.start))
        if not interest.any(*part):
            return False
        if f.kind == "min" and _BAND_PART.match(self.norm, f.end) is None:
            return False  # (单笔贷款不低于250万元且…, 贷款提款1500万元以上(含)的项目: a floor, which loans qualify)
        before = interest.last(part[0], f.start)
        if self.lex.loan_word.search(self.norm, before.end() if before else part[0], f.start):
            return True
        # right after the amount, inside its noun phrase (…300万元的市场报价利率…贴息)
        stop = _PHRASE_END.search(self.norm, f.end, min(part[1], f.end + _LOAN_PHRASE))
        tail_end = stop.start() if stop else min(part[1], f.end + _LOAN_PHRASE)
        loan = self.lex.loan_word.search(self.norm, f.end, tail_end)
        return loan is not None and interest.any(tail_end, part[1])

    def _loan_cap(self, f: Found, part: tuple[int, int]) -> bool:
        """个人最高可贷10万元，…给予贴息: the cap of the loan a borrower may take, in a paragraph that pays interest on
        the loans, is what the payout is computed on (a condition, 贷款200万元以内的, is not a cap)."""
        if self.norm.startswith("的", f.end):
            return False
        if not self.lex.loan_verb_before.search(self.norm, max(part[0], f.start - 4), f.start):
            return False
        if f.kind != "max" and not loan_a_borrower_may_take(self.lex, self.norm, f, part):
            return False  # (个人创业可安排贷款20万元: the loan one borrower may take, a cap too)
        paragraph = self.ix.paragraph(f.start)
        return self.ix.hits(self.lex.interest_word, paragraph).any(*paragraph)

    def _loan_quota(self, f: Found, part: tuple[int, int]) -> bool:
        """单户贷款额度最高1500万元, in a paragraph that pays interest on the loans: the loan's cap is what the interest
        subsidy is computed on (D2); a guaranteed loan's quota (创业担保贷款额度最高40万元) is the benefit itself, and a
        cap on each loan (_loan_condition) says which loans qualify."""
        if f.kind != "max":
            return False
        quota, guarantee = self.lex.derived(_loan_quota_words)[:2]
        # (the pattern ends at the amount and reaches back loan_quota_reach words: the part's start bounds nothing more)
        loan = quota.search(self.norm, part[0], f.start)
        if loan is None or self.ix.hits(self.lex.subsidy_cue, part).any(loan.start() + 1, f.start):
            return False  # (贷款贴息年度最高补贴150万元: the payout; the loan word itself, 担保贷款, is no grant here)
        if self._condition_on_loan(f, part, loan):
            return False
        paragraph = self.ix.paragraph(f.start)
        if self.ix.hits(guarantee, paragraph).any(*paragraph):
            return False  # (a guaranteed loan's quota is the benefit: subsidy)
        return self.ix.hits(self.lex.interest_word, paragraph).any(*paragraph)

    def _loan_condition(self, f: Found, part: tuple[int, int]) -> bool:
        """单笔借款金额不超过300万元，且期限不超过12个月: a cap on each loan (单笔, 每笔), or a loan's cap joined by 且 to
        another of its conditions (no borrower named before it), or a cap closing a 对…的 condition, says which loans
        qualify: a threshold, not a borrower's quota (D2: 单户…最高X)."""
        if f.kind != "max":
            return False
        loan = self.lex.derived(_loan_quota_words)[0].search(self.norm, part[0], f.start)
        return loan is not None and self._condition_on_loan(f, part, loan)

    def _condition_on_loan(self, f: Found, part: tuple[int, int], loan: re.Match) -> bool:
        """_loan_condition once the loan word before the cap is found (_loan_quota has found it already)."""
        _, _, per_loan, joined, borrower = self.lex.derived(_loan_quota_words)
        if per_loan.search(self.norm, part[0], loan.start()) is not None:
            return True
        if self.norm.startswith("的", f.end) and self.norm[f.end + 1 : f.end + 2] in _CLAUSE_BREAKS:
            # 对贷款200万元以内的，给予…贴息: a 对…的 condition names the loans that qualify (…80万元的创业担保贷款
            # describes the loan instead)
            return True
        # (单户企业最高可贷5000万元，且贷款期限不超过3年…: one borrower's quota stays D2's, whatever follows it)
        sentence = self.ix.sentence(f.start)
        return (
            borrower.search(self.norm, part[0], loan.start()) is None
            and joined.match(self.norm, f.end, sentence[1]) is not None
        )

    def _loan_floor(self, f: Found, part: tuple[int, int]) -> bool:
        """每笔借款不少于30万元: a floor on the loan a benefit is paid on is an eligibility condition. 贷款余额突破800亿元
        is none: a balance is the stock of loans held, a level reported."""
        # the loan named within reach before the amount (bounded: a long enumeration would rescan its part per amount)
        loan = self.lex.loan_word.search(self.norm, max(part[0], f.start - _LOAN_REACH), f.start)
        if f.kind != "min" or loan is None or self.lex.loan_balance.search(self.norm, loan.end(), f.start):
            return False
        return not self.ix.hits(self.lex.ratio_subsidy_cue, self.ix.sentence(f.start)).any(*part)

    def _band(self, f: Found) -> bool:
        """A bounded share followed by 的 and no payout word (…以上的予以奖励, …以下的增量部分): it says which
        firms or which part of a base a rate applies to, not the rate paid (给予不超过30%的补助 is the rate)."""
        if not self.norm.startswith("的", f.end) or self.norm.endswith(("给予", "给与"), 0, f.start):
            return False  # (给予不超过投资额20%的支持: the rate granted, capped)
        # 按不低于…20%的标准发放, 按照不低于60%的比例补助: a standard or ratio named after it is the rate itself
        return self.lex.instrument.match(self.norm, f.end + 1) is None and not self.lex.rate_head.match(
            self.norm, f.end + 1
        )

    def _rate_by(self, f: Found, sentence: tuple[int, int], part: tuple[int, int]) -> bool:
        """按照企业实际贷款利率的50%，最高…给予贴息: a rate on a base, its grant word in a later part of the sentence."""
        if self.rate_by.search(self.norm, part[0], f.start) is None:
            return False
        return self.ix.hits(self.lex.ratio_subsidy_cue, sentence).any(part[1], sentence[1])
