"""The consultation notice: the seed against its gold, two more notices, and deadline phrasings."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from parsers.notice import CHINA_TZ, parse_notice
from parsers.structure import parse_structure

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = ROOT / "fixtures" / "drafts"
GOLD = ROOT / "fixtures" / "gold" / "kunming_keji_2024_zqyj.gold.json"


def notice_of(text: str):
    structure = parse_structure(text)
    assert structure.notice_span is not None, "the text should open with a notice"
    return parse_notice(text, structure.notice_span)


def at(*args) -> datetime:
    return datetime(*args, tzinfo=CHINA_TZ)


def test_seed_notice_matches_gold(seed_text):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["notice"]
    notice = notice_of(seed_text)
    assert notice.title == gold["title"]
    assert notice.published == datetime.fromisoformat(gold["published"])
    assert notice.comment_deadline == datetime.fromisoformat(gold["deadline"])
    assert notice.deadline_surface == gold["deadline_surface"]
    assert notice.contact_name == gold["contact_name"]
    assert notice.contact_phone == gold["phone"]
    assert notice.contact_email == gold["email"]
    assert notice.issuing_body == gold["issuing_body"]
    assert notice.addressee == gold["addressee"]
    assert notice.body.startswith("为深入学习贯彻党的二十届三中全会精神")
    assert notice.body.endswith("通过电子邮箱反馈市科技局。")
    assert notice.published.utcoffset().total_seconds() == 8 * 3600
    assert (notice.char_start, notice.char_end) == parse_structure(seed_text).notice_span


def test_public_announcement_with_labelled_time_and_deadline_label():
    text = (DRAFTS / "style_measures_fullwidth_zqyj.txt").read_text(encoding="utf-8")
    notice = notice_of(text)
    assert notice.title == "关于公开征求《某市促进数字经济高质量发展若干措施（征求意见稿）》意见的公告"
    assert notice.published == at(2025, 3, 3, 9, 30)
    # a date without a time: comments are accepted until the end of that day
    assert notice.comment_deadline == at(2025, 3, 17, 23, 59, 59)
    assert notice.deadline_surface == "2025年3月17日"
    assert notice.contact_name == "王明"
    assert notice.contact_phone == "0871-63134633"  # full-width digits and dash as printed, normalised
    assert notice.contact_email == "szjj_test@example.com"
    assert notice.issuing_body == "市工业和信息化局"  # 会同市财政局研究起草了: the lead drafter
    assert notice.addressee is None  # a public announcement has none
    assert notice.body.startswith("为加快推进数字经济高质量发展")


def test_letter_with_yearless_afternoon_deadline_and_signature_date():
    text = (DRAFTS / "style_workplan_items_mixed.txt").read_text(encoding="utf-8")
    notice = notice_of(text)
    assert notice.title == "关于征求《某区制造业数字化转型工作方案（送审稿）》意见建议的函"
    assert notice.published == at(2025, 3, 10)  # the notice's own date line
    assert notice.comment_deadline == at(2025, 3, 31, 17, 0)  # 下午5点, year from the notice date
    assert notice.deadline_surface == "3月31日（星期一）下午5点前"
    assert notice.contact_name == "李华"
    assert notice.contact_phone == "13800138000"
    assert notice.contact_email == "gxj_test@example.com"  # spaces around @ dropped
    assert notice.issuing_body == "某区工业和信息化局"  # from its signature
    assert notice.addressee == "各街道办事处，区直各部门"


HEAD = "关于征求《某市办法（征求意见稿）》意见的通知\n"
TAIL = "\n某市办法\n第一条 为了规范管理，制定本办法。\n"


@pytest.mark.parametrize(
    "body, deadline, surface",
    [
        ("请于2024年12月26日前反馈。", at(2024, 12, 26, 23, 59, 59), "2024年12月26日前"),
        (
            "请于2024年12月26日（周四）12:30之前反馈。",
            at(2024, 12, 26, 12, 30),
            "2024年12月26日（周四）12:30之前",
        ),
        ("截止日期为2025年1月10日17时。", at(2025, 1, 10, 17, 0), "2025年1月10日17时"),
        ("征求意见时间为2025年1月1日至2025年1月31日。", at(2025, 1, 31, 23, 59, 59), "2025年1月31日"),
        ("请于二〇二五年一月十日前反馈。", at(2025, 1, 10, 23, 59, 59), "二〇二五年一月十日前"),
        (
            "请于２０２５年１月１０日下午３点３０分前反馈。",
            at(2025, 1, 10, 15, 30),
            "２０２５年１月１０日下午３点３０分前",
        ),
        ("意见反馈截至2025年2月28日。", at(2025, 2, 28, 23, 59, 59), "2025年2月28日"),
    ],
)
def test_deadline_phrasings(body, deadline, surface):
    notice = notice_of(HEAD + "发布时间：2024-12-20\n" + body + TAIL)
    assert notice.comment_deadline == deadline
    assert notice.deadline_surface == surface


def test_yearless_deadline_after_new_year_rolls_into_the_next_year():
    notice = notice_of(HEAD + "2024-12-20 10:00:00\n请于1月5日前反馈。" + TAIL)
    assert notice.comment_deadline == at(2025, 1, 5, 23, 59, 59)


def test_impossible_dates_are_not_deadlines():
    notice = notice_of(HEAD + "请于2025年2月30日前反馈。" + TAIL)
    assert notice.comment_deadline is None
    assert notice.deadline_surface is None


def test_contact_variants():
    notice = notice_of(
        HEAD + "联系人 张三，联系电话：(0871)63134633转8021，E-mail：a.b@example.org.cn" + TAIL
    )
    assert notice.contact_name == "张三"
    assert notice.contact_phone == "(0871)63134633转8021"
    assert notice.contact_email == "a.b@example.org.cn"


def test_self_reference_is_not_an_issuing_body():
    notice = notice_of(
        HEAD + "各有关单位：\n我局起草了《某市办法（征求意见稿）》，请将意见反馈至某市科学技术局。" + TAIL
    )
    assert notice.issuing_body == "某市科学技术局"
    assert notice.addressee == "各有关单位"
