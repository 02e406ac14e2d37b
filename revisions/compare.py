"""Two Documents in, a RevisionDiff out.  (CONTRACT STUB: the revisions helper replaces this.)"""

from __future__ import annotations

from parsers.model import Document
from revisions.model import RevisionDiff


def compare(old: Document, new: Document) -> RevisionDiff:
    return RevisionDiff(old_doc_id=old.doc_id, new_doc_id=new.doc_id)
