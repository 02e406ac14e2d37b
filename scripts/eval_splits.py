"""Which held-out sets exist: each is found on disk by its number, so adding a set edits no script.

An extraction set ``heldoutN`` is the folder ``fixtures/field/extraction/heldoutN/`` (its texts and SOURCES.md), its
gold files (``fixtures/gold/*.gold.json`` whose INDEX entry or own ``split`` says ``heldoutN``) and, if it has
sentences, ``fixtures/heldout/sentencesN.jsonl``. A field set ``heldoutN`` of the documents corpus is the folder
``fixtures/field/heldoutN/``, annotated in ``fixtures/field/documents.toml`` or in its own ``documents.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

_HELD_OUT_NAME = re.compile(r"heldout(\d*)")
_SENTENCE_FILE = re.compile(r"sentences(\d*)\.jsonl")


def held_out_number(split: str) -> int | None:
    """heldout -> 1, heldout27 -> 27, anything else -> None."""
    match = _HELD_OUT_NAME.fullmatch(split)
    if not match:
        return None
    return int(match.group(1) or 1)


def is_held_out(split: str) -> bool:
    return held_out_number(split) is not None


def ordered_splits(leading: Sequence[str], names: Iterable[str]) -> tuple[str, ...]:
    """``leading`` first, then every held-out name in ``names`` once, by number (heldout, heldout2, … heldout10)."""
    held_out = {name for name in names if is_held_out(name)}
    return (*leading, *sorted(held_out, key=held_out_number))


def held_out_folders(directory: Path) -> list[str]:
    """The names of the held-out set folders directly under ``directory``."""
    return (
        [p.name for p in directory.iterdir() if p.is_dir() and is_held_out(p.name)]
        if directory.is_dir()
        else []
    )


def sentence_files(directory: Path) -> dict[Path, str]:
    """``sentences.jsonl`` -> heldout, ``sentencesN.jsonl`` -> heldoutN, in the order of their numbers."""
    found = {}
    for path in directory.glob("sentences*.jsonl") if directory.is_dir() else ():
        match = _SENTENCE_FILE.fullmatch(path.name)
        if match:
            found[path] = f"heldout{match.group(1)}"
    return dict(sorted(found.items(), key=lambda item: held_out_number(item[1]) or 0))
