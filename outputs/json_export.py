"""OUT/json/<doc_id>.json: the whole Document as one nested tree, each file written atomically.

The file follows schemas/document.schema.json (generated from parsers.model.Document by
outputs/json_schema.py). A file is written to a temporary name and renamed over the final
one, so a reader never sees half a document. JSON files are written before the table
commit that lists their documents: every doc_id in the tables has its JSON, and a killed
run can at most leave the JSON of a document the tables do not list yet (its id is derived
from its text, so the next run rewrites it identically).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from outputs.dataset import make_durable
from parsers.model import Document

JSON_DIR = "json"


def json_path(out: str | Path, doc_id: str) -> Path:
    return Path(out) / JSON_DIR / f"{doc_id}.json"


def _temp_for(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp-{os.getpid()}")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_temporaries(folder: Path) -> None:
    """Temporary files left by a writer that was killed (its process is gone)."""
    for temp in folder.glob(".*.json.tmp-*"):
        pid = temp.name.rsplit("-", 1)[-1]
        if pid.isdigit() and not _pid_alive(int(pid)):
            temp.unlink(missing_ok=True)


def write_documents_json(out: str | Path, docs: Iterable[Document]) -> list[Path]:
    """Write each document's JSON: all to temporary names, flushed to disk at once, then renamed."""
    folder = Path(out) / JSON_DIR
    folder.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(folder)
    moves: list[tuple[Path, Path]] = []
    for doc in docs:
        path = json_path(out, doc.doc_id)
        temp = _temp_for(path)
        temp.write_text(doc.model_dump_json(indent=1), encoding="utf-8")
        moves.append((temp, path))
    make_durable(folder, [temp for temp, _ in moves])
    for temp, path in moves:
        os.replace(temp, path)
    return [path for _, path in moves]


def write_document_json(out: str | Path, doc: Document) -> Path:
    return write_documents_json(out, [doc])[0]


def read_document_json(path: str | Path) -> Document:
    return Document.model_validate_json(Path(path).read_text(encoding="utf-8"))
