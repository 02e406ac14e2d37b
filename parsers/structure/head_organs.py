"""The organs the head's own lines name, apart from the title and the signature: an issuer line (a law database's
line adding the province gives way to the document's own), a cover page run into one line, a page's metadata field
(发文机关：X), a letterhead (X文件). Read by parsers.structure.head's head_issuer."""

from __future__ import annotations

import re

from parsers.structure.furniture import is_web_chrome
from parsers.structure.head_titles import run_on_title
from parsers.structure.lines import Line
from parsers.structure.organ_names import ISSUER_LABELS, PROMULGATOR_LABELS, organs_named
from parsers.structure.signature_organs import PROVINCE_BEFORE_CITY_RE
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import (
    LETTERHEAD_RE,
    LIST_BULLET_RE,
    is_body_line,
    is_issuer_line,
    opens_with_place,
    rules,
    squeeze,
)

# a page's metadata field naming the issuing organ (发文机关：X); 发布机构 often names the office that posts it
# (or its label in brackets, a law database's list: 【颁布单位】甲省人大常委会, [发文单位]乙区人民政府)
ISSUER_FIELD_RE = re.compile(
    rf"^(?:(?:{'|'.join(ISSUER_LABELS)})[:：|](?P<organ>[^:：|\s]{{2,40}})$"
    rf"|[\[［【](?:{'|'.join(ISSUER_LABELS)})[\]］】](?P<labelled>[^:：|\s]{{2,40}})$"
    r"|[\[［【](?P<tagged>[^\]］】]{2,40})[\]］】](?:19|20)\d{2}-\d{1,2}-\d{1,2})"  # [甲县人民政府]2016-05-09
)
# a field written without its colon, the value set off by spaces (颁发部门  甲市人大常委会), or with its label after
# the value in brackets (甲州人大常委会(颁布单位)): the same field as a table's row copied as text
_SPACED_FIELD_RE = re.compile(
    rf"^\s*(?:(?:{'|'.join(ISSUER_LABELS)})\s+(?P<spaced>[^:：|\s]{{2,40}})"
    rf"|(?P<before>[^:：|\s()（）]{{2,40}})\s*[(（](?:{'|'.join(ISSUER_LABELS)})[)）])\s*$"
)
# 5. 【颁布单位】X: a site's fields as a numbered list (its <ol>)
_LIST_NUMBER_RE = re.compile(r"^\s*[0-9０-９]{1,2}\s*[.．]\s*")
# 2031年3月5日,甲部、乙部、丙部: the date a law library prints before the issuers on their line under the title
_DATED_LINE_RE = re.compile(r"^\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*[,，、]\s*(?=[\u4e00-\u9fff])")
_CONGRESS_FULL_NAMES = tuple(titles_data()["congress_full_names"])
_STANDING_COMMITTEES = tuple(titles_data()["standing_committee_words"])


def issuer_line_organs(head: list[Line], text: str) -> list[str] | None:
    """The organs of the first issuer line in the head, before the body begins."""
    for k, line in enumerate(head):
        if line.is_furniture or is_web_chrome(line.content):
            continue
        if is_body_line(line, text):
            break
        content = line.content
        below = next((n.content.strip() for n in head[k + 1 :] if n.content.strip()), "")
        if LIST_BULLET_RE.match(
            content
        ):  # •  甲市人民政府 over 关于…: a gazette bullets the title's issuer line
            content = LIST_BULLET_RE.sub("", content) if below.startswith("关于") else ""
        # 2031年3月5日,甲部、乙部: a law library's line, the date first
        content = _DATED_LINE_RE.sub("", content)
        if content.endswith(_CONGRESS_FULL_NAMES) and below.startswith(_STANDING_COMMITTEES):
            continue  # 甲州人民代表大会 / 常务委员会X办法: a title broken inside its organ's name
        if is_issuer_line(content) and not _above_posting_field(head, k):
            organs = organs_named(content)
            if organs:
                return _own_line_organs(organs, head[k + 1 :], text)
    return None


# 发布机构 (titles.toml posting_labels): the label of a page's metadata table
_POSTING_LABEL_RE = re.compile("|".join(titles_data()["posting_labels"]))


def _above_posting_field(head: list[Line], k: int) -> bool:
    """An organ line over the page's metadata table (甲县人民政府 / 无障碍 / 索引号 … 发布机构 乙镇人民政府 …) is the site's
    masthead, the name of the site that posts the text, not a line of the document's own: the document, its title
    and its own lines, come after the table. (A value under its label, 发布机构 / 甲局 / 责任部门 / 乙中心, is in the
    table, not over it.)"""
    labelled = [bool(_POSTING_LABEL_RE.search(line.content)) for line in head]
    return not any(labelled[: k + 1]) and any(labelled[k + 1 :])


def _own_line_organs(organs: list[str], below: list[Line], text: str) -> list[str]:
    """A law database's line adding the province (乙省甲市人民政府) over the document's own issuer line under its
    repeated title (甲市人民政府): the document's own naming (field conventions)."""
    cities = [PROVINCE_BEFORE_CITY_RE.sub("", o) for o in organs]
    if cities == organs:
        return organs
    for line in below:
        if is_body_line(line, text):
            break
        if not line.is_furniture and is_issuer_line(line.content) and organs_named(line.content) == cities:
            return cities
    return organs


# a cover page run into one line: 甲区防汛应急预案(试行)甲区人民政府防汛抗旱指挥部二○○六年五月目录…
_COVER_ORGAN_RE = re.compile(
    r"(?P<organ>[\u4e00-\u9fff]{2,40}?)(?=(?:19|20|二[〇○零OＯ])[\d〇○零OＯ一二三四五六七八九]{2}\s*年)"
)


def cover_organ(head: list[Line]) -> str | None:
    """The organ a cover page run into one line names between its title and its date."""
    first = next((line for line in head if not line.is_furniture and line.content), None)
    title = run_on_title(squeeze(first.content)) if first is not None else None
    if title is None:
        return None
    m = _COVER_ORGAN_RE.match(squeeze(first.content), len(title))
    organ = m.group("organ") if m is not None else None
    return organ if organ is not None and rules().issuer_part.match(organ) else None


_PROMULGATOR_LABEL_RE = re.compile(rf"^(?:{'|'.join(PROMULGATOR_LABELS)})")


def issuer_field(head: list[Line]) -> tuple[bool, str] | None:
    """The organ a page's metadata field names (发文机关：X, 颁布单位：X, [X]2016-05-09), and whether the field
    names the body that promulgated the text (颁布单位, 制定机关)."""
    for line in head:
        # • 制定机关:X, 5. 【颁布单位】X: a site's fields as a list
        key = squeeze(_LIST_NUMBER_RE.sub("", LIST_BULLET_RE.sub("", line.content)))
        field = ISSUER_FIELD_RE.match(key)
        organ = (
            field.group("organ") or field.group("labelled") or field.group("tagged")
            if field is not None
            else None
        )
        if organ is None and (spaced := _SPACED_FIELD_RE.match(line.content)) is not None:
            organ = spaced.group("spaced") or spaced.group("before")
            key = squeeze(line.content) if spaced.group("spaced") else squeeze(line.content).split("(")[-1]
            key = key.split("（")[-1]
        if organ is not None and organs_named(organ):
            return bool(_PROMULGATOR_LABEL_RE.match(key.lstrip("[［【"))), organ
    return None


def letterhead_organs(head: list[Line]) -> list[str] | None:
    """The organs of a letterhead (甲市教育局文件, 甲局 乙局文件): the red header of an official document; else of the
    head of such a document run into one line with its number (run_on_letterhead)."""
    for line in head:
        key = line.content.strip()
        organs = organs_named(key[: -len("文件")]) if LETTERHEAD_RE.search(key) else None
        if organs and opens_with_place(organs[0]):  # (市政府文件, 部委文件: a gazette's or a menu's column)
            return organs
    return run_on_letterhead(head)


# a 文号 as an official document's head prints it: 甲政办发〔2031〕8号, 乙府办发[2031]88号, 丙政发〔2031〕3 号
_NUMBER = r"[\u4e00-\u9fff]{1,10}\s*[〔\[【(（［]\s*(?:19|20)\d{2}\s*[〕\]】)）］]\s*\d{1,4}\s*号"
# the head of an official document run into one line (a PDF flattened, a page's text lost its breaks): its
# letterhead before its number (…甲市人民政府办公厅文件甲政办发〔2031〕8号甲市人民政府办公厅关于…), or its number before
# its issuer line and title (乙政发〔2031〕60 号 乙乡人民政府 关于印发…)
_RUN_ON_LETTERHEAD_RE = re.compile(rf"(?P<before>[\u4e00-\u9fff]{{2,40}})文件\s*{_NUMBER}")
_RUN_ON_ISSUER_LINE_RE = re.compile(rf"{_NUMBER}\s*(?P<organ>[^\s，,。：:；;]{{2,40}}?)\s*关于")


def run_on_letterhead(head: list[Line]) -> list[str] | None:
    """The organs of an official document's head run into one line: the longest tail before 文件 that is organs
    opening with their place, or the issuer line between the number and 关于."""
    for line in head:
        content = line.content
        if "号" not in content:
            continue
        letterhead = _RUN_ON_LETTERHEAD_RE.search(content)
        if letterhead is not None:
            before = letterhead.group("before")
            for start in range(len(before) - 1):
                organs = organs_named(before[start:])
                if organs and opens_with_place(organs[0]):
                    return organs
        issuer_line = _RUN_ON_ISSUER_LINE_RE.search(content)
        if issuer_line is not None:
            organs = organs_named(issuer_line.group("organ"))
            if organs and opens_with_place(organs[0]):
                return organs
    return None
