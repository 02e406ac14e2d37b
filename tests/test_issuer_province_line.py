"""A province before a city's organ (field conventions, round 23): a law database's issuer line under the headline is
taken as it stands, the province with it, when the document names the body nowhere itself; the document's own naming
(its signature, its own issuer line under its repeated title) keeps the city's form."""

from parsers.structure import parse_structure as parse


def test_a_database_line_keeps_its_province_when_the_document_names_no_body():
    regulation = "甲市停车场管理规定\n某乙省甲市人民政府\n第一条 为了规范停车场管理，制定本规定。\n第二条 本规定适用于本市。\n"
    assert parse(regulation).issuer == "某乙省甲市人民政府"
    office = "丙市政务公开考核办法\n某丁省丙市人民政府办公室\n第一条 为了推进政务公开，制定本办法。\n"
    assert parse(office).issuer == "某丁省丙市人民政府办公室"
    region = "戊地区耕地保护考核办法\n某己自治区戊地区行政公署\n第一条 为了保护耕地，制定本办法。\n"
    assert parse(region).issuer == "某己自治区戊地区行政公署"


def test_the_documents_signature_keeps_the_citys_own_form():
    text = (
        "甲市中考管理规定\n某乙省甲市人民政府\n关于批转甲市中考管理规定的通知\n各区人民政府：\n"
        "市人民政府同意市教育局的规定，现转发给你们，请遵照执行。\n甲市人民政府\n二〇〇五年六月十七日\n"
    )
    assert parse(text).issuer == "甲市人民政府"
    office = (
        "关于印发丙市建议办理规则的通知\n某丁省丙市人民政府办公室\n各县人民政府：\n"
        "《丙市建议办理规则》已经市政府同意，现印发给你们。\n丙市人民政府办公室\n二〇一〇年四月七日\n"
    )
    assert parse(office).issuer == "丙市人民政府办公室"


def test_the_documents_own_line_under_its_repeated_title_keeps_the_citys_form():
    text = "甲市地名管理办法\n某乙省甲市人民政府\n甲市地名管理办法\n甲市人民政府\n第一章 总则\n第一条 为了加强地名管理，制定本办法。\n"
    assert parse(text).issuer == "甲市人民政府"


def test_a_signature_without_its_place_still_takes_the_head_lines_fuller_form():
    text = (
        "关于征求意见的函\n丙州人大常委会法工委\n各县人大常委会：\n现征求意见，请于月底前反馈。\n"
        "州人大常委会法工委\n2031年5月1日\n"
    )
    assert parse(text).issuer == "丙州人大常委会法工委"
