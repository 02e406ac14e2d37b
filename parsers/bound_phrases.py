"""Bounds that reach their number from further off: across a noun phrase (不超过项目总投资的30%, 额度不能超过每月
1000元), a limit over a grant named as an amount (最高补助金额可达500万元), and a bounded value a text changes
(最高补贴额由1000元提高到1500元). Mixed into parsers.bounds.BoundReader, whose chain reading these fall back from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.lexicon import Lexicon
from parsers.numbers import CN_SCALE_CHARS
from parsers.patterns import RAW_LINE_SPACES, after_last_mark, alternation

SPACES = RAW_LINE_SPACES
BRACKETED = re.compile(r"[（(][^（()）]*[）)]")
_COPULA_FIRST = re.compile("(?:为|是|可达)")
_NOUN_THEN_COPULA = re.compile("[\u4e00-\u9fff]{0,4}?(?:为|是)")
# the clause ends and the line end, but of the full stops the full-width ones only (as the rule was written: a
# half-width ! or ? does not end the window; patterns.CLAUSE_ENDS + "\n" would be a change of the rule)
_SENTENCE_ENDS = "。；;！？\n"
_MAX_PHRASE_REMARKS = 16  # characters of bracketed remarks a phrase may hold beyond its reach
_NOT_IN_PHRASE = frozenset("0123456789%、" + CN_SCALE_CHARS)
_NOT_IN_OF_PHRASE = _NOT_IN_PHRASE - {
    "、"
}  # …的 phrase: nouns listed in it (设备、软件等投资额的) are one noun


def _build_granted_base(lex: Lexicon) -> re.Pattern:
    # a grant word, then the base a rate is granted on (给予实缴注册资本), or 按照 the base, then the grant word, or
    # 按照 and the base alone (最高按10%补助, 最高按照设备投资额的10%给予补助: the grant word after the rate)
    grants = alternation(lex.section("bounds")["bridges"])
    base = "[\u4e00-\u9fff]{1,12}"
    return re.compile(f"(?:可)?(?:(?:{grants}){base}|(?:按照|按)(?:{base})?(?:{grants})?)")


def _granted_base(lex: Lexicon) -> re.Pattern:
    return lex.derived(_build_granted_base)


@dataclass(frozen=True)
class ChainWord:
    start: int
    end: int
    word: str
    cls: str  # negation | hedge | copula | bridge | comparator | limit
    value: str | None


class PhraseBounds:
    """The far reaches of a bound (see above); the reader's norm, words, lexicon and chain reading are its own."""

    def _named_amount(self, start: int, none: tuple) -> tuple[int, str | None, str | None, str | None]:
        """单个企业最高补助金额可达500万元, 最高奖补额度为：区级5万元: a limit over a grant named as an amount bounds the
        number after the copula; the surface keeps the number only (the limit stands apart from it)."""
        pattern = self.words.named_amount
        if pattern is None:
            return none
        # the label after a colon stands in a part of its own: the window is the sentence's, not the part's
        lo = max(0, start - self.words.phrase_reach)
        lo = after_last_mark(self.norm, _SENTENCE_ENDS, start, lo)
        m = pattern.search(self.norm, lo, start)
        if m is None and self.words.named_cap is not None:
            m = self.words.named_cap.search(self.norm, lo, start)
        if m is None:
            m = self._granted_recipient(lo, start)
        if m is None:
            return none
        limit = m.group("limit") or m.groupdict().get("floor") or m.groupdict().get("noun_cap")
        return start, self.words.classes[limit][1], limit, limit

    def _granted_recipient(self, lo: int, start: int) -> re.Match | None:
        """最高可给予村委会一次性500万元奖励, 最高给予企业100万元: a cap over a grant word and its recipient bounds the
        amount after them (lexicon [bounds] granted_recipient_reach); a recipient with a clause stop in it is none."""
        pattern = self.words.granted_recipient
        m = pattern.search(self.norm, lo, start) if pattern is not None else None
        if m is None or self.words.recipient_stop.search(m.group("recipient")):
            return None
        return m

    # -- a bound across a noun phrase -------------------------------------------------------------
    def _across_phrase(self, start: int, is_ratio: bool) -> tuple[int, str | None, str | None, str | None]:
        norm, words = self.norm, self.words
        none = (start, None, None, None)
        q = start
        while q > 0 and norm[q - 1] in SPACES:
            q -= 1
        if q == 0 or not (
            norm[q - 1] in self._phrase_last or (is_ratio and "\u4e00" <= norm[q - 1] <= "\u9fff")
        ):
            return none
        part_start = self.part_of(start)[0]
        # a bracketed remark inside the phrase (利率（LPR）的) does not count toward the reach
        lo = max(part_start, start - words.phrase_reach - _MAX_PHRASE_REMARKS)
        found = list(words.phrase_word.finditer(norm, lo, start))
        last = None
        while found:
            last = found.pop()
            phrase = norm[last.end() : start]
            if len(BRACKETED.sub("", phrase)) > words.phrase_reach:
                return none
            between = norm[last.end() : start]
            if between.count("）") + between.count(")") > between.count("（") + between.count("("):
                # 不超过仓储投资额（原则上不低于800万元）的12%: a bound inside a bracketed remark of the base bounds the
                # remark's own number; the bound before the base may still reach the share
                last = None
                continue
            cls, value = words.classes[last.group(0)]
            capped = "部分" in phrase and cls == "comparator"
            if capped:
                chain = [*self._chain_before(last.start())]
                capped = bool(chain) and chain[-1].cls == "negation"
            if is_ratio and cls == "limit" and _granted_base(self.lex).fullmatch(phrase.strip(SPACES)):
                break  # 最高给予注册资本3%, 最高按照国拨经费给予1:1: the cap of the rate granted on a base
            if not self._noun_phrase(words.phrase_date.sub("", BRACKETED.sub("", phrase)), is_ratio, capped):
                return none  # a bracketed remark (额度上限（30万元）之和的) is no part of the phrase's words
            if cls == "comparator" and phrase.strip(SPACES).removesuffix("的") in words.noun_after:
                last = None  # 超出额0.5%, 超过部分的10%: the excess amount, a noun
                continue
            if cls != "limit" or self._limit_reaches(last.group(0), phrase):
                break
            # 按最低工资标准的90%, 最低生活保障标准为…: 最低 names a noun, it bounds nothing; a comparator before
            # the noun still may (低于招标项目最高限价百分之八十五, 不低于当地最低工资80%)
            last = None
        if last is None:
            return none
        chain = [*self._chain_before(last.start())]
        chain.append(ChainWord(last.start(), last.end(), last.group(0), cls, value))
        kind, decisive, bearing = self._read(chain)
        if kind is None:
            return none
        first = min(bearing)
        words_ = "".join(w.word for w in chain[first:] if w.cls != "hedge")
        return chain[first].start, kind, words_, chain[decisive].word if decisive is not None else None

    def _limit_reaches(self, limit: str, phrase: str) -> bool:
        """A limit crosses a phrase that opens with a copula (最高为…每户), is made of period words (最高每户), or,
        for a noun limit, has a copula after a short noun (费用限额标准为职工参保人员每人每天)."""
        phrase = phrase.strip(SPACES)
        if self.lex.period.fullmatch(phrase):
            return True
        opening = _NOUN_THEN_COPULA if limit in self.words.noun_limits else _COPULA_FIRST
        return opening.match(phrase) is not None

    def _noun_phrase(self, phrase: str, is_ratio: bool, capped: bool = False) -> bool:
        """``capped``: the bound is a negated comparator (不超过), whose phrase may name a part of a base (不超过增量
        部分的1%: at most 1% of the increase); a plain 超过 before 部分 names the excess, no bound of the rate."""
        phrase = phrase.strip(SPACES)
        # nouns listed in a …的 phrase or before a share (不超过设备、软件等投资额20%) are one noun
        banned = _NOT_IN_OF_PHRASE if phrase.endswith("的") or is_ratio else _NOT_IN_PHRASE
        if not phrase or any(ch in banned for ch in phrase):
            return False
        checked = phrase.removesuffix("部分的") if capped else phrase
        if self.words.phrase_stops.search(checked) or self.words.phrase_time_end.search(phrase):
            return False
        if phrase.endswith("的"):
            return True  # 不超过项目总投资的30%
        if self._period_end.search(phrase):
            return True  # 不能超过每月1000元, 限额标准为职工参保人员每人每天120元
        return is_ratio and len(phrase) <= 12 and "的" not in phrase  # 不低于销售收入3%

    def _object_follows(self, end: int) -> bool:
        """A noun right after the quantity (百项前沿技术), not a boundary, 的 or a space."""
        norm = self.norm
        return (
            end < len(norm)
            and "\u4e00" <= norm[end] <= "\u9fff"
            and norm[end] != "的"
            and not norm.startswith(self.words.verb_object_not, end)
        )

    def _changed(self, start: int) -> tuple[str, str] | None:
        """最高补贴额由1000元提高到1500元: the limit before 由/从 bounds the old value and the new one; the surface
        keeps the number only (the limit stands apart from it). (kind, limit word) or None."""
        words = self.words
        if words.change_old is None or words.change_new is None:
            return None
        part_start = self.part_of(start)[0]
        lo = max(part_start, start - words.phrase_reach - 24)
        for pattern in (words.change_old, words.change_new, words.change_direct, words.change_from_limit):
            if pattern is None:
                continue
            m = None
            for m in pattern.finditer(self.norm, lo, start):  # noqa: B007
                pass
            if m is not None:
                limit = m.group("limit")
                return self.words.classes[limit][1], limit
        return None
