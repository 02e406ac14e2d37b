"""Shortcuts of the structure phase added in round 30 (speed35): each skips a rule where a cheap test proves it yields
nothing (a character every match holds, or opens with), or reads a line's key once. Each test pins a case at the
edge of its shortcut, which the rule must still read in full, and one it passes over."""

from __future__ import annotations

import pytest

from parsers.structure import parse_structure
from parsers.structure.covering import names_in_sentences
from parsers.structure.field_cells import cell_organ
from parsers.structure.glued_chapter import opens_first_article, opens_first_chapter, split_glued_chapter
from parsers.structure.head_number import _number_field, _record_field, head_doc_number
from parsers.structure.lines import Line, split_lines
from parsers.structure.runon import _article_numeral, _search_article
from parsers.structure.toc import _chapter_run, _toc_line
from parsers.structure.web_chrome import is_web_chrome


def _lines(*contents: str) -> list[Line]:
    return split_lines("\n".join(contents) + "\n")


def test_a_short_name_on_the_line_after_one_without_a_quote_is_still_read() -> None:
    # the first line holds no 《 and no 简称: it is passed over; the next one names the regulation, then quotes its short
    # name, read as the regulation
    lines = _lines(
        "为规范物业管理，",
        "《甲市物业管理条例》（以下简称《条例》）已经审议通过，现将《条例》印发给你们，请遵照执行。",
        "甲市人民政府",
        "2031年3月1日",
    )
    assert names_in_sentences(lines, 0, len(lines)) == ["甲市物业管理条例", "甲市物业管理条例"]


def test_a_short_name_broken_after_its_first_character_is_read_across_the_break() -> None:
    # 简 ends the first line, 称 opens the next: the short name is read from the two joined (the name, then its short
    # name quoted again, both the regulation)
    lines = _lines(
        "现将《甲市物业管理条例（草案）》（以下简",
        "称《条例（草案）》）印发给你们，请提出意见。",
        "甲市司法局",
        "2031年3月1日",
    )
    assert names_in_sentences(lines, 0, len(lines)) == ["甲市物业管理条例（草案）"] * 2


def test_lines_without_a_quoted_name_give_no_name() -> None:
    lines = _lines("各区人民政府：", "现将有关事项通知如下，请认真贯彻执行。", "甲市人民政府", "2031年3月1日")
    assert names_in_sentences(lines, 0, len(lines)) == []


@pytest.mark.parametrize(
    "line, organ",
    [
        ("| 发布机构 | 甲市人民政府办公室 | 文 号 | 甲政办发〔2031〕2号 |", "甲市人民政府办公室"),
        ("•【制定机关】甲市人民政府•【公布日期】2031.07.24", "甲市人民政府"),
        ("发 布 机 构  甲市生态环境局 发布日期：2031-05-01", "甲市生态环境局"),
        ("索引号：001/2031-00012 发布机构：甲县农业农村局 成文日期：2031-05-01", "甲县农业农村局"),
    ],
)
def test_an_issuer_cell_is_found_wherever_its_label_opens(line: str, organ: str) -> None:
    # the cell pattern is tried only where a bracket, a space or a label's first character stands
    assert cell_organ(_lines(line), lambda value: value.endswith(("政府", "办公室", "局"))) == organ


def test_a_line_without_an_issuer_label_names_no_cell() -> None:
    assert cell_organ(_lines("甲市人民政府办公室关于印发X办法的通知"), lambda value: True) is None


def test_a_record_field_is_read_where_its_bracket_stands_in_the_first_characters() -> None:
    text = "1. [标题] 甲市X办法\n2. [发布部门] 甲市人民政府\n3. [发文字号] 甲政发〔2016〕14号\n第一条 为了…\n"
    assert _record_field(text) == "甲政发〔2016〕14号"
    assert _record_field(text.replace("[", "【").replace("]", "】")) == "甲政发〔2016〕14号"


def test_a_record_field_past_the_page_top_or_without_a_bracket_is_not_read() -> None:
    far = "正文。\n" * 800 + "3. [发文字号] 甲政发〔2016〕14号\n"
    assert _record_field(far) is None
    assert _record_field("3. 发文字号 甲政发〔2016〕14号\n") is None


def test_a_number_field_needs_its_number_and_is_read_from_the_head() -> None:
    assert (
        _number_field(_lines("索引号：001/2031-00012", "发文字号：甲政发〔2031〕5号")) == "甲政发〔2031〕5号"
    )
    assert _number_field(_lines("发文字号：无", "发布日期：2031-05-01")) is None
    head = _lines("甲市人民政府文件", "甲政发〔2031〕5号  签发人：张三", "甲市人民政府关于X的通知")
    assert head_doc_number(head, "\n".join(line.content for line in head)) == "甲政发〔2031〕5号"


def test_a_glued_first_chapter_is_cut_and_a_plain_line_is_passed_over() -> None:
    text = "甲市X办法（征求意见稿）第一章 总则第一条 为了规范管理，制定本办法。\n第二条 本办法适用于本市。\n"
    lines = split_lines(text)
    pieces = split_glued_chapter(lines[0], lines[1], text)
    assert pieces is not None and [p.content for p in pieces] == [
        "甲市X办法（征求意见稿）",
        "第一章 总则",
        "第一条 为了规范管理，制定本办法。",
    ]
    plain = split_lines("为了规范管理，制定本办法。\n")
    assert split_glued_chapter(plain[0], None, "为了规范管理，制定本办法。\n", True) is None


def test_a_first_article_glued_after_a_comma_is_cut_only_when_asked() -> None:
    text = "甲市养犬管理规定,第一条,为了规范养犬行为，制定本规定。\n"
    line = split_lines(text)[0]
    assert split_glued_chapter(line, None, text, False) is None  # no chapter, the article not asked for
    pieces = split_glued_chapter(line, None, text, True)
    assert pieces is not None and pieces[0].content == "甲市养犬管理规定,"


@pytest.mark.parametrize(
    "content, chapter, article",
    [
        ("第一章 总则", True, False),
        ("第 一 条 为了…", False, True),
        ("第1条", False, True),
        ("总则第一章", False, False),
    ],
)
def test_first_chapter_and_article_lines_open_with_their_label(
    content: str, chapter: bool, article: bool
) -> None:
    line = _lines(content)[0]
    assert opens_first_chapter(line) is chapter
    assert opens_first_article(line) is article


@pytest.mark.parametrize(
    "content, toc", [("目录", True), ("目  录", True), ("X预案目录", False), ("目录：", False), ("", False)]
)
def test_a_contents_line_is_the_word_alone(content: str, toc: bool) -> None:
    assert _toc_line(content) is toc


def test_a_chapter_list_run_into_one_line_opens_with_its_first_chapter() -> None:
    assert _chapter_run("第一章 总则，第二章 立项，第三章 起草，第四章 审查")
    assert not _chapter_run("目录：第一章 总则，第二章 立项，第三章 起草，第四章 审查")


def test_a_regulation_over_its_contents_parses_alike() -> None:
    text = (
        "甲市X条例\n目  录\n第一章 总则\n第二章 管理\n第三章 附则\n"
        "第一章 总则\n第一条 为了规范管理，制定本条例。\n第二章 管理\n第二条 本条例适用于本市。\n"
        "第三章 附则\n第三条 本条例自2031年1月1日起施行。\n"
    )
    structure = parse_structure(text)
    assert structure.title == "甲市X条例"
    assert [n.kind for n in structure.nodes if n.kind == "chapter"] == ["chapter"] * 3


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("宣传人大制度\u3000交流人大经验\u3000展示人大形象", True),  # ideographic spaces: still a banner
        ("宣传人大制度 交流人大经验 展示人大形象", True),
        ("宣传人大制度交流人大经验展示人大形象", False),  # no space: not looked at as a banner (speed37)
    ],
)
def test_a_banner_of_spaced_phrases_is_looked_for_only_on_a_line_with_a_space(
    line: str, chrome: bool
) -> None:
    assert is_web_chrome(line) is chrome


def test_the_article_a_body_waits_for_is_found_with_its_numeral_written_once() -> None:
    content = "第九条 本办法自公布之日起施行。第十条 本办法由甲局负责解释。"
    for _ in range(2):  # (the second search reads the numeral from the cache)
        found = _search_article(content, 0, 10, False)
        assert found is not None and content[found.end() :].startswith("第十条")
    assert _search_article(content, 0, 11, False) is None
    assert _article_numeral(10) == "十"
    assert _article_numeral(1234567) is None  # 一百二十三万…: past six numerals, read by its own pattern
