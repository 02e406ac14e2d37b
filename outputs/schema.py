"""The table contract: one pyarrow schema per dataset under OUT/.

This module is the one place the columns live. Writers cast to these schemas,
so a table has the same columns and types whether it holds a million rows or
none (an empty table is still written, with its schema).
"""

from __future__ import annotations

import pyarrow as pa

from outputs.columns import with_descriptions

TZ = "Asia/Shanghai"
TIMESTAMP = pa.timestamp("s", tz=TZ)

# Where a row sits (outputs/provisions.py): its provision and the label paths. Fact rows carry all
# of them after doc_title; value_changes carries them twice (old_…, new_…); nodes carry two.
PROVISION_FIELDS = [
    ("provision_id", pa.string()),
    ("provision_kind", pa.string()),
    ("provision_label", pa.string()),
    ("provision_heading", pa.string()),
    ("provision_ordinal", pa.int32()),
    ("provision_seq", pa.int32()),
    ("provision_path", pa.string()),
    ("path", pa.string()),
]
FACT_CONTEXT_FIELDS = [("doc_title", pa.string()), *PROVISION_FIELDS]

DOCUMENTS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("source", pa.string()),  # the path as given
        ("format", pa.string()),  # txt | html | docx
        ("encoding", pa.string()),
        ("sha256", pa.string()),  # of the source bytes
        ("title", pa.string()),
        ("status", pa.string()),  # 征求意见稿 …
        ("notice_title", pa.string()),  # the covering notice's own title, when it issues this one policy
        ("issuer", pa.string()),
        ("doc_number", pa.string()),  # 文号
        ("published", TIMESTAMP),
        ("comment_deadline", TIMESTAMP),
        ("contact_name", pa.string()),
        ("contact_phone", pa.string()),
        ("contact_email", pa.string()),
        ("series", pa.string()),  # title with status words and place set aside
        ("text", pa.large_string()),
        ("n_chars", pa.int64()),
        ("parser_version", pa.string()),
    ]
)

NODES = pa.schema(
    [
        ("doc_id", pa.string()),
        ("node_id", pa.string()),
        ("parent_id", pa.string()),
        ("kind", pa.string()),
        ("ordinal", pa.int32()),
        ("label", pa.string()),
        ("heading", pa.string()),
        ("text", pa.string()),
        ("char_start", pa.int64()),
        ("char_end", pa.int64()),
        ("seq", pa.int32()),
        ("depth", pa.int16()),
        ("provision_id", pa.string()),
        ("path", pa.string()),
    ]
)

MONEY = pa.schema(
    [
        ("doc_id", pa.string()),
        ("node_id", pa.string()),
        ("mention_id", pa.string()),
        ("surface", pa.string()),
        ("char_start", pa.int64()),
        ("char_end", pa.int64()),
        ("low", pa.float64()),
        ("high", pa.float64()),
        ("kind", pa.string()),
        ("role", pa.string()),
        ("qualifier", pa.string()),
        ("instrument", pa.string()),
        ("recipient", pa.string()),
        ("one_off", pa.bool_()),
        ("period", pa.string()),
        *FACT_CONTEXT_FIELDS,
    ]
)

RATIOS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("node_id", pa.string()),
        ("mention_id", pa.string()),
        ("surface", pa.string()),
        ("char_start", pa.int64()),
        ("char_end", pa.int64()),
        ("value", pa.float64()),
        ("high", pa.float64()),
        ("kind", pa.string()),
        ("form", pa.string()),
        ("role", pa.string()),
        ("qualifier", pa.string()),
        *FACT_CONTEXT_FIELDS,
    ]
)

TARGETS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("node_id", pa.string()),
        ("target_id", pa.string()),
        ("year", pa.int32()),
        ("metric", pa.string()),
        (
            "value",
            pa.float64(),
        ),  # exact, min or max goal; null for a range (2-3个) and a goal without a number
        ("low", pa.float64()),  # a range's bounds in `unit` (2-3个: 2, 3); null otherwise
        ("high", pa.float64()),
        ("unit", pa.string()),
        ("kind", pa.string()),
        ("value_yuan", pa.float64()),
        ("value_fraction", pa.float64()),
        ("surface", pa.string()),
        ("char_start", pa.int64()),
        ("char_end", pa.int64()),
        *FACT_CONTEXT_FIELDS,
    ]
)

CHANGES = pa.schema(
    [
        ("old_doc_id", pa.string()),
        ("new_doc_id", pa.string()),
        ("change", pa.string()),  # added | removed | modified | moved | renumbered | unchanged
        ("moved", pa.bool_()),
        ("renumbered", pa.bool_()),
        ("kind", pa.string()),  # node kind (measure, article …)
        ("old_node_id", pa.string()),
        ("new_node_id", pa.string()),
        ("old_label", pa.string()),
        ("new_label", pa.string()),
        ("similarity", pa.float64()),
        ("old_text", pa.string()),
        ("new_text", pa.string()),
    ]
)

VALUE_CHANGES = pa.schema(
    [
        ("old_doc_id", pa.string()),
        ("new_doc_id", pa.string()),
        ("field", pa.string()),  # money | ratio | target
        ("change", pa.string()),  # changed | added | removed
        ("role", pa.string()),
        ("old_node_id", pa.string()),
        ("new_node_id", pa.string()),
        ("old_surface", pa.string()),
        ("new_surface", pa.string()),
        ("old_low", pa.float64()),
        ("old_high", pa.float64()),
        ("old_value", pa.float64()),
        ("new_low", pa.float64()),
        ("new_high", pa.float64()),
        ("new_value", pa.float64()),
        ("unit", pa.string()),  # targets: 个, 亿元, % (simplified characters: 畝 is 亩)
        ("metric", pa.string()),
        ("recipient", pa.string()),
        ("instrument", pa.string()),
        ("old_title", pa.string()),
        ("new_title", pa.string()),
        *((f"old_{name}", type_) for name, type_ in PROVISION_FIELDS),
        *((f"new_{name}", type_) for name, type_ in PROVISION_FIELDS),
    ]
)

# One row per track per version of a series (revisions/history.py): what became of one unit (article,
# point, measure, chapter) or one value (money, ratio, target) from version to version. A track has a row
# for every version it is in and one `removed` row for the version it left; none before it appeared.
# Written whole for a series: a series' rows are replaced when it is computed again.
HISTORY = pa.schema(
    [
        ("series", pa.string()),  # the policy: its title without status words, place and dates
        ("track_id", pa.string()),  # u1, m3, r2, t7: one unit or value followed across versions
        ("item", pa.string()),  # unit | money | ratio | target
        ("version", pa.int32()),  # 1-based position of the version in the series
        ("version_label", pa.string()),  # 稿次: 征求意见稿, 修订稿 … or a law's latest 修订/修正 line
        ("version_date", pa.date32()),
        ("doc_id", pa.string()),
        (
            "change",
            pa.string(),
        ),  # first | added | removed | modified | changed | unchanged | renumbered | moved
        ("node_id", pa.string()),  # the unit; for a value the clause it hangs on; null when removed
        ("label", pa.string()),  # the unit's label (第十条, 第十条（二）); for a value, the unit it sits in
        ("kind", pa.string()),  # units: article, point, measure, chapter …
        ("surface", pa.string()),  # values: as written (不超过100万元)
        ("low", pa.float64()),  # money in yuan; targets' ranges
        ("high", pa.float64()),
        ("value", pa.float64()),  # ratios as a fraction; targets
        ("role", pa.string()),
        ("person", pa.string()),  # whom a value is for: 单位, 个人, 直接责任人员 …
        ("similarity", pa.float64()),  # units: text similarity to the previous version, 0..1
    ]
)

# table name (the folder under OUT) -> schema. Each field's metadata holds its description
# (outputs/data/columns.toml), so pyarrow readers see what a column means and how its nulls read.
TABLES: dict[str, pa.Schema] = {
    name: with_descriptions(name, schema)
    for name, schema in {
        "documents": DOCUMENTS,
        "nodes": NODES,
        "money": MONEY,
        "ratios": RATIOS,
        "targets": TARGETS,
        "changes": CHANGES,
        "value_changes": VALUE_CHANGES,
        "history": HISTORY,
    }.items()
}
DOCUMENTS, NODES, MONEY, RATIOS, TARGETS, CHANGES, VALUE_CHANGES, HISTORY = TABLES.values()
DOCUMENT_TABLES = ("documents", "nodes", "money", "ratios", "targets")
DIFF_TABLES = ("changes", "value_changes")
HISTORY_TABLES = ("history",)  # keyed by series
