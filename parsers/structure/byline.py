"""A page's byline, or its site's name, glued to its headline, recognised by their form.

A posting time: a date with its clock time (2023-01-30 14:22), and the byline's fields after it (来源:X 浏览数:255次).
A title carries a day (2023年1月30日), never a time of day, so a title line that runs on into a posting time ends
before it: ``…政府工作报告2023-01-30 14:22来源:X`` -> ``…政府工作报告``.

The page's fields after the title on its line, set off by spaces (``X的通知  发布时间：2031-05-01  浏览次数：27``):
labelled, no sentence, after a whole title.

A browser's page title: the headline, a dash, the site's name (``《甲市X条例》全文-某某网``). When what stands
before a single dash is a whole title (it ends with a kind of document, once a page's note such as 全文 is set
aside) and what follows is short, no sentence, and names no kind of document, what follows is the site's. (A
subtitle after ``——`` is the author's and stays; a suffix that names a kind of document stays.)
"""

from __future__ import annotations

import re

from parsers.patterns import LINE_SPACES
from parsers.structure.lines import line_memo

_DASH_SUFFIX_RE = re.compile(r"(?<=[\u4e00-\u9fff》）)])[-–](?P<site>[\u4e00-\u9fffA-Za-z0-9]{2,12})$")
# a date with its clock time, then nothing, or the byline's fields (来源:X 浏览数:255次: no sentence, a colon)
_POSTING_TIME_RE = re.compile(
    r"\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?(?P<fields>[^。；;，,]{0,60})$"
)


def drop_posting_time(title: str, min_chars: int) -> str:
    """``title`` without a posting time (and the byline's fields after it) glued to its end, when at least
    ``min_chars`` of the title stand before it."""
    if ":" not in title[-80:] and "：" not in title[-80:]:
        return title  # (a clock time has a colon: a cheap test first)
    m = _POSTING_TIME_RE.search(title)
    if m is None or len(title[: m.start()].strip()) < min_chars:
        return title
    fields = m.group("fields").strip()
    if fields and ":" not in fields and "：" not in fields:
        return title
    return title[: m.start()].rstrip()


def drop_site_after_dash(title: str) -> str:
    """``title`` without a site's name after a single dash, when a whole title stands before it."""
    # (imported here: titles imports this module)
    from parsers.structure.titles import drop_page_note, ends_with_doc_type, rules

    m = _DASH_SUFFIX_RE.search(title)
    if m is None or rules().doc_type.search(m.group("site")):
        return title
    before = title[: m.start()]
    return before if ends_with_doc_type(drop_page_note(before)) else title


# a page's fields after the title on its line, set off by spaces: 发布时间：2031-05-01  浏览次数：27 (labelled, no
# sentence)
_FIELDS_AFTER_RE = re.compile(
    rf"[{LINE_SPACES}]{{2,}}(?P<fields>[\u4e00-\u9fff]{{2,6}}[:：][^。；;，,]{{0,60}})$"
)


def drop_fields_after(title: str, min_chars: int) -> str:
    """``title`` without the page's fields after it on its line, when a whole title stands before them."""
    from parsers.structure.titles import ends_with_doc_type  # (titles imports this module)

    m = _FIELDS_AFTER_RE.search(title)
    if m is None:
        return title
    before = title[: m.start()].rstrip()
    return before if len(before) >= min_chars and ends_with_doc_type(before) else title


@line_memo
def drop_byline(title: str, min_chars: int) -> str:
    """``title`` without a posting time and fields glued to its end, its page's fields after spaces, or a site's
    name after a dash."""
    return drop_site_after_dash(drop_fields_after(drop_posting_time(title, min_chars), min_chars))
