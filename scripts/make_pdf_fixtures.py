"""Turn real policy texts into PDF the way offices do, and make the PDFs that must be refused.

    .venv/bin/python scripts/make_pdf_fixtures.py        # writes fixtures/pdf/ and fixtures/bad/legacy_*

Needs LibreOffice (``soffice``), Chromium and qpdf on PATH, and the Noto CJK fonts; the tests need
none of them, only the files this writes (which are committed). The bytes differ from run to run
(creation dates, document ids, the date Chromium prints in its header), the text does not.

Writes:
  fixtures/pdf/wordprocessor_guobanfa_2018_123.pdf   fixtures/real/structure/guobanfa_2018_123_….txt laid out
      in a .docx made with python-docx (A4, GB/T 9704 margins, 16 pt serif, a running header with the
      title, a "— N —" page number in the footer), converted by ``soffice --headless --convert-to pdf``
  fixtures/pdf/browser_shanghai_qiye_jichu_yanjiu_2025.pdf   fixtures/real/eval/shanghai_qiye_….txt as a web page,
      served under its stcsm.sh.gov.cn address from 127.0.0.1 and printed by ``chromium --print-to-pdf``,
      which adds its own header (date, page title) and footer (address, "n/N")
  fixtures/pdf/scanned_page.pdf                      page 1 of the word-processor PDF rendered at 100 dpi
      and put back as an image only: a scan, with no text layer
  fixtures/pdf/encrypted_user_password.pdf           the opening paragraphs laid out the same way, one page,
      encrypted by qpdf with a user password (AES-256): cannot be opened without it
  fixtures/pdf/encrypted_owner_only.pdf              the same page encrypted with an owner password only
      (copying and printing "forbidden"): opens without a password, as in every viewer
  fixtures/bad/legacy_word.doc                       the opening paragraphs saved by LibreOffice as Word 97-2003
  fixtures/bad/legacy_word.wps                       the same bytes under the WPS suffix
  fixtures/bad/legacy_word_renamed.docx              the same bytes named .docx
"""

from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "fixtures" / "pdf"
BAD = ROOT / "fixtures" / "bad"
WORD_SOURCE = ROOT / "fixtures" / "real" / "structure" / "guobanfa_2018_123_zhengwu_xinmeiti_yijian.txt"
WORD_PDF = PDF / "wordprocessor_guobanfa_2018_123.pdf"
BROWSER_SOURCE = ROOT / "fixtures" / "real" / "eval" / "shanghai_qiye_jichu_yanjiu_ruogan_cuoshi_2025.txt"
BROWSER_PDF = PDF / "browser_shanghai_qiye_jichu_yanjiu_2025.pdf"
BROWSER_URL = "http://stcsm.sh.gov.cn/zwgk/kjzc/zcwj/qtzcwj/20250807/50c4d77323df422781d39bb66b64171d.html"
SCANNED_PDF = PDF / "scanned_page.pdf"
ENCRYPTED_PDF = PDF / "encrypted_user_password.pdf"
OWNER_ONLY_PDF = PDF / "encrypted_owner_only.pdf"
SERIF, SANS = "Noto Serif CJK SC", "Noto Sans CJK SC"
IDEOGRAPHIC_SPACE = "\u3000"


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


# ------------------------------------------------------------------------------------------- word processor


def _set_font(run, name: str, size_pt: float, bold: bool = False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = name
    run.font.size = Pt(size_pt)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _page_number_field(paragraph) -> None:
    """— PAGE — as Word writes a page number: a complex field in three runs."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def field_char(kind: str):
        run = paragraph.add_run()
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        run._element.append(element)
        return run

    _set_font(paragraph.add_run("— "), SERIF, 14)
    _set_font(field_char("begin"), SERIF, 14)
    instruction = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = " PAGE "
    instruction._element.append(text)
    _set_font(field_char("separate"), SERIF, 14)
    _set_font(paragraph.add_run("1"), SERIF, 14)
    _set_font(field_char("end"), SERIF, 14)
    _set_font(paragraph.add_run(" —"), SERIF, 14)


def word_processor_docx(lines: list[str], header: str, path: Path) -> None:
    """The text as an office lays it out: title lines centred in a large face, the 文号 centred, body
    paragraphs with a two-character first-line indent (the source's U+3000 indent becomes formatting),
    一、 headings in sans, a running header and a page-number footer."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Cm, Pt

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    header_paragraph = section.header.paragraphs[0]
    header_paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _set_font(header_paragraph.add_run(header), SERIF, 10.5)
    footer_paragraph = section.footer.paragraphs[0]
    footer_paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number_field(footer_paragraph)

    title_lines = 2  # the source's title wraps over its first two lines
    for index, line in enumerate(lines):
        paragraph = document.add_paragraph()
        spacing = paragraph.paragraph_format
        spacing.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        spacing.line_spacing = Pt(28)
        spacing.space_after = Pt(0)
        text = line.lstrip(IDEOGRAPHIC_SPACE)
        if index < title_lines:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            spacing.line_spacing = Pt(36)
            _set_font(paragraph.add_run(text), SERIF, 22, bold=True)
        elif index == title_lines:  # 国办发〔2018〕123号
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(paragraph.add_run(text), SERIF, 16)
        else:
            if line.startswith(IDEOGRAPHIC_SPACE):
                spacing.first_line_indent = Pt(32)
            heading = text[:2] in {f"{n}、" for n in "一二三四五六七八九"}
            _set_font(paragraph.add_run(text), SANS if heading else SERIF, 16)
    document.save(str(path))


def soffice_to(fmt: str, source: Path, out_dir: Path) -> Path:
    profile = out_dir / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(out_dir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out_dir / f"{source.stem}.{fmt}"


# ------------------------------------------------------------------------------------------------- browser


def web_page(lines: list[str]) -> str:
    """The text as a government site's article page: <title> "标题_网站名", the title as <h1>, the 文号 and
    the body as paragraphs (indentation as CSS, as such sites do)."""
    from xml.sax.saxutils import escape

    title = lines[0]
    paragraphs = "\n".join(
        f'<p class="{"indent" if line[:1].isspace() else "flush"}">{escape(line.strip())}</p>'
        for line in lines[1:]
        if line.strip()
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{escape(title)}_上海市科学技术委员会</title>
<style>
  body {{ font-family: "{SERIF}", serif; font-size: 16pt; line-height: 1.75; margin: 0 1.5cm; }}
  h1 {{ font-size: 20pt; text-align: center; font-weight: bold; }}
  p {{ margin: 0; }}
  p.indent {{ text-indent: 2em; }}
</style></head>
<body><h1>{escape(title)}</h1>
<div class="TRS_Editor">
{paragraphs}
</div></body></html>
"""


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def chromium_print(html: str, url: str, out: Path, work: Path) -> None:
    """Print the page as a reader would from Chromium, the page served under its real address
    (mapped to a local server), so that the footer Chromium prints shows that address."""
    from urllib.parse import urlsplit

    address = urlsplit(url)
    site = work / "site"
    page = site / address.path.lstrip("/")
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(html, encoding="utf-8")
    handler = functools.partial(_QuietHandler, directory=str(site))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        port = server.server_address[1]
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            subprocess.run(
                [
                    "chromium",
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    f"--host-resolver-rules=MAP {address.hostname} 127.0.0.1:{port}",
                    f"--user-data-dir={work / 'chromium-profile'}",
                    f"--print-to-pdf={out}",
                    url,
                ],
                check=True,
                capture_output=True,
                timeout=180,
            )
        finally:
            server.shutdown()


# ------------------------------------------------------------------------------------------ PDFs to refuse


def scanned_copy(source: Path, out: Path, dpi: int = 100) -> None:
    """Page 1 rendered to a grey bitmap and placed as the only object of a new page: a scan."""
    import pypdfium2 as pdfium

    with pdfium.PdfDocument(str(source)) as original:
        page = original[0]
        width, height = page.get_size()
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        scan = pdfium.PdfDocument.new()
        new_page = scan.new_page(width, height)
        image = pdfium.PdfImage.new(scan)
        image.set_bitmap(bitmap)
        image.set_matrix(pdfium.PdfMatrix().scale(width, height))
        new_page.insert_obj(image)
        new_page.gen_content()
        scan.save(str(out))


def qpdf_first_page(source: Path, out: Path, user: str, owner: str, *restrictions: str) -> None:
    subprocess.run(
        [
            "qpdf",
            str(source),
            "--pages",
            ".",
            "1",
            "--",
            "--encrypt",
            user,
            owner,
            "256",
            *restrictions,
            "--",
            str(out),
        ],
        check=True,
        timeout=60,
    )


def main() -> None:
    for tool in ("soffice", "chromium", "qpdf"):
        if shutil.which(tool) is None:
            raise SystemExit(f"make_pdf_fixtures: {tool} is not on PATH")
    PDF.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        word_lines = [line for line in _lines(WORD_SOURCE) if line.strip()]
        docx_path = work / "guobanfa.docx"
        word_processor_docx(word_lines, header="".join(word_lines[:2]), path=docx_path)
        shutil.copyfile(soffice_to("pdf", docx_path, work), WORD_PDF)

        chromium_print(web_page(_lines(BROWSER_SOURCE)), BROWSER_URL, BROWSER_PDF, work)

        scanned_copy(WORD_PDF, SCANNED_PDF)
        # The encrypted ones and the .doc from the opening paragraphs only: one page is all they need.
        short = work / "opening.docx"
        word_processor_docx(word_lines[:6], header="".join(word_lines[:2]), path=short)
        short_pdf = soffice_to("pdf", short, work)
        qpdf_first_page(short_pdf, ENCRYPTED_PDF, "user-secret", "owner-secret")
        qpdf_first_page(short_pdf, OWNER_ONLY_PDF, "", "owner-secret", "--extract=n", "--print=none")
        legacy = soffice_to("doc", short, work).read_bytes()
        for name in ("legacy_word.doc", "legacy_word.wps", "legacy_word_renamed.docx"):
            (BAD / name).write_bytes(legacy)
    for path in sorted([*PDF.glob("*.pdf"), *BAD.glob("legacy_*")]):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
