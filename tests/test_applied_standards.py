"""The figure of a standard to apply (按照人均用地不少于0.1平方米的标准配建…, 按每百户不低于30平方米的标准) is a rule of how
to build or pay, no goal's value: a part holding only such figures gives no target row (lexicon [targets]
applied_standard_lead_pattern and applied_standard_tail_pattern; SOURCES.md round 12: a standard to apply is no quantified
goal). The goals beside it keep their figures.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("到2031年,新建居住区按照人均不少于0.2平方米的标准配建托育服务设施。", []),
        ("到2031年,新建住宅小区按每百户不低于25平方米的标准配建社区用房,建成社区食堂80个。", [80.0]),
        ("到2031年,老旧小区依照每千人不少于10张床位的标准补齐养老设施。", []),
        ("到2031年,全县按期完成60个村的改造任务。", [60.0]),
        ("到2031年,养老机构护理型床位占比达到60%以上。", [60.0]),
    ],
)
def test_a_standard_to_apply_is_no_goal_value(sentence, values):
    assert [t.value for t in targets_of(sentence) if t.value is not None] == values
