"""The aligner on real amendments (fixtures/real/revisions), as a reader of the laws would check it.

Each pair's annotation (<pair>.alignment.toml, written by reading both texts) is scored as `make
eval-revisions` does; the floors below are the issue's (>= 99% of units of held-out pairs aligned,
>= 98% of pairs rightly unchanged or modified), and the named cases are the classes of error the issue
reported: a unit that grew around its old text, a new chapter taken for a move, a jump across chapters,
splits and merges, fines paired across persons.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from parsers.pipeline import parse_path
from revisions.compare import compare
from revisions.model import RevisionDiff

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "fixtures" / "real" / "revisions"
sys.path.insert(0, str(ROOT / "scripts"))

from eval_revisions import score_pair  # noqa: E402


def _diff(old: str, new: str) -> RevisionDiff:
    return compare(parse_path(REAL / f"{old}.txt"), parse_path(REAL / f"{new}.txt"))


def _articles(diff: RevisionDiff) -> dict:
    return {(c.old_label, c.new_label): c for c in diff.node_changes if c.kind == "article"}


@pytest.fixture(scope="module")
def scores():
    return [score_pair(path) for path in sorted(REAL.glob("*.alignment.toml"))]


def test_annotations_match_the_parsed_texts(scores):
    for score in scores:
        assert score.problems == [], score.name


def test_held_out_pairs_align_as_read(scores):
    held_out = [s for s in scores if s.split == "heldout"]
    assert len(held_out) >= len(scores) / 3
    units_right, units = sum(s.units_right for s in held_out), sum(s.units for s in held_out)
    status_right, pairs = sum(s.status_right for s in held_out), sum(s.pairs for s in held_out)
    assert units_right / units >= 0.99
    assert status_right / pairs >= 0.98
    for score in held_out:  # no pair far below the rest
        assert score.units_right / score.units >= 0.97, score.name


def test_tuned_pairs_stay_where_they_were_tuned(scores):
    for score in scores:
        if score.split == "tuned":
            assert score.units_right / score.units >= 0.96, score.name
            assert score.status_right / score.pairs >= 0.96, score.name


@pytest.fixture(scope="module")
def payment():
    return _diff(
        "baozhang_zhongxiao_qiye_kuanxiang_zhifu_tiaoli_2020-07-05",
        "baozhang_zhongxiao_qiye_kuanxiang_zhifu_tiaoli_2025-03-17",
    )


def test_an_article_that_grew_around_its_old_text_continues_it(payment):
    # old 第十四条 (确权) is, reworded slightly, the second paragraph of the longer new 第十六条
    grown = _articles(payment)[("第十四条", "第十六条")]
    assert grown.change == "modified" and grown.renumbered
    assert "应收账款" in grown.old_text and "鼓励、引导、支持商业银行" in grown.new_text


def test_new_chapters_around_old_articles_are_not_moves(payment):
    # the only moves are the two articles that changed places: 投诉 (old 第十七条) went after 督查
    # (old 第二十一条) into the new chapter on supervision; the chapters themselves move nothing
    moved = [(c.old_label, c.new_label) for c in payment.node_changes if c.moved]
    assert moved == [("第二十一条", "第二十三条"), ("第十七条", "第二十四条")]
    chapters = [c for c in payment.node_changes if c.kind == "chapter"]
    assert [c.change for c in chapters] == ["added"] * 5


def test_a_split_is_reported_with_the_share_carried(payment):
    articles = _articles(payment)
    complaints = articles[("第十七条", "第二十四条")]
    assert complaints.change == "modified"
    carried = {c.new_label: c.share for c in complaints.carried if c.old_label == "第十七条"}
    assert set(carried) == {"第二十五条", "第二十六条"}
    assert all(0 < share < 1 for share in carried.values())
    assert "部分内容移至现第二十五条" in complaints.note
    # old 第二十七条: its first paragraph is new 第三十四条, its second went into new 第三十三条
    large = articles[("第二十七条", "第三十四条")]
    assert [c.new_label for c in large.carried] == ["第三十三条"]
    assert articles[(None, "第三十三条")].note == "拆分自原第二十七条"


@pytest.fixture(scope="module")
def accounting():
    return _diff("kuaiji_fa_2017-11-04", "kuaiji_fa_2024-06-28")


def test_a_dissolved_chapter_moves_none_of_its_articles(accounting):
    articles = _articles(accounting)
    generalised = articles[("第二十六条", "第二十四条")]  # from the dissolved 第三章 into 第二章
    assert (generalised.change, generalised.moved) == ("modified", False)
    assert (articles[("第二十四条", None)].change, articles[("第二十五条", None)].change) == (
        "removed",
        "removed",
    )
    assert accounting.summary.moved == 0


def test_a_paragraph_moved_to_the_closing_chapter_is_a_split(accounting):
    military = _articles(accounting)[(None, "第四十九条")]
    assert military.change == "added" and military.note == "拆分自原第八条"
    assert 0.15 < military.carried[0].share < 0.35  # the third of 第八条's three paragraphs


def test_fines_pair_by_person_in_their_order(accounting):
    fines = [
        (v.person, v.old_surface, v.new_surface)
        for v in accounting.value_changes
        if v.change == "changed" and v.old_unit_label == "第四十二条"
    ]
    assert fines == [
        ("单位", "三千元以上五万元以下", "二十万元以下"),
        ("直接责任人员", "二千元以上二万元以下", "五万元以下"),
    ]
    assert all(v.person is None or v.person in {"单位", "直接责任人员"} for v in accounting.value_changes)


@pytest.fixture(scope="module")
def legislation():
    return _diff("lifa_fa_2015-03-15", "lifa_fa_2023-03-13")


def test_an_article_keeps_its_in_order_successor_across_chapters(legislation):
    articles = _articles(legislation)
    # old 第十三条 (授权暂时调整法律) is new 第十六条, not the new 第七十九条 three chapters on that shares its words
    assert articles[("第十三条", "第十六条")].change == "modified"
    assert not any(old == "第十三条" and new == "第七十九条" for old, new in articles)
    assert articles[(None, "第七十九条")].change == "added"


def test_an_article_whose_points_changed_is_modified_and_its_points_pair_inside(legislation):
    article = _articles(legislation)[("第八条", "第十一条")]
    assert article.change == "modified"
    points = [
        (c.old_label, c.new_label, c.change)
        for c in legislation.node_changes
        if c.kind == "point" and c.old_parent_id == article.old_node_id
    ]
    assert len(points) == 11
    assert [p for p in points if p[2] == "modified"] == [
        ("（二）", "（二）", "modified"),
        ("（十）", "（十）", "modified"),
    ]


def test_a_deleted_article_renumbers_the_rest_and_its_points_go_with_their_article():
    diff = _diff("daolu_yunshu_tiaoli_2022-03-29", "daolu_yunshu_tiaoli_2023-07-20")
    articles = _articles(diff)
    assert articles[("第六十八条", None)].change == "removed"
    assert articles[("第六十九条", "第六十八条")].change == "modified"
    assert articles[("第七十条", "第六十九条")].change == "renumbered"
    removed_points = [
        c.old_label
        for c in diff.node_changes
        if c.kind == "point" and c.change == "removed" and c.old_parent_label == "第六十九条"
    ]
    assert removed_points == ["（二）", "（五）"]  # 强行招揽 and 货物脱落 became a closing paragraph
