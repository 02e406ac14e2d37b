"""The goal detector's w:work feature reads the year of the work a text reports under the lexicon it is asked under,
as every other feature does (parsers.goal_unit_shape.work_features, parsers.goal_topics.work_year_of)."""

from dataclasses import replace

from parsers.goal_topics import work_year_of
from parsers.goal_unit_shape import work_features
from parsers.lexicon import lexicon

# an undated text whose head names the year of the work plan it is (2031年…工作要点)
_PLAN = "甲县2031年农业农村工作要点\n一、今年全县粮食播种面积稳定在N万亩以上。\n"


def _without_points():
    """The shipped lexicon, but 要点 is no noun of a work plan's year ([document_date] work_year_nouns)."""
    shipped = lexicon()
    dated = dict(shipped.raw["document_date"])
    dated["work_year_nouns"] = [w for w in dated["work_year_nouns"] if w != "要点"]
    return replace(shipped, raw={**shipped.raw, "document_date": dated})


def test_the_work_year_is_read_under_the_lexicon_asked():
    other = _without_points()
    assert work_year_of(_PLAN) == 2031
    assert work_year_of(_PLAN, lexicon()) == 2031
    assert work_year_of(_PLAN, other) is None
    assert work_features(_PLAN, None, lexicon()) == ["w:work"]
    assert work_features(_PLAN, None, other) == []


def test_a_dated_text_has_no_work_feature():
    assert work_features(_PLAN, 2031, lexicon()) == []
