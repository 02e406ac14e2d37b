"""Write the probe suite of made-up government pages (issue 7): fixtures/probes/pages.toml.

    .venv/bin/python scripts/make_page_probes.py

Each probe is a page of a layout Chinese government sites, gazettes and collections use, written from parts:
the site's chrome before the title (menus, breadcrumbs, search box, 字号 大 中 小, 打印 关闭, share links), the
政府信息公开 table in its shapes (one field per line, label over value, tab-separated, two fields per line), the
来源/发布时间/浏览次数 bar, the title once or twice, a document (a notice issuing a policy, a call for comments, a
regulation with its note of adoption, a plan signed by its organ, a notice that issues nothing, a notice issuing
several documents), attachments, and a site footer (主办单位, 网站标识码, ICP备). Every name, place, number and date
is made up. The expected fields follow the conventions at the top of fixtures/field/documents.toml, and are known
by construction: the generator wrote the title, the issuer and the 文号 into the page.

The choices are drawn from a seeded generator, so the file is the same on every run; scripts/probe_pages.py
scores the parser on it and tests/test_page_probes.py keeps what it gets right.
"""

from __future__ import annotations

import random
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "fixtures" / "probes" / "pages.toml"
SEED = 27
COUNT = 96
HARD_COUNT = 64
# characters whose traditional form depends on the word (机制/製造, 干部/幹): left as they are
KEEP = "制干台后里"

PLACES = [
    ("岚山省", "岚州市", "岚"),
    ("江平省", "云溪市", "云"),
    ("东川省", "青源市", "青"),
    ("南屏省", "白湖市", "白"),
    ("北宁省", "松原市", "松"),
    ("西陵省", "清川市", "清"),
]
COUNTIES = ["平川县", "东坡区", "河口区", "石门县", "长乐县", "新华区"]
ORGANS = [
    ("人民政府办公室", "政办发"),
    ("人民政府", "政发"),
    ("发展和改革委员会", "发改"),
    ("住房和城乡建设局", "建"),
    ("生态环境局", "环"),
    ("市场监督管理局", "市监"),
    ("农业农村局", "农"),
    ("教育局", "教"),
]
TOPICS = [
    ("老旧小区改造", "实施办法"),
    ("农村生活垃圾治理", "三年行动方案（2031—2033年）"),
    ("电动自行车停放充电管理", "办法"),
    ("中小学校课后服务", "实施意见"),
    ("既有住宅加装电梯", "管理办法"),
    ("餐厨废弃物管理", "暂行办法"),
    ("高标准农田建设", "实施方案"),
    ("城市道路挖掘管理", "规定"),
    ("企业首席质量官制度", "实施细则"),
    ("公共数据开放", "管理办法"),
    ("养老服务设施建设", "专项规划（2031—2035年）"),
    ("河道采砂管理", "办法"),
]
REGULATIONS = [
    "物业管理条例",
    "城市绿化条例",
    "农村公路条例",
    "湿地保护条例",
    "烟花爆竹安全管理条例",
    "文明行为促进条例",
]
ADDRESSEES = [
    "各县（区）人民政府，市政府各部门，各直属机构：",
    "各区人民政府，市有关单位：",
    "各县（市、区）发展改革局，各有关单位：",
    "各乡镇人民政府、街道办事处，县直各部门：",
]


@dataclass
class Probe:
    name: str
    layout: list[str]
    title: str
    status: str = ""
    notice_title: str = ""
    issuer: str = ""
    doc_number: str = ""
    lines: list[str] = field(default_factory=list)


# ---- the site around the document ----------------------------------------------------------------


def chrome(rng: random.Random, city: str, style: int) -> list[str]:
    site = f"{city}人民政府门户网站"
    if style == 0:
        return []
    if style == 1:
        return [f"首页 > 政务公开 > {rng.choice(['政策文件', '通知公告', '规范性文件'])}"]
    if style == 2:
        return [f"当前位置：首页 > 信息公开 > {rng.choice(['法定主动公开内容', '政府文件', '部门文件'])}"]
    if style == 3:
        return [site, "首页", "走进" + city, "政务公开", "政务服务", "互动交流", "请输入关键字", "搜索"]
    if style == 4:
        return ["您所在的位置：首页 >> 政府信息公开 >> 规范性文件", "【字体：大 中 小】 【打印】 【关闭】"]
    if style == 5:
        return [f"{site} | 无障碍 | 长者模式", "首页 / 政务公开 / 政策文件"]
    return ["网站首页", "新闻中心", "政务公开", "办事服务", "当前位置：首页 > 政务公开 > 文件通知"]


def page_tools(rng: random.Random) -> list[str]:
    return [
        rng.choice(["字号：大 中 小", "【字体：大 中 小】", "字体：[ 大 中 小 ]"]),
        rng.choice(["打印 关闭", "【打印本页】 【关闭窗口】"]),
    ]


def footer(rng: random.Random, city: str) -> list[str]:
    lines = [rng.choice(["分享到：微信 微博 QQ空间", "扫一扫在手机打开当前页", "【打印本页】 【关闭窗口】"])]
    lines += [
        f"主办单位：{city}人民政府办公室  承办单位：{city}大数据中心",
        f"网站标识码：{rng.randint(3100000000, 3799999999)}  {rng.choice('鲁浙苏皖赣湘')}ICP备{rng.randint(10000000, 99999999)}号-1",
        "联系我们 | 网站地图 | 使用帮助",
    ]
    return lines


def info_bar(rng: random.Random, source: str, day: str) -> list[str]:
    style = rng.randrange(3)
    clock = f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"
    hits = rng.randint(20, 9000)
    if style == 0:
        return [f"来源：{source}  发布时间：{day} {clock}  浏览次数：{hits}"]
    if style == 1:
        return [f"发布时间：{day}", f"来源：{source}", f"浏览次数：{hits}"]
    return [f"信息来源：{source} 发布日期：{day} 【字号：大 中 小】"]


def metadata(rng: random.Random, shape: int, fields: dict[str, str]) -> list[str]:
    """The 政府信息公开 table; ``fields`` in the order the site prints them ("" = the site leaves it out)."""
    items = [(k, v) for k, v in fields.items() if v]
    if shape == 0:  # one field per line
        return [f"{k}：{v}" for k, v in items]
    if shape == 1:  # label and value on separate lines
        return [part for k, v in items for part in (k + "：" if rng.random() < 0.5 else k, v)]
    if shape == 2:  # a table copied as tabs, two fields a row
        return ["\t".join(f"{k}\t{v}" for k, v in items[i : i + 2]) for i in range(0, len(items), 2)]
    # two fields a line, the labels spaced out as some sites do
    spaced = {"索引号": "索 引 号", "文号": "文　　号", "标题": "标　　题"}
    return [
        "    ".join(f"{spaced.get(k, k)}：{v}" for k, v in items[i : i + 2]) for i in range(0, len(items), 2)
    ]


def hanzi(n: int) -> str:
    """2..99 in Chinese numerals, as a note of adoption writes a session's number."""
    digits = "零一二三四五六七八九"
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else digits[tens]) + "十" if tens else "") + (digits[ones] if ones else "")


# ---- the documents -------------------------------------------------------------------------------


def article_body(rng: random.Random, subject: str) -> list[str]:
    return [
        "第一章 总则",
        f"第一条 为了规范{subject}工作，保障公众合法权益，结合本市实际，制定本办法。",
        f"第二条 本市行政区域内的{subject}活动，适用本办法。",
        "第二章 管理职责",
        f"第三条 市人民政府有关部门按照各自职责做好{subject}相关工作。",
        "第四条 县（区）人民政府负责本行政区域内的组织实施。",
        "第三章 附则",
        f"第五条 本办法自{rng.randint(2031, 2033)}年{rng.randint(1, 12)}月1日起施行。",
    ]


def action_body(subject: str) -> list[str]:
    return [
        "一、总体要求",
        f"以提升{subject}水平为目标，坚持问题导向，统筹推进各项工作。",
        "二、主要任务",
        f"（一）完善工作机制。建立健全{subject}协调机制，明确责任分工。",
        "（二）加强资金保障。各级财政按规定安排所需资金。",
        "三、保障措施",
        "（三）强化督导考核。将工作开展情况纳入年度考核。",
    ]


def day_of(rng: random.Random) -> tuple[str, str]:
    y, m, d = rng.randint(2031, 2034), rng.randint(1, 12), rng.randint(1, 28)
    return f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}"


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
        page += info_bar(rng, issuer if rng.random() < 0.5 else city + "人民政府网", iso)
        layout.append("infobar")
    if kind != "regulation" and not signed and not (meta_shape < 4 and in_table_issuer):
        # the issuer then only heads the title, when it does
        lead = probe.notice_title or probe.title
        probe.issuer = issuer if lead.startswith(issuer) else ""
    twice = rng.random() < 0.4
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
    province, city, short = rng.choice(PLACES)
    place = city + rng.choice(COUNTIES) if rng.random() < 0.35 else city
    organ, prefix = rng.choice(ORGANS)
    issuer = place + organ
    subject, kind_word = rng.choice(TOPICS)
    policy = f"{place}{subject}{kind_word}"
    day, iso = day_of(rng)
    year = day[:4]
    docno = f"{short}{prefix}〔{year}〕{rng.randint(1, 60)}号"
    notice = f"{issuer}关于印发《{policy}》的通知"
    probe = Probe(
        name=f"probe{number:03d}_{cls}",
        layout=[cls],
        title=policy,
        notice_title=notice,
        issuer=issuer,
        doc_number=docno,
    )
    body_of = (
        article_body(rng, subject) if kind_word.endswith(("办法", "规定", "细则")) else action_body(subject)
    )
    covering = [rng.choice(ADDRESSEES), f"现将《{policy}》印发给你们，请认真贯彻执行。"]
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
        page += [f"标题：{notice}", f"文号：{docno}", f"发布日期：{iso}", *covering, issuer, day, policy, *body_of]
    elif cls == "public_note":
        page += [*info_bar(rng, issuer, iso), notice, docno, *covering, issuer, day, "（此件公开发布）", policy, *body_of]
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


# ---- traditional characters ------------------------------------------------------------------------


def to_traditional(text: str) -> str:
    table = tomllib.loads((ROOT / "parsers" / "data" / "traditional.toml").read_text(encoding="utf-8"))[
        "fold"
    ]
    forms = {simple: trad[0] for simple, trad in table.items() if simple not in trad and simple not in KEEP}
    return "".join(forms.get(ch, ch) for ch in text)


def traditional(probe: Probe) -> Probe:
    probe.lines = [to_traditional(line) for line in probe.lines]
    for name in ("title", "status", "notice_title", "issuer", "doc_number"):
        setattr(probe, name, to_traditional(getattr(probe, name)))
    probe.layout.append("traditional")
    probe.name += "_trad"
    return probe


def toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t") + '"'


def render(probes: list[Probe]) -> str:
    out = [
        "# Made-up government pages (scripts/make_page_probes.py writes this file; do not edit by hand).",
        "# Fields as a reader gives them, by the conventions of fixtures/field/documents.toml.",
        "",
    ]
    for p in probes:
        out += [
            "[[probe]]",
            f"name = {toml_string(p.name)}",
            "layout = [" + ", ".join(map(toml_string, p.layout)) + "]",
        ]
        for key in ("title", "status", "notice_title", "issuer", "doc_number"):
            out.append(f"{key} = {toml_string(getattr(p, key))}")
        body = "\n".join(p.lines) + "\n"
        out += ["text = '''", body.rstrip("\n"), "'''", ""]
    return "\n".join(out)


def main() -> None:
    rng = random.Random(SEED)
    probes = [make_probe(rng, n) for n in range(1, COUNT + 1)]
    for p in probes[::8]:
        traditional(p)
    for n in range(HARD_COUNT):
        probe = make_hard_probe(rng, COUNT + 1 + n, HARD_CLASSES[n % len(HARD_CLASSES)])
        probes.append(traditional(probe) if n % 7 == 3 else probe)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(render(probes), encoding="utf-8")
    print(f"{len(probes)} probes -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
