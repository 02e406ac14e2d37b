"""The scorer behind `make eval` (scripts/eval.py), on tiny hand-made gold/predicted lists, and the gold set itself.

These test the scorer's arithmetic and matching, not the extractors: the extractors are measured by `make eval`.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "fixtures" / "gold"


def _load_scorer():
    spec = importlib.util.spec_from_file_location("zhengce_eval_scorer", ROOT / "scripts" / "eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


ev = _load_scorer()
M = ev.Mention


def money(
    start, end, low=None, high=None, kind="exact", role="subsidy", recipient=None, optional=False, surface=""
):
    return M(
        start, end, surface, low=low, high=high, kind=kind, role=role, recipient=recipient, optional=optional
    )


# ---- matching ------------------------------------------------------------------------------


def test_a_prediction_that_drops_the_qualifier_still_matches_by_overlap():
    # gold "不超过100万元" [10:18], the extractor only found "100万元" [13:18]
    gold = [money(10, 18, high=1e6, kind="max", surface="不超过100万元")]
    pred = [money(13, 18, high=1e6, kind="max", surface="100万元")]
    s = ev.score_table("money", gold, pred)
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)
    assert s.precision == 1.0 and s.recall == 1.0 and s.f1 == 1.0


def test_touching_spans_do_not_overlap():
    gold = [money(10, 14, 2e5, 2e5)]
    pred = [money(14, 18, 2e5, 2e5)]  # starts where the gold ends: end is exclusive
    s = ev.score_table("money", gold, pred)
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)


def test_one_prediction_spanning_an_enumeration_claims_only_one_gold_row():
    # 分别给予50万元、20万元、10万元: three gold rows; one wide prediction over all three
    gold = [money(0, 4, 5e5, 5e5), money(5, 9, 2e5, 2e5), money(10, 14, 1e5, 1e5)]
    pred = [money(0, 14, 5e5, 5e5)]
    s = ev.score_table("money", gold, pred)
    assert (s.tp, s.fp, s.fn) == (1, 0, 2)
    assert s.recall == pytest.approx(1 / 3)


def test_pairs_are_made_best_iou_first():
    # the prediction [0:8] overlaps gold A [0:8] exactly and gold B [6:12] a little: it must go to A,
    # leaving the exact prediction [6:12] for B
    gold_a, gold_b = money(0, 8, 1, 1), money(6, 12, 2, 2)
    pred = [money(6, 12, 2, 2), money(0, 8, 1, 1)]
    matching = ev.match_mentions([gold_a, gold_b], pred)
    assert [(g.start, p.start) for g, p in matching.pairs] == [(0, 0), (6, 6)]
    assert matching.misses == [] and matching.false_positives == []


# ---- optional gold -------------------------------------------------------------------------


def test_optional_gold_found_is_neither_hit_nor_false_positive():
    gold = [money(0, 4, 1e9, None, kind="min", role="threshold", optional=True, surface="10亿级")]
    pred = [money(0, 4, 1e9, None, kind="min", role="threshold")]
    s = ev.score_table("money", gold, pred)
    assert (s.tp, s.fp, s.fn) == (0, 0, 0)
    assert s.n_gold == 0 and s.n_optional == 1


def test_optional_gold_missing_is_not_a_miss():
    gold = [money(0, 6, 2e5, 2e5), money(10, 14, 1e9, None, kind="min", optional=True)]
    pred = [money(0, 6, 2e5, 2e5)]
    s = ev.score_table("money", gold, pred)
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)


def test_required_gold_gets_the_prediction_before_an_overlapping_optional_one():
    required = money(0, 6, 2e5, 2e5)
    optional = money(0, 6, 2e5, 2e5, optional=True)
    s = ev.score_table("money", [optional, required], [money(0, 6, 2e5, 2e5)])
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)


# ---- value, kind, role, recipient ----------------------------------------------------------


def test_kind_mismatch_counts_against_value_kind_accuracy_but_not_against_the_span():
    gold = [money(0, 7, 5e6, None, kind="min", role="threshold"), money(10, 14, 2e5, 2e5)]
    pred = [money(0, 7, 5e6, None, kind="exact", role="threshold"), money(10, 14, 2e5, 2e5)]
    s = ev.score_table("money", gold, pred)
    assert s.tp == 2 and s.f1 == 1.0
    assert s.value_kind_correct == 1 and s.value_kind_accuracy == 0.5
    assert [g.start for g, _ in s.wrong_values] == [0]


def test_values_agree_within_a_relative_tolerance_and_none_only_equals_none():
    assert ev.same_number(0.154, 0.154 * (1 + 1e-9))
    assert not ev.same_number(0.154, 0.155)
    assert ev.same_number(None, None)
    assert not ev.same_number(None, 0.0)
    # a range predicted as a cap: high right, low missing -> wrong value
    gold = [money(0, 8, 2e5, 1e6, kind="range")]
    s = ev.score_table("money", gold, [money(0, 8, None, 1e6, kind="range")])
    assert s.value_kind_accuracy == 0.0


def test_role_and_recipient_accuracy_only_over_matched_pairs_where_gold_says():
    gold = [
        money(0, 10, 1000, 5000, kind="range", role="penalty", recipient="单位"),
        money(20, 30, 200, 1000, kind="range", role="penalty", recipient="个人"),
        money(40, 45, 500, 500, role="penalty"),  # no recipient in the gold: not checked
        money(60, 65, 500, 500, role="penalty", recipient="个人"),  # missed: not checked either
    ]
    pred = [
        money(0, 10, 1000, 5000, kind="range", role="penalty", recipient="单位"),
        money(20, 30, 200, 1000, kind="range", role="subsidy", recipient=None),
        money(40, 45, 500, 500, role="penalty", recipient="企业"),
    ]
    s = ev.score_table("money", gold, pred)
    assert (s.tp, s.fn) == (3, 1)
    assert (s.role_correct, s.role_checked) == (2, 3)
    assert (s.recipient_correct, s.recipient_checked) == (1, 2)


# ---- precision / recall arithmetic ---------------------------------------------------------


def test_precision_recall_f1_from_counts():
    gold = [money(i * 10, i * 10 + 4, 1, 1) for i in range(4)]  # 4 gold rows
    pred = [
        money(0, 4, 1, 1),
        money(10, 14, 1, 1),
        money(20, 24, 1, 1),
        money(50, 54, 1, 1),
        money(70, 74, 1, 1),
    ]
    s = ev.score_table("money", gold, pred)
    assert (s.tp, s.fp, s.fn) == (3, 2, 1)
    assert s.precision == pytest.approx(3 / 5)
    assert s.recall == pytest.approx(3 / 4)
    assert s.f1 == pytest.approx(2 * 0.6 * 0.75 / (0.6 + 0.75))


def test_nothing_predicted_gives_recall_zero_and_no_precision():
    s = ev.score_table("ratios", [M(0, 3, "20%", value=0.2, kind="exact", role="subsidy_rate")], [])
    assert s.precision is None and s.recall == 0.0 and s.f1 == 0.0


def test_no_gold_and_nothing_predicted_is_undefined_not_perfect():
    s = ev.score_table("money", [], [])
    assert s.precision is None and s.recall is None and s.f1 is None


def test_totals_are_micro_averaged_over_documents():
    doc1 = ev.score_table("money", [money(0, 4, 1, 1)], [money(0, 4, 1, 1)])
    doc2 = ev.score_table("money", [money(0, 4, 1, 1), money(10, 14, 1, 1), money(20, 24, 1, 1)], [])
    total = ev.add_scores("money", [doc1, doc2])
    assert (total.tp, total.fp, total.fn) == (1, 0, 3)
    assert total.recall == pytest.approx(1 / 4)  # not the mean of 1.0 and 0.0


def test_goals_without_a_number_must_be_predicted_without_one():
    gold = [M(0, 12, "培育一批花卉新品种", year=2027)]
    right = ev.score_table("goals_no_number", gold, [M(0, 12, year=2027)])
    wrong_year = ev.score_table("goals_no_number", gold, [M(0, 12, year=2025)])
    assert right.value_kind_accuracy == 1.0 and right.year_accuracy == 1.0
    assert wrong_year.year_accuracy == 0.0


def test_predicted_targets_are_split_by_whether_they_carry_a_value():
    from parsers.model import Document, SourceInfo, Target

    def target(tid, start, end, value):
        return Target(
            target_id=tid,
            node_id="n",
            year=2027,
            metric=None,
            value=value,
            unit=None,
            kind=None,
            surface="x",
            char_start=start,
            char_end=end,
        )

    doc = Document(
        doc_id="d",
        source=SourceInfo(format="txt", sha256="0", n_bytes=0),
        parser_version="0",
        text="x" * 40,
        targets=[target("t1", 0, 10, 30.0), target("t2", 20, 30, None)],
    )
    assert [m.start for m in ev.predicted_mentions(doc, "targets")] == [0]
    assert [m.start for m in ev.predicted_mentions(doc, "goals_no_number")] == [20]


# ---- the gold set --------------------------------------------------------------------------

GOLD_FILES = sorted(GOLD_DIR.glob("*.gold.json"))


def test_the_gold_set_has_the_seed_and_two_other_genres():
    names = {p.name.removesuffix(".gold.json") for p in GOLD_FILES}
    assert {"kunming_keji_2024_zqyj", "shanghai_yangquan_tiaoli", "zhongyang_tandafeng_yijian_2021"} <= names
    regulation = json.loads((GOLD_DIR / "shanghai_yangquan_tiaoli.gold.json").read_text(encoding="utf-8"))
    assert sum(1 for m in regulation["money"] if m["role"] == "penalty") >= 20
    plan = json.loads((GOLD_DIR / "zhongyang_tandafeng_yijian_2021.gold.json").read_text(encoding="utf-8"))
    assert {t["year"] for t in plan["targets"]} == {2025, 2030, 2060}


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_every_gold_offset_holds_against_its_document(gold_path):
    [gold_doc] = [g for g in ev.load_gold_set(GOLD_DIR) if g.gold_path == gold_path]
    text = gold_doc.document_path.read_text(encoding="utf-8")
    gold = gold_doc.gold
    rows = [
        (key, row)
        for key in ("money", "ratios", "targets", "targets_unquantified", "other_numeric")
        for row in gold.get(key) or []
    ]
    assert rows, "a gold file with nothing in it"
    for key, row in rows:
        assert text[row["char_start"] : row["char_end"]] == row["surface"], (key, row)
    assert gold_doc.problems == []  # also: the document still has the bytes it was annotated on


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_rows_follow_the_conventions(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    for m in gold["money"]:
        assert m["kind"] in {"exact", "max", "min", "range"} and m["role"] in {
            "subsidy",
            "target",
            "threshold",
            "penalty",
            "other",
        }
        low, high = m["low"], m["high"]
        if m["kind"] == "exact":
            assert low == high is not None
        elif m["kind"] == "max":
            assert low is None and high is not None
        elif m["kind"] == "min":
            assert low is not None and high is None
        else:
            assert low is not None and high is not None and low < high
    for r in gold["ratios"]:
        assert r["role"] in {"subsidy_rate", "target", "threshold", "other"} and r["value"] is not None
    for t in gold["targets"]:
        assert t["value"] is not None
        assert t["year"] is None or 2000 <= t["year"] <= 2100  # None: a 力争 goal outside any 到20XX年
        if t["unit"] == "%":
            assert t["value_fraction"] == pytest.approx(t["value"] / 100)


def test_the_index_names_a_document_for_every_gold_file():
    with (GOLD_DIR / "INDEX.toml").open("rb") as f:
        index = tomllib.load(f)
    for gold_path in GOLD_FILES:
        entry = index[gold_path.name.removesuffix(".gold.json")]
        assert (ROOT / entry["document"]).is_file()


def test_eval_runs_end_to_end_and_reports_every_gold_row():
    # whatever the extractors find, every required gold row is either a hit or a miss
    reports, totals = ev.evaluate(GOLD_DIR)
    assert [r.error for r in reports] == [None] * len(reports)
    for table, s in totals.items():
        assert s.tp + s.fn == s.n_gold, table
    as_json = ev.to_json(reports, totals)
    assert json.loads(json.dumps(as_json))["total"]["money"]["gold"] == totals["money"].n_gold


def test_a_document_that_fails_to_parse_is_reported_with_every_gold_row_missed():
    [seed] = [g for g in ev.load_gold_set(GOLD_DIR) if g.name == "kunming_keji_2024_zqyj"]

    def broken(path):
        raise ValueError("boom")

    report = ev.evaluate_document(seed, parse=broken)
    assert report.error == "ValueError: boom"
    money = report.scores["money"]
    assert money.n_gold == 36 and money.fn == 36 and money.tp == 0


def _document_from_gold(gold: dict, text: str):
    """A Document whose extractions are exactly the gold rows: what a perfect pipeline would return."""
    from parsers.model import Document, Money, Ratio, SourceInfo, Target

    span = {"node_id": "n"}
    money = [
        Money(
            mention_id=f"m{i}",
            surface=m["surface"],
            char_start=m["char_start"],
            char_end=m["char_end"],
            low=m["low"],
            high=m["high"],
            kind=m["kind"],
            role=m["role"],
            recipient=m.get("recipient"),
            **span,
        )
        for i, m in enumerate(gold["money"])
    ]
    ratios = [
        Ratio(
            mention_id=f"r{i}",
            surface=r["surface"],
            char_start=r["char_start"],
            char_end=r["char_end"],
            value=r["value"],
            high=r.get("high"),
            kind=r["kind"],
            form=r["form"],
            role=r["role"],
            **span,
        )
        for i, r in enumerate(gold["ratios"])
    ]
    targets = [
        Target(
            target_id=f"t{i}",
            year=t["year"],
            metric=None,
            value=t.get("value"),
            unit=t.get("unit"),
            kind=t.get("kind"),
            surface=t["surface"],
            char_start=t["char_start"],
            char_end=t["char_end"],
            **span,
        )
        for i, t in enumerate(gold["targets"] + gold["targets_unquantified"])
    ]
    source = SourceInfo(format="txt", sha256="0", n_bytes=0)
    return Document(
        doc_id="d", source=source, parser_version="0", text=text, money=money, ratios=ratios, targets=targets
    )


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_a_pipeline_that_returns_exactly_the_gold_scores_perfectly(gold_path):
    [gold_doc] = [g for g in ev.load_gold_set(GOLD_DIR) if g.gold_path == gold_path]
    perfect = _document_from_gold(gold_doc.gold, gold_doc.document_path.read_text(encoding="utf-8"))
    report = ev.evaluate_document(gold_doc, parse=lambda path: perfect)
    assert report.error is None and report.problems == []
    for table, s in report.scores.items():
        assert (s.fp, s.fn, s.tp) == (0, 0, s.n_gold), table
        for accuracy in (s.value_kind_accuracy, s.role_accuracy, s.recipient_accuracy, s.year_accuracy):
            assert accuracy in (None, 1.0), table


def test_an_optional_goal_split_in_two_pieces_is_not_a_false_positive():
    # gold (optional) "帮助失明患者，部分恢复视觉能力" [0:15]; the extractor splits at the comma
    gold = [
        M(0, 15, "帮助失明患者，部分恢复视觉能力", year=2030, optional=True),
        M(20, 30, "打造集聚区", year=2030),
    ]
    pred = [M(0, 6, year=2030), M(7, 15, year=2030), M(20, 30, year=2030), M(40, 44, year=2030)]
    s = ev.score_table("goals_no_number", gold, pred)
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)
    assert [m.start for m in s.false_positives] == [40]
