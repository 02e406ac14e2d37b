"""Site conventions of government web pages, read from parsers/data/sites.toml and compiled once.

The HTML reader decides what is furniture, where the content is and what the metadata
labels mean only through ``SITES``; the words themselves live in the data file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from parsers.data_tables import data_table

SITES_PATH = Path(__file__).resolve().parent.parent / "data" / "sites.toml"


@dataclass(frozen=True)
class SiteConventions:
    furniture_attr: re.Pattern[str]  # searched in an element's "id class"
    furniture_line: re.Pattern[str]  # matched against a whole line
    info_line_start: re.Pattern[str]
    info_label: re.Pattern[str]
    content_strong: re.Pattern[str]  # matched against one id or class token
    content_weak: re.Pattern[str]
    date_attr: re.Pattern[str]
    title_attr: re.Pattern[str]
    meta_fields: dict[str, str | None]  # label -> field it fills (None: read past, kept nowhere)
    meta_label: re.Pattern[str]  # a label at the start of a cell, with what follows its colon
    published_line: re.Pattern[str]
    page_title_split: re.Pattern[str]


def _any(fragments: list[str]) -> str:
    return "|".join(fragments)


def _words(words: list[str]) -> str:
    """An alternation of literal words, longer first (发布日期 before 日期)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def compile_sites(raw: dict) -> SiteConventions:
    furniture, content, metadata = raw["furniture"], raw["content"], raw["metadata"]
    labels = {label: (field or None) for label, field in metadata["labels"].items()}
    return SiteConventions(
        furniture_attr=re.compile(_any(furniture["attributes"]), re.I),
        furniture_line=re.compile(rf"^[【\[]?\s*({_any(furniture['lines'])})\s*[】\]]?$"),
        info_line_start=re.compile(rf"^({_words(furniture['info_line_starts'])})\s*[:：]"),
        info_label=re.compile(rf"({_words(furniture['info_labels'])})\s*[:：]"),
        content_strong=re.compile(rf"^({_any(content['containers'])})$", re.I),
        content_weak=re.compile(_any(content["hints"]), re.I),
        date_attr=re.compile(_any(content["date_attributes"]), re.I),
        title_attr=re.compile(_any(content["title_attributes"]), re.I),
        meta_fields=labels,
        meta_label=re.compile(rf"^({_words(list(labels))})([:：].*)?$", re.S),
        published_line=re.compile(rf"(?:{_words(metadata['published_line_labels'])})\s*[:：]\s*"),
        page_title_split=re.compile(rf"\s*(?:{_any(metadata['page_title_separators'])})\s*"),
    )


@cache
def load_sites(path: Path = SITES_PATH) -> SiteConventions:
    return compile_sites(data_table(path))


SITES = load_sites()
