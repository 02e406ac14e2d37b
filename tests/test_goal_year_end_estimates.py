"""An estimate of the year ending (预计到2031年底，…完成…，较去年增长…，是2027年的N倍) tells that year's result, no goal:
预计 right before a year's end whose sentence sets its figures against last year or an earlier year, in a text
undated or dated that year (round 36, targets52; parsers.goal_forecasts). 预计到 a later year, or with no comparison,
stays as it was read.

Every sentence here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows


def _years(text: str) -> list[int]:
    return [year for year, *_ in target_rows(text + "\n", "news.txt")]


def test_an_estimate_after_a_lead_in_words_is_a_result() -> None:
    text = "南岸报 2031-12-18\n据了解，预计到2031年底，全县新建5G基站900个，较去年增长6%，是2027年的1.4倍。"
    assert _years(text) == []


def test_an_estimate_in_a_later_sentence_is_a_result() -> None:
    text = "南岸报 2031-11-02\n全县通信设施加快完善。预计到2031年底，光纤入户率可达92%，比上年提高4个百分点。"
    assert _years(text) == []


def test_an_estimate_of_a_later_year_stays_a_goal() -> None:
    text = "南岸报 2031-11-02\n预计到2034年底，全县新建5G基站900个，较去年增长6%。"
    assert 2034 in _years(text)


def test_an_estimate_with_no_comparison_stays_as_read() -> None:
    text = "南岸报 2031-11-02\n预计到2031年底，全县新建5G基站900个。"
    assert _years(text) == [2031]
