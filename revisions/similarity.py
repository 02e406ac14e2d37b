"""How alike two units' texts are: symmetric overlap or containment of their character bigrams."""

from __future__ import annotations

from revisions.units import Unit

CONTAIN_WEIGHT = 0.85  # containment counts a little less than symmetric overlap
CONTAIN_FULL = 16  # bigrams a contained text needs before containment counts in full


def similarity(old: Unit, new: Unit) -> float:
    """Symmetric overlap or containment of the two texts' bigrams, whichever says more (0..1)."""
    if old.key == new.key:
        return 1.0
    a, b = old.grams, new.grams
    if not a or not b:
        return 0.0
    shared = len(a & b)
    if not shared:
        return 0.0
    small = min(len(a), len(b))
    contained = shared / small * min(1.0, small / CONTAIN_FULL)
    return max(2 * shared / (len(a) + len(b)), CONTAIN_WEIGHT * contained)
