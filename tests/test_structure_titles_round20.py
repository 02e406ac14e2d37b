"""Round 20 of titles, on documents written for these tests (no corpus text).

A list of documents under a 目录 mark (a gazette's contents, a collection's index) is no document: its entries are
never the text's title or notice title, and a line above it naming no kind of document (a masthead, a page's
headline) names the gazette, not a document. A title naming a kind above its own chapter list, a compilation named
as such, and a site menu whose labels happen to end with a kind word keep their titles.
"""

from __future__ import annotations

from test_structure_properties import check_invariants

from parsers.structure import Structure, parse_structure
from parsers.structure.contents_list import listed_title, listing


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


GAZETTE_CONTENTS = (
    "甲市人民政府主办2026年第4号(总第80号)\n"
    "目录\n"
    "市政府文件\n"
    "市人民政府关于印发甲市公共停车场建设管理办法的通知\n"
    "市人民政府关于甲市推进数字乡村建设若干措施的通知\n"
    "市人民政府办公室关于印发甲市老年助餐服务实施方案的通知\n"
    "市人民政府办公室关于2025年度全市政务公开工作情况的通报\n"
    "市人民政府办公室关于成立甲市文明城市创建领导小组的通知\n"
    "工作任务\n"
    "责任单位\n"
    "完成时限\n"
    "一、完善停车设施规划\n"
    "市自然资源局,各县区政府\n"
    "2026年12月\n"
)

ONE_LINE_CONTENTS = (
    "乙市道路养护专项检查\n"
    "道路养护专项检查 时间:2025-06-03 阅读:(\n"
    ")\n"
    "第2期(总第61期)乙市人民政府刊物(内部资料注意保存)目录乙市人民政府关于印发乙市河道管理办法的通知"
    "(乙府发〔2025〕3号)……(2)乙市人民政府关于加快发展夜间经济的实施意见(乙府发〔2025〕5号)……(6)"
    "关于王某某等同志职务任免的通知(乙府字〔2025〕11号)……(9)关于李某某同志任职的通知(乙府字〔2025〕12号)……(10)"
    "关于赵某某同志免职的通知(乙府字〔2025〕13号)……(10)\n"
)


def test_gazette_contents_entry_is_no_title() -> None:
    """A gazette's contents: the first entry (a covering notice) gives neither a title nor a notice title."""
    structure = parse(GAZETTE_CONTENTS)
    assert structure.title is None
    assert structure.notice_title is None


def test_headline_over_one_line_contents_is_no_title() -> None:
    """A page's headline naming no kind of document, over a one-line gazette index, names the page."""
    structure = parse(ONE_LINE_CONTENTS)
    assert structure.title is None
    assert structure.notice_title is None


def test_listing_needs_names_together() -> None:
    """Four names ending with a kind and then a page number, a bracket or the line's end; menu labels are none."""
    assert listing(GAZETTE_CONTENTS) is not None
    assert listing(ONE_LINE_CONTENTS) is not None
    menu = "1. 目录\n2. 专项规划\n3. 区域规划\n4. 政策解读\n5. 决策公开制度\n6. 清单目录\n"
    assert listing(menu) is None  # labels of a site's menu, not names of documents
    words = "产品目录管理工作已经开始,请各单位报送材料。甲市关于印发X办法的通知\n" * 4
    assert listing(words) is None  # 目录 inside a word is no mark


def test_listed_title_reads_entries_and_lines_above() -> None:
    assert listed_title("市人民政府关于甲市推进数字乡村建设若干措施的通知", GAZETTE_CONTENTS)
    assert listed_title("甲市人民政府主办2026年第4号(总第80号)", GAZETTE_CONTENTS)
    assert not listed_title("甲市优惠政策汇编", "甲市优惠政策汇编\n" + GAZETTE_CONTENTS)  # names a kind: kept
    assert not listed_title(None, GAZETTE_CONTENTS)


PLAN_WITH_CHAPTERS = (
    "甲市城市更新专项规划(2026—2030年)\n"
    "目录\n"
    "第一章 总体要求\n"
    "第二章 重点任务\n"
    "第三章 保障措施\n"
    "第一章 总体要求\n"
    "为推进城市更新,制定本规划。\n"
    "第二章 重点任务\n"
    "实施老旧小区改造。\n"
    "第三章 保障措施\n"
    "加强组织领导。\n"
)

MENU_OVER_NOTICE = (
    "政府信息公开\n"
    "1. 目录\n"
    "2. 专项规划\n"
    "3. 区域规划\n"
    "4. 政策解读\n"
    "5. 决策公开制度\n"
    "甲市农业农村局关于印发《甲市高标准农田建设项目管理办法》的通知\n"
    "各县区农业农村局:\n"
    "现将《甲市高标准农田建设项目管理办法》印发给你们,请遵照执行。\n"
    "甲市农业农村局\n"
    "2026年2月1日\n"
    "甲市高标准农田建设项目管理办法\n"
    "第一条 为规范高标准农田建设项目管理,制定本办法。\n"
)

COMPILATION = (
    "甲省惠企政策汇编\n"
    "目录\n"
    "甲省人民政府关于促进民营经济发展的若干措施(1)\n"
    "甲省人民政府办公厅关于支持小微企业融资的实施意见(5)\n"
    "甲省财政厅关于中小企业贷款贴息资金管理办法(9)\n"
    "甲省科学技术厅关于科技型企业研发补助实施细则(12)\n"
)


def test_near_misses_keep_their_titles() -> None:
    assert parse(PLAN_WITH_CHAPTERS).title == "甲市城市更新专项规划(2026—2030年)"
    menu = parse(MENU_OVER_NOTICE)
    assert menu.title == "甲市高标准农田建设项目管理办法"
    assert menu.notice_title == "甲市农业农村局关于印发《甲市高标准农田建设项目管理办法》的通知"
    assert parse(COMPILATION).title == "甲省惠企政策汇编"


ORDER_WITH_MENU = (
    "首     页 新 闻 中 心 政 务 公 开 办 事 服 务\n"
    "丙市人民政府令\n"
    "发布日期: 2026-01-10 来源: 市政府办公室\n"
    "第5号\n"
    "现将丙市城市绿化条例实施办法予以公布,该办法业经2026年1月5日市政府常务会议通过,自2026年3月1日起施行。\n"
    "市长:某某\n"
    "2026年1月8日\n"
    "丙市城市绿化条例实施办法\n"
    "第一条 为加强城市绿化管理,制定本办法。\n"
    "第二条 本办法适用于本市城市规划区。\n"
)

ORDER_IS_ITS_OWN_TEXT = (
    "丙市人民政府令\n"
    "第6号\n"
    "为做好森林防火工作,保护森林资源,市人民政府决定在全市范围内实行森林防火戒严,各单位须严格执行。\n"
    "丙市森林防火戒严区域名单\n"
    "一、北山林场\n"
)


def test_order_frames_the_regulation_after_its_note() -> None:
    """Menu, order's header, number, note of promulgation, signature, date: the regulation's title follows."""
    assert parse(ORDER_WITH_MENU).title == "丙市城市绿化条例实施办法"


def test_order_without_note_keeps_its_header() -> None:
    """Prose that promulgates nothing after the header: the order is its own text, no later line is its title."""
    assert parse(ORDER_IS_ITS_OWN_TEXT).title != "丙市森林防火戒严区域名单"


HEADLINE_OVER_OWN_HEADING = (
    "丁省茶叶产业促进条例\n"
    "B. 丁省林木种苗管理条例\n"
    "第一条 为了加强林木种苗管理,根据有关法律,结合本省实际,制定本条例。\n"
    "第二条 在本省行政区域内从事林木种苗活动,适用本条例。\n"
)

COVERING_OVER_OWN_HEADING = (
    "关于公布《丁省林木种苗管理条例》的公告\n丁省林木种苗管理条例\n第一条 为了加强林木种苗管理,制定本条例。\n"
)

TWO_KINDS_OVER_ARTICLES = (
    "丁省林木种苗管理条例\n丁省林木种苗管理条例实施细则\n第一条 为了实施条例,制定本细则。\n"
)


def test_heading_over_the_articles_outranks_a_headline_of_the_same_kind() -> None:
    """A database's headline naming another 条例 right over the text's own heading: the heading over 第一条 wins."""
    assert parse(HEADLINE_OVER_OWN_HEADING).title == "丁省林木种苗管理条例"


def test_own_heading_near_misses() -> None:
    """A covering title naming the heading keeps its reading; titles of different kinds are left as they were."""
    assert parse(COVERING_OVER_OWN_HEADING).title == "丁省林木种苗管理条例"
    assert parse(TWO_KINDS_OVER_ARTICLES).title == "丁省林木种苗管理条例"  # 条例 over 细则: not reordered


HEADLINE_OVER_CITING_DECISION = (
    "(专题)甲省乡村振兴促进规划纲要\n"
    "发布时间:2025-03-02 来源:文库\n"
    "甲省委 甲省人民政府\n"
    "关于贯彻实施《甲省乡村振兴促进规划纲要(2021—2025年)》的决定\n"
    "为全面贯彻实施《甲省乡村振兴促进规划纲要(2021—2025年)》,推动全省乡村全面振兴,现作如下决定。\n"
    "一、充分认识贯彻实施规划纲要的重大意义\n"
    "乡村振兴是重大任务。\n"
)


def test_title_acting_on_a_name_outranks_a_headline_naming_it() -> None:
    """A page's headline that only names X, over 关于贯彻实施《X》的决定 under its issuers: the decision is the text."""
    structure = parse(HEADLINE_OVER_CITING_DECISION)
    assert structure.title is not None
    assert structure.title.startswith("甲省委")
    assert structure.title.endswith("关于贯彻实施《甲省乡村振兴促进规划纲要(2021—2025年)》的决定")


def test_names_cited_reads_citing_not_issuing() -> None:
    from parsers.structure.own_heading import names_cited

    assert names_cited(
        "甲省乡村振兴促进规划纲要", "关于贯彻实施《甲省乡村振兴促进规划纲要(2021—2025年)》的决定"
    )
    assert not names_cited(
        "甲省乡村振兴促进规划纲要", "关于印发《甲省乡村振兴促进规划纲要》的通知"
    )  # issues it
    assert not names_cited(
        "关于《甲省规划纲要》的说明", "关于贯彻实施《甲省规划纲要》的决定"
    )  # the headline quotes
    assert not names_cited(
        "甲省国土空间规划", "关于贯彻实施《甲省乡村振兴促进规划纲要》的决定"
    )  # another name


NOTE_RUN_INTO_TITLE = (
    "*注:本篇规章已被《甲市人民政府关于废止部分政府规章的决定》(发布日期:2003年5月1日)废止(原因:不适应当前工作)"
    "甲市城市道路挖掘管理暂行办法\n"
    "(市政府1995年第12号令 1995年6月1日)\n"
    "第一条 为加强城市道路挖掘管理,制定本办法。\n"
    "第二条 本办法适用于本市城市道路。\n"
)

NOTE_WITHOUT_TITLE = (
    "*注:本篇规章已被《甲市人民政府关于废止部分政府规章的决定》(发布日期:2003年5月1日)废止(原因:不适应当前工作)"
    "请以新规定为准\n"
    "第一条 为加强城市道路挖掘管理,制定本办法。\n"
)


def test_title_run_on_after_a_validity_note() -> None:
    """A database's repeal note opening the line: the name after its last bracket, over the text's note, is the title."""
    assert parse(NOTE_RUN_INTO_TITLE).title == "甲市城市道路挖掘管理暂行办法"


def test_note_tail_naming_no_kind_is_no_title() -> None:
    assert parse(NOTE_WITHOUT_TITLE).title != "请以新规定为准"
