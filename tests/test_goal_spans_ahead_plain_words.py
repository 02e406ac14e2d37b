"""A span of years ahead with no year (力争用5年时间，…; 3年内，…; 六年内将…; round 15: year null) whose goal is set by a plain
verb of making or growing (新建, 发展到), and the span-ahead statements the year of a start (从2020年起) does not date.
Sentences made up (round 34, targets45)."""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value, unit, bound) for year, _, value, unit, bound in target_rows(text, "news.txt")]


def test_a_span_goal_grown_to_a_level_is_a_goal() -> None:
    assert _rows("力争用5年时间，全县茶园面积发展到10万亩。\n") == [(None, 100000.0, "亩", "exact")]


def test_a_span_goal_of_things_newly_built_is_a_goal() -> None:
    assert _rows("3年内，全市新建充电桩2万个。\n") == [(None, 20000.0, "个", "exact")]


def test_a_span_figure_with_no_verb_of_its_own_stays_no_goal() -> None:
    # a budget (投入) and a lone figure are no goal, whatever verbs the span's goals may have
    assert _rows("3年内，全市投入资金5亿元。\n") == []


def test_the_year_a_span_starts_at_sets_no_year_of_its_goals() -> None:
    text = "该县决定从2020年起实施茶产业振兴工程，即力争用5年时间，将茶园面积提高到10万亩。\n"
    assert _rows(text) == [(None, 100000.0, "亩", "exact")]


def test_a_year_the_goals_are_due_still_dates_the_span_sentence() -> None:
    # 未来五年，到2030年…: the year's goals (the span adds no row of year null)
    assert _rows("未来五年，到2030年全县茶园面积提高到10万亩。\n") == [(2030, 100000.0, "亩", "exact")]


def test_new_land_opened_in_a_span_is_a_goal() -> None:
    assert _rows("力争用3年时间，全县新开辟油茶林5万亩。\n") == [(None, 50000.0, "亩", "exact")]


def test_a_span_whose_part_aims_opens_its_goals_after_news_of_now() -> None:
    text = (
        "该镇是全省重要的奶牛养殖基地，目前每年存栏奶牛2万头，现有规模养殖场80余家，"
        "未来3年内奶牛存栏将达到5万头，产值10亿元。\n"
    )
    assert _rows(text) == [(None, 50000.0, "头", "exact"), (None, 10.0, "亿元", "exact")]


def test_a_span_deep_in_a_list_of_measures_with_no_aim_of_its_own_stays_no_goal() -> None:
    text = (
        "近年来，该县大力推进农业产业化经营和农村土地制度改革，引导土地加快流转，"
        "用3年时间建设12处现代农业示范园。\n"
    )
    assert _rows(text) == []


def test_a_span_within_n_years_then_an_aim_opens_its_goals() -> None:
    # N年内 then 将: the aim of the span's own part; the verb right after the aim reaches past a long metric
    assert _rows("该市提出，三年内将新增城镇就业岗位5万个。\n") == [(None, 50000.0, "个", "exact")]


def test_a_span_goal_stated_as_the_goal_to_reach_is_a_goal() -> None:
    # 实现…的发展目标 holds its figure: no phrase naming goals listed after it
    text = "三大产业，六年后将实现总销售收入1.5万亿元的发展目标。\n"
    assert _rows(text) == [(None, 15000.0, "亿元", "exact")]


def test_a_term_within_n_years_is_no_goal() -> None:
    assert _rows("企业获得资金支持后，3年内将不得再次申请，违者追回资金50万元。\n") == []


def test_a_span_after_a_forecasts_words_stays_no_goal() -> None:
    # the span's own 将 aims no policy's goal after 预计/分析: what a market is expected to reach
    for text in (
        "据了解，该行业近年来发展迅速，目前全市已建成充电桩1万个，业内人士预计，未来3年内充电桩数量将达到5万个。\n",
        "业内专家分析指出，随着政策红利持续释放，行业规模不断扩大，五年后市场规模将突破1000亿元。\n",
    ):
        assert _rows(text) == []
