"""A paragraph of prose (clauses, a full stop) with a goal verb and no year of its own, in a dated text, may take the
plan's year as the detector reads it (round 37, targets53; parsers.goal_detected_scopes._unit_year): before, only an
undated text's prose paragraph could; a dated text's was taken for a metric line, which takes its year only from a
heading the rules read, so its goals were lost. A bare metric line (港口货物吞吐量增长4.5%) still needs its heading.

Every text here is made up for this file.
"""

from __future__ import annotations

from parsers.pipeline import parse_bytes

_HEAD = "某市2031年养老服务体系建设行动计划发布\n\n某市日报 2031-03-02\n\n"


def _rows(text: str) -> list[tuple]:
    doc = parse_bytes(text.encode("utf-8"), "probe.txt")
    return [(t.year, t.value) for t in doc.targets if t.value is not None]


def test_a_prose_paragraph_under_a_bullet_heading_gives_its_goals() -> None:
    text = (
        _HEAD
        + "记者从市民政局了解到，《2031年某市养老服务体系建设行动计划》近日印发，对各领域提出明确目标。\n\n"
        + "  ●居家养老服务领域\n\n"
        + "  新建社区养老服务中心40家，助餐服务覆盖率达到95%以上，家庭养老床位新增1200张，"
        + "护理型床位占比提升到62%以上等。\n"
    )
    rows = _rows(text)
    assert (2031, 95.0) in rows and (2031, 62.0) in rows


def test_a_bare_metric_line_still_needs_a_heading() -> None:
    text = _HEAD + "市统计局发布数据。\n\n港口货物吞吐量增长4.5%\n\n快递业务量增长13%\n"
    assert _rows(text) == []
