"""The spaCy pipeline: blank Chinese with the jieba segmenter, plus the policy extraction components.

Three components are registered as spaCy factories when this module is imported:

    policy_money    Doc._.money   (list[Money])   doc.spans["money"]   labels: the money role
    policy_ratios   Doc._.ratios  (list[Ratio])   doc.spans["ratios"]  labels: the ratio role
    policy_targets  Doc._.targets (list[Target])  doc.spans["targets"] label: "target"

Each span also carries its record as ``span._.policy``. They work in any Chinese pipeline::

    import spacy, parsers.nlp
    nlp = spacy.blank("zh")
    nlp.add_pipe("policy_money")
    doc = nlp("对新认定的企业给予50万元奖励。")
    doc._.money[0].low   # 500000.0

The components read the raw ``doc.text`` (the same rules as parsers.amounts / parsers.targets);
they need no tokens, so they cost the same whatever the segmenter. Sentences (split at 。；！？ and
line ends) stand in for the structure parser's clause nodes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from parsers.amounts import extract_amounts
from parsers.context import TextIndex
from parsers.model import Node
from parsers.segmenter import configure_jieba
from parsers.targets import extract_targets

SENTENCE_ENDS = "。；;！？!?"


def sentence_clauses(text: str, ends: str = SENTENCE_ENDS) -> list[Node]:
    """Clause nodes for a plain text, cut after each of ``ends`` and at line ends:
    ``sentence_1`` … (offsets into ``text``)."""
    clauses, start = [], 0
    for m in re.finditer(f"[{re.escape(ends)}\n]", text):
        if m.end() > start:
            clauses.append(_clause(text, start, m.end(), len(clauses) + 1))
        start = m.end()
    if start < len(text):
        clauses.append(_clause(text, start, len(text), len(clauses) + 1))
    return clauses


def _clause(text: str, start: int, end: int, k: int) -> Node:
    return Node(
        node_id=f"sentence_{k}",
        parent_id=None,
        kind="clause",
        text=text[start:end],
        char_start=start,
        char_end=end,
        seq=k,
    )


def _register_extensions() -> None:
    for name in ("money", "ratios", "targets"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Span.has_extension("policy"):
        Span.set_extension("policy", default=None)


def _set_spans(doc: Doc, key: str, records, label_of) -> None:
    spans = []
    for record in records:
        span = doc.char_span(
            record.char_start, record.char_end, label=label_of(record), alignment_mode="expand"
        )
        if span is None:
            continue
        span._.policy = record
        spans.append(span)
    doc.spans[key] = spans


class PolicyComponent:
    """Runs one extractor over ``doc.text`` and hangs its records on the Doc and as spans.

    ``policy_money`` and ``policy_ratios`` share one pass of ``extract_amounts``: the first of
    them to run keeps its result in ``doc.user_data`` for the other.
    """

    def __init__(self, *, attr: str, spans_key: str):
        _register_extensions()
        self.attr = attr
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        records = _extractions(doc, self.attr)
        setattr(doc._, self.attr, records)
        _set_spans(doc, self.spans_key, records, _LABELS[self.attr])
        return doc


_LABELS = {"money": lambda m: m.role, "ratios": lambda r: r.role, "targets": lambda t: "target"}
_USER_DATA_KEY = "zhengce.extractions"


def _extractions(doc: Doc, attr: str) -> list:
    found = doc.user_data.setdefault(_USER_DATA_KEY, {})
    if attr not in found:
        if "index" not in found:  # text index and clauses, shared by the pipes that run on this Doc
            found["index"], found["clauses"] = TextIndex(doc.text), sentence_clauses(doc.text)
        if attr == "targets":
            found["targets"] = extract_targets(doc.text, found["clauses"], found["index"])
        else:
            found["money"], found["ratios"] = extract_amounts(doc.text, found["clauses"], found["index"])
    return found[attr]


@Language.factory("policy_money", default_config={"spans_key": "money"}, assigns=["doc._.money", "doc.spans"])
def make_policy_money(nlp: Language, name: str, spans_key: str) -> PolicyComponent:
    """Yuan amounts with kind, role, instrument, recipient, one-off and period."""
    return PolicyComponent(attr="money", spans_key=spans_key)


@Language.factory(
    "policy_ratios", default_config={"spans_key": "ratios"}, assigns=["doc._.ratios", "doc.spans"]
)
def make_policy_ratios(nlp: Language, name: str, spans_key: str) -> PolicyComponent:
    """Percentages, fractions, 成, 倍 and 1:1 ratios as fractions, with kind and role."""
    return PolicyComponent(attr="ratios", spans_key=spans_key)


@Language.factory(
    "policy_targets", default_config={"spans_key": "targets"}, assigns=["doc._.targets", "doc.spans"]
)
def make_policy_targets(nlp: Language, name: str, spans_key: str) -> PolicyComponent:
    """到20XX年 goals, one per metric, quantified or not."""
    return PolicyComponent(attr="targets", spans_key=spans_key)


PIPES = ("policy_money", "policy_ratios", "policy_targets")


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The project's pipeline, built once: blank "zh" segmented by jieba, plus the three components.

    jieba is configured first (its dictionary cache in the project's cache folder, its log quiet).
    """
    import spacy

    configure_jieba()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    for pipe in PIPES:
        nlp.add_pipe(pipe)
    return nlp
