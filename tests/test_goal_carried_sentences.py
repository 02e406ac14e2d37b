"""A year's plan opened by 将 (2031年，全县将…) reaches over the later sentences of its paragraph: a later part with a
goal verb and a number is a goal of that year, as under 到2031年 (round 16, a class of fresh news on plans: the year
and the frame stated once, more metrics in the next sentences). A later year, a new paragraph or a part with no goal
verb ends what it carries. Sentences made up."""

from __future__ import annotations

from parsers.pipeline import parse_bytes


def _rows(text: str) -> list[tuple[int | None, str | None, float | None, str | None, str | None]]:
    doc = parse_bytes(text.encode("utf-8"), "plan.txt")
    return [(t.year, t.metric, t.value, t.unit, t.kind) for t in doc.targets]


def test_a_planned_year_carries_to_the_next_sentence_with_a_goal_verb() -> None:
    text = (
        "2031年，全县将力争创建4个A级旅游景区。全县接待游客达到500万人次，旅游收入突破40亿元。推进景区提质。"
    )
    assert _rows(text) == [
        (2031, "A级旅游景区", 4.0, "个", "exact"),
        (2031, "全县接待游客", 5000000.0, "人次", "exact"),
        (2031, "旅游收入", 40.0, "亿元", "min"),
    ]


def test_a_planned_year_with_no_figure_of_its_own_still_dates_the_next_sentence() -> None:
    text = "2031年，全县将深入实施乡村振兴战略。全县粮食产量稳定在30万吨以上。"
    assert _rows(text) == [(2031, "全县粮食产量", 300000.0, "吨", "min")]


def test_another_year_ends_what_the_plan_carries() -> None:
    text = "2031年，全县将创建4个A级旅游景区。2030年全县接待游客达到500万人次。"
    assert [(year, value) for year, _, value, _, _ in _rows(text)] == [(2031, 4.0)]


def test_the_next_paragraph_is_not_carried() -> None:
    text = "2031年，全县将创建4个A级旅游景区。\n全县接待游客达到500万人次。\n"
    assert [(year, value) for year, _, value, _, _ in _rows(text)] == [(2031, 4.0)]


def test_a_place_named_before_the_year_and_its_opener_opens_the_plan() -> None:
    # the year stands inside its part, after the place's name: still the year of the place's goals, and of the next
    # sentence's goals with a goal verb
    text = "甲省2031年力争创建40个以上A级旅游景区。全省接待游客达到5亿人次，旅游花费4000亿元以上。"
    assert _rows(text) == [
        (2031, "A级旅游景区", 40.0, "个", "min"),
        (2031, "全省接待游客", 500000000.0, "人次", "exact"),
        (2031, "旅游花费", 4000.0, "亿元", "min"),
    ]


def test_the_year_and_its_opener_stay_out_of_the_metric() -> None:
    assert _rows("全县2031年确保粮食产量稳定在30万吨以上。") == [
        (2031, "全县粮食产量", 300000.0, "吨", "min")
    ]


def test_a_topic_year_carries_to_the_goals_listed_after_ji() -> None:
    text = (
        "2031年是规划的开局之年，政府工作报告提出全区经济社会发展的主要预期目标，即地区生产总值增长6%左右，"
        "在实际工作中争取更好成绩；规上工业增加值增长7%以上；城镇新增就业20万人以上。"
    )
    assert [(year, value, kind) for year, _, value, _, kind in _rows(text)] == [
        (2031, 6.0, "exact"),
        (2031, 7.0, "min"),
        (2031, 200000.0, "min"),
    ]


def test_a_topic_year_with_no_goals_named_gives_no_row() -> None:
    assert _rows("2031年是规划的开局之年，全区地区生产总值增长6.1%，规上工业增加值增长7.2%。") == []


def test_a_place_and_year_with_an_opener_in_the_past_report() -> None:
    # 确保了, 力争的目标全部实现: the opener's aspect is a report's; no goal opens there, nor is the metric cut to 了
    assert _rows("全县2031年确保了粮食安全，粮食产量达到60万吨，完成年度目标任务。") == []
    rows = _rows("乙省2031年确保了粮食产量稳定在900万吨以上，顺利完成全年目标。")
    assert all(not (metric or "").startswith("乙省了") for _, metric, *_ in rows)
    assert all(metric != "顺利完成全年目标" for _, metric, *_ in rows)


def test_a_report_cue_in_the_sentence_vetoes_the_place_opener() -> None:
    assert _rows("全县2031年确保粮食产量稳定在60万吨，圆满完成全年目标。") == []


def test_a_common_noun_ending_in_a_place_suffix_is_no_place() -> None:
    # 城市 ends in 市 but names no place: the year is no place's opener
    rows = _rows("推动城市2031年力争实现垃圾分类全覆盖，生活垃圾回收利用率达到35%以上。")
    assert rows == [(2031, "生活垃圾回收利用率", 35.0, "%", "min")]


def test_a_status_after_the_plan_is_not_carried() -> None:
    # 现有 …: what there is now, no goal of the plan's year (nor is what follows it in the paragraph)
    assert _rows("2031年，全县将加快发展现代农业。全县现有家庭农场1300家，农民专业合作社达到700个。") == []
    assert _rows("2031年，全县将推进项目建设。截至目前，全县已完成投资40亿元。") == []
