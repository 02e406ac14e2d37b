"""The entry points: a path or bytes in, an ``Ingested`` (or a one-line ``IngestError``) out."""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from pathlib import Path

from parsers.ingest.decode import decode_text
from parsers.ingest.files import read_file_bytes
from parsers.ingest.limits import DEFAULT_LIMITS, Limits
from parsers.ingest.result import Ingested, IngestError, source_info
from parsers.ingest.sniff import sniff


def read_txt(data: bytes, name: str | None, source: str) -> Ingested:
    text, encoding = decode_text(data, source)
    return Ingested(text=text, info=source_info(data, name, "txt", encoding))


# format -> (module, function). A reader's module is imported when a file of its format comes:
# PDFium, lxml and the zip reader cost a plain-text batch (and every cold start) nothing.
_READERS: dict[str, tuple[str, str]] = {
    "html": ("parsers.ingest.html_page", "read_html"),
    "docx": ("parsers.ingest.docx", "read_docx"),
    "pdf": ("parsers.ingest.pdf", "read_pdf"),
}


def reader_for(kind: str) -> Callable[[bytes, str | None, str], Ingested]:
    if kind == "txt":
        return read_txt
    module, function = _READERS[kind]
    return getattr(importlib.import_module(module), function)


def read_path(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Ingested:
    """Read a .txt/.html/.htm/.docx/.pdf file. Only regular files are read, up to ``limits``; the
    bytes decide the format where they carry a signature (PDF, zip, OLE2), the suffix otherwise."""
    source = os.fspath(path)
    data = read_file_bytes(source, limits)
    return read_bytes(data, name=source, limits=limits)


def read_bytes(
    data: bytes, name: str | None = None, format: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> Ingested:
    """Ingest raw bytes. ``format`` ("txt", "html", "htm", "docx", "pdf", with or without a dot) or the
    suffix of ``name`` chooses between text and markup; a signature in the bytes (%PDF, zip, OLE2) wins
    over both; without either the bytes are sniffed."""
    source = name or "<bytes>"
    if not data:
        raise IngestError(source, "empty file")
    limits.check_size(len(data), source)
    kind = sniff(data, name, format, source)
    ingested = reader_for(kind)(data, name, source)
    limits.check_text(ingested.text, source)
    return ingested
