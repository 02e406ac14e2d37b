"""StatedAims._stated_aim asks the report test (Roles._reported_result) only of a value whose part states an aim
in its own words: the two are conditions of one conjunction, so the roles are those of the report test asked first.
Checked by parsing texts with the report test first, as it was, and comparing every amount's role."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.pipeline import parse_bytes
from parsers.roles import Roles
from parsers.stated_aims import StatedAims

_DRAFTS = Path(__file__).resolve().parent.parent / "fixtures" / "drafts"

# values stated as aims, reported values beside them, grants and conditions: the roles the test touches
_OWN = [
    "2030年全区生产总值增长5.2%。今年预期目标增长7%左右。",
    "去年全市实现营业收入12.5亿元，同比增长8%。今年，果品产值力争今年达到13亿元。",
    "2024年，全县完成投资80亿元，今年的增长目标定为9%。",
    "截至目前，已建成标准厂房20万平方米，今年计划筹集资金3亿元用于园区建设。",
    "2025年全市规上工业增加值增长6.1%，今年预期目标完成投资95亿元。",
    "对年度考核指标为4%以上的企业，给予一次性奖励50万元。",
    "今年全县将引进亿元以上项目12个，总投资超过60亿元。",
    "目前已累计发放补贴2000万元，今年预计发放补贴3000万元，补助比例为30%。",
    "全年地区生产总值增长目标为6.5%左右，一般公共预算收入增长5%。",
    # an aim in words that the report test refuses (the test must be asked of these)
    "今年以来，全县已完成投资95亿元，今年预期目标增长7%左右。",
    "据统计，今年预期目标增长7%，同比增长2%。",
    "今年全县力争今年达到13亿元，已完成了。",
    "去年全市增长目标定为9%，实际完成了8%。",
    "上年全市的增长目标为9%，已顺利完成。",
    "2022年，增长目标定为9%，同比提高1个百分点。",
]


def _report_test_first(self, f, sentence, part):
    """_stated_aim as it read before: the report test first, then the rest."""
    if self._reported_result(f.start):
        return False
    return StatedAims._stated_aim(self, f, sentence, part)


def _rows(data: bytes) -> list[tuple]:
    doc = parse_bytes(data, name="t.txt")
    return [(m.surface, m.char_start, m.kind, m.role) for m in doc.money] + [
        (r.surface, r.char_start, r.kind, r.role) for r in doc.ratios
    ]


@pytest.mark.parametrize(
    "data",
    [t.encode("utf-8") for t in _OWN] + [p.read_bytes() for p in sorted(_DRAFTS.glob("*.txt"))],
)
def test_roles_as_with_the_report_test_first(data, monkeypatch):
    now = _rows(data)
    monkeypatch.setattr(Roles, "_stated_aim", _report_test_first)
    assert _rows(data) == now


def _without_report_test(self, f, sentence, part):
    self._reported_result = lambda pos: False
    try:
        return StatedAims._stated_aim(self, f, sentence, part)
    finally:
        del self._reported_result


def test_the_report_test_decides_some_of_these(monkeypatch):
    """The texts above reach the report test: without it, some of their roles change."""
    now = [_rows(t.encode("utf-8")) for t in _OWN]
    monkeypatch.setattr(Roles, "_stated_aim", _without_report_test)
    assert sum(_rows(t.encode("utf-8")) != rows for t, rows in zip(_OWN, now, strict=True)) >= 5
