"""A title's lines: where a title that starts at a line ends (one line, or up to three of one wrapped title,
its issuers over its 关于 line), and whether the lines above it belong to it."""

from __future__ import annotations

import re
from functools import cache

from parsers.patterns import in_order
from parsers.status import strip_status
from parsers.structure.dialogue import is_dialogue_turn
from parsers.structure.furniture import is_web_chrome
from parsers.structure.item_lines import is_item_line, is_value_under_label
from parsers.structure.lines import Line, line_memo
from parsers.structure.markers import SENTENCE_MARK_RE
from parsers.structure.page_label import has_edition_note
from parsers.structure.record_line import record_over_title
from parsers.structure.site_marks import drop_site_marks
from parsers.structure.title_affixes import joined_title
from parsers.structure.title_labels import names_title_part, titles_data
from parsers.structure.titles import (
    COMMA_RE,
    KIND_ALONE_RE,
    STATUS_ONLY_LINE_RE,
    TITLE_MAX_CHARS,
    TITLE_MAX_JOINED,
    TITLE_MAX_LINES,
    TITLE_MIN_CHARS,
    TitleGroup,
    ends_with_doc_type,
    is_issuer_line,
    never_title,
    open_quote,
    opens_with_place,
    rules,
    squeeze,
)
from parsers.structure.weak_line import is_column_over_title, never_weak_title, opens_abstract


def _closes_quote(joined: str, line: Line) -> bool:
    """``line`` closes the name ``joined`` left open, and reads as the rest of a title, not a sentence."""
    content = line.content
    return (
        open_quote(joined)
        and "》" in content
        and not line.is_furniture
        and not SENTENCE_MARK_RE.search(content)
        and len(squeeze(content)) <= TITLE_MAX_CHARS
    )


_CLOSING = frozenset(")）》〉")
_CLOSING_RE = re.compile("[" + "".join(sorted(_CLOSING)) + "]")
_KIND_OF = {"(": "(", "（": "(", ")": "(", "）": "(", "《": "《", "〈": "《", "》": "《", "〉": "《"}
_LATIN_RE = re.compile(r"[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]")
KIND_LINE_MAX_CHARS = 8  # 的 and a kind with a word or two before it (的备案报告, 的实施方案), no clause


@line_memo
def closes_unopened(content: str) -> bool:
    """The line closes a bracket or a book mark it never opens (年修订版)的通知, 实施意见》的通知): the rest of a line
    that a wrap broke inside the bracket. A bracket right after a latin letter closes a converter's reading whose
    opening bracket a garbled copy lost (試?guó)Q), not a name's."""
    if _CLOSING_RE.search(content) is None:
        return False  # (it says True only at a closing mark: a line with none, most lines, is not read char by char)
    depth = {"(": 0, "《": 0}  # brackets and book marks apart: (2031年)》 closes both
    for i, ch in enumerate(content):
        kind = _KIND_OF.get(ch)
        if kind is None or ch in _CLOSING and i and _LATIN_RE.match(content[i - 1]):
            continue
        if ch not in _CLOSING:
            depth[kind] += 1
        elif depth[kind] == 0:
            return True
        else:
            depth[kind] -= 1
    return False


def _may_open_title(first: str, second: str) -> bool:
    """A line that a title wraps from: not a bracketed remark (（此件主动公开）), not a short label that
    stands over a much longer title (意见征集 / 建湖县《…》公开征求意见)."""
    first, second = squeeze(first), squeeze(second)
    if STATUS_ONLY_LINE_RE.fullmatch(first) or first.startswith(("（", "(")):
        return False
    return len(first) >= 6 or len(first) * 2 >= len(second)


def issuers_over(first: str, second: str) -> bool:
    """A line of issuers (the verb that issues may end it: 甲市人民政府 甲市中级人民法院印发) over a line that
    opens with 关于: one title the layout broke after its issuers (GB/T 9704 puts them first)."""
    second = second.lstrip()
    if not (second.startswith("关于") or rules().issuing_verb.match(second)):
        return False  # 甲市人民政府办公室 / 印发《X》的通知 opens with its verb
    verb = rules().issuing_verb.search(first, max(0, len(first) - 4))
    head = first[: verb.start()] if verb is not None and verb.end() == len(first.rstrip()) else first
    return is_issuer_line(head)


def _issuer_head(lines: list[Line], first: int, count: int) -> bool:
    """The title over lines [first, first + count) opens with its issuers, one line or several one under
    another, over the line that opens with 关于 (or the issuing verb)."""
    for m in range(1, min(count, len(lines) - first)):
        if not issuers_over(lines[first + m - 1].content, lines[first + m].content):
            continue
        return all(is_issuer_line(lines[j].content) for j in range(first, first + m - 1))
    return False


def _balanced(lines: list[Line], first: int, count: int) -> bool:
    """A title the layout broke runs over lines of like length (its last line may be short): a name or a
    menu entry standing over a title (李为国 / 自身建设 / …办法) is no first line of it."""
    lengths = [len(squeeze(lines[k].content)) for k in range(first, first + count)]
    return all(3 * n >= max(lengths) for n in lengths[:-1])


def _broken_before_cited(first: str, second: str) -> bool:
    """A title broken before the name it cites (甲省贯彻落实 / 《乙部关于X的若干意见》的实施意见): a short first line
    ending with a citing word, the next opening with the quoted name."""
    return second.lstrip().startswith("《") and _ends_citing_re().search(squeeze(first)) is not None


@cache
def _ends_citing_re() -> re.Pattern[str]:  # (built once from titles.toml citing_words)
    return re.compile(rf"(?:{rules().citing_before.pattern})$")


def _organ_named(lines: list[Line], first: int, count: int) -> bool:
    """An organ's name over the rest of a title that names nothing without it (甲市人民代表大会及其常务委员会 /
    立法条例（草案）, 甲县人民政府 / 工作规则): a title named after the organ, broken after the organ."""
    if count != 2:
        return False
    rest = squeeze(strip_status(lines[first + 1].content))
    return len(rest) < TITLE_MIN_CHARS and not rest.startswith("关于")


_PERIOD_OPENING_RE = re.compile(r"[（(][^（()）]{1,16}年?[）)]")


def _continued(lines: list[Line], k: int, text: str) -> bool:
    """Line ``k`` goes on with the title above it: it opens with a word that joins two names (和, 及, 与, 暨)
    and itself ends with a kind of document, with no sentence in it (…任务分解 / 和责任分工方案)."""
    if k >= len(lines) or lines[k].is_furniture or text[lines[k - 1].end : lines[k].start].strip():
        return False
    key = squeeze(lines[k].content)
    # （2031-2040年）及实施意见: the period of the name above opens the line, the connective after it
    period = _PERIOD_OPENING_RE.match(key)
    return (
        bool(rules().title_connective.match(key, period.end() if period else 0))
        and len(key) <= TITLE_MAX_CHARS
        and (ends_with_doc_type(key) or key.endswith(tuple(titles_data()["continued_kinds"])))
        and not SENTENCE_MARK_RE.search(key)
        and not open_quote(key)
    )


def cited_name_goes_on(head_text: str, lines: list[Line], k: int, text: str) -> bool:
    """The title so far ends with a name it cites (关于贯彻省《X》, 贯彻《X》) and line ``k`` goes on to its kind
    (乙项任务的分工, 的实施意见): a name quoted inside a title broken after its quote. The cited name is the
    document's subject, not the document."""
    head = squeeze(head_text)
    if not head.endswith("》") or k >= len(lines) or never_title(lines[k], text):
        return False  # (二、甲市X政策 under 依据《Y》: a numbered heading begins the body, no title's end)
    if text[lines[k - 1].end : lines[k].start].strip() or "《" not in head:
        return False
    if rules().citing_before.search(head, 0, head.rindex("《")) is None:
        return False
    key = squeeze(lines[k].content)
    return (
        len(head + key) <= TITLE_MAX_JOINED
        and ends_with_doc_type(key)
        and "关于" not in key
        and not SENTENCE_MARK_RE.search(key)
        and not COMMA_RE.search(key)
        and not open_quote(key)
    )


_NOTICE_CLOSE_RE = re.compile(rf"的(?:{in_order(titles_data()['notice_close_kinds'])})$")


def issue_unclosed(head_text: str, lines: list[Line], k: int, text: str) -> int:
    """A covering notice's title broken after a name it issues, before the next name and its kind (关于印发甲办法 /
    乙办法的通知): 关于 + an issuing verb is in the title so far, which does not end with the notice's kind, and
    the next one or two lines end with it (的通知), with no sentence and no 关于 of their own. How many lines to
    join (0: none), so that the title is joined to its end."""
    head = squeeze(head_text)
    about = head.find("关于")
    # 关于《甲规划》《乙规划》 / 草案公示的公告: 关于 and the names it is about, broken before what the notice does
    # (关于对《甲规划》 / 征集意见建议的公告: 对 may stand between 关于 and the names)
    names_at = about + 3 if head[about + 2 : about + 3] == "对" else about + 2
    names_only = about >= 0 and head.endswith("》") and head[names_at : names_at + 1] == "《"
    if about < 0 or (rules().issuing_verb.match(head, about + 2) is None and not names_only):
        return 0
    if _NOTICE_CLOSE_RE.search(head):
        return 0
    below = ""
    for n in (1, 2):
        m = k + n - 1
        if m >= len(lines) or lines[m].is_furniture or text[lines[m - 1].end : lines[m].start].strip():
            return 0
        below += squeeze(lines[m].content)
        if "关于" in below or SENTENCE_MARK_RE.search(below) or len(head + below) > TITLE_MAX_JOINED:
            return 0
        if _NOTICE_CLOSE_RE.search(below):
            return n
    return 0


MENU_ENTRY_MAX_CHARS = 10  # a menu's entry is short; a wrapped title's lines run to the wrap's width


def _menu_over_title(lines: list[Line], i: int, k: int) -> bool:
    """Lines ``i``..``k-1`` are a menu's short entries and line ``k`` names a document whole, its place first and
    its kind last (政府信息公开 / 依申请公开 / 甲市政务信息公开指南), longer than any entry above it."""
    key = squeeze(lines[k].content)
    entries = [len(squeeze(lines[j].content)) for j in range(i, k)]
    return (
        max(entries) <= MENU_ENTRY_MAX_CHARS
        and len(key) > MENU_ENTRY_MAX_CHARS
        and ends_with_doc_type(key)
        and not key.startswith("关于")
        and rules().place_name.match(key) is not None
    )


COLUMN_LABEL_MAX_CHARS = 6  # 通知公告, 政策解读, 县区动态: a site's column, named in a word or two


def _column_label(content: str) -> bool:
    """A line a menu's entry could be: a word or two, neither an organ, nor a place opening a title (甲市城市绿化 /
    管理条例), nor a title's 关于 line (甲市 / 人民政府 / 关于… is a title's head broken short)."""
    key = squeeze(content)
    return (
        len(key) <= COLUMN_LABEL_MAX_CHARS
        and "关于" not in key
        and not is_issuer_line(key)
        and not opens_with_place(key)
    )


def _kind_closes(content: str) -> bool:
    """The notice's kind closes its title on a line of its own (的通知, or a kind qualified by its purpose: 《X》 /
    的备案报告), after the issued name's period or stage when it broke before its bracket ((2026—2028年)的通知)."""
    key = squeeze(content)
    if key.startswith("的") and len(key) <= KIND_LINE_MAX_CHARS and ends_with_doc_type(key):
        return not SENTENCE_MARK_RE.search(key)
    kind = KIND_ALONE_RE.search(key)
    if kind is None or kind.end() != len(key):
        return False
    return kind.start() == 0 or names_title_part(key[: kind.start()])


# a posting stamp (2019-12-17 18:08:00, 施行日期:2022-05-31): the page's record of when, never a title's words
STAMP_OPENS_WITHIN = 8  # the bar opens with its stamp or a short label (a headline may end with its time)
_POSTED_STAMP_RE = re.compile(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}")


def is_stamped_line(content: str) -> bool:
    """A line carrying a posting stamp and naming no kind of document at its end (2019-12-17 18:08:00 文章来源: 甲网;
    施行日期:2022-05-31): the page's bar, no title's first line (…的通知 2024-03-12 ends with its kind: a list's entry; a headline may end
    with the time it was posted)."""
    stamp = _POSTED_STAMP_RE.search(content, 0, STAMP_OPENS_WITHIN + 10)
    return (
        stamp is not None and stamp.start() <= STAMP_OPENS_WITHIN and not rules().doc_type_end.search(content)
    )


# a menu's entry: a few characters, nothing but words (no figure, bracket or mark), not a numbered heading
_MENU_WORDS_RE = re.compile(r"[\u4e00-\u9fff]{2,10}")
_NUMBERED_RE = re.compile(r"第[一二三四五六七八九十百零〇\d]+[编章节条]")
MENU_MIN_ENTRIES = 3  # short entries one under another: a site's menu (a title stands over longer lines)


@line_memo  # (asked of a line and of its neighbours each time a title is looked for at one of them)
def _menu_word(content: str) -> bool:
    key = squeeze(content)
    return (
        _MENU_WORDS_RE.fullmatch(key) is not None
        and "关于" not in key
        and not _NUMBERED_RE.match(key)
        and not is_issuer_line(key)
        and not opens_with_place(
            key
        )  # 甲县防汛应急预案, 甲市机动车排气污染 / 防治条例: a title names its place
    )


def _in_menu(lines: list[Line], i: int) -> bool:
    """Line ``i`` is one of a menu's entries (政府信息公开 / 政府信息公开指南 / 应急预案 / 政策解读): a run of short
    lines of words alone, however the entry ends (a column may end like a kind of document)."""
    if not _menu_word(lines[i].content):
        return False
    first = i
    while first > 0 and _menu_word(lines[first - 1].content):
        first -= 1
    last = i
    while last + 1 < len(lines) and _menu_word(lines[last + 1].content):
        last += 1
    return last - first + 1 >= MENU_MIN_ENTRIES


def title_group(lines: list[Line], i: int, text: str, *, allow_weak: bool = True) -> TitleGroup | None:
    """The title that starts at line ``i``, if one does: one line, or up to three of one wrapped title."""
    if i >= len(lines) or never_title(lines[i], text) or _in_menu(lines, i):
        return None
    first = lines[i].content
    if is_stamped_line(first) or is_item_line(first) or is_value_under_label(text, lines[i].content_start):
        return None  # 2019-12-17 18:08:00 文章来源: 甲网 / X条例: the page's bar over the title, not its first line
    if first.startswith("的") and COMMA_RE.search(first):
        return None  # …的意见》,我局起草了《X办法》: the rest of a sentence broken at a wrap
    if closes_unopened(first):
        return None  # …划定方案(2031 / 年修订版)的通知: the tail of a line broken inside a bracket, no title's start
    # (a site's note of its copy's edition after the name, X条例|2025年修正版, is set aside first)
    count, strong = 1, (ends_with_doc_type(first) or has_edition_note(first)) and not open_quote(first)
    if not strong:
        joined = first
        for k in range(i + 1, min(len(lines), i + TITLE_MAX_LINES)):
            if _closes_quote(joined, lines[k]):
                pass  # …征求《X条例 / （修订草案）》意见的公告: the line closes a name the title broke inside
            elif never_title(lines[k], text) or (
                is_issuer_line(lines[k].content) and not _issuer_head(lines, i, k + 2 - i)
            ):
                break  # (issuer lines one under another over 关于…: 中共甲镇委员会 / 甲镇人民政府 / 关于…)
            if text[lines[k - 1].end : lines[k].start].strip():
                break  # a line set aside (a site's address, a page mark) stands between: not one title
            if k == i + 1 and is_column_over_title(first, lines[k].content):
                break  # 省人大颁布的地方法规 / 甲市市容管理办法: the column the page files the title under
            if k == i + 1 and record_over_title(first, lines[k].content):
                return (
                    None  # 主题词 农业、畜牧 / 甲镇X方案: the page's record over the title, no title itself
                )
            if (
                ends_with_doc_type(lines[k].content)
                and "关于" in lines[k].content
                and not _issuer_head(lines, i, k + 1 - i)  # 甲厅 乙厅 / 关于…的通知
                # 甲省贯彻落实 / 《乙部关于X的意见》的实施意见: the 关于 is the cited name's
                and not (k == i + 1 and _broken_before_cited(first, lines[k].content))
            ):
                break  # a whole title of its own (…关于…的通知): what stands above it is not its first line
            if k >= i + 2 and _menu_over_title(lines, i, k):
                break  # 栏目 / 栏目 / 甲市X指南: a menu's entries over a whole title that names its place
            joined += lines[k].content.strip()
            if len(squeeze(joined)) > TITLE_MAX_JOINED:
                break
            if ends_with_doc_type(squeeze(joined)) and not open_quote(joined):
                count, strong = k - i + 1, True
                break
    if count > 1 and (not _may_open_title(first, lines[i + 1].content) or is_web_chrome(first)):
        return None  # (甲视频_乙网站_丙小说 / X办法: a spam farm's keyword line is no title's first line)
    if count > 1 and all(_column_label(lines[k].content) for k in range(i, i + count)):
        return None  # 部门动态 / 县区动态 / 通知公告: a menu's entries, one a line, whatever the last one ends with
    if count > 1 and len(COMMA_RE.findall("".join(lines[k].content for k in range(i, i + count)))) >= 2:
        return None  # prose broken at a wrap (为规范…,保障… / …,根据《X》,我局起草了《Y》), no title
    if (
        count > 1
        and not _balanced(lines, i, count)
        and not _issuer_head(lines, i, count)
        and not _broken_before_cited(first, lines[i + 1].content)
    ):
        return None
    if is_issuer_line(first) and not (
        strong and (_issuer_head(lines, i, count) or _organ_named(lines, i, count))
    ):
        return (
            None  # an issuer line is a title's first line only before 关于…, or before the rest of its name
        )
    if not strong and (
        not allow_weak
        or is_dialogue_turn(first)
        or never_weak_title(first)
        or (i + count < len(lines) and opens_abstract(lines[i + count].content))
    ):
        return None  # (问：…？ an interview's question, 【打印】【关闭】, 甲网记者 乙丙: no headline)
    if (  # 丙市人民政府关于印发丙市 / …行动方案 / 的通知 (or （2026—2028年）的通知): the notice's kind on the last line
        strong
        and count < TITLE_MAX_LINES
        and i + count < len(lines)
        and _kind_closes(lines[i + count].content)
    ):
        count += 1
    strong_lines = (count, joined_title(lines, i, count)) if strong else None
    unclosed = issue_unclosed(strong_lines[1], lines, i + count, text) if strong_lines else 0
    if unclosed and count + unclosed <= TITLE_MAX_LINES + 1:
        count += unclosed  # 关于印发甲办法 / 乙办法的通知: joined to the notice's kind
    elif strong and count < TITLE_MAX_LINES and _continued(lines, i + count, text):
        # …任务分解 / 和责任分工方案: a line opening with 和, 及 or 暨 goes on with the title above it
        count += 1
    elif strong and count < TITLE_MAX_LINES and cited_name_goes_on(strong_lines[1], lines, i + count, text):
        count += 1  # 关于贯彻省《X》 / 乙项任务的分工: the title goes on past the name it cites
    nxt = i + count
    status_line = nxt < len(lines) and names_title_part(lines[nxt].content)
    if strong_lines and strong_lines[0] == count + status_line:
        joined = strong_lines[1]  # the same lines joined above: joined once
    else:
        joined = joined_title(lines, i, count + status_line)
    if len(squeeze(strip_status(joined))) < TITLE_MIN_CHARS:
        return None  # a section heading (总体要求, 保障措施) or a bracketed 文号, not a document's title
    # (a site's mark glued to it is dropped after: 甲网(精选9篇) / 工作制度 is a title of the page's own lines)
    return TitleGroup(i, count, status_line, drop_site_marks(joined), strong)
