"""Money and ratio mentions: fast regular expressions over the raw text, context rules from the lexicon.

``extract_amounts(text, clauses)`` finds every yuan amount and every ratio in ``text`` and hangs each
on the clause node that holds it. Candidates come from a few compiled patterns (lexicon.py); only
around a candidate does the code look at its sentence (role, instrument, one-off, period) and, for
the recipient of an enumeration, at jieba words of a short phrase. A clause without a number costs
one regex scan.

Conventions (beyond the gold's, see parsers/data/lexicon.toml):
  * recipient: the noun phrase after 给予 (给予企业100万元) when there is one; otherwise the phrase after
    the last 对 of the sentence before the amount, up to 给予/分别/按/经/一次性 or the comma, reduced to its
    head after the last 的 (对首次认定的国家级…中心 -> 国家级…中心). In a 分别 enumeration the phrase is split
    at 、 and the items map one to one onto the amounts; a shared head noun is distributed
    (国家级、省级、市级企业技术中心 -> 国家级企业技术中心, …). A grade word right before an amount
    (按照国家级50万元，省级20万元) prefixes the base recipient. Recipients are set for subsidies and, when a
    对 phrase in the same comma part names who pays (对单位处…罚款 -> 单位), for penalties.
  * instrument: the nearest instrument word after the amount in its sentence, else the nearest before.
  * one_off: 一次性 between the previous amount of the sentence (or its start) and this amount's instrument.
  * period: the nearest period/per-unit word within a few characters before the amount, same comma part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.context import ClauseLocator, TextIndex
from parsers.lexicon import Lexicon, anchored, last_match
from parsers.model import Money, Node, Ratio
from parsers.numbers import parse_number

_CN_FIX = str.maketrans({"點": "点", "兩": "两", "萬": "万", "億": "亿", "○": "〇"})


def number_value(raw: str) -> float | None:
    """The value of a numeral as matched (Arabic with separators, or Chinese); None when it is not one."""
    if raw.isascii():
        try:
            return float(raw.replace(",", "").replace(" ", "").replace("\t", ""))
        except ValueError:
            pass
    raw = re.sub(r"[ \t\u3000\u00a0]", "", raw).replace("，", ",").translate(_CN_FIX)
    try:
        return parse_number(raw)
    except (ValueError, KeyError):
        return None


_APPROX_PAIR = re.compile(r"^([一二三四五六七八九])([一二三四五六七八九])([十百千万])([万亿])?$")
_APPROX_SOME = re.compile(r"^(?:[几数]([十百千])|十几)([万亿])?$")
_UNIT_VALUE = {"十": 10, "百": 100, "千": 1000, "万": 1e4, "亿": 1e8}


def approximate_bounds(raw: str) -> tuple[float, float] | None:
    """三五百 -> (300, 500), 几十万 -> (1e5, 1e6), 十几 -> (10, 20): the bounds of an approximate numeral."""
    raw = raw.translate(_CN_FIX)
    m = _APPROX_PAIR.match(raw)
    if m:
        low, high = parse_number(m.group(1)), parse_number(m.group(2))
        unit = _UNIT_VALUE[m.group(3)] * _UNIT_VALUE.get(m.group(4) or "", 1)
        return (low * unit, high * unit) if high == low + 1 or (low, high) == (3, 5) else None
    m = _APPROX_SOME.match(raw)
    if m:
        scale = _UNIT_VALUE.get(m.group(2) or "", 1)
        if m.group(1):
            unit = _UNIT_VALUE[m.group(1)]
            return unit * scale, unit * 10 * scale
        return 10 * scale, 20 * scale
    return None


def is_approximate(raw: str) -> bool:
    return approximate_bounds(raw) is not None


def _trailing_scale(raw: str) -> float:
    """万 or 亿 at the end of a Chinese numeral (两千万 -> 1e4): what a bare first bound borrows."""
    raw = raw.translate(_CN_FIX)
    if raw.endswith("亿"):
        return 1e8
    if raw.endswith("万"):
        return 1e4
    return 1.0


@dataclass
class _Found:
    start: int  # surface
    end: int
    core_start: int  # the number itself, without qualifiers
    core_end: int
    low: float | None
    high: float | None
    kind: str
    qualifier: str | None
    form: str = "money"  # money, or a RatioForm
    after_kind: str | None = None


def _bounds(value: float, kind: str) -> tuple[float | None, float | None]:
    if kind == "max":
        return None, value
    if kind == "min":
        return value, None
    return value, value


_ADDRESS_ANCHOR = re.compile(r"@|://|www\.")


class _Extractor:
    def __init__(self, index: TextIndex):
        self.ix = index
        self.lex: Lexicon = index.lex
        self.norm = index.norm
        money = self.lex.section("money")
        self.weak_unit = money["weak_unit"]
        self.weak_followers = tuple(money["weak_unit_followers"])
        self.unit_traps = tuple(money["unit_trap_followers"])
        # web and e-mail addresses (…%20…): matched only around an @, :// or www.
        norm = self.norm
        self._address_spans = [
            (m.start(), m.end())
            for m in anchored(self.lex.trap_pattern, _ADDRESS_ANCHOR, norm, forward=400, back=64)
        ]

    # -- shared checks -------------------------------------------------------------------------
    def in_trap(self, start: int, end: int) -> bool:
        """The candidate overlaps a trap word (一次性, 三元薪酬, 8+N …) or an address."""
        if any(s < end and start < e for s, e in self._address_spans):
            return True
        return any(
            m.start() < end and start < m.end()
            for m in self.lex.trap.finditer(self.norm, max(0, start - 8), end + 8)
        )

    def _ordinal_before(self, pos: int) -> bool:
        return pos > 0 and self.norm[pos - 1] in "第"

    # -- money ---------------------------------------------------------------------------------
    def money_candidates(self) -> list[_Found]:
        found: list[_Found] = []
        norm = self.norm
        for m in anchored(self.lex.money, self.lex.anchors["money"], norm):
            hit = self._money_hit(m)
            if hit is not None:
                found.append(hit)
        for m in self.lex.money_prefixed.finditer(norm):
            value = number_value(m.group("n"))
            if value is None or any(f.start <= m.start() < f.end for f in found):
                continue
            q = self.ix.qualify(m.start(), m.end())
            low, high = _bounds(value, q.kind)
            found.append(_Found(q.start, q.end, m.start(), m.end(), low, high, q.kind, q.qualifier))
        found.sort(key=lambda f: f.start)
        return self._merge_bound_pairs(found)

    def _money_hit(self, m: re.Match) -> _Found | None:
        norm = self.norm
        n_raw = m.group("n")
        approx = approximate_bounds(n_raw)
        value = None if approx else number_value(n_raw)
        if value is None and approx is None:
            return None
        is_chinese = not n_raw[0].isdigit()
        unit = m.group("u")
        after = norm[m.end() : m.end() + 6]
        if (
            unit == self.weak_unit
            and is_chinese
            and not after.startswith(self.weak_followers)
            and m.end() < len(norm)
        ):
            return None  # 一块牌子
        if (
            is_chinese
            and not m.group("s")
            and unit == "元"
            and not m.group("n1")
            and after.startswith(self.unit_traps)
        ):
            return None  # 三元薪酬结构
        if self.in_trap(m.start("n"), m.end("u")) or self._ordinal_before(m.start()):
            return None
        scale = self.lex.scales.get(m.group("s") or "", 1.0)
        if approx is not None:  # 几十万块, 三五百块: an approximate amount is a range
            q = self.ix.qualify(m.start("n"), m.end())
            start = m.start("cur") if m.group("cur") else m.start("n")
            return _Found(
                start, q.end, start, m.end(), approx[0] * scale, approx[1] * scale, "range", q.qualifier
            )
        amount = value * scale
        if m.group("jiao"):
            amount += (number_value(m.group("jiao")) or 0) * 0.1
        if m.group("fen"):
            amount += (number_value(m.group("fen")) or 0) * 0.01
        core_start = m.start("cur") if m.group("cur") else m.start("n")
        low_amount = None
        if m.group("n1"):
            first = number_value(m.group("n1"))
            if first is not None:
                if m.group("s1") or m.group("u1"):
                    first *= self.lex.scales.get(m.group("s1") or "", 1.0)
                elif n_raw[0].isdigit():
                    first *= scale
                else:
                    first *= _trailing_scale(n_raw) if _trailing_scale(m.group("n1")) == 1.0 else 1.0
                if first <= amount:
                    low_amount = first
                    core_start = m.start("cur") if m.group("cur") else m.start("n1")
            if low_amount is None:
                core_start = m.start("n")
        q = self.ix.qualify(core_start, m.end())
        if low_amount is not None:
            return _Found(
                core_start if not q.before_kind else q.start,
                q.end,
                core_start,
                m.end(),
                low_amount,
                round(amount, 6),
                "range",
                q.qualifier,
            )
        low, high = _bounds(round(amount, 6), q.kind)
        return _Found(
            q.start, q.end, core_start, m.end(), low, high, q.kind, q.qualifier, after_kind=q.after_kind
        )

    def _merge_bound_pairs(self, found: list[_Found]) -> list[_Found]:
        """1万元以上10万元以下: a lower bound right before an upper bound is one range."""
        out: list[_Found] = []
        for f in found:
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.kind == "min"
                and prev.after_kind == "min"
                and f.kind == "max"
                and self.norm[prev.end : f.start].strip(" \t\u3000") in ("", "、", "至", "到")
                and prev.form == f.form
            ):
                out[-1] = _Found(
                    prev.start,
                    f.end,
                    prev.core_start,
                    f.core_end,
                    prev.low,
                    f.high,
                    "range",
                    f"{prev.qualifier}{f.qualifier}",
                    prev.form,
                )
                continue
            out.append(f)
        return out

    # -- ratios --------------------------------------------------------------------------------
    def ratio_candidates(self) -> list[_Found]:
        lex, norm, ratios = self.lex, self.norm, self.lex.section("ratios")
        found: list[_Found] = []

        def add(start, end, value, form, low=None, raw=""):
            if is_approximate(raw):
                return  # 百分之二三十: no single value
            if value is None or self.in_trap(start, end) or self._ordinal_before(start):
                return
            if any(f.core_start < end and start < f.core_end for f in found):
                return
            q = self.ix.qualify(start, end)
            if low is not None and low <= value:
                found.append(
                    _Found(
                        start if not q.before_kind else q.start,
                        q.end,
                        start,
                        end,
                        low,
                        value,
                        "range",
                        q.qualifier,
                        form,
                    )
                )
                return
            lo, hi = _bounds(value, q.kind)
            found.append(_Found(q.start, q.end, start, end, lo, hi, q.kind, q.qualifier, form, q.after_kind))

        for m in anchored(lex.percent, lex.anchors["percent"], norm, back=40):
            value = number_value(m.group("n"))
            start = m.start()
            sign = 1.0
            before = norm[start - 1] if start else ""
            if before == "负" or (
                before and before in "-－" and (start < 2 or not norm[start - 2].isdigit())
            ):
                sign, start = -1.0, start - 1
            low = None
            if m.group("n1"):
                low = number_value(m.group("n1"))
                low = None if low is None else low / 100
                if low is None or value is None or low > value / 100:
                    start, low = m.start("n"), None
            add(start, m.end(), None if value is None else sign * value / 100, "percent", low)
        for m in anchored(lex.per_fraction, lex.anchors["per_fraction"], norm, back=40):
            den, num = number_value(m.group("den")), number_value(m.group("n"))
            if not den or num is None:
                continue
            if m.group("k"):
                num *= 1000
            add(m.start(), m.end(), num / den, "percent" if den == 100 else "fraction", raw=m.group("n"))
        for m in anchored(lex.percentage_points, lex.anchors["percentage_points"], norm, back=40):
            num = number_value(m.group("n"))
            if num is not None and m.group("k"):
                num *= 1000
            add(m.start(), m.end(), None if num is None else num / 100, "percent", raw=m.group("n"))
        for m in anchored(lex.colon_ratio, lex.anchors["colon_ratio"], norm, back=40):
            if self._clock(m):
                continue
            a, b = float(m.group("a")), float(m.group("b"))
            if b:
                add(m.start(), m.end(), a / b, "ratio")
        for m in anchored(lex.tenths, lex.anchors["tenths"], norm, back=40):
            if not norm[m.end() : m.end() + 2].startswith(
                tuple(ratios["tenths_followers"])
            ) and m.end() < len(norm):
                continue
            num = 0.5 if m.group("n") == "半" else number_value(m.group("n"))
            if num is None:
                continue
            add(m.start(), m.end(), (num + (0.5 if m.group("half") else 0)) / 10, "tenths")
        for m in anchored(lex.discount, lex.anchors["discount"], norm, back=40):
            if norm[m.end() : m.end() + 1] in ratios["discount_trap_followers"] and m.end() < len(norm):
                continue
            raw = m.group("n")
            if raw in ("对", "對"):
                if m.start() == 0 or norm[m.start() - 1] != "打":
                    continue
                num = 5.0
            else:
                num = 5.0 if raw == "半" else number_value(raw)
            if num is None or num == 10:
                continue  # 十折 is no discount at all
            add(m.start(), m.end(), num / 10 if num < 10 else num / 100, "tenths")
        for m in anchored(lex.multiple, lex.anchors["multiple"], norm, back=40):
            if norm[m.end() : m.end() + 1] in ratios["multiple_trap_followers"]:
                continue
            add(m.start(), m.end(), number_value(m.group("n")), "multiple")
        found.sort(key=lambda f: f.start)
        return self._merge_bound_pairs(found)

    def _clock(self, m: re.Match) -> bool:
        """17:00, 9:30 and (星期四)17:00点前 are times, not ratios; 1:10的比例 is a ratio."""
        ratios = self.lex.section("ratios")
        a, b = m.group("a"), m.group("b")
        after = self.norm[m.end() : m.end() + 4].lstrip(" \t\u3000")
        if after.startswith(tuple(ratios["ratio_followers"])):
            return False
        if len(b) == 2 and "." not in a + b and int(a) <= 24 and int(b) <= 59:
            return True
        if after[:1] and after[:1] in ratios["clock_followers"]:
            return True
        before = self.norm[max(0, m.start() - 1) : m.start()]
        return bool(before) and before in ratios["clock_preceders"]


# ---------------------------------------------------------------------------- roles and details
class _Context:
    """Decides role, instrument, one-off, period and recipient for the candidates of one text."""

    def __init__(self, extractor: _Extractor):
        self.x = extractor
        self.ix = extractor.ix
        self.lex = extractor.lex
        self.norm = extractor.norm
        roles = self.lex.section("roles")
        self.penalty_verbs = tuple(roles["penalty_verbs_before"])
        periods = self.lex.section("periods")
        self.period_window = int(periods["window"])
        self.one_off_word = periods["one_off"]

    def _threshold_before(self, f: _Found, part_start: int) -> bool:
        if not self.lex.threshold_cue.search(self.norm, part_start, f.start):
            return False
        return not self.lex.ratio_subsidy_cue.search(self.norm, part_start, f.start)

    def _attributive(self, f: _Found) -> bool:
        """500万元以上的企业 / 3亿元以上制造业企业 / 超过1亿元/年的企业: an amount that qualifies a noun."""
        if self.lex.attributive_tail.match(self.norm, f.end):
            return True
        if f.after_kind is None:
            return False
        rest = self.norm[f.end : f.end + 4]
        if not rest or rest[0] in "，,；;。！？!?\n、)）":
            return False
        if rest.startswith("的"):
            rest = rest[1:]
        return not self.lex.instrument.match(rest) and not rest.startswith(("给予", "奖励"))

    def _condition(self, f: _Found, part_start: int, part_end: int) -> bool:
        """首次突破5亿元的，奖励100万元: an amount in a "…的，" condition before the grant is a threshold."""
        part = self.norm[part_start:part_end].rstrip(" \t\u3000")
        if not part.endswith("的") or part_end >= len(self.norm) or self.norm[part_end] not in "，,":
            return False
        return not self.lex.ratio_subsidy_cue.search(self.norm, part_start, f.start)

    def in_goal(self, f: _Found) -> bool:
        """A value a goal statement aims at (same test as targets.py: first sentence, or after a goal verb)."""
        scope = self.ix.target_scope(f.start)
        if scope is None or f.start < scope.body_start or self.ix.reports_past(f.start):
            return False
        part_start, part_end = self.ix.part(f.start)
        if self.lex.ratio_subsidy_cue.search(self.norm, part_start, part_end):
            return False
        if not self.ix.followed_by_boundary(f.end):
            return False
        if f.start < scope.first_sentence_end:
            return True
        return bool(
            self.lex.goal_verb.search(self.norm, max(part_start, f.start - 6), f.start)
            or self.lex.goal_opener.match(self.norm, part_start)
        )

    def money_role(self, f: _Found) -> str:
        s_start, s_end = self.ix.sentence(f.start)
        part_start, part_end = self.ix.part(f.start)
        before = self.norm[part_start : f.start].rstrip(" \t\u3000")
        # 处一万元以上十万元以下的罚款 / 并处…罚款: the fine itself
        if before.endswith(self.penalty_verbs) or self.lex.penalty_cue.search(self.norm, f.end, part_end):
            return "penalty"
        if self.in_goal(f):
            return "target"
        if (
            self._threshold_before(f, part_start)
            or self._attributive(f)
            or self._condition(f, part_start, part_end)
        ):
            return "threshold"
        if self.lex.penalty_cue.search(self.norm, s_start, s_end):
            return "penalty"
        if self.lex.subsidy_cue.search(self.norm, s_start, s_end):
            return "subsidy"
        return "other"

    def ratio_role(self, f: _Found) -> str:
        part_start, part_end = self.ix.part(f.start)
        if self.in_goal(f):
            return "target"
        if self.lex.ratio_subsidy_cue.search(self.norm, part_start, part_end):
            return "subsidy_rate"
        if (self._threshold_before(f, part_start) and f.kind in ("min", "max")) or self._attributive(f):
            return "threshold"
        return "other"

    def instrument(self, f: _Found) -> tuple[str | None, int]:
        s_start, s_end = self.ix.sentence(f.start)
        text = self.ix.text  # words as written (獎勵 stays 獎勵)
        after = self.lex.instrument.search(self.norm, f.end, s_end)
        if after:
            return text[after.start() : after.end()], after.end()
        last = last_match(self.lex.instrument, self.norm, s_start, f.start)
        return (text[last.start() : last.end()], f.end) if last else (None, f.end)

    def period(self, f: _Found) -> str | None:
        part_start, _ = self.ix.part(f.start)
        last = last_match(self.lex.period, self.norm, max(part_start, f.start - self.period_window), f.start)
        return self.ix.text[last.start() : last.end()] if last else None

    def one_off(self, f: _Found, previous_end: int, instrument_end: int) -> bool:
        s_start, _ = self.ix.sentence(f.start)
        window_start = max(s_start, previous_end)
        return self.norm.find(self.one_off_word, window_start, max(instrument_end, f.end)) >= 0


class _Recipients:
    """Who gets an amount: see the module docstring for the convention."""

    def __init__(self, ctx: _Context):
        self.ctx = ctx
        self.ix = ctx.ix
        self.lex = ctx.lex
        self.norm = ctx.norm
        rec = self.lex.section("recipients")
        self.grant_verbs = tuple(rec["grant_verbs"])

    def _clean(self, phrase: str) -> str | None:
        """The recipient in a 对 phrase: the head after the last 的 of the part that has one, else the first part."""
        parts = [p.strip(" \t\u3000、") for p in re.split(r"[，,]", phrase)]
        parts = [p for p in parts if p]
        if not parts:
            return None
        headed = [p.rsplit("的", 1)[1] for p in parts if "的" in p and len(p.rsplit("的", 1)[1]) >= 2]
        if headed:
            phrase = headed[-1]
        else:
            phrase = parts[0]
            if phrase.endswith("的"):
                phrase = phrase[:-1]
        lead = self.lex.recipient_strip.match(phrase)
        if lead:
            phrase = phrase[lead.end() :]
        phrase = phrase.strip(" \t\u3000，,、")
        return phrase or None

    def lead_phrase(self, sentence_start: int, pos: int) -> tuple[str | None, int]:
        """The 对 phrase before pos: (recipient phrase as written, position after it)."""
        last = last_match(self.ix.recipient_lead, self.norm, sentence_start, pos)
        if last is None:
            return None, pos
        start = last.end()
        lead = self.lex.recipient_strip.match(self.norm, start, pos)
        search_from = max(lead.end() if lead else start, start + 1)
        end_match = self.lex.recipient_end.search(self.norm, search_from, pos)
        # up to 给予/分别/按…; without one, up to the end of the comma part
        end = end_match.start() if end_match else min(pos, self.ix.part(start)[1])
        return self.norm[start:end], end

    def after_grant(self, sentence_start: int, f: _Found) -> str | None:
        """给予企业不超过100万元 -> 企业."""
        text = self.norm[sentence_start : f.start]
        idx = max(text.rfind(v) for v in self.grant_verbs)
        if idx < 0:
            return None
        verb = next(v for v in self.grant_verbs if text.startswith(v, idx))
        between = text[idx + len(verb) :]
        between = between.replace(self.ctx.one_off_word, "")
        between = self.lex.period.sub("", between)
        between = self.lex.instrument.sub("", between).strip(
            " \t\u3000"
        )  # 给予奖励100万元: no recipient named
        if not between or between in self.ix.pronouns or re.search(r"[\d，,、；;：:%]", between):
            return None
        if len(between) > 16:
            return None
        return between

    def assign(self, sentence_found: list[tuple[_Found, dict]]) -> None:
        """Fill row['recipient'] for the subsidy (who receives) and penalty (who pays) amounts of one sentence."""
        if not sentence_found:
            return
        from parsers.segmenter import words

        s_start = self.ix.sentence(sentence_found[0][0].start)[0]
        done: set[int] = set()
        for k, (f, row) in enumerate(sentence_found):
            if k in done or row["role"] not in ("subsidy", "penalty"):
                continue
            if row["role"] == "penalty":
                # 对单位处一千元以上五千元以下罚款: who pays, named in the same comma part
                phrase, _ = self.lead_phrase(self.ix.part(f.start)[0], f.start)
                row["recipient"] = self._clean(phrase) if phrase else None
                continue
            given = self.after_grant(s_start, f)
            if given:
                row["recipient"] = given
                continue
            phrase, phrase_end = self.lead_phrase(s_start, f.start)
            between = self.norm[phrase_end : f.start] if phrase else ""
            if phrase and "分别" in between:
                # 分别 enumeration: the amounts of this part joined by 、 map onto the phrase's items
                group = [k]
                j = k + 1
                while j < len(sentence_found):
                    g = sentence_found[j][0]
                    prev = sentence_found[group[-1]][0]
                    if self.norm[prev.end : g.start].strip(" \t\u3000") in ("、", "和", "及", "，"):
                        group.append(j)
                        j += 1
                    else:
                        break
                items = self._split_items(self._clean(phrase) or phrase, words)
                if len(items) == len(group):
                    for item, j in zip(items, group, strict=True):
                        sentence_found[j][1]["recipient"] = item
                        done.add(j)
                    continue
            base = self._clean(phrase) if phrase else None
            level = self.lex.level_word.search(self.norm, max(s_start, f.start - 8), f.start)
            if level and base:
                for lw in self.lex.level_words:
                    if base.startswith(lw):
                        base = base[len(lw) :]
                        break
                row["recipient"] = level.group(0) + base
            else:
                row["recipient"] = base
        # the rules read the normalized text (萬 -> 万); the table shows the recipient as written
        s_end = sentence_found[-1][0].end
        for _, row in sentence_found:
            if row["recipient"]:
                row["recipient"] = self._as_written(row["recipient"], s_start, s_end)

    def _as_written(self, value: str, lo: int, hi: int) -> str:
        """value (a piece of the normalized sentence, or two pieces joined) in the original characters."""
        if self.ix.text is self.norm:
            return value
        for cut in range(len(value) + 1):
            head, tail = value[:cut], value[cut:]
            i = self.norm.rfind(head, lo, hi) if head else lo
            j = self.norm.rfind(tail, lo, hi) if tail else lo
            if i >= 0 and j >= 0:
                return self.ix.text[i : i + len(head)] + self.ix.text[j : j + len(tail)]
        return value

    @staticmethod
    def _split_items(phrase: str, words) -> list[str]:
        items = [p for p in re.split(r"[、]|和|及", phrase) if p]
        if len(items) < 2:
            return items
        # 国家级、省级、市级企业技术中心: single-word grades share the last item's head noun
        last_words = words(items[-1])
        if all(len(words(it)) == 1 for it in items[:-1]) and len(last_words) > 1:
            head = items[-1][len(last_words[0]) :]
            return [it + head for it in items[:-1]] + [items[-1]]
        return items


# ---------------------------------------------------------------------------- entry point
def extract_amounts(
    text: str, clauses: list[Node], index: TextIndex | None = None
) -> tuple[list[Money], list[Ratio]]:
    """Every money and ratio mention of ``text``, each on the clause node that holds it.

    ``clauses`` are the leaf sentence nodes in document order (any segmentation works: context
    comes from the text itself). Offsets index ``text``; ``surface == text[char_start:char_end]``.
    ``index`` is the text's TextIndex when the caller already built it (it is shared with targets).
    """
    ix = index or TextIndex(text)
    x = _Extractor(ix)
    ctx = _Context(x)
    locate = ClauseLocator(clauses)

    money_found = x.money_candidates()
    ratio_found = x.ratio_candidates()

    money_rows: list[tuple[_Found, dict]] = []
    previous_end, previous_sentence = 0, -1
    for f in money_found:
        role = ctx.money_role(f)
        instrument, instrument_end = ctx.instrument(f) if role in ("subsidy", "penalty") else (None, f.end)
        s_start = ix.sentence(f.start)[0]
        if s_start != previous_sentence:
            previous_end, previous_sentence = s_start, s_start
        row = {
            "role": role,
            "instrument": instrument,
            "one_off": role == "subsidy" and ctx.one_off(f, previous_end, instrument_end),
            "period": ctx.period(f) if role in ("subsidy", "penalty") else None,
            "recipient": None,
        }
        previous_end = f.end
        money_rows.append((f, row))

    recipients = _Recipients(ctx)
    by_sentence: dict[int, list[tuple[_Found, dict]]] = {}
    for f, row in money_rows:
        by_sentence.setdefault(ix.sentence(f.start)[0], []).append((f, row))
    for group in by_sentence.values():
        recipients.assign(group)

    money: list[Money] = []
    counters: dict[str, int] = {}
    for f, row in money_rows:
        node = locate.find(f.start)
        if node is None:
            continue
        counters[node.node_id] = counters.get(node.node_id, 0) + 1
        money.append(
            Money(
                mention_id=f"{node.node_id}__money_{counters[node.node_id]}",
                node_id=node.node_id,
                surface=text[f.start : f.end],
                char_start=f.start,
                char_end=f.end,
                low=f.low,
                high=f.high,
                kind=f.kind,
                qualifier=f.qualifier,
                **row,
            )
        )

    ratios: list[Ratio] = []
    counters = {}
    for f in ratio_found:
        node = locate.find(f.start)
        if node is None:
            continue
        counters[node.node_id] = counters.get(node.node_id, 0) + 1
        value = f.low if f.low is not None else f.high
        ratios.append(
            Ratio(
                mention_id=f"{node.node_id}__ratio_{counters[node.node_id]}",
                node_id=node.node_id,
                surface=text[f.start : f.end],
                char_start=f.start,
                char_end=f.end,
                value=None if value is None else round(value, 10),
                high=round(f.high, 10) if f.kind == "range" and f.high is not None else None,
                kind=f.kind,
                form=f.form,
                role=ctx.ratio_role(f),
                qualifier=f.qualifier,
            )
        )
    return money, ratios
