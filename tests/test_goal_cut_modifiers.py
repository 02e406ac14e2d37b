"""A goal's object whose modifier a comma cuts right after its 的 (建成以…为补充的，开放共享…的培训体系) is one goal without
a number, not two (issue 8, round 30: a fragment taken as a goal). Texts written for this file.

Near misses: a part ending in 的 before a grant is a grant's condition, no goal; two goals each with its own head stay
two.
"""

from __future__ import annotations

from extraction_helpers import targets_of


def _unquantified(text: str) -> list[str]:
    return [t.surface for t in targets_of(text) if t.value is None and t.low is None and t.high is None]


def test_a_modifier_cut_after_its_de_joins_its_head() -> None:
    text = (
        "到2031年，全面建成以学校为主体、企业为依托、社会力量为补充的，开放共享、覆盖全民的职业技能培训体系。"
    )
    assert _unquantified(text) == [
        "全面建成以学校为主体、企业为依托、社会力量为补充的，开放共享、覆盖全民的职业技能培训体系"
    ]


def test_two_goals_with_their_own_heads_stay_two() -> None:
    text = "到2031年，建成功能完善的托育服务体系，形成覆盖城乡的养老服务网络。"
    assert _unquantified(text) == ["建成功能完善的托育服务体系", "形成覆盖城乡的养老服务网络"]


def test_a_condition_before_a_grant_stays_no_goal() -> None:
    text = "到2031年底前，年营业收入首次超过1亿元的，给予一次性奖励50万元。"
    assert targets_of(text) == []
