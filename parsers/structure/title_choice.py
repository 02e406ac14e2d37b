"""The document's title, chosen among the readings of its head, in order: the front notice_block read (unless it
is only cited, or a site's label), a page's 标题: field over a line that names no kind, a news headline's one
document, a gazette's contents entry and the document under it, an order's regulation, the name after a site's note,
a lead that issues one document, a letter's enclosure, a heading glued to the body, an encyclopedia's box, a law
database's record header, a dated headline, an explanation's heading, a shared file's name, a title below a handover;
then the title is dressed: a collection's numeral dropped, the notice's period and the heading's edition added, its own
organ set before it, a site's tag before it dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from parsers.model import Node
from parsers.patterns import alternation
from parsers.status import split_status, strip_status
from parsers.structure.collection_marks import drop_collection_marks
from parsers.structure.contents_list import issue_masthead, listed_title, stored_below
from parsers.structure.crumb_title import crumb_title
from parsers.structure.cut_call import cut_call_name
from parsers.structure.edition_tag import with_database_edition, with_quoted_tag
from parsers.structure.explanation_title import explanation_heading
from parsers.structure.field_title import organ_from_field, several_from_field, title_cell, whole_from_field
from parsers.structure.front import Front
from parsers.structure.full_text_below import quoted_title_below, title_below_handover
from parsers.structure.fuller_heading import fuller_heading
from parsers.structure.glued_title import glued_title
from parsers.structure.handed_attachment import handed_attachment
from parsers.structure.head_facts import HeadFacts, head_facts
from parsers.structure.head_rank import info_box_name, is_decree_header, labelled_title
from parsers.structure.headline import dated_headline, opens_report
from parsers.structure.lead_title import lead_title
from parsers.structure.leading_tag import drop_leading_tag
from parsers.structure.letter_cover import enclosed_draft, forwarded_under_headline, issued_to_addressee
from parsers.structure.lines import Line
from parsers.structure.note_runon import opens_with_note, title_after_note
from parsers.structure.notice_block import covering_title as _covering_title
from parsers.structure.notice_gate import notice_over_title, own_notice
from parsers.structure.notice_in_head import issuing_notice
from parsers.structure.order_title import order_title
from parsers.structure.own_notice_title import with_own_organ, without_header_organ
from parsers.structure.past_prose_title import generic_heading, title_past_prose
from parsers.structure.promulgated_place import with_promulgated_place
from parsers.structure.published_text import published_over_text
from parsers.structure.quoted_repeat import with_its_quotes
from parsers.structure.record_header import RecordHeader, record_header
from parsers.structure.referred_back import referred_back
from parsers.structure.running_head import headline_under_running_head
from parsers.structure.shared_file import shared_file_title
from parsers.structure.site_label import announced_name, drop_site_label
from parsers.structure.status_line import named_over_stage
from parsers.structure.stray_line import own_title_under_stray_line
from parsers.structure.title_affixes import drop_self_quote
from parsers.structure.title_fragments import drop_fragments
from parsers.structure.title_labels import cited_only, titles_data
from parsers.structure.title_names import with_edition_line, with_quoted_period
from parsers.structure.title_repeat import plain_repeat, written_once
from parsers.structure.title_shape import (
    HEADING_WINDOW,
    issued_under_organ,
    listed_by_notice,
    set_out_by_notice,
    shapeless_over_document,
    unnested,
)
from parsers.structure.titles import TitleGroup, ends_with_doc_type, is_note_line, rules, squeeze

FULL_TEXT_HEAD_LINES = 40  # a news preface over the document's full text stands among the first paragraphs


@dataclass
class TitleChoice:
    title: str | None
    status: str | None
    notice_title: str | None
    listed: bool  # a gazette's contents: its entries and its masthead are no title
    record: RecordHeader | None  # a law database's record header, which names the issuer too


@dataclass
class _Reading:
    """The title as the steps of choose_title read it so far."""

    title: str | None
    status: str | None
    notice_title: str | None
    listed: bool = False
    record: RecordHeader | None = None

    @property
    def untitled(self) -> bool:
        """No title and no notice's title read yet, and no gazette's contents."""
        return self.title is None and self.notice_title is None and not self.listed

    @property
    def own_page(self) -> bool:
        """No covering notice and no gazette's contents: the page's own lines may still name the title."""
        return self.notice_title is None and not self.listed


def choose_title(
    front: Front, head: list[Line], content: list[Line], nodes: list[Node], paragraphs: list[Line], text: str
) -> TitleChoice:
    """The title, its status and the covering notice's title, from the front and the text's first lines."""
    read = _front_reading(front, head, content, nodes, paragraphs, text)
    _contents_entry(read, text)
    _untitled_readings(read, head, paragraphs, text)
    _page_readings(
        read, head, paragraphs, text, head_facts(paragraphs, max(FULL_TEXT_HEAD_LINES, HEADING_WINDOW))
    )
    if read.notice_title is None and (cut := cut_call_name(read.title, paragraphs)) is not None:
        # 乙厅关于公开征求《乙省X提升》 over 《乙省X提升三年行动计划（征求意见稿）》: the headline cut in the name
        read.notice_title, (read.title, read.status) = read.title, cut
    _dress(read, head, paragraphs, text)
    if read.title:
        read.title = drop_self_quote(
            read.title
        )  # 標題: “甲区乙乡多措并举…”: the page's marks round its own headline
    # （2031年第3号） alone, …本文推荐第1篇:Y意见: a number names nothing, an essay site's chrome before its item
    read.title = drop_fragments(read.title)
    if read.title and opens_report(read.title):
        read.title = (
            None  # 新华社北京5月6日电（记者 张三）…: a report's first words, the fragment has no headline
        )
    return TitleChoice(read.title, read.status, read.notice_title, read.listed, read.record)


def _front_reading(
    front: Front, head: list[Line], content: list[Line], nodes: list[Node], paragraphs: list[Line], text: str
) -> _Reading:
    """The front's title and notice (unless only cited, or a site's label), a page's 标题: field over a line that
    names no kind, a notice that sets out or lists what it issues, a news headline's one document."""
    cited = front.title and cited_only(text, front.title) and not _over_its_note(content, front.title_group)
    title = None if cited else drop_site_label(unnested(front.title))
    weak_or_none = (
        front.title_group is None
        and title is None
        or front.title_group is not None
        and not front.title_group.strong
    )
    if front.notice_title is None and weak_or_none:
        # the page's own 标题: field outranks a line naming no kind, or none
        title = labelled_title(head) or title
    if front.notice_title is None and shapeless_over_document(title, front.title_group, content, nodes):
        # a fragment's first line, the page's words over a document: no title line (《X条例》公布 over X's text names X)
        title = title if announced_name(title, nodes, paragraphs) else None
    if front.title_group is None and title and _kind_only(title):
        title = None  # 《规划》, 《条例（草案）》 read from a sentence: the text's short name for a document, no title
    status = front.status
    notice_title = front.notice_title
    if set_out_by_notice(title, notice_title, paragraphs) or listed_by_notice(
        title, notice_title, paragraphs
    ):
        # 关于印发X的通知 / 现将X安排如下：, 关于公布X名单的通知 over its items: the notice is the document
        title, notice_title = notice_title, None
    if notice_title is None and (handed := handed_attachment(title, paragraphs)) is not None:
        # 甲厅关于开展X活动的通知 / …现将工作方案印发给你们 / 附件：X工作方案: the notice issues its one enclosure
        title, notice_title, status = handed[0], title, status or handed[1]
    named = announced_name(title, nodes, paragraphs) if notice_title is None else None
    if named:  # 《X办法》发布 over X's text: a news headline quoting one document it reprints names it
        title, named_status = split_status(named)
        status = status or named_status
    return _Reading(title, status, notice_title)


def _contents_entry(read: _Reading, text: str) -> None:
    """A gazette's contents: the document printed under its entry is titled by its own line; a contents list alone
    gives no title."""
    if (entry := stored_below(read.notice_title or read.title, text)) is not None:
        # a gazette's contents over the document it prints: the document's own title line, not its entry
        if read.notice_title:
            read.notice_title = entry
        else:
            read.title = entry
    read.listed = entry is None and listed_title(read.notice_title or read.title, text)
    if read.listed:  # a gazette's contents: its entries and its masthead are no title
        read.title = read.notice_title = None
    # (what the head read stands in the text once at most: an entry of the list, no document printed below it)
    read_name = read.notice_title or read.title
    named_once = read_name is not None and squeeze(text).count(squeeze(read_name)) <= 1
    if entry is None and (read.listed or named_once) and (masthead := issue_masthead(text)) is not None:
        # 甲市人民政府公报2031年第1期 / 目 录 / …: a page of an issue's contents alone is titled by the issue
        read.title, read.notice_title, read.listed = masthead, None, True


def _untitled_readings(read: _Reading, head: list[Line], paragraphs: list[Line], text: str) -> None:
    """An order's regulation, the name after a site's note, then for a text with no title line: a lead that issues
    one document, a letter's enclosure, a heading glued to the body, an encyclopedia's box, a law database's record
    header, a dated headline, an explanation's heading."""
    if read.notice_title is None and read.title and is_decree_header(read.title):
        # the order frames the regulation whose title follows it
        read.title = order_title(paragraphs, text) or read.title
    if read.own_page and (read.title is None or opens_with_note(read.title)):
        # *注:本篇已被…废止(…)X办法: the name after the site's note
        read.title = title_after_note(paragraphs) or read.title
    if read.untitled and (crumb := crumb_title(paragraphs)) is not None:
        # 首页 > 通知公告 > 甲市关于印发X的通知 over the text: the page's headline stands only as its path's last step
        own = _covering_title(crumb)
        read.title, read.status, read.notice_title = own.title, read.status or own.status, own.notice_title
    if (
        read.title is None
        and read.notice_title is None
        and (lead := lead_title(paragraphs) or published_over_text(paragraphs) or referred_back(paragraphs))
    ):
        # no title line: the one document the lead issues, or whose publication it tells over its articles
        read.title, read.status = lead[0], read.status or lead[1]
    if read.own_page and (read.title is None or rules().issuer_part.fullmatch(read.title)):
        # 各区人民政府： / 现将《X》印发给你们: a letter stored without its title line is titled by what it issues (a
        # page's organ read as its title gives way; a headline of a page's own does not)
        read.title, read.status = (
            issued_to_addressee(paragraphs) or enclosed_draft(paragraphs) or (read.title, read.status)
        )
    if read.untitled:
        # 甲市X行动计划（2031-2032年）为提高…: a heading glued to the body's first words, the line break lost
        read.title, read.status = glued_title(paragraphs) or (read.title, read.status)
    if read.untitled and (boxed := info_box_name(head)):
        read.title, boxed_status = split_status(
            boxed
        )  # 基本介绍 / - 中文名: X条例: an encyclopedia's page names it there
        read.status = read.status or boxed_status
    read.record = record_header(paragraphs) if read.untitled else None
    # X条例制定机关: 甲常委会效力级别: …: a law database's record header on one line
    if read.record is not None:
        read.title = read.record.title
    if read.untitled:
        read.title = dated_headline(paragraphs, 0)  # a news page's headline, its dateline on its line
    if read.untitled:
        # 关于《X（征求意见稿）》起草说明: a page of the explanation alone
        read.title = explanation_heading(paragraphs)
    if read.untitled and (past := title_past_prose(paragraphs, text)) is not None:
        # 各乡镇人民政府： / 为规范… / X办法（试行） / 第一章: the heading past the first paragraphs, over its opening
        read.title, read.status = past[0], read.status or past[1]
    if read.untitled:
        read.title = generic_heading(paragraphs, text)  # 通告 / 为了维护…秩序，…: a heading naming no subject


def _page_readings(
    read: _Reading, head: list[Line], paragraphs: list[Line], text: str, facts: HeadFacts
) -> None:
    """The page's own lines that outrank a title naming no kind: a shared file's name, the title given alone below
    the page's words, a title under a stray line, the document handed over under the news, the name a draft's stage
    stands under, the name a heading joins its organ to, the notice a headline forwards."""
    title, status = read.title, read.status
    if (
        read.own_page
        and (title is None or not ends_with_doc_type(title))
        and (shared := shared_file_title(paragraphs)) is not None
    ):
        # X条例.doc, named again and again by a file-sharing site, outranks a line that names no kind
        title, shared_status = split_status(shared)  # X办法(试行).doc: the status in its brackets
        status = status or shared_status
    if read.own_page:
        # 返回首页X办法 … X办法: a page's words run onto its head, the title given alone below
        title = plain_repeat(title, paragraphs) or title
    if not read.listed and (own_line := own_title_under_stray_line(title, paragraphs, text)) is not None:
        own = _covering_title(own_line)  # 乙省X条例 (named nowhere else) over the page's own title line
        title, read.notice_title, status = (
            own.title,
            own.notice_title or read.notice_title,
            status or own.status,
        )
    if (
        read.own_page
        and title
        and not ends_with_doc_type(title)
        and (below := title_below_handover(paragraphs, FULL_TEXT_HEAD_LINES))
    ):
        # 西安将新建5个水果主题公园 … 以下为意见全文： / 甲市人民政府办公厅关于X的意见: the text is the document
        title, status = below[0], status or below[1]
    if (
        read.own_page
        # the name must be one a sentence above quotes (its set is filled only from 《…》 in its window's lines)
        and facts.quoted_before(FULL_TEXT_HEAD_LINES)
        and (own := quoted_title_below(paragraphs, text, FULL_TEXT_HEAD_LINES)) is not None
        and (
            not title
            or not ends_with_doc_type(title)
            or (own[0] in title and own[0] != title and not rules().issuing_verb.search(title))
        )
    ):
        # 常宁市人民政府办公室印发《常宁市X预案》… / 常宁市X预案 / 1 总则: the document's own line under the news
        title, status = own[0], status or own[1] or None
    if read.own_page and status is None and (staged := named_over_stage(head, title)):
        title, status = staged  # a headline over a draft: the name its stage stands under is the title
    if read.own_page and facts.quoted_before(HEADING_WINDOW):
        # 甲省人民政府X要点 over 现将《X要点》印发 (the names of a covering sentence are read only from a line holding 《)
        title = issued_under_organ(title, paragraphs) or title
    if read.own_page and (forwarded := forwarded_under_headline(title, paragraphs)):
        # 甲办转发乙厅关于X的通知 over 现将乙厅《关于X的通知》转发给你们
        read.notice_title, title = title, forwarded
    if read.own_page and (fuller := fuller_heading(title, paragraphs)) is not None:
        title = fuller  # 防汛应急预案 … 乙县防汛应急预案 / 目 录: the document's own heading names it whole
        # (or 甲市发布X意见 … 甲市人民政府关于X的意见 / (date): a headline over the heading it shortens)
    if read.own_page and (headline := headline_under_running_head(title, paragraphs)) is not None:
        title = headline  # 政府工作报告 / 甲市代表团审议政府工作报告 / 本报讯…: the column's name over the report's headline
    read.title, read.status = title, status


def _dress(read: _Reading, head: list[Line], paragraphs: list[Line], text: str) -> None:
    """A collection's numeral dropped, the notice's period and the heading's edition added, its own organ set
    before the title (or the notice's title)."""
    # ⑴X条例, X预案目录: a collection's numeral, a contents heading
    # 乙县X办法县X办法: a heading run together with a file name's shorter copy of it (before the collection's marks,
    # which are told by comparing the title with the marks and without)
    read.title = written_once(read.title)
    listed_as, title = read.title, drop_collection_marks(read.title)
    # the period the notice quotes the title with (and its edition, when the title is a contents heading's)
    title = with_quoted_period(title, read.notice_title, edition=listed_as != title) or title
    # 关于印发《X预案（2031年修订）》的通知: the tag page_label dropped is the document's own where the notice quotes it
    title = with_quoted_tag(title, read.notice_title) or title
    # X预案 over （2015修编版）: the heading's edition line
    title = with_edition_line(title, paragraphs) or title
    if read.notice_title is None and not read.listed:
        # X条例(2020修订) over the law's articles, named nowhere without the tag: the database's edition stays
        title = with_database_edition(title, paragraphs, text) or title
    # 标题 | 甲镇人民政府X预案 | over 甲镇人民政府 / X预案 read as X预案: the page's field names the heading whole
    field = title_cell(head)
    if field is not None:
        issued = _covering_title(field)
        title = whole_from_field(title, issued.title if issued.notice_title else field, paragraphs) or title
        # 标题: 关于印发《X规定》等N项制度的通知 over X规定: the notice's own title (notice_several)
        title = several_from_field(title, field) or title
    # 关于印发X的通知 from a field, over 甲局 / 关于印发X的 / 通  知: the organ with it
    if read.notice_title is None and not read.listed:
        # an encyclopedia's headline X标准 over a section printing 甲局关于印发《X标准》的通知 / 甲政办发〔2031〕5号
        read.notice_title = issuing_notice(title, head)
        # 甲局关于征求《X（草案）》意见的公告 printed in the head of a page titled X: the notice's own title
        read.notice_title = read.notice_title or notice_over_title(title, paragraphs)
    # 县务公开事项目录 read as the notice over 甲县关于印发《X》的通知: a site's column, the notice the line below
    read.notice_title = own_notice(read.notice_title, title, paragraphs)
    if read.notice_title is not None:
        read.notice_title = with_own_organ(read.notice_title, head) or read.notice_title
        # 标题:甲局关于印发X的通知 over 关于印发X的通知, the organ only in a field: the field's whole title
        read.notice_title = organ_from_field(read.notice_title, field) or read.notice_title
        # 甲局关于X的通知 over 甲局文件 / 甲发〔2031〕5号 / 关于X的通知: the document's own title block prints it bare
        read.notice_title = without_header_organ(read.notice_title, head) or read.notice_title
    elif not read.listed:
        title = with_own_organ(title, head) or title
    # 【专题】甲镇X预案, 甲网:乙市X办法 over 来源:甲网: the site's tag before a whole title
    read.title = drop_leading_tag(title, paragraphs)
    # 关于X预案政策解读 under 关于《X预案》政策解读: the marks the headline prints
    read.title = with_its_quotes(read.title, head) or read.title
    # 河道管理条例 under 《甲市河道管理条例》已由…现予公布: the place the 公告 names it with
    read.title = with_promulgated_place(read.title, head) or read.title


def _over_its_note(content: list[Line], group: TitleGroup | None) -> bool:
    """The title stands over its note of adoption ((…会议通过)): the text is the document adopted, whatever its body
    cites (实施《X纲要》(以下简称《纲要》)), not a page citing it."""
    k = group.first + group.n_lines if group is not None else len(content)
    return k < len(content) and is_note_line(content[k].content)


@cache
def _kind_only_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(titles_data()['document_types'])})")


def _kind_only(title: str) -> bool:
    """The name is a kind of document and nothing else (规划, 条例): a short name (以下简称《规划》), never a title."""
    return _kind_only_re().fullmatch(squeeze(strip_status(title))) is not None
