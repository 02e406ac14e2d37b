"""PDF: real policy texts printed to PDF as offices do (a word processor, a browser) read back whole and in
order, page by page; scanned and encrypted PDFs refused with one line. The fixtures and how they were made:
scripts/make_pdf_fixtures.py."""

from __future__ import annotations

import re
import shutil
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ingest_helpers import PDF, ROOT, make_pdf

from parsers.ingest import PAGE_BREAK, IngestError, read_bytes, read_path

WORD_PDF = PDF / "wordprocessor_guobanfa_2018_123.pdf"
WORD_SOURCE = ROOT / "fixtures" / "real" / "structure" / "guobanfa_2018_123_zhengwu_xinmeiti_yijian.txt"
WORD_HEADER = "国务院办公厅关于推进政务新媒体健康有序发展的意见"  # the running header the script set
BROWSER_PDF = PDF / "browser_shanghai_qiye_jichu_yanjiu_2025.pdf"
BROWSER_SOURCE = ROOT / "fixtures" / "real" / "eval" / "shanghai_qiye_jichu_yanjiu_ruogan_cuoshi_2025.txt"
BROWSER_URL = "http://stcsm.sh.gov.cn/zwgk/kjzc/zcwj/qtzcwj/20250807/50c4d77323df422781d39bb66b64171d.html"
# Chromium's print header: the date and time of printing, then the page's <title>.
BROWSER_HEADER_RE = re.compile(r"^\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2} [AP]M .+_上海市科学技术委员会$")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _pages(text: str) -> list[str]:
    assert not text.startswith(PAGE_BREAK)
    pages = text.split(PAGE_BREAK)
    assert all(page.endswith("\n") for page in pages), "each page's text ends with a newline"
    return pages


def test_word_processor_pdf_holds_the_whole_text_in_order_between_header_and_page_number():
    ingested = read_path(WORD_PDF)
    assert ingested.info.format == "pdf" and ingested.info.encoding is None
    pages = _pages(ingested.text)
    assert len(pages) == 9
    body = []
    for number, page in enumerate(pages, start=1):
        lines = page.rstrip("\n").split("\n")
        # Reading order: the running header first, the page number last, on every page.
        assert lines[0] == WORD_HEADER
        assert lines[-1] == f"— {number} —"
        body.extend(lines[1:-1])
    # With the page furniture set aside, the text is the source's, character for character, in order.
    assert _squash("".join(body)) == _squash(WORD_SOURCE.read_text(encoding="utf-8"))


def test_word_processor_pdf_keeps_the_wrapped_lines_and_drops_only_the_autospace():
    text = read_path(WORD_PDF).text
    # Hard-wrapped as laid out: a line ends mid-sentence (structure joins such lines, not ingest).
    assert "各省、自治区、直辖市人民政府，国务院各部委、各直属机\n构：" in text
    # The gap a word processor leaves between Chinese and digits is not a space in the text.
    assert "国办发〔2018〕123号" in text and "到2022年，建成" in text
    assert not re.search(r"[\u4e00-\u9fff] \d|\d [\u4e00-\u9fff]", text)


def test_browser_print_is_read_in_reading_order_with_its_header_and_footer():
    pages = _pages(read_path(BROWSER_PDF).text)
    assert len(pages) == 3
    body = []
    for number, page in enumerate(pages, start=1):
        lines = page.rstrip("\n").split("\n")
        # Chromium draws its header after the body; read in reading order it comes first.
        assert BROWSER_HEADER_RE.match(lines[0]), lines[0]
        assert lines[-1] == f"{BROWSER_URL} {number}/3"
        body.extend(lines[1:-1])
    source = BROWSER_SOURCE.read_text(encoding="utf-8")
    assert _squash("".join(body)) == _squash(source)
    # A space the page itself holds between two Chinese words stays.
    assert "加强基础研究 增强高质量发展新动能" in pages[0]


def test_lines_drawn_out_of_order_are_read_top_to_bottom_and_side_by_side_blocks_as_drawn():
    data = make_pdf(
        [
            # The footer and the header drawn after the body, as Chromium does.
            [(72, 700, "Body line one"), (72, 685, "Body line two"), (72, 60, "- 1 -"), (72, 800, "Header")],
            # Every line drawn from the bottom up.
            [(72, 800 - 15 * n, f"Line {n}") for n in reversed(range(5))],
            # Two table cells of two lines each, side by side, drawn cell after cell.
            [(72, 700, "A1"), (72, 685, "A2"), (300, 700, "B1"), (300, 685, "B2")],
        ]
    )
    assert read_bytes(data, name="drawn.pdf").text == (
        "Header\nBody line one\nBody line two\n- 1 -\n"
        "\fLine 0\nLine 1\nLine 2\nLine 3\nLine 4\n"
        "\fA1\nA2\nB1\nB2\n"
    )


def test_a_pdf_with_a_blank_page_keeps_the_page():
    data = make_pdf([[(72, 700, "First page")], [], [(72, 700, "Third page")]])
    assert read_bytes(data, name="blank.pdf").text == "First page\n\f\n\fThird page\n"
    with pytest.raises(IngestError) as err:
        read_bytes(make_pdf([[], []]), name="empty.pdf")
    assert err.value.reason.startswith("PDF without text: no text layer on its 2 page(s)")


def test_a_pdf_named_otherwise_is_read_as_a_pdf(tmp_path):
    expected = read_path(WORD_PDF).text
    for suffix in (".txt", ".html", ".docx"):
        renamed = tmp_path / f"draft{suffix}"
        shutil.copyfile(WORD_PDF, renamed)
        ingested = read_path(renamed)
        assert (ingested.info.format, ingested.text) == ("pdf", expected)
    # Also when the caller insists it is text.
    assert read_bytes(WORD_PDF.read_bytes(), name="x.txt", format="txt").info.format == "pdf"


def test_scanned_pdf_is_refused_with_one_line():
    path = PDF / "scanned_page.pdf"
    with pytest.raises(IngestError) as err:
        read_path(path)
    assert str(err.value) == (
        f"{path}: scanned PDF: no text layer on its 1 page(s) (run OCR first, e.g. ocrmypdf -l chi_sim)"
    )


def test_pdf_that_needs_a_password_is_refused_with_one_line():
    path = PDF / "encrypted_user_password.pdf"
    with pytest.raises(IngestError) as err:
        read_path(path)
    assert str(err.value) == (
        f"{path}: encrypted PDF: it needs a password to open (remove it, or print to a new PDF)"
    )


def test_pdf_encrypted_with_an_owner_password_only_opens_as_in_any_viewer():
    pages = _pages(read_path(PDF / "encrypted_owner_only.pdf").text)
    assert len(pages) == 1
    lines = pages[0].rstrip("\n").split("\n")
    assert lines[0] == WORD_HEADER and lines[-1] == "— 1 —"
    opening = [line for line in WORD_SOURCE.read_text(encoding="utf-8").split("\n") if line.strip()][:6]
    assert _squash("".join(lines[1:-1])) == _squash("".join(opening))


def test_truncated_pdf_is_read_or_refused_with_one_line():
    data = WORD_PDF.read_bytes()
    for cut in (len(data) // 2, len(data) - 200, 2000):
        try:
            ingested = read_bytes(data[:cut], name="cut.pdf")
        except IngestError as err:
            assert "\n" not in str(err) and str(err).startswith("cut.pdf: ")
        else:  # PDFium rebuilds a damaged cross-reference table; what it reads must still be pages of text
            assert ingested.text.endswith("\n")


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=6))
def test_damaged_pdf_bytes_are_read_or_refused_never_crash(flips):
    data = bytearray((PDF / "encrypted_owner_only.pdf").read_bytes())
    for position, value in flips:
        data[position % len(data)] = value
    try:
        read_bytes(bytes(data), name="flipped.pdf")
    except IngestError as err:
        assert "\n" not in str(err)


def test_pdfs_read_from_several_threads_at_once_read_the_same():
    """PDFium is not thread-safe; the Prefect flow ingests in threads. Every call holds one lock."""
    paths = [WORD_PDF, BROWSER_PDF, PDF / "encrypted_owner_only.pdf"] * 6
    alone = {path: read_path(path).text for path in set(paths)}
    with ThreadPoolExecutor(max_workers=6) as pool:
        together = list(pool.map(lambda path: read_path(path).text, paths))
    assert together == [alone[path] for path in paths]
