"""A text whose handing sentence names its document only by its kind, the name given a sentence before.

A call or a 转发 letter stored without its title line may name what it hands over in one sentence and hand it over in
the next by a word for its kind: 常委会对《甲省X条例（草案）》进行了审议。…现将草案及说明予以公布，征求意见;
乙部下发了《关于X的通知》（乙发〔2031〕5号）…。现将通知转发给你们; 我局组织编制了《丙县X专项规划修改》。…现将规划
方案进行公示. The handing sentence's object (草案, 通知, 规划方案) refers back to the one name the sentences before
it give that is not cited (根据《Y》 is the ground, not the object): the text hands that name over and is titled by it.
A kind word that fits no name before it (现将有关事项通知如下), or two names it could fit, titles nothing.
"""

from __future__ import annotations

import re
from functools import cache

from parsers.patterns import alternation
from parsers.status import split_status
from parsers.structure.covering import LISTED_RE, PART_START_RE, QUOTED_RE
from parsers.structure.lines import Line
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import rules

OPENING_SCAN = 3  # the paragraphs that hold the naming and the handing sentences
KIND_MIN = 2  # characters of the kind word a name must share (规划方案 refers to a 规划)


@cache
def _handing_back() -> re.Pattern[str]:
    """现将草案及说明予以公布, 现将通知转发给你们, 现将规划方案进行公示: 现将, a bare kind word, the act."""
    data = titles_data()
    acts = alternation(data["issuing_verbs"] + data["forwarding_verbs"] + data["presenting_kinds"])
    auxiliaries = alternation(data["act_auxiliaries"])
    return re.compile(
        r"现将\s*(?P<kind>[\u4e00-\u9fff]{2,4}?)\s*(?:及[^，,。；《》]{1,8}?)?\s*"
        rf"(?:{auxiliaries})?\s*"
        rf"(?:{acts})(?!\s*如下)"  # (现将清理结果公布如下 hands over what follows, not a name before)
    )


def referred_back(paragraphs: list[Line]) -> tuple[str, str | None] | None:
    """(title, status) of the one uncited name the text's handing sentence refers back to by its kind, or None."""
    shown = [line.content.strip() for line in paragraphs if not line.is_furniture and line.content.strip()]
    before = ""
    for content in shown[:OPENING_SCAN]:
        handing = _handing_back().search(content)
        if handing is None:
            before += content
            continue
        before += content[: handing.start()]
        kind = handing.group("kind")
        fitting = {name for name in uncited_names(before) if fits_kind(name, kind)}
        if len(fitting) != 1:
            return None
        return split_status(fitting.pop())
    return None


def fits_kind(name: str, kind: str) -> bool:
    """草案 for 《X条例（草案）》, 通知 for 《关于X的通知》, 规划方案 for 《X专项规划修改》: the kind is the name's status,
    its last word, or the name holds the kind's head."""
    title, status = split_status(name)
    if kind != status and not rules().doc_type_end.search(kind):
        return False  # 清理结果, 有关事项: no kind of document
    return kind == status or title.endswith(kind) or kind[:KIND_MIN] in title


def uncited_names(text: str) -> list[str]:
    """The quoted names of ``text`` that no citing word governs (根据《A》和《B》 cites both)."""
    citing = rules().citing_before
    names, previous_cited, previous_end = [], False, -1
    for m in QUOTED_RE.finditer(text):
        part = PART_START_RE.split(text[max(0, m.start() - 20) : m.start()])[-1]
        listed = previous_cited and LISTED_RE.fullmatch(text, previous_end, m.start())
        previous_end = m.end()
        previous_cited = bool(listed or citing.search(part))
        if not previous_cited:
            names.append(m.group(0)[1:-1])
    return names
