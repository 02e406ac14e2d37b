"""Where a row sits: the provision columns on money/ratios/targets/value_changes/nodes, read back from Parquet."""

from __future__ import annotations

import duckdb
import pyarrow.parquet as pq
import pytest

from outputs.dataset import commit, read_table, table_files
from outputs.provisions import provisions
from parsers.model import Document, Node, SourceInfo
from parsers.pipeline import parse_bytes, parse_path
from revisions.compare import compare

MEASURES = """关于支持企业发展的若干措施
为支持企业发展，对符合条件的企业给予不超过10万元奖励，制定本措施。
一、总体要求
到2027年，培育企业100家以上。
二、支持措施
（一）支持技术改造。对企业给予不超过100万元补助。
1.设备购置。按投资额的20%给予补助。
（1）对首台套给予50万元奖励；
（2）对第二台套给予30万元奖励。
（二）支持研发。
（十一）支持人才。给予每人5万元补贴。
附件
1.某某公司获得20万元。
"""

REGULATION = """某市科技奖励办法
第一章　总则
第一条　为了奖励科技创新，制定本办法。
第二章　奖励
第二条　对下列单位给予奖励：
（一）国家级企业技术中心，奖励50万元；
（二）省级企业技术中心，奖励20万元：
1.首次认定的，另奖励5万元。
第三条　违反本办法骗取奖励的，处5万元以上10万元以下罚款。
"""


@pytest.fixture(scope="module")
def measures_doc() -> Document:
    return parse_bytes(MEASURES.encode("utf-8"), name="measures.txt")


@pytest.fixture(scope="module")
def regulation_doc() -> Document:
    return parse_bytes(REGULATION.encode("utf-8"), name="regulation.txt")


def _where_money(doc: Document) -> dict[str, tuple]:
    where = provisions(doc)
    return {
        m.surface: (
            where[m.node_id].provision_kind,
            where[m.node_id].provision_label,
            where[m.node_id].provision_path,
            where[m.node_id].path,
        )
        for m in doc.money
    }


def test_measures_items_and_subitems(measures_doc):
    where = _where_money(measures_doc)
    # a measure's own sentence belongs to the measure
    assert where["不超过100万元"] == ("measure", "（一）", "二、 › （一）", "二、 › （一）")
    # an item inside a measure is the nearest provision; its subitems are cited under it
    assert where["50万元"] == ("item", "1.", "二、 › （一） › 1.", "二、 › （一） › 1. › （1）")
    assert where["30万元"] == ("item", "1.", "二、 › （一） › 1.", "二、 › （一） › 1. › （2）")
    assert where["5万元"] == ("measure", "（十一）", "二、 › （十一）", "二、 › （十一）")
    # outside any provision: the unnumbered preamble, and the numbered attachment's item
    assert where["不超过10万元"] == ("preamble", None, None, None)
    assert where["20万元"] == ("item", "1.", "附件 › 1.", "附件 › 1.")


def test_a_row_under_an_action_alone_belongs_to_the_action(measures_doc):
    where = provisions(measures_doc)
    (target,) = [t for t in measures_doc.targets if t.value == 100]
    provision = where[target.node_id]
    assert (provision.provision_id, provision.provision_kind, provision.provision_heading) == (
        "action_1",
        "action",
        "总体要求",
    )


def test_inside_an_article_the_article_is_the_provision(regulation_doc):
    where = _where_money(regulation_doc)
    assert where["50万元"] == ("article", "第二条", "第二章 › 第二条", "第二章 › 第二条 › （一）")
    assert where["20万元"] == ("article", "第二条", "第二章 › 第二条", "第二章 › 第二条 › （二）")
    # an item under a point of an article is still cited under the article
    assert where["5万元"] == ("article", "第二条", "第二章 › 第二条", "第二章 › 第二条 › （二） › 1.")
    assert where["5万元以上10万元以下"][:2] == ("article", "第三条")


def test_decimal_outline_sections_are_provisions():
    """Built by hand: the structure's outline kind (COORDINATION decision 1) may not exist yet."""

    def node(node_id, kind, label=None, ordinal=None, children=(), seq=0):
        parent = node_id.rsplit("__", 1)[0] if "__" in node_id else None
        return Node(
            node_id=node_id,
            parent_id=parent,
            kind=kind,
            ordinal=ordinal,
            label=label,
            heading=f"heading of {label}" if label else None,
            text="",
            char_start=0,
            char_end=0,
            seq=seq,
            children=list(children),
        )

    clause = node("outline_2__outline_3__subitem_1__clause_1", "clause", seq=3)
    subitem = node("outline_2__outline_3__subitem_1", "subitem", "（1）", 1, [clause], seq=2)
    section = node("outline_2__outline_3", "outline", "2.3", 3, [subitem], seq=1)
    top = node("outline_2", "outline", "2", 2, [section], seq=0)
    doc = Document(
        doc_id="x",
        source=SourceInfo(format="txt", sha256="0", n_bytes=0),
        parser_version="t",
        text="",
        nodes=[top],
    )
    provision = provisions(doc)[clause.node_id]
    assert (provision.provision_id, provision.provision_label, provision.provision_ordinal) == (
        "outline_2__outline_3",
        "2.3",
        3,
    )
    assert (provision.provision_path, provision.path) == ("2 › 2.3", "2 › 2.3 › （1）")


def test_every_node_of_real_documents_has_a_provision_inside_it(seed_path):
    """The provision of a node is the node itself or one of its ancestors, on every bundled draft."""
    root = seed_path.parent
    for path in sorted(root.iterdir()):
        doc = parse_path(path)
        where = provisions(doc)
        ids = [n.node_id for n in doc.iter_nodes()]
        assert set(where) == set(ids), path.name
        for node_id in ids:
            owner = where[node_id].provision_id
            assert node_id == owner or node_id.startswith(owner + "__"), (path.name, node_id, owner)


def test_columns_in_parquet_sort_by_ordinal_not_label(tmp_path, measures_doc, seed_path):
    seed = parse_path(seed_path)
    commit(tmp_path, [measures_doc, seed])
    money = read_table(tmp_path, "money").to_pylist()
    row = next(r for r in money if r["surface"] == "50万元" and r["doc_id"] == measures_doc.doc_id)
    assert row["doc_title"] == "关于支持企业发展的若干措施"
    assert row["provision_id"] == "action_2__measure_1__item_1"
    assert row["provision_heading"] == "设备购置"
    assert row["provision_seq"] == next(
        n.seq for n in measures_doc.iter_nodes() if n.node_id == row["provision_id"]
    )
    labels = duckdb.sql(
        f"""select distinct provision_label, provision_ordinal
            from read_parquet('{tmp_path}/money/*.parquet')
            where doc_id = '{measures_doc.doc_id}' and provision_kind = 'measure'
            order by provision_ordinal"""
    ).fetchall()
    assert labels == [("（一）", 1), ("（十一）", 11)]
    # the seed: labels in document order, （十一） after （二） and every subsidy has a measure
    seed_labels = duckdb.sql(
        f"""select provision_label from read_parquet('{tmp_path}/money/*.parquet')
            where doc_id = '{seed.doc_id}' and role = 'subsidy'
            group by provision_label, provision_seq order by provision_seq"""
    ).fetchall()
    assert [label for (label,) in seed_labels][:3] == ["(一)", "(二)", "(三)"]
    assert ("(十一)",) in seed_labels
    nodes = read_table(tmp_path, "nodes").to_pylist()
    clause = next(n for n in nodes if n["node_id"] == "action_2__measure_1__item_1__subitem_1__clause_1")
    assert (clause["provision_id"], clause["path"]) == (
        "action_2__measure_1__item_1",
        "二、 › （一） › 1. › （1）",
    )


def test_the_null_convention_is_in_the_parquet_field_metadata(tmp_path, measures_doc):
    commit(tmp_path, [measures_doc])
    schema = pq.read_schema(table_files(tmp_path, "money")[0])
    assert "coalesce(high, low)" in schema.field("low").metadata[b"description"].decode()
    assert "Null for a max" in schema.field("low").metadata[b"description"].decode()
    assert "Null for a min" in schema.field("high").metadata[b"description"].decode()


def test_value_changes_say_which_provision_of_each_draft(tmp_path, seed_path):
    old = parse_path(seed_path)
    new = parse_path(seed_path.parent.parent / "revisions" / "kunming_keji_2024_xdg.txt")
    diff = compare(old, new)
    # the earlier draft is not rewritten by this commit: it is only given for its provisions
    commit(tmp_path, [new], diffs=[diff], diff_documents=[old])
    rows = read_table(tmp_path, "value_changes").to_pylist()
    changed = next(
        r for r in rows if r["old_surface"] == "不超过100万元" and r["new_surface"] == "不超过200万元"
    )
    assert (changed["old_provision_label"], changed["new_provision_label"]) == ("(一)", "(一)")
    assert changed["new_provision_path"] == "一、 › (一)"
    assert changed["new_provision_heading"] == "科技创新激发传统产业发展新优势"
    assert changed["old_title"] == changed["new_title"] == "科技创新赋能经济转型升级若干措施"
    added = next(r for r in rows if r["new_surface"] == "不超过50万元")
    assert added["change"] == "added"
    assert added["old_provision_id"] is None
    assert (added["new_provision_label"], added["new_provision_ordinal"]) == ("（十）", 10)
