"""A figure that names a project's size is no goal of its own (targets.py asks).

推进丙乡30万吨饲料加工、丁乡8万亩茶园提质等项目 and 开工年产20万吨再生铝生产线 name projects by what they will
produce: the goal is the project, its figure says which one. The figure counts products, not the projects (建成12个
产业化项目 counts them: a goal), and no goal verb brings it to a level (存栏达到50万头 is one). The words are
``project_size_pattern`` in [targets] of parsers/data/lexicon.toml.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.patterns import alternation

if TYPE_CHECKING:
    from parsers.lexicon import Lexicon

_REACH = 6  # characters before the figure where a goal verb would bring it to a level (达到, 突破 …)


def _build(lex: Lexicon) -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    t = lex.section("targets")
    project = re.compile(t["project_size_pattern"])
    verbs = re.compile(f"(?:{alternation(t['goal_verbs'] + lex.section('qualifiers')['exact_verbs'])})")
    return project, verbs, frozenset(t["project_count_units"])


def names_a_project(lex: Lexicon, norm: str, m: re.Match, unit: str) -> bool:
    """The quantity ``m`` (of ``unit``) stands before the project it sizes, in the same part: no goal verb before
    it or between it and the project noun, and its unit does not count the projects themselves."""
    project, verbs, project_units = lex.derived(_build)
    if unit in project_units:
        return False
    tail = project.match(norm, m.end())
    if tail is None or verbs.search(tail.group("between")):
        return False
    return verbs.search(norm, max(0, m.start() - _REACH), m.start()) is None
