"""The labels of the kinds a page is filed under (信息分类, 主题分类 …) are written once, in furniture.toml
classification_labels, and those of its column (所属栏目, 栏目) in column_labels: a page's metadata table (furniture.toml
metadata_labels) takes in the kinds, its fields (titles.toml field_labels) both, when their rules load, so a label
added once is read by every rule."""

from parsers.data_tables import parsers_table
from parsers.structure.furniture_rules import furniture_data, rules
from parsers.structure.title_labels import labels, titles_data


def _kinds() -> list[str]:
    return parsers_table("furniture")["web"]["classification_labels"]


def _columns() -> list[str]:
    return parsers_table("furniture")["web"]["column_labels"]


def test_the_other_lists_repeat_no_kind_label() -> None:
    kinds = set(_kinds())
    assert kinds.isdisjoint(parsers_table("furniture")["web"]["metadata_labels"])
    assert kinds.isdisjoint(parsers_table("titles")["field_labels"])
    assert set(_columns()).isdisjoint([*kinds, *parsers_table("titles")["field_labels"]])


def test_every_kind_label_is_a_metadata_and_a_field_label() -> None:
    assert set(_kinds()) <= set(furniture_data()["web"]["metadata_labels"])
    assert set(_kinds()) | set(_columns()) <= set(titles_data()["field_labels"])
    assert "索引号" in furniture_data()["web"]["metadata_labels"]  # (their own rest kept)
    assert "作者" in titles_data()["field_labels"]


def test_a_kind_field_is_metadata_and_a_field_a_column_field_a_field_only() -> None:
    # (信息分类 was no field label, 所属栏目 none either: each list held its own copy of the labels)
    assert rules().metadata.match("信息分类：政府文件")
    assert labels().field_label.match("信息分类：政府文件")
    assert labels().field_label.match("所属栏目：政策解读")
    assert not rules().metadata.match("所属栏目：政策解读")  # (栏目, 分类: words a line of the text may hold)
    assert not rules().metadata.match("甲市人民政府关于印发X办法的通知")
