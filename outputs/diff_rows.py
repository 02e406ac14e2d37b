"""A RevisionDiff as rows of the ``changes`` and ``value_changes`` tables (outputs/schema.py)."""

from __future__ import annotations

from outputs.provisions import EMPTY_COLUMNS, Provision, provisions
from outputs.schema import CHANGES, VALUE_CHANGES
from parsers.model import Document
from revisions.model import RevisionDiff


def _side_columns(where: dict[str, Provision] | None, node_id: str | None, side: str) -> dict:
    provision = where.get(node_id) if where is not None and node_id is not None else None
    columns = provision.columns() if provision is not None else EMPTY_COLUMNS
    return {f"{side}_{name}": value for name, value in columns.items()}


def diff_rows(
    diff: RevisionDiff, old: Document | None = None, new: Document | None = None
) -> dict[str, list[dict]]:
    """{"changes": [...], "value_changes": [...]}: one dict per row, keyed by the schemas' columns.

    With the two documents, each value change also says which provision of each draft it is in
    (old_provision_label …); without them those columns are null.
    """
    ids = {"old_doc_id": diff.old_doc_id, "new_doc_id": diff.new_doc_id}
    changes = []
    for change in diff.node_changes:
        row = {**ids, **change.model_dump(include=set(CHANGES.names) - set(ids))}
        changes.append({name: row.get(name) for name in CHANGES.names})
    titles = {"old_title": diff.old_title, "new_title": diff.new_title}
    old_where = provisions(old) if old is not None and diff.value_changes else None
    new_where = provisions(new) if new is not None and diff.value_changes else None
    value_changes = []
    for value in diff.value_changes:
        row = {
            **ids,
            **titles,
            **value.model_dump(include=set(VALUE_CHANGES.names) - set(ids)),
            **_side_columns(old_where, value.old_node_id, "old"),
            **_side_columns(new_where, value.new_node_id, "new"),
        }
        value_changes.append({name: row.get(name) for name in VALUE_CHANGES.names})
    return {"changes": changes, "value_changes": value_changes}
