"""A notice's title read without its organ from a page's 标题 field or a page title (关于印发X的通知) when the
document's own head below gives it whole: its organ on a line of its own over the 关于 line, the title wrapped or its
通  知 set apart (甲县人民政府办公室 / 关于印发X的 / 通  知), or the whole title on one line (甲局关于印发X的通知).
The field conventions take the document's own title, and D26 (round 37) keeps the organ its title block prints on
the title's line or on a line of its own right over 关于… (GB/T 9704: 发文机关名称 + 事由 + 文种). An organ line between a
law database's headline and the title again (关于X / 甲部 / 关于X), or over a title that stands again further down, is
the database's issuer field: the text gives the title without the organ. A portal's field block naming the title in a
labelled field (标  题关于印发X的通知, 名称: …) names the organ in a field of its own (发文机关), so an organ line over the
title line below it is the document's own letterhead. The other way round, a headline's 甲局关于X的通知 loses its organ
when the document's own title block prints 关于X bare under a line that is no organ (the 文号 under a red header).
"""

from __future__ import annotations

from parsers.structure.lines import Line, squeeze
from parsers.structure.title_labels import labels, titles_data
from parsers.structure.titles import is_issuer_line

_ABOUT = tuple(titles_data()["about_words"])  # 关于, and its traditional spellings
_MAX_TITLE_LINES = 4  # 关于印发X / 的 / 通知 and the like: a wrapped title's lines, blank ones apart


def _organ_line(content: str) -> bool:
    # 琼 海 市 人 民 政 府: a letterhead set out letter by letter reads as the organ once its spaces are gone
    return is_issuer_line(content) or is_issuer_line(squeeze(content))


def _own_title(lines: list[str], k: int, target: str) -> tuple[str, int] | None:
    """The organ and the number of lines the document's own title takes from line ``k``, when it reads as an organ
    followed by ``target``."""
    content = lines[k]
    if content.endswith(target) and content != target and _organ_line(content[: -len(target)]):
        return content[: -len(target)], 1
    if not _organ_line(content):
        return None
    joined = ""
    for n, below in enumerate(lines[k + 1 : k + 1 + _MAX_TITLE_LINES], start=2):
        joined += below
        if joined == target:
            return content, n
        if not target.startswith(joined):
            return None
    return None


def with_own_organ(title: str | None, head: list[Line]) -> str | None:
    """``title`` (opening with 关于) with the organ the document's own title line(s) give it, when the head also carries
    it apart from them (a 标题 field, a page title)."""
    if not title or not title.startswith(_ABOUT):
        return None
    target = squeeze(title)
    kept = [line for line in head if not line.is_furniture and line.content.strip()]
    lines = [squeeze(line.content) for line in kept]
    printed = [line for line in head if line.content.strip()]  # a byline between two copies parts them
    for k in range(len(lines)):
        own = _own_title(lines, k, target)
        if own is None:
            continue
        organ, taken = own
        apart = lines[:k] + lines[k + taken :]
        # 关于X的通知 / 甲市人民政府 / 关于X的通知: a law database's issuer line between its headline and the title
        # (unless the title apart is a field block's labelled field: the block names the organ itself). Otherwise the
        # organ line is the document's own title block's first line (GB/T 9704 prints 发文机关名称 over 关于…: D26)
        if (
            taken == 2
            and not any(_labelled_field(line, target) for line in apart)
            and _database_record(lines, k, target, _line_above(printed, kept[k]))
        ):
            continue
        if any(line.endswith(target) for line in apart):
            return organ + title
    return None


def _line_above(printed: list[Line], line: Line) -> str:
    """The words of the line printed right above ``line`` (furniture too), "" at the head's top."""
    k = next(i for i, one in enumerate(printed) if one is line)
    return squeeze(printed[k - 1].content) if k > 0 else ""


def _database_record(lines: list[str], k: int, target: str, above: str) -> bool:
    """The organ line ``k`` over the title is a law database's record (its headline right above, the issuing organ, the
    title again: 关于X的通知 / 甲部 / 关于X的通知), or the title stands again further down (the document's own line under
    its 文号): the organ is the database's field, not the title block's (field conventions D26, round 37). A byline
    between the headline and the organ (来源：本站 时间：…) parts the site's headline from the document's title block."""
    return above == target or any(line == target for line in lines[k + 2 :])


def _labelled_field(line: str, target: str) -> bool:
    """``line`` is a page's title field whose value is ``target`` (标题关于印发X的通知, 名称：…, 【标题】…)."""
    if not line.endswith(target) or line == target:
        return False
    label = line[: -len(target)].strip("【】[]|｜:：")
    field = labels().glued_title_label.match(label + target) if label else None
    return field is not None and field.group("value") == target  # the label whole, none of the title's words


def without_header_organ(title: str | None, head: list[Line]) -> str | None:
    """``title`` (甲局关于印发X的通知, read from a site's headline) without its organ when the document's own title
    block prints it bare: the head's last copy of the title stands as 关于印发X的通知 on a line of its own under a line
    that is no organ (the 文号 under a red header 甲局文件 or 甲局, a date line). GB/T 9704 prints the organ in the
    发文机关标志 apart from the title, and the title block decides (field conventions D26, round 37)."""
    if not title:
        return None
    cut = min((at for word in _ABOUT if (at := title.find(word)) > 0), default=-1)
    if cut < 0 or not _organ_line(title[:cut]):
        return None
    bare = squeeze(title[cut:])
    lines = [squeeze(line.content) for line in head if not line.is_furniture and line.content.strip()]
    # the last copy, one line or wrapped (关于印发X的 / 通  知), with or without an organ before it
    last = max(
        (
            (k, n)
            for k in range(len(lines))
            for n in range(1, _MAX_TITLE_LINES + 1)
            if "".join(lines[k : k + n]).endswith(bare) and k + n <= len(lines)
        ),
        default=None,
    )
    if last is None or last[0] < 1 or "".join(lines[last[0] : last[0] + last[1]]) != bare:
        return None
    return None if _organ_line(lines[last[0] - 1]) else title[cut:]
