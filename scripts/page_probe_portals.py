"""Probe pages of a fourth kind for scripts/make_page_probes.py: portals and reprints (a news portal's copy with
its credits, a table of pipes, a list's date over the title, bars and widgets on the title's line, a column in
square brackets, a mobile page), and notices whose title carries a stage or two quoted names. Every name, place,
number and date is made up; the expected fields follow fixtures/field/documents.toml.
"""

from __future__ import annotations

import random

from scripts.page_probe_parts import (
    TOPICS,
    Probe,
    action_body,
    chrome,
    draft,
    footer,
    info_bar,
)

PORTAL_CLASSES = [
    "reprint_credits",  # a portal's copy: headline, 来源 | 作者 | 责任编辑, then the notice's own lines
    "pipe_table",  # | 索引号 | X | 发布机构 | Y |: the metadata table kept as pipes
    "date_over_title",  # 2031-05-01 alone over the title, as a list page prints it
    "stage_in_notice",  # 关于印发《X（试行）》的通知: the stage belongs to the document issued
    "two_quoted_names",  # 关于印发《A》《B》的通知: a notice issuing two documents
    "links_after",  # 相关解读 and 附件下载 links after the body
    "widgets_line",  # 【字体：大 中 小】【打印】【关闭】 扫一扫 on one line over the title
    "bracket_column",  # [通知公告] before the title on its line
    "bar_on_title_line",  # the title, then 发布时间 and 浏览 on the same line
    "mobile_page",  # 返回 | 分享 over the site's name and the day
    "year_plan",  # 关于印发甲市2031年X工作要点的通知, no quotes
]
EDITORS = ["张明", "李华", "王强", "赵敏"]


def make_portal_probe(rng: random.Random, number: int, cls: str) -> Probe:
    d = draft(rng, number, cls)
    city, place, issuer, subject = d.city, d.place, d.issuer, d.subject
    policy, day, iso, year = d.policy, d.day, d.iso, d.year
    docno, notice, probe, body_of = d.docno, d.notice, d.probe, d.body
    (covering,) = (d.covering,)
    signed = [issuer, day]
    page = chrome(rng, city, rng.randrange(1, 7))
    tail = footer(rng, city)
    if cls == "reprint_credits":
        page += [
            notice,
            f"来源：{city}人民政府网 | 作者：{issuer} | 责任编辑：{rng.choice(EDITORS)} | {iso}",
            notice,
            docno,
            *covering,
            *signed,
            policy,
            *body_of,
        ]
    elif cls == "pipe_table":
        page += [
            f"| 索引号 | {rng.randint(10000000, 99999999)}/{year}-00{rng.randint(100, 999)} | 主题分类 | 综合政务 |",
            f"| 发布机构 | {issuer} | 成文日期 | {day} |",
            f"| 文号 | {docno} | 发布日期 | {iso} |",
            notice,
            *covering,
            *signed,
            policy,
            *body_of,
        ]
    elif cls == "date_over_title":
        page += [iso, notice, docno, *covering, *signed, policy, *body_of]
    elif cls == "stage_in_notice":
        notice = f"{issuer}关于印发《{policy}（试行）》的通知"
        probe.status, probe.notice_title = "试行", notice
        page += [
            *info_bar(rng, issuer, iso),
            notice,
            docno,
            covering[0],
            f"现将《{policy}（试行）》印发给你们，请认真贯彻执行。",
            *signed,
            f"{policy}（试行）",
            *body_of,
        ]
    elif cls == "two_quoted_names":
        other = f"{place}{rng.choice([t for t in TOPICS if t[0] != subject])[0]}考核细则"
        notice = f"{issuer}关于印发《{policy}》《{other}》的通知"
        probe.title, probe.notice_title = notice, ""
        page += [
            notice,
            docno,
            covering[0],
            f"现将《{policy}》《{other}》印发给你们，请认真贯彻执行。",
            *signed,
            f"附件：1. {policy}",
            f"2. {other}",
        ]
    elif cls == "links_after":
        page += [notice, docno, *covering, *signed, policy, *body_of]
        page += [f"相关解读：《{policy}》政策解读", f"附件下载：{policy}.pdf", "【打印本页】 【关闭窗口】"]
    elif cls == "widgets_line":
        page += [
            "【字体：大 中 小】【打印】【关闭】 扫一扫在手机打开当前页",
            notice,
            docno,
            *covering,
            *signed,
        ]
        page += [policy, *body_of]
    elif cls == "bracket_column":
        page += [f"[通知公告] {notice}", docno, *covering, *signed, policy, *body_of]
    elif cls == "bar_on_title_line":
        page += [f"{notice}  发布时间：{iso}  浏览次数：{rng.randint(20, 900)}", docno, *covering, *signed]
        page += [policy, *body_of]
    elif cls == "mobile_page":
        page = ["返回 | 分享", f"{city}人民政府", iso, notice, docno, *covering, *signed, policy, *body_of]
        tail = []
    elif cls == "year_plan":
        plan = f"{place}{year}年{subject}工作要点"
        notice = f"{issuer}关于印发{plan}的通知"
        probe.title, probe.notice_title = plan, notice
        page += [
            *info_bar(rng, issuer, iso),
            notice,
            docno,
            covering[0],
            f"现将《{plan}》印发给你们，请结合实际认真抓好落实。",
            *signed,
            plan,
            *action_body(subject),
        ]
    probe.lines = page + tail
    return probe
