"""Score document metadata and top-level structure against the field corpus (issue 7).

    .venv/bin/python scripts/eval_documents.py [--split dev|heldout|heldoutN ...] [--json] [--reveal-heldout]

Every file listed in ``fixtures/field/documents.toml`` (and in a set's own ``fixtures/field/heldoutN/documents.toml``) is parsed with ``parsers.pipeline.parse_path`` and
compared with what a reader wrote down for it (the conventions are at the top of that file):

* ``title``, ``status``, ``notice_title``, ``doc_number``: equal after removing whitespace and unifying bracket
  forms (（）/(), 〈〉/<>/《》: pages write a title's book marks in ASCII too); an annotation of ``""`` means the text carries none, so ``None`` is expected.
* ``issuer``: equal as sets of bodies (joint issuers may be separated by 、，, or spaces).
* ``counts``: from the node tree, outside ``notice``/``signature``/``attachment`` subtrees: chapter, article,
  action, measure nodes (any depth), ``outline`` nodes whose label is one number (top-level decimal sections)
  and all ``outline`` nodes (``outline_total``). A document's counts are right when every kind agrees
  (a kind the annotation leaves out is 0).

Each split is reported apart. ``heldout`` was scored once after round 2 and is spent: its texts are shown like
dev's (rules may now be tuned on it, so its figure is a tuned one). ``heldout2``, ``heldout3``, … ``heldoutN`` are
held out: texts of their documents (predicted titles and the like) are never printed unless ``--reveal-heldout`` is
given. From ``heldout3`` on each was gathered and annotated by reading, never run by its annotator, and scored by a
round's lead before the rule writers read it (``fixtures/field/BASELINE.md`` says which were read, and when; a set is
not the extraction corpus's set of the same number). A set is found on disk by its number: the folder
``fixtures/field/heldoutN/`` (``scripts/eval_splits.py``). A wrong
title is put in one error class (``classify_title_error``) so that the kinds of mistakes can be counted.

It reports; it does not gate: the exit status is 0 unless the annotation file itself is malformed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere: the project's packages come from its root
    sys.path.insert(0, str(ROOT))

from scripts.eval_splits import held_out_number  # noqa: E402,F401  (re-exported for the tests)
from scripts.field_annotations import (  # noqa: E402,F401  (re-exported: the scorer's callers read them here)
    ANNOTATIONS,
    COUNT_KINDS,
    FIELD_DIR,
    FIELDS,
    KINDS,
    REQUIRED_KEYS,
    SHOWN_SPLITS,
    SPLITS,
    STRING_KEYS,
    TEXT_FIELDS,
    Annotation,
    AnnotationError,
    annotation_files,
    load_annotations,
)

# node kinds whose subtrees are not the document proper
SKIPPED_SUBTREES = frozenset({"notice", "signature", "attachment"})

_BRACKETS = str.maketrans({"（": "(", "）": ")", "〈": "《", "〉": "》", "<": "《", ">": "》"})
_WHITESPACE_RE = re.compile(r"\s+")
_ISSUER_SEPARATORS_RE = re.compile(r"[、，,\s]+")
_NUMBER_RE = re.compile(r"\d+")


@dataclass
class Prediction:
    title: str | None = None
    status: str | None = None
    notice_title: str | None = None
    issuer: str | None = None
    doc_number: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    error: str | None = None  # the parser failed on the file


@dataclass
class DocumentScore:
    file: str
    split: str
    kind: str
    correct: dict[str, bool]
    title_error: str | None
    predicted: Prediction

    @property
    def all_correct(self) -> bool:
        return all(self.correct.values())


# ---- comparing -----------------------------------------------------------------------------------


def normalise(value: str | None) -> str:
    """Whitespace removed, bracket forms unified; None and "" both mean "none"."""
    if not value:
        return ""
    return _WHITESPACE_RE.sub("", value).translate(_BRACKETS)


def issuer_set(value: str | None) -> frozenset[str]:
    if not value:
        return frozenset()
    return frozenset(part.translate(_BRACKETS) for part in _ISSUER_SEPARATORS_RE.split(value) if part)


def count_nodes(nodes: Iterable[Any]) -> dict[str, int]:
    """Counts by kind over the node tree, outside notice/signature/attachment subtrees."""
    counts = dict.fromkeys(COUNT_KINDS, 0)
    for node in _document_proper(nodes):
        if node.kind in ("chapter", "article", "action", "measure"):
            counts[node.kind] += 1
        elif node.kind == "outline":
            counts["outline_total"] += 1
            if len(_NUMBER_RE.findall(node.label or "")) == 1:
                counts["outline"] += 1
    return counts


def _document_proper(nodes: Iterable[Any]) -> Iterator[Any]:
    stack = list(reversed(list(nodes)))
    while stack:
        node = stack.pop()
        if node.kind in SKIPPED_SUBTREES:
            continue
        yield node
        stack.extend(reversed(node.children))


def compare(gold: Annotation, predicted: Prediction) -> dict[str, bool]:
    if predicted.error:
        return dict.fromkeys(FIELDS, False)
    return {
        "title": normalise(predicted.title) == normalise(gold.title),
        "status": normalise(predicted.status) == normalise(gold.status),
        "notice_title": normalise(predicted.notice_title) == normalise(gold.notice_title),
        "issuer": issuer_set(predicted.issuer) == issuer_set(gold.issuer),
        "doc_number": normalise(predicted.doc_number) == normalise(gold.doc_number),
        "counts": all(predicted.counts.get(kind, 0) == gold.counts.get(kind, 0) for kind in COUNT_KINDS),
    }


_DOC_NUMBER_RE = re.compile(r"[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d*\s*号?|令.{0,3}第.{1,6}号|第\s*\d+\s*号")
_TOC_RE = re.compile(r"^\s*\d+(?:[.．]\d+)*.*(?:[.…·]{3,}|\d+\s*$)|目\s*录")
_FURNITURE_RE = re.compile(
    r"首页|当前位置|您的位置|资料网|浏览|字体|返回顶部|分享|ICP|网站|Original URL|SUCAI|下载"
)
_ADDRESSEE_END_RE = re.compile(r"[:：]\s*$")
_METADATA_RE = re.compile(
    r"索\s*引\s*号|归档时间|发布(?:日期|时间)|成文日期|发文字号|^\W*\d{1,2}/\d{1,2}/\d{2,4}"
)
_DOCUMENT_HEADER_RE = re.compile(r"文件$")


def classify_title_error(gold: Annotation, predicted: str | None) -> str | None:
    """Which kind of mistake a wrong title is (None when the title is right)."""
    want, got = normalise(gold.title), normalise(predicted)
    if want == got:
        return None
    if not got:
        return "missing"
    if not want:
        return "title_on_fragment"
    if gold.notice_title and got == normalise(gold.notice_title):
        return "notice_title_instead_of_policy"
    if got in normalise(gold.notice_title) and gold.notice_title:
        return "part_of_notice_title"
    if gold.status and got.startswith(want) and normalise(gold.status) in got:
        return "status_kept"
    if want.startswith(got):
        return "first_line_only"
    if want.endswith(got):
        return "last_line_only"
    if got in want:
        return "middle_line_only"
    if gold.doc_number and normalise(gold.doc_number) in got or _DOC_NUMBER_RE.search(got):
        return "doc_number"
    if gold.issuer and issuer_set(predicted) <= issuer_set(gold.issuer) | {normalise(gold.issuer)}:
        return "issuer_line"
    if _FURNITURE_RE.search(predicted or ""):
        return "page_furniture"
    if _DOCUMENT_HEADER_RE.search(got):
        return "document_header"  # 湖南省人民政府办公厅文件: the issuer's letterhead
    if _ADDRESSEE_END_RE.search(predicted or ""):
        return "addressee_line"
    if _METADATA_RE.search(predicted or ""):
        return "metadata_line"
    if _TOC_RE.search(predicted or ""):
        return "toc_line"
    if want in got:
        return "title_with_extra_text"
    if (
        "现将" in got
        or "印发给你们" in got
        or "起草了" in got
        or "征求意见" in got
        and len(got) > len(want) + 20
    ):
        return "covering_sentence"
    return "other_line"


def score_document(gold: Annotation, predicted: Prediction) -> DocumentScore:
    correct = compare(gold, predicted)
    title_error = None if correct["title"] else classify_title_error(gold, predicted.title)
    if predicted.error:
        title_error = "parse_error"
    return DocumentScore(gold.file, gold.split, gold.kind, correct, title_error, predicted)


def predict(path: Path) -> Prediction:
    from parsers.pipeline import parse_path  # imported here so that the annotation checks need no parser

    try:
        document = parse_path(path)
    except Exception as exc:  # a parser crash is a result to report, not a reason to stop the run
        return Prediction(error=f"{type(exc).__name__}: {exc}")
    return Prediction(
        title=document.title,
        status=document.status,
        notice_title=getattr(document, "notice_title", None),  # added to the model by the structure work
        issuer=document.issuer,
        doc_number=document.doc_number,
        counts=count_nodes(document.nodes),
    )


# ---- totals and reports ---------------------------------------------------------------------------


@dataclass
class SplitTotals:
    split: str
    documents: int
    correct: dict[str, int]
    all_correct: int
    title_errors: dict[str, int]
    count_kind_correct: dict[str, int]

    def rate(self, key: str) -> float:
        return self.correct[key] / self.documents if self.documents else 0.0


def totals(scores: Sequence[DocumentScore], annotations: dict[str, Annotation], split: str) -> SplitTotals:
    mine = [s for s in scores if s.split == split]
    count_kind_correct = dict.fromkeys(COUNT_KINDS, 0)
    for s in mine:
        gold = annotations[s.file].counts
        for kind in COUNT_KINDS:
            if not s.predicted.error and s.predicted.counts.get(kind, 0) == gold.get(kind, 0):
                count_kind_correct[kind] += 1
    return SplitTotals(
        split=split,
        documents=len(mine),
        correct={key: sum(s.correct[key] for s in mine) for key in FIELDS},
        all_correct=sum(s.all_correct for s in mine),
        title_errors=dict(Counter(s.title_error for s in mine if s.title_error).most_common()),
        count_kind_correct=count_kind_correct,
    )


def run(
    annotations: Sequence[Annotation], root: Path = FIELD_DIR, progress: bool = False
) -> list[DocumentScore]:
    scores = []
    if progress:
        from rich.progress import track

        iterable: Iterable[Annotation] = track(
            annotations, description="parsing the field corpus", transient=True
        )
    else:
        iterable = annotations
    for gold in iterable:
        scores.append(score_document(gold, predict(root / gold.file)))
    return scores


def _mark(ok: bool) -> str:
    return "[green]✓[/]" if ok else "[red]✗[/]"


def print_report(
    scores: Sequence[DocumentScore], annotations: dict[str, Annotation], splits: Sequence[str], reveal: bool
) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for split in splits:
        mine = [s for s in scores if s.split == split]
        if not mine:
            continue
        show_text = split in SHOWN_SPLITS or reveal
        table = Table(title=f"field corpus, {split}: {len(mine)} documents", show_lines=False)
        table.add_column("file", overflow="fold")
        table.add_column("kind")
        for key in FIELDS:
            table.add_column(key.replace("_", " "), justify="center")
        if show_text:
            table.add_column("predicted title / error", overflow="fold")
        for s in mine:
            row = [s.file.split("/", 1)[1], s.kind, *(_mark(s.correct[key]) for key in FIELDS)]
            if show_text:
                row.append(s.predicted.error or f"{s.predicted.title or '—'}  [dim]{s.title_error or ''}[/]")
            table.add_row(*row)
        console.print(table)
    summary = Table(title="totals (documents right / documents)")
    summary.add_column("field")
    for split in splits:
        summary.add_column(split, justify="right")
    per_split = [totals(scores, annotations, split) for split in splits]
    for key in FIELDS:
        summary.add_row(
            key, *(f"{t.correct[key]}/{t.documents} ({100 * t.rate(key):.1f}%)" for t in per_split)
        )
    summary.add_row("all fields", *(f"{t.all_correct}/{t.documents}" for t in per_split))
    for kind in COUNT_KINDS:
        summary.add_row(
            f"  count {kind}", *(f"{t.count_kind_correct[kind]}/{t.documents}" for t in per_split)
        )
    console.print(summary)
    for t in per_split:
        if t.title_errors:
            errors = ", ".join(f"{name} {n}" for name, n in t.title_errors.items())
            console.print(f"title errors, {t.split}: {errors}")


def report_json(
    scores: Sequence[DocumentScore], annotations: dict[str, Annotation], splits: Sequence[str], reveal: bool
) -> dict[str, Any]:
    documents = []
    for s in scores:
        record: dict[str, Any] = {
            "file": s.file,
            "split": s.split,
            "kind": s.kind,
            "correct": s.correct,
            "title_error": s.title_error,
        }
        if s.split in SHOWN_SPLITS or reveal:
            record["predicted"] = asdict(s.predicted)
        documents.append(record)
    return {
        "documents": documents,
        "totals": {split: asdict(totals(scores, annotations, split)) for split in splits},
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=SPLITS,
        action="append",
        help="only this split; repeat for several (default: all, reported apart)",
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--annotations", type=Path, help="one annotation file (default: documents.toml and each set's own)"
    )
    parser.add_argument(
        "--reveal-heldout", action="store_true", help="also print held-out texts (never while tuning rules)"
    )
    args = parser.parse_args(argv)
    try:
        root = args.annotations.parent if args.annotations else FIELD_DIR
        annotations = load_annotations(args.annotations, root)
    except AnnotationError as exc:
        print(f"eval_documents: {exc}", file=sys.stderr)
        return 2
    splits = tuple(dict.fromkeys(args.split)) if args.split else SPLITS  # as eval.py: every --split given
    chosen = [a for a in annotations if a.split in splits]
    scores = run(chosen, root, progress=not args.json)
    by_file = {a.file: a for a in chosen}
    if args.json:
        print(
            json.dumps(
                report_json(scores, by_file, splits, args.reveal_heldout), ensure_ascii=False, indent=1
            )
        )
    else:
        print_report(scores, by_file, splits, args.reveal_heldout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
