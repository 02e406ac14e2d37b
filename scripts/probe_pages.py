"""Score the parser on the probe suite of made-up government pages (fixtures/probes/pages.toml).

    .venv/bin/python scripts/probe_pages.py [--misses] [--json]

Each probe's page is parsed as eval_documents parses a field document (``parsers.pipeline.parse_bytes``) and
compared field by field with the scorer's own rules (``scripts.eval_documents.compare``). Prints the pass rate
per field; ``--misses`` lists what each failing probe got.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.eval_documents import TEXT_FIELDS, Annotation, Prediction, compare  # noqa: E402

PROBES = ROOT / "fixtures" / "probes" / "pages.toml"


def load_probes(path: Path = PROBES) -> list[dict]:
    return tomllib.loads(path.read_text(encoding="utf-8"))["probe"]


def predict_text(text: str) -> Prediction:
    from parsers.pipeline import parse_bytes

    document = parse_bytes(text.encode("utf-8"), name="probe.txt")
    return Prediction(
        title=document.title,
        status=document.status,
        notice_title=document.notice_title,
        issuer=document.issuer,
        doc_number=document.doc_number,
    )


def score_probe(probe: dict) -> tuple[dict[str, bool], Prediction]:
    gold = Annotation(
        file=probe["name"], split="probe", kind="page", counts={}, **{k: probe[k] for k in TEXT_FIELDS}
    )
    predicted = predict_text(probe["text"])
    correct = compare(gold, predicted)
    del correct["counts"]
    return correct, predicted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list each failing probe's fields")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    probes = load_probes()
    passed = dict.fromkeys(TEXT_FIELDS, 0)
    whole = 0
    results = {}
    for probe in probes:
        correct, predicted = score_probe(probe)
        results[probe["name"]] = correct
        for key, ok in correct.items():
            passed[key] += ok
        whole += all(correct.values())
        if args.misses and not all(correct.values()):
            print(f"-- {probe['name']} {probe['layout']}")
            for key in TEXT_FIELDS:
                if not correct[key]:
                    print(f"   {key}: want {probe[key]!r} got {getattr(predicted, key)!r}")
    if args.json:
        print(
            json.dumps(
                {"passed": passed, "all": whole, "probes": len(probes), "results": results},
                ensure_ascii=False,
            )
        )
        return
    n = len(probes)
    print(" | ".join(f"{key} {passed[key]}/{n}" for key in TEXT_FIELDS) + f" | all {whole}/{n}")


if __name__ == "__main__":
    main()
