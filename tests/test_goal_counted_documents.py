"""False goals, round 35 (targets48), class 4: a count of the plans or documents a text reports issued or followed
(…印发了甲、乙、丙3个特色产业发展规划; 实现8个产业振兴规划纲要确定的各项目标任务) and a list of policy packages counted in
articles (促进…发展15条、…增收12条等政策措施) count what the text names, no goal ([targets] own_task_pattern). A count of
things to build beside a plan word (建成5个国家级规划示范区) keeps its row.

Every sentence here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value, unit) for year, _, value, unit, _ in target_rows(text + "\n", "news.txt")]


def test_a_count_of_plans_issued_is_no_goal() -> None:
    text = "到2031年，省政府办公厅印发了花卉、水果、食用菌3个特色产业发展规划，明确提出，全省花卉面积发展到40万亩。"
    assert _rows(text) == [(2031, 400000.0, "亩")]


def test_a_count_of_plan_outlines_followed_is_no_goal() -> None:
    assert _rows("到2031年，全省要实现8个产业振兴规划纲要确定的各项目标任务。") == []


def test_policy_packages_counted_in_articles_are_no_goal() -> None:
    text = (
        "2031年，全区深入学习运用先进经验，聚焦“稳底线、促振兴”，制定出台“两确保、三提升”系列文件、促进务工人员"
        "持续增收两个方案、促进羊产业稳定发展11条、蔬菜产业提质增效促农增收9条等政策措施，全面推进乡村振兴各项工作"
        "取得新成效。"
    )
    assert [row for row in _rows(text) if row[1] is not None] == []


def test_things_to_build_beside_a_plan_word_keep_their_row() -> None:
    assert _rows("到2031年，建成5个国家级规划示范区。") == [(2031, 5.0, "个")]
