"""OUT/json/<doc_id>.json: the whole Document as one nested tree, compact, no text repeated.

The tree (format 2, ``"version": "2.1.0"``; 2.0.0 files, which lack only the node kind ``displaced``, read
the same; schemas/document.schema.json) is outputs/json_tree.py:
the document's ``text`` once, every node and mention pointing into it, no indentation and no spaces
after separators. ``read_document_json`` rebuilds the full ``Document`` from either format: format 1
files (``"version": "1.0.0"``, schemas/document-1.0.0.schema.json) are read as they are.

Files are written atomically (a temporary name renamed over the final one), so a reader never
sees half a document. Temporary names carry the writer's pid and a random part: two writers of
the same document (the same draft twice in a batch, two workers) never share one.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterable
from pathlib import Path

import orjson

from outputs.json_tree import document_from_tree, document_tree
from parsers.model import SCHEMA_VERSION, Document, document_adapter

JSON_DIR = "json"


def json_path(out: str | Path, doc_id: str) -> Path:
    return Path(out) / JSON_DIR / f"{doc_id}.json"


def document_json_bytes(doc: Document) -> bytes:
    """The file's bytes: compact UTF-8 JSON (orjson: the same bytes as ``json.dumps(..., ensure_ascii=False,
    separators=(",", ":"))``, several times faster)."""
    return orjson.dumps(document_tree(doc))


def document_json(doc: Document) -> str:
    return document_json_bytes(doc).decode("utf-8")


def read_document_json(path: str | Path) -> Document:
    """The Document a JSON file holds, format 2 or format 1."""
    data = orjson.loads(Path(path).read_bytes())
    if str(data.get("version", "")).split(".", 1)[0] == "1":  # every node carries its text: the model itself
        data["version"] = SCHEMA_VERSION
        return document_adapter().validate_python(data)
    return document_from_tree(data)


# ---------------------------------------------------------------- files


def temporary_name(path: Path) -> Path:
    """A name no other writer uses: the pid (so a dead writer's leftovers can be told) and a random part."""
    return path.with_name(f".{path.name}.tmp-{os.getpid()}-{secrets.token_hex(4)}")


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
        pid = temp.name.rsplit(".tmp-", 1)[-1].split("-", 1)[0]
        if pid.isdigit() and not _pid_alive(int(pid)):
            temp.unlink(missing_ok=True)


def write_documents_json(out: str | Path, docs: Iterable[Document]) -> list[Path]:
    """Write each document's JSON: all to temporary names, flushed to disk at once, then renamed."""
    from outputs.dataset import make_durable

    folder = Path(out) / JSON_DIR
    folder.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(folder)
    moves: list[tuple[Path, Path]] = []
    for doc in docs:
        path = json_path(out, doc.doc_id)
        temp = temporary_name(path)
        temp.write_bytes(document_json_bytes(doc))
        moves.append((temp, path))
    make_durable(folder, [temp for temp, _ in moves])
    for temp, path in moves:
        os.replace(temp, path)
    return [path for _, path in moves]


def write_document_json(out: str | Path, doc: Document) -> Path:
    return write_documents_json(out, [doc])[0]
