"""A grant word's pattern (补贴, 奖励, 配套 …: [roles] subsidy_cues of parsers/data/lexicon.toml), built for the lexicon.

A grant word inside a compound that names things (配套企业) or before a word that names a mechanism (补偿机制,
配套建设) grants nothing; the pattern leaves those out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from parsers.patterns import alternation


def grant_cue(roles: dict, words: Iterable[str]) -> re.Pattern:
    """One of the grant ``words``, unless it names things (配套企业) or a mechanism (补偿机制, 配套建设).

    (The words are grouped by their first character and the compounds checked after it, 配(?!套企业|…)(?:套): led by
    a look-ahead, (?!配套企业|…)(?:配套|…), the pattern gave the engine no first character to skip to.)"""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):  # alternation's order
        groups.setdefault(word[0], []).append(word[1:])
    alternatives = []
    for first, rests in groups.items():
        compounds = [c[1:] for c in roles["cue_compounds"] if c[0] == first]
        guard = f"(?!{alternation(compounds)})" if compounds else ""
        alternatives.append(f"{re.escape(first)}{guard}(?:{'|'.join(map(re.escape, rests))})")
    return re.compile(f"(?:{'|'.join(alternatives)})(?!{alternation(roles['cue_not_before'])})")
