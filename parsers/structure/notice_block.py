"""The front of a document: its title, and the covering notice or call for comments before the policy.

A covering notice issues or forwards documents (``关于印发《X》的通知``, ``现将《X》印发给你们``); a call for
comments presents a draft (``关于征求《X（征求意见稿）》意见的通知``, ``起草了《X（征求意见稿）》``). What
they issue is named in their title or their covering sentence. ``read_front`` decides:

* the notice issues one document: the title is that document's own title, found as its title line after
  the notice (``昆明市滇池北岸…实施办法`` for ``滇池北岸…实施办法``: a place may stand before it) or, when
  the text does not carry it, the name the notice gives it; ``notice_title`` is the notice's own title;
* it issues several (``X和Y``, ``《X》等四项制度``, two names quoted): the title is the notice's title;
* a document that issues nothing (``关于加强…工作的通知``) is its own title;
* a call for comments that names exactly one draft, in its title or in the sentence that asks for comments
  (``X局关于公开征求意见的通知`` / ``现将《X（征求意见稿）》公布，征求意见``), also when the text does not carry
  the call's title: the title is the draft's name, the status its stage, ``notice_title`` the call's title;
* an order (``X令 / 第N号``) or an announcement that publishes a regulation is the regulation's history, not
  a notice with a title of its own;
* no title before the body, nor a policy title after a covering notice: no title (a fragment).

The notice spans from its title (or the text's first line) to the policy's title line; without one, to
the notice's signature, or to the end. A title that names nothing over sentences that name one document is read
by ``presented_below``, a front with no title line before the body by ``untitled_front``; ``Front`` is in ``front``.
"""

from __future__ import annotations

from parsers.status import split_status, status_words, strip_status
from parsers.structure.covering import QUOTED_RE, names_in_sentences, notice_end, status_after_name
from parsers.structure.front import Front
from parsers.structure.furniture import newspaper_credit
from parsers.structure.head_titles import first_worded, front_title, head_titles, run_on_title
from parsers.structure.headline import (
    dated_headline_at_head,
    dated_headline_under,
    headline_over,
    is_dateline,
    news_headline,
)
from parsers.structure.issued_names import fuller_name, one_among, same_document, stage_unbracketed
from parsers.structure.lines import Line
from parsers.structure.markers import SENTENCE_MARK_RE
from parsers.structure.notice_names import (
    TRAILING_JUNK_RE,
    first_of_two,
    issued_part,
    names_in_title,
    stage_after_names,
)
from parsers.structure.policy_title import policy_title
from parsers.structure.presented_below import (
    presented_in_sentences,
    presented_under_weak,
    solicited_in_sentences,
)
from parsers.structure.press_report import hands_over, reported_by_press
from parsers.structure.section_runon import without_section_label
from parsers.structure.title_names import document_key, names_match
from parsers.structure.titles import TitleGroup, clean_title, ends_with_doc_type, is_issuer_line, squeeze
from parsers.structure.untitled_front import after_letter, named_in_opening, run_on_notice

NOTICE_MAX_LINES = 80  # the policy's title comes within this many lines of the notice's start


def read_front(lines: list[Line], start: int, text: str) -> Front:
    """Title, status and covering notice of the content lines from ``start`` (web chrome already set aside)."""
    front = _read_front(lines, start, text)
    headline = news_headline(lines, start) if front.notice is None else None
    if headline is not None and headline_over(front.title, front.title_group, headline):
        title, status = split_status(headline.text)
        return Front(title_group=headline, title=title, status=status)
    if (
        front.notice is None
        and (dated := _dated_under_chrome(lines, start, text, front.title_group)) is not None
    ):
        return dated  # 打开APP / 甲报社主办 / a spam line over 乙县X / 2023-06-10 18:51 丙日报
    if (
        front.title
        and (top := dated_headline_at_head(lines, start, text)) is not None
        and _quoted_under(front, top)
    ):
        return Front(title_group=top, title=top.text, reported=True)
    head = front.notice_head
    if front.notice_title and head and reported_by_press(lines, head, front.title_group, front.title):
        if not hands_over(lines, head, front.title):  # the press's account only: its headline is the title
            # (a weak head over the dated headline, 打开APP over 《X(征求意见稿)》公布 / 2031-12-07 来源:甲日报: chrome)
            return _dated_under_chrome(lines, start, text, head, reported=True) or _press_headline(
                lines, start, head
            )
        front.notice_title = None  # the press hands the document over: X under a headline, no notice
    if front.notice_title and head is not None and newspaper_headline(lines, head, text):
        if front.title_group is None and not front.status:
            # 甲部转发《X》 over 来源：乙社, X not carried: a news item's headline (a call on a draft stays the draft's)
            title, status = split_status(clean_title(head.text))
            return Front(title_group=head, title=title, status=status, reported=True)
        front.notice_title = (
            None  # a newspaper's headline over the notice it reports: no title of the notice's
        )
    return front


def _press_headline(lines: list[Line], start: int, head: TitleGroup) -> Front:
    """The press's headline over its report: the call's line read as the notice's head, with the headline's second
    line when the headline goes on under it (《X》公开征求意见 / 12类电动车拟限行 over the byline and the lead)."""
    news = news_headline(lines, start)
    if news is not None and news.first == head.first and news.n_lines > head.n_lines:
        return Front(title_group=news, title=news.text, reported=True)
    return Front(title_group=head, title=clean_title(head.text), reported=True)


def _quoted_under(front: Front, top: TitleGroup) -> bool:
    """The front read the name a report quotes, or its dateline, under the headline ``top``: a name with no heading
    of its own in the text that the headline does not give (市人大法制委员会召开会议 over …审议《X条例(草案)》…), or a
    dateline taken for a call's head (民政部官员:《X条例》力争年内公布 / 2031年04月02日 15:00 来源:甲网)."""
    head = front.notice_head or front.title_group
    if head is not None and head.first > top.first and is_dateline(head.text):
        return True
    return (
        front.notice is None
        and front.title_group is None
        and squeeze(front.title or "") not in squeeze(top.text)
    )


def _dated_under_chrome(
    lines: list[Line], start: int, text: str, weak: TitleGroup | None, reported: bool = False
) -> Front | None:
    """The dated headline under a line read as the title that names no kind of document (the page's chrome): the
    headline as written, unless it is a draft's name ((征求意见稿)公布 in a news headline is no status of the page's)."""
    if weak is None or weak.strong or (dated := dated_headline_under(lines, start, text, weak)) is None:
        return None
    title, status = split_status(dated.text)
    if not ends_with_doc_type(title):
        title, status = dated.text, None
    return Front(title_group=dated, title=title, status=status, reported=reported)


def newspaper_headline(lines: list[Line], head: TitleGroup, text: str) -> bool:
    """The title lines ``head`` are a newspaper's headline: the line right under them credits a newspaper."""
    last = head.first + head.n_lines - 1
    if last + 1 >= len(lines):
        return False
    under = squeeze(text[lines[last].end : lines[last + 1].end])
    return bool(newspaper_credit().search(under[:60]))


def _read_front(lines: list[Line], start: int, text: str) -> Front:
    groups = head_titles(lines, start, text)
    front = front_title(groups)
    window = min(len(lines), start + NOTICE_MAX_LINES)
    issued = names_in_title(front.text) if front is not None else None
    if front is not None and issued is None:
        # a page that gives the policy's title first and the covering notice's title below it
        covering = _covering_after(groups, front)
        if covering is None:
            return (
                presented_in_sentences(lines, front, text, window)
                or solicited_in_sentences(lines, front, window)
                or presented_under_weak(lines, front, window)
                or _own_title(front)
            )
        read = read_front_from(lines, covering, text, window)
        # the text carries no heading of the document: the page's title for it, unless it differs from the
        # notice's name for it by more than a bracketed note (the year left out: the issuer's name wins)
        if read.title_group is None and (
            read.title is None or same_document(front.text, read.title, year=False)
        ):
            own = _own_title(front)
            own.notice_title = clean_title(covering.text)
            return own
        return read
    return read_front_from(lines, front, text, window, start)


def _covering_after(groups: list[TitleGroup], front: TitleGroup) -> TitleGroup | None:
    """A later title in the head that covers exactly the document ``front`` names."""
    for group in groups:
        if group.first <= front.first:
            continue
        issued = names_in_title(group.text)
        if issued is not None and not issued[1] and any(same_document(front.text, n) for n in issued[0]):
            return group
    return None


def read_front_from(
    lines: list[Line], front: TitleGroup | None, text: str, window: int, start: int = 0
) -> Front:
    """The front when ``front`` is a covering notice's title, or when no title stands before the body."""
    issued = names_in_title(front.text) if front is not None else None
    body_from = front.first + front.n_lines if front is not None else start
    sentence_names = names_in_sentences(lines, body_from, window)
    if issued is not None:
        # 近日，甲发布《关于印发X的通知》，提出…: a sentence quoting the notice's own title names the notice, not a
        # second document it issues (the name would match the notice's title repeated under the lead)
        sentence_names = [n for n in sentence_names if not _names_the_notice(n, front.text)]
    distinct = len({document_key(n) for n in sentence_names})  # 《X（试行）》 and 《X》 are one document
    names, several = issued if issued is not None else (sentence_names, distinct > 1)
    if issued is not None and not several and distinct > 1:
        several = not one_among(names, lines, body_from, window)  # names in other clauses are cited
    if front is None and (one_line := run_on_notice(lines, start, sentence_names)) is not None:
        return one_line
    if not names and front is None:
        run_on = run_on_title(first_worded(lines, start))
        if run_on is None:
            return after_letter(lines, start, window, text)
        title, status = split_status(run_on)
        return Front(title=title, status=status)
    policy = policy_title(lines, body_from, window, [*names, *sentence_names], text)
    if policy is not None:
        # 《X方案及Y预案》 over the heading X方案 alone: the notice issues two documents, X the first of them
        several = several or (front is not None and any(first_of_two(n, policy.text) for n in names))
        notice_from = front.first if front is not None else start
        result = Front(notice=(notice_from, policy.first), notice_head=front, title_group=policy)
        both = next((n for n in names if first_of_two(n, policy.text)), None) if front is None else None
        if both is not None:  # the same, the notice's title not stored: its sentence names what it issues
            result.title, result.status = split_status(both)
            return result
        if several:  # the notice's title (none when the text lacks it); a draft stage of what it presents
            if front is not None:
                result.title, result.status = _several_title(front)
                result.status = result.status or _draft_stage(policy.text)
        else:
            result.title, result.status = split_status(policy.text)
            # 印发X办法（试行）的通知 over a title line X办法: the notice gives the status
            named = next((n for n in (*names, *sentence_names) if names_match(policy.text, n)), None)
            result.status = result.status or (split_status(named)[1] if named else None)
            result.title = stage_unbracketed(result.title, named)
            result.title = _with_organ_above(result.title, named, lines, policy.first)
            result.title = _with_head_above(result.title, names, lines, policy.first)
            result.title = without_section_label(
                result.title, names
            )  # X方案综合目标分解: its first part's label
            if front is not None and squeeze(strip_status(front.text)) != squeeze(strip_status(policy.text)):
                result.notice_title = clean_title(front.text)
        return result
    if front is None:
        return named_in_opening(lines, start, sentence_names, text)
    if several:
        title, status = _several_title(front)
        return Front(title_group=front, title=title, status=status)
    if not names:
        return _own_title(front)
    # one document, named by the notice but not in the text: the notice spans to its signature or the end
    issuing = issued_part(TRAILING_JUNK_RE.sub("", squeeze(front.text))) is not None
    result = Front(
        notice=(front.first, notice_end(lines, body_from, names, issuing=issuing)), notice_head=front
    )
    # (any name the text quotes may write it whole: 开展了《甲镇X规划(2031-2045年)》的编制工作 under 关于《甲镇X规划年》…)
    quoted = [q[1:-1] for line in lines[body_from:window] for q in QUOTED_RE.findall(line.content)]
    result.title, result.status = split_status(fuller_name(names[0], [*sentence_names, *quoted]))
    later = status_after_name(lines, body_from, window, names[0])
    if later and (not result.status or later.startswith(result.status)):
        result.status = later  # the text adds the call's stage to the draft's: （草案）》（征求意见稿）
    # 关于《X规划》草案的公示: the stage the title gives after the name
    result.status = result.status or stage_after_names(front.text)
    result.notice_title = clean_title(front.text)
    return result


def _with_organ_above(title: str | None, named: str | None, lines: list[Line], first: int) -> str | None:
    """甲省人民政府 / 2031年X安排 under 关于印发《甲省人民政府2031年X安排》的通知: the organ line right over the
    heading is part of the name the notice gives the document, so the title is that name."""
    if not title or not named or first == 0:
        return title
    name = split_status(named)[0]
    above = squeeze(lines[first - 1].content)
    if above and squeeze(name) == above + squeeze(title) and is_issuer_line(above):
        return name
    return title


HEAD_ABOVE_LINES = 2  # 关于落实甲部 / 乙委 丙局 / 《X》 / 的实施方案: a heading wrapped over four lines
_ANGLE_TO_BOOK = str.maketrans(
    "<>〈〉", "《》《》"
)  # a name quoted inside a quoted name: 《…<X>…》 for 《…《X》…》


def _with_head_above(title: str | None, names: list[str], lines: list[Line], first: int) -> str | None:
    """关于落实甲部 / 乙委 丙局 / 《X计划》 / 的实施方案 under 《关于落实甲部乙委丙局<X计划>的实施方案》的通知: the
    heading read from its quoted line down is the tail of the name the notice's title issues; the short lines right
    above it, in no sentence, are its head, so the title is the heading's lines joined."""
    if not title:
        return title
    wanted = {squeeze(strip_status(n)).translate(_ANGLE_TO_BOOK) for n in names}
    tail = squeeze(title).translate(_ANGLE_TO_BOOK)
    head: list[str] = []
    for line in reversed(lines[max(0, first - HEAD_ABOVE_LINES) : first]):
        words = squeeze(line.content)
        if line.is_furniture or not words or SENTENCE_MARK_RE.search(words) or ends_with_doc_type(words):
            return title
        head.insert(0, line.content.strip())
        if squeeze("".join(head)).translate(_ANGLE_TO_BOOK) + tail in wanted:
            return "".join(head) + title
    return title


def _names_the_notice(name: str, notice: str) -> bool:
    """``name`` is the covering notice's own title (or its tail after the issuer): a notice that issues what the
    title ``notice`` issues, not a document of its own."""
    own = names_in_title(name)
    key = squeeze(strip_status(name))
    return own is not None and bool(key) and squeeze(strip_status(notice)).endswith(key)


def _several_title(front: TitleGroup) -> tuple[str, str | None]:
    """A notice that issues several documents is titled as it stands: a status inside it belongs to a
    document it names (印发X办法（试行）等制度的通知); only a status at its end is the notice's own."""
    title = clean_title(front.text)
    own, status = split_status(title)
    if status and squeeze(title).startswith(squeeze(own)):
        return own, status
    return title, stage_after_names(title)


def _draft_stage(title: str) -> str | None:
    """The stage of drafts a call for comments presents (征求意见稿 …): the whole call's stage. A trial
    word (试行) is part of each issued text's name, not the notice's."""
    status = split_status(title)[1]
    return status if status is not None and status not in status_words().trial else None


def _own_title(front: TitleGroup) -> Front:
    title, status = split_status(front.text)
    return Front(title_group=front, title=title, status=status or stage_after_names(title))


def covering_title(title: str) -> Front:
    """A title read on its own (a page's metadata title): a notice issuing one document gives that
    document's name as the title and keeps its own title as ``notice_title``."""
    issued = names_in_title(title)
    if issued is not None and not issued[1] and issued[0]:
        result = Front(notice_title=clean_title(title))
        result.title, result.status = split_status(issued[0][0])
        return result
    result = Front()
    result.title, result.status = split_status(title)
    return result
