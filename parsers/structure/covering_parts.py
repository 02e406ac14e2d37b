"""A covering notice's own requirements, the document it hands over not stored (round 25).

A notice that hands a document over (现将《X》印发给你们, 现将X转发给你们) often adds its own 一、二、 requirements
(一、提高站位，主动担当作为 / 二、加强领导 …), and pages store the notice alone: the issued document's text (a table
of tasks, an attachment) is not there. The parts are then the notice's, as a reader counts them: the document
proper holds nothing.

Taken: parts at the top level after a sentence that hands the document over (a lead 现将/现把, an issuing or
forwarding verb of titles.toml, 给) and announces parts of its own in the same breath (并就有关事项通知如下, 并提出
如下要求: call_parts.toml), with nothing of a document after the parts but a signature, attachments or the page's
lines, no title, chapter, article or decimal section anywhere below the notice (the issued text would bring them),
and no line after the sentence that ends like a document's title. A notice that only hands over (现将《X》印发给你们，
请认真贯彻执行) may be followed by the document's body without its title line, whose parts are the document's; a
notice that hands nothing over (its own 一、二、 are its content) keeps its parts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from parsers.structure.call_parts import call_parts_data
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import ends_with_doc_type

PART_KINDS = frozenset(["action", "measure"])  # 一、 and （一） at the top
BODY_KINDS = frozenset(["chapter", "section", "article", "outline", "title"])  # the issued document's own
FOLDED_KINDS = frozenset(["preamble", "paragraph", "furniture"])  # the notice's sentences before its parts
TRAILING_KINDS = frozenset(["signature", "attachment", "paragraph", "furniture"])  # what may follow the parts
HANDING_MAX_CHARS = 150  # from 现将 to the verb: the document's name in between
ANNOUNCING_MAX_CHARS = 30  # from 并 to 如下: 并结合我省实际，提出如下意见


@cache
def _handing_re() -> re.Pattern[str]:
    """现将《X》印发给你们，并就有关事项通知如下: the sentence hands the document over and announces parts of its own."""
    data, words = titles_data(), call_parts_data()
    leads = "|".join(data["handing_now_leads"])
    verbs = "|".join(sorted(data["issuing_verbs"] + data["forwarding_verbs"], key=len, reverse=True))
    joiners = "|".join(words["covering_joiners"])
    announcements = "|".join(words["covering_announcements"])
    # 现将《X》印发给你们, or 《X》已经…同意，现印发给…: the name before the lead, 现 right before the verb
    return re.compile(
        rf"(?:(?:{leads})[^。；;！？]{{1,{HANDING_MAX_CHARS}}}?|现)(?:{verbs})给[^。；;！？]{{0,12}}?(?:{joiners})"
        rf"[^。；;！？]{{0,{ANNOUNCING_MAX_CHARS}}}?(?:{announcements})"
    )


def covering_parts_span(kinds: list[str], head: Callable[[int], list[str]]) -> tuple[int, int] | None:
    """Top-level boxes [a, b) that are a covering notice's sentences and its own parts, given the kinds of the
    top-level boxes and the lines before a given box; None when the parts may be a document's."""
    parts = [i for i, kind in enumerate(kinds) if kind in PART_KINDS]
    if not parts:
        return None
    start = parts[0]
    while start > 0 and kinds[start - 1] in FOLDED_KINDS:
        start -= 1
    notice_at = next((i for i, kind in enumerate(kinds) if kind == "notice"), start)
    if any(kind in BODY_KINDS for kind in kinds[notice_at + 1 :]):
        return None
    stop = parts[-1] + 1
    if any(kind not in TRAILING_KINDS for kind in kinds[stop:]) or any(
        kind not in PART_KINDS | FOLDED_KINDS for kind in kinds[parts[0] : stop]
    ):
        return None
    lines = head(parts[0])
    handing = _handing_re()
    handed = next((k for k in range(len(lines) - 1, -1, -1) if handing.search(lines[k])), None)
    if handed is None or any(ends_with_doc_type(line) for line in lines[handed + 1 :]):
        return (
            None  # (a title line after the sentence: the document handed over follows, its parts are its own)
        )
    return start, stop
