"""Plain-text files: exact text, UTF-8 or GB18030 decoded strictly, newlines normalised, non-text refused."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from ingest_helpers import GB_TXT

from parsers.ingest import IngestError, read_bytes, read_path


def test_utf8_file_text_is_the_file_content_exactly(seed_path):
    ingested = read_path(seed_path)
    content = seed_path.read_bytes()
    assert ingested.text == content.decode("utf-8")
    assert ingested.info.format == "txt"
    assert ingested.info.encoding == "utf-8"
    assert ingested.info.sha256 == hashlib.sha256(content).hexdigest()
    assert ingested.info.n_bytes == len(content)
    assert ingested.info.path == str(seed_path)


def test_bom_is_stripped_and_reported():
    ingested = read_bytes(b"\xef\xbb\xbf" + "第一条　为规范管理，制定本办法。\n".encode(), name="a.txt")
    assert ingested.text == "第一条　为规范管理，制定本办法。\n"
    assert ingested.info.encoding == "utf-8-sig"


def test_crlf_and_lone_cr_become_lf_and_nothing_else_changes():
    data = "一、总体要求\r\n（一）指导思想。\r第二行　保留　空格  \r\n".encode()
    assert read_bytes(data, name="x.txt").text == "一、总体要求\n（一）指导思想。\n第二行　保留　空格  \n"


def test_gb18030_file_round_trips_with_gbk_only_characters():
    data = GB_TXT.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # so the GB18030 branch is the one under test
    ingested = read_path(GB_TXT)
    assert ingested.info.encoding == "gb18030"
    assert ingested.text == data.decode("gb18030")
    for char in "喆昇镕":  # in GBK/GB18030, not in GB2312
        assert char in ingested.text
        with pytest.raises(UnicodeEncodeError):
            char.encode("gb2312")
    assert ingested.text.splitlines()[0] == "云岭市关于支持花卉产业高质量发展的若干措施（征求意见稿）"
    assert ingested.text.rstrip("\n").splitlines()[-1] == "联系人：李喆　联系电话：0871-64200000"


def test_gbk_bytes_decode_as_gb18030():
    text = "对认定的企业给予一次性奖励50万元，联系人：王昇。\n"
    assert read_bytes(text.encode("gbk"), name="gbk.txt").text == text


_DRAFT_ALPHABET = st.sampled_from(
    list("一二三四五六七八九十第条章节（）()、。，；：“”《》—%万元年月日给予不超过奖励补助　 \n")
    + list("0123456789abcXYZ喆昇镕𠮷")
)


@settings(max_examples=150, deadline=None)
@given(st.text(_DRAFT_ALPHABET, min_size=1, max_size=300).filter(lambda t: t.strip()))
def test_any_utf8_or_gb18030_text_round_trips_exactly(text):
    assert read_bytes(text.encode("utf-8"), format="txt").text == text
    gb_bytes = text.encode("gb18030")
    try:
        gb_bytes.decode("utf-8")
        # Some short GB18030 byte strings are valid UTF-8 too ("一" is D2 BB, "һ" in UTF-8): UTF-8 wins by rule.
        assume(False)
    except UnicodeDecodeError:
        pass
    gb = read_bytes(gb_bytes, format="txt")
    assert (gb.text, gb.info.encoding) == (text, "gb18030")


def test_utf8_text_cut_inside_a_character_is_truncated_not_gb18030():
    data = "第一条　对认定的企业给予奖励。".encode()
    with pytest.raises(
        IngestError, match=r"truncated UTF-8 text: the file ends inside a character \(offset 42\)"
    ):
        read_bytes(data[:-1], name="cut.txt")
    # Without UTF-8 before the cut there is no evidence: "ab" + GB18030 "涓" (E4 B8) reads as GB18030.
    assert read_bytes(b"ab\xe4\xb8", name="gb.txt").text == "ab" + b"\xe4\xb8".decode("gb18030")


def test_control_characters_without_nul_are_binary():
    data = bytes(range(1, 32)) * 20 + "标题".encode()
    with pytest.raises(IngestError, match="binary file, not text"):
        read_bytes(data, name="ctl.txt")


def test_whitespace_only_file_is_empty():
    with pytest.raises(IngestError, match="empty file"):
        read_bytes(b" \n\r\n\t", name="blank.txt")
