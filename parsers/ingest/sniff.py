"""Which reader a file needs, decided by what its bytes are, not only by its name.

A signature in the bytes (``%PDF``, a zip archive, an OLE2 compound document, RTF, an image)
wins over the suffix and over a declared format: a PDF named .txt is read as a PDF, never
as text. Only between text and HTML, which no signature tells apart, does the name (or
the declared format) decide, and markup at the start of the bytes otherwise.
"""

from __future__ import annotations

from pathlib import Path

from parsers.ingest.result import IngestError

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".docx", ".pdf")
# Formats we recognise in order to say what to do with them; a folder's files with these suffixes are
# collected too, so that the user hears about them instead of having them skipped.
CONVERT_SUFFIXES = (".doc", ".wps")

_FORMATS = {"txt": "txt", "text": "txt", "html": "html", "htm": "html", "docx": "docx", "pdf": "pdf"}
_UTF8_BOM = b"\xef\xbb\xbf"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")  # the stream of a password-protected .docx
_CONVERT = "convert it to .docx or PDF (in Word or WPS: Save As)"
# Files people save by mistake in a folder of drafts, by their first bytes.
_NOT_DOCUMENTS = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
)


def is_pdf(data: bytes) -> bool:
    """``%PDF-`` at the start, or within the first kilobyte (as readers allow) of a file that ends as a PDF."""
    head = data[:1024]
    if head.lstrip(_UTF8_BOM + b" \t\r\n").startswith(b"%PDF-"):
        return True
    return b"%PDF-" in head and b"%%EOF" in data[-2048:]


def _is_markup(data: bytes) -> bool:
    head = data[:1024].lstrip(_UTF8_BOM + b" \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or (head.startswith(b"<?xml") and b"<html" in head)


def _declared(name: str | None, format: str | None, source: str) -> str | None:
    """The format the caller or the file name asks for: txt, html, docx, pdf, or None."""
    if format:
        wanted = format.lower().lstrip(".")
        if wanted not in _FORMATS:
            raise IngestError(source, f"unsupported file type .{wanted}")
        return _FORMATS[wanted]
    if name:
        suffix = Path(name).suffix.lower()
        if suffix in SUPPORTED_SUFFIXES:
            return _FORMATS[suffix[1:]]
    return None


def sniff(data: bytes, name: str | None = None, format: str | None = None, source: str = "<bytes>") -> str:
    """The reader for these bytes: "txt", "html", "docx" or "pdf"; refuses what none of them reads."""
    declared = _declared(name, format, source)
    if is_pdf(data):
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "docx"  # the .docx reader tells a zip that is not a .docx
    if data.startswith(_OLE2):
        if _ENCRYPTED_PACKAGE in data:
            raise IngestError(
                source, "password-protected Word file: remove the password in Word, then save as .docx"
            )
        raise IngestError(source, f"a Word 97-2003 (.doc) or WPS file, which is not read: {_CONVERT}")
    if data.lstrip(_UTF8_BOM + b" \t\r\n").startswith(b"{\\rtf"):
        raise IngestError(source, f"an RTF file, which is not read: {_CONVERT}")
    for magic, what in _NOT_DOCUMENTS:
        if data.startswith(magic):
            raise IngestError(source, f"{what}, not a document")
    if declared == "pdf":
        what = "an HTML page" if _is_markup(data) else "something else"
        raise IngestError(source, f"not a PDF: no %PDF header (the file is {what}; a failed download?)")
    if declared == "docx":
        raise IngestError(source, "not a .docx: not a zip archive")
    if declared is not None:
        return declared
    return "html" if _is_markup(data) else "txt"
