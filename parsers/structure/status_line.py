"""Where a text says a draft's stage: under the draft's name, or inside the brackets of the name a call quotes.

A draft's name over a line that says its stage alone is the draft's title, whatever headline stands above.

A news page, a blog or a forwarded call may put its own headline and lead over the draft it carries
(``甲市拟限养大型犬`` / ``征求意见进行中!`` / ``甲市养犬管理规定`` / ``（征求意见稿）`` / ``第一条 …``). The line that a
stage alone follows (``（征求意见稿）``, ``送审稿``) is the draft's name: a draft's stage is written under its title
and nowhere else. When the layout found no stage with its title, that name outranks the headline.

A call for comments with no title line may name its draft only in its body, with the stage inside the quotes
(``公众可查阅《甲项目环境影响报告书（征求意见稿）》``): the one name quoted so is the draft the call is about.
"""

from __future__ import annotations

from parsers.status import split_status
from parsers.structure.covering import QUOTED_RE
from parsers.structure.lines import Line
from parsers.structure.titles import SENTENCE_MARK_RE, TITLE_MIN_CHARS, ends_with_doc_type

STAGE_LINE_MAX_CHARS = 12  # （征求意见稿）, (修订草案送审稿): a stage alone is short


def named_over_stage(head: list[Line]) -> tuple[str, str] | None:
    """(name, stage) of the first head line that names a kind of document and stands over its stage alone."""
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


STAGED_NAME_MAX_PARAGRAPHS = 15  # a call names its draft in its first paragraphs


def staged_name_quoted(paragraphs: list[Line]) -> tuple[str, str] | None:
    """(name, stage) of the one document the text's first paragraphs quote with a stage inside the quotes."""
    found: dict[str, str] = {}
    seen = 0
    for line in paragraphs:
        if line.is_furniture or not line.content.strip():
            continue
        seen += 1
        if seen > STAGED_NAME_MAX_PARAGRAPHS:
            break
        for m in QUOTED_RE.finditer(line.content):
            name, stage = split_status(m.group(0)[1:-1])
            name = name.strip()
            if stage and len(name) >= TITLE_MIN_CHARS and ends_with_doc_type(name):
                found.setdefault("".join(name.split()), stage)
    if len(found) != 1:
        return None  # none, or several drafts: no one document to name
    ((name, stage),) = found.items()
    return name, stage
