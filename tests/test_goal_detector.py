"""The learned goal detector: its shipped weights, a refit's determinism, and the scopes it opens for the goal reader."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from parsers.context import TextIndex
from parsers.goal_detected_scopes import dates_a_term_end
from parsers.goal_detector import DETECTOR_PATH, GoalDetector, goal_detector
from parsers.goal_features import (
    Unit,
    WeightedFeatures,
    figure_units,
    tables_fingerprint,
    title_of,
    unit_ends,
    unit_features,
)
from parsers.lexicon import lexicon
from parsers.pipeline import parse_bytes

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from eval_gold import load_gold_set  # noqa: E402
from fit_goal_detector import THRESHOLD, run  # noqa: E402
from goal_sentences import LabelledUnit, Parts, labelled_units, readable_gold_names, role, set_numbers  # noqa: E402


def _features(text: str, current_year: int | None = 2026) -> list[str]:
    ix = TextIndex(text, current_year=current_year)
    (unit,) = list(figure_units(ix.norm))
    return unit_features(ix.norm, unit, ix.lex, current_year)


def test_units_are_the_sentences_and_lines_with_a_figure() -> None:
    text = "一、主要目标\n新增企业30家；产值增长8%。加强组织领导。\n"
    assert [text[u.start : u.end] for u in figure_units(text)] == ["新增企业30家；", "产值增长8%。"]


def test_units_keep_their_closing_mark_and_drop_spaces_and_line_ends() -> None:
    text = "  某县2027年工作要点\n　一是新增就业1200人，\n二是粮食产量稳定在50万吨 \n加强领导。全年投资增长6%"
    assert [text[u.start : u.end] for u in figure_units(text)] == [
        "某县2027年工作要点",
        "一是新增就业1200人，",
        "二是粮食产量稳定在50万吨",
        "全年投资增长6%",
    ]


def test_the_fast_reader_gives_the_weighted_features_and_the_same_score() -> None:
    detector = goal_detector()
    text = (
        "某县2027年农业农村工作要点\n一、主要目标\n力争全年粮食产量稳定在50万吨以上；"
        "据统计，2025年农民收入增长了6.5%。\n二、重点任务\n（一）新建高标准农田3万亩，确保完成2027年任务。\n"
    )
    reader = WeightedFeatures(lexicon(), detector.weights)
    for year in (2027, None):
        for unit in figure_units(text):
            full = unit_features(text, unit, lexicon(), year, title_of(text))
            fast = reader.of(text, unit, year, title_of(text))
            assert fast == [f for f in full if f in detector.weights]
            assert detector.score(fast) == detector.score(full)


def test_the_index_gives_the_units_the_text_scan_gives() -> None:
    # the unit ends are the TextIndex's sentence ends (no second scan), an inline bullet's dash and a date's aside
    texts = [
        "某县2027年工作要点\n一、主要目标\n新增企业30家；产值增长8%。加强组织领导！\n",
        "产业集群 [3] - 目前已有企业120家；2024-01-01发布，2-3个项目? 投资5亿元!\n电话0871-1234567。",
        "没有句末标点的一行：粮食产量50万吨",
    ]
    for text in texts:
        ix = TextIndex(text, current_year=2026)
        assert unit_ends(ix.norm, ix._sentence_ends) == [
            i for i, ch in enumerate(ix.norm) if ch in "。；;！!？?\n"
        ]
        by_index = list(figure_units(ix.norm, unit_ends(ix.norm, ix._sentence_ends)))
        assert by_index == list(figure_units(ix.norm)) and by_index


def test_the_fast_reader_reads_every_unit_of_a_draft_as_the_names_do() -> None:
    # a long real draft: units at a line's start (no text before them), under no heading, cues that are plain words
    text = (
        Path(__file__).resolve().parent.parent / "fixtures" / "drafts" / "kunming_keji_2024_zqyj.txt"
    ).read_text(encoding="utf-8")
    detector = goal_detector()
    reader = WeightedFeatures(lexicon(), detector.weights)
    ix = TextIndex(text, current_year=2024)
    title = title_of(ix.norm)
    units = list(figure_units(ix.norm))
    assert len(units) > 20
    for unit in units:
        full = unit_features(ix.norm, unit, lexicon(), 2024, title)
        assert reader.of(ix.norm, unit, 2024, title) == [f for f in full if f in detector.weights]


def test_the_family_sums_give_the_score_of_the_names() -> None:
    detector = goal_detector()
    text = (
        "某区2027年文旅工作要点\n一、工作目标\n力争全年接待游客突破800万人次；"
        "据统计，2025年旅游收入增长了4.5%。\n二、重点任务\n（一）新建旅游厕所20座，确保完成2027年任务。\n"
    )
    scorer = WeightedFeatures(lexicon(), detector.weights).scorer(detector.weights)
    units = list(figure_units(text))
    assert len(units) == 4  # the title line holds a year too
    for year in (2027, None):
        for unit in units:
            names = unit_features(text, unit, lexicon(), year, title_of(text))
            assert abs(scorer.of(text, unit, year, title_of(text)) - detector.score(names)) < 1e-9


def test_shipped_weights_score_a_goal_above_a_reported_result() -> None:
    detector = goal_detector()
    goal = _features("力争全年新增规模以上工业企业40家，工业投资增长9%。")
    report = _features("去年全市新增规模以上工业企业达到了25家，同比增长3%。")
    assert detector.score(goal) > detector.threshold > detector.score(report)


def test_a_goal_sentence_the_rules_do_not_open_gives_its_targets_by_the_date() -> None:
    text = (
        "某区召开卫生健康工作会议\n发布日期：2026-03-05\n会议通报了相关情况。"
        "全区建成社区医院6家，家庭医生签约服务覆盖率提高到75%，新增托位800个。\n"
    )
    got = {(t.year, t.value, t.unit) for t in parse_bytes(text.encode(), name="x.txt").targets}
    assert {(2026, 6.0, "家"), (2026, 75.0, "%"), (2026, 800.0, "个")} <= got


def test_a_reported_figure_opens_no_goal() -> None:
    text = "某区召开卫生健康工作会议\n发布日期：2026-03-05\n据统计，2025年全区新增托位达到了600个。\n"
    assert parse_bytes(text.encode(), name="x.txt").targets == []


def _unit(text: str, label: bool, split: str) -> LabelledUnit:
    features = unit_features(text, Unit(0, len(text)), lexicon(), 2026)
    return LabelledUnit("made-up", split, 0, len(text), features, label, False, False, text=text)


_GOALS = ["力争新增企业30家。", "确保产值增长8%以上。", "全年新建农田2万亩。", "力争投资达到50亿元。"]
_REPORTS = [
    "去年新增企业达到了25家。",
    "据统计，产值同比增长3%。",
    "截至目前已建成农田1万亩。",
    "上年完成投资40亿元。",
]


_PARTS = Parts(71, frozenset({66}), frozenset())


def test_the_fit_trains_on_the_census_part_and_never_reads_the_held_back_or_fresh_sets() -> None:
    parts = Parts()  # the shipped fit's parts: census trains, 121-126 validate, 131 and 137-160 held back
    assert set_numbers("121-126,131") == {121, 122, 123, 124, 125, 126, 131}
    assert [parts.role(s) for s in ("tuned", "dev", "heldout", "heldout120", "heldout127", "heldout136")] == [
        "train"
    ] * 6
    assert [parts.role(s) for s in ("heldout121", "heldout126")] == ["validation"] * 2
    unread = [f"heldout{n}" for n in (131, 137, 154, 157, 158, 160, 161)]
    assert [parts.role(s) for s in unread] == ["unread"] * 7
    shipped = json.loads(DETECTOR_PATH.read_text(encoding="utf-8"))
    numbers = {int(s[len("heldout") :] or 1) for s in shipped["training_sets"] if s.startswith("heldout")}
    assert not numbers & (set_numbers("121-126,131,137-160") | set_numbers("161-200"))
    assert shipped["never_read"] == {"above": 160, "held_back": sorted(set_numbers("131,137-160"))}
    assert shipped["validation_sets"] == [f"heldout{n}" for n in range(121, 127)]


def test_a_refit_on_the_same_units_gives_the_same_weights() -> None:
    units = [_unit(t, True, "tuned") for t in _GOALS] + [_unit(t, False, "tuned") for t in _REPORTS]
    units += [
        _unit("力争新增门店20家。", True, "heldout66"),
        _unit("去年新增门店达到了12家。", False, "heldout66"),
    ]
    first = run(units, _PARTS, min_count=1, prune=0.0, l2=1.0, steps=60)
    second = run(units, _PARTS, min_count=1, prune=0.0, l2=1.0, steps=60)
    assert first == second
    weights = first["weights"]
    goal = sum(weights.get(f, 0.0) for f in units[-2].features)
    report = sum(weights.get(f, 0.0) for f in units[-1].features)
    assert goal > report
    assert first["training_sets"] == ["tuned"] and first["validation_sets"] == ["heldout66"]


def test_a_refit_on_other_units_changes_the_weights_and_keeps_the_threshold() -> None:
    # the threshold is the fit script's fixed rule (log-odds 0), not a choice made on each fit's validation units
    units = [_unit(t, True, "tuned") for t in _GOALS] + [_unit(t, False, "tuned") for t in _REPORTS]
    validation = [
        _unit("力争新增门店20家。", True, "heldout66"),
        _unit("去年新增门店达到了12家。", False, "heldout66"),
    ]
    more = [_unit("确保新建学校3所。", True, "tuned"), _unit("上年新建学校达到了2所。", False, "tuned")]
    first = run(units + validation, _PARTS, min_count=1, prune=0.0, l2=1.0, steps=60)
    second = run(units + more + validation, _PARTS, min_count=1, prune=0.0, l2=1.0, steps=60)
    assert first["weights"] != second["weights"]
    assert first["threshold"] == second["threshold"] == THRESHOLD == 0.0
    assert first["validation"]["threshold"] == THRESHOLD


def test_the_shipped_threshold_is_the_fixed_one_and_the_detector_uses_it() -> None:
    shipped = json.loads(DETECTOR_PATH.read_text(encoding="utf-8"))
    assert shipped["threshold"] == THRESHOLD and shipped["threshold_rule"].startswith("fixed")
    detector = goal_detector()
    assert detector.threshold == THRESHOLD
    # a unit at the threshold reads as a goal, one just below it does not
    probe = GoalDetector({"a": THRESHOLD, "b": THRESHOLD - 1e-6}, detector.threshold)
    assert probe.is_goal(["a"]) and not probe.is_goal(["b"])


def _targets(title: str, date: str, body: str) -> set[tuple[int | None, float | None, str | None]]:
    text = f"{title}\n发布日期：{date}\n{body}\n"
    return {(t.year, t.value, t.unit) for t in parse_bytes(text.encode(), name="x.txt").targets}


def test_a_year_end_summary_reports_its_own_year_and_sets_no_goal() -> None:
    # a bare 今年 dates the figures, but a review's title says they are results
    assert (
        _targets("某区2026年工作总结", "2026-12-15", "今年，全区新增规上企业35家，固定资产投资增长8%。")
        == set()
    )
    assert (
        _targets("某镇2024年工作回顾", "2024-12-20", "今年全镇改造农村公路12公里，新建村级养老服务站4个。")
        == set()
    )


def test_own_year_units_still_need_a_word_of_intent_after_a_past_year() -> None:
    body = "2025年全县经济运行稳中向好。今年，全县新增规上企业18家，外贸进出口增长6%。"
    assert _targets("某县经济运行情况", "2026-07-20", body) == set()


def test_a_meeting_page_still_gives_the_goals_of_its_own_year() -> None:
    got = _targets("某市召开农业农村工作会议", "2026-02-10", "今年，全市粮食播种面积稳定在100万亩以上。")
    assert (2026, 1000000.0, "亩") in got


def test_a_forecast_is_no_goal_of_the_text() -> None:
    body = "业内人士认为，全年快递业务量有望增长12%左右，跨境电商交易额或将突破60亿元。"
    assert _targets("某市物流业运行分析", "2026-04-08", body) == set()


def test_the_fit_never_opens_a_fresh_sets_gold(tmp_path: Path) -> None:
    # a fresh set's gold files are unreadable here: opening one would fail the test
    gold_dir, extraction = tmp_path / "fixtures" / "gold", tmp_path / "fixtures" / "field" / "extraction"
    gold_dir.mkdir(parents=True)
    for split, name in (("heldout5", "town_plan"), ("heldout90", "county_plan")):
        (extraction / split).mkdir(parents=True)
        (extraction / split / f"{name}.txt").write_text("某镇2026年工作要点\n", encoding="utf-8")
    (gold_dir / "INDEX.toml").write_text(
        '[city_plan]\ndocument = "fixtures/field/extraction/heldout5/town_plan.txt"\nsplit = "heldout3"\n'
        '[province_plan]\ndocument = "fixtures/field/extraction/heldout90/county_plan.txt"\nsplit = "heldout88"\n',
        encoding="utf-8",
    )
    (gold_dir / "city_plan.gold.json").write_text("{}", encoding="utf-8")
    (gold_dir / "town_plan.gold.json").write_text(
        '{"document": "fixtures/field/extraction/heldout5/town_plan.txt", "split": "heldout5"}',
        encoding="utf-8",
    )
    (gold_dir / "province_plan.gold.json").write_text("not read", encoding="utf-8")
    (gold_dir / "county_plan.gold.json").write_text("not read", encoding="utf-8")
    names = readable_gold_names(71, gold_dir, tmp_path)
    assert {"city_plan", "town_plan"} <= names and not names & {"province_plan", "county_plan"}
    loaded = load_gold_set(gold_dir, tmp_path, only=names)
    assert [(g.name, g.split) for g in loaded] == [("city_plan", "heldout3"), ("town_plan", "heldout5")]


def test_the_shipped_weights_were_fitted_on_the_lexicon_tables_read_now() -> None:
    # some features name a cue by its place in a lexicon table: after an edit of those tables the same weights
    # would score other words, so the edit must be followed by `make fit-goals`
    shipped = json.loads(DETECTOR_PATH.read_text(encoding="utf-8"))["lexicon_tables"]
    assert shipped == tables_fingerprint(lexicon()), (
        "the goal lexicon tables changed: refit with make fit-goals"
    )


_UNDATED_MEETING = "全县冬春农业生产工作推进会召开\n{lead}会议强调，今年全县确保油菜种植面积稳定在11万亩以上，新建高标准农田3万亩，冬小麦单产提高到每亩420公斤。\n"


def _undated_targets(text: str) -> set[tuple[int | None, float | None, str | None]]:
    return {(t.year, t.value, t.unit) for t in parse_bytes(text.encode(), name="x.txt").targets}


def test_an_undated_page_that_names_no_year_gives_its_goals_none() -> None:
    assert _undated_targets(_UNDATED_MEETING.format(lead="")) == set()


def test_an_undated_page_reporting_after_its_year_gives_no_goal() -> None:
    text = "全县冬春农业生产工作推进会召开\n2027年全县冬春农业生产工作推进会日前召开。会议通报，全县油菜种植面积达到11万亩，新建高标准农田3万亩。\n"
    assert _undated_targets(text) == set()


@pytest.mark.parametrize(
    ("unit", "refused"),
    [
        ("项目建设期要到2027年底，总投资达到12亿元。", True),
        ("合同期限需到2030年，租金总额达到300万元。", True),
        ("近期到2027年，全县新建高标准农田3万亩。", False),  # a plan's horizon dates its goals
        ("规划期至2030年，全市森林覆盖率达到45%。", False),
        ("任期到2028年，村集体收入达到50万元。", False),
    ],
)
def test_only_a_project_or_contract_term_end_is_refused(unit: str, refused: bool) -> None:
    text = f"某县规划\n{unit}\n"
    start = text.index(unit)
    assert dates_a_term_end(TextIndex(text), start, start + len(unit)) is refused


def test_the_shipped_detector_was_fitted_on_the_rules_as_they_stand() -> None:
    # A rule change that moves which units a goal scope covers leaves the shipped weights stale: refit (make
    # fit-goals) so the file stays what scripts/fit_goal_detector.py rebuilds. The counts are exact integers, so
    # this holds on any machine, unlike a byte comparison of floating-point weights.
    shipped = json.loads(DETECTOR_PATH.read_text(encoding="utf-8"))
    units = [u for u in labelled_units(Parts()) if not u.optional_only]
    train = [u for u in units if role(u.split, Parts()) == "train"]
    asked = [u for u in units if role(u.split, Parts()) == "validation" and not u.covered]
    assert (shipped["training_units"], shipped["training_goals"]) == (len(train), sum(u.label for u in train))
    assert (shipped["validation_unscoped_units"], shipped["validation_unscoped_goals"]) == (
        len(asked),
        sum(u.label for u in asked),
    )
    assert shipped["lexicon_tables"] == tables_fingerprint(lexicon())
