"""Money and ratio mentions of a text, each on the clause node that holds it.

The work is split by concern:

* parsers/candidates.py — numerals as matched, money candidates (regular expressions around a
  cheap anchor: 元, ￥, 人民币 …);
* parsers/ratios.py     — ratio candidates in every written form (20%, 五分之一, 1/3, 5个百分点, 1:1,
  三成, 1.5倍);
* parsers/bounds.py     — the grammar of bounds (modality/negation × comparator × position),
  ranges, and bounds shared across an enumeration;
* parsers/roles.py      — role (subsidy, basis, threshold, penalty, target …), instrument,
  one-off and period from the clause;
* parsers/recipients.py — who receives a subsidy or pays a fine.

Conventions beyond the gold's are in parsers/data/lexicon.toml and in each module's docstring.
Every value is finite or None, every range has low <= high, and the time is linear in the
length of the text (bench/bench_extraction_scaling.py).
"""

from __future__ import annotations

from dataclasses import replace

from parsers.bounds import Found
from parsers.candidates import Candidates, number_value
from parsers.context import TextIndex
from parsers.glosses import glosses, without_glosses
from parsers.goal_tables import index_table_rows
from parsers.model import Money, Node, Ratio
from parsers.patterns import LINE_SPACES
from parsers.ratios import RatioCandidates
from parsers.reached_conditions import reached_share
from parsers.recipients import Recipients
from parsers.roles import Roles
from parsers.size_classes import size_class
from parsers.spans import ClauseLocator

__all__ = ["extract_amounts", "number_value"]


def extract_amounts(
    text: str, clauses: list[Node], index: TextIndex | None = None
) -> tuple[list[Money], list[Ratio]]:
    """Every money and ratio mention of ``text``, each on the clause node that holds it.

    ``clauses`` are the leaf sentence nodes in document order (any segmentation works: context
    comes from the text itself). Offsets index ``text``; ``surface == text[char_start:char_end]``.
    ``index`` is the text's TextIndex when the caller already built it (it is shared with targets).
    A text with pinyin glosses inside its words (萬(wàn)億元) is read without them (parsers.glosses).
    """
    found = glosses(text, index)
    if found is not None:
        free = without_glosses(clauses, index, found)
        money, ratios = _extract_amounts(free.text, free.clauses, free.index)
        return [free.restore(m, text) for m in money], [free.restore(r, text) for r in ratios]
    return _extract_amounts(text, clauses, index)


def _extract_amounts(
    text: str, clauses: list[Node], index: TextIndex | None = None
) -> tuple[list[Money], list[Ratio]]:
    ix = index or TextIndex(text)
    candidates = Candidates(ix)
    money_found = candidates.money()
    ratio_found = RatioCandidates(candidates).all()
    if not money_found and not ratio_found:
        return [], []  # no candidate (most short pages): no roles, recipients or clause lookup to build
    goal_rows, _ = index_table_rows(ix)
    roles = Roles(ix, ratio_found, [row.value for row in goal_rows])  # a goal table's target cells hold goals
    locate = ClauseLocator(clauses)

    money_rows: list[tuple[Found, dict]] = []
    by_sentence: dict[int, list[tuple[Found, dict]]] = {}
    previous_end, previous_sentence = 0, -1
    found_roles = _listed_conditions(ix.norm, money_found, [roles.money_role(f) for f in money_found])
    for i, f in enumerate(money_found):
        role = found_roles[i]
        if (
            role == "threshold"
            and f.kind == "exact"
            and f.low is not None
            and (f.reached or size_class(ix.lex, ix, f))
        ):
            # 年销售额首次达到4亿元、8亿元的: in an eligibility condition 达到 X names the least that qualifies;
            # 三个1500亿元产业: a size class names the least of its things (parsers/size_classes.py)
            f = money_found[i] = replace(f, kind="min", high=None)
        sentence = ix.sentence(f.start)
        paid = role in ("subsidy", "penalty")
        instrument, instrument_end = roles.instrument(f, sentence) if paid else (None, f.end)
        if sentence[0] != previous_sentence:
            previous_end, previous_sentence = sentence[0], sentence[0]
        row = {
            "role": role,
            "instrument": instrument,
            "one_off": role == "subsidy" and roles.one_off(f, sentence, previous_end, instrument_end),
            "period": roles.period(f) if paid else None,
            "recipient": None,
        }
        previous_end = f.end
        money_rows.append((f, row))
        by_sentence.setdefault(sentence[0], []).append((f, row))

    recipients = Recipients(roles)
    for group in by_sentence.values():
        recipients.assign(group)

    money: list[Money] = []
    counters: dict[str, int] = {}
    for f, row in money_rows:
        node = locate.holding(f.start, f.end)
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
        node = locate.holding(f.start, f.end)
        if node is None:
            continue
        counters[node.node_id] = counters.get(node.node_id, 0) + 1
        role = roles.ratio_role(f)
        if role == "threshold" and reached_share(ix.lex, ix.norm, f, ix.sentence(f.start)):
            # 增速达到15%的企业, 研发投入达到销售收入3%的企业 (not 达到73%左右): the least share that qualifies, as for money
            f = replace(f, kind="min", high=None)
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
                role=role,
                qualifier=f.qualifier,
            )
        )
    return money, ratios


_LIST_SEPARATORS = frozenset("、和及与" + LINE_SPACES)


def _listed_conditions(norm: str, found: list[Found], roles: list[str]) -> list[str]:
    """年交易额达到1亿元、3亿元、6亿元的平台: the 的 that makes the last member a condition makes every member the reach
    verb opened the list with one (bound_lists marks them ``reached``); the members before it are no payouts."""
    for i in range(len(found) - 1, 0, -1):
        if roles[i] != "threshold" or not found[i].reached:
            continue
        j = i
        while (
            j > 0
            and found[j - 1].reached
            and found[j - 1].end <= found[j].start
            and set(norm[found[j - 1].end : found[j].start]) <= _LIST_SEPARATORS
        ):
            roles[j - 1] = "threshold"
            j -= 1
    return roles
