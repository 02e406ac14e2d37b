"""The gold of scripts/eval.py, read and checked: gold documents (``fixtures/gold/*.gold.json``, each naming its
document, sha256 and split, or listed in ``INDEX.toml``) and sentence sets (JSON lines), with the splits found on disk
(``scripts/eval_splits.py``). A gold file whose offsets do not hold, or whose document changed since it was annotated,
is loaded with its problems listed, so the report can say so instead of scoring it.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval_scoring import offset_problems
from eval_splits import held_out_folders, ordered_splits, sentence_files

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "fixtures" / "gold"
SENTENCE_SETS: dict[Path, str] = {  # sentence gold -> its split; held-out sets are found by their numbers
    ROOT / "fixtures" / "field" / "extraction" / "sentences_dev.jsonl": "dev",
    **sentence_files(ROOT / "fixtures" / "heldout"),
}
# tuned, dev, then every held-out set on disk: a folder fixtures/field/extraction/heldoutN/ or a sentencesN.jsonl
SPLITS = ordered_splits(
    ("tuned", "dev"),
    ["heldout", *held_out_folders(ROOT / "fixtures" / "field" / "extraction"), *SENTENCE_SETS.values()],
)


@dataclass
class GoldDocument:
    name: str
    gold_path: Path
    gold: dict[str, Any]
    document_path: Path
    problems: list[str]  # offsets that do not hold, a changed document ...
    split: str = "tuned"


@dataclass
class SentenceSet:
    name: str
    path: Path
    split: str
    sentences: list[dict[str, Any]]
    problems: list[str]


def read_index(gold_dir: Path) -> dict[str, dict[str, Any]]:
    index_path = gold_dir / "INDEX.toml"
    if not index_path.exists():
        return {}
    with index_path.open("rb") as f:
        return tomllib.load(f)


def load_gold_set(
    gold_dir: Path = GOLD_DIR, root: Path = ROOT, only: Collection[str] | None = None
) -> list[GoldDocument]:
    """Every gold file of ``gold_dir`` with its document; ``only``: the names of the gold files to read, the others
    never opened (a fit must not read the fresh sets: it chooses them by split before reading)."""
    index = read_index(gold_dir)
    documents = []
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        if only is not None and name not in only:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        entry = index.get(name, {})
        relative = entry.get("document") or gold.get("document")
        if not relative:
            raise SystemExit(
                f"eval: {gold_path}: no document for this gold file (add it to {gold_dir / 'INDEX.toml'})"
            )
        split = entry.get("split") or gold.get("split") or "tuned"  # a new set's gold names its split itself
        if split not in SPLITS:
            raise SystemExit(f"eval: {gold_path}: unknown split {split!r} (one of {', '.join(SPLITS)})")
        document_path = root / relative
        if not document_path.exists():
            raise SystemExit(f"eval: {gold_path}: document {relative} does not exist")
        problems = []
        data = document_path.read_bytes()
        sha256 = entry.get("sha256") or gold.get("sha256")
        if sha256 and hashlib.sha256(data).hexdigest() != sha256:
            problems.append(
                f"{relative} changed since it was annotated (its sha256 differs from the annotation's)"
            )
        problems += offset_problems(gold, data.decode("utf-8-sig"))
        documents.append(GoldDocument(name, gold_path, gold, document_path, problems, split))
    return documents


def load_sentence_set(path: Path, split: str) -> SentenceSet:
    """One JSON object a line: id, text, source and the gold tables with offsets into the text."""
    if split not in SPLITS:
        raise SystemExit(f"eval: {path}: unknown split {split!r}")
    sentences, problems, seen = [], [], set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            sentence = json.loads(line)
        except json.JSONDecodeError as err:
            raise SystemExit(f"eval: {path}:{number}: not JSON ({err.msg})") from None
        if not isinstance(sentence.get("text"), str) or not sentence.get("id"):
            raise SystemExit(f"eval: {path}:{number}: a sentence needs an id and a text")
        if sentence["id"] in seen:
            problems.append(f"sentence id {sentence['id']} appears twice")
        seen.add(sentence["id"])
        problems += [f"{sentence['id']}: {p}" for p in offset_problems(sentence, sentence["text"])]
        sentences.append(sentence)
    relative = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    return SentenceSet(str(relative), path, split, sentences, problems)


def load_sentence_sets(sets: dict[Path, str] | None = None) -> list[SentenceSet]:
    sets = SENTENCE_SETS if sets is None else sets
    return [load_sentence_set(path, split) for path, split in sets.items() if path.exists()]
