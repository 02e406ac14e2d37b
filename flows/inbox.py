"""The watch's inbox and what it remembers of it: plain functions, no Prefect.

``scan_inbox`` lists the drafts under an inbox with the sha256 of their bytes; ``select_new`` drops
those already seen, in OUT's documents table or in OUT/.zhengce/inbox.json, which also remembers
files that failed (a bad file is not retried on every run unless its bytes or the parser version
change). ``record_seen`` updates that file last, after the pass's commit; ``watch_lock`` keeps two
passes off the same OUT.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from outputs.files import lock_if_free
from parsers import PARSER_VERSION
from parsers.ingest import SUPPORTED_SUFFIXES

if TYPE_CHECKING:
    from flows.watch_steps import FailedFile, NewDraft

STATE_DIR = ".zhengce"
STATE_FILE = "inbox.json"
LOCK_FILE = "watch.lock"


# ---------------------------------------------------------------- inbox files


@dataclass(frozen=True)
class InboxFile:
    path: str
    sha256: str
    mtime: datetime  # aware, UTC


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _is_draft(path: Path) -> bool:
    # Hidden files and Office lock files (~$name.docx) are not drafts.
    name = path.name
    return path.suffix.lower() in SUPPORTED_SUFFIXES and not name.startswith((".", "~$"))


def scan_inbox(inbox: str | Path, skip: str | Path | None = None) -> list[InboxFile]:
    """Every draft under ``inbox`` (recursing, hidden folders skipped), in path order.

    ``skip`` is a folder left out wherever it sits: the output folder, whose diff reports
    are .html files, when it lies inside the inbox.
    """
    root = Path(inbox)
    if not root.is_dir():
        raise NotADirectoryError(f"{inbox}: not a folder")
    skipped = Path(skip).resolve() if skip is not None else None
    found: list[InboxFile] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not d.startswith(".") and (skipped is None or (Path(dirpath) / d).resolve() != skipped)
        )
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if not _is_draft(path) or not path.is_file():
                continue
            try:
                mtime = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
                found.append(InboxFile(path=str(path), sha256=file_sha256(path), mtime=mtime))
            except OSError:  # removed or unreadable between listing and reading: next run sees it
                continue
    return found


# ---------------------------------------------------------------- what was seen before


@dataclass
class SeenEntry:
    path: str
    status: str  # parsed | failed
    seen_at: str
    doc_id: str | None = None
    series: str | None = None
    date: str | None = None  # ISO date the draft was ordered by
    error: str | None = None
    parser_version: str | None = None  # a failure is retried once the parsers change


@dataclass
class InboxState:
    """OUT/.zhengce/inbox.json: sha256 of the bytes -> what became of that file."""

    entries: dict[str, SeenEntry] = field(default_factory=dict)

    def by_doc_id(self) -> dict[str, SeenEntry]:
        return {e.doc_id: e for e in self.entries.values() if e.status == "parsed" and e.doc_id}

    def settled(self, sha256: str) -> bool:
        """Parsed before, or refused by the parsers as they are now."""
        entry = self.entries.get(sha256)
        return entry is not None and (entry.status == "parsed" or entry.parser_version == PARSER_VERSION)


def state_path(out: str | Path) -> Path:
    return Path(out) / STATE_DIR / STATE_FILE


def load_state(out: str | Path) -> InboxState:
    path = state_path(out)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        entries = {sha: SeenEntry(**entry) for sha, entry in raw.get("files", {}).items()}
    except FileNotFoundError:
        return InboxState()
    except (ValueError, TypeError, AttributeError):
        # Unreadable state: start afresh. Parsed files are still known by the documents
        # table; only earlier failures are tried once more.
        return InboxState()
    return InboxState(entries=entries)


def save_state(out: str | Path, state: InboxState) -> None:
    """Write the state to a temporary file and rename it over the old one: never half a file."""
    path = state_path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"files": {sha: vars(entry) for sha, entry in sorted(state.entries.items())}}
    temp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(temp, "w", encoding="utf-8") as handle:
        json.dump(payload, handle, ensure_ascii=False, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)


def select_new(files: Sequence[InboxFile], state: InboxState, written_sha256: set[str]) -> list[InboxFile]:
    """Files whose bytes were never parsed nor refused (by this parser version) before; copies count once."""
    new: list[InboxFile] = []
    taken: set[str] = set()
    for item in files:
        if item.sha256 in written_sha256 or state.settled(item.sha256) or item.sha256 in taken:
            continue
        taken.add(item.sha256)
        new.append(item)
    return new


def record_seen(
    out: str | Path,
    state: InboxState,
    drafts: Sequence[NewDraft],
    failures: Sequence[FailedFile],
    now: datetime | None = None,
) -> None:
    stamp = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    for draft in drafts:
        state.entries[draft.file.sha256] = SeenEntry(
            path=draft.file.path,
            status="parsed",
            seen_at=stamp,
            doc_id=draft.doc.doc_id,
            series=draft.series,
            date=draft.date.isoformat(),
        )
    for failed in failures:
        state.entries[failed.file.sha256] = SeenEntry(
            path=failed.file.path,
            status="failed",
            seen_at=stamp,
            error=failed.reason,
            parser_version=PARSER_VERSION,
        )
    save_state(out, state)


@contextlib.contextmanager
def watch_lock(out: str | Path) -> Iterator[bool]:
    """Yields False when another watch run holds OUT: two runs must not parse the same new files."""
    folder = Path(out) / STATE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    with lock_if_free(folder / LOCK_FILE) as held:
        yield held
