"""The field corpus's annotations (``fixtures/field/documents.toml`` and each held-out set's own ``documents.toml``):
what a reader wrote down for each document, read and checked. ``scripts/eval_documents.py`` scores the parser
against them; the conventions of the values are at the top of ``fixtures/field/documents.toml``.
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # imported by a script run from anywhere
    sys.path.insert(0, str(ROOT))

from scripts.eval_splits import held_out_folders, held_out_number, ordered_splits  # noqa: E402

FIELD_DIR = ROOT / "fixtures" / "field"
ANNOTATIONS = FIELD_DIR / "documents.toml"

# dev, then every held-out set on disk: a folder fixtures/field/heldoutN/
SPLITS = ordered_splits(("dev",), ["heldout", *held_out_folders(FIELD_DIR)])
# splits whose predicted texts are printed; the others stay hidden unless --reveal-heldout (scripts/eval_documents.py,
# scripts/eval_wrapped.py: one list, so the two scorers cannot drift apart and show a held-out set)
SHOWN_SPLITS = frozenset({"dev", "heldout"})
KINDS = (
    "notice_one",
    "notice_several",
    "notice",
    "consultation",
    "regulation",
    "decimal_plan",
    "policy",
    "page",
    "fragment",
    "wrapped",
)
COUNT_KINDS = ("chapter", "article", "action", "measure", "outline", "outline_total")
TEXT_FIELDS = ("title", "status", "notice_title", "issuer", "doc_number")
FIELDS = (*TEXT_FIELDS, "counts")
STRING_KEYS = ("file", "split", "kind", "province", *TEXT_FIELDS, "derived_from", "note", "source")
REQUIRED_KEYS = ("file", "split", "kind", *TEXT_FIELDS, "counts", "source")


class AnnotationError(ValueError):
    """documents.toml is not what the scorer can read."""


@dataclass(frozen=True)
class Annotation:
    file: str
    split: str
    kind: str
    title: str
    status: str
    notice_title: str
    issuer: str
    doc_number: str
    counts: dict[str, int]
    features: tuple[str, ...] = ()
    derived_from: str = ""
    province: str = ""  # where the text comes from (全国 for a national body; "" when the text names none)


def annotation_files(root: Path = FIELD_DIR) -> list[Path]:
    """documents.toml, then the own documents.toml of each held-out set that has one, by number."""
    own = [p for p in root.glob("heldout*/documents.toml") if held_out_number(p.parent.name)]
    return [root / "documents.toml", *sorted(own, key=lambda p: held_out_number(p.parent.name))]


def load_annotations(path: Path | None = None, root: Path = FIELD_DIR) -> list[Annotation]:
    """Read and check the annotations (``path``, or every annotation file under ``root``): every file exists, every
    field has its type, splits are those of SPLITS, no file is listed twice."""
    paths = [path] if path is not None else annotation_files(root)
    annotations: list[Annotation] = []
    seen: set[str] = set()
    for one in paths:
        annotations += _load_annotation_file(one, root, seen)
    return annotations


def _load_annotation_file(path: Path, root: Path, seen: set[str]) -> list[Annotation]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise AnnotationError(f"{path}: {exc}") from exc
    entries = data.get("document")
    if not isinstance(entries, list) or not entries:
        raise AnnotationError(f"{path}: no [[document]] entries")
    annotations: list[Annotation] = []
    for number, entry in enumerate(entries, start=1):
        name = path.relative_to(root) if path.is_relative_to(root) else path.name
        annotations.append(_check_entry(entry, f"{name} document {number}", root, seen))
    return annotations


def _check_entry(entry: dict[str, Any], where: str, root: Path, seen: set[str]) -> Annotation:
    missing = [key for key in REQUIRED_KEYS if key not in entry]
    if missing:
        raise AnnotationError(f"{where}: missing {', '.join(missing)}")
    unknown = set(entry) - set(STRING_KEYS) - {"counts", "features"}
    if unknown:
        raise AnnotationError(f"{where}: unknown keys {', '.join(sorted(unknown))}")
    for key in STRING_KEYS:
        if key in entry and not isinstance(entry[key], str):
            raise AnnotationError(f'{where}: {key} must be a string ("" for none)')
    file = entry["file"]
    where = f"{where} ({file})"
    if entry["split"] not in SPLITS:
        raise AnnotationError(f"{where}: split must be one of {', '.join(SPLITS)}")
    if not file.startswith(entry["split"] + "/"):
        raise AnnotationError(f"{where}: a {entry['split']} document lives under {entry['split']}/")
    if entry["kind"] not in KINDS:
        raise AnnotationError(f"{where}: kind must be one of {', '.join(KINDS)}")
    if not (root / file).is_file():
        raise AnnotationError(f"{where}: no such file under {root}")
    if file in seen:
        raise AnnotationError(f"{where}: listed twice")
    seen.add(file)
    counts = entry["counts"]
    if not isinstance(counts, dict) or any(
        key not in COUNT_KINDS or type(value) is not int or value < 0 for key, value in counts.items()
    ):
        raise AnnotationError(f"{where}: counts must map {', '.join(COUNT_KINDS)} to non-negative integers")
    features = entry.get("features", [])
    if not isinstance(features, list) or not all(isinstance(f, str) for f in features):
        raise AnnotationError(f"{where}: features must be a list of strings")
    derived_from = entry.get("derived_from", "")
    if derived_from and not derived_from.startswith(entry["split"] + "/"):
        raise AnnotationError(f"{where}: a derived copy must stay in the split of its source")
    return Annotation(
        file=file,
        split=entry["split"],
        kind=entry["kind"],
        title=entry["title"],
        status=entry["status"],
        notice_title=entry["notice_title"],
        issuer=entry["issuer"],
        doc_number=entry["doc_number"],
        counts={kind: counts.get(kind, 0) for kind in COUNT_KINDS},
        features=tuple(features),
        derived_from=derived_from,
        province=entry.get("province", ""),
    )
