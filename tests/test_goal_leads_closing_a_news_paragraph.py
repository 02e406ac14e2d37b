"""A lead naming goals that closes a paragraph of news (…举行新闻发布会。会上介绍，2031年全市…主要预期目标是：; 本报讯 3月2日，
某县召开…会议，明确今年主要目标任务：) leads the lines under it, and a yearless lead (主要目标：) in a dated one-year
text takes the year of the text's date (its page stamp), as 今年 does. Reviews, plans of several years and leads under
a later year stay as they were. Texts of my own, read whole by parsers.pipeline."""

from __future__ import annotations

from parsers.pipeline import parse_bytes

_LINES = "地区生产总值增长6%左右；\n一般公共预算收入增长4%；\n城镇新增就业1.5万人以上；\n居民人均可支配收入增长6%。\n"
_TASKS = "1.粮食播种面积稳定在60万亩以上；\n2.新建高标准农田3万亩；\n3.新增规模以上农产品加工企业10家。\n"


def _rows(text: str) -> list[tuple]:
    doc = parse_bytes(text.encode("utf-8"), "probe.txt")
    return [(t.year, t.value if t.value is not None else (t.low, t.high)) for t in doc.targets]


def test_a_press_conference_lead_after_a_sentence_leads_the_lines_under_it():
    text = (
        "丁市政府工作报告新闻发布会\n发布时间：2031年1月15日\n\n"
        "1月15日上午，丁市政府新闻办举行新闻发布会。会上介绍，2031年全市经济社会发展主要预期目标是：\n"
        + _LINES
    )
    assert _rows(text) == [(2031, 6.0), (2031, 4.0), (2031, 15000.0), (2031, 6.0)]


def test_a_lead_after_the_dateline_clause_names_this_year_by_the_stamp_at_the_foot():
    text = (
        "本报讯 3月2日，戊县召开农村工作会议，明确今年主要目标任务：\n"
        "粮食播种面积稳定在60万亩以上；\n新建高标准农田3万亩；\n新增规模以上农产品加工企业10家。\n"
        "发布时间：2031-03-02\n"
    )
    assert _rows(text) == [(2031, 600000.0), (2031, 30000.0), (2031, 10.0)]


def test_a_yearless_goals_line_in_a_stamped_work_plan_takes_the_stamp_year():
    text = "戊县农业农村工作要点\n发布时间：2031-03-02 来源：戊县农业农村局\n\n主要目标：\n" + _TASKS
    assert _rows(text) == [(2031, 600000.0), (2031, 30000.0), (2031, 10.0)]


def test_an_editors_note_of_this_year_over_a_yearless_goals_line():
    text = (
        "编者按：近日，戊县印发《戊县农业农村工作要点》，明确了今年的主要目标和重点任务。现将主要内容摘编如下。\n"
        "发布时间：2031-03-02\n\n主要目标：\n" + _TASKS
    )
    assert _rows(text) == [(2031, 600000.0), (2031, 30000.0), (2031, 10.0)]


def test_a_review_lead_closing_a_paragraph_gives_no_goals():
    text = (
        "丁市政府工作报告新闻发布会\n发布时间：2031年1月15日\n\n"
        "丁市政府新闻办举行新闻发布会。会上介绍，2030年全市经济社会发展主要目标完成情况如下：\n"
        "地区生产总值增长5.8%；\n一般公共预算收入增长3.6%；\n城镇新增就业1.6万人。\n"
    )
    assert _rows(text) == []


def test_a_plan_of_several_years_lends_no_stamp_year_to_its_goals_line():
    text = "戊县农业现代化三年行动方案\n发布时间：2031-03-02\n\n主要目标：\n" + _TASKS
    assert _rows(text) == []  # no year of the plan's span named: the tasks stay undated, no row


def test_a_later_year_named_above_keeps_the_stamp_year_from_the_goals_line():
    text = (
        "戊县农业农村工作要点\n发布时间：2031-03-02\n\n到2035年，全面实现农业现代化。\n\n主要目标：\n"
        + _TASKS
    )
    assert _rows(text) == [(2035, (None, None))]  # the later year's goal alone; the tasks take no stamp year


def test_an_undated_text_gives_its_yearless_goals_line_no_year():
    text = "戊县农业农村工作要点\n\n主要目标：\n" + _TASKS
    assert _rows(text) == []


def test_a_press_conference_on_a_plan_of_a_span_gives_its_goals_the_spans_last_year():
    text = (
        "己市召开新闻发布会解读《己市制造业高质量发展行动方案（2031—2033年）》\n发布时间：2031-04-02\n\n"
        "4月2日，己市政府新闻办召开新闻发布会。市工信局局长介绍，《方案》明确了主要目标：\n"
        "规上工业增加值年均增长8%以上；\n制造业增加值占地区生产总值比重达到32%；\n新增国家级专精特新企业20家。\n"
    )
    assert _rows(text) == [(2033, 8.0), (2033, 32.0), (2033, 20.0)]


def test_a_later_year_than_the_titles_span_keeps_the_span_year_from_the_goals():
    text = (
        "己市召开新闻发布会解读《己市制造业高质量发展行动方案（2031—2033年）》\n发布时间：2031-04-02\n\n"
        "到2035年，全市建成先进制造业强市。\n\n《方案》明确了主要目标：\n"
        "规上工业增加值年均增长8%以上；\n制造业增加值占地区生产总值比重达到32%；\n新增国家级专精特新企业20家。\n"
    )
    assert all(year != 2033 for year, _ in _rows(text))


def test_a_work_plans_title_naming_this_year_dates_its_numbered_tasks_by_the_stamp():
    text = (
        "戊县今年重点工作任务\n发布时间：2031-03-02 来源：戊县农业农村局\n\n"
        "一、粮食播种面积稳定在60万亩以上，粮食产量达到25万吨。\n三、新增规模以上农产品加工企业10家。\n"
    )
    assert [year for year, _ in _rows(text)] == [2031, 2031, 2031]


def test_a_next_year_of_something_else_above_keeps_the_stamp_year_and_next_years_work_does_not():
    head = "戊县农业农村工作要点\n发布时间：2031-03-02\n\n"
    other = head + "县城老旧管网改造工程已启动，预计明年全部完工。\n主要目标：\n" + _TASKS
    assert _rows(other) == [(2031, 600000.0), (2031, 30000.0), (2031, 10.0)]
    work = head + "为做好明年工作，现提出如下安排。\n主要目标：\n" + _TASKS
    assert _rows(work) == []  # next year's work: the stamp's year is not theirs, and no other is named
