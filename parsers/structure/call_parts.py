"""A call's own numbered parts are the call's, not the document's (parsers/data/call_parts.toml).

A call for comments, a 公示 or a hearing notice on one draft that the text does not carry numbers its own
practical parts: ``一、公示时间 / 二、公示方式 / 三、意见反馈``, ``一、听证事项 / 二、听证时间和地点 / 三、报名时间、
方式和要求``, ``一、通过信函方式将意见寄至… / 二、发送电子邮件至…``. They are the notice's content, like the
deadline and the e-mail address a call gives in its sentences, so they go into the notice box (a new one
when the call's sentences stood as the preamble). Only when every top-level part is such a part, no
chapter, article or decimal section stands beside them, and the call shows a draft: the text names a
draft's stage (草案, 征求意见稿, 公示稿 …) or the call is a 公示 or a hearing. A call for suggestions (征集) on a
law to be drafted or in force numbers its own content, and so does a call on several documents (关于《甲规划》
《乙规划》的公示): a notice of its own. But parts that are all ways of sending the comments (一、通过信函方式… /
二、发送电子邮件至… / 一、登录…网站提出意见) are the call's whatever it is on: no document numbers them (round 28).

The explanation a call gives of its draft (关于《X》的起草说明 / 一、起草背景 / 二、…), the draft not stored,
goes with the call the same way: its parts open with a drafting act and its topic (起草背景, 立法的必要性,
修改条例的必要性和总体思路), and the lines before them ask for comments.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from parsers.data_tables import data_table
from parsers.patterns import alternation
from parsers.status import status_words
from parsers.structure.title_labels import titles_data

CALL_PARTS_PATH = Path(__file__).resolve().parent.parent / "data" / "call_parts.toml"

PART_KINDS = frozenset(["action", "measure"])  # 一、 and （一） at the top
BODY_KINDS = frozenset(["chapter", "section", "article", "outline"])  # a document's own units
FOLDED_KINDS = frozenset(["preamble", "paragraph", "furniture"])  # the call's sentences around its parts
QUOTED_RE = re.compile(r"《[^《》]+》")
SENTENCE_MARK_RE = re.compile(r"[。，,；;]")
HEADING_SPAN = 24  # characters of a part's heading before its subject


@cache
def call_parts_data() -> dict:
    """parsers/data/call_parts.toml, read once for both sets of patterns below."""
    return data_table(CALL_PARTS_PATH)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = call_parts_data()
    subject, aspect = alternation(data["subjects"]), alternation(data["aspects"])
    part = re.compile(
        rf"^[^。；：:《》]{{0,{HEADING_SPAN}}}?(?:(?:{subject})[^。；：:《》]{{0,14}}?(?:{aspect})"
        rf"|(?:{aspect})[^。；：:《》]{{0,6}}?(?:{subject}))"
        rf"|^(?:{alternation(data['other_parts'])})"
        rf"|{CHANNEL_PATTERN.format(channels=alternation(data['channels']))}"
    )
    stages = [*status_words().draft, *data["shown_stages"]]
    return part, re.compile(alternation(stages)), re.compile(alternation(data["showing_calls"]))


CHANNEL_PATTERN = r"^[^。；]{{0,30}}?(?:{channels})"  # a way of sending comments, near the part's start


@cache
def _channel_re() -> re.Pattern[str]:
    return re.compile(CHANNEL_PATTERN.format(channels=alternation(call_parts_data()["channels"])))


def is_channel(heading: str | None) -> bool:
    """A part's heading is one way of sending comments: 通过信函方式将意见寄至…, 发送电子邮件至…, 登录…网站提出意见."""
    return bool(heading) and _channel_re().search(heading) is not None


@cache
def _explanation_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = call_parts_data()
    drafting_acts = [*titles_data()["drafting_verbs"], *data["law_making_acts"]]
    heading = re.compile(
        rf"^[^。；：:《》]{{0,4}}?(?:{alternation(drafting_acts)})[^。；：:《》]{{0,8}}?(?:{alternation(data['explanation_topics'])})"
    )
    asking = re.compile(
        rf"(?:{alternation(titles_data()['asking_verbs'])})[^。；，,]{{0,12}}?(?:{alternation(titles_data()['asked_for'])})(?!稿)"
    )
    return heading, asking


def is_call_part(heading: str | None) -> bool:
    """A part's heading names a side of the call: 公示时间, 意见反馈方式, 听证事项, 通过信函方式将意见寄至…."""
    return bool(heading) and _patterns()[0].search(heading) is not None


def call_parts_span(
    kinds: list[str], headings: list[str | None], head: Callable[[int], list[str]], text: str
) -> tuple[int, int] | None:
    """Top-level boxes [a, b) that are a call's sentences and its own parts, given the kinds and headings of the
    top-level boxes, the lines before a given box (a page's chrome too: its headline may stand there), and the text;
    None when the parts are a document's."""
    parts = [i for i, kind in enumerate(kinds) if kind in PART_KINDS]
    if not parts or any(kind in BODY_KINDS for kind in kinds):
        return None
    start = parts[0]
    while start > 0 and kinds[start - 1] in FOLDED_KINDS:
        start -= 1
    if _explains_the_draft(headings[parts[0]], head(parts[0])):
        return start, parts[-1] + 1
    if not all(is_call_part(headings[i]) for i in parts):
        return None
    if all(is_channel(headings[i]) for i in parts):  # ways to send comments: the call's, whatever it is on
        return start, parts[-1] + 1
    _, stage, showing = _patterns()
    lines = head(parts[0])
    if stage.search(text) is None and not any(showing.search(line) for line in lines):
        return None
    # 关于《甲规划》《乙规划》的公示: a notice on several documents
    if any(_names_several(line) for line in lines):
        return None
    return start, parts[-1] + 1


def _names_several(line: str) -> bool:
    """A title line (no sentence in it) quoting more than one document."""
    return SENTENCE_MARK_RE.search(line) is None and len(set(QUOTED_RE.findall(line))) > 1


def _explains_the_draft(heading: str | None, lines: list[str]) -> bool:
    """The parts open with the explanation of a draft (一、起草背景, 一、立法的必要性) under a call that asks for
    comments on it: the call's explanation, the draft not stored. A page explaining a draft it names
    (关于《X（征求意见稿）》的政策解读) asks for nothing: its parts are its own."""
    explanation, asking = _explanation_patterns()
    return (
        bool(heading)
        and explanation.match(heading) is not None
        and any(asking.search(line) for line in lines)
    )
