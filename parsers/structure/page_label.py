"""A site's label for the page it files a document under, recognised by the site's notes around the name.

A site that collects documents labels each page with the document's name and notes of its own: what the page holds
(…管理办法全文, …管理办法最新【全文】, an essay site's …预案范文(精选6篇)), how recent its copy is (最新版X条例,
X条例(最新版), X条例最新, X规划(2022年更新), X条例(修订版), X条例|2025年修正版, and a law database's tag
X条例(1995修正), bracketed or not (X条例2022修正), its year written with 年 or not (X条例（2019年修正）, X条例(2006年
修正本): field conventions, D14; edition_tag.py puts it back where the text names the law no other way); X方案(2025年
修订版) is the document's own and stays). Those notes
are the page's, never the document's: dropped from a title when what remains names a kind of document. And a label
that carries one, standing right over a title line of the document's own (the heading the document prints), is the
page's, not the title: the document's own line wins (甲旗国民经济和社会发展十四五规划(2022年更新) over 甲旗国民经济和
社会发展第十四个五年规划和2035年远景目标纲要).
"""

from __future__ import annotations

import re

from parsers.match_starts import search
from parsers.patterns import alternation
from parsers.structure.lines import line_memo, squeeze
from parsers.structure.title_labels import titles_data

# a law database's edition tag, the one pattern of it (edition_tag.py puts it back where the text names the law no
# other way): one year and a word of titles.toml superseding_words, (2032修订), （2029年修正）, (2030年修正本). A bare
# year, (2030), is the database's date of the text, no edition (field conventions, D14)
_SUPERSEDING = alternation(titles_data()["superseding_words"])
EDITION_TAG = rf"[（(]\s*(?:19|20)\d{{2}}\s*年?\s*(?:{_SUPERSEDING})本?\s*[）)]"
_YEAR = r"(?:(?:19|20)\d{2}\s*年?\s*)?"
_EDITION = r"(?:最新修订版?|最新版?本?|修[订正]版|更新版?)"
# X方案（2025年修订版）: an edition dated with 年 in the title's brackets is the document's own (field conventions, round 17)
_DATED_OWN = r"(?!(?:19|20)\d{2}\s*年\s*修[订正]版\s*[）)】\]])"
_EDITION_TAIL_RE = re.compile(
    rf"\s*[（(【\[]\s*{_DATED_OWN}{_YEAR}{_EDITION}\s*(?:全文)?\s*[）)】\]]\s*$|\s*最新(?:版本?)?\s*$"
    rf"|\s*[|｜]\s*{_YEAR}{_EDITION}\s*$"  # X条例|2025年修正版: the site's note after a bar
    rf"|\s*{EDITION_TAG}\s*$"  # X条例(1995修正), X条例（2019年修正）: a law database's tag
    rf"|(?<=[\u4e00-\u9fff])\s*(?:19|20)\d{{2}}\s*(?:{_SUPERSEDING})\s*$"  # X条例2022修正: the same tag unbracketed
)
_EDITION_HEAD_RE = re.compile(rf"^\s*{_YEAR}最新版?本?\s*(?=[\u4e00-\u9fff《])")


@line_memo
def drop_page_note(title: str) -> str:
    """甲市物业管理办法全文 -> 甲市物业管理办法: a site's note that the page holds the full text is no part of the
    title; kept when the words before it do not end with a kind of document (…的全文 is not a note then)."""
    from parsers.structure.title_labels import page_note_start  # (titles imports this module)
    from parsers.structure.titles import ends_with_doc_type

    start = page_note_start(title)
    if start is None or not ends_with_doc_type(drop_edition_note(title[:start])):
        return title  # (X条例2022修正【全文】: the edition's tag before the note, dropped next)
    return title[:start].rstrip()


@line_memo
def drop_edition_note(title: str) -> str:
    """最新版甲市物业管理条例 / 甲市物业管理条例(最新版) / 甲旗发展规划(2022年更新) -> the name alone, when it ends
    with a kind of document; a name that does not (最新政策汇总来了) keeps its words."""
    from parsers.structure.titles import ends_with_doc_type  # (titles imports this module)

    kept = title
    tail = search(_EDITION_TAIL_RE, kept)  # (it opens with optional spaces: see match_starts.search)
    if tail is not None and tail.start() > 0 and ends_with_doc_type(kept[: tail.start()]):
        kept = kept[: tail.start()].rstrip()
    head = _EDITION_HEAD_RE.match(kept)
    if head is not None and ends_with_doc_type(kept[head.end() :]):
        kept = kept[head.end() :]
    return kept


def has_edition_note(content: str) -> bool:
    """The line carries a site's note of its copy's edition (最新版…, …(2022年更新), …(修订版)): a page's label."""
    key = squeeze(content)
    return drop_edition_note(key) != key
