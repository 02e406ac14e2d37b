"""The pass rate of the goal probe suite (tests/goal_probes.py): made-up goal sentences and sentences that state no
goal, read by the target extractor. ``--list`` prints each failing probe with what it gave.

    .venv/bin/python scripts/goal_probe_rate.py [--list]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from goal_probes import all_probes, expected_rows, probe_passes  # noqa: E402  (the suite lives with the tests)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every failing probe")
    args = parser.parse_args(argv)
    total, passed = Counter(), Counter()
    for probe in all_probes():
        ok, got = probe_passes(probe)
        total[probe.cls] += 1
        passed[probe.cls] += ok
        if not ok and args.list:
            print(f"FAIL [{probe.cls}] {probe.text}\n   want {expected_rows(probe)}\n   got  {got}")
    for cls in total:
        print(f"{cls:22} {passed[cls]:4}/{total[cls]:<4}")
    goals = sum(n for c, n in total.items() if c != "not_a_goal")
    goals_ok = sum(n for c, n in passed.items() if c != "not_a_goal")
    print(f"{'goals':22} {goals_ok:4}/{goals:<4} ({100 * goals_ok / goals:.1f}%)")
    print(f"{'not goals':22} {passed['not_a_goal']:4}/{total['not_a_goal']:<4}")
    print(
        f"{'all':22} {sum(passed.values()):4}/{sum(total.values()):<4} ({100 * sum(passed.values()) / sum(total.values()):.1f}%)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
