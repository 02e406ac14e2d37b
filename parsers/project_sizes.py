"""A figure that names a project's size is no goal of its own (targets.py asks).

推进丙乡30万吨饲料加工、丁乡8万亩茶园提质等项目 and 开工年产20万吨再生铝生产线 name projects by what they will
produce: the goal is the project, its figure says which one. The figure counts products, not the projects (建成12个
产业化项目 counts them: a goal), and no goal verb brings it to a level (存栏达到50万头 is one).

The verb the project's noun phrase hangs on decides, not how far it stands: the nearest verb before the figure in its
comma part (past the 、 of a list, whose items share it). A project built or added toward the goal year (新建日处理污水
5万吨的污水处理项目, 新增高标准农田20万亩示范项目) is an outcome, its size the goal's figure; a project pushed,
started or planned (推进…, 开工…, 谋划…) is named by its figure, as is one with no verb before it in the part. The
words are ``project_size_pattern``, ``project_building_verbs`` and ``project_step_verbs`` in [targets] of
parsers/data/lexicon.toml, with the goal verbs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.patterns import alternation, last_match

if TYPE_CHECKING:
    from parsers.lexicon import Lexicon


def _build(lex: Lexicon) -> tuple[re.Pattern, re.Pattern, re.Pattern, frozenset[str]]:
    t = lex.section("targets")
    project = re.compile(t["project_size_pattern"])
    builds = t["goal_verbs"] + lex.section("qualifiers")["exact_verbs"] + t["project_building_verbs"]
    verbs = re.compile(f"(?:{alternation(builds)})")
    # the verb a phrase hangs on: the nearest of either kind (推进 after an earlier 建成 governs the project)
    either = re.compile(f"(?P<build>{alternation(builds)})|(?P<step>{alternation(t['project_step_verbs'])})")
    return project, verbs, either, frozenset(t["project_count_units"])


def names_a_project(lex: Lexicon, norm: str, part_start: int, m: re.Match, unit: str) -> bool:
    """The quantity ``m`` (of ``unit``) stands before the project it sizes, in the comma part from ``part_start``:
    the verb the phrase hangs on neither builds, adds nor brings to a level, no such verb stands between it and the
    project noun, and its unit does not count the projects themselves."""
    project, verbs, either, project_units = lex.derived(_build)
    if unit in project_units:
        return False
    tail = project.match(norm, m.end())
    if tail is None or verbs.search(tail.group("between")):
        return False
    head = last_match(either, norm, part_start, m.start())
    return head is None or head.group("step") is not None
