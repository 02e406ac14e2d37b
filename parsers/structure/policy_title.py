"""The title line of the document a covering notice or a call issues: after the notice's covering sentence and
signature (the 附件 label may stand between), matched by the name the notice gives it."""

from __future__ import annotations

import re

from parsers.structure.covering import is_covering
from parsers.structure.lines import Line
from parsers.structure.markers import match_marker
from parsers.structure.notice_names import names_in_title
from parsers.structure.outline import decimal_label
from parsers.structure.title_group import title_group
from parsers.structure.title_names import names_match
from parsers.structure.titles import TitleGroup, is_date_line, squeeze
from parsers.structure.web_chrome import is_web_chrome


def policy_title(
    lines: list[Line], start: int, stop: int, names: list[str], text: str, *, named_only: bool = False
) -> TitleGroup | None:
    """The issued document's title line in [start, stop): the one that matches a name, or, after the
    notice's covering sentence and signature, the first title that names a kind of document. With
    ``named_only``: only a title that matches a name, after the signature."""
    after_signature = False
    seen_covering = False
    quoted: TitleGroup | None = None  # a name quoted whole on its line before the signature
    for i in range(start, stop):
        line = lines[i]
        if not line.content:
            continue
        if is_covering(lines, i):
            seen_covering = True
        # before the signature a line's title serves only to match a name (none with ``named_only``): with no
        # name to match there, the line's title is not read
        reads_title = after_signature or (names and not named_only)
        group = title_group(lines, i, text) if reads_title else None
        named = group is not None and any(names_match(group.text, name) for name in names)
        if named and not after_signature and not named_only and _quoted_whole(line.content):
            # 《X条例（修正草案）》 alone under a call's title: the page repeats the name it asks about; the
            # draft itself may follow the signature (附件1 / X条例 / （修正草案）)
            quoted = quoted or group
            continue
        if named and (after_signature or not named_only):
            return group
        if (
            group is not None
            and group.strong
            and after_signature
            and not named_only
            and not _listed_apart(lines, start, i, group.text)
            and not _notice_again(group.text, names)
            and not is_web_chrome(lines[group.first].content)  # 扫描或识别二维码,查看目录 under the signature
        ):
            return group
        if seen_covering and is_date_line(line.content):
            after_signature = True
        elif after_signature and (match_marker(line, text) or decimal_label(line.content)):
            return quoted  # the body began without a title line
    return quoted


def _notice_again(heading: str, names: list[str]) -> bool:
    """A title after the signature that is a notice's own title issuing the same document (甲局关于征求《X》意见的函
    (PDF版) under the letter's date): the page's link to the notice it shows, no heading of the document."""
    issued = names_in_title(heading)
    return issued is not None and any(names_match(got, name) for got in issued[0] for name in names)


def _quoted_whole(content: str) -> bool:
    key = squeeze(content)
    return key.startswith("《") and key.endswith("》") and key.count("《") == 1


# an item of a notice's numbered list of enclosures: 附件：1.参会单位名单 / 2.《X方案（代拟稿）》
_LISTED_RE = re.compile(r"^(?:附件[:：]?)?\d{1,2}\s*[.．、]\s*(?P<name>.+)$")


def _listed_apart(lines: list[Line], start: int, stop: int, title: str) -> bool:
    """``title`` is an enclosure the notice numbers in its list apart from the document it issues (its list of
    participants after 附件：1.参会单位名单 / 2.《X》): another enclosure, not the issued document."""
    key = squeeze(title)
    for k in range(start, stop):
        m = _LISTED_RE.match(squeeze(lines[k].content))
        if m is not None and m.group("name").strip("《》") == key:
            return True
    return False
