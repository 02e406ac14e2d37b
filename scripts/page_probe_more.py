"""Probe pages of a third kind for scripts/make_page_probes.py: forwarded notices, gazette issues over their
contents, long menus, regulations with their contents, calls with several enclosures, letterheads with a 签发人.
Every name, place, number and date is made up; the expected fields follow fixtures/field/documents.toml.
"""

from __future__ import annotations

import random

from scripts.page_probe_parts import (
    ADDRESSEES,
    REGULATIONS,
    TOPICS,
    Probe,
    action_body,
    article_body,
    chrome,
    draft,
    footer,
    hanzi,
    info_bar,
    metadata,
)

MORE_CLASSES = [
    "forwarded",  # 甲市人民政府办公室转发市财政局关于X的意见的通知: the forwarded document is the title
    "gazette_contents",  # a gazette issue: masthead, 目录 of its documents, then the first document's text
    "long_menu",  # twenty menu entries before the title, no breadcrumb
    "regulation_contents",  # a regulation with its note of adoption and its 目录 before 第一章
    "call_two_enclosures",  # a call enclosing the draft and its 起草说明
    "signer_line",  # 甲政办发〔2031〕5号  签发人：张三 on the letterhead
    "announcement",  # 甲市人民政府关于X的通告 (第3号): a notice that issues nothing
    "no_addressee",  # 现印发《X》，请遵照执行。 without an addressee
    "column_label",  # 【政策文件】 before the title on its line
    "english_bar",  # English | 繁體 | 无障碍 over the page
    "zero_padded_date",  # the signature's date 2031年05月01日
    "issuer_under_title",  # the title, then the issuer's line under it, then the date in brackets
    "stage_line",  # a draft's title, its stage alone on the line under it
    "trial",  # X办法（试行）: the stage in the title's brackets
    "order",  # 甲市人民政府令 / 第12号 / the promulgating sentence / 市长 / date / the rules
    "spaced_title",  # the title's characters spaced out (甲 市 X 办 法), as a centred heading
    "copy_to_footer",  # 抄送：… / 甲办公室 2031年5月1日印发 closing the notice
    "bracket_labels",  # a law database's 【发布部门】【发文字号】【发布日期】【时效性】 fields over the text
    "title_gap",  # the notice's title broken by spaces after 印发 on its one line
    "call_without_about",  # 《X（征求意见稿）》公开征求意见公告
]
NAMES = ["张明", "李华", "王强", "赵敏"]


def make_more_probe(rng: random.Random, number: int, cls: str) -> Probe:
    d = draft(rng, number, cls)
    province, city, short, place = d.province, d.city, d.short, d.place
    organ, issuer, subject, policy = d.organ, d.issuer, d.subject, d.policy
    day, iso, year, docno = d.day, d.iso, d.year, d.docno
    notice, probe, body_of, covering = d.notice, d.probe, d.body, d.covering
    page = chrome(rng, city, rng.randrange(1, 7))
    tail = footer(rng, city)
    if cls == "forwarded":
        office = f"{place}人民政府办公室"
        dept = "市" + organ if not organ.startswith("人民政府") else "市财政局"
        opinion = f"关于加强{subject}工作的意见"
        own = f"{office}转发{dept}{opinion}的通知"
        probe.title, probe.notice_title, probe.issuer = opinion, own, office
        probe.doc_number = f"{short}政办发〔{year}〕{rng.randint(1, 60)}号"
        page += [
            *info_bar(rng, office, iso),
            own,
            probe.doc_number,
            rng.choice(ADDRESSEES),
            f"{dept}《{opinion}》已经市人民政府同意，现转发给你们，请认真贯彻执行。",
            office,
            day,
            opinion,
            dept,
            *action_body(subject),
        ]
    elif cls == "gazette_contents":
        other = f"{city}人民政府关于公布{year}年{rng.choice(TOPICS)[0]}名单的通知"
        page = [
            f"{city}人民政府公报",
            f"{year}年第{rng.randint(1, 12)}期",
            "目 录",
            f"{notice}（1）",
            f"{other}（5）",
            notice,
            docno,
            *covering,
            issuer,
            day,
            policy,
            *body_of,
        ]
        tail = []
    elif cls == "long_menu":
        menu = ["网站首页", "政府信息公开", "政务服务", "互动交流", "走进" + city, "今日要闻", "部门动态"]
        menu += ["县区动态", "通知公告", "政策文件", "政策解读", "人事信息", "财政资金", "重点领域"]
        menu += ["建议提案", "新闻发布", "专题专栏", "网上调查", "在线访谈", "政民互动"]
        page = [f"{city}人民政府", *menu, notice, docno, *covering, issuer, day, policy, *body_of]
    elif cls == "regulation_contents":
        reg = f"{province}{rng.choice(REGULATIONS)}"
        congress = f"{province}第{rng.choice(['十三', '十四'])}届人民代表大会常务委员会"
        probe.title, probe.issuer, probe.notice_title, probe.doc_number = reg, congress, "", ""
        page += [
            reg,
            f"（{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日{congress}第{hanzi(rng.randint(2, 30))}次会议通过）",
            "目  录",
            "第一章 总则",
            "第二章 管理职责",
            "第三章 附则",
            *article_body(rng, reg[len(province) : -2]),
        ]
    elif cls == "call_two_enclosures":
        own = f"关于公开征求《{policy}（征求意见稿）》意见的通知"
        probe.status, probe.notice_title, probe.doc_number = "征求意见稿", own, ""
        page += [
            *info_bar(rng, issuer, iso),
            own,
            f"为做好{subject}工作，我局起草了《{policy}（征求意见稿）》，现公开征求意见。",
            f"联系人：{rng.choice(NAMES)}，联系电话：0000-{rng.randint(1000000, 9999999)}。",
            f"附件：1. {policy}（征求意见稿）",
            f"2. 《{policy}（征求意见稿）》起草说明",
            issuer,
            day,
        ]
    elif cls == "signer_line":
        page += [
            f"{issuer}文件",
            f"{docno}      签发人：{rng.choice(NAMES)}",
            notice,
            *covering,
            issuer,
            day,
            policy,
            *body_of,
        ]
    elif cls == "announcement":
        own = f"{issuer}关于{subject}有关事项的通告"
        probe.title, probe.notice_title = own, ""
        probe.doc_number = ""
        page += [
            *info_bar(rng, issuer, iso),
            own,
            f"为进一步规范{subject}工作，现就有关事项通告如下：",
            f"一、本市行政区域内的{subject}活动，适用本通告。",
            "二、本通告自发布之日起施行。",
            issuer,
            day,
        ]
    elif cls == "no_addressee":
        page += [notice, docno, f"现印发《{policy}》，请遵照执行。", issuer, day, policy, *body_of]
    elif cls == "column_label":
        page += [f"【政策文件】{notice}", docno, *covering, issuer, day, policy, *body_of]
    elif cls == "english_bar":
        page = [
            "English | 繁體 | 无障碍 | 长者模式",
            *page,
            notice,
            docno,
            *covering,
            issuer,
            day,
            policy,
            *body_of,
        ]
    elif cls == "zero_padded_date":
        y, m, d = iso.split("-")
        page += [notice, docno, *covering, issuer, f"{y}年{m}月{d}日", policy, *body_of]
    elif cls == "issuer_under_title":
        probe.notice_title = ""
        page += [
            *metadata(rng, 0, {"索引号": f"{rng.randint(10000000, 99999999)}/{year}-00012", "文号": docno}),
            policy,
            issuer,
            f"（{day}）",
            *body_of,
        ]
    elif cls in ("stage_line", "trial"):
        stage = "征求意见稿" if cls == "stage_line" else "试行"
        probe.status, probe.notice_title, probe.doc_number = stage, "", ""
        probe.issuer = issuer
        head = [policy, f"（{stage}）"] if cls == "stage_line" else [f"{policy}（{stage}）"]
        page += [*info_bar(rng, issuer, iso), *head, *body_of, issuer, day]
    elif cls == "order":
        gov = f"{place}人民政府"
        number = f"{gov}令"
        rules_name = f"{place}{subject}规定"
        probe.title, probe.notice_title, probe.issuer = rules_name, "", gov
        probe.doc_number = f"{number}第{rng.randint(100, 300)}号"
        page += [
            number,
            probe.doc_number[len(number) :],
            f"《{rules_name}》已经{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日市人民政府第"
            f"{rng.randint(2, 40)}次常务会议通过，现予公布，自{int(year) + 1}年1月1日起施行。",
            f"市长  {rng.choice(NAMES)}",
            day,
            rules_name,
            *article_body(rng, subject),
        ]
    elif cls == "spaced_title":
        probe.notice_title = ""
        probe.doc_number = ""
        page += [" ".join(policy), *body_of, issuer, day]
    elif cls == "copy_to_footer":
        page += [notice, docno, *covering, issuer, day, policy, *body_of]
        page += [f"抄送：{city}委各部门，{city}人大常委会办公室。", f"{issuer}办公室          {day}印发"]
    elif cls == "bracket_labels":
        probe.notice_title = ""
        probe.title = policy
        page += [
            policy,
            f"【发布部门】{issuer}",
            f"【发文字号】{docno}",
            f"【发布日期】{iso}",
            "【时效性】现行有效",
            "【效力级别】地方规范性文件",
            *body_of,
            issuer,
            day,
        ]
    elif cls == "title_gap":
        gap = notice.index("》的通知")
        cut = notice.index("《")
        page += [
            f"{notice[:cut]}  {notice[cut : gap + 1]}  {notice[gap + 1 :]}",
            docno,
            *covering,
            issuer,
            day,
        ]
        page += [policy, *body_of]
    elif cls == "call_without_about":
        own = f"《{policy}（征求意见稿）》公开征求意见公告"
        probe.status, probe.notice_title, probe.doc_number = "征求意见稿", own, ""
        page += [
            *info_bar(rng, issuer, iso),
            own,
            f"为听取社会公众意见，现将《{policy}（征求意见稿）》全文公布，欢迎提出意见建议。",
            f"意见反馈截止时间：{year}年12月31日。",
            issuer,
            day,
        ]
    probe.lines = page + tail
    return probe
