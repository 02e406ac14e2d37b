"""What a label or a bracket around a title line says about it (parsers/data/titles.toml).

A line ``label:value`` is read by its label: a label that names a title (``原标题:``, ``文件名称:``) gives the
title as its value; a label that names another field (``主题词:``, ``关键词:``, ``来源:``) makes the line a
field, never a title, whatever its value ends with. A bracket after a title holding a site's note on the
document's validity (``（废止）``, ``（已失效）``) is no part of the title, and no status of the document.

A bracketed line under a title goes with it only when it names a part of the title: its status (``（征求意见稿）``,
``（试 行）``) its period or edition (``（2021-2025年）``, ``（2025年版）``). A note about the document (``（此件公开发布）``, ``（信息公开形式:
主动公开）``), its number (``（第14号）``) or the day it was adopted (``（2024年3月1日）``) is not.

A headline that the body cites as its authority (``根据《甲条例》《乙条例》…，制定本细则``) and never names
otherwise is another document's name, not this text's title (a page of a fragment headed by the law it
implements).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from parsers.data_tables import data_table, parsers_table
from parsers.patterns import LINE_SPACES, spaced_alternation
from parsers.patterns import alternation as words
from parsers.status import split_status
from parsers.structure.lines import line_memo, squeeze
from parsers.structure.markers import DATE_LINE_RE

TITLES_PATH = Path(__file__).resolve().parent.parent / "data" / "titles.toml"


@dataclass(frozen=True)
class _Labels:
    title_label: re.Pattern[str]  # 原标题: at a line's start, the value in group "value"
    glued_title_label: re.Pattern[str]  # 标题关于…: the label's colon lost
    field_label: re.Pattern[str]  # 主题词: at a line's start
    validity_head: re.Pattern[str]  # 有效 before a title, set off by a space
    validity_tail: re.Pattern[str]  # （废止） at a title's end
    page_note_tail: re.Pattern[str]  # 全文, （原文） at a title's end


@cache
def titles_data() -> dict:
    """parsers/data/titles.toml, read once for every title rule. Its field_labels take in the kinds and columns a
    page is filed under (furniture.toml classification_labels and column_labels, the one lists of those)."""
    data = data_table(TITLES_PATH)
    web = parsers_table("furniture")["web"]
    kinds = [*web["classification_labels"], *web["column_labels"]]
    return {**data, "field_labels": list(dict.fromkeys([*kinds, *data["field_labels"]]))}


@cache
def labels() -> _Labels:
    data = titles_data()

    def alternation(key: str) -> str:
        return words(data[key])

    def spaced(key: str) -> str:
        return spaced_alternation(data[key])

    return _Labels(
        # (a table spreads a short label over its cell's width: 标       题:)
        # (an encyclopedia's 中文名: names its item the same way)
        title_label=re.compile(
            rf"^\s*(?:{spaced('title_labels')}|{spaced('name_field_labels')})\s*[:：]\s*(?P<value>\S.*)$"
        ),
        # (a table copied as text may lose the colon and the cell's border: 标题关于印发X的通知)
        glued_title_label=re.compile(rf"^\s*(?:{spaced('title_labels')})\s*(?P<value>\S.*)$"),
        field_label=re.compile(rf"^\s*(?:{alternation('field_labels')})\s*[:：]"),
        # 现行有效 X办法, or bracketed and glued to it: (已废止)印发《X》的通知
        validity_head=re.compile(
            rf"^\s*(?:(?:{alternation('validity_notes')})[{LINE_SPACES}]+"
            rf"|[（(【\[]\s*(?:{alternation('validity_notes')})\s*[）)】\]]\s*)(?=\S)"
        ),
        validity_tail=re.compile(
            rf"\s*[（(【\[]\s*(?:{alternation('validity_notes')}|{alternation('call_state_notes')})\s*[）)】\]]\s*$"
        ),
        # (an essay site's count of the samples it offers after its 范文: 范文(精选6篇))
        page_note_tail=re.compile(
            rf"\s*[（(【\[]?\s*(?:{alternation('page_notes')})\s*[）)】\]]?\s*(?:{data['page_note_count']})?\s*$"
        ),
    )


def _is_glued_title(value: str) -> bool:
    """标题关于印发X的通知: what follows a label that lost its colon is a notice's title (关于 in it, a kind of
    document at its end), not words that open with the label's characters (标题党…)."""
    from parsers.structure.titles import ends_with_doc_type  # (titles imports this module)

    return "关于" in value and ends_with_doc_type(value)


# a metadata row's label for the title, set off by a space instead of a colon (信息名称 关于印发X的通知)
# (or by a colon after a longer label than title_labels holds: 信息名称:关于印发X的通知; or the label cut by the copy to
# its last character before its colon: 称:区政府办公室关于…, 題:關於印發…, what a page's 名称:/標題: row leaves)
_ROW_LABEL_RE = re.compile(
    rf"^\s*(?:[\u4e00-\u9fff]{{0,4}}(?:名称|标题)(?:[{LINE_SPACES}]+|\s*[:：]\s*)|[称题]\s*[:：]\s*)(?P<value>\S.*)$"
)


def drop_title_label(title: str) -> str:
    """原标题:甲省出台X办法 -> 甲省出台X办法: a label that names a title is no part of it; so is a metadata
    row's label set off by a space or a colon (信息名称 关于印发X的通知, 信息名称:…), or cut to its last character
    (称:关于…), when what follows it names a kind of document."""
    label = labels().title_label.match(title) or labels().glued_title_label.match(title)
    if label:
        value = label.group("value").strip()
        if label.re is labels().title_label or _is_glued_title(value):
            return value
    row = _ROW_LABEL_RE.match(title)
    if row is not None:
        from parsers.structure.titles import ends_with_doc_type  # (titles imports this module)

        if ends_with_doc_type(row.group("value").rstrip()):
            return row.group("value").strip()
    return title


def is_labelled_field(content: str) -> bool:
    """主题词:X转发通知, 关键词:…: a label that names another field makes the line a field."""
    return labels().field_label.match(content) is not None


# The tail patterns open with \s* and give the engine no first character to skip to (a search tries them at every
# position of the title): each is tried only on a title whose last character one of its matches can end with.
_CLOSES = frozenset("）)】]")


@cache
def _page_note_ends() -> frozenset[str]:
    return _CLOSES | frozenset(note[-1] for note in titles_data()["page_notes"])


def drop_validity_note(title: str) -> str:
    """关于X的通知（废止） -> 关于X的通知: a site's note on the document's validity is no part of its title."""
    note = labels().validity_tail.search(title) if title.rstrip()[-1:] in _CLOSES else None
    return title[: note.start()] if note and note.start() > 0 else title


def validity_head_end(title: str) -> int:
    """现行有效 甲市X办法: where the title starts after a site's tag of the document's validity put before it
    (0 when there is none); the caller drops it only when what follows ends with a kind of document."""
    note = labels().validity_head.match(title)
    return note.end() if note else 0


@line_memo
def page_note_start(title: str) -> int | None:
    """Where a site's note on what the page holds starts (…管理办法全文 -> the offset of 全文), or None. The
    caller drops it only when what stands before it ends with a kind of document."""
    note = labels().page_note_tail.search(title) if title.rstrip()[-1:] in _page_note_ends() else None
    return note.start() if note and note.start() > 0 else None


PAGE_NOTE_LABEL_MAX_CHARS = 4  # 草案正文, 政策原文: a few words before the note, no name


def is_page_note_label(key: str) -> bool:
    """草案正文, 文件全文: a line that is a site's note on what follows (the text proper), a few words before it and no
    name: never a title's line, though it may stand right over the title."""
    start = page_note_start(key)
    return start is not None and start <= PAGE_NOTE_LABEL_MAX_CHARS


_BRACKET_LINE_RE = re.compile(r"[（(〔【\[](?P<inner>[^（()）〔〕【】\[\]]{1,20})[）)〕】\]]")
_PERIOD_RE = re.compile(
    r"^(?:19|20)\d{2}[^月日号]{0,12}$"
)  # 2021-2025年, 2025年版, 2019年修订: no day, no number


def names_title_part(content: str) -> bool:
    """（征求意见稿）, （2021-2025年）, （2023年版）（征求意见稿） alone on a line under a title name a part of it (each
    bracket of the line does); （此件公开发布）, （第14号）, （2024年3月1日） are notes about the document."""
    key = squeeze(content)
    brackets = list(_BRACKET_LINE_RE.finditer(key))
    if not brackets or "".join(b.group(0) for b in brackets) != key or DATE_LINE_RE.search(content):
        return False
    return all(
        split_status(b.group(0))[1] is not None or bool(_PERIOD_RE.match(b.group("inner"))) for b in brackets
    )


_BARE_YEAR_RE = re.compile(r"(?:19|20)\d{2}\s*年?")


def names_period(content: str) -> bool:
    """（2021-2025年）, （2020版）, （2015修编版） alone on a line: a period or an edition, no stage word (（2021年修订﹒
    法核稿） names a draft's stage: …稿)."""
    bracket = _BRACKET_LINE_RE.fullmatch(squeeze(content))
    return (
        bracket is not None
        and not DATE_LINE_RE.search(content)
        and split_status(bracket.group(0))[1] is None
        and "稿" not in bracket.group("inner")
        and bool(_PERIOD_RE.match(bracket.group("inner")))
        and not _BARE_YEAR_RE.fullmatch(bracket.group("inner"))  # （2031年）: a site's year, no edition
    )


_EDITION_END_RE = re.compile(r"(?:版|修订)[）)〕】\]]$")


def names_edition(content: str) -> bool:
    """（2031年版）, （2031修编版）, （2031年修订）, （2031年度修订）: what names_period reads, its words ending in 版 or 修订
    (field convention round 17: the edition is part of the name); a period (（2031-2035年）) is not an edition."""
    return names_period(content) and bool(_EDITION_END_RE.search(squeeze(content)))


_CHAIN_LINK = r"(?:《[^《》]{1,80}》[、，,和及与]?)*"


@cache
def _citing_chain() -> re.Pattern[str]:
    """A citing word and the names listed after it, up to where a quoted name begins."""
    from parsers.structure.titles import rules  # (titles imports this module)

    return re.compile(rf"(?:{rules().citing_before.pattern}){_CHAIN_LINK}$")


@cache
def _self_alias_re() -> re.Pattern[str]:
    """（以下简称本规划）, (以下简称“本办法”): the short name a text gives itself after its own quoted name."""
    return re.compile(rf"\s*[（(]\s*(?:{words(titles_data()['alias_words'])})\s*[“\"「]?本")


def cited_only(text: str, title: str) -> bool:
    """The text quotes ``title`` only as an authority it cites: 根据《X》《title》, never 现将《title》 or alone. A text
    that calls the name it quotes 本规划 (甲县组织实施《title》（以下简称本规划）) speaks of itself: no citing."""
    quoted = "《" + title + "》"  # (found as a string: a pattern made of each text's title is compiled anew)
    start = text.find(quoted)
    if start < 0:
        return False
    chain = _citing_chain()
    while start >= 0:
        if chain.search(text[max(0, start - 200) : start]) is None:
            return False
        if _self_alias_re().match(text, start + len(quoted)):
            return False
        start = text.find(quoted, start + len(quoted))
    return True
