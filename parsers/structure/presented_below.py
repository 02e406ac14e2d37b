"""A front whose title names no document, the document named by the sentences under it: a notice that presents one
document (X办公室公告（第7号） / 现将《X》公布), an announcement that publishes a regulation the text gives without its
title line, a call for comments on one named draft (X局关于公开征求意见的通知 / 现将《X（征求意见稿）》公布，征求意见),
and a site's line over a covering sentence that issues one document."""

from __future__ import annotations

from parsers.status import split_status, strip_status
from parsers.structure.covering import (
    QUOTED_RE,
    asks_for_comments,
    names_in_sentences,
    notice_end,
    promulgation,
    status_after_name,
)
from parsers.structure.front import Front
from parsers.structure.lines import Line
from parsers.structure.policy_title import policy_title
from parsers.structure.title_names import document_key, names_match
from parsers.structure.titles import TitleGroup, clean_title, rules


def presented_in_sentences(lines: list[Line], front: TitleGroup, text: str, window: int) -> Front | None:
    """A notice whose title names nothing (X办公室公告（第7号）) but whose covering sentence presents one
    document, and whose signature is followed by that document's title line: the notice covers it."""
    body_from = front.first + front.n_lines
    names = names_in_sentences(lines, body_from, window)
    if len({document_key(n) for n in names}) != 1 or names_match(front.text, names[0]):
        return None  # several, none, or the title is the document's own (X规定 / 《X规定》…现予公布)
    policy = policy_title(lines, body_from, window, names, text, named_only=True)
    if policy is None:
        return _promulgated_unheaded(lines, front, body_from, names)
    result = Front(notice=(front.first, policy.first), notice_head=front, title_group=policy)
    result.title, result.status = split_status(policy.text)
    if not promulgation(front.text, lines, body_from, policy.first):
        result.notice_title = clean_title(front.text)
    return result


def _promulgated_unheaded(
    lines: list[Line], front: TitleGroup, body_from: int, names: list[str]
) -> Front | None:
    """An announcement (甲市人民代表大会常务委员会公告 / （第3号）) whose sentence publishes one named regulation
    (《甲市乙条例》已于…通过，现予公布), which the text then gives without its title line (an approval decision,
    a 目录, 第一章): the title is that name; the announcement tells how the regulation was made, no notice of its own."""
    if not promulgation(front.text, lines, body_from, min(len(lines), body_from + SOLICITING_LINES)):
        return None
    if not rules().doc_type_end.search(strip_status(names[0])):
        return None
    result = Front(notice=(front.first, notice_end(lines, body_from, names)), notice_head=front)
    result.title, result.status = split_status(names[0])
    return result


SOLICITING_LINES = 4  # the sentence asking for comments comes right after the title (an addressee before it)


def solicited_in_sentences(lines: list[Line], front: TitleGroup, window: int) -> Front | None:
    """A call for comments whose title names no draft (X局关于公开征求意见的通知, X公告) and whose opening
    sentence asks for comments on exactly one named draft (现将《X（征求意见稿）》公布，征求社会各界意见): the
    title is the draft's, its stage the status, the call's own title ``notice_title``."""
    if QUOTED_RE.search(front.text):
        return None  # a title that quotes a name is about that name (《X》起草说明)
    body_from = front.first + front.n_lines
    stop = min(window, body_from + SOLICITING_LINES)
    if not any(asks_for_comments(lines[k].content) for k in range(body_from, stop)):
        return None
    names = names_in_sentences(lines, body_from, stop)
    if len({document_key(n) for n in names}) != 1 or names_match(front.text, names[0]):
        return None
    if not rules().doc_type_end.search(strip_status(names[0])):
        return None
    result = Front(notice=(front.first, notice_end(lines, body_from, names)), notice_head=front)
    result.title, result.status = split_status(names[0])
    result.status = result.status or status_after_name(lines, body_from, window, names[0])
    result.notice_title = clean_title(front.text)
    return result


def presented_under_weak(lines: list[Line], front: TitleGroup, window: int) -> Front | None:
    """A line that names no kind of document (a site's label: 论文部分内容阅读) over a covering sentence that
    issues exactly one named document (现将《X纲要》印发给你们): the title is that document's, and the line
    is no notice's title."""
    if front.strong or QUOTED_RE.search(front.text):
        return None
    body_from = front.first + front.n_lines
    names = names_in_sentences(lines, body_from, min(window, body_from + SOLICITING_LINES))
    if len({document_key(n) for n in names}) != 1 or not rules().doc_type_end.search(strip_status(names[0])):
        return None
    result = Front()
    result.title, result.status = split_status(names[0])
    return result
