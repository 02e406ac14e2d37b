"""The consultation notice (征求意见通知) that precedes a draft: when, until when, to whom, how.

``parse_notice(text, span)`` reads the notice found by ``parsers.structure`` and returns
its title, publication time, comment deadline, contact and issuing body. Each field is
found by a small pattern table below; a field the notice does not state stays None.

Times are Asia/Shanghai (UTC+8, no daylight saving since 1991). Decisions:
- A deadline with a time (``17:00点前``) is that minute. A deadline with a date only
  (``12月26日前``, ``截止时间：2024年12月26日``) is the end of that day, 23:59:59: Chinese
  notices treat the named day as the last day comments are accepted.
- A deadline without a year takes the year of the publication time (the next year
  when that would put the deadline before publication).
- ``published`` is a timestamp line (``2024-12-20 14:05:05``), a labelled date
  (``发布时间：…``), or else the notice's own date line (落款), at midnight.
"""

from __future__ import annotations

import re
from datetime import datetime

from parsers.dates import CHINA_TZ
from parsers.model import Notice
from parsers.numbers import parse_ordinal, to_halfwidth
from parsers.patterns import LINE_SPACES
from parsers.structure.lead_issuer import acts_for_another, drafted_for_another

_D = "0-9０-９"
_CN = "〇○零一二三四五六七八九十"
_YEAR = rf"(?P<y>[{_D}]{{4}}|[〇○零一二三四五六七八九]{{4}})"
_MONTH = rf"(?P<m>[{_D}]{{1,2}}|[{_CN}]{{1,3}})"
_DAY = rf"(?P<d>[{_D}]{{1,2}}|[{_CN}]{{1,3}})"
_WEEKDAY = r"(?:\s*[（(]\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[）)])?"
_TIME = (
    rf"(?:\s*(?P<ampm>上午|下午|晚上|中午)?\s*(?P<h>[{_D}]{{1,2}}|[{_CN}]{{1,3}})\s*"
    rf"(?:[:：]\s*(?P<mi>[{_D}]{{2}})|[时点]\s*(?:(?P<mi2>[{_D}]{{1,2}}|[{_CN}]{{1,3}})\s*分|(?P<half>半))?)"
    r"\s*(?:点|时)?)?"
)
_CN_DATE = rf"(?:{_YEAR}\s*年\s*)?{_MONTH}\s*月\s*{_DAY}\s*[日号]"
_ISO_DATE = rf"(?P<y>[{_D}]{{4}})\s*[-/.]\s*(?P<m>[{_D}]{{1,2}})\s*[-/.]\s*(?P<d>[{_D}]{{1,2}})"

# Deadline patterns, tried in order; the first that matches in the notice wins.
DEADLINE_PATTERNS: tuple[re.Pattern[str], ...] = (
    # 于2024年12月26日(星期四)17:00点前 / 12月26日前 / 2024年12月26日下班前
    re.compile(rf"{_CN_DATE}{_WEEKDAY}{_TIME}\s*(?:下班)?\s*(?:之前|以前|前|止)"),
    # 截止时间：2024年12月26日17:00 / 截至2024年12月26日
    re.compile(rf"(?<=截止)(?:时间|日期)?(?:为|到|至)?[：:]?\s*{_CN_DATE}{_WEEKDAY}{_TIME}"),
    re.compile(rf"(?<=截至)\s*{_CN_DATE}{_WEEKDAY}{_TIME}"),
    # 征求意见时间为2024年12月1日至2024年12月31日: the end of the range
    re.compile(rf"[日号]\s*(?:[（(][^）)]{{1,6}}[）)])?\s*(?:至|—|－|-|~|～)\s*{_CN_DATE}{_WEEKDAY}{_TIME}"),
    re.compile(rf"{_ISO_DATE}{_TIME}\s*(?:之前|以前|前|止)"),
)

_PUBLISHED_LABEL = r"(?:发布时间|发布日期|发文日期|印发日期|时间)\s*[：:]\s*"
_CLOCK = r"(?:\s*(?P<th>\d{1,2})[:：](?P<tm>\d{2})(?:[:：](?P<ts>\d{2}))?)?"
PUBLISHED_LABELLED_PATTERNS = (
    re.compile(_PUBLISHED_LABEL + _ISO_DATE + _CLOCK),
    re.compile(_PUBLISHED_LABEL + _CN_DATE + _CLOCK),
)
TIMESTAMP_LINE_RE = re.compile(
    rf"\s*{_ISO_DATE}(?:\s+(?P<th>\d{{1,2}})[:：](?P<tm>\d{{2}})(?:[:：](?P<ts>\d{{2}}))?)?\s*"
)
DATE_LINE_RE = re.compile(rf"\s*{_CN_DATE}\s*")

CONTACT_NAME_RE = re.compile(
    r"联\s*系\s*人(?:员)?(?:及(?:联系)?(?:电话|方式))?(?:\s*[：:]\s*|\s+)(?P<name>[\u4e00-\u9fff·]{2,8}?(?:[、和][\u4e00-\u9fff·]{2,6}?)*)"
    r"(?=\s|[，,；;。:：、（(/|]|电话|联系|手机|座机|办公|邮|传真|$|[0-9０-９])"
)
_PHONE = r"1[3-9]\d{9}(?!\d)|(?:[（(]?0\d{2,3}[)）]?\s*[-－—]?\s*)?\d{7,8}(?:\s*(?:-|－|转)\s*\d{1,5})?"
# the number may follow the label after a name: 联系人及电话：李华，13800138000
PHONE_LABELLED_RE = re.compile(
    rf"(?:联系电话|咨询电话|电\s*话|座机|手机|联系方式)[^0-9\n。；;]{{0,12}}?(?P<phone>{_PHONE})"
)
FAX_RE = re.compile(rf"传\s*真\s*[：:]?\s*(?P<phone>{_PHONE})")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+\s*[@＠]\s*[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")

ORG_SUFFIX = r"(?:委员会|办公室|办公厅|政府|局|委|厅|办|部|院|署|中心|协会|公司|集团|处|所)"
# Who drafted it: "…，市科技局牵头起草了《…》", "市卫健委牵头，会同市教体局起草了" (the partner after 会同 is
# not the drafter); generic self-references (我局) are not an answer.
DRAFTER_RE = re.compile(
    rf"(?:^|[，,。；;：:\s])(?:现将|现就|特将|由)?(?!会同|联合|协同)(?P<body>[^，,。；;：:\s《》“”\"]{{2,30}}?{ORG_SUFFIX})"
    r"(?:牵头[，,]?|组织|研究)?(?:会同[^，,。；;]{0,30}?)?(?:起草|制定|拟定|草拟|修订|编制)"
)
FEEDBACK_RE = re.compile(
    rf"(?:反馈|报送|提交|发送|寄送|送)(?:至|给|到)?(?P<body>(?:(?![至或到])[\u4e00-\u9fff]){{2,20}}?{ORG_SUFFIX})"
    rf"(?![\u4e00-\u9fff]{{0,10}}{ORG_SUFFIX})"  # (no organ's name holds 至, 到 or 或: 寄送信件或发送邮件至X局, 发送电子邮件到X局 are phrases)
    r"(?!的《)"  # (起草报送丙政府的《X》: the body a drafter submits the text to, not where comments go)
)
# 甲局立法处, 乙厅法规科: a section of a bureau (not 街道办事处, a township's office)
SECTION_RE = re.compile(r"(?<!办事)[处科]$")
LOCAL_LEVELS = "省市县区镇乡"  # 市司法局: a body named by its level, the place left out
SELF_REFERENCES = (
    "我局",
    "我委",
    "我厅",
    "我办",
    "我部",
    "我院",
    "本局",
    "本委",
    "本厅",
    "本办",
    "本部门",
    "我单位",
)
# 落款 inside a line whose breaks a page lost: … 附件：X 甲县人民政府 2020年10月22日 X …
INLINE_SIGNATURE_RE = re.compile(
    rf"(?:^|\s)(?P<body>[\u4e00-\u9fff（）()]{{2,40}}?{ORG_SUFFIX})[{LINE_SPACES}]+{_CN_DATE}(?=\s|$)"
)
ORG_LINE_RE = re.compile(rf"[\u4e00-\u9fff（）()]{{2,40}}{ORG_SUFFIX}")

# A paragraph opening with "相关单位:" / "各有关单位：" names the addressee, unless the label is one of these.
ADDRESSEE_RE = re.compile(r"(?P<addr>[^。：:0-9０-９]{2,60}?)\s*[：:]")
NOT_ADDRESSEE_WORDS = re.compile(
    r"时间|日期|来源|联系|电话|邮箱|邮\s*箱|附件|地址|邮编|字号|索引|作者|浏览|点击|文号|主题|传真|网址"
)
ASKS_FOR_COMMENTS_RE = re.compile(r"征求|意见|建议|反馈")
TITLE_TAIL_JUNK_RE = re.compile(r"[\s|｜:：]+$")


def _int(numeral: str | None) -> int | None:
    """'2024', '２０２４', '二〇二四', '十二' -> int; None when absent."""
    return parse_ordinal(numeral.strip()) if numeral else None


def _datetime_from(m: re.Match[str], default_year: int | None, end_of_day: bool) -> datetime | None:
    groups = m.groupdict()
    year = _int(groups.get("y")) or default_year
    month, day = _int(groups.get("m")), _int(groups.get("d"))
    if year is None or month is None or day is None:
        return None
    hour = _int(groups.get("h"))
    minute = _int(groups.get("mi")) or _int(groups.get("mi2")) or (30 if groups.get("half") else 0)
    if hour is not None and groups.get("ampm") in ("下午", "晚上") and hour < 12:
        hour += 12
    try:
        if hour is None:
            if end_of_day:
                return datetime(year, month, day, 23, 59, 59, tzinfo=CHINA_TZ)
            return datetime(year, month, day, tzinfo=CHINA_TZ)
        return datetime(year, month, day, hour, minute, tzinfo=CHINA_TZ)
    except ValueError:  # 2月30日, 25点: not a time
        return None


def _lines(text: str, start: int, end: int) -> list[str]:
    return [line.strip() for line in text[start:end].split("\n") if line.strip()]


def _published(lines: list[str], notice_text: str) -> datetime | None:
    for pattern in PUBLISHED_LABELLED_PATTERNS:
        m = pattern.search(notice_text)
        if m:
            return _timestamp(m)
    for line in lines[1:]:
        m = TIMESTAMP_LINE_RE.fullmatch(line)
        if m:
            return _timestamp(m)
    for line in reversed(lines[1:]):  # the notice's own 落款 date
        m = DATE_LINE_RE.fullmatch(line)
        if m:
            return _datetime_from(m, None, end_of_day=False)
    return None


def _timestamp(m: re.Match[str]) -> datetime | None:
    g = m.groupdict()
    year, month, day = _int(g.get("y")), _int(g.get("m")), _int(g.get("d"))
    if year is None or month is None or day is None:
        return None
    try:
        return datetime(
            year,
            month,
            day,
            int(g.get("th") or 0),
            int(g.get("tm") or 0),
            int(g.get("ts") or 0),
            tzinfo=CHINA_TZ,
        )
    except ValueError:
        return None


def _deadline(notice_text: str, published: datetime | None) -> tuple[datetime | None, str | None]:
    for pattern in DEADLINE_PATTERNS:
        for m in pattern.finditer(notice_text):
            when = _datetime_from(m, published.year if published else None, end_of_day=True)
            if when is None:
                continue
            if published and not m.group("y") and when < published:
                when = when.replace(year=when.year + 1)
            # the surface starts at the date (not at 截止时间： or the end of a range's first date)
            first = m.start("y") if m.group("y") else m.start("m")
            return when, notice_text[first : m.end()].strip()
    return None, None


def _issuing_body(notice_text: str, lines: list[str]) -> str | None:
    signature = next(  # 落款: the body line above the notice's date line
        (
            lines[i - 1]
            for i in range(2, len(lines))
            if DATE_LINE_RE.fullmatch(lines[i]) and ORG_LINE_RE.fullmatch(lines[i - 1])
        ),
        None,
    )
    for m in DRAFTER_RE.finditer(notice_text):
        body = m.group("body")
        if acts_for_another(notice_text[: m.start("body")] + body):
            continue  # 甲局、乙局…，代县政府起草…: drafted on the body's behalf, the drafters unnamed here
        if drafted_for_another(notice_text[m.end() :]):
            continue  # 甲委起草了《X》，报请市人民政府审议: the drafter of a text another body puts out (round 28)
        if body not in SELF_REFERENCES:
            # 市司法局起草 … 落款 X市司法局: the signature names the same body in full
            short = body[1:] if body[:1] in LOCAL_LEVELS else body
            return signature if signature is not None and signature.endswith(short) else body
    if signature is not None:
        return signature
    inline = INLINE_SIGNATURE_RE.search(notice_text)  # a page that lost its line breaks
    if inline is not None:
        return inline.group("body")
    m = FEEDBACK_RE.search(notice_text)
    if m is None or SECTION_RE.search(m.group("body")):
        return None  # 意见反馈至甲局立法处: a section comments go to does not stand for its bureau (round 13)
    return m.group("body")


def _addressee_and_body(lines: list[str]) -> tuple[str | None, str | None]:
    """The addressee (相关单位:) and the paragraph asking for comments (else the first full paragraph)."""
    addressee = None
    paragraphs: list[str] = []
    for line in lines[1:]:
        rest = line
        if addressee is None:
            m = ADDRESSEE_RE.match(line)
            if m and not NOT_ADDRESSEE_WORDS.search(m.group("addr")):
                addressee = m.group("addr").strip()
                rest = line[m.end() :].strip()
        if "。" in rest and not NOT_ADDRESSEE_WORDS.match(rest):
            paragraphs.append(rest)
    asking = [p for p in paragraphs if ASKS_FOR_COMMENTS_RE.search(p)]
    body = asking[0] if asking else (paragraphs[0] if paragraphs else None)
    return addressee, body


def parse_notice(text: str, span: tuple[int, int]) -> Notice:
    start, end = span
    notice_text = to_halfwidth(text[start:end])  # same length: digits and dots to ASCII for the patterns
    lines = _lines(notice_text, 0, len(notice_text))
    title = TITLE_TAIL_JUNK_RE.sub("", text[start:end].strip().split("\n", 1)[0].strip()) or None
    published = _published(lines, notice_text)
    deadline, deadline_surface = _deadline(notice_text, published)
    if deadline_surface is not None:  # report the surface as written (full-width digits included)
        at = notice_text.find(deadline_surface)
        deadline_surface = text[start + at : start + at + len(deadline_surface)]
    name = CONTACT_NAME_RE.search(notice_text)
    phone = PHONE_LABELLED_RE.search(notice_text) or FAX_RE.search(notice_text)
    email = EMAIL_RE.search(notice_text)
    addressee, body = _addressee_and_body(lines)
    return Notice(
        title=title,
        published=published,
        comment_deadline=deadline,
        deadline_surface=deadline_surface,
        contact_name=name.group("name") if name else None,
        contact_phone=re.sub(r"[－—]", "-", re.sub(r"\s+", "", phone.group("phone"))) if phone else None,
        contact_email=re.sub(r"\s+", "", email.group(0)).replace("＠", "@") if email else None,
        issuing_body=_issuing_body(notice_text, lines),
        addressee=addressee,
        body=body,
        char_start=start,
        char_end=end,
    )
