"""A draft's name over a line that says its stage alone: the draft's title, whatever headline stands above.

A news page, a blog or a forwarded call may put its own headline and lead over the draft it carries
(``甲市拟限养大型犬`` / ``征求意见进行中!`` / ``甲市养犬管理规定`` / ``（征求意见稿）`` / ``第一条 …``). The line that a
stage alone follows (``（征求意见稿）``, ``送审稿``) is the draft's name: a draft's stage is written under its title
and nowhere else. When the layout found no stage with its title, that name outranks the headline.
"""

from __future__ import annotations

from parsers.status import split_status
from parsers.structure.lines import Line
from parsers.structure.titles import SENTENCE_MARK_RE, TITLE_MIN_CHARS, ends_with_doc_type, rules

STAGE_LINE_MAX_CHARS = 12  # （征求意见稿）, (修订草案送审稿): a stage alone is short


def named_over_stage(head: list[Line], title: str | None) -> tuple[str, str] | None:
    """(name, stage) of the first head line that names a kind of document and stands over its stage alone; None
    when ``title`` (the layout's) is a notice that issues documents (关于印发《甲办法》等三项制度的通知: the notice of
    several is their title, whatever stage one of them states)."""
    if title and rules().issuing_verb.search(title):
        return None
    above: Line | None = None
    for line in head:
        if line.is_furniture:
            continue
        content = line.content.strip()
        if above is not None and len(content) <= STAGE_LINE_MAX_CHARS:
            rest, stage = split_status(content)
            if stage and not rest.strip():
                name = above.content.strip()
                if (
                    len(name) >= TITLE_MIN_CHARS
                    and not SENTENCE_MARK_RE.search(name)
                    and name.count("《")
                    == name.count("》")  # (关于印发《X / （试行） / 》的通知: a notice broken up)
                    and split_status(name)[1] is None
                    and ends_with_doc_type(name)
                ):
                    return name, stage
        above = line
    return None
