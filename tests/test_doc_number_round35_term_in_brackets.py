"""文号 of round 35: a congress standing committee's 公告 whose number names the committee's term, inside the number's
brackets ((十五届第三十九号)) or before it in brackets of its own (〔十三届〕第七十七号, 【第五届】19号), under the header
(whole, or broken before 公 告). Round 13: doc_number = the header with its number as written. Texts are made up
(白石市 invented)."""

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


def test_a_term_in_lenticular_brackets_before_the_number_joins_the_header() -> None:
    text = "白石市人民代表大会常务委员会公告\n\n〔十五届〕 第三十九号\n\n" + _SENTENCE
    assert _number(text) == "白石市人民代表大会常务委员会公告〔十五届〕第三十九号"


def test_a_term_in_small_brackets_before_the_number_joins_the_header() -> None:
    text = "白石市人民代表大会常务委员会公告\n﹝十五届﹞第二十二号\n" + _SENTENCE
    assert _number(text) == "白石市人民代表大会常务委员会公告﹝十五届﹞第二十二号"


def test_a_bracketed_term_with_its_own_di_may_leave_the_number_without_one() -> None:
    text = "白石市人民代表大会常务委员会公告\n【第五届】19号\n" + _SENTENCE
    assert _number(text) == "白石市人民代表大会常务委员会公告【第五届】19号"


def test_a_number_with_neither_term_nor_di_is_no_announcements_number() -> None:
    # 19号 alone under the header: no 第 and no term before it (a house number, a date's day)
    text = "白石市人民代表大会常务委员会公告\n19号\n" + _SENTENCE
    assert _number(text) != "白石市人民代表大会常务委员会公告19号"


_ARTICLES = (
    "第一条 为了加强殡葬管理，推进殡葬改革，根据有关规定，结合本区实际，制定本办法。\n"
    "第二条 本办法适用于本区行政区域内的殡葬活动。\n"
)


def test_an_orders_bracketed_note_under_a_decrees_title_gives_its_number() -> None:
    title = "青禾自治区殡葬管理实施办法\n"
    text = title + title + "(2031年10月29日青禾自治区人民政府令第34号)\n" + _ARTICLES
    assert _number(text) == "青禾自治区人民政府令第34号"


def test_a_bracketed_date_alone_gives_no_number() -> None:
    assert _number("青禾自治区殡葬管理实施办法\n(2031年10月29日)\n" + _ARTICLES) is None
