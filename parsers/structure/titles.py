"""Titles: which lines make a document's title, and which lines never do.

A title is one line, or two or three lines of one title broken by the layout (``国务院办公厅关于推进`` /
``政务新媒体健康有序发展的意见``), that ends with the name of a kind of document (办法, 意见, 通知 …,
parsers/data/titles.toml) and may be followed by its status on a line of its own (``（征求意见稿）``).
A line that names no kind of document is a title only when nothing better stands before the body
(a news item: ``2015年新增四上企业奖励``).

Never a title: page furniture and web chrome (furniture.py), a 文号 (``湘政办发〔2009〕24号``), an issuer
line (``云南省财政厅 云南省人力资源和社会保障厅``), a letterhead (``湖南省人民政府办公厅文件``), a date, an
addressee (``各区、县（市）人民政府：``), a table-of-contents line (``3.2应急报告……9``), a numbered heading,
a sentence. The body begins at the first numbered heading, addressee or sentence: a title stands before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from parsers.list_markers import PAGE_BULLETS
from parsers.patterns import LINE_SPACES, in_order
from parsers.patterns import alternation as words
from parsers.status import patterns as status_patterns
from parsers.structure.chrome_form import is_chrome_form, is_menu_entry, is_segmented_suffix
from parsers.structure.date_line import LOOSE_DATE_RE, is_date_line  # noqa: F401 (re-exported)
from parsers.structure.doc_number import (  # noqa: F401 (DOC_NUMBER_TAIL_RE, is_doc_number_line: re-exported)
    DOC_NUMBER_RE,
    DOC_NUMBER_TAIL_RE,
    GLUED_NUMBER_RE,
    ORDER_ORGAN_RE,
    drop_doc_number,
    is_doc_number_line,
)
from parsers.structure.lines import WORD_CHAR_RE, Line, line_memo, squeeze
from parsers.structure.markers import ATTACHMENT_RE, SENTENCE_MARK_RE, TOC_RE, match_marker
from parsers.structure.outline import decimal_label, is_toc_entry
from parsers.structure.page_label import drop_edition_note, drop_page_note  # noqa: F401 (drop_page_note: re-exported)
from parsers.structure.title_labels import (
    is_labelled_field,
    is_page_note_label,
    titles_data,
    validity_head_end,
)

TITLE_MAX_CHARS = 100  # one line of a title
TITLE_MIN_CHARS = 5  # a document's title names its subject: 总体要求, 保障措施 are headings
TITLE_MAX_JOINED = 160  # a title over several lines
TITLE_MAX_LINES = 3
STATUS_ONLY_LINE_RE = re.compile(r"[（(〔【\[][^（()）〔〕【】\[\]]{1,20}[）)〕】\]]")  # （征求意见稿） alone
_QUOTED = r"《[^《》]*(?:《[^《》]*》[^《》]*)*》"  # a quoted name, one level of nested 《》 inside
_WHOLE_QUOTED_RE = re.compile(r"《[^《》]+》")  # a name quoted whole (its own nested names in 〈〉)
_INNER_QUOTES = str.maketrans({"〈": "《", "〉": "》"})
# a list's bullet before a page's line (• 设为首页, - 上传时间:2022-12-12): the page's layout, no part of the line
LIST_BULLET_RE = re.compile(rf"^\s*[{re.escape(PAGE_BULLETS)}]+\s+")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
COMMA_RE = re.compile(r"[，,]")
SENTENCE_OPENER_RE = re.compile(rf"(?:{in_order(titles_data()['sentence_openers'])})")
_CATEGORY_RE = re.compile(r"[\u4e00-\u9fff]/[\u4e00-\u9fff]")
_ISSUER_SPLIT_RE = re.compile(r"[\s、，,][\s、，,]*")  # (not […]+: a leading repeat gets no first-char set)
_CJK_SPACE_RE = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])\s+|\s+(?=[\u3000-\u9fff\uff00-\uffef])")
# (_CJK_SPACE_RE opens with a look-behind or a repeat, so a search tries it at every position: a title with no space
# is not searched)
_ANY_SPACE_RE = re.compile(r"\s")

# 办法(范本).DOC: a file's name (a site lists the files of a collection), never a title
_FILE_NAME_RE = re.compile(r"\.(?:docx?|wps|pdf|xlsx?|txt|zip|rar)$", re.IGNORECASE)
KIND_ALONE_RE = re.compile(rf"的(?:{in_order(titles_data()['kinds_after_de'])})")
TITLE_TAIL_CHARS = 60  # what decides whether a line ends like a title: its last characters only
LETTERHEAD_RE = re.compile(r"文件$")  # 甲省人民政府办公厅文件: the red header of an official document
ATTACHMENT_NOTE_RE = re.compile(r"^附[：:]")  # 附：X办法（试行）: a notice's note of what it encloses
# （2001年…会议通过: a bracketed note of what was done to the text
NOTE_LINE_RE = re.compile(rf"^[（(].{{0,80}}(?:{in_order(titles_data()['note_line_acts'])})")
# 各区人民政府，市政府各部门： / ××省民政局: / 国务院： — a line that ends with a colon and names whom it addresses
ADDRESSEE_RE = re.compile(
    rf"^(?=[^。；！？]*(?:{in_order(titles_data()['addressee_words'])}))"
    r"[^。；！？]{2,160}[：:](?:\s*\?)?$"  # (a half-width ? after the colon: a character the page lost)
)


@dataclass(frozen=True)
class _Rules:
    doc_type_end: re.Pattern[str]  # a title's last word, a status in brackets may follow
    doc_type: re.Pattern[str]  # the same, anywhere in a line
    issuer_part: re.Pattern[str]  # one organ name
    issuer_start: re.Pattern[str]  # an organ name at the start of a text
    covering_tail: re.Pattern[str]  # what follows 印发 in 关于印发X的通知: X in group "issued"
    issuing_verb: re.Pattern[str]  # 印发, 转发, 发布 …
    citing_before: re.Pattern[str]  # a citing word in the phrase before a quoted name
    repealing_after: re.Pattern[str]  # a repealing word right after a quoted name
    citing_after: re.Pattern[
        str
    ]  # a word right after a quoted name that cites it: 《X》的贯彻落实, 《X》精神
    title_connective: re.Pattern[str]  # a word that joins two names of one title: …任务分解 / 和责任分工方案
    place_name: re.Pattern[str]  # a place that names a site after a page's title: 甲市, 乙高新技术产业开发区
    # （此件公开发布）: a note of how the document is made public, a line alone
    disclosure_note: re.Pattern[str]


@cache
def rules() -> _Rules:
    data = titles_data()

    def alternation(key: str) -> str:
        return words(data[key])

    bracket = r"[（(〔【\[][^（()）〔〕【】\[\]]{1,20}[）)〕】\]]"
    verbs = words(data["issuing_verbs"] + data["forwarding_verbs"])
    return _Rules(
        doc_type_end=re.compile(
            rf"(?:{alternation('document_types')})(?:\s*(?:{bracket}|{status_patterns().drafts}))*[”’》]?[\s|｜]*$"
        ),
        doc_type=re.compile(rf"(?:{alternation('document_types')})(?:\s*{bracket})*"),
        issuer_start=re.compile(rf"^(?:中共)?[\u4e00-\u9fff]{{2,30}}?(?:{alternation('organ_suffixes')})"),
        issuer_part=re.compile(  # (no organ's name holds 关于: 关于征集甲市人大常委会 / X的公告 and 甲市人民政府印发关于
            # 贯彻省 / 《X》…的通知 are a title's lines)
            rf"^(?!.*关于)(?:中共)?[\u4e00-\u9fffA-Za-z（）()]{{1,30}}?(?:{alternation('organ_suffixes')})$"
        ),
        covering_tail=re.compile(rf"(?P<issued>.+?)(?:的?(?:{alternation('covering_kinds')}))?$"),
        issuing_verb=re.compile(verbs),
        citing_before=re.compile(alternation("citing_words")),
        repealing_after=re.compile(rf"[^，,。；;]{{0,6}}?(?:{alternation('repealing_words')})"),
        citing_after=re.compile(rf"\s*的?(?:{alternation('citing_after_words')})"),
        title_connective=re.compile(alternation("title_connectives")),
        place_name=re.compile(rf"[\u4e00-\u9fff]{{1,20}}(?:{alternation('place_suffixes')})"),
        disclosure_note=re.compile(rf"[（(]?(?:{alternation('disclosure_notes')})[）)]?"),
    )


# …的决定 附:修正本, …办法（附全文）: a site's note of what it appends after the title, not part of it;
# …的通知 2024-03-12: the date a list of items prints after each title; …的通知(2000年), …条例(2020): a law
# site's year after a title (a title's own bracket holds a span, an edition or a stage: (2021-2025年), (2024年版);
# D8, round 31: so does a year glued to a kind issued anew each year, …指南(2031年), …方案（2032年）: edition_kinds)
# …的意见(2022年5月6日), …办法 [ 2022-05-06 ]: the day it was issued or posted, in brackets glued to the title or set
# off by a space; …意见的公示
# (截止日期:2031年6月6日): the day a call closes, the page's note on it; …办法(点击量:52): the page's counter
_POSTED_DATE = r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
_APPENDED_NOTE_RE = re.compile(
    rf"(?:[{LINE_SPACES}]+附\s*[:：]\s*\S{{1,20}}|\s*[（(]\s*附[^（()）]{{1,20}}[）)]|\s*[（(]\s*(?:19|20)\d{{2}}\s*年?\s*[）)]"
    rf"|[{LINE_SPACES}]*[\[［(（]{{1,2}}\s*{_POSTED_DATE}\s*[\]］)）]{{1,2}}|[{LINE_SPACES}]*{_POSTED_DATE}"
    rf"|\s*[（(]\s*(?:截止|截至)(?:日期|时间)?\s*[:：]?\s*{_POSTED_DATE}\s*[）)]"
    rf"|\s*[（(]\s*(?:{in_order(titles_data()['page_counter_words'])})[\u4e00-\u9fff]{{0,2}}\s*[:：]\s*\d+\s*次?\s*[）)])\s*$"
)


@line_memo
def drop_appended_note(title: str) -> str:
    """…关于修改《X条例》的决定 附:修正本 -> …的决定, …的通知 2024-03-12 -> …的通知, …的通知_政策文件_甲市人民
    政府门户网站 -> …的通知: a note of what the page appends, the date it was posted or the site's name is no
    part of a title."""
    tail = title[-40:]
    note = None
    if ("附" in tail or "19" in tail or "20" in tail or "：" in tail or ":" in tail) and may_end_note(title):
        note = _APPENDED_NOTE_RE.search(title, max(0, len(title) - 30))
    if note is None and _SITE_MARK_RE.search(tail):
        note = _SITE_SUFFIX_RE.search(title, max(0, len(title) - 40))
        if note is not None and not is_site_name(note.group("site")):
            note = None
    if note is None or not rules().doc_type_end.search(title, 0, note.start()):
        return title
    if _EDITION_YEAR_RE.fullmatch(title, note.start()) and title[: note.start()].endswith(_edition_kinds()):
        return title  # …指南(2031年): the year's edition of a guide or a plan (D8), not a law site's year of a 规定
    return title[: note.start()]


def may_end_note(title: str) -> bool:
    """_APPENDED_NOTE_RE may match: every note but 附:X ends (spaces aside) with a closing bracket, a figure or 日,
    and 附:X holds 附. Most titles end with their kind (…的通知): the pattern, tried at each of the last 30
    positions, is not tried on them."""
    # (str.rstrip strips what the pattern's closing \s* matches; \d matches what str.isdecimal holds of)
    last = title.rstrip()[-1:]
    return "附" in title or last in _NOTE_LAST or last.isdecimal()


_NOTE_LAST = "）)]］日"


def bracketed_year(year_word_required: bool) -> str:
    """(2031年), ( 2031 ): a year in brackets. An edition's year after a title's kind writes 年; a site's year on a line
    of its own under a title (title_affixes) may leave it out."""
    return r"[（(]\s*(?:19|20)\d{2}\s*年" + ("" if year_word_required else "?") + r"\s*[）)]"


_EDITION_YEAR_RE = re.compile(bracketed_year(year_word_required=True) + r"\s*")


@cache
def _edition_kinds() -> tuple[str, ...]:
    return tuple(titles_data()["edition_kinds"])


_SITE_MARK_RE = re.compile(r"[_|｜\-—–]")
# a browser's page title: 标题_栏目_网站名, 标题 - 网站名
_SITE_SUFFIX_RE = re.compile(r"\s*(?:[_|｜]|\s[-—–]\s|[-—–](?=[\u4e00-\u9fff]))(?P<site>[^《》]{2,36})$")


def is_site_name(suffix: str) -> bool:
    """The site's name (and the column) a browser puts after a page's title: 政策文件_甲市人民政府门户网站,
    甲市人民政府."""
    last = re.split(r"[_|｜\-—–\s]+", suffix.strip())[-1]
    return (
        is_segmented_suffix(suffix)  # 规划-政务公开-甲之窗: a column and a site, whatever their words
        or last.endswith(tuple(titles_data()["site_name_last_words"]))
        or bool(rules().issuer_part.match(last))
        or bool(rules().place_name.fullmatch(last))  # …应急预案-甲高新技术产业开发区: the site of a place
        # …的通告-甲乙app官网注册: a spam site's tag
        or any(word in last for word in titles_data()["spam_site_words"])
    )


@line_memo
def ends_with_doc_type(content: str) -> bool:
    """The line ends with a kind of document (and its status, or its 文号 in brackets)."""
    tail = drop_appended_note(drop_doc_number(content[-TITLE_TAIL_CHARS:]))
    if tail.rstrip().endswith("》") and _CITED_AT_END_RE.search(tail):
        return False  # …审议通过的《政府工作报告》: a sentence broken after a name it cites, no title
    return rules().doc_type_end.search(tail) is not None


_CITED_AT_END_RE = re.compile(r"的《[^《》]*》\s*$")


@line_memo
def is_issuer_line(content: str) -> bool:
    """Organ names only: 化工部, 中共庄浪县委办公室 庄浪县人民政府办公室, 1990年3月10日,铁道部."""
    parts = [p for p in _ISSUER_SPLIT_RE.split(content.strip()) if p]
    if not parts or len(parts) > 4:
        return False
    parts = [p for p in parts if not LOOSE_DATE_RE.match(p)]
    issuer = rules().issuer_part
    return bool(parts) and all(issuer.match(p) for p in parts)


def is_body_line(line: Line, text: str) -> bool:
    """The document's body has begun: a numbered heading, an addressee or lead-in, a sentence."""
    return bool(match_marker(line, text)) or _body_content(line.content)


@line_memo
def _body_content(content: str) -> bool:
    """is_body_line by the line's words alone (its numbered marker is read from the text): the head's rules ask
    it of the same lines again and again, so it is read once a line."""
    if decimal_label(content):
        return True
    if ADDRESSEE_RE.match(content) and not content.startswith(("附件", "附：")):
        return True
    if len(COMMA_RE.findall(content)) >= 2 and len(content) > 20:
        return True  # prose running on over a wrapped line
    return bool(SENTENCE_MARK_RE.search(content)) and len(content) > 12


def is_note_line(content: str) -> bool:
    """A bracketed note of how the document above was made: (2001年…会议通过 …批准), (X政发〔2019〕8号印发)."""
    return bool(NOTE_LINE_RE.match(squeeze(content)))


def never_title(line: Line, text: str) -> bool:
    """Lines that are never a title, nor part of one."""
    return line.is_furniture or never_title_content(line.content) or bool(match_marker(line, text))


@line_memo
def never_title_content(content: str) -> bool:
    """never_title by the line's words alone (its numbered marker is read from the text)."""
    if len(content) > 2 * TITLE_MAX_CHARS:
        return True  # (spaces aside, a title line is at most TITLE_MAX_CHARS long)
    key = squeeze(content)
    return (
        not key
        # (the tests are pure and joined by ``or``: their order changes no answer; those a line most often meets, and
        # the cheapest, are asked first, and a line that meets one is passed over at their cost)
        or len(key) > TITLE_MAX_CHARS
        or bool(SENTENCE_MARK_RE.search(content))
        or len(COMMA_RE.findall(key)) >= 2  # prose, not a name
        or key.endswith(("：", ":"))
        or bool(SENTENCE_OPENER_RE.match(key))  # 现将《X》… (a covering sentence broken at a wrap)
        or bool(
            _CITED_AT_END_RE.search(key)
        )  # …审议通过的《政府工作报告》 / 确定了…: a sentence broken at a wrap
        or bool(_CATEGORY_RE.search(key))  # 综合政务/公民/通知: a page's list of categories
        or WORD_CHAR_RE.search(key) is None
        or _CJK_RE.search(key) is None  # { 2017 6 23: a date that lost its 年月日, a number, a code
        # - 上传时间:2022-12-12 (is_field_line holds only of a key with a colon, and dropping the bullet and the
        # spaces adds none: a line without one is passed over at the cost of two finds)
        or (("：" in content or ":" in content) and is_field_line(squeeze(LIST_BULLET_RE.sub("", content))))
        # - 相关推荐: a menu's entry (only a bulleted line can be one: the bullet is looked for first)
        or (LIST_BULLET_RE.match(content) is not None and is_menu_entry(content))
        or bool(_FILE_NAME_RE.search(key))
        or bool(is_doc_number_line(key) and not ends_with_doc_type(key))  # (X条例(2020): a site's year)
        or bool(
            LETTERHEAD_RE.search(key) and "关于" not in key
        )  # (关于印发X规范性文件 / 管理办法的通知: wrapped)
        or bool(NOTE_LINE_RE.match(key[validity_head_end(key) :]))  # ((已废止)印发…: a site's tag, no note)
        or is_date_line(key.strip("（()）〔〕[]"))  # （2009年4月13日）: the day it was adopted or issued
        or bool(TOC_RE.fullmatch(key))
        or is_toc_entry(content)
        or bool(ATTACHMENT_RE.match(key))
        or bool(ATTACHMENT_NOTE_RE.match(key))
        or decimal_label(content) is not None
        or is_chrome_form(content)  # 发文日期1988年01月26日, 甲市人民政府公报(2019年第3期)
        or is_page_note_label(key)  # 草案正文 over the draft's title
        # 此件公开发布 under a signature, over the enclosed plan
        or bool(rules().disclosure_note.fullmatch(key))
    )


# 政策级别:国家级, 发文部门:X委员会: a page's field, its label (a few characters) and a value that names no document
# after a comma: 某报整理,来源:X
CREDIT_LABELS = frozenset(titles_data()["source_credit_labels"] + titles_data()["person_credit_labels"])
FIELD_VALUE_MAX_CHARS = 40
_FIELD_PART_SPLIT_RE = re.compile(r"[，,;；|｜]")
_FIELD_RE = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,6})[:：](?P<value>.+)$")


def is_field_line(key: str) -> bool:
    """A page's metadata field (label:value) is no title; a value that names a document may be one (标题:X的通知)."""
    if is_labelled_field(
        key
    ):  # 主题词:X通知, 来源:关于X的通知: the label, not the value, says what the line is
        return True
    if "关于" in key or ("：" not in key and ":" not in key):
        return False
    for i, part in enumerate(_FIELD_PART_SPLIT_RE.split(key)):
        field = _FIELD_RE.match(part)
        if (
            field is not None
            and (i == 0 or field.group("label") in CREDIT_LABELS)  # X整理,来源:Y网站: a repost's credit
            and len(field.group("value")) <= FIELD_VALUE_MAX_CHARS
            and not ends_with_doc_type(field.group("value"))
            and not speaker(field.group("label"), i)
        ):
            return True
    return False


def speaker(label: str, part: int) -> bool:
    """住建部:坚决防范… : an organ before a line's first colon is who speaks in a news headline, not a field's
    label (a field label that names an organ, 发布机构:, is read by is_labelled_field first)."""
    return part == 0 and is_issuer_line(label)


@dataclass(frozen=True)
class TitleGroup:
    first: int  # index of its first line
    count: int  # lines of the title proper
    status_line: bool  # a status line of its own follows
    text: str  # the title lines joined (spaces between CJK dropped), status line included
    strong: bool  # it ends with the name of a kind of document

    @property
    def n_lines(self) -> int:
        return self.count + self.status_line


def split_quoted_title(title: str) -> tuple[str | None, str]:
    """A page title that quotes the whole document, its 文号 glued before it:
    京政办发〔2016〕26号《北京市人民政府办公厅关于印发〈X〉的通知》 -> (京政办发〔2016〕26号, 北京市…印发《X》的通知).
    Inside 《》 a nested name is quoted with 〈〉; once the outer quotes are gone it takes 《》 again.
    Unquoted, a 文号 ending in 号 glued before a title: X政发【2023】7号关于印发…的通知 -> (X政发【2023】7号, 关于…)."""
    key = title.strip()
    glued = GLUED_NUMBER_RE.match(key)
    if glued is not None and ends_with_doc_type(key[glued.end() :]):
        number, rest = squeeze(glued.group("number")), key[glued.end() :].lstrip()
        order = ORDER_ORGAN_RE.match(number)
        if order is not None and rest.startswith("关于"):
            rest = (
                order.group("organ") + rest
            )  # X人民政府令 第5号 关于…的决定: the order's organ makes the decision
        return number, rest
    opening = key.find("《")
    if opening < 0 or not key.endswith("》") or not _WHOLE_QUOTED_RE.fullmatch(key, opening):
        return None, title
    number = squeeze(key[:opening])
    if number and not DOC_NUMBER_RE.match(number):
        return None, title
    return number or None, key[opening + 1 : -1].translate(_INNER_QUOTES)


def open_quote(content: str) -> bool:
    """A quoted name opens and does not close: the line breaks inside it (…关于征求《X条例)."""
    return content.count("《") > content.count("》")


def clean_title(title: str) -> str:
    """A title as the text gives it, status words kept: line breaks and spaces between CJK dropped."""
    flat = title.replace("\n", "")
    return (_CJK_SPACE_RE.sub("", flat) if _ANY_SPACE_RE.search(flat) else flat).strip()


# the levels a name may hold without a place (县区动态, 市政府文件): no place's own name
_LEVELS_RE = re.compile(r"[省市县区乡镇村州旗]")


def opens_with_place(key: str) -> bool:
    """甲市城市绿化, 乙县教育局 open with a place's own name; 县区动态, 市政府 name levels only."""
    place = rules().place_name.match(key)
    return place is not None and bool(_LEVELS_RE.sub("", place.group(0)))
