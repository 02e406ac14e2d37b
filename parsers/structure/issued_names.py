"""What a notice's title issues, read against the names its sentences quote.

A notice whose title names one document (关于印发X的通知, 关于征求《X（征求意见稿）》意见的公告) issues that one
document even when its sentences quote other names in other clauses: a report they cite (为落实《政府工作报告》，
现将《X》印发), a form to fill in (起草了《X》，请将意见填入《反馈表》). Only a name quoted in the same clause as
the title's document (现将《X》《Y》印发给你们, 《X》和《Y》) is handed over with it. The sentences may also write the name more fully than the title
does (a title drops the inner quotes: 印发2020年区政府工作报告…方案 for 《2020年区〈政府工作报告〉…方案》); the
quoted form is then the document's name as its issuer writes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from parsers.status import split_status, status_words, strip_status
from parsers.structure.covering import QUOTED_RE
from parsers.structure.lines import Line
from parsers.structure.title_labels import names_edition, titles_data
from parsers.structure.title_names import document_key, names_match, normalise_name
from parsers.structure.titles import is_issuer_line, rules, squeeze

_QUOTE_MARKS_RE = re.compile(r"[《》〈〉]")
# the year a document's name gives it (大张庄镇2021年度X预案): a page's headline for it may leave the year out
_NAMED_YEAR_RE = re.compile(r"(?:19|20)\d{2}年度?")
_CLAUSE_END_RE = re.compile(r"[，,。；;：:！!？?\n]")
# 《X》（以下简称《实施意见》）: the short name a sentence gives a quoted document (titles.toml alias_words)
_ALIAS_RE = re.compile(rf"(?:{'|'.join(titles_data()['alias_words'])})\s*《[^《》]*》")


def one_among(title_names: tuple[str, ...] | list[str], lines: list[Line], start: int, stop: int) -> bool:
    """The title names exactly one document, the lines [start, stop) quote it, and no clause that quotes it quotes
    another document beside it (the other names they quote are cited or enclosed forms)."""
    if len(title_names) != 1:
        return False
    wanted = normalise_name(title_names[0])
    if not wanted:
        return False
    found = _quoted_alone(lines[start:stop], lambda q: normalise_name(q) == wanted)
    if found is None:
        # 关于征求《甲厅关于加强X的实施意见(送审稿)》意见的通知 over …对《甲厅关于加强Y的实施意见(送审稿)》修改完善: the
        # sentences write the draft the call names with other words, its stage and its kind the same
        found = _quoted_alone(lines[start:stop], lambda q: _same_draft(title_names[0], q))
    return bool(found)


def _quoted_alone(lines: list[Line], same: Callable[[str], bool]) -> bool | None:
    """Some clause of ``lines`` quotes a name ``same`` accepts (None when none does); False when such a clause quotes
    another document beside it."""
    found = None
    for line in lines:
        if "《" not in line.content:
            continue
        for clause in _CLAUSE_END_RE.split(line.content):
            quoted = [q[1:-1] for q in QUOTED_RE.findall(_ALIAS_RE.sub("", clause))]
            if not any(same(q) for q in quoted):
                continue
            found = True
            if len({document_key(q) for q in quoted}) > 1:
                return False  # 现将《X》《Y》印发: handed over together
    return found


def _same_draft(name: str, quoted: str) -> bool:
    """``quoted`` is the draft ``name`` written with other words: the same draft stage (送审稿, 征求意见稿) and the same
    kind of document at its end."""
    (own, stage), (other, other_stage) = split_status(name), split_status(quoted)
    if not stage or stage != other_stage or stage not in status_words().draft:
        return False
    kind, other_kind = rules().doc_type_end.search(own), rules().doc_type_end.search(other)
    return kind is not None and other_kind is not None and kind.group(0) == other_kind.group(0)


def fuller_name(name: str, sentence_names: list[str]) -> str:
    """``name`` as the sentences quote it when they write the same words with inner quotes the title dropped, or
    with the figures a page lost from the title's copy (甲县X规划年 for 甲县X规划（2021-2035年）)."""
    plain = _QUOTE_MARKS_RE.sub("", name)
    for quoted in sentence_names:
        if quoted != name and _QUOTE_MARKS_RE.search(quoted) and _QUOTE_MARKS_RE.sub("", quoted) == plain:
            return quoted
    for quoted in sentence_names:
        if _lost_figures(name, quoted) or _filled_in(plain, quoted):
            return quoted
    for quoted in sentence_names:
        # 印发甲省X目录 over 《甲省X目录(2031年版)》已经省政府同意: the edition the covering sentence's name gives
        # (field convention, round 17)
        if len(quoted) > len(name) and quoted.startswith(name) and names_edition(quoted[len(name) :]):
            return quoted
    for quoted in sentence_names:
        # 关于转发甲省《关于X的意见》的通知 over 现将《中共甲省委关于X的意见》转发给你们: the sentence names the
        # document with the organ at its head, which the notice's title leaves out (the document's own title)
        if (
            name.startswith("关于")
            and len(quoted) > len(name)
            and quoted.endswith(name)
            and is_issuer_line(quoted[: -len(name)])
        ):
            return quoted
    return name


_JOINING_WORDS = tuple(sorted(titles_data()["name_joining_words"], key=len, reverse=True))


def _filled_in(short: str, full: str) -> bool:
    """``full`` is ``short`` (its quotes dropped) with joining words put back inside it (titles.toml
    name_joining_words), its head and its kind the same (关于贯彻X乙项任务分工 for 《关于贯彻〈X〉乙项任务的分工》):
    a notice's title shortens the name its covering sentence quotes whole. Any other word added names another
    document (绿道规划 is not 绿道专项规划)."""
    plain = _QUOTE_MARKS_RE.sub("", full)
    if len(plain) <= len(short) or not short or plain[0] != short[0] or plain[-1] != short[-1]:
        return False
    if not rules().doc_type_end.search(strip_status(plain)):
        return False
    at, pos = 0, 0
    while pos < len(plain):
        if at < len(short) and plain[pos] == short[at]:
            at, pos = at + 1, pos + 1
            continue
        word = next((w for w in _JOINING_WORDS if plain.startswith(w, pos)), None)
        if word is None:
            return False
        pos += len(word)
    return at == len(short)


# what a page drops from a name when its encoding fails: figures, brackets and the dash of a year range
_FIGURE_RE = re.compile(r"[\d（()）\-—–~～至]")


def _lost_figures(short: str, full: str) -> bool:
    """``full`` is ``short`` with figures, brackets or dashes put back (the words in the same order, all kept)."""
    if len(full) <= len(short) or not rules().doc_type_end.search(strip_status(full)):
        return False
    at = 0
    for char in full:
        if at < len(short) and char == short[at]:
            at += 1
        elif not _FIGURE_RE.match(char):
            return False
    return at == len(short)


def same_document(title: str, name: str, *, year: bool = True) -> bool:
    """A page's title names the document a notice issues, also when the site added a bracketed note to it
    (X管理规定(2005年): the year it files the page under), left out the 关于 of its name (甲县加快X的方案 for
    甲县关于加快X的方案), or left out the year the name gives (甲县乙镇X预案 for 乙镇2021年度X预案: a place before
    it, as names_match allows; not with ``year=False``)."""
    title_key, name_key = document_key(title), document_key(name)
    return (
        names_match(title, name)
        or title_key == name_key
        or title_key.replace("关于", "") == name_key.replace("关于", "")
        or year
        and not _NAMED_YEAR_RE.search(title_key)
        and bool(_NAMED_YEAR_RE.search(name_key))
        and names_match(title_key, _NAMED_YEAR_RE.sub("", name_key))
    )


def quoted_names(issued: str) -> tuple[str, ...]:
    """The names a notice's title issues in 《》 (关于印发《X》《Y》的通知 -> X, Y); a name that goes on past its quote to a
    kind of document of its own (《X规划》主要目标任务责任分工方案) is issued whole, quotes and all."""
    quoted = QUOTED_RE.findall(issued)
    if len(quoted) == 1:
        after = strip_status(issued[issued.rindex("》") + 1 :])
        if after and rules().doc_type_end.search(after):
            return (issued,)
        if after and names_edition(after):
            # 关于印发《X预案》(2031年版)的通知: the edition after the quote is the name's (field convention, round 17)
            return (quoted[0][1:-1] + after,)
    return tuple(q[1:-1] for q in quoted)


def stage_unbracketed(title: str | None, named: str | None) -> str | None:
    """A title line that lost the brackets of the stage the notice names (《X预案（修订）》 over X预案修订): the name
    without its stage, as the notice gives it."""
    if not title or not named:
        return title
    name, stage = split_status(named)
    if stage and squeeze(title) == squeeze(name) + stage:
        return title.rstrip()[: -len(stage)].rstrip()
    return title
