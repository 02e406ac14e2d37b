"""Page furniture: lines of a text that belong to the page, the print-out or the web site, not the document.

Two kinds, both read from parsers/data/furniture.toml (``furniture_rules``):

* print furniture, anywhere in the text (``page_marks``): page numbers (``— 3 —``, ``-3-``, ``第3页 共9页``,
  ``3/9``, a bare number next to a form feed), a browser's print stamps (date and time, the page's address, and
  the page title printed next to the date), and running headers or footers (a short line that comes back at page
  edges: next to a page number, a stamp or a form feed);
* web chrome, before the document's body begins (``web_chrome``, its tables apart in ``chrome_tables``):
  breadcrumbs, the site's bars, the 发布时间/来源/浏览 line, font and share widgets, and the metadata table
  (索引号, 发布机构, 文号 …); and a news item's lead over the document it reports (``news_lead``).

The structure keeps each furniture line as a node of kind ``furniture``: lossless, outside every clause,
title and extraction (``Structure.furniture`` gives their spans to the extractors). This module gathers the
public names of the modules above where the rest of the code imports them.
"""

from __future__ import annotations

from parsers.structure.furniture_rules import furniture_data, newspaper_credit, rules
from parsers.structure.news_lead import hands_over_at_end, news_lead
from parsers.structure.page_marks import is_page_mark, print_furniture
from parsers.structure.web_chrome import is_web_chrome, web_chrome

__all__ = [
    "furniture_data",
    "hands_over_at_end",
    "is_page_mark",
    "is_web_chrome",
    "news_lead",
    "newspaper_credit",
    "print_furniture",
    "rules",
    "web_chrome",
]
