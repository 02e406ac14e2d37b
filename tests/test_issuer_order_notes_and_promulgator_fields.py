"""Issuers of round 35, layouts of law libraries:

* a decree's text stored with its order only as a bracketed note under the title
  ((2031年10月29日甲自治区人民政府令第34号)), no header, signature or field naming a body;
* a promulgator's field copied without its colon (颁发部门  X, X(颁布单位)).

Texts are made up (places 青禾, 白石 invented).
"""

from parsers.pipeline import parse_bytes


def _issuer(text: str) -> str | None:
    return parse_bytes(text.encode("utf-8"), name="doc.txt").issuer


_ARTICLES = (
    "第一条 为了加强殡葬管理，推进殡葬改革，根据有关规定，结合本区实际，制定本办法。\n"
    "第二条 本办法适用于本区行政区域内的殡葬活动。\n"
    "第三条 各级民政部门负责本行政区域内的殡葬管理工作。\n"
)


# a law library's fields over the title: the 发布单位 holds a code, not a body
_FIELDS = "- 【发布单位】80502\n- 【发布文号】--\n- 【发布日期】2031-10-29\n- 【所属类别】地方法规\n"


def test_an_orders_bracketed_note_under_the_repeated_title_names_the_issuer() -> None:
    title = "青禾自治区殡葬管理实施办法\n"
    text = _FIELDS + title + title + "(2031年10月29日青禾自治区人民政府令第34号)\n" + _ARTICLES
    assert _issuer(text) == "青禾自治区人民政府"


def test_the_note_may_give_the_order_without_its_day() -> None:
    title = "白石市殡葬管理实施办法\n"
    text = title + title + "（白石市人民政府令第7号）\n" + _ARTICLES
    assert _issuer(text) == "白石市人民政府"


def test_a_bracketed_note_naming_no_organ_gives_no_issuer() -> None:
    # (2031年10月29日发布): a date alone in brackets names no body
    text = "白石市殡葬管理实施办法\n(2031年10月29日发布)\n" + _ARTICLES
    assert _issuer(text) is None


# a law library's field copied as text without its colon: the label and its value set off by spaces, or the label in
# brackets after its value
_LAW = (
    "第一条 为了规范地方性法规制定活动，提高立法质量，根据有关法律，结合本市实际，制定本条例。\n"
    "第二条 本市地方性法规的立项、起草、审议和公布，适用本条例。\n"
)


def test_a_promulgator_field_set_off_by_spaces_names_the_issuer() -> None:
    text = (
        "白石市制定地方性法规条例\n发布日期 2031-03-30\n颁发部门  白石市人大常委会\n实施日期 2031-06-01\n"
        + _LAW
    )
    assert _issuer(text) == "白石市人大常委会"


def test_a_promulgator_field_with_its_label_after_the_value_names_the_issuer() -> None:
    text = "白石市制定地方性法规条例\n青禾州人大常委会(颁布单位)\n2031-03-30(颁布日期)\n" + _LAW
    assert _issuer(text) == "青禾州人大常委会"


def test_a_date_field_names_no_issuer() -> None:
    assert _issuer("白石市制定地方性法规条例\n发布日期 2031-03-30\n" + _LAW) is None
