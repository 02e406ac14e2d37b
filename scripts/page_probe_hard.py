"""Probe pages of a second kind for scripts/make_page_probes.py: one class of page each, drawn in turn (a
browser's title over the page, a wrapped notice title, a letterhead, a gazette's name, joint signers, a signature's
date in Chinese numerals, a menu of organ-like entries, a title given only by the 标题 field, …). Every name, place,
number and date is made up; the expected fields follow fixtures/field/documents.toml."""

from __future__ import annotations

import random

from scripts.page_probe_parts import (
    ORGANS,
    Probe,
    chrome,
    draft,
    footer,
    hanzi,
    info_bar,
    page_tools,
)

# ---- layouts of a second kind: one class of page each, drawn in turn ---------------------------------

CN_DIGITS = "〇一二三四五六七八九"


def cn_date(day: str) -> str:
    """2032年3月5日 -> 二〇三二年三月五日, as a signature block may write it."""
    y, rest = day.split("年")
    m, d = rest.rstrip("日").split("月")
    return "".join(CN_DIGITS[int(c)] for c in y) + "年" + hanzi(int(m)) + "月" + hanzi(int(d)) + "日"


HARD_CLASSES = [
    "browser_title",  # the browser's page title copied over the page: X_甲市人民政府
    "wrapped_notice",  # the notice's title over three lines: issuer / 关于印发… / …的通知
    "letterhead",  # 甲市人民政府办公室文件 over the 文号 and the title
    "call_plain",  # a call without 《》: 关于公开征求X（征求意见稿）意见的通知
    "call_full_text",  # the call, then the draft itself after its title line
    "label_variants",  # 发文机关/发文字号/公开日期 labels, label and value spaced on one line
    "attachment_policy",  # 附件 line, then the policy under it after the signature
    "gazette",  # a gazette issue's header over the document
    "joint_signature",  # two organs sign, one line each
    "cn_date_signature",  # the signature's date in Chinese numerals
    "menu_centre",  # menus whose entries end like organs (新闻中心, 政务服务中心)
    "table_title_only",  # the table's 标题 field is the only title before the body's covering sentence
    "field_only_title",  # no title line at all: the 标题 field, then the addressee and the covering sentence
    "public_note",  # （此件公开发布） under the signature's date
    "title_with_date",  # the page prints the posting day after the title on its line
    "attachment_files",  # a call lists its files to download (X（征求意见稿）.docx, 意见反馈表.xls)
]


def make_hard_probe(rng: random.Random, number: int, cls: str) -> Probe:
    d = draft(rng, number, cls)
    city, place, organ, issuer = d.city, d.place, d.organ, d.issuer
    policy, day, iso, year = d.policy, d.day, d.iso, d.year
    docno, notice, probe, body_of = d.docno, d.notice, d.probe, d.body
    (covering,) = (d.covering,)
    page = chrome(rng, city, rng.randrange(1, 7))
    tail = footer(rng, city)
    if cls == "browser_title":
        page = [f"{notice}_{city}人民政府", *page, notice, docno, *covering, issuer, day, policy, *body_of]
    elif cls == "wrapped_notice":
        cut = notice.index("关于")
        lines = [
            notice[:cut],
            notice[cut : cut + len(notice[cut:]) // 2 + 1],
            notice[cut + len(notice[cut:]) // 2 + 1 :],
        ]
        page += [*info_bar(rng, issuer, iso), *lines, docno, *covering, issuer, day, policy, *body_of]
    elif cls == "letterhead":
        page += [f"{issuer}文件", docno, notice, *covering, issuer, day, policy, *body_of]
    elif cls == "call_plain":
        stage = rng.choice(["征求意见稿", "草案征求意见稿"])
        own = f"关于公开征求{policy}（{stage}）意见的通知"
        probe.status, probe.notice_title, probe.doc_number = stage, own, ""
        page += [
            *info_bar(rng, issuer, iso),
            own,
            f"根据工作安排，我单位起草了《{policy}（{stage}）》，现公开征求社会公众意见，公示期为30天。",
            "联系电话：0000-12345678",
            f"附件：{policy}（{stage}）",
            issuer,
            day,
        ]
    elif cls == "call_full_text":
        own = f"{issuer}关于《{policy}（征求意见稿）》公开征求意见的公告"
        probe.status, probe.notice_title, probe.doc_number = "征求意见稿", own, ""
        page += [
            own,
            f"为广泛听取社会各界意见，现将《{policy}（征求意见稿）》全文公布，征求意见截止时间为{year}年12月31日。",
            issuer,
            day,
            policy,
            "（征求意见稿）",
            *body_of,
        ]
    elif cls == "label_variants":
        page += [
            f"信息索引号 {rng.randint(10000000, 99999999)}/{year}-00{rng.randint(100, 999)}    公开方式 主动公开",
            f"发文机关 {issuer}    发文字号 {docno}",
            f"公开日期 {iso}    有效性 有效",
            notice,
            *covering,
            policy,
            *body_of,
        ]
    elif cls == "attachment_policy":
        page += [
            *info_bar(rng, issuer, iso),
            notice,
            docno,
            *covering,
            f"附件：{policy}",
            issuer,
            day,
            "附件",
            policy,
            *body_of,
        ]
    elif cls == "gazette":
        page = [
            f"{city}人民政府公报",
            f"{year}年第{rng.randint(1, 12)}期（总第{rng.randint(100, 400)}期）",
            "政府办公室文件",
            notice,
            docno,
            *covering,
            issuer,
            day,
            policy,
            *body_of,
        ]
        tail = []
    elif cls == "joint_signature":
        second = place + rng.choice([o for o, _ in ORGANS if o not in (organ, "人民政府", "人民政府办公室")])
        joint = f"{issuer}、{second}"
        probe.issuer = joint
        probe.notice_title = f"{issuer} {second}关于印发《{policy}》的通知"
        page += [
            *info_bar(rng, issuer, iso),
            probe.notice_title,
            docno,
            *covering,
            issuer,
            second,
            day,
            policy,
            *body_of,
        ]
    elif cls == "cn_date_signature":
        page += [*page_tools(rng), notice, docno, *covering, issuer, cn_date(day), policy, *body_of]
    elif cls == "menu_centre":
        page = [
            f"{city}人民政府",
            "新闻中心",
            "政务服务中心",
            "互动交流",
            f"当前位置：首页 > 政务公开 > {rng.choice(['政策文件', '通知公告'])}",
            policy,
            docno,
            *body_of,
            issuer,
            day,
        ]
        probe.notice_title = ""
    elif cls == "table_title_only":
        probe.title = notice
        probe.notice_title = ""
        probe.title, probe.notice_title = policy, notice
        page += [
            f"标题：{notice}",
            f"发布机构：{issuer}",
            f"文号：{docno}",
            *covering,
            issuer,
            day,
            policy,
            *body_of,
        ]
    elif cls == "field_only_title":
        page += [
            f"标题：{notice}",
            f"文号：{docno}",
            f"发布日期：{iso}",
            *covering,
            issuer,
            day,
            policy,
            *body_of,
        ]
    elif cls == "public_note":
        page += [
            *info_bar(rng, issuer, iso),
            notice,
            docno,
            *covering,
            issuer,
            day,
            "（此件公开发布）",
            policy,
            *body_of,
        ]
    elif cls == "title_with_date":
        page += [f"{notice}  {iso}", docno, *covering, issuer, day, policy, *body_of]
    elif cls == "attachment_files":
        own = f"关于公开征求《{policy}（征求意见稿）》意见的公告"
        probe.status, probe.notice_title, probe.doc_number = "征求意见稿", own, ""
        page += [
            *info_bar(rng, issuer, iso),
            own,
            f"为提高决策的科学性，{issuer}起草了《{policy}（征求意见稿）》，现向社会公开征求意见。",
            "相关附件：",
            f"{policy}（征求意见稿）.docx",
            "意见反馈表.xls",
            issuer,
            day,
        ]
    probe.lines = page + tail
    return probe
