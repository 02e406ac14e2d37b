"""What a covering notice's sentences say: the names it issues, whether it asks for comments, where it ends.

A covering sentence issues or presents documents (``现将《X》印发给你们``, ``起草了《X（征求意见稿）》``,
``现予公布``); a name it only cites (``根据《X》``, ``为抓好《X》的贯彻落实``) or repeals (``《X》同时废止``) is not
issued. ``parsers.structure.notice_block`` decides the front (title, notice title, status) from these.
"""

from __future__ import annotations

import re
from functools import cache

from parsers.status import split_status
from parsers.structure.lines import Line
from parsers.structure.markers import SENTENCE_MARK_RE
from parsers.structure.title_names import document_key, names_match
from parsers.structure.titles import _QUOTED, ends_with_doc_type, is_date_line, rules, squeeze, titles_data

OPENING_LINES = 3  # a text that opens with its covering sentence has it in its first lines
QUOTED_RE = re.compile(_QUOTED)


def own_words(title: str) -> str:
    """A title's own words, the names it quotes emptied (《关于征集X建议的通告》意见采纳情况 -> 《》意见采纳情况): a call
    for comments inside a quoted name is that document's, not the title's."""
    return QUOTED_RE.sub("《》", title)


OPENING_SCAN = 12  # a notice's first sentence comes within this many lines of its title


# A covering sentence: 现将《X》印发给你们, 《X》已经…同意，现印发给你们, 现予公布, 起草了《X》, 现转发给你们
DRAFTING = "(?:" + "|".join(titles_data()["drafting_verbs"]) + ")"  # 起草, 编制 …
_COVERING_OPENERS = ("现将", "现予", "现就", "特此", "予以", "形成了?")
_ISSUING_VERBS = ("印发", "转发", "发布", "公布", "颁布")
# (each alternative opens with a word of its own, none with a group: the engine then skips ahead to the characters
# that open one instead of trying the whole pattern at every position of a line, 4× faster)
COVERING_SENTENCE_RE = re.compile(
    "|".join(
        [
            *_COVERING_OPENERS,
            *(f"{verb}了" for verb in titles_data()["drafting_verbs"]),
            *(f"{verb}给?(?:你|各)" for verb in _ISSUING_VERBS),
        ]
    )
    + r"|征求意见|现[^。；，,《]{0,12}?征求\s*对?\s*《[^《》]+》\s*的?意见"  # 现向社会征求（对）《X》（的）意见: the notice's own call
    # (a report of someone else's call, X厅发布关于征求《Y》意见的公告, says no 现)
)
PUBLISHING = "(?:公布|发布|颁布)"  # a text made public: 现予公布, 特发布
# 《X条例》于…经…会议通过，…批准。现予公布: an announcement's sentence of adoption, its 现予公布 opening the next sentence
# (the publishing words: PUBLISHING below; 现予/予以 only, a bare 现 or 特 opens other sentences too)
PROMULGATED_LINE_RE = re.compile(
    r"^\s*《[^《》]+》\s*(?:已经|已于|已|于)[^。]{0,80}?(?:通过|批准)[^。]{0,80}。\s*(?:现予|予以)"
    + PUBLISHING
)


ASKING = "(?:" + "|".join(titles_data()["asking_verbs"]) + ")"  # 征求, 征询 …
ASKING_RE = re.compile(rf"{ASKING}[^。；，,]{{0,12}}?(?:意见|建议)")


ALIAS_RE = re.compile(r"《(?P<name>[^《》]+)》\s*[（(]\s*以下简称\s*《(?P<short>[^《》]+)》")


ENCLOSURE_RE = re.compile(r"附\s*件?\s*\d*\s*[：:]\s*(?P<rest>.{1,80})")  # 附件：《X》, 附件1:X


BRACKET_AFTER_RE = re.compile(r"\s*[（(][^（()）]{1,16}[）)]")


# 《X》（财农〔2021〕22号）: a name with its 文号 after it is a document already issued, cited, not the one issued
NUMBER_AFTER_RE = re.compile(
    r"\s*[（(][^（()）]{0,16}[〔\[［]\s*(?:19|20)\d{2}\s*[〕\]］][^（()）]{0,10}[）)]"
)


CONJUNCTION_RE = re.compile(r"\s*(?:和|及|以及|与|、)\s*")


# 根据《A》《B》: names side by side, with or without a conjunction, are one list (all cited, or all issued); a
# bracketed note may follow each (根据《A》（甲令第1号）、《B》（乙令第2号）)
LISTED_RE = re.compile(r"\s*(?:[（(][^（()）《》]{1,20}[）)])?\s*(?:和|及|以及|与|、)?\s*")


# 《X》（以下简称《办法》）于2020年10月18日起开始实施: a name in force since a date is a document already issued
IN_FORCE_RE = re.compile(r"[）)]?\s*(?:已经?)?(?:于|自)[^，,。；;：:]{1,16}?起?(?:开始|正式)?(?:施行|实施)")


# the words after a name up to the next mark: 《X》实施一周年情况的报告 names a report about X, not X
# a modifier runs to the end of its clause; a sentence ends at ？！ in either width too (公告?现将…)
MODIFIER_RE = re.compile(r"[^，,、：:；;。？！?!（(《]*")


SENTENCE_SPLIT_RE = re.compile(r"[。；！？]")


SENTENCE_END_RE = re.compile(r"[。；！？][”’）)]*$")


def _ends_sentence(content: str) -> bool:
    # searched from the last mark a match could open at, not over the whole line (the line's closing marks and a final
    # newline are all a match may hold after its mark)
    return SENTENCE_END_RE.search(content, max(0, len(content.rstrip("”’）)\n")) - 1)) is not None


PART_START_RE = re.compile(r"[，,、：:》]")


_ASKING_END_RE = re.compile(rf"{ASKING}(?:社会各界|社会公众|公众)?的?(?:意见|建议|意见和建议|意见建议)$")
ASKED_ABOUT_RE = re.compile(rf"{ASKING}\s*对?$")
_COMMENTS_RE = re.compile(r"\s*的?(?:意见|建议)(?:和?建议)?")


def asked_about(before: str, sentence: str, end: int) -> bool:
    """征求《X》意见: the 意见 after the name are the comments asked on X, not a document named after it (《X》实施意见);
    征求《X》意见的公告 names the call itself, a document that the name qualifies."""
    comments = _COMMENTS_RE.match(sentence, end)
    return (
        bool(ASKED_ABOUT_RE.search(before))
        and comments is not None
        and comments.end() == MODIFIER_RE.match(sentence, end).end()
    )


@cache
def _bare_kind_re() -> re.Pattern[str]:
    return re.compile("|".join(titles_data()["presenting_kinds"]))


def modifies_a_document(sentence: str, end: int) -> bool:
    """The name ending at ``end`` qualifies the document named after it (《X》实施情况的报告, 《X》的起草说明)."""
    after = MODIFIER_RE.match(sentence, end).group(0)
    if _bare_kind_re().fullmatch(after.strip()):
        return False  # 现将《X》公示，…: a kind word right after the name, nothing between, is the verb of the sentence
    if _ASKING_END_RE.search(after):
        return False  # 现将《X》通过本网站向社会公开征求意见: the sentence's call, no document named after X
    return bool(after) and ends_with_doc_type(after)


def names_in_sentences(lines: list[Line], start: int, stop: int) -> list[str]:
    """Names a covering sentence issues (quoted and not merely cited), in the lines [start, stop)."""
    if not any("《" in lines[k].content for k in range(start, min(stop, len(lines)))):
        # a name is appended only from a line holding 《 (below): none in the range, none to read (the walk would ask
        # each line whether it is a date first)
        return []
    names: list[str] = []
    aliases: dict[str, str] = {}  # 《X条例（草案）》（以下简称《条例（草案）》）: the short name stands for X
    citing, repealing, cited = rules().citing_before, rules().repealing_after, rules().citing_after
    for k in range(start, stop):
        content = lines[k].content
        if is_date_line(content):
            break  # the notice's signature: what follows is the issued document, which cites others
        nxt = lines[k + 1].content if k + 1 < min(stop, len(lines)) else ""
        if "《" not in content and "简称" not in content and "简称" not in content[-1:] + nxt:
            # nothing to read here: the names read below need a 《 in this line, the short names a 简称 in this line
            # and the one it may run on to (``ahead`` is empty or the next line, so a 简称 of content + ahead lies in
            # the line, or in its last character and the next line)
            continue
        # a sentence may run on to the next line when the text's wraps were not found
        ahead = nxt if nxt and not _ends_sentence(content) else ""
        joined = content + ahead
        # 《X条例 / （草案）》（以下简称《条例（草案）》）: a name and its short name may stand over two lines
        if "简称" in joined:  # (the pattern's own words: most lines are passed over at the cost of a find)
            aliases.update((m.group("short"), m.group("name")) for m in ALIAS_RE.finditer(joined))
        if "《" not in content or not COVERING_SENTENCE_RE.search(joined):
            continue
        content = content + ahead[: ahead.find("《")] if "《" in ahead else content + ahead
        promulgated = PROMULGATED_LINE_RE.match(content) is not None
        for i, sentence in enumerate(SENTENCE_SPLIT_RE.split(content)):
            if not COVERING_SENTENCE_RE.search(sentence) and not (i == 0 and promulgated):
                continue
            previous_cited, previous_end = False, -1
            for m in QUOTED_RE.finditer(sentence):
                part = PART_START_RE.split(sentence[max(0, m.start() - 20) : m.start()])[-1]
                # 依据《A》和《B》, 根据《A》《B》: a name listed after a cited one is cited as well
                listed = previous_cited and LISTED_RE.fullmatch(sentence, previous_end, m.start())
                previous_end, previous_cited = m.end(), True
                if (
                    listed
                    or citing.search(part)
                    or repealing.match(sentence, m.end())
                    or cited.match(sentence, m.end())
                    or NUMBER_AFTER_RE.match(sentence, m.end())
                    or IN_FORCE_RE.match(sentence, m.end())
                    or (modifies_a_document(sentence, m.end()) and not asked_about(part, sentence, m.end()))
                ):
                    continue  # 贯彻落实云南省《X》 cites X, 《X》同时废止 repeals it; 现将《X》印发 issues it
                previous_cited = False
                if ALIAS_RE.match(sentence, m.start()) is None:
                    names.append(aliases.get(m.group(0)[1:-1], m.group(0)[1:-1]))
    return names


def is_covering(lines: list[Line], k: int) -> bool:
    return bool(COVERING_SENTENCE_RE.search(lines[k].content))


def notice_end(lines: list[Line], start: int, names: list[str], *, issuing: bool = False) -> int:
    """Where a notice without its policy's title line ends: after its signature date; without one, after
    the covering sentence that quotes what it issues (现将《X》印发给你们: X follows), else at the end (现将
    任务分解下发 / 一、…: the notice's own parts). When an ``issuing`` title (X印发《Y》) is followed by a
    first sentence that covers nothing, the text after the title is the issued document itself
    (各区人民政府： / 为…，现提出如下意见。一、…): the notice is its title alone."""
    first_sentence = (
        None
        if not issuing
        else next(
            (
                i
                for i in range(start, min(len(lines), start + OPENING_SCAN))
                if SENTENCE_MARK_RE.search(lines[i].content)
            ),
            None,
        )
    )
    if first_sentence is not None and not is_covering(lines, first_sentence):
        return start
    covering = quoting = None
    for i in range(start, len(lines)):
        if is_covering(lines, i):
            covering = i if covering is None else covering
            quoted = (q[1:-1] for q in QUOTED_RE.findall(lines[i].content))
            if quoting is None and any(names_match(q, name) for q in quoted for name in names):
                quoting = i
        elif covering is not None and is_date_line(lines[i].content):
            return i + 1
    return quoting + 1 if quoting is not None and quoting + 1 < len(lines) else len(lines)


# 中华人民共和国国务院令（第777号）, X人民代表大会常务委员会公告 第37号, 主席令（九届第37号: a term of office）: the header of an order or an announcement
ORDER_TITLE_RE = re.compile(
    r"(?P<kind>令|公告)(?:[（(]?(?:[一二三四五六七八九十]{1,3}届)?第[^（()）]{1,8}号[）)]?)?$"
)


PUBLISHING_RE = re.compile(r"(?:现予|予以|现|特)" + PUBLISHING)
# 《X条例》已经…会议通过，…施行，特此公告: an announcement that a named text was adopted publishes it too
ADOPTED_NAME_RE = re.compile(r"^\s*《[^《》]+》\s*(?:已经|已于|已|于)[^。]{0,80}?(?:通过|批准)")


def promulgation(title: str, lines: list[Line], start: int, stop: int) -> bool:
    """An order (令), or an announcement (公告) whose sentence publishes the text (现予公布), promulgates the
    text after it: that is a regulation's history, not a notice with a title of its own."""
    header = ORDER_TITLE_RE.search(squeeze(title))
    if header is None:
        return False
    if header.group("kind") == "令":
        return True
    return any(
        (PUBLISHING_RE.search(lines[k].content) or ADOPTED_NAME_RE.match(lines[k].content))
        and "征求" not in lines[k].content
        for k in range(start, stop)
    )


def asks_for_comments(content: str) -> bool:
    """A sentence that asks for comments: 征求社会各界意见, 公开征求意见, 听取意见建议."""
    return bool(ASKING_RE.search(content))


def status_after_name(lines: list[Line], start: int, stop: int, name: str) -> str | None:
    """The status the notice gives its document after quoting it again: 附件：《X》（征求意见稿）; both stages
    when it gives one inside the quotes and one after them (《X（草案）》（征求意见稿）: 草案征求意见稿)."""
    key = document_key(name)
    for k in range(start, min(stop, len(lines))):
        line = lines[k]
        for m in QUOTED_RE.finditer(line.content):
            if document_key(m.group(0)) != key:
                continue
            inside = split_status(m.group(0)[1:-1])[1]  # 《X（征求意见稿）》 where the title said 《X》
            after = BRACKET_AFTER_RE.match(line.content, m.end())
            if after is None and m.end() == len(line.content) and k + 1 < len(lines):
                after = BRACKET_AFTER_RE.match(lines[k + 1].content)  # 《X》 / （征求意见稿）…: at the wrap
            outside = split_status(after.group(0))[1] if after is not None else None
            if inside and outside and outside != inside:
                return inside + outside  # 《X条例（草案）》（征求意见稿）: the draft's stage, then the text's
            status = inside or outside
            if status is not None:
                return status
        for m in ENCLOSURE_RE.finditer(line.content):  # 附件：X（征求意见稿）
            rest = m.group("rest").strip()
            if document_key(rest) == key and (status := split_status(rest)[1]) is not None:
                return status
    return None
