"""The parts of the probe pages (scripts/make_page_probes.py): made-up places, organs and subjects, a site's chrome,
bars, footers and metadata tables, and the bodies of the documents. Every name, number and date is made up."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

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


@dataclass
class Draft:
    """The parts every probe of a class page draws first, in the same order (so a probe's text depends only on its
    seed): a place and an organ, the policy it issues, the day and 文号, the probe's expected fields, the policy's
    body and the notice's covering lines."""

    province: str
    city: str
    short: str
    place: str
    organ: str
    prefix: str
    issuer: str
    subject: str
    kind_word: str
    policy: str
    day: str
    iso: str
    year: str
    docno: str
    notice: str
    probe: Probe
    body: list[str]
    covering: list[str]


def draft(
    rng: random.Random,
    number: int,
    cls: str,
    organs: list[tuple[str, str]] | None = None,
    by_issuer: bool = True,
) -> Draft:
    """The first draws of a class page (``organs``: the organs to draw from; ``by_issuer``: the notice's title opens
    with its issuer's name)."""
    province, city, short = rng.choice(PLACES)
    place = city + rng.choice(COUNTIES) if rng.random() < 0.35 else city
    organ, prefix = rng.choice(ORGANS if organs is None else organs)
    issuer = place + organ
    subject, kind_word = rng.choice(TOPICS)
    policy = f"{place}{subject}{kind_word}"
    day, iso = day_of(rng)
    year = day[:4]
    docno = f"{short}{prefix}〔{year}〕{rng.randint(1, 60)}号"
    notice = f"{issuer if by_issuer else ''}关于印发《{policy}》的通知"
    probe = Probe(
        name=f"probe{number:03d}_{cls}",
        layout=[cls],
        title=policy,
        notice_title=notice,
        issuer=issuer,
        doc_number=docno,
    )
    body = (
        article_body(rng, subject) if kind_word.endswith(("办法", "规定", "细则")) else action_body(subject)
    )
    covering = [rng.choice(ADDRESSEES), f"现将《{policy}》印发给你们，请认真贯彻执行。"]
    return Draft(
        province,
        city,
        short,
        place,
        organ,
        prefix,
        issuer,
        subject,
        kind_word,
        policy,
        day,
        iso,
        year,
        docno,
        notice,
        probe,
        body,
        covering,
    )
