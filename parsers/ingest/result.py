"""What ingestion gives back: the text with its source metadata, or a one-line refusal."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime

from parsers.model import SourceInfo

# Between two pages of a PDF's text, as pdftotext puts it (structure tells a page break by it).
PAGE_BREAK = "\f"

# Characters that would break a one-line message or a terminal: C0 and C1 controls, DEL, line and
# paragraph separators, and the lone surrogates by which Python keeps the undecodable bytes of a file name.
_UNPRINTABLE_RE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _ESCAPES:
        return _ESCAPES[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape: the original byte of a name that is not UTF-8
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(name: str) -> str:
    """A file name fit for one line of a terminal: control characters escaped as Python writes them
    (a newline becomes the two characters backslash and n), everything else as it is."""
    return _UNPRINTABLE_RE.sub(_escape, name)


def one_line(text: str) -> str:
    """Whitespace runs (newlines included) as one space."""
    return " ".join(text.split())


class IngestError(Exception):
    """A file we refuse, with a reason fit for one line: str(err) == "PATH: reason".

    ``source`` is the name as given; ``str(err)`` shows it through ``printable``, so a newline
    in a file name cannot split the message."""

    def __init__(self, source: str, reason: str):
        reason = printable(one_line(reason))
        super().__init__(f"{printable(source)}: {reason}")
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


def source_info(data: bytes, name: str | None, fmt: str, encoding: str | None) -> SourceInfo:
    return SourceInfo(
        path=name, format=fmt, encoding=encoding, sha256=hashlib.sha256(data).hexdigest(), n_bytes=len(data)
    )
