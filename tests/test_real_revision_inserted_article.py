"""A real revision in which inserted articles renumber the ones after them.

上海市人民代表大会常务委员会规范性文件备案审查条例, as passed on 2021-05-21 and as revised on
2024-11-28 (fixtures/real/revisions/SOURCES.md), through the real pipeline
(parsers.pipeline.parse_path) and revisions.compare.compare. The revision inserts
第九条 (全过程人民民主), so old 第九条…第十二条 become 第十条…第十三条; it then inserts
第十四条 (+2 from old 第十三条) and 第二十二条, 第二十三条 (+4 from old 第二十条). Inside old
第二十七条 (now 第三十一条) a point （三） is inserted, so old （三）（四） become （四）（五）.

Old 第八条 was rewritten as the longer new 第八条 (same subject, 区人大常委会) right before the
inserted 第九条: the two share little text, and they pair only because they are the most similar
leftovers between the same neighbours.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.pipeline import parse_path
from revisions.compare import compare
from revisions.model import NodeChange, RevisionDiff
from revisions.textdiff import normalise

REAL = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "revisions"
OLD = REAL / "shanghai_beian_shencha_tiaoli_2021-05-21.txt"
NEW = REAL / "shanghai_beian_shencha_tiaoli_2024-11-28.txt"

NUMERALS = "一二三四五六七八九"


def article_label(number: int) -> str:
    """第N条 for 1 <= N < 100, written the way the regulation writes it (第十条, 第二十一条)."""
    tens, ones = divmod(number, 10)
    tens_part = "" if tens == 0 else ("十" if tens == 1 else NUMERALS[tens - 1] + "十")
    ones_part = "" if ones == 0 else NUMERALS[ones - 1]
    return f"第{tens_part}{ones_part}条"


def by_labels(diff: RevisionDiff, kind: str) -> dict[tuple[str | None, str | None], NodeChange]:
    """(old label, new label) -> NodeChange, labels normalised so （一） and (一) read alike."""
    return {
        (normalise(c.old_label) if c.old_label else None, normalise(c.new_label) if c.new_label else None): c
        for c in diff.node_changes
        if c.kind == kind
    }


def inserted_text(change: NodeChange) -> str:
    return "".join(op.new for op in change.ops if op.op in ("insert", "replace"))


def deleted_text(change: NodeChange) -> str:
    return "".join(op.old for op in change.ops if op.op in ("delete", "replace"))


@pytest.fixture(scope="module")
def diff() -> RevisionDiff:
    return compare(parse_path(OLD), parse_path(NEW))


@pytest.fixture(scope="module")
def articles(diff) -> dict[tuple[str | None, str | None], NodeChange]:
    return by_labels(diff, "article")


def test_article_label_helper():
    assert [article_label(n) for n in (1, 9, 10, 12, 20, 21, 38, 42)] == [
        "第一条",
        "第九条",
        "第十条",
        "第十二条",
        "第二十条",
        "第二十一条",
        "第三十八条",
        "第四十二条",
    ]


def test_inserted_articles_are_added(articles):
    for label, word in [
        ("第九条", "全过程人民民主"),
        ("第十四条", "有备必审"),
        ("第二十二条", "联合审查"),
        ("第二十三条", "集中清理"),
    ]:
        change = articles[(None, label)]
        assert change.change == "added"
        assert word in change.new_text
        assert change.old_text is None


def test_a_rewritten_article_beside_an_inserted_one_still_pairs(articles):
    change = articles[("第八条", "第八条")]
    assert (change.change, change.renumbered) == ("modified", False)
    assert "区人大常委会" in change.old_text and "区人大常委会" in change.new_text
    assert (None, "第八条") not in articles and ("第八条", None) not in articles


def test_articles_after_first_insertion_move_up_by_one(articles):
    # old 第九条…第十二条 sit between the inserted 第九条 and the inserted 第十四条
    for old_number in (9, 10, 12):
        change = articles[(article_label(old_number), article_label(old_number + 1))]
        assert (change.change, change.renumbered, change.moved) == ("renumbered", True, False)
        assert change.similarity == 1.0
    # old 第十一条 (now 第十二条) also gains a third paragraph
    reworded = articles[("第十一条", "第十二条")]
    assert (reworded.change, reworded.renumbered, reworded.moved) == ("modified", True, False)
    assert "督促检查" in inserted_text(reworded)


def test_every_later_article_pairs_with_its_shifted_number(articles):
    # offset = articles inserted before it: 第九条 (+1), 第十四条 (+2), 第二十二条 and 第二十三条 (+4)
    # old numbers whose text changed; an article is compared whole, so 第二十六条 (a cross-reference in its
    # point （一）) and 第二十七条 (a point inserted, another shortened) are modified too
    reworded = {11, 13, 18, 19, 20, 23, 26, 27, 30, 31, 36}
    for old_number in range(9, 39):
        offset = 1 if old_number <= 12 else 2 if old_number <= 19 else 4
        change = articles.get((article_label(old_number), article_label(old_number + offset)))
        assert change is not None, (
            f"old {article_label(old_number)} not paired with new {article_label(old_number + offset)}"
        )
        expected = "modified" if old_number in reworded else "renumbered"
        assert (change.change, change.renumbered, change.moved) == (expected, True, False), article_label(
            old_number
        )
    assert articles[("第三十八条", "第四十二条")].new_text.endswith("同时废止。")


def test_reworded_renumbered_articles_show_their_edits(articles):
    special_review = articles[("第十八条", "第二十条")]
    assert "国家重大改革和政策调整" in inserted_text(special_review)
    procedure = articles[("第二十条", "第二十四条")]
    assert "书面反馈说明意见" in deleted_text(procedure)
    assert "补充相关材料" in inserted_text(procedure)


def test_articles_before_the_insertion_keep_their_numbers(articles):
    for number, expected in [
        (1, "modified"),
        (2, "unchanged"),
        (3, "modified"),
        (4, "unchanged"),
        (5, "unchanged"),
        (6, "modified"),
        (7, "modified"),
    ]:
        label = article_label(number)
        change = articles[(label, label)]
        assert (change.change, change.renumbered, change.moved) == (expected, False, False), label
    assert "习近平法治思想" in inserted_text(articles[("第三条", "第三条")])


def test_inserted_point_renumbers_the_points_after_it(diff):
    points = {
        (c.old_label, c.new_label): c
        for c in diff.node_changes
        if c.kind == "point"
        and (c.old_parent_label, c.new_parent_label) in {("第二十七条", "第三十一条"), (None, "第三十一条")}
    }
    assert points[(None, "（三）")].change == "added"
    assert "比例原则" in points[(None, "（三）")].new_text
    for old_label, new_label in [("（三）", "（四）"), ("（四）", "（五）")]:
        assert (points[(old_label, new_label)].change, points[(old_label, new_label)].renumbered) == (
            "renumbered",
            True,
        )
    shortened = points[("（二）", "（二）")]
    assert shortened.change == "modified"
    assert "手段与立法目的明显不匹配" in deleted_text(shortened)


def test_cross_reference_update_inside_a_renumbered_article(diff):
    # the 立法法 article cited in old 第二十六条（一） is 第八条, in new 第三十条（一） 第十一条
    cited = next(
        c
        for c in diff.node_changes
        if c.kind == "point"
        and c.old_parent_label == "第二十六条"
        and c.new_parent_label == "第三十条"
        and c.new_label == "（一）"
    )
    assert cited.change == "modified"
    assert (deleted_text(cited), inserted_text(cited)) == ("第八条", "第十一条")  # a reference changes whole


def test_chapters_and_sections_pair_unchanged(diff):
    # 第一章  总则 vs 第一章 总 则; the headings differ only in spacing
    chapters = by_labels(diff, "chapter")
    assert sorted(old for old, _ in chapters) == sorted(f"第{n}章" for n in "一二三四五六")
    assert all(old == new and c.change == "unchanged" for (old, new), c in chapters.items())
    sections = by_labels(diff, "section")
    assert {(old, new): c.change for (old, new), c in sections.items()} == {
        ("第一节", "第一节"): "unchanged",
        ("第二节", "第二节"): "unchanged",
        ("第三节", "第三节"): "unchanged",
    }


def test_no_amounts_so_no_money_changes(diff):
    # neither version states a fine or any other amount of money
    assert [v for v in diff.value_changes if v.field == "money"] == []
    assert diff.summary.moved == 0
