"""A notice's title read without its organ from a page's 标题 field or a page title (关于印发X的通知) when the
document's own head below gives it whole: its organ on a line of its own over the 关于 line, the title wrapped or its
通  知 set apart (甲县人民政府办公室 / 关于印发X的 / 通  知), or the whole title on one line (甲局关于印发X的通知).
The field conventions take the document's own title. A title that stands only under an organ line (a law database's
issuer line over the notice's title) is left as it is: the text gives it without the organ. Not so under a portal's
field block: when the title the head carries apart is a labelled field (标  题关于印发X的通知, 名称: …) the block names
the issuing organ in a field of its own (发文机关), so an organ line standing over the title line below it is the
document's own letterhead, not a database's issuer line.
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
    lines = [squeeze(line.content) for line in head if not line.is_furniture and line.content.strip()]
    for k in range(len(lines)):
        own = _own_title(lines, k, target)
        if own is None:
            continue
        organ, taken = own
        apart = lines[:k] + lines[k + taken :]
        # 甲市人民政府 / 关于印发X的通知: a law database's issuer line over the title, no title line (unless the title
        # apart is a field block's labelled field: the block names the organ itself)
        if taken == 2 and not any(_labelled_field(line, target) for line in apart):
            continue
        if any(line.endswith(target) for line in apart):
            return organ + title
    return None


def _labelled_field(line: str, target: str) -> bool:
    """``line`` is a page's title field whose value is ``target`` (标题关于印发X的通知, 名称：…, 【标题】…)."""
    if not line.endswith(target) or line == target:
        return False
    label = line[: -len(target)].strip("【】[]|｜:：")
    field = labels().glued_title_label.match(label + target) if label else None
    return field is not None and field.group("value") == target  # the label whole, none of the title's words
