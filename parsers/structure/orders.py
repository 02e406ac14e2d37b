"""How a text was made, as its head says: an order's header and number (``X人民政府令 / 第5号``,
``主席令（九届第37号）``, a bare ``第153号`` over the sentence that promulgates the text), and a note of promulgation
or adoption (``X人民政府令第119号发布``, ``…第六次会议通过``). head.py reads the 文号 and the issuer from them."""

from __future__ import annotations

import re
from functools import lru_cache

from parsers.structure.covering import ADOPTED_NAME_RE, PUBLISHING_RE
from parsers.structure.lines import Line
from parsers.structure.signatures import notice_signature
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import LIST_BULLET_RE, opens_with_place, rules, squeeze

# An order's or a meeting's number, in figures or Chinese numerals (令第34号, 第三十六次会议), and a day's date with the
# spaces a page may leave in it (2031年4月2日, 2031 年 4 月 2 日): one pattern for every reader of an order's note.
ORDER_NUMERAL = r"[\d一二三四五六七八九十百零〇]"
DAY_DATE = r"(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"

# A regulation's note of how it was made: 1999年6月18日 X局令第10号公布, (…X人民政府令第119号公布…),
# 2017年4月26日 X市第六届人民代表大会常务委员会第三十六次会议通过
# (or the number before 令: 2031年6月2日甲部第31号令公布; 由 before the organ is the sentence's: 2031年3月2日由甲局令第5号公布)
PROMULGATION_RE = re.compile(
    r"(?:^|日|[\s(（])由?(?P<number>(?P<organ>[\u4e00-\u9fff]{2,30}?)"
    r"(?:令\s*第?\s*[\d一二三四五六七八九十百零〇]{1,6}\s*号|第\s*[\d一二三四五六七八九十百零〇]{1,6}\s*号令))"
    r"\s*(?:公布|发布)"
)
_ORDINAL = "一二三四五六七八九十百"
_TERM_WORDS = tuple(titles_data()["congress_term_words"])  # 第六届: a congress's term (titles.toml)
# 第十四届, 十四届: terms are counted in tens, so no 百 (a place ending in 百 keeps it: 甲乙百十四届 is 甲乙百's)
CONGRESS_TERM_RE = re.compile(rf"第?[一二三四五六七八九十]{{1,4}}(?:{'|'.join(_TERM_WORDS)})")
# …第六次会议通过, …第二十次主任会议修订 (a standing committee's chairmen revise its own office rules);
# 《X条例》由…第二十七次会议于2021年11月24日审议通过: the day between the meeting and its vote. A city's congress
# adopts (通过, or 制定) before its province's approves (批准): the first note is the maker's, its body as written
# (人民代表大会常务委员会, or 人大常委会, 人大); 由, 经 before it (（经甲市第五届…会议审议通过）) are the line's words
# A term may be written without its 第 (甲州十四届人民代表大会), a session in digits (第35次会议), a revision counted
# (…第二十二次会议第二次修订). A plan's note may date by the month (2031年12月甲区…) or lose its 日 (2031114甲市…),
# name its own place by 省 or 市 alone (市五届人大), count the session without 第 (省十届人大四次会议), tell the
# plenary of the session (…第二次会议第五次大会通过) and its approval as 审查批准; …三次会议批准了《X》 (审议通过的《X》) is a
# sentence of the text, not its note
CONGRESS_RE = re.compile(
    rf"(?:^|[日月]|\d(?![年月日])|》由|[\s(（])(?:已?[由经])?"
    rf"(?P<place>(?:(?![第号])[\u4e00-\u9fff]){{2,24}}?|[省市州县区])(?<![一二三四五六七八九十])(?P<term>{CONGRESS_TERM_RE.pattern})"
    rf"(?P<body>人民代表大会(?:常务委员会)?|人大(?:常委会)?)第?(?:[{_ORDINAL}]{{1,5}}|\d{{1,3}})次(?:全体|主任)?会议"
    rf"(?:第[{_ORDINAL}]{{1,3}}次(?:全体)?大会)?"
    rf"(?:于[^，,。；]{{4,16}}?日)?(?P<act>通过|审议通过|制定|(?:第[{_ORDINAL}]{{1,3}}次)?修订|修正|审查批准|批准)(?![了的])"
)


def _has_term(content: str) -> bool:
    """Whether ``content`` names a congress's term (届): a cheap test before CONGRESS_RE."""
    return any(word in content for word in _TERM_WORDS)


def _note_lines(head_lines: list[Line]) -> tuple[tuple[str, str | None], ...]:
    """Each line of the head, squeezed, with the next line joined to it where a note may run over the two (a short
    line: …第十届人民代表大会 / 常务委员会第二十次主任会议修订), else None."""
    return _notes(tuple(line.content for line in head_lines))


# the 文号's reader (made_by) and the issuer's (adopted_whole_by) read the notes of the same head: read once
@lru_cache(maxsize=4)
def _notes(contents: tuple[str, ...]) -> tuple[tuple[str, str | None], ...]:
    head = [squeeze(content) for content in contents]
    return tuple(
        (
            content,
            content + head[k + 1] if k + 1 < len(head) and len(content) <= NOTE_LINE_MAX_CHARS else None,
        )
        for k, content in enumerate(head)
    )


def made_by(head_lines: list[Line]) -> re.Match[str] | None:
    """The first note in the head of how the document was made: by an order (令) or a congress's vote.
    A note may run over two lines (…第十届人民代表大会 / 常务委员会第二十次主任会议修订)."""
    return _first_note(_note_lines(head_lines))


@lru_cache(maxsize=4)  # (asked by both readers of the same head's notes, as _notes)
def _first_note(notes: tuple[tuple[str, str | None], ...]) -> re.Match[str] | None:
    """made_by, on the head's note lines."""
    approved: re.Match[str] | None = (
        None  # a plan's congress approves it (…会议批准): the maker when nothing else is
    )
    for content, joined in notes:
        # (令 and 届 are in every match: most lines are passed over at the cost of a find)
        m = (
            ("令" in content and PROMULGATION_RE.search(content))
            or (_has_term(content) and CONGRESS_RE.search(content))
            or None
        )
        if m is None and joined is not None:
            m = CONGRESS_RE.search(joined) if _has_term(joined) else None
        if m is not None and m.groupdict().get("act") != "批准":
            return m
        approved = approved or m  # 乙省…会议批准 after 甲州…会议通过: the maker's note first (round 23)
    return approved


NOTE_LINE_MAX_CHARS = 60  # a note broken over lines: its first line is short


def adopted_whole_by(head_lines: list[Line]) -> re.Match[str] | None:
    """The note naming the body that last adopted the text as a whole (field conventions, round 26): a law's note
    lists its acts (…通过 …批准 …修订 …批准 根据…《关于修改…的决定》修正); its last revision by a congress's
    meeting (…会议修订) re-adopted it whole, an amendment by decision changed parts only. Without a revision, the
    first note, as made_by reads it."""
    notes = _note_lines(head_lines)
    made = _first_note(notes)
    if made is None or "act" not in made.groupdict():
        return made
    revised = made
    for content, joined in notes:
        if not _has_term(content):
            continue
        for m in CONGRESS_RE.finditer(content):
            if m.group("act").endswith("修订"):
                revised = m
        if joined is not None:
            # …第十届人民代表大会 / 常务委员会第二十次会议修订: the last act broken over two lines
            for m in CONGRESS_RE.finditer(joined):
                if m.start() < len(content) < m.end() and m.group("act").endswith("修订"):
                    revised = m
    return revised


# an order's or an announcement's number on the line after its name: 中华人民共和国国务院令 / 第227号
_ORDER_NAME_RE = re.compile(r"^(?P<organ>[\u4e00-\u9fff]{2,30}?)(?P<kind>令|公告)$")
# …its number may name the congress's term first ([五届]第三十三号, 〔十三届〕第七十七号, ﹝十四届﹞第二十二号, 【第五届】19号
# with no 第 after it, or inside its brackets: (十四届第32号)), stand in
# brackets ((第3号)) and be followed by its number in the year ((第3号)2031年第1号)
# or number it in its year (〔2031〕第1号, （[2031]263号）, 2033年第37号 under 中华人民共和国甲部令)
_ORDER_NUMBER_RE = re.compile(
    r"^(?P<term>[\[［【（(〔﹝]第?[一二三四五六七八九十]{1,3}届[\]］】）)〕﹞])?(?P<open>[（(])?(?:[一二三四五六七八九十]{1,3}届)?"
    r"(?:[〔\[［【](?:19|20)\d{2}[〕\]］】]\s*第?|第|(?:19|20)\d{2}年第|(?(term)|(?!)))[\d一二三四五六七八九十百零〇○]{1,6}号"
    r"(?(open)[）)])(?:(?:19|20)\d{2}年第[\d一二三四五六七八九十百零〇○]{1,6}号)?$"
)
# …on one line, numbered in its year: 国家税务总局公告2024年第3号, X部令2023年第1号
_YEARLY_ORDER_RE = re.compile(
    r"^(?P<organ>[\u4e00-\u9fff]{2,30}?)(?P<kind>令|公告)(?:19|20)\d{2}年第[\d一二三四五六七八九十百零〇○]{1,6}号$"
)
# …with its number on the same line, bracketed or not: 湖北省人民政府令(第52号), X市人民政府令 第5号, 主席令(九届第3号)
# and run on into the sentence that promulgates the text, as a one-line copy leaves it: X人民政府令第5号《Y办法》已经…通过
_ORDER_LINE_RE = re.compile(
    r"^(?P<organ>[\u4e00-\u9fff]{2,30}?)(?P<kind>令)[（(]?(?:[一二三四五六七八九十]{1,3}届)?第[\d一二三四五六七八九十百零〇○]{1,6}号[）)]?"
    r"(?:$|(?=《[^《》]{2,60}》已经?))"
)
_ORDER_KINDS = ("令", "公告")
# …or its number before 令 on a line of its own: 甲市人民政府第12号令
_NUMBERED_ORDER_RE = re.compile(
    r"^(?P<organ>[\u4e00-\u9fff]{2,30}?)第[\d一二三四五六七八九十百零〇○]{1,6}号(?P<kind>令)$"
)
_ADOPTED_RE = re.compile(r"^《[^《》]+》已经?[^。]{0,40}(?:通过|同意)")  # 《X》已经…常务会议审议通过
ORDER_NUMBER_WINDOW = 4  # an order's bare number (第153号) stands this many lines at most before its 现予公布
STATE_NAME = "中华人民共和国"  # 中华人民共和国国务院令: the order is 国务院's


def order_header(head: list[Line]) -> tuple[str, str] | None:
    """An order's or an announcement's header in the head: (its number, the organ that issues it)."""
    before: re.Match[str] | None = None
    previous = ""
    for line in head:
        # (•   甲市人民政府令 / 第7号: a gazette's page bullets the header's line)
        key = squeeze(LIST_BULLET_RE.sub("", line.content))
        if not key or line.is_furniture:
            continue
        if key in _ORDER_KINDS and rules().issuer_part.match(previous):
            key = (
                previous + key
            )  # 甲市人民代表大会常务委员会 / 公 告 / 第3号: the name broken before its kind
        elif (
            key.endswith(_ORDER_KINDS)
            and rules().issuer_part.fullmatch(previous)
            and opens_with_place(previous)
            and not opens_with_place(key)
        ):
            key = (
                previous + key
            )  # 甲省第十一届人民代表大会 / 常务委员会公告: the name broken before its committee
        previous = key
        if before is not None and _ORDER_NUMBER_RE.match(key):
            return before.group(0) + key, before.group("organ")
        # the three patterns below need 令 or 公告: most lines end here, unmatched (a find, not three regex tries)
        if "令" not in key and "公告" not in key:
            before = None
            continue
        yearly = _YEARLY_ORDER_RE.match(key) or _ORDER_LINE_RE.match(key) or _NUMBERED_ORDER_RE.match(key)
        if yearly is not None:
            return yearly.group(0), yearly.group("organ")
        before = _ORDER_NAME_RE.match(key)
    return None


# (2031年10月29日甲自治区人民政府令第34号): an order's note alone in its brackets under the title, as law libraries
# print a decree's (no 公布 after it, which PROMULGATION_RE reads); the date may follow the order ((甲省人民政府令第15号
# 2031年4月2日))
_ORDER_NOTE_RE = re.compile(
    rf"^[（(]\s*{DAY_DATE}?\s*"
    rf"(?P<number>(?P<organ>[\u4e00-\u9fff]{{2,30}}?)令\s*第?\s*{ORDER_NUMERAL}{{1,4}}\s*号)"
    rf"(?:\s*{DAY_DATE})?\s*[）)]$"
)


def bracketed_order_note(lines: list[Line]) -> re.Match[str] | None:
    """The first line that is an order's note alone in its brackets ((2031年10月29日甲人民政府令第34号)), naming an
    organ: its number (the 文号) and its organ (the issuer)."""
    for line in lines:
        if line.is_furniture:
            continue
        note = _ORDER_NOTE_RE.match(line.content.strip())
        if note is not None and rules().issuer_part.fullmatch(note.group("organ")):
            return note
    return None


# (2031年3月31日甲省…委员会第…次会议通过 2031年3月31日甲省人民代表大会常务委员会公告第87号公布): a law's note
# telling one act, its adoption, and the 公告 that published it; the 公告's header and number are the law's 文号 (round
# 13). A note telling several acts (通过 … 批准, 修正, 修订, each with its own 公告) names no one number: not read.
_ONE_ACT_NOTE_RE = re.compile(
    r"(?:^|[（(])(?:(?!通过|批准|修正|修订)[^（）()]){4,60}?会议(?:审议)?通过"
    r"(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)"
    r"(?P<number>[\u4e00-\u9fff]{2,30}?公告第[\d一二三四五六七八九十百零〇]{1,4}号)公布"
    r"(?!.*(?:通过|批准|修正|修订))"
)


def announced_in_note(head_lines: list[Line]) -> str | None:
    """The 公告 (header and number) a one-act note of a law names as publishing it, or None."""
    for content, joined in _note_lines(head_lines):
        for key in (content, joined):
            if key is not None and "公告" in key and (m := _ONE_ACT_NOTE_RE.search(key)) is not None:
                return m.group("number")
    return None


def order_organ(organ: str) -> str | None:
    """The organ an order names, as an issuer: 中华人民共和国国务院 -> 国务院; the text's name a page ran into the header
    before it dropped (甲省乙办法 甲省人民政府令 第57号 -> 甲省人民政府)."""
    organ = organ.removeprefix(STATE_NAME) or organ
    named = list(rules().doc_type.finditer(organ))
    if named and rules().issuer_part.match(organ[named[-1].end() :]):
        organ = organ[named[-1].end() :]
    return organ if rules().issuer_part.match(organ) else None


def bare_order_number(head: list[Line]) -> str | None:
    """第153号 alone, then the sentence that promulgates the text (《X》已经…会议通过，现予公布): the number
    of an order whose name the page left out."""
    keys = [squeeze(line.content) for line in head if not line.is_furniture and line.content.strip()]
    for i, key in enumerate(keys):
        if _ORDER_NUMBER_RE.match(key) and any(
            PUBLISHING_RE.search(after) or _ADOPTED_RE.search(after)
            for after in keys[i + 1 : i + 1 + ORDER_NUMBER_WINDOW]
        ):
            return key
    return None


PROMULGATION_SIGNATURE_LINES = 4  # the sentence, 特此公告, the organ, the date


def promulgation_signature(head: list[Line]) -> str | None:
    """The organ that signs the sentence promulgating the text in its head (《X》已由…会议通过，现予公布 /
    甲省人民代表大会常务委员会 / 2031年12月3日, over the text's title): the document's own signature. A page may
    print the sentence first as its summary, unsigned, and the 公告 under it: the first sentence that is signed."""
    for k, line in enumerate(head):
        if "《" in line.content and (
            ADOPTED_NAME_RE.match(line.content) or PUBLISHING_RE.search(line.content)
        ):
            signed = notice_signature(head, (k, min(len(head), k + 1 + PROMULGATION_SIGNATURE_LINES)))
            if signed is not None:
                return signed
    return None
