"""Round 31's issuer conventions (field corpus header, D5 and D6): the state's name before a central body in an
order's naming is dropped, also when the order's number in its year stands on the line under its name or when only a
note cites the order; a congress session that adopts a plan outline is not its issuer (the next naming is, or none).
D4 and D7 (the document's own order header or title head before a database's line or a site's field) were read
already; the guards below keep them."""

from parsers.structure import parse_structure

ARTICLES = "第一条 为了规范林木种苗管理，制定本规定。\n第二条 本规定适用于全国。\n"
PLAN = "第一章 发展基础\n“十五五”时期是甲省发展的关键时期。\n第二章 总体要求\n坚持稳中求进工作总基调。\n"


def test_an_order_numbered_in_its_year_on_the_next_line_names_the_body_without_the_state() -> None:
    text = (
        "中华人民共和国林业部令\n2031 年第 8 号\n"
        "《林木种苗管理规定》已于2031年6月7日经第7次部务会议通过，现予公布，自2031年8月1日起施行。\n"
        "部长 张三\n二○三一年七月五日\n林木种苗管理规定\n" + ARTICLES
    )
    structure = parse_structure(text)
    assert structure.issuer == "林业部"


def test_a_note_citing_the_state_council_s_order_names_the_state_council() -> None:
    text = (
        "林木种苗管理条例\n"
        "（2031年11月16日中华人民共和国国务院令第322号公布 根据2033年12月22日《国务院关于修改〈林木种苗管理条例〉的决定》修订）\n"
        "第一章 总则\n" + ARTICLES
    )
    assert parse_structure(text).issuer == "国务院"


def test_a_congress_session_adopting_a_plan_outline_is_not_its_issuer() -> None:
    text = (
        "甲省国民经济和社会发展第十五个五年规划纲要\n"
        "（2031年1月28日甲省第八届人民代表大会第四次会议审查批准）\n" + PLAN
    )
    assert parse_structure(text).issuer is None


def test_a_plan_outline_adopted_by_a_city_congress_with_its_period_after_the_name() -> None:
    text = (
        "乙市国民经济和社会发展第十五个五年规划和二〇四〇年远景目标纲要（2031—2035年）\n"
        "——2031年1月14日乙市第十六届人民代表大会第五次会议通过\n" + PLAN
    )
    assert parse_structure(text).issuer is None


def test_a_plan_outline_s_information_source_after_the_page_s_time_is_its_issuer() -> None:
    text = (
        "丙市国民经济和社会发展第十五个五年规划纲要\n\n"
        "发布时间:2031-06-07 11:48信息来源:丙市人民政府\n\n"
        "丙市国民经济和社会发展第十五个五年规划纲要\n"
        "(2031年1月14日丙市第五届人民代表大会第五次会议批准)\n" + PLAN
    )
    assert parse_structure(text).issuer == "丙市人民政府"


def test_guard_a_regulation_adopted_by_a_congress_keeps_the_congress() -> None:
    text = (
        "丁市林木种苗条例\n（2031年7月27日丁市第十五届人民代表大会常务委员会第三十五次会议通过）\n"
        "第一章 总则\n" + ARTICLES
    )
    assert parse_structure(text).issuer == "丁市第十五届人民代表大会常务委员会"


def test_guard_a_city_s_order_header_over_a_database_s_province_line() -> None:
    text = (
        "戊市公园管理办法\n\n甲省戊市人民政府\n\n戊市公园管理办法\n\n戊市人民政府令第136号\n\n"
        "《戊市公园管理办法》已经2031年8月8日市人民政府第73次常务会议通过，现予公布，自2031年10月1日起施行。\n\n"
        "市长 李四\n二〇三一年八月十日\n" + ARTICLES
    )
    assert parse_structure(text).issuer == "戊市人民政府"
