"""Bad input: every refusal is one line naming the file; arbitrary and damaged bytes never crash."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ingest_helpers import BAD, DOCX, DRAFTS, GB_PAGE, GB_TXT, REAL_HTML, load_script

from parsers.ingest import IngestError, read_bytes, read_path

make_fixtures = load_script("make_fixtures")


BAD_REASONS = {
    "empty.txt": "empty file",
    "binary.txt": "binary file, not text",
    "bad_encoding.txt": "cannot decode as UTF-8 or GB18030 (byte 0xff at offset 28)",
    "not_a_zip.docx": "not a .docx: not a zip archive",
    "zip_bomb.docx": "zip bomb",
    "zip_ratio_bomb.docx": "zip bomb",
    "no_document.docx": "word/document.xml is missing",
    "truncated.docx": "damaged .docx",
    "entity_bomb.html": "entity declarations are not allowed",
    "external_entity.html": "entity declarations are not allowed",
    "pdf_named.txt": "damaged PDF: PDFium cannot open it",
    "zip_named.txt": "a zip archive but not a .docx: word/document.xml is missing",
    "error_page.pdf": "not a PDF: no %PDF header (the file is an HTML page; a failed download?)",
    "legacy_word.doc": "a Word 97-2003 (.doc) or WPS file, which is not read: convert it to .docx or PDF",
    "legacy_word.wps": "a Word 97-2003 (.doc) or WPS file, which is not read: convert it to .docx or PDF",
    "legacy_word_renamed.docx": "a Word 97-2003 (.doc) or WPS file, which is not read: convert it to .docx",
}


def test_every_bad_fixture_has_an_expected_reason():
    assert sorted(p.name for p in BAD.iterdir()) == sorted(BAD_REASONS)


@pytest.mark.parametrize("name", sorted(BAD_REASONS))
def test_bad_input_gives_one_line_error_naming_the_file(name):
    path = BAD / name
    with pytest.raises(IngestError) as err:
        read_path(path)
    message = str(err.value)
    assert message.startswith(f"{path}: ")
    assert "\n" not in message
    assert BAD_REASONS[name] in message
    assert err.value.source == str(path)


def _outcome(data: bytes, fmt: str | None) -> str:
    try:
        read_bytes(data, name=f"fuzz.{fmt or 'bin'}", format=fmt)
    except IngestError as err:
        assert "\n" not in str(err) and str(err).startswith("fuzz.")
        return "refused"
    return "read"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from(["txt", "html", "docx", None]))
def test_any_bytes_are_read_or_refused_with_an_ingest_error(data, fmt):
    assert _outcome(data, fmt) in ("read", "refused")


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from([DOCX, GB_PAGE, REAL_HTML / "gov_cn_neimenggu_2023.html"]),
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=8),
    st.integers(0, 10**6),
)
def test_damaged_fixtures_are_read_or_refused_never_crash(path, flips, cut):
    data = bytearray(path.read_bytes())
    for position, value in flips:
        data[position % len(data)] = value
    fmt = path.suffix.lstrip(".")
    assert _outcome(bytes(data), fmt) in ("read", "refused")
    assert _outcome(bytes(data[: cut % len(data)]), fmt) in ("read", "refused")


def test_bad_bytes_without_a_name_still_say_where_they_came_from():
    with pytest.raises(IngestError) as err:
        read_bytes(b"", format="txt")
    assert str(err.value) == "<bytes>: empty file"


# ------------------------------------------------------------------------------------------------ fixtures


def test_generated_fixtures_are_what_the_script_makes():
    docx = make_fixtures.make_docx()
    assert DOCX.read_bytes() == docx
    assert GB_TXT.read_bytes() == make_fixtures.GB18030_DRAFT.encode("gb18030")
    assert GB_PAGE.read_bytes() == make_fixtures.HTML_PAGE.encode("gb18030")
    for name, data in make_fixtures.bad_inputs(docx).items():
        assert (BAD / name).read_bytes() == data, name


def test_fixtures_are_small():
    for folder in (BAD, DRAFTS, REAL_HTML):
        for path in folder.iterdir():
            assert path.stat().st_size < 50_000, path
