"""The data model: one parsed document, its hierarchy and what was extracted from it.

Every span-bearing object keeps ``char_start``/``char_end`` into ``Document.text``
(Python code-point offsets, end exclusive), so ``document.text[start:end]`` is
always the object's ``text``/``surface``. The JSON Schema of ``Document`` is
generated from these classes (``outputs/json_schema.py``), never written by hand.

The classes are standard-library dataclasses (slotted, keyword-only): building them costs a
cold start nothing, and a parser's objects are taken as they are made. pydantic reads the
same classes where values come from outside: ``outputs.json_export.read_document_json``
validates a file against them (``document_adapter``), and the schema is generated from
them. ``__pydantic_config__`` forbids unknown fields there, as the schema does.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from pydantic import TypeAdapter

SCHEMA_NAME = "zhengce.Document"
# of the JSON files (outputs/json_export.py); 1.0.0 repeated every node's text. 2.1.0 added the node kind
# "displaced" (nothing else changed): a 2.0.0 file is a valid 2.1.0 file and is read as it is.
SCHEMA_VERSION = "2.1.0"

SourceFormat = Literal["txt", "html", "docx", "pdf"]

NodeKind = Literal[
    "notice",  # the consultation notice before the document proper
    "title",
    "preamble",  # text between the title and the first numbered part
    "chapter",  # 第X章
    "section",  # 第X节
    "article",  # 第X条
    "action",  # 一、
    "measure",  # （一） outside an article
    "point",  # （一） inside an article
    "item",  # 1. 1、 1．
    "outline",  # a decimal section: 1, 1.1, 1.1.1 (label as written, ordinal its last number)
    "subitem",  # （1） ①
    "paragraph",  # an unnumbered paragraph inside a numbered node
    "attachment",  # 附件 and what follows it
    "signature",  # 落款: issuing body and date after the body
    "clause",  # one sentence: the leaf extractions hang on
    "furniture",  # a page number, running header or web page chrome: a leaf outside every clause
    # a title's or addressee's last characters the print set above the page (知 over …的通): a leaf outside
    # every clause, where it stands in the text; the line it ends keeps its place (parsers/structure/displaced.py)
    "displaced",
]

ValueKind = Literal["exact", "max", "min", "range"]
# subsidy: the payout of a grant; basis: what a payout is computed from, not a payout (the step of
# 每增加3000万元给予100万元, the base of 按1000万元的5%, the band of 超过1000万元的部分); threshold: an
# eligibility condition (投资在500万元以上的企业); penalty: a fine; target: a goal's value.
MoneyRole = Literal["subsidy", "basis", "target", "threshold", "penalty", "other"]
RatioRole = Literal["subsidy_rate", "target", "threshold", "other"]
# 20% 1:1 五分之一/1/3 1.5倍 三成 5个百分点 (points: a change of percentage points, 0.05)
RatioForm = Literal["percent", "ratio", "fraction", "multiple", "tenths", "points"]


_FORBID_EXTRA = {"extra": "forbid"}  # pydantic's ConfigDict, read where a file is validated
_model = dataclass(slots=True, kw_only=True)


def _as_floats(obj, names: tuple[str, ...]) -> None:
    """A number field holds a float even when its maker computed an int (``round(5, 10)`` is 5): the
    JSON then says 5.0 whichever way the value came, as it did when pydantic coerced it."""
    for name in names:
        value = getattr(obj, name)
        if type(value) is int:
            setattr(obj, name, float(value))


@_model
class SourceInfo:
    __pydantic_config__ = _FORBID_EXTRA

    path: str | None = None  # as given by the caller; None for bytes without a name
    format: SourceFormat
    encoding: str | None = None  # the codec that decoded the bytes (utf-8, gb18030); None for docx
    sha256: str  # of the raw bytes
    n_bytes: int


@_model
class Notice:
    """The consultation notice (征求意见通知) that precedes a draft."""

    __pydantic_config__ = _FORBID_EXTRA

    title: str | None = None
    published: datetime | None = None
    comment_deadline: datetime | None = None
    deadline_surface: str | None = None
    contact_name: str | None = None
    contact_phone: str | None = None
    contact_email: str | None = None
    issuing_body: str | None = None
    addressee: str | None = None
    body: str | None = None  # the paragraph that asks for comments
    char_start: int
    char_end: int


@_model
class Node:
    __pydantic_config__ = _FORBID_EXTRA

    node_id: str  # AKN eId-style path: action_1__measure_3__clause_2
    parent_id: str | None
    kind: NodeKind
    ordinal: int | None = None  # the integer of the label: （十二） -> 12
    label: str | None = None  # the number as written: "（十二）", "第三条", "1."
    heading: str | None = None  # up to the first 。 of a numbered node, or its whole line
    text: str
    char_start: int
    char_end: int
    seq: int  # document order over all nodes, 0-based
    children: list[Node] = field(default_factory=list)


@_model
class Money:
    __pydantic_config__ = _FORBID_EXTRA

    mention_id: str
    node_id: str
    surface: str  # with kind-bearing qualifiers (不超过, 最高, 以上), without verbs or period words
    char_start: int
    char_end: int
    low: float | None  # yuan
    high: float | None
    kind: ValueKind
    role: MoneyRole
    qualifier: str | None = None
    instrument: str | None = None  # 奖励, 奖补, 补助, 资助, 贴息, 罚款 ...
    recipient: str | None = None
    one_off: bool = False  # 一次性
    period: str | None = None  # 每年, 年度, 每月

    def __post_init__(self) -> None:
        _as_floats(self, ("low", "high"))


@_model
class Ratio:
    __pydantic_config__ = _FORBID_EXTRA

    mention_id: str
    node_id: str
    surface: str
    char_start: int
    char_end: int
    value: float | None  # a fraction: 20% -> 0.2; for a range, the lower bound
    high: float | None = None  # upper bound of a range (kind == "range")
    kind: ValueKind
    form: RatioForm
    role: RatioRole
    qualifier: str | None = None

    def __post_init__(self) -> None:
        _as_floats(self, ("value", "high"))


@_model
class Target:
    __pydantic_config__ = _FORBID_EXTRA

    target_id: str
    node_id: str
    year: int | None
    metric: str | None
    value: float | None  # the number of an exact, min or max goal; None for a range or a goal without one
    low: float | None = None  # the bounds of a range (2-3个: 2 and 3, in ``unit``); None otherwise
    high: float | None = None
    unit: str | None
    kind: ValueKind | None
    surface: str
    char_start: int
    char_end: int
    value_yuan: float | None = None  # when the unit is money (亿元)
    value_fraction: float | None = None  # when the unit is %

    def __post_init__(self) -> None:
        _as_floats(self, ("value", "low", "high", "value_yuan", "value_fraction"))


@_model
class Document:
    __pydantic_config__ = _FORBID_EXTRA

    schema_name: Literal["zhengce.Document"] = SCHEMA_NAME
    version: str = SCHEMA_VERSION
    doc_id: str  # derived from the text: the same draft parsed twice has the same id
    source: SourceInfo
    parser_version: str
    text: str
    title: str | None = None  # the policy's own title (a notice issuing several: the notice's title)
    status: str | None = None  # 征求意见稿, 修订稿, 送审稿 ...
    notice_title: str | None = None  # the covering notice's own title, when it issues this one policy
    issuer: str | None = None
    doc_number: str | None = None  # 文号
    published: datetime | None = None
    notice: Notice | None = None
    nodes: list[Node] = field(default_factory=list)  # top-level nodes; each holds its children
    money: list[Money] = field(default_factory=list)
    ratios: list[Ratio] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)

    def iter_nodes(self) -> Iterator[Node]:
        """All nodes in document order (depth first)."""
        return walk(self.nodes)

    def leaves(self) -> list[Node]:
        return [n for n in self.iter_nodes() if not n.children]


def walk(nodes: list[Node]) -> Iterator[Node]:
    """The nodes and all their descendants in document order (depth-first pre-order)."""
    stack = list(reversed(nodes))
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(node.children))


@cache
def document_adapter() -> TypeAdapter[Document]:
    """pydantic's validator of a whole Document, from plain values (a JSON file's), built on first use."""
    from pydantic import TypeAdapter

    return TypeAdapter(Document)


def field_values(obj) -> dict:
    """A model object's fields by name, in declaration order (shallow: nested objects stay objects)."""
    return {field.name: getattr(obj, field.name) for field in fields(obj)}
