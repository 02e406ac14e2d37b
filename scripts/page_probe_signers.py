"""Probe pages of a fifth kind for scripts/make_page_probes.py: where the issuer stands (a letterhead over an
unsigned notice, a signature and its date on one line, a signature indented to the right, a 发布单位 field, two
organs signing on one line, a title naming its organ without its place). Every name, place, number and date is
made up (and a side menu whose columns end like documents); the expected fields follow fixtures/field/documents.toml.
"""

from __future__ import annotations

import random

from scripts.page_probe_parts import (
    ORGANS,
    Probe,
    chrome,
    draft,
    footer,
    info_bar,
)

SIGNER_CLASSES = [
    "letterhead_unsigned",  # 甲局文件 / 文号 / 关于印发《X》的通知 / … and no signature
    "signature_one_line",  # 甲局          2031年5月1日
    "indented_signature",  # the signature and its date pushed right by spaces
    "posting_unit_field",  # 发布单位：甲局 in the page's fields, the text unsigned
    "two_signers_one_line",  # 甲局    乙局 over the date
    "placeless_title",  # 市教育局关于印发…的通知, signed 甲市教育局
    "kind_menu",  # a side menu whose columns end like documents (政府信息公开指南, 应急预案, 规划计划) over the title
]
KIND_COLUMNS = [
    "政府信息公开指南",
    "政府信息公开制度",
    "政府信息公开年报",
    "规范性文件",
    "应急预案",
    "规划计划",
    "政策解读",
]


def make_signer_probe(rng: random.Random, number: int, cls: str) -> Probe:
    d = draft(
        rng, number, cls, organs=[o for o in ORGANS if not o[0].startswith("人民政府")], by_issuer=False
    )
    city, place, organ, issuer = d.city, d.place, d.organ, d.issuer
    policy, day, iso, docno = d.policy, d.day, d.iso, d.docno
    about, probe, body_of, covering = d.notice, d.probe, d.body, d.covering
    page = chrome(rng, city, rng.randrange(1, 7))
    if cls == "letterhead_unsigned":
        page += [f"{issuer}文件", docno, about, *covering, policy, *body_of]
    elif cls == "signature_one_line":
        page += [
            *info_bar(rng, city + "人民政府网", iso),
            about,
            docno,
            *covering,
            f"{issuer}          {day}",
        ]
        page += [policy, *body_of]
    elif cls == "indented_signature":
        page += [about, docno, *covering, " " * 24 + issuer, " " * 24 + day, policy, *body_of]
    elif cls == "posting_unit_field":
        page += [f"发布单位：{issuer}", f"发布日期：{iso}", about, docno, *covering, policy, *body_of]
    elif cls == "two_signers_one_line":
        second = place + rng.choice([o for o, _ in ORGANS if o not in (organ, "人民政府", "人民政府办公室")])
        probe.issuer = f"{issuer}、{second}"
        page += [about, docno, *covering, f"{issuer}    {second}", day, policy, *body_of]
    elif cls == "placeless_title":
        level = "县" if place.endswith("县") else "区" if place.endswith("区") else "市"
        notice = f"{level}{organ}关于印发《{policy}》的通知"
        probe.notice_title = notice
        page += [notice, docno, *covering, issuer, day, policy, *body_of]
    elif cls == "kind_menu":
        menu = rng.sample(KIND_COLUMNS, 5)
        crumb = [f"当前位置：首页 > 政府信息公开 > {menu[0]}"] if rng.random() < 0.5 else []
        page = [
            f"{city}人民政府",
            "政府信息公开",
            *menu,
            *crumb,
            f"{issuer}{about}",
            docno,
            *covering,
            issuer,
            day,
        ]
        page += [policy, *body_of]
        probe.notice_title = f"{issuer}{about}"
    probe.lines = page + footer(rng, city)
    return probe
