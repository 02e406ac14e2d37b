"""Files from disk: only regular files are read, never blocking; reads are bounded; links are followed
safely; a file name with a newline stays on its one line; damaged and hostile .docx get a reason."""

from __future__ import annotations

import io
import os
import socket
import zipfile

import pytest
from ingest_helpers import DOCX, W_NS
from ingest_helpers import docx as make_docx

from flows.steps import FileError, collect_paths, parse_file
from parsers.ingest import (
    ENV_MAX_BYTES,
    ENV_MAX_LINE_CHARS,
    IngestError,
    Limits,
    parse_size,
    printable,
    read_bytes,
    read_path,
)

DRAFT = "关于加快培育新兴产业的若干措施\n一、总体要求\n（一）加强统筹。建立工作机制。\n"


def _reason(path) -> str:
    with pytest.raises(IngestError) as err:
        read_path(path)
    assert "\n" not in str(err.value)
    return err.value.reason


# ------------------------------------------------------------------------------------------ links, devices


def test_symbolic_link_loop_is_one_line(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.symlink_to(second)
    second.symlink_to(first)
    assert _reason(first) == "symbolic link loop (too many levels of links)"


def test_symbolic_link_loop_among_the_arguments_leaves_the_good_file_parsed(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    good = tmp_path / "good.txt"
    good.write_text(DRAFT, encoding="utf-8")
    files = collect_paths([loop, good])
    assert files == [loop, good]
    outcomes = [parse_file(path) for path in files]
    assert outcomes[0] == FileError(str(loop), "symbolic link loop (too many levels of links)")
    assert outcomes[1].text == DRAFT


def test_link_to_a_regular_file_is_followed_and_keeps_the_name_given(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text(DRAFT, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    ingested = read_path(link)
    assert (ingested.text, ingested.info.path) == (DRAFT, str(link))


def test_broken_link_says_where_it_points(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "deleted.txt")
    assert (
        _reason(link)
        == f"broken symbolic link (it points to {tmp_path / 'deleted.txt'}, which does not exist)"
    )


@pytest.mark.timeout(20)
def test_link_to_dev_zero_is_refused_without_reading_it(tmp_path):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    assert _reason(link) == "is a character device, not a regular file"
    chain = tmp_path / "chain.txt"
    chain.symlink_to(link)  # a link to the link: the final target decides
    assert _reason(chain) == "is a character device, not a regular file"


@pytest.mark.timeout(20)
def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # nobody writes: opening it for reading would block forever
    assert _reason(fifo) == "is a FIFO (named pipe), not a regular file"


@pytest.mark.timeout(20)
def test_socket_is_refused(tmp_path):
    path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        assert _reason(path) == "is a socket, not a regular file"


def test_missing_file_a_folder_and_a_nul_in_the_name(tmp_path):
    assert _reason(tmp_path / "nope.txt") == "no such file"
    assert _reason(tmp_path) == "is a directory, not a file"
    assert _reason(f"{tmp_path}/a\x00b.txt") == "invalid file name (it contains a NUL character)"
    assert _reason(tmp_path / "missing-folder" / "x.txt") == "no such file"


# ------------------------------------------------------------------------------------------------- bounds


def test_a_file_past_the_size_limit_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(DRAFT * 100, encoding="utf-8")
    size = big.stat().st_size
    with pytest.raises(IngestError) as err:
        read_path(big, limits=Limits(max_bytes=size - 1))
    assert err.value.reason.startswith("file too large: ")
    assert f"raise it with --max-bytes or {ENV_MAX_BYTES}" in err.value.reason
    assert read_path(big, limits=Limits(max_bytes=size)).text == DRAFT * 100


def test_the_default_limits_suit_policy_documents():
    assert Limits() == Limits(max_bytes=50 * 2**20, max_line_chars=200_000)


def test_a_line_past_the_line_limit_is_refused_with_its_number():
    text = "第一条　总则。\n" + "很长的一行" * 40_001 + "\n第二条　附则。\n"  # 200,005 characters on line 2
    with pytest.raises(IngestError) as err:
        read_bytes(text.encode(), name="long.txt")
    assert err.value.reason == (
        f"line 2 is 200,005 characters long (limit 200,000; raise it with --max-line-chars or {ENV_MAX_LINE_CHARS})"
    )
    assert read_bytes(text.encode(), name="long.txt", limits=Limits(max_line_chars=200_005)).text == text


def test_the_line_limit_applies_to_the_text_read_not_to_the_markup():
    # A minified page is one line of markup; its text is short lines, and passes.
    paragraphs = "".join(f"<p>（{n}）对符合条件的项目给予补助。</p>" for n in range(2000))
    page = f'<html><head><meta charset="utf-8"><title>措施</title></head><body><div id="zoom">{paragraphs}</div></body></html>'
    assert len(page) > 50_000
    assert (
        read_bytes(page.encode(), name="min.html", limits=Limits(max_line_chars=1000)).text.count("\n")
        == 2000
    )


def test_what_a_docx_expands_to_is_bounded_by_the_size_limit():
    body = "".join(f"<w:p><w:r><w:t>{'补助资金' * 500}</w:t></w:r></w:p>" for _ in range(50))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "word/document.xml", f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
        )
    data = buffer.getvalue()
    assert len(data) < 20_000  # repetitive XML compresses about 100:1, under the zip-bomb ratio
    with pytest.raises(IngestError, match=r"text too large: 100,049 characters \(limit 20,000"):
        read_bytes(data, name="dense.docx", limits=Limits(max_bytes=20_000))


def test_limits_from_the_environment():
    assert Limits.from_env({}) == Limits()
    limits = Limits.from_env({ENV_MAX_BYTES: "2MB", ENV_MAX_LINE_CHARS: "5_000"})
    assert limits == Limits(max_bytes=2 * 2**20, max_line_chars=5000)
    assert [parse_size(text) for text in ("1000", "512k", "1.5GiB", "50 MB")] == [
        1000,
        524288,
        1610612736,
        52428800,
    ]
    with pytest.raises(ValueError, match=f"{ENV_MAX_BYTES}: not a size: 'lots'"):
        Limits.from_env({ENV_MAX_BYTES: "lots"})
    with pytest.raises(ValueError, match=f"{ENV_MAX_LINE_CHARS}: not a positive whole number: '0'"):
        Limits.from_env({ENV_MAX_LINE_CHARS: "0"})


# --------------------------------------------------------------------------------------------------- names


def test_a_newline_in_a_file_name_does_not_split_the_error_line(tmp_path):
    path = tmp_path / "第一稿\n最终版.txt"
    path.write_bytes(b"")
    with pytest.raises(IngestError) as err:
        read_path(path)
    assert str(err.value) == f"{tmp_path}/第一稿\\n最终版.txt: empty file"
    assert err.value.source == str(path)  # the name itself is kept as given
    assert FileError(str(path), "empty file").line() == f"{tmp_path}/第一稿\\n最终版.txt: empty file"


def test_control_characters_and_undecodable_bytes_of_a_name_are_escaped():
    assert printable("a\tb\rc\x1bd\x7f.txt") == "a\\tb\\rc\\x1bd\\x7f.txt"
    assert printable(os.fsdecode(b"caf\xe9.txt")) == "caf\\xe9.txt"  # not UTF-8: shown as its byte
    assert printable("关于\u2028征求意见.txt") == "关于\\u2028征求意见.txt"
    assert printable("普通的文件名 (1).docx") == "普通的文件名 (1).docx"


# ---------------------------------------------------------------------------------------------- .docx


def _numbering_at(start: int, fmt: str) -> str:
    return (
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
        f'<w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:suff w:val="nothing"/><w:lvlText w:val="%1."/>'
        '</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )


def _numbered_paragraphs(count: int) -> str:
    return (
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>条目</w:t></w:r></w:p>'
        * count
    )


@pytest.mark.timeout(20)
@pytest.mark.parametrize("fmt", ["lowerRoman", "upperRoman", "lowerLetter", "upperLetter", "chineseCounting"])
def test_a_numbering_start_of_a_trillion_renders_in_decimal_at_once(fmt):
    data = make_docx(_numbered_paragraphs(3), _numbering_at(10**12, fmt))
    assert read_bytes(data, name="n.docx").text.split("\n") == [
        "1000000000000.条目",
        "1000000000001.条目",
        "1000000000002.条目",
    ]


def test_numbers_within_what_a_format_can_write_are_written_in_it():
    def labels(start: int, fmt: str) -> list[str]:
        text = read_bytes(make_docx(_numbered_paragraphs(2), _numbering_at(start, fmt)), name="n.docx").text
        return [line.removesuffix("条目") for line in text.split("\n")]

    assert labels(3998, "upperRoman") == ["MMMCMXCVIII.", "MMMCMXCIX."]
    assert labels(27, "lowerLetter") == ["aa.", "bb."]
    assert labels(779, "upperLetter") == ["Y" * 30 + ".", "Z" * 30 + "."]
    assert labels(10009, "chineseCounting") == ["一万零九.", "一万零一十."]


def test_an_oversized_level_text_is_no_label():
    numbering = _numbering_at(1, "decimal").replace('w:val="%1."', f'w:val="{"第%1条" * 100}"')
    assert read_bytes(make_docx(_numbered_paragraphs(2), numbering), name="n.docx").text == "条目\n条目"


def _document_xml_span(data: bytes) -> range:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    return range(start, start + info.compress_size)


MEANINGFUL = (
    "damaged .docx: word/document.xml is corrupt: its compressed data does not decompress",
    "damaged .docx: word/document.xml is corrupt: its checksum does not match its content",
    "damaged .docx: word/document.xml is cut short: its compressed data ends early",
)


def test_a_bit_flipped_docx_says_what_is_wrong_in_words():
    data = DOCX.read_bytes()
    reasons = set()
    for position in _document_xml_span(data)[::3]:
        flipped = bytearray(data)
        flipped[position] ^= 0x10
        try:
            read_bytes(bytes(flipped), name="flipped.docx")
        except IngestError as err:
            reasons.add(err.reason)
    assert reasons, "flipping bits of the compressed document must break it"
    assert reasons <= set(MEANINGFUL) | {r for r in reasons if "is not well-formed XML" in r}, reasons
    assert all("()" not in reason for reason in reasons)


def test_a_docx_whose_directory_disagrees_with_its_data_says_so():
    data = bytearray(DOCX.read_bytes())
    span = _document_xml_span(bytes(data))
    header = span.start - 30 - len("word/document.xml")
    data[header + 30] ^= 0x01  # the member's name in its local header no longer matches the directory
    with pytest.raises(IngestError) as err:
        read_bytes(bytes(data), name="skewed.docx")
    assert err.value.reason == "damaged .docx: the zip directory does not match the data of word/document.xml"
