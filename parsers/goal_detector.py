"""The learned goal detector: a unit's goal score, from weights fitted on the gold (parsers/data/goal_detector.json).

The weights are data, as the lexicon is: a logistic regression over the features of parsers.goal_features, fitted by
scripts/fit_goal_detector.py (``make fit-goals``) on the goal units of the census part of the readable annotated
sets, never on the validation part writers keep unread nor on a fresh set (the file's header names the training,
validation and never-read sets, and the metrics on the validation sets); a unit a goal scope covers, which the
detector is never asked about, weighs less in the fit than one no scope covers. Refit after the gold or the
features change: a refit changes the weights only. A unit scores the sum of its features' weights (a log-odds); it
reads as a goal statement at or above the file's threshold, a fixed rule of the fit script (log-odds 0: more likely
a goal than not), not a value chosen at each fit. Pure Python at run time: loaded once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from parsers.data_tables import data_table

DETECTOR_PATH = Path(__file__).with_name("data") / "goal_detector.json"


@dataclass(frozen=True)
class GoalDetector:
    weights: dict[str, float]
    threshold: float

    def score(self, features: list[str]) -> float:
        """The unit's log-odds of holding a goal with a number."""
        weights = self.weights
        return sum(map(weights.__getitem__, filter(weights.__contains__, features)))

    def is_goal(self, features: list[str]) -> bool:
        return self.score(features) >= self.threshold


def read_detector(path: Path) -> GoalDetector:
    """The detector in ``path``, read now (a file the fit script may just have written)."""
    return _detector(json.loads(path.read_text(encoding="utf-8")))


def _detector(data: dict) -> GoalDetector:
    return GoalDetector(dict(data["weights"]), float(data["threshold"]))


@lru_cache(maxsize=1)
def goal_detector() -> GoalDetector:
    """The shipped detector, read once (parsers/data_tables.py: its parsed form may be kept between runs)."""
    return _detector(data_table(DETECTOR_PATH))
