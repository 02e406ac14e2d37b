"""Every column of every table is documented (outputs/data/columns.toml), and the docs reach the schema."""

from __future__ import annotations

from outputs.columns import DESCRIPTION_KEY, column_doc
from outputs.schema import TABLES


def test_every_column_has_a_chinese_header_and_an_english_description():
    missing = [
        f"{table}.{field.name}"
        for table, schema in TABLES.items()
        for field in schema
        if column_doc(table, field.name) is None
    ]
    assert not missing, f"add these to outputs/data/columns.toml: {missing}"


def test_descriptions_are_in_the_field_metadata():
    for table, schema in TABLES.items():
        for field in schema:
            assert field.metadata[DESCRIPTION_KEY].decode() == column_doc(table, field.name).en


def test_old_and_new_provision_columns_read_as_their_side():
    doc = column_doc("value_changes", "old_provision_label")
    assert doc.zh == "原条款编号"
    assert doc.en.startswith("In the earlier draft: ")
    assert column_doc("value_changes", "new_path").zh == "新完整路径"


def test_the_schema_carries_the_provision_columns_in_order():
    from outputs.provisions import PROVISION_COLUMNS
    from outputs.schema import PROVISION_FIELDS

    assert tuple(name for name, _ in PROVISION_FIELDS) == PROVISION_COLUMNS
    for table in ("money", "ratios", "targets"):
        names = TABLES[table].names
        assert names[names.index("doc_title") + 1 :][: len(PROVISION_COLUMNS)] == list(PROVISION_COLUMNS)
