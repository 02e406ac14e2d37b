"""bytes / .txt / .html / .docx -> text + source metadata.

Text files are decoded by trying codecs strictly (UTF-8, then GB18030, which covers
GBK and GB2312), never by guessing from a few bytes. Web pages are decoded by us
(a gb2312/gbk declaration is read as GB18030, which libxml2 would otherwise cut off at
the first GBK-only character), refused when they declare entities, and reduced to
the document body: one line per block, the title first, the page furniture and the
metadata table left out (its fields go to ``Ingested``). A .docx is read as a zip with
bounded sizes and its paragraphs are taken in order from ``word/document.xml``.

Every refusal is an ``IngestError`` whose ``str`` is one line: ``"PATH: reason"``.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lxml import etree

from parsers.dates import CHINA_TZ
from parsers.model import SourceInfo

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".docx")


MAX_INPUT_BYTES = 200 * 1024 * 1024  # a policy draft is kilobytes; anything this big is not one
MAX_DOCX_UNCOMPRESSED = 200 * 1024 * 1024  # sum of the declared sizes of all members of a .docx
MAX_DOCX_RATIO = 200  # XML deflates about 10:1; a zip bomb reaches 1000:1 and more
MAX_DOCX_MEMBERS = 10_000
BINARY_CHAR_SHARE = 0.05  # decoded text with more control/private-use characters than this is not text

_UTF8_BOM = b"\xef\xbb\xbf"


class IngestError(Exception):
    """A file we refuse, with a reason fit for one line: str(err) == "PATH: reason"."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass(frozen=True)
class Ingested:
    text: str
    info: SourceInfo
    title: str | None = None
    issuer: str | None = None
    doc_number: str | None = None
    published: datetime | None = None


# ---------------------------------------------------------------------------------------------- entry points


def read_path(path: str | Path) -> Ingested:
    """Read a .txt/.html/.htm/.docx file; the suffix decides the format."""
    p = Path(path)
    source = str(path)
    if not p.exists():
        raise IngestError(source, "no such file")
    if p.is_dir():
        raise IngestError(source, "is a directory, not a file")
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "(no suffix)"
        raise IngestError(
            source, f"unsupported file type {shown} (supported: {', '.join(SUPPORTED_SUFFIXES)})"
        )
    try:
        size = p.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise IngestError(
                source, f"file too large ({size // 2**20} MB, limit {MAX_INPUT_BYTES // 2**20} MB)"
            )
        data = p.read_bytes()
    except OSError as err:
        raise IngestError(source, f"cannot read: {err.strerror or err}") from None
    return read_bytes(data, name=source, format=suffix)


def read_bytes(data: bytes, name: str | None = None, format: str | None = None) -> Ingested:
    """Ingest raw bytes. ``format`` ("txt", "html", "htm", "docx", with or without a dot) wins;
    otherwise the suffix of ``name``; otherwise the bytes are sniffed (zip -> docx, markup -> html)."""
    source = name or "<bytes>"
    kind = _format_of(data, name, format, source)
    if not data:
        raise IngestError(source, "empty file")
    if len(data) > MAX_INPUT_BYTES:
        raise IngestError(
            source, f"input too large ({len(data) // 2**20} MB, limit {MAX_INPUT_BYTES // 2**20} MB)"
        )
    if kind == "docx":
        return _read_docx(data, name, source)
    if kind == "html":
        return _read_html(data, name, source)
    return _read_txt(data, name, source)


def _format_of(data: bytes, name: str | None, format: str | None, source: str) -> str:
    if format:
        wanted = format.lower().lstrip(".")
        if wanted == "htm":
            wanted = "html"
        if wanted not in ("txt", "html", "docx"):
            raise IngestError(source, f"unsupported file type .{wanted}")
        return wanted
    if name:
        suffix = Path(name).suffix.lower()
        if suffix in SUPPORTED_SUFFIXES:
            return {".htm": "html"}.get(suffix, suffix[1:])
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    head = data[:1024].lstrip(_UTF8_BOM + b" \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")) or (head.startswith(b"<?xml") and b"<html" in head):
        return "html"
    return "txt"


def _info(data: bytes, name: str | None, fmt: str, encoding: str | None) -> SourceInfo:
    return SourceInfo(
        path=name, format=fmt, encoding=encoding, sha256=hashlib.sha256(data).hexdigest(), n_bytes=len(data)
    )


# ---------------------------------------------------------------------------------------------- text files

# C0 controls except tab/newline/vertical tab/form feed/carriage return, DEL, C1 controls,
# the private-use area (where GB18030 puts its user-defined code points) and U+FFFD.
_NOT_TEXT_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")


def _read_txt(data: bytes, name: str | None, source: str) -> Ingested:
    text, encoding = _decode_text(data, source)
    return Ingested(text=_normalise_newlines(text), info=_info(data, name, "txt", encoding))


def _decode_text(data: bytes, source: str) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(source, "UTF-16 text is not supported, save it as UTF-8")
    if b"\x00" in data:
        raise IngestError(source, "binary file, not text")
    if data.startswith(_UTF8_BOM):
        try:
            text, encoding = data[len(_UTF8_BOM) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as err:
            raise IngestError(source, _undecodable(data, err, offset=len(_UTF8_BOM))) from None
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as utf8_err:
            if utf8_err.reason == "unexpected end of data" and not data[: utf8_err.start].isascii():
                # Valid multi-byte UTF-8 up to a character cut off at the end: a truncated file, not GB18030.
                raise IngestError(
                    source,
                    f"truncated UTF-8 text: the file ends inside a character (offset {utf8_err.start})",
                ) from None
            try:
                text, encoding = data.decode("gb18030"), "gb18030"
            except UnicodeDecodeError as gb_err:
                # Name the failure of the codec that got further: it is the likelier intended one.
                furthest = max(utf8_err, gb_err, key=lambda err: err.start)
                raise IngestError(source, _undecodable(data, furthest)) from None
    if not text.strip():
        raise IngestError(source, "empty file" if not text else "empty file (whitespace only)")
    if _looks_binary(text):
        raise IngestError(source, "binary file, not text")
    return text, encoding


def _undecodable(data: bytes, err: UnicodeDecodeError, offset: int = 0) -> str:
    position = err.start + offset
    return f"cannot decode as UTF-8 or GB18030 (byte 0x{data[position]:02x} at offset {position})"


def _looks_binary(text: str) -> bool:
    # Counting with a C-level regex scan keeps this linear and cheap; ordinary text has no match at all.
    return len(_NOT_TEXT_RE.findall(text)) > BINARY_CHAR_SHARE * len(text)


def _normalise_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------------------------------------- HTML: decoding

# Chinese legacy charsets that are subsets of GB18030: decoding them as GB18030 keeps GBK-only characters.
_GB_FAMILY = {
    "gb2312",
    "gb_2312",
    "gb_2312-80",
    "gb2312-80",
    "csgb2312",
    "euc-cn",
    "x-euc-cn",
    "gbk",
    "x-gbk",
    "cp936",
    "ms936",
    "windows-936",
    "chinese",
    "iso-ir-58",
    "csiso58gb231280",
    "gb18030",
}
_CHARSET_RES = (
    re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I),
    re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)", re.I),
)
_ENTITY_DECL_RE = re.compile(r"<!ENTITY", re.I)
_XML_INCOMPATIBLE_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*>", re.I)
_MAX_REPLACED_SHARE = 0.001  # a page may carry a few broken bytes (often in the furniture); not more


def _declared_charset(data: bytes) -> str | None:
    head = data[:8192]
    for pattern in _CHARSET_RES:
        match = pattern.search(head)
        if match:
            return match.group(1).decode("ascii").lower()
    return None


def _codec_for(charset: str | None) -> str | None:
    if charset is None:
        return None
    if charset in _GB_FAMILY:
        return "gb18030"
    if charset in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"):
        return "cp1252"  # as browsers do (WHATWG encoding standard)
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return None


def _decode_html(data: bytes, source: str) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    elif b"\x00" in data[:4096]:
        raise IngestError(source, "binary file, not HTML")
    elif data.startswith(_UTF8_BOM):
        candidates = ["utf-8-sig"]
    else:
        # Bytes that decode as UTF-8 are UTF-8 whatever the page says (mislabelled pages are common, and GBK
        # text of any length is never valid UTF-8); otherwise the declared charset, then GB18030.
        declared = _codec_for(_declared_charset(data))
        candidates = [c for c in ("utf-8", declared, "gb18030") if c]
        candidates = list(dict.fromkeys("utf-8" if c == "utf_8" else c for c in candidates))
    failures: dict[str, UnicodeDecodeError] = {}
    for codec in candidates:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError as err:
            failures[codec] = err
    # Web pages in the wild carry the odd broken byte; accept a handful, refuse a wrongly encoded page.
    decoded = {codec: data.decode(codec, errors="replace") for codec in failures}
    codec = min(decoded, key=lambda c: decoded[c].count("\ufffd"))
    text = decoded[codec]
    if text.count("\ufffd") <= max(2, _MAX_REPLACED_SHARE * len(text)):
        return text, codec
    err = failures[codec]
    raise IngestError(
        source, f"cannot decode as {codec} (byte 0x{data[err.start]:02x} at offset {err.start})"
    )


# ---------------------------------------------------------------------------------------------- HTML: page model

# Tags whose content is never document text.
_DROP_TAGS = (
    "script", "style", "noscript", "iframe", "frame", "frameset", "button", "input", "select",
    "textarea", "svg", "object", "embed", "template", "link", "meta", "nav", "audio", "video", "canvas",
)  # fmt: skip
_SEMANTIC_FURNITURE_TAGS = ("header", "footer", "aside")
# A <form> may be a search box or, on ASP.NET sites, the wrapper of the whole page: it goes only when small.
_FURNITURE_TAGS = (*_SEMANTIC_FURNITURE_TAGS, "form")
# class/id fragments of page furniture on government sites (navigation, share and print bars, footers).
_FURNITURE_ATTR_RE = re.compile(
    r"nav|menu|breadcrumb|crumb|position|location|daohang|dqwz|share|bdshare|fenxiang|print|dayin|"
    r"close|guanbi|toolbar|tools?\b|sidebar|side-?bar|footer|foot\b|bottom|copyright|banquan|header|"
    r"topbar|top-?bar|logo|search|login|qrcode|qr-?code|erweima|\bewm|font-?size|zihao|related|xgwj|"
    r"comment|pager|pagination|fanye|advert|banner|goto-?top|back-?top|weixin|weibo|wechat",
    re.I,
)
# Content containers by the conventions of gov.cn and provincial CMSs (TRS, Hanweb, UCAP), most specific first.
_CONTENT_STRONG = re.compile(
    r"^(ucap-content|zoom|pages_content|trs_editor|trs_uehtml|custom_unionstyle|article-content|article_content|"
    r"art_content|artcontent|art_con|news_content|newscontent|detail-content|detail_content|con_text|contenttext|"
    r"content_text|text_content|xxgk_content|zwgk_content|view\s*trs_editor|bt_content|wz_content|main-text)$",
    re.I,
)
_CONTENT_WEAK = re.compile(r"content|article|^con$|^cont$|main|detail|zhengwen|^text$|^txt$", re.I)
_DATE_ATTR_RE = re.compile(r"date|time|fbsj|fbrq|pubtime|info", re.I)
_TITLE_ATTR_RE = re.compile(r"title|biaoti|bt\b|tit\b", re.I)

_BLOCK_TAGS = frozenset((
    "p", "div", "br", "li", "ul", "ol", "dl", "dd", "dt", "tr", "td", "th", "table", "tbody", "thead", "caption",
    "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main", "blockquote", "center", "pre", "hr",
    "address", "figure", "figcaption",
))  # fmt: skip

# Lines of furniture that survive inside content containers.
_FURNITURE_LINE_RE = re.compile(
    r"^[【\[]?\s*(打印本页|打印|关闭窗口|关闭本页|关闭|返回顶部|返回|收藏|分享到?[:：]?|分享|"
    r"扫一扫在手机打开当前页|扫一扫在手机上查看当前页面|字号[:：]?\s*[大中小\s]*|大\s*中\s*小|"
    r"默认\s*大\s*中\s*小|【?\s*字体[:：]?\s*[大中小\s]*】?|上一篇.*|下一篇.*|相关(文件|链接|稿件|阅读).*)\s*[】\]]?$"
)
# The "发布时间：… 来源：… 浏览次数：…" bar: a line that starts with one of these, or holds two labels or more.
_INFO_LINE_START_RE = re.compile(
    r"^(发布时间|发布日期|更新时间|信息来源|来源|浏览次数|阅读次数|点击数|访问量|责任编辑|字号)\s*[:：]"
)
_INFO_LABEL_RE = re.compile(
    r"(发布时间|发布日期|日期|时间|信息来源|来源|浏览次数|阅读次数|作者|编辑|字号)\s*[:：]"
)

# Labels of the metadata table (索引号/主题分类/... block) and what they fill.
_META_LABELS = {
    "标题": "title",
    "文件名称": "title",
    "发文机关": "issuer",
    "发布机构": "issuer",
    "发文单位": "issuer",
    "发布单位": "issuer",
    "制发机关": "issuer",
    "发文字号": "doc_number",
    "文件字号": "doc_number",
    "文号": "doc_number",
    "发文文号": "doc_number",
    "文件编号": "doc_number",
    "发布日期": "published",
    "公开日期": "published",
    "发文日期": "published",
    "印发日期": "published",
    "成文日期": "written",
    "主题分类": None,
    "索引号": None,
    "信息索引号": None,
    "体裁分类": None,
    "公文种类": None,
    "服务对象": None,
    "公开方式": None,
    "有效性": None,
    "统一编号": None,
    "登记号": None,
}
_META_LABEL_RE = re.compile(
    "^(" + "|".join(sorted(map(re.escape, _META_LABELS), key=len, reverse=True)) + ")([:：].*)?$", re.S
)
_SPACES_RE = re.compile(r"[\s\u3000\xa0]+")

# 国发〔2024〕12号, 昆科发[2024]3号, 粤府办〔2023〕5号 — a line that is only a document number.
DOC_NUMBER_RE = re.compile(
    r"^[\u4e00-\u9fffA-Za-z]{1,16}\s*[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号$"
)
_DATE_RE = re.compile(
    r"((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?"
    r"(?:\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?"
)
_PUBLISHED_LINE_RE = re.compile(r"(?:发布时间|发布日期|发文日期|公开日期|日期|时间)\s*[:：]\s*")
_TITLE_SPLIT_RE = re.compile(r"\s*(?:_|\||｜|\s[-—–]\s|--)\s*")

_CJK = "\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
# Source line breaks between two CJK characters are layout, not text (browsers of Chinese pages show none).
_CJK_BREAK_RE = re.compile(f"(?<=[{_CJK}])[ \\t\\xa0]*[\\r\\n][\\s\\xa0]*(?=[{_CJK}])")
_INLINE_SPACE_RE = re.compile(r"[ \t\r\n\f\v\xa0\u200b\u2002-\u200a\u202f\u205f]+")


def _read_html(data: bytes, name: str | None, source: str) -> Ingested:
    text, encoding = _decode_html(data, source)
    if _ENTITY_DECL_RE.search(text):
        raise IngestError(source, "DOCTYPE with <!ENTITY>: entity declarations are not allowed")
    page = _parse_page(text, source)
    meta = _take_metadata(page)
    heading = _find_title(page, meta.get("title"))
    published = _published(meta, page)
    _drop_furniture(page)
    container = _find_content(page)
    lines = _block_lines(container)
    lines = [line for line in lines if not _is_furniture_line(line)]
    title = meta.get("title") or heading
    if title and not (lines and _squash(lines[0]) == _squash(title)):
        lines = [title, *_without_title_lines(lines, title)]
    doc_number = meta.get("doc_number") or _find_doc_number(lines)
    body = "\n".join(lines)
    if not body.strip():
        raise IngestError(source, "no text in the page body")
    return Ingested(
        text=body,
        info=_info(data, name, "html", encoding),
        title=title,
        issuer=meta.get("issuer"),
        doc_number=doc_number,
        published=published,
    )


def _parse_page(text: str, source: str) -> etree._Element:
    # We decoded the bytes ourselves; hand lxml UTF-8 with the encoding forced, so a <meta charset> cannot
    # make libxml2 decode a second time (it would stop at the first GBK-only character of a "gb2312" page).
    text = _XML_DECL_RE.sub("", text, count=1)
    # Control characters are not page text, and lxml refuses them when the tree is edited.
    text = _XML_INCOMPATIBLE_RE.sub("", text)
    parser = etree.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, huge_tree=False
    )
    try:
        root = etree.fromstring(text.encode("utf-8"), parser=parser)
    except (etree.LxmlError, ValueError) as err:
        raise IngestError(source, f"cannot parse HTML ({_one_line(str(err)) or 'empty document'})") from None
    if root is None:
        raise IngestError(source, "no HTML document in the file")
    # Collect first, then remove: removing while iterating would skip elements.
    for element in list(root.iter(*_DROP_TAGS)):
        _remove(element)
    return root


def _remove(element: etree._Element) -> None:
    """Remove an element but keep its tail text (text after the element belongs to the parent)."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _squash(text: str) -> str:
    return _SPACES_RE.sub("", text)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _all_text(element: etree._Element) -> str:
    """All text inside an element (comments are already gone: the parser drops them)."""
    return "".join(element.itertext())


def _text_of(element: etree._Element) -> str:
    return _one_line(_all_text(element))


def _attrs(element: etree._Element) -> str:
    return f"{element.get('id') or ''} {element.get('class') or ''}"


# ---------------------------------------------------------------------------------------------- HTML: metadata


def _take_metadata(root: etree._Element) -> dict[str, str]:
    """Read the 标题/发文机关/发文字号/成文日期/发布日期 block and remove it from the page."""
    found: dict[str, str] = {}
    label_elements: list[etree._Element] = []
    for element in root.iter("td", "th", "dt", "dd", "li", "span", "b", "strong", "label", "em", "p", "div"):
        own = _squash(_all_text(element))
        if not own or len(own) > 120:
            continue
        match = _META_LABEL_RE.match(own)
        if not match:
            continue
        if element.tag in ("div", "p", "li", "td", "th") and any(
            _META_LABEL_RE.match(_squash(_all_text(child))) for child in element
        ):
            continue  # the label sits in a child; read it there
        # A label stands alone or is followed by a colon ("标题党…" is text, not a label).
        label, rest = match.group(1), match.group(2) or ""
        rest = _after_colon(_text_of(element)) if rest.strip("：:") else ""
        value = rest or _value_after(element)
        label_elements.append(element)
        field = _META_LABELS[label]
        if field and value and field not in found:
            found[field] = _clean_meta_value(value)
    if len(label_elements) >= 2:
        for container in _metadata_containers(label_elements):
            _remove(container)
    return found


def _after_colon(text: str) -> str:
    """The original text (inner spaces kept) after the label's colon."""
    for index, char in enumerate(text):
        if char in "：:":
            return text[index + 1 :].strip()
    return ""


def _clean_meta_value(value: str) -> str:
    value = _one_line(value).strip("：: ")
    return value


def _value_after(element: etree._Element) -> str:
    """The value next to a label: its tail, its next sibling, or its parent's next sibling (td label -> td value)."""
    current: etree._Element | None = element
    for _ in range(3):
        if current is None:
            break
        if current.tail and current.tail.strip():
            return _one_line(current.tail)
        sibling = current.getnext()
        if sibling is not None:
            text = _text_of(sibling)
            if _META_LABEL_RE.match(_squash(text)):
                return ""  # an empty cell followed by the next label
            return text
        current = current.getparent()
    return ""


def _metadata_containers(labels: list[etree._Element]) -> list[etree._Element]:
    """The smallest table/list/div around each label that holds two labels or more; never a big block."""
    containers: list[etree._Element] = []
    label_set = set(labels)
    for label in labels:
        for ancestor in label.iterancestors():
            if ancestor.tag in ("body", "html"):
                break
            if ancestor.tag not in ("table", "ul", "ol", "dl", "div", "section"):
                continue
            inner = sum(1 for el in ancestor.iter() if el in label_set)
            if inner < 2:
                continue
            small = len(_squash(_all_text(ancestor))) <= 60 * inner + 400
            if small and not any(ancestor is c or ancestor in c.iterancestors() for c in containers):
                containers.append(ancestor)
            break
    # Keep only the outermost ones: removing an outer container removes the inner ones too.
    return [c for c in containers if not any(other in c.iterancestors() for other in containers)]


def _parse_date(text: str | None) -> datetime | None:
    if not text:
        return None
    match = _DATE_RE.search(text)
    if not match:
        return None
    year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=CHINA_TZ)
    except ValueError:
        return None


def _published(meta: dict[str, str], page: etree._Element) -> datetime | None:
    """发布日期 of the table (else 成文日期); the page's "发布时间" line adds the time of day when it agrees."""
    from_table = _parse_date(meta.get("published") or meta.get("written"))
    from_line = _find_published(page)
    if from_table is None:
        return from_line
    if from_line is not None and from_line.date() == from_table.date():
        return from_line
    return from_table


def _find_published(root: etree._Element) -> datetime | None:
    """A "发布时间：2024-12-20 14:05" line near the title, or a date leading a date/info element (gov.cn's
    "pages-date"), when there is no metadata table. The first in page order wins: it sits above the body."""
    for element in root.iter("span", "div", "p", "td", "li", "em", "font", "i", "small", "label"):
        text = _all_text(element)
        if len(text) > 300:
            continue
        match = _PUBLISHED_LINE_RE.search(text)
        if match:
            date = _parse_date(text[match.end() : match.end() + 40])
            if date:
                return date
        elif _DATE_ATTR_RE.search(_attrs(element)) and _DATE_RE.match(text.strip()):
            return _parse_date(text.strip())
    return None


def _find_title(root: etree._Element, from_table: str | None) -> str | None:
    if from_table:
        return from_table
    title_tag = root.find(".//title")
    page_title = _one_line(_all_text(title_tag)) if title_tag is not None else ""
    squashed_page_title = _squash(page_title)
    headings = list(root.iter("h1", "h2", "h3"))
    headings += [
        el
        for el in root.iter("div", "p", "span", "td", "strong")
        if _TITLE_ATTR_RE.search(_attrs(el)) and not _FURNITURE_ATTR_RE.search(_attrs(el))
    ]
    candidates = [(el, _text_of(el)) for el in headings]
    candidates = [(el, text) for el, text in candidates if 4 <= len(text) <= 200 and not _in_furniture(el)]
    # The document title is the heading the <title> also names ("标题_网站名"); the longest such, since the
    # site's own name ("中国政府网") is in the <title> as well.
    named = [
        (el, text) for el, text in candidates if squashed_page_title and _squash(text) in squashed_page_title
    ]
    if named:
        element, text = max(named, key=lambda pair: len(pair[1]))
        _remove(element)
        return text
    for element, text in candidates:
        if element.tag == "h1":
            _remove(element)
            return text
    if page_title:
        first = _TITLE_SPLIT_RE.split(page_title)[0].strip()
        return first or None
    return None


def _in_furniture(element: etree._Element) -> bool:
    return any(
        a.tag in _FURNITURE_TAGS or _FURNITURE_ATTR_RE.search(_attrs(a)) for a in element.iterancestors()
    ) or bool(_FURNITURE_ATTR_RE.search(_attrs(element)))


def _find_doc_number(lines: list[str]) -> str | None:
    """Without a metadata table: a line of its own under the title that is only a 文号."""
    for line in lines[:6]:
        candidate = _squash(line)
        if DOC_NUMBER_RE.match(candidate):
            return candidate
    return None


def _without_title_lines(lines: list[str], title: str) -> list[str]:
    """Drop the title if the body repeats it over one or more lines at its start (print layout)."""
    target = _squash(title)
    joined = ""
    for index, line in enumerate(lines[:4]):
        joined += _squash(line)
        if joined == target:
            return lines[index + 1 :]
        if not target.startswith(joined):
            break
    return lines


# ---------------------------------------------------------------------------------------------- HTML: body


def _drop_furniture(root: etree._Element) -> None:
    body = root.find("body")
    page_chars = len(_squash(_all_text(body if body is not None else root)))
    # Elements that hold a known content container are never furniture, whatever their class says.
    holds_content = {a for el in root.iter(etree.Element) if _is_content(el) for a in el.iterancestors()}
    doomed = [
        el
        for el in root.iter(etree.Element)
        if el.tag in _FURNITURE_TAGS
        or (el.tag not in ("html", "body") and _FURNITURE_ATTR_RE.search(_attrs(el)) and not _is_content(el))
    ]
    removed: set[etree._Element] = set()
    for element in doomed:  # in page order, so an outer element is decided before the ones inside it
        if element in holds_content or any(a in removed for a in element.iterancestors()):
            continue
        # A wrapper named "main-position" that holds most of the page is layout, not furniture.
        if element.tag not in _SEMANTIC_FURNITURE_TAGS and len(_squash(_all_text(element))) > page_chars // 2:
            continue
        removed.add(element)
    for element in removed:
        _remove(element)


def _attr_tokens(element: etree._Element) -> list[str]:
    return [element.get("id") or "", *(element.get("class") or "").split()]


def _is_content(element: etree._Element) -> bool:
    """A known content container (also when its class has a furniture word: "zoom print-area")."""
    return any(_CONTENT_STRONG.match(token) for token in _attr_tokens(element))


def _find_content(root: etree._Element) -> etree._Element:
    body = root.find("body")
    body = body if body is not None else root
    for element in body.iter(etree.Element):
        if _is_content(element) and len(_squash(_all_text(element))) >= 20:
            return element
    best = _densest_block(body)
    weak = [
        el
        for el in body.iter("div", "td", "article", "section", "main")
        if _CONTENT_WEAK.search(_attrs(el))
        and best is not None
        and (el is best or el in best.iterancestors())
    ]
    if weak:
        # The innermost named container around the densest block: it keeps sibling blocks of the body.
        innermost = weak[-1]
        return innermost
    return best if best is not None else body


def _densest_block(body: etree._Element) -> etree._Element | None:
    """The element whose paragraphs hold the most prose (readability, much simplified): each paragraph
    scores its length plus a bonus per Chinese comma/full stop for its parent, half of that for the grandparent."""
    scores: dict[etree._Element, int] = {}
    for block in body.iter("p", "br", "div", "td"):
        if block.tag == "p":
            own, holder = _all_text(block), block.getparent()
        elif block.tag == "br":
            own, holder = block.tail or "", block.getparent()
        else:  # text directly inside a div/td, between its child elements
            own, holder = (block.text or "") + "".join(child.tail or "" for child in block), block
        own = _squash(own)
        if len(own) < 10 or holder is None or (_INFO_LABEL_RE.search(own) and "。" not in own):
            continue
        weight = len(own) + 5 * sum(own.count(mark) for mark in "，。；")
        scores[holder] = scores.get(holder, 0) + weight
        grandparent = holder.getparent()
        if grandparent is not None:
            scores[grandparent] = scores.get(grandparent, 0) + weight // 2
    if not scores:
        return None
    return max(scores, key=lambda el: scores[el])


# Marks a block boundary while the text is assembled (libxml2 never yields NUL in text); newlines of the
# page source are only whitespace inside a line.
_BLOCK_BREAK = "\x00"
_CELL_BREAK = "\x01"  # between the cells of a one-line table row; a tab in the result


def _block_lines(container: etree._Element) -> list[str]:
    """One line per block (<p>, <div>, <br>, table cells ...), whitespace normalised inside a line."""
    parts: list[str] = []
    # Iterative walk (a hostile page may nest deeper than Python's recursion limit).
    stack: list[tuple[etree._Element, bool]] = [(container, False)]
    while stack:
        element, closing = stack.pop()
        tag = element.tag if isinstance(element.tag, str) else ""
        block = tag in _BLOCK_TAGS
        if closing:
            if block:
                parts.append(_BLOCK_BREAK)
            if element is not container and element.tail:
                parts.append(element.tail)
            continue
        if tag == "tr" and _is_simple_row(element):
            cells = (_clean_line(_all_text(cell)) for cell in element if cell.tag in ("td", "th"))
            parts.extend((_BLOCK_BREAK, _CELL_BREAK.join(cells), _BLOCK_BREAK))
            continue
        if block:
            parts.append(_BLOCK_BREAK)
        if element.text and tag != "br":
            parts.append(element.text)
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(element))
    lines = []
    for raw in "".join(parts).split(_BLOCK_BREAK):
        line = _clean_line(raw)
        if line.replace(_CELL_BREAK, ""):
            lines.append(line.replace(_CELL_BREAK, "\t"))
    return lines


def _is_simple_row(row: etree._Element) -> bool:
    """A table row whose cells hold no blocks of their own: one line, cells separated by tabs, like a .docx row.
    Layout tables (cells full of paragraphs) keep one line per block."""
    return all(
        el.tag not in _BLOCK_TAGS or el.tag in ("td", "th")
        for cell in row
        if cell.tag in ("td", "th")
        for el in cell.iter(etree.Element)
    )


def _clean_line(raw: str) -> str:
    raw = _CJK_BREAK_RE.sub("", raw)
    return _INLINE_SPACE_RE.sub(" ", raw).strip()


def _is_furniture_line(line: str) -> bool:
    if len(line) <= 40 and _FURNITURE_LINE_RE.match(line):
        return True
    if len(line) > 120 or line.endswith("。"):
        return False
    return bool(_INFO_LINE_START_RE.match(line)) or len(_INFO_LABEL_RE.findall(line)) >= 2


# ---------------------------------------------------------------------------------------------- .docx

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W_P, _W_T, _W_TAB, _W_BR, _W_CR = (f"{{{_W}}}{t}" for t in ("p", "t", "tab", "br", "cr"))
_W_NO_BREAK_HYPHEN = f"{{{_W}}}noBreakHyphen"
_W_TBL, _W_TR, _W_TC, _W_SECT_PR = (f"{{{_W}}}{t}" for t in ("tbl", "tr", "tc", "sectPr"))
_W_TXBX = f"{{{_W}}}txbxContent"
_MC_FALLBACK = f"{{{_MC}}}Fallback"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"


def _xml_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_comments=True,
        remove_pis=True,
    )


def _read_docx(data: bytes, name: str | None, source: str) -> Ingested:
    if not data.startswith(b"PK"):
        raise IngestError(source, "not a .docx: not a zip archive")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, EOFError, OSError):
        raise IngestError(source, "damaged .docx: truncated or corrupt zip archive") from None
    with archive:
        _check_zip_bounds(archive, source)
        names = set(archive.namelist())
        if "word/document.xml" not in names:
            raise IngestError(source, "not a .docx: word/document.xml is missing")
        document = _parse_member(archive, "word/document.xml", source)
        title = None
        if "docProps/core.xml" in names:
            title = _core_title(_parse_member(archive, "docProps/core.xml", source))
        numbering = _ListNumbering(
            _parse_member(archive, "word/numbering.xml", source) if "word/numbering.xml" in names else None,
            _parse_member(archive, "word/styles.xml", source) if "word/styles.xml" in names else None,
        )
    paragraphs = list(_docx_paragraphs(document, numbering))
    if not paragraphs:
        raise IngestError(source, "empty document: no text in word/document.xml")
    return Ingested(text="\n".join(paragraphs), info=_info(data, name, "docx", None), title=title)


def _check_zip_bounds(archive: zipfile.ZipFile, source: str) -> None:
    members = archive.infolist()
    if len(members) > MAX_DOCX_MEMBERS:
        raise IngestError(source, f"refused: zip with {len(members)} members")
    total = sum(m.file_size for m in members)
    if total > MAX_DOCX_UNCOMPRESSED:
        raise IngestError(
            source,
            f"refused: zip expands to {total // 2**20} MB (limit {MAX_DOCX_UNCOMPRESSED // 2**20} MB), a zip bomb?",
        )
    for member in members:
        if member.file_size > 1_000_000 and member.file_size > MAX_DOCX_RATIO * max(member.compress_size, 1):
            raise IngestError(
                source,
                f"refused: {member.filename} compresses {member.file_size // max(member.compress_size, 1)}:1, a zip bomb?",
            )


def _parse_member(archive: zipfile.ZipFile, member: str, source: str) -> etree._Element:
    try:
        with archive.open(member) as handle:
            raw = handle.read(MAX_DOCX_UNCOMPRESSED + 1)
    except (
        zipfile.BadZipFile,
        zlib.error,
        OSError,
        RuntimeError,
        NotImplementedError,
        EOFError,
        ValueError,
    ) as err:
        raise IngestError(source, f"damaged .docx: cannot read {member} ({_one_line(str(err))})") from None
    if len(raw) > MAX_DOCX_UNCOMPRESSED:
        raise IngestError(source, f"refused: {member} expands past {MAX_DOCX_UNCOMPRESSED // 2**20} MB")
    if b"<!DOCTYPE" in raw[:4096] or b"<!ENTITY" in raw:
        raise IngestError(source, f"{member} has a DOCTYPE: entity declarations are not allowed")
    try:
        return etree.fromstring(raw, parser=_xml_parser())
    except etree.XMLSyntaxError as err:
        raise IngestError(
            source, f"damaged .docx: {member} is not well-formed XML ({_one_line(str(err))})"
        ) from None


def _docx_paragraphs(document: etree._Element, numbering: _ListNumbering) -> Iterator[str]:
    body = document.find(f"{{{_W}}}body")
    if body is None:
        return
    yield from _docx_blocks(body, numbering)


def _docx_blocks(container: etree._Element, numbering: _ListNumbering) -> Iterator[str]:
    """Lines of the paragraphs and tables of a body, cell or text box, in document order."""
    for child in container:
        if child.tag == _W_P:
            yield from _paragraph_lines(child, numbering)
        elif child.tag == _W_TBL:
            yield from _table_lines(child, numbering)
        elif child.tag in (_MC_FALLBACK, _W_SECT_PR) or not isinstance(child.tag, str):
            continue  # a fallback copy duplicates its mc:Choice
        else:
            yield from _docx_blocks(child, numbering)  # w:sdt, w:customXml, mc:AlternateContent ...


def _paragraph_lines(paragraph: etree._Element, numbering: _ListNumbering) -> Iterator[str]:
    label = numbering.label(paragraph)  # counted even when the paragraph is empty, as Word does
    text = "".join(_run_texts(paragraph))
    if text.strip():
        yield label + text
    # Text boxes anchored in this paragraph (not those nested in another box, which that box yields).
    for box in paragraph.iter(_W_TXBX):
        owner = next(a for a in box.iterancestors() if a.tag == _W_P)
        if owner is paragraph and not any(a.tag == _MC_FALLBACK for a in box.iterancestors()):
            yield from _docx_blocks(box, numbering)


def _table_lines(table: etree._Element, numbering: _ListNumbering) -> Iterator[str]:
    """A row of one-line cells is one line, cells separated by a tab (the row keeps "item, amount" together);
    rows with longer cells give each cell paragraph its own line."""
    for row in table.iter(_W_TR):
        if next(a for a in row.iterancestors() if a.tag == _W_TBL) is not table:
            continue  # a row of a nested table: its cell yields it
        cell_elements = [cell for cell in row if cell.tag == _W_TC]
        cells = [list(_docx_blocks(cell, numbering)) for cell in cell_elements]
        nested = any(cell.find(f".//{_W_TBL}") is not None for cell in cell_elements)
        if not nested and all(len(lines) <= 1 and "\n" not in "".join(lines) for lines in cells):
            line = "\t".join(lines[0] if lines else "" for lines in cells)
            if line.strip():
                yield line
        else:
            for lines in cells:
                yield from lines


def _run_texts(element: etree._Element) -> Iterator[str]:
    for child in element:
        tag = child.tag
        if tag == _W_T:
            yield child.text or ""
        elif tag == _W_TAB:
            yield "\t"
        elif tag in (_W_BR, _W_CR):
            yield "\n"
        elif tag == _W_NO_BREAK_HYPHEN:
            yield "-"
        elif tag in (_W_P, _W_TXBX):
            continue  # a text box inside the paragraph: its paragraphs come on their own
        elif isinstance(tag, str):
            yield from _run_texts(child)


# ---------------------------------------------------------------------------------------------- .docx numbering

# Word's automatic numbering is not in the text runs: "一、" "（一）" "第一条" come from word/numbering.xml.
_CN_DIGITS = "零一二三四五六七八九"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip


def _chinese_counting(n: int) -> str:
    """1 -> 一, 10 -> 十, 21 -> 二十一, 105 -> 一百零五 (Word's chineseCounting, below 10000)."""
    if n <= 0 or n >= 10000:
        return str(n)
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // value % 10
        if digit:
            if zero and out:
                out += "零"
            out += ("" if (unit == "十" and digit == 1 and not out) else _CN_DIGITS[digit]) + unit
            zero = False
        elif out:
            zero = True
    return out


def _roman(n: int) -> str:
    out = ""
    for value, numeral in _ROMAN:
        while n >= value:
            out, n = out + numeral, n - value
    return out


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographDigital"):
        return _chinese_counting(n)
    if fmt == "ideographTraditional" and 1 <= n <= 10:
        return _TIANGAN[n - 1]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "decimalFullWidth":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("lowerLetter", "upperLetter"):
        return _letters(n) if fmt == "lowerLetter" else _letters(n).upper()
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n) if fmt == "lowerRoman" else _roman(n).upper()
    if fmt == "none":
        return ""
    return str(n)


@dataclass(frozen=True)
class _Level:
    fmt: str
    text: str  # lvlText: "%1、", "（%2）", "第%1条"
    start: int
    suffix: str  # what follows the number: tab (Word's default), space or nothing


class _ListNumbering:
    """Renders the automatic number of each paragraph, counting in document order like Word."""

    def __init__(self, numbering: etree._Element | None, styles: etree._Element | None):
        self.levels: dict[str, dict[int, _Level]] = {}
        self.abstract_of: dict[str, str] = {}
        self.start_overrides: dict[str, dict[int, int]] = {}
        self.style_numbering: dict[str, tuple[str | None, int | None]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        if numbering is not None:
            self._read_numbering(numbering)
        if styles is not None:
            for style in styles.iter(_w("style")):
                num_pr = style.find(f"{_w('pPr')}/{_w('numPr')}")
                if num_pr is not None:
                    self.style_numbering[style.get(_w("styleId"), "")] = _num_pr(num_pr)

    def _read_numbering(self, numbering: etree._Element) -> None:
        for abstract in numbering.iter(_w("abstractNum")):
            levels = {}
            for level in abstract.iter(_w("lvl")):
                levels[_int(level.get(_w("ilvl")), 0)] = _Level(
                    fmt=_val(level, "numFmt") or "decimal",
                    text=_val(level, "lvlText") or "",
                    start=_int(_val(level, "start"), 1),
                    suffix={"space": " ", "nothing": ""}.get(_val(level, "suff") or "tab", "\t"),
                )
            self.levels[abstract.get(_w("abstractNumId"), "")] = levels
        for num in numbering.iter(_w("num")):
            num_id = num.get(_w("numId"), "")
            self.abstract_of[num_id] = _val(num, "abstractNumId") or ""
            for override in num.iter(_w("lvlOverride")):
                start = _val(override, "startOverride")
                if start is not None:
                    self.start_overrides.setdefault(num_id, {})[_int(override.get(_w("ilvl")), 0)] = _int(
                        start, 1
                    )

    def label(self, paragraph: etree._Element) -> str:
        if not self.levels:
            return ""
        num_id, ilvl = None, None
        p_pr = paragraph.find(_w("pPr"))
        if p_pr is not None:
            style = _val(p_pr, "pStyle")
            if style in self.style_numbering:
                num_id, ilvl = self.style_numbering[style]
            num_pr = p_pr.find(_w("numPr"))
            if num_pr is not None:
                own_id, own_level = _num_pr(num_pr)
                num_id, ilvl = own_id or num_id, own_level if own_level is not None else ilvl
        if not num_id or num_id == "0" or num_id not in self.abstract_of:
            return ""
        ilvl = ilvl or 0
        abstract = self.abstract_of[num_id]
        levels = self.levels.get(abstract, {})
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(abstract, {})
        if num_id not in self.started:  # a list instance with a startOverride restarts the count
            self.started.add(num_id)
            for level, start in self.start_overrides.get(num_id, {}).items():
                counters[level] = start - 1
                for deeper in [k for k in counters if k > level]:
                    del counters[deeper]
        counters[ilvl] = counters.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        level = levels[ilvl]
        if level.fmt == "bullet":
            return level.text + level.suffix
        text = re.sub(
            r"%([1-9])",
            lambda m: self._number_at(levels, counters, int(m.group(1)) - 1),
            level.text,
        )
        return text + level.suffix if text else ""

    @staticmethod
    def _number_at(levels: dict[int, _Level], counters: dict[int, int], level: int) -> str:
        spec = levels.get(level)
        if spec is None:
            return ""
        return _format_number(counters.get(level, spec.start), spec.fmt)


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


def _val(element: etree._Element, child: str) -> str | None:
    found = element.find(_w(child))
    return None if found is None else found.get(_w("val"))


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _num_pr(num_pr: etree._Element) -> tuple[str | None, int | None]:
    level = _val(num_pr, "ilvl")
    return _val(num_pr, "numId"), (_int(level, 0) if level is not None else None)


def _core_title(core: etree._Element) -> str | None:
    element = core.find(_DC_TITLE)
    if element is None or not element.text:
        return None
    title = _one_line(element.text)
    # Core titles are often a template's or "Microsoft Word - x.doc"; only a Chinese title is worth keeping.
    if len(title) >= 4 and re.search(r"[\u4e00-\u9fff]{4}", title):
        return title
    return None
