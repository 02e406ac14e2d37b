"""A RevisionDiff as rows of the ``changes`` and ``value_changes`` tables (outputs/schema.py)."""

from __future__ import annotations

from outputs.schema import CHANGES, VALUE_CHANGES
from revisions.model import RevisionDiff


def diff_rows(diff: RevisionDiff) -> dict[str, list[dict]]:
    """{"changes": [...], "value_changes": [...]}: one dict per row, keyed by the schemas' columns."""
    ids = {"old_doc_id": diff.old_doc_id, "new_doc_id": diff.new_doc_id}
    changes = []
    for change in diff.node_changes:
        row = {**ids, **change.model_dump(include=set(CHANGES.names) - set(ids))}
        changes.append({name: row.get(name) for name in CHANGES.names})
    value_changes = []
    for value in diff.value_changes:
        row = {**ids, **value.model_dump(include=set(VALUE_CHANGES.names) - set(ids))}
        value_changes.append({name: row.get(name) for name in VALUE_CHANGES.names})
    return {"changes": changes, "value_changes": value_changes}
