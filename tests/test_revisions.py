"""revisions/: aligning two revisions, their text diff and their value changes.

Most tests build Documents directly (``make_doc``: one line per numbered unit, a clause
under each) so the aligner is tested apart from the structure parser; the tests at the
end run the real pipeline (parsers.pipeline.parse_path) on the seed and its revision
(fixtures/revisions/EXPECTED.md) and on a real pair of dated versions of a regulation.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from outputs.diff_rows import diff_rows
from outputs.schema import CHANGES, VALUE_CHANGES
from parsers.model import Document, Money, Node, Ratio, SourceInfo, Target
from parsers.numbers import parse_ordinal
from parsers.pipeline import parse_path
from revisions.compare import compare
from revisions.model import RevisionDiff
from revisions.series import series_key
from revisions.textdiff import normalise, text_ops

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "drafts" / "kunming_keji_2024_zqyj.txt"
REVISION = ROOT / "fixtures" / "revisions" / "kunming_keji_2024_xdg.txt"
REAL = ROOT / "fixtures" / "real" / "revisions"
REAL_OLD = REAL / "shanghai_yinxiang_tiaoli_2021-08-25.txt"
REAL_NEW = REAL / "shanghai_yinxiang_tiaoli_2024-12-31.txt"

# ---------------------------------------------------------------- building Documents by hand

_LABELS = [
    ("chapter", re.compile(r"^第[一二三四五六七八九十百零]+章")),
    ("article", re.compile(r"^第[一二三四五六七八九十百零]+条")),
    ("action", re.compile(r"^[一二三四五六七八九十]+、")),
    ("measure", re.compile(r"^[（(][一二三四五六七八九十]+[)）]")),
]
_PARENTS = {"chapter": (), "article": ("chapter",), "action": (), "measure": ("action", "article")}


def make_doc(text: str, doc_id: str = "doc") -> Document:
    """A Document of ``text``: first line the title, then one unit per line (第X章, 第X条, 一、, （一）;
    （一） inside an article is a point), each with one clause child covering the line after its label."""
    nodes: list[Node] = []
    open_units: dict[str, Node] = {}
    seq = 0
    offset = 0
    counters: dict[str, int] = {}
    for line_no, line in enumerate(text.split("\n")):
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip():
            continue
        kind, label = "paragraph", None
        if line_no == 0:
            kind = "title"
        else:
            for candidate, pattern in _LABELS:
                match = pattern.match(line)
                if match:
                    kind, label = candidate, match.group()
                    break
        parent = None
        for parent_kind in _PARENTS.get(kind, ()):
            if parent_kind in open_units:
                parent = open_units[parent_kind]
                break
        if kind == "measure" and parent is not None and parent.kind == "article":
            kind = "point"
        counters[kind] = counters.get(kind, 0) + 1
        node_id = (
            f"{kind}_{counters[kind]}" if parent is None else f"{parent.node_id}__{kind}_{counters[kind]}"
        )
        ordinal = parse_ordinal(label) if label else None
        heading = line[len(label or "") :].split("。")[0] if label else None
        node = Node(
            node_id=node_id,
            parent_id=parent.node_id if parent else None,
            kind=kind,
            ordinal=ordinal,
            label=label,
            heading=heading,
            text=line,
            char_start=start,
            char_end=end,
            seq=seq,
        )
        seq += 1
        clause_start = start + len(label or "")
        node.children.append(
            Node(
                node_id=f"{node_id}__clause_1",
                parent_id=node_id,
                kind="clause",
                text=text[clause_start:end],
                char_start=clause_start,
                char_end=end,
                seq=seq,
            )
        )
        seq += 1
        (parent.children if parent else nodes).append(node)
        if kind in ("chapter", "action"):
            open_units = {kind: node}
        elif kind == "article":
            open_units = {k: v for k, v in open_units.items() if k == "chapter"} | {"article": node}
    source = SourceInfo(
        path=f"{doc_id}.txt", format="txt", encoding="utf-8", sha256="0" * 64, n_bytes=len(text)
    )
    return Document(
        doc_id=doc_id, source=source, parser_version="test", text=text, title=text.split("\n")[0], nodes=nodes
    )


# A stand-in for the extractors, so value comparison is tested on known mentions.
_MONEY = re.compile(r"(不超过|最高)?(\d+(?:\.\d+)?)(?:—(\d+(?:\.\d+)?))?万元(以上)?")
_RATIO = re.compile(r"(\d+(?:\.\d+)?)%")
_TARGET = re.compile(r"(\d+(?:\.\d+)?)(个|家|名)([^，,；;。、]*)")


def with_mentions(doc: Document) -> Document:
    money, ratios, targets = [], [], []
    clauses = [n for n in doc.iter_nodes() if n.kind == "clause"]
    for clause in clauses:
        for match in _MONEY.finditer(clause.text):
            low, high = float(match.group(2)) * 1e4, (float(match.group(3)) * 1e4 if match.group(3) else None)
            if match.group(3):
                kind = "range"
            elif match.group(1):
                kind, low, high = "max", None, low
            elif match.group(4):
                kind = "min"
            else:
                kind, high = "exact", low
            money.append(
                Money(
                    mention_id=f"{clause.node_id}:m{len(money)}",
                    node_id=clause.node_id,
                    surface=match.group(),
                    char_start=clause.char_start + match.start(),
                    char_end=clause.char_start + match.end(),
                    low=low,
                    high=high,
                    kind=kind,
                    role="threshold" if kind == "min" else "subsidy",
                )
            )
        for match in _RATIO.finditer(clause.text):
            ratios.append(
                Ratio(
                    mention_id=f"{clause.node_id}:r{len(ratios)}",
                    node_id=clause.node_id,
                    surface=match.group(),
                    char_start=clause.char_start + match.start(),
                    char_end=clause.char_start + match.end(),
                    value=float(match.group(1)) / 100,
                    kind="exact",
                    form="percent",
                    role="subsidy_rate"
                    if "投资额" in clause.text[max(0, match.start() - 4) : match.start()]
                    else "other",
                )
            )
        if "到2027年" in clause.text:
            for match in _TARGET.finditer(clause.text):
                targets.append(
                    Target(
                        target_id=f"{clause.node_id}:t{len(targets)}",
                        node_id=clause.node_id,
                        year=2027,
                        metric=match.group(3) or None,
                        value=float(match.group(1)),
                        unit=match.group(2),
                        kind="exact",
                        surface=match.group(),
                        char_start=clause.char_start + match.start(),
                        char_end=clause.char_start + match.end(),
                    )
                )
    return replace(doc, money=money, ratios=ratios, targets=targets)


def by_labels(diff: RevisionDiff, kind: str) -> dict[tuple[str | None, str | None], object]:
    """(old label, new label) -> NodeChange, labels normalised so （一） and (一) read alike."""
    return {
        (normalise(c.old_label) if c.old_label else None, normalise(c.new_label) if c.new_label else None): c
        for c in diff.node_changes
        if c.kind == kind
    }


# ---------------------------------------------------------------- small cases

POLICY = """若干措施
一、实施甲行动
(一)支持企业研发。对新认定的研发中心给予不超过100万元奖励。
(二)推动成果转化。对技术合同给予10万元奖补。
(三)加强人才引进。对引进的团队给予50万元资助。
二、实施乙行动
(四)优化营商环境。持续打造高效便捷的科技创新环境。"""


def test_width_and_spacing_alone_are_not_changes():
    revised = POLICY.replace("(", "（").replace(")", "）").replace("。对", "。 对").replace("100", "１００")
    diff = compare(make_doc(POLICY, "a"), make_doc(revised, "b"))
    assert {c.change for c in diff.node_changes} == {"unchanged"}
    assert diff.value_changes == []


def test_removed_measure_renumbers_the_ones_after_it():
    revised = POLICY.replace("(二)推动成果转化。对技术合同给予10万元奖补。\n", "")
    revised = revised.replace("(三)", "(二)").replace("(四)", "(三)")
    pairs = by_labels(compare(make_doc(POLICY, "a"), make_doc(revised, "b")), "measure")
    assert pairs[("(一)", "(一)")].change == "unchanged"
    assert pairs[("(二)", None)].change == "removed"
    renumbered = pairs[("(三)", "(二)")]
    assert (renumbered.change, renumbered.renumbered, renumbered.moved) == ("renumbered", True, False)
    assert pairs[("(四)", "(三)")].change == "renumbered"


def test_measure_moved_to_another_action_is_moved():
    lines = POLICY.split("\n")
    moved_line = lines.pop(3)  # (二)推动成果转化
    lines.insert(len(lines) - 1, moved_line)  # now first in 二、
    revised = "\n".join(lines)
    diff = compare(make_doc(POLICY, "a"), make_doc(revised, "b"))
    change = next(c for c in diff.node_changes if c.old_label == "(二)")
    assert (change.change, change.moved, change.renumbered) == ("moved", True, False)
    assert (change.old_parent_label, change.new_parent_label) == ("一、", "二、")
    # rows follow the new document: the moved measure sits under 二、
    labels = [c.new_label for c in diff.node_changes]
    assert labels.index("(二)") == labels.index("二、") + 1


def test_measure_out_of_order_within_its_action_is_moved():
    lines = POLICY.split("\n")
    lines.insert(2, lines.pop(4))  # (三) now first in 一、, labels kept
    diff = compare(make_doc(POLICY, "a"), make_doc("\n".join(lines), "b"))
    moved = [c.old_label for c in diff.node_changes if c.moved]
    assert moved == ["(三)"]
    assert all(c.change in {"moved", "unchanged"} for c in diff.node_changes)


def test_renumbered_and_reworded_measure_pairs_by_content():
    revised = POLICY.replace(
        "(三)加强人才引进。对引进的团队给予50万元资助。",
        "(三)加强高层次人才引进。对引进的创新团队给予50万元资助。",
    )
    revised = (
        revised.replace("(二)推动成果转化。对技术合同给予10万元奖补。\n", "")
        .replace("(三)", "(二)")
        .replace("(四)", "(三)")
    )
    pairs = by_labels(compare(make_doc(POLICY, "a"), make_doc(revised, "b")), "measure")
    change = pairs[("(三)", "(二)")]
    assert (change.change, change.renumbered) == ("modified", True)
    assert 0.6 < change.similarity < 1
    assert [op.new for op in change.ops if op.op == "insert"] == ["高层次", "创新"]


def test_inserted_article_renumbers_the_articles_after_it():
    old = "条例\n第一章 总则\n第一条 为了规范管理，制定本条例。\n第二条 本条例适用于本市。\n第三条 本条例自公布之日起施行。"
    new = (
        "条例\n第一章 总则\n第一条 为了规范管理，制定本条例。\n第二条 市主管部门负责组织实施本条例。\n"
        "第三条 本条例适用于本市。\n第四条 本条例自公布之日起施行。"
    )
    pairs = by_labels(compare(make_doc(old, "a"), make_doc(new, "b")), "article")
    assert pairs[("第一条", "第一条")].change == "unchanged"
    assert pairs[(None, "第二条")].change == "added"
    assert pairs[("第二条", "第三条")].change == "renumbered"
    assert pairs[("第三条", "第四条")].change == "renumbered"


def test_split_measure_pairs_with_the_best_part_and_notes_the_split():
    old = (
        "措施\n一、行动\n(一)支持企业加大研发投入，对年度研发投入增长较快的规模以上企业按增量给予奖励。"
        "鼓励企业建设中试基地。"
    )
    new = (
        "措施\n一、行动\n(一)支持企业加大研发投入，对年度研发投入增长较快的规模以上企业按增量给予奖励。\n"
        "(二)鼓励企业建设中试基地。"
    )
    pairs = by_labels(compare(make_doc(old, "a"), make_doc(new, "b")), "measure")
    assert pairs[("(一)", "(一)")].change == "modified"  # the larger part keeps the pair
    added = pairs[(None, "(二)")]
    assert added.change == "added"
    assert added.note == "拆分自原(一)"


def test_merged_measure_is_removed_and_noted():
    old = "措施\n一、行动\n(一)支持企业加大研发投入，对研发投入增长较快的企业给予奖励。\n(二)鼓励企业建设中试基地。"
    new = "措施\n一、行动\n(一)支持企业加大研发投入，对研发投入增长较快的企业给予奖励。鼓励企业建设中试基地。"
    pairs = by_labels(compare(make_doc(old, "a"), make_doc(new, "b")), "measure")
    assert pairs[("(一)", "(一)")].change == "modified"
    assert (pairs[("(二)", None)].change, pairs[("(二)", None)].note) == ("removed", "并入现(一)")


def test_text_ops_keep_numbers_whole_and_show_both_surfaces():
    ops = text_ops("给予企业不超过100万元的奖励", "给予企业不超过200万元的奖励")
    assert [(op.op, op.old, op.new) for op in ops if op.op != "equal"] == [("replace", "100", "200")]
    ops = text_ops("(一)支持企业,给予奖励。", "（一）支持企业，给予奖励。")
    assert [op.op for op in ops] == ["equal"]
    assert (ops[0].old, ops[0].new) == ("(一)支持企业,给予奖励。", "（一）支持企业，给予奖励。")


def test_value_changes_of_paired_added_and_removed_measures():
    old = POLICY + "\n(五)推进园区建设。按实际投资额20%给予补助。"
    new = (
        POLICY.replace("不超过100万元", "不超过200万元")
        .replace("(三)加强人才引进。对引进的团队给予50万元资助。\n", "")
        .replace("(四)", "(三)")
        + "\n(四)推进园区建设。按实际投资额30%给予补助。\n(五)支持首台套。对首台套产品给予不超过80万元奖励。"
    )
    diff = compare(with_mentions(make_doc(old, "a")), with_mentions(make_doc(new, "b")))
    rows = [
        (v.change, v.field, v.old_surface, v.new_surface, v.old_unit_label, v.new_unit_label)
        for v in diff.value_changes
    ]
    assert rows == [
        ("changed", "money", "不超过100万元", "不超过200万元", "(一)", "(一)"),
        ("removed", "money", "50万元", None, "(三)", None),
        ("changed", "ratio", "20%", "30%", "(五)", "(四)"),
        ("added", "money", None, "不超过80万元", None, "(五)"),
    ]
    raised = diff.value_changes[0]
    assert (raised.old_high, raised.new_high, raised.old_low, raised.role) == (
        1_000_000,
        2_000_000,
        None,
        "subsidy",
    )
    rate = diff.value_changes[2]
    assert (rate.old_value, rate.new_value) == pytest.approx((0.2, 0.3))


def test_enumerated_amounts_pair_one_to_one_by_position():
    old = "措施\n一、行动\n(一)对新认定的国家级、省级、市级中心分别给予50万元、20万元、10万元奖补。"
    new = "措施\n一、行动\n(一)对新认定的国家级、省级、市级中心分别给予50万元、30万元、10万元奖补。"
    diff = compare(with_mentions(make_doc(old, "a")), with_mentions(make_doc(new, "b")))
    assert [(v.change, v.old_surface, v.new_surface) for v in diff.value_changes] == [
        ("changed", "20万元", "30万元")
    ]


# ---------------------------------------------------------------- the seed and its revision (hand-built trees)

# old label -> (new label, change, moved, renumbered): fixtures/revisions/EXPECTED.md
EXPECTED_MEASURES = {
    "(一)": ("(一)", "modified", False, False),
    "(二)": ("(二)", "modified", False, False),
    "(三)": ("(四)", "moved", True, True),
    "(四)": ("(三)", "renumbered", False, True),
    "(五)": (None, "removed", False, False),
    "(六)": ("(五)", "renumbered", False, True),
    "(七)": ("(六)", "modified", False, True),
    "(八)": ("(七)", "renumbered", False, True),
    "(九)": ("(八)", "renumbered", False, True),
    "(十)": ("(九)", "renumbered", False, True),
    "(十一)": ("(十一)", "unchanged", False, False),
    "(十二)": ("(十二)", "unchanged", False, False),
    "(十三)": ("(十三)", "unchanged", False, False),
    "(十四)": ("(十四)", "unchanged", False, False),
    "(十五)": ("(十五)", "unchanged", False, False),
    "(十六)": ("(十六)", "unchanged", False, False),
}


def _seed_body(path: Path) -> str:
    """The draft from its title line on (make_doc reads line one as the title)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("科技创新赋能经济转型升级若干措施 "))
    return "\n".join(lines[start:])


def assert_seed_revision_pairs(diff: RevisionDiff) -> None:
    measures = [c for c in diff.node_changes if c.kind == "measure"]
    found = {
        normalise(c.old_label): (
            normalise(c.new_label) if c.new_label else None,
            c.change,
            c.moved,
            c.renumbered,
        )
        for c in measures
        if c.old_label
    }
    assert found == EXPECTED_MEASURES
    added = [normalise(c.new_label) for c in measures if c.change == "added"]
    assert added == ["(十)"]
    moved = next(c for c in measures if c.change == "moved")
    assert (moved.old_parent_label, moved.new_parent_label) == ("一、", "三、")
    actions = [c for c in diff.node_changes if c.kind == "action"]
    assert [c.change for c in actions] == ["unchanged"] * 5
    # new-document order, the removed (五) right after (三)=old (四) in 二、
    order = [(normalise(c.old_label) if c.old_label else None) for c in measures]
    assert order[:4] == ["(一)", "(二)", "(四)", "(五)"]


def test_seed_revision_every_measure_pairs_right():
    diff = compare(make_doc(_seed_body(SEED), "old"), make_doc(_seed_body(REVISION), "new"))
    assert_seed_revision_pairs(diff)
    seventh = next(c for c in diff.node_changes if c.old_label == "(七)")
    assert [op.old for op in seventh.ops if op.op == "delete"] == [
        "鼓励国有企业建立技术研发人员分类评价体系,支持国有企业率先自主开展人才评价。"
    ]


def test_seed_revision_every_value_change_is_reported():
    old = with_mentions(make_doc(_seed_body(SEED), "old"))
    new = with_mentions(make_doc(_seed_body(REVISION), "new"))
    diff = compare(old, new)
    money = [(v.change, v.old_surface, v.new_surface) for v in diff.value_changes if v.field == "money"]
    assert ("changed", "不超过100万元", "不超过200万元") in money
    assert ("changed", "20—100万元", "30—150万元") in money
    assert ("added", None, "不超过50万元") in money
    ratios = [(v.change, v.old_value, v.new_value) for v in diff.value_changes if v.field == "ratio"]
    assert ratios == [("changed", 0.2, 0.3)]
    targets = [
        (v.change, v.old_value, v.new_value, v.new_unit_label)
        for v in diff.value_changes
        if v.field == "target"
    ]
    assert ("changed", 30.0, 40.0, "(一)") in targets
    range_change = next(v for v in diff.value_changes if v.old_surface == "20—100万元")
    assert (range_change.old_low, range_change.old_high, range_change.new_low, range_change.new_high) == (
        200_000,
        1_000_000,
        300_000,
        1_500_000,
    )
    # nothing else changed: every other amount of the sixteen measures pairs with itself
    assert len(money) == 3


def test_diff_rows_follow_the_table_schemas():
    diff = compare(
        with_mentions(make_doc(_seed_body(SEED), "old")), with_mentions(make_doc(_seed_body(REVISION), "new"))
    )
    rows = diff_rows(diff)
    assert [list(r) for r in rows["changes"][:1]] == [CHANGES.names]
    assert [list(r) for r in rows["value_changes"][:1]] == [VALUE_CHANGES.names]
    assert len(rows["changes"]) == len(diff.node_changes)
    removed = next(r for r in rows["changes"] if r["change"] == "removed")
    assert (removed["old_label"], removed["new_node_id"], removed["new_text"]) == ("(五)", None, None)
    assert removed["old_text"].startswith("(五)加强知识产权保护。")


# ---------------------------------------------------------------- series


@pytest.mark.parametrize(
    ("title", "issuer", "key"),
    [
        (
            "关于征求《科技创新赋能经济转型升级若干措施(征求意见稿)》意见建议的通知",
            None,
            "科技创新赋能经济转型升级若干措施",
        ),
        ("科技创新赋能经济转型升级若干措施 征求意见稿", None, "科技创新赋能经济转型升级若干措施"),
        ("昆明市科技创新赋能经济转型升级若干措施（修订稿）", None, "科技创新赋能经济转型升级若干措施"),
        ("云南省昆明市促进民营经济发展若干措施（试行）", None, "促进民营经济发展若干措施"),
        ("昆明市人民政府关于加快数字经济发展的意见（送审稿）", None, "关于加快数字经济发展的意见"),
        ("关于征求数字经济促进条例意见的通知", None, "数字经济促进条例"),
        ("上海市音像制品管理条例(2024-12-31)", None, "音像制品管理条例"),
        ("市科技创新若干措施", None, "科技创新若干措施"),
        ("西山区数字经济产业园区管理办法（草案）", None, "数字经济产业园区管理办法"),
        ("科技创新若干措施", "昆明市科学技术局", "科技创新若干措施"),
        # words that only look like places or status words stay
        ("城市更新条例（草案）", None, "城市更新条例"),
        ("市场监管领域若干措施", None, "市场监管领域若干措施"),
        ("科研项目经费管理暂行办法（征求意见稿）", None, "科研项目经费管理暂行办法"),
        ("2024-2027年数字经济行动计划（征求意见稿）", None, "2024-2027年数字经济行动计划"),
    ],
)
def test_series_key(title, issuer, key):
    assert series_key(title, issuer) == key


def test_drafts_of_one_policy_share_a_series_and_others_do_not():
    assert series_key("科技创新赋能经济转型升级若干措施 征求意见稿") == series_key(
        "昆明市科技创新赋能经济转型升级若干措施（修订稿）"
    )
    assert series_key("科研项目经费管理暂行办法") != series_key("科研项目经费管理办法")


# ---------------------------------------------------------------- end to end through the real pipeline


@pytest.fixture(scope="module")
def seed_diff() -> RevisionDiff:
    return compare(parse_path(SEED), parse_path(REVISION))


def test_pipeline_seed_revision_pairs(seed_diff):
    assert_seed_revision_pairs(seed_diff)
    assert seed_diff.series == "科技创新赋能经济转型升级若干措施"
    assert (seed_diff.old_status, seed_diff.new_status) == ("征求意见稿", "修订稿")


def test_pipeline_seed_revision_value_changes(seed_diff):
    found = {(v.field, v.change, v.old_surface, v.new_surface) for v in seed_diff.value_changes}
    assert ("money", "changed", "不超过100万元", "不超过200万元") in found
    assert ("money", "changed", "20—100万元", "30—150万元") in found
    assert ("ratio", "changed", "20%", "30%") in found
    assert ("money", "added", None, "不超过50万元") in found
    raised = next(v for v in seed_diff.value_changes if v.new_surface == "不超过200万元")
    assert (raised.role, raised.old_high, raised.new_high) == ("subsidy", 1_000_000, 2_000_000)
    target = next(v for v in seed_diff.value_changes if v.field == "target" and v.change == "changed")
    assert (target.old_value, target.new_value) == (30, 40)
    removed_target = [v for v in seed_diff.value_changes if v.field == "target" and v.change == "removed"]
    assert [v.old_value for v in removed_target] == [27000]  # 2.7万件 in the removed (五)


@pytest.fixture(scope="module")
def real_diff() -> RevisionDiff:
    return compare(parse_path(REAL_OLD), parse_path(REAL_NEW))


def test_real_regulation_articles_pair_right(real_diff):
    pairs = by_labels(real_diff, "article")
    # the 2024 amendment deletes 第三十条 and 第四十一条; the articles after each move up
    assert pairs[("第三十条", None)].change == "removed"
    assert pairs[("第四十一条", None)].change == "removed"
    for old_number, new_number in [
        ("三十一", "三十"),
        ("三十四", "三十三"),
        ("三十七", "三十六"),
        ("四十二", "四十"),
    ]:
        change = pairs[(f"第{old_number}条", f"第{new_number}条")]
        assert (change.change, change.renumbered, change.moved) == ("renumbered", True, False)
    for old_number, new_number in [
        ("九", "九"),
        ("十一", "十一"),
        ("二十五", "二十五"),
        ("三十二", "三十一"),
        ("三十六", "三十五"),
    ]:
        assert pairs[(f"第{old_number}条", f"第{new_number}条")].change == "modified"
    unchanged = [label for (label, _), c in pairs.items() if c.change == "unchanged"]
    assert len(unchanged) == 23  # 第一条…第二十九条 less the six rewritten ones (9, 11, 20, 23, 25, 29)
    assert not any(c.change == "added" for c in pairs.values())
    chapters = by_labels(real_diff, "chapter")
    assert {c.change for c in chapters.values()} == {"unchanged"}  # 第一章  总则 vs 第一章 总 则


def test_real_regulation_fines_dropped_with_the_penalty_article(real_diff):
    removed = [v for v in real_diff.value_changes if v.field == "money" and v.change == "removed"]
    assert "一万元以上五万元以下" in [v.old_surface for v in removed]
    assert {v.old_unit_label for v in removed} == {"第三十六条"}


def test_repeated_identical_points_stay_with_their_articles():
    old = (
        "办法\n第一条 申请补助应当符合下列条件：\n（一）在本市注册；\n（二）其他条件。\n"
        "第二条 有下列情形之一的，不予补助：\n（一）弄虚作假的；\n（二）其他条件。"
    )
    new = "办法\n第一条 有下列情形之一的，不予补助：\n（一）弄虚作假的；\n（二）其他条件。"
    diff = compare(make_doc(old, "a"), make_doc(new, "b"))
    points = [(c.change, c.old_node_id, c.new_node_id) for c in diff.node_changes if c.kind == "point"]
    assert ("unchanged", "article_2__point_4", "article_1__point_1") not in points
    kept = next(c for c in diff.node_changes if c.kind == "point" and c.new_label == "（二）")
    assert (kept.old_parent_label, kept.new_parent_label, kept.moved) == ("第二条", "第一条", False)
    assert [c.change for c in diff.node_changes if c.kind == "point" and c.change == "removed"] == [
        "removed"
    ] * 2
