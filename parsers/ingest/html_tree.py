"""The tree of a web page: parsed safely by lxml, with the small helpers the HTML readers share.

lxml never resolves entities or reaches the network here; a page that declares entities is
refused before it is parsed.
"""

from __future__ import annotations

import re

from lxml import etree

from parsers.ingest.result import IngestError, one_line
from parsers.ingest.sites import SITES

# Tags whose content is never document text.
DROP_TAGS = (
    "script", "style", "noscript", "iframe", "frame", "frameset", "button", "input", "select",
    "textarea", "svg", "object", "embed", "template", "link", "meta", "nav", "audio", "video", "canvas",
)  # fmt: skip
SEMANTIC_FURNITURE_TAGS = ("header", "footer", "aside")
# A <form> may be a search box or, on ASP.NET sites, the wrapper of the whole page: it goes only when small.
FURNITURE_TAGS = (*SEMANTIC_FURNITURE_TAGS, "form")

_ENTITY_DECL_RE = re.compile(r"<!ENTITY", re.I)
_XML_INCOMPATIBLE_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*>", re.I)
_SPACES_RE = re.compile(r"[\s\u3000\xa0]+")


def parse_page(text: str, source: str) -> etree._Element:
    """The page's tree with scripts, styles, forms' controls and the like already removed."""
    if _ENTITY_DECL_RE.search(text):
        raise IngestError(source, "DOCTYPE with <!ENTITY>: entity declarations are not allowed")
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
        raise IngestError(source, f"cannot parse HTML ({one_line(str(err)) or 'empty document'})") from None
    if root is None:
        raise IngestError(source, "no HTML document in the file")
    # Collect first, then remove: removing while iterating would skip elements.
    for element in list(root.iter(*DROP_TAGS)):
        remove(element)
    return root


def remove(element: etree._Element) -> None:
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


def squash(text: str) -> str:
    """The text without any whitespace: how titles and labels are compared."""
    return _SPACES_RE.sub("", text)


def all_text(element: etree._Element) -> str:
    """All text inside an element (comments are already gone: the parser drops them)."""
    return "".join(element.itertext())


def text_of(element: etree._Element) -> str:
    return one_line(all_text(element))


def attrs(element: etree._Element) -> str:
    return f"{element.get('id') or ''} {element.get('class') or ''}"


def attr_tokens(element: etree._Element) -> list[str]:
    return [element.get("id") or "", *(element.get("class") or "").split()]


def is_content(element: etree._Element) -> bool:
    """A known content container (also when its class has a furniture word: "zoom print-area")."""
    return any(SITES.content_strong.match(token) for token in attr_tokens(element))


def in_furniture(element: etree._Element) -> bool:
    return any(
        a.tag in FURNITURE_TAGS or SITES.furniture_attr.search(attrs(a)) for a in element.iterancestors()
    ) or bool(SITES.furniture_attr.search(attrs(element)))
