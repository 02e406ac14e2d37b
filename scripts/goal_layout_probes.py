"""Pass rate of the goal-layout probes (tests/goal_layout_probes.py) on a tree: each probe is written to a file and
parsed whole by parsers.pipeline.parse_path.

    .venv/bin/python scripts/goal_layout_probes.py [--tree PATH] [--verbose]

``--tree`` measures another checkout (its parsers; the probes are this file's). Prints the pass rate of the goal
probes and of the probes whose numbers are no goals, by layout class, and with --verbose each failure's rows.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--tree", type=Path, default=HERE.parent, help="the checkout whose parsers are measured"
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="list each failure's rows")
    args = parser.parse_args()
    sys.path.insert(0, str(args.tree.resolve()))
    sys.path.insert(1, str(HERE.parent / "tests"))
    from goal_layout_probes import GOALS, NOT_GOALS, OPEN, matches, rows

    from parsers.pipeline import parse_path

    by_class: dict[str, list[bool]] = defaultdict(list)
    totals = {"goals": [0, 0], "not goals": [0, 0], "open": [0, 0]}
    with tempfile.TemporaryDirectory() as folder:
        for group, probes in (("goals", GOALS), ("not goals", NOT_GOALS), ("open", OPEN)):
            for k, probe in enumerate(probes):
                path = Path(folder) / f"probe{k}{probe.suffix}"
                path.write_text(probe.text, encoding="utf-8")
                found = rows(parse_path(path))
                ok = matches(probe, found)
                by_class[f"{group}: {probe.name.split('/')[0]}"].append(ok)
                totals[group][0] += ok
                totals[group][1] += 1
                if not ok and args.verbose:
                    print(f"FAIL {group}: {probe.name}\n  want {list(probe.expected)}\n  got  {found}")
    for name, results in by_class.items():
        print(f"{name:28} {sum(results):3}/{len(results)}")
    for group, (passed, count) in totals.items():
        print(f"{group.upper():28} {passed:3}/{count} ({100 * passed / count:.1f}%)")
    passed = sum(p for p, _ in totals.values())
    count = sum(c for _, c in totals.values())
    print(f"{'ALL':28} {passed:3}/{count} ({100 * passed / count:.1f}%)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
