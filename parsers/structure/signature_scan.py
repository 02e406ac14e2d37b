"""The first signature block anywhere in a text, for texts whose signature no box reads: a covering notice stored
without its own title (各区人民政府： / 现将《X》印发给你们… / 甲市人民政府 / 2021年1月7日 / X), a call that has no title
line (its purpose, its ways of sending comments, then 甲局 / 2014年1月23日), a signature whose date stands on its
line after one space or none (甲局 2024年10月21日, 甲局2013年9月4日).

The organs right above the first date line (joint signers on one line or on several) sign the text: the field
conventions put the signature first among the document's own namings. Read by issuer_choice only when the head names
no body (no title organ, no issuer line, no field, no order).
"""

from __future__ import annotations

import re

from parsers.patterns import alternation
from parsers.structure.furniture import is_web_chrome
from parsers.structure.lines import Line
from parsers.structure.organ_names import organs_named
from parsers.structure.signatures import SIGNATURE_MAX_ORGAN_LINES, signature_date, wrapped_signer
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import ends_with_doc_type, rules, squeeze

# 甲局 2024年10月21日 |, 甲局2013年9月4日: a whole date closing the organ's line (a table's border after it)
_TRAILING_DATE_RE = re.compile(
    r"\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[|｜]?\s*$"
    r"|\s*[〇○零一二][〇○零一二三四五六七八九]{3}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*日\s*$"
)


# a line right above the date that is no organ by its ending (甲省人大常委会法规工作室, 乙学会, 丙兵团, a name spam
# put there) still signs when it is a name: short, no sentence, no document's name, no formula of closing
_SIGNER_MAX_CHARS = 30
_BULLET_RE = re.compile(r"^[·•●▪\s]+")
_TABLE_CELL_RE = re.compile(r"[|｜]")
_NOT_A_NAME_RE = re.compile(
    r"[，,。；;：:！!？?“”\"（(]|^(?:特此|此致|敬礼|附件|附：|联系|抄送|印发|主题词)|》$"
)


# 市长孟凡利, 部 长 李小鹏, 中华人民共和国主席 刘少奇: a person who signs in office (the officials of titles.toml)
_OFFICIAL_RE = re.compile(
    rf"(?:代|副)?(?:{alternation(titles_data()['signing_officials'])})"
    r"[\u4e00-\u9fff·]{2,4}$"
)


# 甲局 / 2031 / 年3月8日: a date whose year a page broke onto a line of its own
_YEAR_ALONE_RE = re.compile(r"(?:19|20)\d{2}")
_REST_OF_DATE_RE = re.compile(r"年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# (此件公开发布), 此件主动公开: the note of disclosure an official document prints by its date
_DISCLOSURE_RE = re.compile(r"[（(]?此件[\u4e00-\u9fff]{2,8}[）)]?")
# （甲局代章）, (代章): a line of its own under the signer saying whose seal stands for its own
_SEAL_LINE_RE = re.compile(r"[（(][\u4e00-\u9fff]{0,30}代章[）)]")
# 甲省人民政府省长：乙, 丙州人民政府州长:丁 戊: a body signing by its head, the office and the name after the body's own
# name (a public letter of a government): the body signs
_BODY_BY_ITS_HEAD_RE = re.compile(
    rf"^(?P<body>[\u4e00-\u9fff]{{2,30}}?)(?:代|副)?(?:{alternation(titles_data()['signing_officials'])})"
    r"\s*[:：]?\s*[\u4e00-\u9fff·]{1,4}(?:\s[\u4e00-\u9fff·]{1,3})?$"
)


def _body_by_its_head(content: str) -> str | None:
    """The body a line names before the office and name of its head who signs for it (甲省人民政府省长：乙), or None
    (市长乙: the person alone names no body)."""
    m = _BODY_BY_ITS_HEAD_RE.match(content)
    organs = organs_named(m.group("body")) if m is not None else None
    return organs[0] if organs and organs[0] == m.group("body") else None


def _named_as_signer(content: str) -> bool:
    return (
        2 <= len(content) <= _SIGNER_MAX_CHARS
        and _NOT_A_NAME_RE.search(content) is None
        and not ends_with_doc_type(content)
        and not any(char.isdigit() for char in content[:2])
        and _OFFICIAL_RE.search(squeeze(content)) is None
    )


def first_signature(paragraphs: list[Line]) -> str | None:
    """The organs of the text's first signature block: the organ lines right above its first date line, or an
    organ line whose date closes it; None when no date line has organs above it."""
    # (a list's bullet before the signature's lines is no part of them: · 甲局 / · 2031年1月1日)
    lines = [
        _BULLET_RE.sub("", line.content).strip()
        for line in paragraphs
        if not line.is_furniture and line.content.strip()
    ]
    for i, content in enumerate(lines):
        dated = _TRAILING_DATE_RE.search(content)
        if dated is not None and dated.start() > 0:
            organs = organs_named(content[: dated.start()])
            if organs:
                return "、".join(organs)
        # 甲街道办事处 / 此件公开发布 2031年1月30日: the disclosure note run onto the date's line, the date all the same
        noted = dated is not None and _DISCLOSURE_RE.fullmatch(content[: dated.start()].strip()) is not None
        split_year = (
            _YEAR_ALONE_RE.fullmatch(content)
            and i + 1 < len(lines)
            and _REST_OF_DATE_RE.fullmatch(lines[i + 1])
        )
        if _TABLE_CELL_RE.search(content) or not (split_year or noted or signature_date(content)):
            continue  # (a table's row is no signature: 甲局 | / 2031年7月 |)
        organs_above: list[str] = []
        k = i - 1
        if k > 0 and _SEAL_LINE_RE.fullmatch(lines[k]):
            k -= 1  # 甲办公室 / （乙局代章） / 2031年7月17日: the body whose seal stands for the signer's is not the signer
        if k >= 0 and (body := _body_by_its_head(lines[k])) is not None:
            return body
        if k >= 0 and not organs_named(lines[k]) and _named_as_signer(lines[k]):
            organs_above, k = lines[k].split(), k - 1  # (joint names set apart by spaces)
        while k >= 0 and i - k <= SIGNATURE_MAX_ORGAN_LINES and (found := organs_named(lines[k])):
            organs_above[:0] = found
            k -= 1
        # 甲市文明养犬管理 / 工作领导小组办公室: a long name wrapped before its kind
        if len(organs_above) == 1 and k >= 0 and (whole := wrapped_signer(lines[k], organs_above[0])):
            organs_above = [whole]
        if organs_above:
            return "、".join(organs_above)
    return (
        _glued_signature(lines)
        or next(filter(None, map(_run_on_signature, lines)), None)
        or _undated_signature(lines)
        or _signed_after_formula(lines)
    )


# …附件:1.甲方案(征求意见稿)甲市生态环境局2031年6月4日。: a page that runs the whole notice into one paragraph, its
# signature glued to the last item before the date that closes the text (a file's name may follow: 附件.docx)
# (its tail: a disclosure note in brackets, (此件公开发布), or the stray marks a page left, 日,。)
_GLUED_DATE_RE = re.compile(
    r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:[\u4e00-\u9fff]{0,4}\.(?:docx?|pdf|wps|xlsx?))?"
    r"(?:\s*[（(]此件[\u4e00-\u9fff]{2,8}[）)])?[，,。.]{0,3}\s*$"
)
# an organ right after a name's closing mark (…汇总表》甲市住房和城乡建设局2031年6月3日) is cut off from the item before it
_NAME_CLOSES = "》」”）)"
_GLUED_MAX_CHARS = 40
_NAME_RE = re.compile(r"[\u4e00-\u9fff]+")


def _glued_signature(lines: list[str]) -> str | None:
    """The organ glued before the date that closes the text's last line: the longest name before the date that is
    an organ opening on a place the text names elsewhere too (甲市 of 甲市生态环境局; not 说明甲市, the last item's
    tail run into it), naming no kind of document (not 甲市方案起草说明甲市生态环境局); failing that, an organ set
    off from the item before it by the item's closing mark (…汇总表》甲市住房和城乡建设局2031年6月3日)."""
    if not lines:
        return None
    last = lines[-1]
    date = _GLUED_DATE_RE.search(last)
    if date is None:
        return None
    before = last[max(0, date.start() - _GLUED_MAX_CHARS) : date.start()]
    rest = "\n".join(lines[:-1]) + "\n" + last[: max(0, date.start() - _GLUED_MAX_CHARS)]
    issuer, place = rules().issuer_part, rules().place_name
    candidates = [
        (start, opening)
        for start in range(len(before) - 1)
        if (opening := place.match(before[start:])) is not None
        and _NAME_RE.fullmatch(before[start:])
        and issuer.fullmatch(before[start:])
        and rules().doc_type.search(before[start:])
        is None  # (…方案起草说明甲市局: the item's name run into it)
    ]
    chosen = next((start for start, opening in candidates if opening.group(0) in rest), None)
    if chosen is None:
        chosen = next(
            (start for start, _ in candidates if start > 0 and before[start - 1] in _NAME_CLOSES), None
        )
    return before[chosen:] if chosen is not None else None


# a date as a page may print it: digits (an OCR's l for 1: l0月), a year in characters with digits among them (二00三年)
_YEAR = r"(?:(?:19|20)\d{2}|[〇○零一二][〇○零一二三四五六七八九0-9]{3})"
_MONTH_DAY = r"(?:[0-9lI]{1,2}|[一二三四五六七八九十]{1,3})"
_RUN_ON_DATE = rf"{_YEAR}\s*年\s*{_MONTH_DAY}\s*月\s*{_MONTH_DAY}\s*日"


def _run_on_re() -> re.Pattern[str]:
    data = titles_data()
    closing = rf"(?:请[^。；;，,]{{0,10}}?{alternation(data['closing_request_verbs'])}|{alternation(data['closing_formulas'])})"
    organs = r"(?P<organs>[\u4e00-\u9fff][\u4e00-\u9fff ]{1,40}?)"
    # …请认真贯彻执行。甲局2031年1月3日…; or any sentence's end when the enclosures' list follows the date (…为准。 甲局
    # 2031年6月9日 附件：甲办法（征求意见稿）): the signature stands between the text and its enclosures
    return re.compile(
        rf"{closing}[。.]\s*{organs}\s*{_RUN_ON_DATE}"
        rf"|[。.]\s*{organs.replace('organs', 'enclosing')}\s*{_RUN_ON_DATE}\s*{alternation(data['enclosure_words'])}[:：]"
    )


_RUN_ON_RE = _run_on_re()


def _run_on_signature(content: str) -> str | None:
    """The organs of a signature run on in the line right after the close of a covering letter's request or of a
    notice, its date after them, whatever follows (…现印发给你们，请认真遵照执行。 甲乡人民政府 2031 年 3 月 9 日 -1- 甲预案,
    …请照此执行。甲市人民政府办公厅2031年l0月21日甲方案): only when every name there is an organ."""
    if "月" not in content:
        return None  # (no date in the line: the pattern is not tried at each of its sentence ends)
    m = _RUN_ON_RE.search(content)
    organs = organs_named(m.group("organs") or m.group("enclosing")) if m is not None else None
    return "、".join(organs) if organs else None


# 附件：甲办法（征求意见稿）.docx: an enclosure's file name a page lists after the signature
_FILE_NAME_RE = re.compile(r"\.(?:docx?|pdf|wps|xlsx?|ofd)$", re.IGNORECASE)
_PROSE_END_RE = re.compile(r"[。！!；;]$|(?:电话|邮箱|传真|邮编)[:：]?\s*[\w@.;；\-（）() ]+$")


def _undated_signature(lines: list[str]) -> str | None:
    """The organ alone on the text's last line (before the enclosures' file names and the site's widgets), under a line of prose or of
    contacts: a signature whose date the page lost (…联系电话：0000-1234567 / 甲省乙领导小组办公室)."""
    # (the site's widgets after the text are no line of it: 扫一扫在手机打开当前页)
    words: list[str] = []  # the last two lines of words, read from the end
    for content in reversed(lines):
        if not _FILE_NAME_RE.search(content) and not is_web_chrome(content):
            words[:0] = [content]
            if len(words) == 2:
                break
    if len(words) < 2 or not _PROSE_END_RE.search(words[-2]):
        return None
    organs = organs_named(words[-1])
    return "、".join(organs) if organs and "".join(organs) == squeeze(words[-1]) else None


_CLOSING_FORMULAS = tuple(titles_data()["closing_formulas"])


def _signed_after_formula(lines: list[str]) -> str | None:
    """The organ lines right under a letter's closing formula, its date lost (特此函告。 / 甲县城管局 / 甲县住建局 /
    乙镇人民政府 / the enclosed draft's title): the bodies that sign it, jointly."""
    for i, content in enumerate(lines):
        if squeeze(content).rstrip("。.") not in _CLOSING_FORMULAS:
            continue
        signed: list[str] = []
        for below in lines[i + 1 : i + 1 + SIGNATURE_MAX_ORGAN_LINES]:
            organs = organs_named(below)
            if not organs or "".join(organs) != squeeze(below):
                break
            signed += organs
        if signed:
            return "、".join(signed)
    return None
