"""Who receives a subsidy, and who pays a fine.

* the noun phrase after 给予 (给予企业100万元) when there is one; otherwise the phrase after the last
  对 of the sentence before the amount, up to 给予/分别/按/经/一次性 or the comma, reduced to its
  head after the last 的 (对首次认定的国家级…中心 -> 国家级…中心);
* in a 分别 enumeration the phrase is split at 、 (和, 及) and the items map one to one onto the
  amounts; a shared head noun is distributed (国家级、省级、市级企业技术中心 -> 国家级企业技术中心, …);
* a grade word right before an amount (按照国家级50万元，省级20万元) prefixes the base recipient;
* a penalty's recipient is who pays, named by a 对 phrase in the same comma part (对单位处…罚款 -> 单位).

A recipient is kept as spans of the text, so the table shows it as written (獎勵, not 奖励; no
soft line break inside), and each phrase is cleaned once per sentence: a 分别 sentence of
thousands of items costs time linear in its length.
"""

from __future__ import annotations

import re

from parsers.bounds import SPACES, Found
from parsers.payers import phrase_class, subject_class
from parsers.roles import Roles

Spans = list[tuple[int, int]]
_MAX_AFTER_GRANT = 48  # characters between 给予 and its amount that may still name a recipient
_MAX_RECIPIENT = 80  # a longer phrase is a run-on clause, not a name (and copying it per amount is quadratic)
_NOT_A_RECIPIENT = re.compile(r"[\d，,、；;：:%]")
_RESPECTIVELY = re.compile("分别")


class Recipients:
    def __init__(self, roles: Roles):
        self.roles = roles
        self.ix = roles.ix
        self.lex = roles.lex
        self.norm = roles.norm
        self._phrase_end: dict[int, re.Match | None] = {}
        self._cleaned: dict[tuple[int, int], tuple[int, int] | None] = {}
        self._items: dict[tuple[int, int], list[Spans]] = {}

    # -- spans ---------------------------------------------------------------------------------
    def _strip(self, start: int, end: int, chars: str) -> tuple[int, int]:
        while start < end and self.norm[start] in chars:
            start += 1
        while end > start and self.norm[end - 1] in chars:
            end -= 1
        return start, end

    def text_of(self, spans: Spans) -> str:
        return "".join(self.ix.written(s, e) for s, e in spans)

    def _clean(self, start: int, end: int) -> tuple[int, int] | None:
        """The recipient in a 对 phrase: the head after the last 的 of the part that has one, else the first part."""
        key = (start, end)
        if key not in self._cleaned:
            self._cleaned[key] = self._clean_once(start, end)
        return self._cleaned[key]

    def _clean_once(self, start: int, end: int) -> tuple[int, int] | None:
        norm = self.norm
        parts, at = [], start
        for m in re.finditer("[，,]", norm[start:end]):
            parts.append((at, start + m.start()))
            at = start + m.end()
        parts.append((at, end))
        parts = [p for p in (self._strip(s, e, SPACES + "、") for s, e in parts) if p[0] < p[1]]
        if not parts:
            return None
        headed = []
        for s, e in parts:
            k = norm.rfind("的", s, e)
            if k >= 0 and e - (k + 1) >= 2:
                headed.append((k + 1, e))
        if headed:
            s, e = headed[-1]
        else:
            s, e = parts[0]
            if norm[e - 1] == "的":
                e -= 1
        lead = self.lex.recipient_strip.match(norm, s, e)
        if lead:
            s = lead.end()
        s, e = self._strip(s, e, SPACES + "，,、")
        return (s, e) if s < e and e - s <= _MAX_RECIPIENT else None

    # -- phrases -------------------------------------------------------------------------------
    def lead_phrase(
        self, sentence: tuple[int, int], span_start: int, pos: int
    ) -> tuple[tuple[int, int] | None, int]:
        """The 对 phrase in [span_start, pos) of the sentence: (its span, position after it)."""
        last = self.ix.hits(self.ix.recipient_lead, sentence).last(span_start, pos)
        if last is None:
            return None, pos
        start = last.end()
        if start not in self._phrase_end:
            lead = self.lex.recipient_strip.match(self.norm, start, sentence[1])
            search_from = max(lead.end() if lead else start, start + 1)
            self._phrase_end[start] = self.lex.recipient_end.search(self.norm, search_from, sentence[1])
        end_match = self._phrase_end[start]
        # up to 给予/分别/按…; without one, up to the end of the comma part
        if end_match is not None and end_match.end() <= pos:
            end = end_match.start()
        else:
            end = min(pos, self.ix.part(start)[1])
        return (start, end), end

    def after_grant(self, sentence: tuple[int, int], f: Found) -> Spans | None:
        """给予企业不超过100万元 -> 企业."""
        grant = self.ix.hits(self.lex.grant_verb, sentence).last(sentence[0], f.start)
        if grant is None or f.start - grant.end() > _MAX_AFTER_GRANT:
            return None
        start, end = grant.end(), f.start
        # 一次性, period words and instrument words name no recipient (给予奖励100万元)
        removed = sorted(
            (m.start(), m.end())
            for pattern in (self.lex.one_off, self.lex.period, self.lex.instrument)
            for m in pattern.finditer(self.norm, start, end)
        )
        spans, at = [], start
        for s, e in removed:
            if s >= at:
                spans.append((at, s))
                at = e
        spans.append((at, end))
        spans = [(s, e) for s, e in spans if s < e]
        if spans:
            spans[0] = self._strip(*spans[0], SPACES)
            spans[-1] = self._strip(*spans[-1], SPACES)
            spans = [(s, e) for s, e in spans if s < e]
        between = "".join(self.norm[s:e] for s, e in spans)
        if (
            not between
            or between in self.ix.pronouns
            or _NOT_A_RECIPIENT.search(between)
            or len(between) > 16
        ):
            return None
        return spans

    # -- one sentence ----------------------------------------------------------------------------
    def assign(self, sentence_found: list[tuple[Found, dict]]) -> None:
        """Fill row['recipient'] for the subsidy (who receives) and penalty (who pays) amounts of one sentence."""
        if not sentence_found:
            return
        from parsers.segmenter import words

        sentence = self.ix.sentence(sentence_found[0][0].start)
        s_start = sentence[0]
        chosen: dict[int, Spans] = {}
        done: set[int] = set()
        group_end = self._group_ends(sentence_found)
        payers: dict[int, str] = {}  # a fine's payer by its class (parsers/payers.py)
        fine_end = s_start  # where the fine before ends: a subject named before it is that fine's
        respectively = self.ix.hits(_RESPECTIVELY, sentence)
        k = 0
        while k < len(sentence_found):
            f, row = sentence_found[k]
            if k in done or row["role"] not in ("subsidy", "penalty"):
                k += 1
                continue
            if row["role"] == "penalty":
                # 对单位处两千元以上八千元以下罚款: who pays, named in the same comma part; its class when it names one
                phrase, _ = self.lead_phrase(sentence, self.ix.part(f.start)[0], f.start)
                cleaned = self._clean(*phrase) if phrase else None
                payer = (
                    phrase_class(self.lex, self.norm[cleaned[0] : cleaned[1]])
                    if cleaned
                    else subject_class(self.lex, self.norm, max(s_start, fine_end), f.start)
                )
                if payer:
                    payers[k] = payer
                elif cleaned:
                    chosen[k] = [cleaned]
                fine_end = f.end
                k += 1
                continue
            given = self.after_grant(sentence, f)
            if given:
                chosen[k] = given
                k += 1
                continue
            phrase, phrase_end = self.lead_phrase(sentence, s_start, f.start)
            if phrase and respectively.any(phrase_end, f.start):
                # 分别 enumeration: the amounts of this part joined by 、 map onto the phrase's items
                group = range(k, group_end[k] + 1)
                cleaned = self._clean(*phrase) or phrase
                if cleaned not in self._items:
                    self._items[cleaned] = self._split_items(cleaned, words)
                items = self._items[cleaned]
                if len(items) == len(group):
                    for item, j in zip(items, group, strict=True):
                        chosen[j] = item
                        done.add(j)
                    k += 1
                    continue
            base = self._clean(*phrase) if phrase else None
            level = self.lex.level_word.search(self.norm, max(s_start, f.start - 8), f.start)
            if level and base:
                for lw in self.lex.level_words:
                    if self.norm.startswith(lw, base[0], base[1]):
                        base = (base[0] + len(lw), base[1])
                        break
                chosen[k] = [(level.start(), level.end()), base]
            elif base:
                chosen[k] = [base]
            k += 1
        for j, spans in chosen.items():
            sentence_found[j][1]["recipient"] = self.text_of(spans) or None
        for j, payer in payers.items():
            sentence_found[j][1]["recipient"] = payer

    def _group_ends(self, sentence_found: list[tuple[Found, dict]]) -> list[int]:
        """For each amount, the last amount of the enumeration it opens (joined by 、/和/及/，)."""
        ends = list(range(len(sentence_found)))
        for j in range(len(sentence_found) - 2, -1, -1):
            here, after = sentence_found[j][0], sentence_found[j + 1][0]
            if self.norm[here.end : after.start].strip(SPACES) in ("、", "和", "及", "，"):
                ends[j] = ends[j + 1]
        return ends

    def _split_items(self, phrase: tuple[int, int], words) -> list[Spans]:
        start, end = phrase
        items, at = [], start
        for m in re.finditer("[、]|和|及", self.norm[start:end]):
            items.append((at, start + m.start()))
            at = start + m.end()
        items.append((at, end))
        items = [(s, e) for s, e in items if s < e]
        if len(items) < 2:
            return [[it] for it in items]
        # 国家级、省级、市级企业技术中心: single-word grades share the last item's head noun
        last_s, last_e = items[-1]
        last_words = words(self.norm[last_s:last_e])
        if len(last_words) > 1 and all(len(words(self.norm[s:e])) == 1 for s, e in items[:-1]):
            head = (last_s + len(last_words[0]), last_e)
            return [[it, head] for it in items[:-1]] + [[items[-1]]]
        return [[it] for it in items]
