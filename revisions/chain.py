"""The heaviest in-order chain of weighted pairs: the backbone of an alignment (revisions/align.py)."""

from __future__ import annotations

from collections.abc import Iterable


def heaviest_chain(candidates: Iterable[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """The candidates of greatest total weight whose old and new positions both strictly increase.

    A heaviest increasing subsequence: candidates in old order (new order descending within one old
    unit, so one old unit is used once), each extending the best chain that ends before its new
    position, found with a Fenwick tree of prefix maxima. O(C log C).
    """
    ordered = sorted(candidates, key=lambda c: (c[1], -c[2]))
    if not ordered:
        return []
    positions = sorted({c[2] for c in ordered})
    rank = {p: i + 1 for i, p in enumerate(positions)}
    size = len(positions)
    tree_best = [0.0] * (size + 1)
    tree_at = [-1] * (size + 1)
    previous = [-1] * len(ordered)
    totals = [0.0] * len(ordered)
    for i, (weight, _, new) in enumerate(ordered):
        best, at, k = 0.0, -1, rank[new] - 1
        while k > 0:
            if tree_best[k] > best:
                best, at = tree_best[k], tree_at[k]
            k -= k & -k
        totals[i], previous[i] = best + weight, at
        k = rank[new]
        while k <= size:
            if totals[i] > tree_best[k]:
                tree_best[k], tree_at[k] = totals[i], i
            k += k & -k
    end = max(range(len(ordered)), key=lambda i: totals[i])
    chain = []
    while end != -1:
        chain.append(ordered[end])
        end = previous[end]
    return chain[::-1]
