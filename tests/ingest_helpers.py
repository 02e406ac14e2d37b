"""What the ingest tests share: fixture paths, the fixture script, and small page and .docx builders."""

from __future__ import annotations

import importlib.util
import io
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = ROOT / "fixtures" / "drafts"
BAD = ROOT / "fixtures" / "bad"
PDF = ROOT / "fixtures" / "pdf"
REAL_HTML = ROOT / "fixtures" / "real" / "html"
GB_TXT = DRAFTS / "yunling_huahui_2025_gb18030.txt"
GB_PAGE = DRAFTS / "yunling_keji_2025_notice.html"
DOCX = DRAFTS / "yunling_zhizao_2025_zqyj.docx"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def load_script(name: str):
    """A script under scripts/ as a module (scripts are not a package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def page(body: str, head: str = "", charset: str = "utf-8") -> bytes:
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}">{head}</head><body>{body}</body></html>'
    ).encode("gb18030" if charset != "utf-8" else "utf-8")


def docx(document_body: str, numbering: str | None = None, styles: str | None = None) -> bytes:
    """A minimal .docx: word/document.xml with this body, and numbering/styles parts when given."""
    members = {
        "word/document.xml": f'<w:document xmlns:w="{W_NS}"><w:body>{document_body}</w:body></w:document>'
    }
    if numbering is not None:
        members["word/numbering.xml"] = f'<w:numbering xmlns:w="{W_NS}">{numbering}</w:numbering>'
    if styles is not None:
        members["word/styles.xml"] = f'<w:styles xmlns:w="{W_NS}">{styles}</w:styles>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, xml in members.items():
            archive.writestr(name, xml)
    return buffer.getvalue()


def make_pdf(pages: list[list[tuple[float, float, str]]]) -> bytes:
    """A PDF drawn with PDFium itself: each page a list of (x, y, text) in Helvetica 12 pt, drawn in the
    order given (y from the bottom of an A4 page), so a test can draw lines out of reading order."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    pdf = pdfium.PdfDocument.new()
    for items in pages:
        page = pdf.new_page(595, 842)
        for x, y, text in items:
            obj = pdfium_c.FPDFPageObj_NewTextObj(pdf, b"Helvetica", 12.0)
            wide = ctypes.create_string_buffer((text + "\x00").encode("utf-16-le"))
            pdfium_c.FPDFText_SetText(obj, ctypes.cast(wide, ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
            pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
            pdfium_c.FPDFPage_InsertObject(page, obj)
        pdfium_c.FPDFPage_GenerateContent(page)
        page.close()
    out = io.BytesIO()
    pdf.save(out)
    pdf.close()
    return out.getvalue()
