"""A page's fields that name the body behind the text: 发布机构 (发文机构, 发布单位, 责任部门), and last the byline's
来源 when it names a department (not a newspaper or a site). head.py takes them as the issuer when the text itself
names none."""

from __future__ import annotations

import re
from collections.abc import Callable

from parsers.patterns import LINE_SPACES, spaced_alternation
from parsers.structure.field_cells import cell_organ
from parsers.structure.lines import Line
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import opens_with_place

# 发布机构 (发文机构, 发布单位; titles.toml posting_labels): the organ a site's table says posted the text, the issuer a
# reader takes when the text itself names none (no signature, no organ at the title's head). Its value ends at the
# cell's edge: a run of spaces or a tab (发布机构：甲市教育局    成文日期：…), or the line's end; or it stands on the line
# under its label.
_POSTING_LABELS = tuple(titles_data()["posting_labels"])


def field_re(labels: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        rf"(?:^|\s)(?:{'|'.join(labels)})\s*[:：|]?[{LINE_SPACES}]?(?P<organ>[^\s:：|]{{2,40}})?"
        # (or one space before the next field's label: 成文日期：…, or a label and its value set apart by a space as
        # a row of fields prints them, 索引号 0001/2031-00012 发布机构 甲局 公开日 2031-08-15)
        r"(?:\s{2,}|\t|$|\s(?=[【\[]?[\u4e00-\u9fff]{2,6}\s*[:：])|\s(?=[\u4e00-\u9fff]{2,6}\s[0-9A-Za-z]))"
    )


_POSTING_FIELD_RE = field_re(_POSTING_LABELS)
_LIST_BULLET_RE = re.compile(r"^[\s·•●▪]+")
_POSTING_LABEL_RE = re.compile("|".join(_POSTING_LABELS))


def _field_search(field: re.Pattern[str], content: str) -> re.Match[str] | None:
    """``field.search(content)``; the posting field's from one character before its first label: (?:^|\\s) gives the
    engine no first character to skip to, so a search from the line's start tries the whole pattern everywhere."""
    if field is not _POSTING_FIELD_RE:
        return field.search(content)
    label = _POSTING_LABEL_RE.search(content)
    return None if label is None else field.search(content, max(0, label.start() - 1))


def posting_field(
    head: list[Line], is_organ: Callable[[str], object], field: re.Pattern[str] = _POSTING_FIELD_RE
) -> str | None:
    """The organ of a page's 发布机构 field (or of another ``field``), in any of the table's shapes: a value
    ``is_organ`` accepts."""
    for k, line in enumerate(head):
        m = _field_search(field, line.content.strip())
        if m is None:
            continue
        organ = m.group("organ")
        if organ is None and k + 1 < len(head):  # 发布机构： / 甲市教育局: the value on the next line
            organ = _LIST_BULLET_RE.sub(
                "", head[k + 1].content
            ).strip()  # (• 发布机构: / • 甲局: a list's items)
        if organ and is_organ(organ):
            return organ
    return None


# 区发展改革局(区粮食物资局): a bureau with the second name it bears, in brackets after the first
_SECOND_NAME_RE = re.compile(r"[（(][^（）()]{2,20}[）)]$")
# 甲经济技术开发区, 乙高新区: a zone a page names as the body that posts it (its administration stands for it)
_ZONE_END_RE = re.compile(rf"(?:{'|'.join(titles_data()['zone_body_ends'])})$")
# 社冲乡, 中塘镇, 甲街道: a township a field names by its own name alone, its place no county's (round 23: 来源: 社冲乡)
_TOWNSHIP_RE = re.compile(rf"[\u4e00-\u9fff]{{2,6}}(?:{'|'.join(titles_data()['township_ends'])})")


def posting_body(
    value: str, is_organ: Callable[[str], object], opens_with_place: Callable[[str], bool]
) -> bool:
    """The value of a 发布机构 field names a body: an organ (with a second name in brackets, 甲局(乙局)), a zone
    named by its place (甲经济技术开发区, 乙高新区), or a township by its own name (乙镇)."""
    if is_organ(value) or is_organ(_SECOND_NAME_RE.sub("", value)):
        return True
    if _TOWNSHIP_RE.fullmatch(value) is not None:
        return True
    return _ZONE_END_RE.search(value) is not None and opens_with_place(value)


# 来源：甲县民政局, 信息来源: 乙市司法局2031-10-13: the byline's source, its value up to a space, a bar, a bracket or a digit;
# the label may follow the page's time with no space (发布时间:2033-04-21 15:06信息来源:甲市人民政府)
_SOURCE_FIELD_RE = re.compile(
    rf"(?:^|[\s•·|｜】\]\d])(?:{spaced_alternation(titles_data()['source_field_labels'])})\s*[:：]\s*"
    r"(?P<organ>[\u4e00-\u9fff（）()]{2,30})(?P<site>\s*[A-Za-z0-9-]+\.[A-Za-z]{2,})?"
)
_PUBLISHER_END_RE = re.compile(rf"(?:{'|'.join(titles_data()['source_publisher_ends'])})$")


def source_field(head: list[Line], is_organ: Callable[[str], object]) -> str | None:
    """The body a cell of the page's metadata table names (| 发布机构 | 甲局 |, 【制定机关】甲局•…: field_cells), else
    the department a byline's 来源 names (one ``is_organ`` accepts), unless it names a publisher (甲市日报, 新华社,
    乙市人民政府网, 信息中心)."""
    cell = cell_organ(head, lambda value: posting_body(value, is_organ, opens_with_place))
    if cell is not None:
        return cell
    for line in head:
        m = _SOURCE_FIELD_RE.search(line.content) if "源" in line.content else None
        if m is None:
            continue
        organ = _before_next_label(m, line.content, is_organ)
        # 来源:甲研究院 jia.org: a value followed by the site's address names the site the page was copied from
        # (a township or a zone by its name is a body of government too: 来源: 社冲乡, 来源:甲工业区)
        if (
            m.group("site") is None
            and not _PUBLISHER_END_RE.search(organ)
            and posting_body(organ, is_organ, opens_with_place)
        ):
            return organ
    return None


# 信息来源: 甲县人民政府阅读次数:…: the bar's next label glued to the value (two to four characters before its colon)
_NEXT_LABEL_CHARS = (2, 3, 4)


def _before_next_label(m: re.Match[str], content: str, is_organ: Callable[[str], object]) -> str:
    """The source's value, without the next field's label when a colon right after the value shows one glued to it
    and what stands before that label names a body."""
    organ = m.group("organ")
    if m.group("site") is not None or content[m.end("organ") : m.end("organ") + 1] not in (":", "："):
        return organ
    if posting_body(organ, is_organ, opens_with_place):
        return organ
    cut = (organ[:-n] for n in _NEXT_LABEL_CHARS if len(organ) - n >= 2)
    return next((value for value in cut if posting_body(value, is_organ, opens_with_place)), organ)
