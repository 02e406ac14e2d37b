"""The diff of two Documents.  (CONTRACT STUB: the revisions helper replaces and extends this.)"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class RevisionDiff(BaseModel):
    model_config = ConfigDict(extra="forbid")
    old_doc_id: str
    new_doc_id: str
    node_changes: list = Field(default_factory=list)
    value_changes: list = Field(default_factory=list)
