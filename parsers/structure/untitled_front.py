"""A front with no title line before the body: a notice stored as one line (its title run into its text), a letter
over the document it presents (its title line after the letter's signature), and a text that opens with a covering
sentence presenting one document it encloses."""

from __future__ import annotations

import re

from parsers.status import split_status, strip_status
from parsers.structure.addressed import hands_to_addressees
from parsers.structure.consultation_report import reports_on_call
from parsers.structure.covering import (
    ENCLOSURE_RE,
    OPENING_LINES,
    asks_for_comments,
    is_covering,
    names_in_sentences,
    notice_end,
    status_after_name,
)
from parsers.structure.front import Front
from parsers.structure.head_titles import first_worded, run_on_title
from parsers.structure.headline import is_news_lead
from parsers.structure.lines import Line
from parsers.structure.notice_names import names_in_title
from parsers.structure.policy_title import policy_title
from parsers.structure.report_opening import (
    calls_the_public,
    names_a_draft,
    opens_as_report,
    speaks_for_itself,
)
from parsers.structure.title_names import document_key, names_match
from parsers.structure.titles import clean_title, is_field_line, rules, squeeze


def run_on_notice(lines: list[Line], start: int, sentence_names: list[str]) -> Front | None:
    """A notice stored as one line, its title run into its text (甲市人民政府关于印发X办法的通知 各区人民政府: 现将
    《X办法》印发给你们…): the one document its title issues, when its sentences name that document too (关于发布
    禁火令的通告 over the order's own words issues nothing apart from itself)."""
    run_on = run_on_title(first_worded(lines, start))
    issued = names_in_title(run_on) if run_on is not None else None
    if run_on is None or issued is None or issued[1] or len(issued[0]) != 1:
        return None
    if not any(names_match(issued[0][0], name) for name in sentence_names):
        return None
    title, status = split_status(issued[0][0])
    return Front(title=title, status=status, notice_title=clean_title(run_on))


def after_letter(lines: list[Line], start: int, window: int, text: str) -> Front:
    """No title before the body and no name in its sentences: a letter (尊敬的…: / …现将X公布 / signature / date) over
    the document it presents, whose title line follows the letter's signature and date; else nothing."""
    policy = policy_title(lines, start, window, [], text)
    if policy is None or any(_enclosure_label(line.content) for line in lines[start : policy.first]):
        return Front()  # 附件: X名单 after the signature: a notice's enclosure, the notice's own title lost
    result = Front(notice=(start, policy.first), title_group=policy)
    result.title, result.status = split_status(policy.text)
    return result


_ENCLOSURE_LABEL_RE = re.compile(r"^\s*附\s*件?\s*\d*\s*(?:[：:]|$)")


def _enclosure_label(content: str) -> bool:
    """附件: X / 附 件 / 附件1: a notice's label of what it encloses."""
    return _ENCLOSURE_LABEL_RE.match(content) is not None


def named_in_opening(lines: list[Line], start: int, names: list[str], text: str) -> Front:
    """No title before the body, none after the notice: a text that opens with a covering sentence
    presenting one document (现将起草的《X（征求意见稿）》向社会征求意见) and encloses it (附件：《X》) is
    titled by that name; anything else (several names, a name that is no document's, nothing enclosed or
    something else, a covering sentence deep in the text) is a fragment. The names are those of the opening
    sentences (a later mention may have lost characters on the page)."""
    opening = next(  # (a page's fields before it are no opening: 发布时间:…, 政策级别:…)
        (
            k
            for k in range(start, len(lines))
            if lines[k].content and not lines[k].is_furniture and not is_field_line(squeeze(lines[k].content))
        ),
        None,
    )
    if opening is None or is_news_lead(first_worded(lines, opening)):
        return Front()  # 本报讯 …: a news report stored without its headline reports on the document it names
    names = names_in_sentences(lines, opening, min(len(lines), opening + OPENING_LINES + 1)) or names
    if len({document_key(n) for n in names}) != 1 or not rules().doc_type_end.search(strip_status(names[0])):
        return Front()
    key = document_key(names[0])
    covering = [
        k
        for k in range(opening, min(len(lines), opening + OPENING_LINES))
        if "《" in lines[k].content and is_covering(lines, k)
    ]
    if not covering or (
        any(
            opens_as_report(lines[k].content)
            for k in range(opening, min(len(lines), opening + OPENING_LINES))
        )
        and not any(
            speaks_for_itself(lines[k].content)
            or (names_a_draft(lines[k].content) and calls_the_public(lines[k].content))
            for k in covering
        )
    ):
        # 昨日，甲局网站发布通告，就《X》编制征询意见: a news report (under a headline and a dateline the title rules did
        # not read, or stored without them) reports on the document it names; a call stored under it speaks for its
        # organ (甲局现就《X》向社会征求意见), and a call on a named draft told in news is the draft's (heldout42's
        # decision: 乙网站就《Y（征求意见稿）》公开征求意见)
        return Front()
    asks = any(  # (the sentence may run on to the next line)
        asks_for_comments(lines[k].content + (lines[k + 1].content if k + 1 < len(lines) else ""))
        for k in covering
    )
    if (
        not asks
        and not any(hands_to_addressees(lines[k].content, names[0]) for k in covering)
        and not any(
            document_key(m.group("rest")).startswith(key)
            for line in lines[start:]
            for m in ENCLOSURE_RE.finditer(line.content)
        )
    ):
        return Front()
    result = Front(notice=(start, notice_end(lines, start, names)))
    result.title, result.status = split_status(names[0])
    # 起草了《X》（征求意见稿）: the status stands after the quotes
    # 附件:X(征求意见稿) under the sentence: the notice's label of what it encloses
    labels_end = result.notice[1]
    while labels_end < len(lines) and _enclosure_label(lines[labels_end].content):
        labels_end += 1
    result.status = result.status or status_after_name(lines, opening, labels_end, names[0])
    if reports_on_call(lines, opening):
        # …征求意见，共收到意见3条: a note on how the call went names the draft, it is not the draft (its parts
        # stand where a covering sentence's would)
        result.title = result.status = None
    return result
