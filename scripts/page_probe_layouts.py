"""The layouts of the probe pages (scripts/make_page_probes.py): pages drawn from the commonest layouts
(``make_probe``). The expected fields follow the
conventions of fixtures/field/documents.toml and are known by construction."""

from __future__ import annotations

import random

from scripts.page_probe_parts import (
    ADDRESSEES,
    COUNTIES,
    ORGANS,
    PLACES,
    REGULATIONS,
    TOPICS,
    Probe,
    action_body,
    article_body,
    chrome,
    day_of,
    footer,
    hanzi,
    info_bar,
    metadata,
    page_tools,
)


def make_probe(rng: random.Random, number: int) -> Probe:
    province, city, short = rng.choice(PLACES)
    local = rng.random() < 0.35
    place = city + rng.choice(COUNTIES) if local else city
    organ, prefix = rng.choice(ORGANS)
    issuer = place + organ
    subject, kind_word = rng.choice(TOPICS)
    policy = f"{place}{subject}{kind_word}"
    day, iso = day_of(rng)
    year = day[:4]
    docno = f"{short}{prefix}〔{year}〕{rng.randint(1, 60)}号"
    kind = rng.choice(
        [
            "notice_one",
            "notice_one",
            "consultation",
            "consultation",
            "regulation",
            "policy",
            "notice",
            "notice_several",
        ]
    )
    layout = [kind]
    probe = Probe(name=f"probe{number:03d}_{kind}", layout=layout, title="")
    body: list[str] = []
    docno_in_line = kind in ("notice_one", "notice", "notice_several", "policy") and rng.random() < 0.6
    signed = kind != "regulation" and (rng.random() < 0.75 or kind == "consultation")
    own_line = ""
    if kind == "notice_one":
        quoted = rng.random() < 0.7
        name = f"《{policy}》" if quoted else policy
        head = issuer if rng.random() < 0.7 else ""
        own_line = f"{head}关于印发{name}的通知"
        probe.title, probe.notice_title = policy, own_line
        body = (
            [own_line]
            + ([docno] if docno_in_line else [])
            + [
                rng.choice(ADDRESSEES),
                f"现将《{policy}》印发给你们，请认真贯彻执行。",
            ]
        )
        body += [issuer, day] if signed else []
        body += [policy] + (
            article_body(rng, subject)
            if "办法" in kind_word or "规定" in kind_word or "细则" in kind_word
            else action_body(subject)
        )
        if not signed:
            layout.append("unsigned")
    elif kind == "consultation":
        stage = rng.choice(["征求意见稿", "征求意见稿", "草案"])
        draft = f"{policy}（{stage}）"
        own_line = rng.choice(
            [
                f"关于公开征求《{draft}》意见的公告",
                f"{issuer}关于《{draft}》公开征求意见的通知",
                f"关于对《{policy}》（{stage}）公开征求意见的公告",
            ]
        )
        probe.title, probe.status, probe.notice_title = policy, stage, own_line
        body = [
            own_line,
            f"为进一步做好{subject}工作，{issuer}起草了《{draft}》，现向社会公开征求意见。",
            f"一、公开征求意见时间为{year}年{rng.randint(1, 9)}月1日至{year}年{rng.randint(10, 12)}月1日。",
            f"二、有关单位和个人可通过电子邮件将意见发送至{rng.choice(['zxyj', 'fzk', 'gfxwj'])}@example.cn。",
            f"附件：{draft}",
            issuer,
            day,
        ]
        layout.append("call")
    elif kind == "regulation":
        reg = f"{province}{rng.choice(REGULATIONS)}"
        term = rng.choice(["十三", "十四", "十五"])
        congress = f"{province}第{term}届人民代表大会常务委员会"
        probe.title, probe.issuer = reg, congress
        issuer = congress
        note = f"（{year[:4]}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日{congress}第{hanzi(rng.randint(2, 30))}次会议通过）"
        body = [reg, note] + article_body(rng, reg[len(province) : -2])
        docno = ""
    elif kind == "policy":
        probe.title = policy
        body = (
            [policy]
            + ([docno] if docno_in_line else [])
            + action_body(subject)
            + ([issuer, day] if signed else [])
        )
        if not signed:
            layout.append("unsigned")
    elif kind == "notice":
        own_line = f"{issuer}关于做好{year}年{subject}工作的通知"
        probe.title = own_line
        body = (
            [own_line]
            + ([docno] if docno_in_line else [])
            + [rng.choice(ADDRESSEES)]
            + action_body(subject)
            + ([issuer, day] if signed else [])
        )
    else:  # notice_several
        other = f"{place}{rng.choice([t for t in TOPICS if t[0] != subject])[0]}工作规则"
        own_line = f"{issuer}关于印发《{policy}》和《{other}》的通知"
        probe.title = own_line
        body = (
            [own_line]
            + ([docno] if docno_in_line else [])
            + [
                rng.choice(ADDRESSEES),
                f"现将《{policy}》和《{other}》印发给你们，请结合实际认真贯彻落实。",
                "附件：1. " + policy,
                "2. " + other,
            ]
            + ([issuer, day] if signed else [])
        )
    probe.issuer = issuer
    # the 文号 reaches the reader through its line or the table; a regulation and a call carry none
    table_docno = docno if kind not in ("regulation", "consultation") else ""
    probe.doc_number = table_docno

    # the page around it
    style = rng.randrange(7)
    page: list[str] = chrome(rng, city, style)
    layout.append(f"chrome{style}")
    meta_shape = rng.randrange(5)  # 4 = no table
    in_table_issuer = rng.random() < 0.8
    if meta_shape < 4:
        table = {
            "索引号": f"{rng.randint(10000000, 99999999)}X/{year}-{rng.randint(100, 999):05d}",
            "主题分类": rng.choice(
                ["城乡建设、环境保护", "农业、林业、水利", "教育", "市场监管、安全生产监管"]
            ),
            "发布机构": issuer if in_table_issuer else "",
            "成文日期": day,
            "标题": probe.notice_title or probe.title if rng.random() < 0.5 else "",
            "文号": table_docno if (not docno_in_line or rng.random() < 0.5) else "",
            "发布日期": day,
        }
        if kind == "regulation":
            table["发布机构"] = ""
        if not table["文号"] and not docno_in_line:
            probe.doc_number = ""
        page += metadata(rng, meta_shape, table)
        layout.append(f"table{meta_shape}")
    else:
        if not docno_in_line:
            probe.doc_number = ""
        if kind == "regulation" or not signed:
            pass
        bar_names_issuer = rng.random() < 0.5
        page += info_bar(rng, issuer if bar_names_issuer else city + "人民政府网", iso)
        layout.append("infobar")
    twice = rng.random() < 0.4
    if kind != "regulation" and not signed and not (meta_shape < 4 and in_table_issuer):
        # the issuer then only heads the title, when it does; else a 来源 naming it gives it (round-23 convention)
        lead = probe.notice_title or probe.title
        sourced = (meta_shape == 4 and bar_names_issuer) or (meta_shape < 4 and twice)
        probe.issuer = issuer if lead.startswith(issuer) or sourced else ""
    if twice:  # a page title over the document's own lines
        page.append(own_line or probe.title)
        page += info_bar(rng, issuer, iso) if meta_shape < 4 else page_tools(rng)
        layout.append("title_twice")
    page += body
    if rng.random() < 0.7:
        page += footer(rng, city)
        layout.append("footer")
    probe.lines = page
    return probe
