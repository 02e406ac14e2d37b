"""A page that prints its metadata as a numbered list (a law database's 1. 【颁布时间】 … 5. 【颁布单位】X, a
government site's 1. [主题分类] … 3. [发文单位] X) names the issuer in that list: the list is no heading of the text
(the head goes on through it), and a bracketed label is a field's label like 颁布单位：X. Taken as it stands when the
document names no body itself, before a note of adoption or promulgation; a document's own signature still comes
first (fixtures/field/documents.toml, round 23).

Texts are made up; the layouts are those of law databases and government disclosure pages.
"""

from parsers.pipeline import parse_bytes


def _issuer(text: str) -> str | None:
    return parse_bytes(text.encode("utf-8"), name="page.txt").issuer


_ARTICLES = (
    "第一章 总则\n"
    "第一条 为了保护和合理利用资源，根据有关法律、行政法规，结合本省实际，制定本条例。\n"
    "第二条 本条例适用于本行政区域内的有关活动。\n"
)


def _database_page(name: str, issuer: str, note: str) -> str:
    return (
        "• 法律图书馆\n"
        "  • 新法规速递\n"
        f"  • {name}\n"
        "    1. 【颁布时间】2031-11-23\n"
        f"    2. 【标题】{name}\n"
        "    3. 【发文号】\n"
        "    4. 【失效时间】\n"
        f"    5. 【颁布单位】{issuer}\n"
        "    6. 【法规来源】http://www.example.gov.cn/fg/2031/11/22/100819532.shtml\n"
        "    7. 【法规全文】\n"
        f"    {name}\n"
        f"    {note}\n"
        f"{_ARTICLES}"
    )


def test_a_databases_listed_promulgator_over_the_note_of_adoption() -> None:
    page = _database_page(
        "甲省湿地保护条例",
        "甲省人大常委会",
        "（2028年7月18日甲省第十届人民代表大会常务委员会第四次会议通过 2031年11月22日甲省第十一届人民代表大会常务委员会第九次会议修订）",
    )
    assert _issuer(page) == "甲省人大常委会"


def test_a_databases_listed_promulgator_keeps_the_province_over_a_note_of_promulgation() -> None:
    page = _database_page(
        "乙市公众参与政府立法办法",
        "甲省乙市人民政府",
        "（2031年12月31日乙市人民政府令第175号公布 自2032年2月1日起施行）",
    )
    assert _issuer(page) == "甲省乙市人民政府"


def test_a_disclosure_pages_listed_issuing_unit() -> None:
    page = (
        "丙市丁区国民经济和社会发展第十五个五年规划纲要-规划-政务公开\n"
        "政务公开 > 规划 > 区级规划纲要\n"
        "  1. [主题分类] 国民经济、国有资产监管\n"
        "  2. [规划分类] 区级规划纲要\n"
        "  3. [发文单位] 丙市丁区人民政府\n"
        "  4. [发布日期]2031-01-16\n"
        "丙市丁区国民经济和社会发展第十五个五年规划纲要\n"
        "第一章 发展基础\n"
        "第一节 主要成就\n"
        "全区经济保持平稳增长，民生持续改善。\n"
    )
    assert _issuer(page) == "丙市丁区人民政府"


def test_the_documents_own_signature_comes_before_the_listed_field() -> None:
    page = _database_page(
        "戊市生活垃圾分类管理条例",
        "甲省戊市人大常委会",
        "戊市人民代表大会常务委员会公告\n"
        "《戊市生活垃圾分类管理条例》已于2031年12月27日经戊市第五届人民代表大会常务委员会第二十次会议通过，现予公布。\n"
        "戊市人民代表大会常务委员会\n"
        "2032年3月31日",
    )
    assert _issuer(page) == "戊市人民代表大会常务委员会"
