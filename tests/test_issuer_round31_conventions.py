"""Round 31's issuer conventions (field corpus header, D5 and D6): the state's name before a central body in an
order's naming is dropped, also when the order's number in its year stands on the line under its name or when only a
note cites the order; a congress session that adopts a plan outline is not its issuer (the next naming is, or none).
D4 and D7 (the document's own order header or title head before a database's line or a site's field) were read
already; the guards below keep them."""

from parsers.structure import parse_structure

ARTICLES = "第一条 为了规范农村道路养护，制定本规定。\n第二条 本规定适用于全国的农村道路。\n"
PLAN = "第一章 发展基础\n“十五五”时期是甲省发展的关键时期。\n第二章 总体要求\n坚持稳中求进工作总基调。\n"


def test_an_order_numbered_in_its_year_on_the_next_line_names_the_body_without_the_state() -> None:
    text = (
        "中华人民共和国农业部令\n2033 年第 37 号\n"
        "《农村道路养护管理规定》已于2033年3月18日经第4次部务会议通过，现予公布，自2033年5月1日起施行。\n"
        "部长 张三\n二○三三年三月二十日\n农村道路养护管理规定\n" + ARTICLES
    )
    structure = parse_structure(text)
    assert structure.issuer == "农业部"


def test_a_note_citing_the_state_council_s_order_names_the_state_council() -> None:
    text = (
        "农村道路养护条例\n"
        "（2032年4月9日中华人民共和国国务院令第586号公布 根据2034年9月3日《国务院关于修改〈农村道路养护条例〉的决定》修订）\n"
        "第一章 总则\n" + ARTICLES
    )
    assert parse_structure(text).issuer == "国务院"


def test_a_congress_session_adopting_a_plan_outline_is_not_its_issuer() -> None:
    text = (
        "甲省国民经济和社会发展第十五个五年规划纲要\n"
        "（2033年2月9日甲省第十一届人民代表大会第八次会议审查批准）\n" + PLAN
    )
    assert parse_structure(text).issuer is None


def test_a_plan_outline_adopted_by_a_city_congress_with_its_period_after_the_name() -> None:
    text = (
        "乙市国民经济和社会发展第十五个五年规划和二〇四〇年远景目标纲要（2031—2035年）\n"
        "——2033年2月2日乙市第十一届人民代表大会第八次会议通过\n" + PLAN
    )
    assert parse_structure(text).issuer is None


def test_a_plan_outline_s_information_source_after_the_page_s_time_is_its_issuer() -> None:
    text = (
        "丙市国民经济和社会发展第十五个五年规划纲要\n\n"
        "发布时间:2033-04-21 15:06信息来源:丙市人民政府\n\n"
        "丙市国民经济和社会发展第十五个五年规划纲要\n"
        "(2033年2月6日丙市第十一届人民代表大会第八次会议批准)\n" + PLAN
    )
    assert parse_structure(text).issuer == "丙市人民政府"


def test_guard_a_regulation_adopted_by_a_congress_keeps_the_congress() -> None:
    text = (
        "丁市农村道路养护条例\n（2033年10月15日丁市第十一届人民代表大会常务委员会第二十七次会议通过）\n"
        "第一章 总则\n" + ARTICLES
    )
    assert parse_structure(text).issuer == "丁市第十一届人民代表大会常务委员会"


def test_guard_a_city_s_order_header_over_a_database_s_province_line() -> None:
    text = (
        "戊市绿道管理办法\n\n甲省戊市人民政府\n\n戊市绿道管理办法\n\n戊市人民政府令第71号\n\n"
        "《戊市绿道管理办法》已经2033年11月20日市人民政府第52次常务会议通过，现予公布，自2034年1月1日起施行。\n\n"
        "市长 李四\n二〇三三年十一月二十四日\n" + ARTICLES
    )
    assert parse_structure(text).issuer == "戊市人民政府"
