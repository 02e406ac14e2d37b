"""An issuer named by its level alone (市司法局, 县民政局, 自治区卫生健康委) completed with the place the text gives that same
body elsewhere (主办单位：甲市司法局, 意见反馈至乙县民政局, a byline 丙自治区卫生健康委员会): field conventions, round 32
(D11) — a reader filtering by issuer cannot tell one 市司法局 from another. Read by issuer_choice.document_issuer on
the body it chose, each of joint bodies apart; a body the text never names with its place stays as it was found."""

from __future__ import annotations

import re
from functools import cache

from parsers.structure.fold import fold
from parsers.structure.title_labels import titles_data

_CJK = "\u4e00-\u9fff"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = titles_data()
    levels = "|".join(sorted(data["level_words"], key=len, reverse=True))
    false_starts = "|".join(data["level_word_false_starts"])
    # 市司法局, 自治区人民政府; never 市场监管总局 (a central body whose name opens with 市场)
    level_alone = re.compile(rf"^(?:{levels})(?!{false_starts})[{_CJK}]")
    # the words a full naming may follow inside a run of characters (反馈至甲县民政局, 欢迎您访问甲省农业农村厅网站)
    lead_in = re.compile("|".join(sorted(data["naming_lead_ins"], key=len, reverse=True)))
    # another body whose name only holds this one (甲县人民政府办公室 for 县人民政府): no naming of it
    other_body = re.compile("|".join(data["other_body_tails"]))
    # a place's stem: no word of a sentence inside it (请配合市司法局 names no place 请配合市)
    not_place = re.compile(f"[{''.join(data['not_in_place_stem'])}]")
    return level_alone, lead_in, other_body, not_place


def completed_issuer(issuer: str | None, text: str) -> str | None:
    """``issuer`` with each body it names by its level alone in the fullest form ``text`` gives it, in the text's own
    characters (the rules read the folded copy: traditional characters in simplified form, the same offsets)."""
    if not issuer:
        return issuer
    folded = fold(text)
    bodies = [
        _completed(fold(body), folded) or _full_government(fold(body), folded) for body in issuer.split("、")
    ]
    return "、".join(
        text[span[0] : span[1]] if span else body
        for body, span in zip(issuer.split("、"), bodies, strict=True)
    )


def _completed(body: str, text: str) -> tuple[int, int] | None:
    """Where ``text`` names ``body`` in its fullest form with its place, when ``body`` names its level alone."""
    level_alone, lead_in, other_body, not_place = _patterns()
    if not level_alone.match(body):
        return None
    forms = [body] + [
        body[: -len(short)] + full
        for short, full in titles_data()["organ_spelled_out"]
        if body.endswith(short)
    ]
    # 市政府办公室 for 甲市人民政府办公室: the short name drops 人民
    forms += [
        body.replace(short, full, 1)
        for short, full in titles_data()["organ_short_names"]
        if full not in body and short in body
    ]
    found: dict[str, tuple[int, int]] = {}
    for form in forms:
        for match in re.finditer(re.escape(form), text):
            if other_body.match(text, match.end()):
                continue
            run = _RUN_RE.search(text, max(0, match.start() - _RUN_MAX), match.start())
            if run is None or run.end() != match.start():
                continue
            words, opens = run.group(0), _starts_run(text, run.start())
            if words.startswith("日") and run.start() > 0 and text[run.start() - 1].isdigit():
                # 2031年8月18日甲市人民政府: the date's 日, no part of the place
                words, opens = words[1:], True
            stem = _stem(words, lead_in, opens)
            if stem and not not_place.search(stem):
                found.setdefault(stem + form, (match.start() - len(stem), match.end()))
    if not found:
        return None
    fullest = max(found, key=len)
    # two places (甲市司法局, 乙市司法局): the text does not say which one is the issuer
    if any(name not in fullest for name in found):
        return None
    return found[fullest]


_RUN_MAX = 14  # the characters read before a naming for its place (新疆维吾尔, 天津市滨海新)
_RUN_RE = re.compile(f"[{_CJK}]+$")


def _stem(run: str, lead_in: re.Pattern[str], opens_run: bool) -> str | None:
    """The place before the level in a run of characters: after its last lead-in word that leaves two characters or more
    (反馈至甲县 gives 甲县's 甲; 向阳区, 周至县 keep their 向 and 至), or the whole run when it opens a line or a field."""
    for cut in reversed(list(lead_in.finditer(run))):
        if len(run) - cut.end() >= 2:
            return run[cut.end() :]
        if cut.start() > 0 or cut.end() == len(run):
            return None  # 意见反馈至市司法局, 决定区政府: the level right after the sentence's word, no place
    return run if opens_run and len(run) >= 2 else None


def _starts_run(text: str, start: int) -> bool:
    """The naming opens its run of characters: a line, a field's value, a bracket or a title mark before it."""
    return start == 0 or not re.match(f"[{_CJK}]", text[start - 1])


@cache
def _short_names() -> list[tuple[re.Pattern[str], str]]:
    """甲省政府办公厅: a body named by the short form of its name (titles.toml organ_short_names: 政府 for 人民政府), as
    (the short form where it is not part of the full one, the words it drops)."""
    return [
        (re.compile(f"(?<!{re.escape(full[: -len(short)])}){re.escape(short)}"), full[: -len(short)])
        for short, full in titles_data()["organ_short_names"]
        if full.endswith(short)
    ]


# the full naming ends where the name does: not 甲市人民政府办 inside 甲市人民政府办公室, nor 甲市人民政府 of 甲市人民政府令;
# a signature's date may follow with its digits lost (甲县人民政府办公室日)
_ENDS_NAME_RE = re.compile(f"(?:[^{_CJK}]|日|$)")


def _full_government(body: str, text: str) -> tuple[int, int] | None:
    """A body named by a short form of its name (甲县政府办公室 at the title's head) in its full name, when the text names
    that same body so where a naming of its own opens (甲县人民政府办公室 as the signature, a line of its own, after a
    sentence's end): the fullest form the text gives it (D11, D12). A cited title (《甲县人民政府办公室关于…》) names
    another document's issuer, not this one."""
    for short_re, dropped in _short_names():
        short = short_re.search(body)
        if short is not None and short.start() >= 2:  # (省政府: a level alone, D11's)
            span = _named_in_full(body[: short.start()] + dropped + body[short.start() :], text)
            if span is not None:
                return span
    return None


def _named_in_full(full: str, text: str) -> tuple[int, int] | None:
    """Where ``text`` names ``full`` where a naming of its own opens, outside a cited title."""
    for found in re.finditer(re.escape(full), text):
        start = found.start()
        if (
            _starts_run(text, start)
            and text[start - 1 : start] != "《"
            and text.rfind("《", 0, start) <= text.rfind("》", 0, start)
            and _ENDS_NAME_RE.match(text, found.end()) is not None
        ):
            return start, found.end()
    return None
