"""A law database's record header run onto one line: the title before the first field label, and the organ.

A law database exports each record with its title and its fields on one line, nothing between them
(``甲州自治条例（2006年修正本）制定机关: 甲州人民代表大会常务委员会效力级别: 地方性法规时效性: 已修改…``). No line
is the title alone, so the layout finds none; the words before the first label are the title when they name a
kind of document, and the field that names the making organ is the issuer. The labels are data
(``parsers/data/furniture.toml``, ``[record]``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from parsers.structure.furniture_rules import furniture_data
from parsers.structure.lines import Line, squeeze
from parsers.structure.titles import TITLE_MIN_CHARS, ends_with_doc_type

RECORD_MAX_PARAGRAPHS = 3  # the header opens the record


@dataclass(frozen=True)
class RecordHeader:
    title: str
    issuer: str | None


@cache
def _rules() -> tuple[re.Pattern[str], frozenset[str], int]:
    data = furniture_data()["record"]  # (the file parsed once, for every rule)
    labels = sorted(data["labels"], key=len, reverse=True)
    label_re = re.compile(rf"(?P<label>{'|'.join(map(re.escape, labels))})[:：]")
    return label_re, frozenset(data["issuer_labels"]), data["min_labels"]


def record_header(paragraphs: list[Line]) -> RecordHeader | None:
    """The title and organ of a record header among the text's first paragraphs, or None."""
    label_re, issuer_labels, min_labels = _rules()
    seen = 0
    for line in paragraphs:
        if not line.content.strip():
            continue
        seen += 1
        if seen > RECORD_MAX_PARAGRAPHS:
            break
        key = squeeze(line.content)
        fields = list(label_re.finditer(key))
        if len(fields) < min_labels or fields[0].start() == 0:
            continue
        title = key[: fields[0].start()]
        if len(title) < TITLE_MIN_CHARS or not ends_with_doc_type(title):
            continue
        issuer = None
        for k, field in enumerate(fields):
            if field.group("label") in issuer_labels:
                end = fields[k + 1].start() if k + 1 < len(fields) else len(key)
                issuer = key[field.end() : end] or None
                break
        return RecordHeader(title, issuer)
    return None
