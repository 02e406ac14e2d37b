"""The rules of page furniture, read once from parsers/data/furniture.toml: page numbers, print stamps and running
headers (``page_marks``), a web page's chrome (``web_chrome``) and a news item's lead-in (``news_lead``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from parsers.data_tables import data_table
from parsers.patterns import LINE_SPACES, alternation
from parsers.structure.char_gates import StartMarks
from parsers.structure.title_labels import titles_data

FURNITURE_PATH = Path(__file__).resolve().parent.parent / "data" / "furniture.toml"


@dataclass(frozen=True)
class _Rules:
    page_number: re.Pattern[str]
    bare_page_number: re.Pattern[str]
    stamp: re.Pattern[str]
    stamp_line: re.Pattern[str]
    running_max_chars: int
    running_min_repeats: int
    web_start: StartMarks  # web marks anchored at the line start (their costly ones behind a character gate)
    web_anywhere: re.Pattern[str]  # web marks found anywhere in a line
    header_end: re.Pattern[str]  # 当前位置：首页 > …, 搜索: the site's masthead and menus stand above it
    metadata: re.Pattern[str]
    metadata_label: re.Pattern[str]  # a label anywhere: a table row of label value label value
    spaced_field: re.Pattern[
        str
    ]  # 发布机构 甲局, 主题分类 X规划、计划: a field set off by spaces, not a title's
    lead_in: re.Pattern[str]  # 详情如下： a news item hands over to the document
    field_into_prose: re.Pattern[str]  # 来源：甲网 2031-03-05 …。到2033年…: a field run into prose


@cache
def furniture_data() -> dict:
    """parsers/data/furniture.toml, read once for every furniture rule. Its web metadata_labels take in the kinds a
    page is filed under (classification_labels, the one list of those); its header_ends take in the site's path label
    (position_label)."""
    data = data_table(FURNITURE_PATH)
    web = data["web"]
    labels = list(dict.fromkeys([*web["classification_labels"], *web["metadata_labels"]]))
    header_ends = [p.replace("{position_label}", web["position_label"]) for p in web["header_ends"]]
    return {**data, "web": {**web, "metadata_labels": labels, "header_ends": header_ends}}


@cache
def newspaper_credit() -> re.Pattern[str]:
    """A news site's credit naming a newspaper (来源:某某日报), from furniture.toml."""
    return re.compile(furniture_data()["web"]["newspaper_credit"])


@cache
def rules() -> _Rules:
    data = furniture_data()
    printed, web = data["print"], data["web"]
    marks = [*web["header_ends"], *web["markers"]]
    labels = "|".join(
        r"\s*".join(map(re.escape, label)) for label in sorted(web["metadata_labels"], key=len, reverse=True)
    )
    # a label naming a title (标题 X的通知, 名称 X办法) gives the title as its value: only the other labels make a field
    titled = set(titles_data()["title_labels"])
    field_labels = "|".join(
        re.escape(label)
        for label in sorted(web["metadata_labels"], key=len, reverse=True)
        if label not in titled and not label.endswith(("标题", "名称"))
    )
    return _Rules(
        page_number=re.compile("|".join(f"(?:{p})" for p in printed["page_numbers"])),
        bare_page_number=re.compile(printed["bare_page_number"]),
        stamp=re.compile("|".join(f"(?:{p})" for p in printed["stamps"])),
        stamp_line=re.compile(printed["stamp_line_start"]),
        running_max_chars=data["running"]["max_chars"],
        running_min_repeats=data["running"]["min_repeats"],
        web_start=StartMarks([p for p in marks if p.startswith("^")]),
        web_anywhere=re.compile("|".join(f"(?:{p})" for p in marks if not p.startswith("^"))),
        header_end=re.compile("|".join(f"(?:{p})" for p in web["header_ends"])),
        # 发文字号: X, and a box's label in square brackets ([ 发布机构 ] X [ 文号 ][ 公开方式 ] Y)
        metadata=re.compile(rf"^[-•·*\s]*(?:(?:{labels})\s*[:：|]|[\[［]\s*(?:{field_labels})\s*[\]］])"),
        metadata_label=re.compile(rf"(?:{labels})"),
        spaced_field=re.compile(rf"^[-•·*\s]*(?:{field_labels})[{LINE_SPACES}]+\S"),
        lead_in=re.compile("(?:{})[:：]?".format("|".join(map(re.escape, web["lead_in"])))),
        field_into_prose=re.compile(
            rf"^[•·]?(?:(?:{alternation(web['field_into_prose_labels'])})[:：|]|(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}})"
            r"[^。！？]*[。！？](?=.*[\u4e00-\u9fff])"
        ),
    )
