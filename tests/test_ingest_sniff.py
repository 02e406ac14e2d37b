"""A file is read by what its bytes are: a signature (%PDF, zip, OLE2, RTF, an image) wins over the name and
over a declared format; between text and HTML the name or the declared format decides."""

from __future__ import annotations

import pytest
from ingest_helpers import BAD, DOCX, PDF
from ingest_helpers import page as _page

from parsers.ingest import SUPPORTED_SUFFIXES, IngestError, read_bytes, read_path


def test_read_bytes_sniffs_zip_html_and_text():
    assert read_bytes(DOCX.read_bytes()).info.format == "docx"
    assert read_bytes(_page("<p>第一条　正文。</p>")).info.format == "html"
    assert read_bytes("一、总体要求\n".encode()).info.format == "txt"
    # Between text and markup a declared format wins: markup read as text is kept verbatim.
    assert read_bytes(b"<html><body>x</body></html>", format="txt").text == "<html><body>x</body></html>"
    assert read_bytes(_page("<p>正文</p>"), format=".htm").info.format == "html"


def test_read_path_refuses_missing_directories_and_unsupported_types(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(IngestError) as err:
        read_path(missing)
    assert str(err.value) == f"{missing}: no such file"
    with pytest.raises(IngestError, match="is a directory"):
        read_path(tmp_path)
    sheet = tmp_path / "budget.xlsx"
    sheet.write_bytes(b"PK\x03\x04")
    with pytest.raises(IngestError) as err:
        read_path(sheet)
    assert (
        str(err.value) == f"{sheet}: unsupported file type .xlsx (supported: .txt, .html, .htm, .docx, .pdf)"
    )
    assert {".docx", ".htm", ".pdf"} <= set(SUPPORTED_SUFFIXES)


def test_the_start_of_a_pdf_named_txt_is_never_text():
    """The issue's case: 33 bytes starting %PDF-1.4 renamed .txt were accepted as text, titled %PDF-1.4."""
    data = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n"
    for name, fmt in (("a.txt", None), ("a.html", None), ("a.txt", "txt"), (None, None)):
        with pytest.raises(IngestError, match="damaged PDF: PDFium cannot open it"):
            read_bytes(data, name=name, format=fmt)


def test_a_pdf_header_after_junk_is_a_pdf_only_if_the_file_ends_as_one():
    pdf = (PDF / "encrypted_owner_only.pdf").read_bytes()
    assert read_bytes(b"\r\n\x00junk before the header\n" + pdf, name="x.txt").info.format == "pdf"
    # A text that merely mentions %PDF- is text.
    text = "附件格式要求：扫描件须为%PDF-1.7以上版本。\n"
    assert read_bytes(text.encode(), name="x.txt").text == text


def test_a_docx_named_txt_is_read_as_a_docx(tmp_path):
    renamed = tmp_path / "draft.txt"
    renamed.write_bytes(DOCX.read_bytes())
    assert read_path(renamed).text == read_path(DOCX).text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (
            (BAD / "legacy_word.doc").read_bytes(),
            "a Word 97-2003 (.doc) or WPS file, which is not read: convert it",
        ),
        (b"{\\rtf1\\ansi\\deff0 {\\fonttbl}}", "an RTF file, which is not read: convert it to .docx or PDF"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "a PNG image, not a document"),
        (b"\xff\xd8\xff\xe0" + bytes(100), "a JPEG image, not a document"),
        (b"\x1f\x8b\x08" + bytes(100), "a gzip archive, not a document"),
    ],
)
def test_files_of_other_kinds_are_named_for_what_they_are(data, reason):
    for name in ("x.txt", "x.docx", "x.html", "x.pdf"):
        with pytest.raises(IngestError) as err:
            read_bytes(data, name=name)
        assert err.value.reason.startswith(reason)


def test_password_protected_word_file_is_told_apart_from_a_doc():
    # Word saves a password-protected .docx as an OLE2 container with an EncryptedPackage stream.
    data = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200) + "EncryptedPackage".encode("utf-16-le") + bytes(50)
    )
    with pytest.raises(IngestError, match="password-protected Word file: remove the password in Word"):
        read_bytes(data, name="protected.docx")


def test_a_doc_or_wps_path_is_read_to_say_what_to_do(tmp_path):
    for suffix in (".doc", ".wps"):
        path = tmp_path / f"draft{suffix}"
        path.write_bytes((BAD / "legacy_word.doc").read_bytes())
        with pytest.raises(IngestError, match="convert it to .docx or PDF"):
            read_path(path)
    # A .doc that is really a .docx (renamed by hand) is read.
    renamed = tmp_path / "actually.doc"
    renamed.write_bytes(DOCX.read_bytes())
    assert read_path(renamed).info.format == "docx"


def test_an_html_page_saved_as_pdf_is_refused_as_a_failed_download():
    with pytest.raises(IngestError) as err:
        read_bytes(b"<!DOCTYPE html><html><body>404</body></html>", name="draft.pdf")
    assert err.value.reason == "not a PDF: no %PDF header (the file is an HTML page; a failed download?)"
    with pytest.raises(IngestError, match="not a PDF: no %PDF header \\(the file is something else"):
        read_bytes("正文".encode(), format="pdf")
