"""The learned goal detector: its shipped weights, a refit's determinism, and the scopes it opens for the goal reader."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from parsers.context import TextIndex
from parsers.goal_detector import DETECTOR_PATH, goal_detector
from parsers.goal_features import (
    Unit,
    WeightedFeatures,
    figure_units,
    tables_fingerprint,
    title_of,
    unit_features,
)
from parsers.lexicon import lexicon
from parsers.pipeline import parse_bytes

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from fit_goal_detector import run  # noqa: E402
from goal_sentences import LabelledUnit  # noqa: E402


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


def test_shipped_weights_score_a_goal_above_a_reported_result() -> None:
    detector = goal_detector()
    goal = _features("力争全年新增规模以上工业企业40家，工业投资增长9%。")
    report = _features("去年全市新增规模以上工业企业达到了25家，同比增长3%。")
    assert detector.score(goal) > detector.threshold > detector.score(report)


def test_a_goal_sentence_the_rules_do_not_open_gives_its_targets_by_the_date() -> None:
    text = (
        "某市召开工业经济推进会\n发布日期：2026-02-10\n会上，市工信局负责人介绍了有关情况。"
        "加快推动50个技改项目投产达效，新增销售收入80亿元以上，全市工业开票销售增长12%。\n"
    )
    got = {(t.year, t.value, t.unit) for t in parse_bytes(text.encode(), name="x.txt").targets}
    assert {(2026, 80.0, "亿元"), (2026, 12.0, "%")} <= got


def test_a_reported_figure_opens_no_goal() -> None:
    text = "某市召开工业经济推进会\n发布日期：2026-02-10\n据统计，2025年全市新增销售收入达到了80亿元。\n"
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


def test_a_refit_on_the_same_units_gives_the_same_weights() -> None:
    units = [_unit(t, True, "tuned") for t in _GOALS] + [_unit(t, False, "tuned") for t in _REPORTS]
    units += [
        _unit("力争新增门店20家。", True, "heldout66"),
        _unit("去年新增门店达到了12家。", False, "heldout66"),
    ]
    first = run(units, 71, 66, min_count=1, prune=0.0, l2_grid=(1.0,), steps=60, min_precision=0.5)
    second = run(units, 71, 66, min_count=1, prune=0.0, l2_grid=(1.0,), steps=60, min_precision=0.5)
    assert first == second
    weights = first["weights"]
    goal = sum(weights.get(f, 0.0) for f in units[-2].features)
    report = sum(weights.get(f, 0.0) for f in units[-1].features)
    assert goal > report
    assert first["training_sets"] == ["tuned"] and first["validation_sets"] == ["heldout66"]


def test_the_shipped_weights_were_fitted_on_the_lexicon_tables_read_now() -> None:
    # some features name a cue by its place in a lexicon table: after an edit of those tables the same weights
    # would score other words, so the edit must be followed by `make fit-goals`
    shipped = json.loads(DETECTOR_PATH.read_text(encoding="utf-8"))["lexicon_tables"]
    assert shipped == tables_fingerprint(lexicon()), (
        "the goal lexicon tables changed: refit with make fit-goals"
    )
