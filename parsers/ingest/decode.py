"""Bytes to text: plain-text files and web pages.

Text files are decoded by trying codecs strictly (UTF-8, then GB18030, which covers GBK
and GB2312), never by guessing from a few bytes. Web pages are decoded here rather than
by libxml2: a gb2312/gbk declaration is read as GB18030, which libxml2 would otherwise
cut off at the first GBK-only character.
"""

from __future__ import annotations

import codecs
import re

from parsers.ingest.result import IngestError

UTF8_BOM = b"\xef\xbb\xbf"
BINARY_CHAR_SHARE = 0.05  # decoded text with more control/private-use characters than this is not text
MAX_REPLACED_SHARE = 0.001  # a page may carry a few broken bytes (often in the furniture); not more

# C0 controls except tab/newline/vertical tab/form feed/carriage return, DEL, C1 controls,
# the private-use area (where GB18030 puts its user-defined code points) and U+FFFD.
_NOT_TEXT_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")

# Chinese legacy charsets that are subsets of GB18030: decoding them as GB18030 keeps GBK-only characters.
_GB_FAMILY = frozenset((
    "gb2312", "gb_2312", "gb_2312-80", "gb2312-80", "csgb2312", "euc-cn", "x-euc-cn", "gbk", "x-gbk",
    "cp936", "ms936", "windows-936", "chinese", "iso-ir-58", "csiso58gb231280", "gb18030",
))  # fmt: skip
_LATIN1_LABELS = frozenset(("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"))
_CHARSET_RES = (
    re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I),
    re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)", re.I),
)


# ---------------------------------------------------------------------------------------------- text files


def decode_text(data: bytes, source: str) -> tuple[str, str]:
    """The text of a plain-text file and the codec that read it; refuses UTF-16, binary and empty files."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(source, "UTF-16 text is not supported, save it as UTF-8")
    if b"\x00" in data:
        raise IngestError(source, "binary file, not text")
    if data.startswith(UTF8_BOM):
        try:
            text, encoding = data[len(UTF8_BOM) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as err:
            raise IngestError(source, _undecodable(data, err, offset=len(UTF8_BOM))) from None
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
    if looks_binary(text):
        raise IngestError(source, "binary file, not text")
    return normalise_newlines(text), encoding


def _undecodable(data: bytes, err: UnicodeDecodeError, offset: int = 0) -> str:
    position = err.start + offset
    return f"cannot decode as UTF-8 or GB18030 (byte 0x{data[position]:02x} at offset {position})"


def looks_binary(text: str) -> bool:
    # Counting with a C-level regex scan keeps this linear and cheap; ordinary text has no match at all.
    return len(_NOT_TEXT_RE.findall(text)) > BINARY_CHAR_SHARE * len(text)


def normalise_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------------------------------------- web pages


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
    if charset in _LATIN1_LABELS:
        return "cp1252"  # as browsers do (WHATWG encoding standard)
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return None


def decode_html(data: bytes, source: str) -> tuple[str, str]:
    """The text of a web page and its codec: UTF-8 if the bytes are UTF-8, else the declared charset,
    else GB18030; a handful of broken bytes is tolerated, a wrongly encoded page is not."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    elif b"\x00" in data[:4096]:
        raise IngestError(source, "binary file, not HTML")
    elif data.startswith(UTF8_BOM):
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
    decoded = {codec: data.decode(codec, errors="replace") for codec in failures}
    codec = min(decoded, key=lambda c: decoded[c].count("\ufffd"))
    text = decoded[codec]
    if text.count("\ufffd") <= max(2, MAX_REPLACED_SHARE * len(text)):
        return text, codec
    err = failures[codec]
    raise IngestError(
        source, f"cannot decode as {codec} (byte 0x{data[err.start]:02x} at offset {err.start})"
    )
