"""bytes / .txt / .html / .docx -> text + source metadata.  (CONTRACT STUB: the ingest helper replaces the body.)"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from parsers.model import SourceInfo

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".docx")


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


def read_bytes(data: bytes, name: str | None = None, format: str | None = None) -> Ingested:
    text = data.decode("utf-8")
    info = SourceInfo(
        path=name, format="txt", encoding="utf-8", sha256=hashlib.sha256(data).hexdigest(), n_bytes=len(data)
    )
    return Ingested(text=text, info=info)


def read_path(path: str | Path) -> Ingested:
    p = Path(path)
    if not p.exists():
        raise IngestError(str(path), "no such file")
    return read_bytes(p.read_bytes(), name=str(path))
