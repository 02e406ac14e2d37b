"""文号 of round 35: a congress standing committee's 公告 whose number names the committee's term inside its brackets
((十五届第三十九号)), under the header (whole, or broken before 公 告). Round 13: doc_number = the header with its number
as written. Texts are made up (白石市 invented)."""

from parsers.pipeline import parse_bytes

_SENTENCE = (
    "《白石市人民代表大会常务委员会关于修改〈白石市立法条例〉的决定》已由白石市第十五届人民代表大会常务委员会"
    "第三十次会议于2031年10月29日通过，现予公布，自公布之日起施行。\n白石市人民代表大会常务委员会\n2031年10月30日\n"
)


def _number(text: str) -> str | None:
    return parse_bytes(text.encode("utf-8"), name="doc.txt").doc_number


def test_a_term_inside_the_numbers_brackets_joins_the_header_broken_before_its_kind() -> None:
    text = "白石市人民代表大会常务委员会\n公 告\n(十五届第三十九号)\n" + _SENTENCE
    assert _number(text) == "白石市人民代表大会常务委员会公告(十五届第三十九号)"


def test_a_term_inside_the_numbers_brackets_joins_the_whole_header() -> None:
    text = "白石市人民代表大会常务委员会公告\n（五届第36号）\n" + _SENTENCE
    assert _number(text) == "白石市人民代表大会常务委员会公告（五届第36号）"
