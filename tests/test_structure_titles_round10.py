"""Round 10 of titles: a line is read by what it is, on documents written for these tests (no corpus text).

* a ``label:value`` line is read by its label: a label that names a title (``原标题:``, ``文件名称:``) gives the
  title as its value; a label that names another field (``主题词:``, ``关键词:``, ``来源:``) makes the line a field,
  never a title, even when its value ends with the name of a kind of document (``主题词:林业转发通知``);
* a site's note on a document's validity in brackets after its title (``（废止）``, ``（已失效）``) is no part of
  the title and no status of the document.
"""

from __future__ import annotations

import pytest
from test_structure_properties import check_invariants

from parsers.structure import Structure, parse_structure
from parsers.structure.title_labels import (
    cited_only,
    drop_title_label,
    drop_validity_note,
    is_labelled_field,
    names_title_part,
)
from parsers.structure.titles import is_date_line, is_field_line


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


# ---- a label names what its value is ----

NEWS_WITH_TITLE_LABEL = (
    "原标题：丁省出台农田水利设施管护办法\n"
    "《丁省日报》（2024年3月2日 2版）\n"
    "本报讯 丁省近日印发《丁省农田水利设施管护办法》，明确了管护主体和经费来源。\n"
    "办法要求各县建立管护台账。\n"
)

FORWARDING_WITH_SUBJECT_WORDS = (
    "戊乡人民政府文件\n"
    "戊政〔2024〕2号\n"
    "关于转发《戊县防汛抗旱指挥部关于做好汛期值班工作的通知》\n"
    "各村民委员会：\n"
    "现将《戊县防汛抗旱指挥部关于做好汛期值班工作的通知》转发给你们，请认真贯彻执行。\n"
    "戊乡人民政府\n"
    "2024年5月6日\n"
    "主题词：防汛 值班 转发 通知\n"
    "戊县防汛抗旱指挥部关于做好汛期值班工作的通知\n"
    "各乡镇人民政府：\n"
    "汛期将至，现就值班工作通知如下。\n"
    "一、严格执行值班制度\n"
    "各单位实行二十四小时值班。\n"
)


def test_a_title_label_gives_the_title_as_its_value() -> None:
    assert parse(NEWS_WITH_TITLE_LABEL).title == "丁省出台农田水利设施管护办法"


def test_a_subject_words_line_is_a_field_even_when_it_ends_with_a_kind_of_document() -> None:
    title = parse(FORWARDING_WITH_SUBJECT_WORDS).title
    assert title is not None
    assert "主题词" not in title


@pytest.mark.parametrize(
    "line",
    [
        "主题词：防汛值班转发通知",
        "关键词：管护办法",
        "来源：甲市人民政府办公室关于…的通知",
        "文号：甲政发〔2024〕1号",
    ],
)
def test_field_labels_make_a_field_line(line: str) -> None:
    assert is_labelled_field(line)
    assert is_field_line(line.replace("…", "印发"))


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("原标题：甲市出台X管理办法", "甲市出台X管理办法"),
        ("文件名称:乙县农村道路养护办法", "乙县农村道路养护办法"),
        ("乙县农村道路养护办法", "乙县农村道路养护办法"),  # no label: the line as it is
        ("甲省：关于印发X的通知", "甲省：关于印发X的通知"),  # a place is no title label
    ],
)
def test_a_title_label_is_no_part_of_the_title(line: str, title: str) -> None:
    assert drop_title_label(line) == title


# ---- a site's validity note ----

REPEALED_NOTICE_ON_A_LAW_SITE = (
    "关于加强农药经营管理的通知（废止）\n"
    "作者：某法规网 时间：2024-01-02\n"
    "关于加强农药经营管理的通知（废止）\n"
    "己省农业厅\n"
    "关于加强农药经营管理的通知\n"
    "各市农业局：\n"
    "为规范农药经营，现就有关事项通知如下。\n"
    "一、严格经营许可\n"
    "经营农药须取得许可。\n"
)


def test_a_validity_note_is_no_part_of_the_title_nor_its_status() -> None:
    structure = parse(REPEALED_NOTICE_ON_A_LAW_SITE)
    assert structure.title == "关于加强农药经营管理的通知"
    assert not structure.status


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("庚市X办法（已失效）", "庚市X办法"),
        ("庚市X办法(废止)", "庚市X办法"),
        ("庚市X办法（试行）", "庚市X办法（试行）"),  # a status, not a validity note
        ("（废止）", "（废止）"),  # nothing before it: no title to keep
    ],
)
def test_drop_validity_note(title: str, kept: str) -> None:
    assert drop_validity_note(title) == kept


# ---- a bracketed line under a title: a part of it, or a note about the document ----

NUMBERED_ANNOUNCEMENT = (
    "辛县防汛抗旱指挥部\n"
    "辛县汛期安全防范\n"
    "通 告\n"
    "（第5号）\n"
    "为做好汛期安全防范工作，现将有关事项通告如下。\n"
    "一、加强巡查\n"
    "各乡镇要加强巡查。\n"
)

PLAN_WITH_PERIOD = (
    "壬市河道保洁工作方案\n（2025-2027年）\n为改善河道环境，制定本方案。\n一、工作目标\n河道保洁全覆盖。\n"
)


def test_a_notice_number_under_the_title_is_its_number_not_its_status() -> None:
    structure = parse(NUMBERED_ANNOUNCEMENT)
    assert structure.title == "辛县汛期安全防范通告"
    assert structure.doc_number == "第5号"
    assert not structure.status


def test_a_period_under_the_title_is_part_of_it() -> None:
    assert parse(PLAN_WITH_PERIOD).title == "壬市河道保洁工作方案（2025-2027年）"


@pytest.mark.parametrize(
    ("line", "part"),
    [
        ("（征求意见稿）", True),
        ("(试   行)", True),
        ("（修正草案·二审稿）", True),
        ("（2025-2027年）", True),
        ("（2025年版）", True),
        ("（2024年第3号）", False),
        ("（第5号）", False),
        ("（此件公开发布）", False),
        ("（信息公开形式：主动公开）", False),
        ("（2024年3月1日）", False),
    ],
)
def test_names_title_part(line: str, part: bool) -> None:
    assert names_title_part(line) is part


@pytest.mark.parametrize(
    "line", ["2024年3月1日", "2024年3月1日????", "  2024年3月1日\u3000\u3000", "??2024年3月1日"]
)
def test_a_date_padded_by_marks_of_lost_spaces_is_a_date(line: str) -> None:
    assert is_date_line(line)


# ---- a headline the body cites as its authority ----

PAGE_HEADED_BY_THE_LAW_IT_IMPLEMENTS = (
    "当前位置：首页 >> 新闻动态\n\n"
    "癸省河道采砂管理条例\n\n"
    "2024-05-06 某某服务网 120\n"
    "第一章 总则\n"
    "第一条 为规范河道采砂，根据《中华人民共和国水法》《癸省河道采砂管理条例》等规定，结合本县实际，制定本细则。\n"
    "第二条 本细则适用于本县行政区域。\n"
)

NOTICE_ISSUING_THE_HEADLINE = (
    "癸县河道采砂管理办法\n"
    "第一条 为规范河道采砂，根据《中华人民共和国水法》等规定，制定本办法。\n"
    "第二条 现将《癸县河道采砂管理办法》予以公布。\n"
)


def test_a_headline_the_body_only_cites_is_not_its_title() -> None:
    assert parse(PAGE_HEADED_BY_THE_LAW_IT_IMPLEMENTS).title is None


def test_a_headline_the_body_names_otherwise_stays_the_title() -> None:
    assert parse(NOTICE_ISSUING_THE_HEADLINE).title == "癸县河道采砂管理办法"


@pytest.mark.parametrize(
    ("text", "only"),
    [
        ("根据《甲法》《乙条例》，制定本细则。", True),
        ("依据《乙条例》和《丙办法》的规定", True),
        ("现将《乙条例》印发给你们。", False),
        ("根据《甲法》，制定《乙条例》。", False),
        ("没有引用。", False),
    ],
)
def test_cited_only(text: str, only: bool) -> None:
    assert cited_only(text, "乙条例") is only
