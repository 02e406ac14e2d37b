"""Round 18 of titles, on documents written for these tests (no corpus text).

Chrome is recognised by its form, whatever the site's words: a metadata row whose label runs into its value without a
colon (发文日期2026年01月26日, 时效性现行有效), a gazette's masthead with its issue number (甲市人民政府公报(2026年第3、
4期)), a browser title's suffix of short segments after the document's kind (…规划纲要-规划-政务公开-丙之窗), a law
database's bare edition tag (…条例(2026修正)). None of them is a title or part of one; a gazette's bulleted issuer
line over 关于… opens the title.
"""

from __future__ import annotations

import pytest
from test_structure_properties import check_invariants

from parsers.structure import Structure, parse_structure
from parsers.structure.chrome_form import is_labelled_value, is_masthead, is_segmented_suffix
from parsers.structure.page_label import drop_edition_note
from parsers.structure.titles import drop_appended_note


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


LAW_SITE_ROWS = (
    "发文机关甲省人民政府办公厅\n"
    "发文日期2026年01月26日\n"
    "时效性现行有效\n"
    "发文字号甲政办函〔2026〕2号\n"
    "施行日期2026年01月26日\n"
    "乙市人民政府:\n"
    "为加快沿湖地区发展，省政府同意扩大乙市开放区的范围，增列丙县和丁县。\n"
    "甲省人民政府办公厅\n"
    "二〇二六年一月二十六日\n"
)


def test_a_fragment_under_rows_without_colons_has_no_title() -> None:
    structure = parse(LAW_SITE_ROWS)
    assert structure.title is None
    assert structure.notice_title is None


def test_the_rows_give_way_to_a_title_line_under_them() -> None:
    text = LAW_SITE_ROWS.replace(
        "乙市人民政府:\n", "甲省人民政府办公厅关于扩大乙市开放区范围的复函\n乙市人民政府:\n"
    )
    assert parse(text).title == "甲省人民政府办公厅关于扩大乙市开放区范围的复函"


def test_rows_with_converter_glosses_are_rows_too() -> None:
    text = LAW_SITE_ROWS.replace("发文机关", "發(fā)文機(jī)關(guān)").replace("发文日期", "發(fā)文日期")
    assert parse(text).title is None


@pytest.mark.parametrize(
    "line",
    [
        "发文日期2026年01月26日",
        "发布时间2026-01-02 10:11",
        "成文日期2026.3.4",
        "發(fā)文日期2026年01月26日",
        "发文字号甲政办函〔2026〕2号",
        "时效性现行有效",
        "时效性已失效",
    ],
)
def test_a_label_run_into_its_value_is_a_row(line: str) -> None:
    assert is_labelled_value(line)


@pytest.mark.parametrize(
    "line",
    [
        "关于调整发文日期的通知",
        "甲市2026年重点工作时间表",
        "实施日期调整方案",
        "甲市有效投资三年行动计划",
        "2026年1月26日",
    ],
)
def test_a_title_that_names_a_date_or_a_number_is_no_row(line: str) -> None:
    assert not is_labelled_value(line)


GAZETTE = (
    "甲市人民政府公报(2026年第3、4期)\n"
    "字体大小: 打印\n"
    "  • 年度期数 2026年第3、4期\n"
    "  • 成文日期 2026-02-28\n"
    "  •   甲市人民政府\n"
    "\n"
    "      关于2026年重点办好城乡建设和\n"
    "\n"
    "      改善人民生活方面实事的通知\n"
    "\n"
    "      (2026年1月29日)\n"
    "\n"
    "      甲政发〔2026〕1号\n"
    "\n"
    "      各区人民政府，市政府各部门:\n"
    "\n"
    "      市政府决定，2026年重点办好一批实事。现就有关事项通知如下:\n"
    "\n"
    "      一、促进城乡就业\n"
)


def test_a_gazettes_masthead_is_not_the_title_of_a_notice_in_it() -> None:
    structure = parse(GAZETTE)
    assert structure.title == "甲市人民政府关于2026年重点办好城乡建设和改善人民生活方面实事的通知"
    assert structure.issuer == "甲市人民政府"


def test_a_bulleted_menu_entry_names_no_issuer() -> None:
    text = (
        "- 国务院部门\n"
        "- 省市政府\n"
        "- 州市政府\n"
        "各州、市人民政府:\n"
        "现将《甲城市群发展规划》印发给你们，请认真贯彻执行。\n"
        "甲省人民政府\n"
        "2026年7月22日\n"
    )
    assert parse(text).issuer == "甲省人民政府"


@pytest.mark.parametrize(
    "line",
    [
        "甲市人民政府公报(2026年第3、4期)",
        "甲市人民政府公报2026年第3期",
        "甲市人民政府主办2026年第2号(总第55号)",
        "甲省人民政府公报 总第390期",
    ],
)
def test_a_masthead_carries_an_issue_number(line: str) -> None:
    assert is_masthead(line)


@pytest.mark.parametrize(
    "line",
    [
        "2026年甲市国民经济和社会发展统计公报",
        "关于印发甲市政府公报编发管理办法的通知",
        "甲市职业技能提升行动第二期实施方案",
        "关于举办第3期干部培训班的通知",
    ],
)
def test_a_title_is_no_masthead(line: str) -> None:
    assert not is_masthead(line)


def test_a_browser_titles_column_and_site_are_dropped_whatever_their_words() -> None:
    text = (
        "甲市乙区国民经济和社会发展第十五个五年规划纲要-规划-政务公开-丙之窗\n"
        "政务公开 > 规划 > 区级规划纲要\n"
        "  1. [发文单位] 甲市乙区人民政府\n"
        "  2. [发布日期]2026-01-16\n"
        "\n"
        "甲市乙区国民经济和社会发展第十五个五年规划纲要\n"
        "\n"
        "分享:\n"
        "打印本页\n"
        "\n"
        "目 录\n"
        "\n"
        "  第一篇 全面实施区域发展转型\n"
    )
    assert parse(text).title == "甲市乙区国民经济和社会发展第十五个五年规划纲要"


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("甲区发展规划纲要-规划-政务公开-丙之窗", "甲区发展规划纲要"),
        ("甲市物业管理办法_政策文件_甲市人民政府门户网站", "甲市物业管理办法"),
        ("甲—乙城市群发展规划", "甲—乙城市群发展规划"),  # a dash between two names opens the title
        ("关于印发甲-乙合作区建设方案的通知", "关于印发甲-乙合作区建设方案的通知"),
        (
            "甲市乡村振兴促进条例-甲市乡村振兴促进工作的具体规定",
            "甲市乡村振兴促进条例-甲市乡村振兴促进工作的具体规定",
        ),
    ],
)
def test_only_a_suffix_of_short_segments_after_the_kind_is_the_sites(title: str, kept: str) -> None:
    assert drop_appended_note(title) == kept


def test_segments_are_short() -> None:
    assert is_segmented_suffix("规划-政务公开-丙之窗")
    assert not is_segmented_suffix("乙丙丁戊城市群发展规划")
    assert not is_segmented_suffix("甲市乡村振兴促进工作的具体规定")


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("甲自治区预算管理条例(2026修正)", "甲自治区预算管理条例"),
        ("甲省物业管理条例（2025修订）", "甲省物业管理条例"),
        # with 年 too (D14: …条例（2019年修正）); edition_tag.py puts it back where the text names the law only with it
        ("甲省物业管理条例(2019年修订)", "甲省物业管理条例"),
        ("甲省2026修正工作方案", "甲省2026修正工作方案"),
    ],
)
def test_a_law_databases_bare_edition_tag_is_dropped(title: str, kept: str) -> None:
    assert drop_edition_note(title) == kept


def test_a_regulation_under_its_tagged_label_keeps_the_tag_of_its_only_heading() -> None:
    # the field conventions' D14 (round 34, round 17 as written): named nowhere without it, the tag is the edition
    text = (
        "甲自治区预算管理条例(2026修正)\n"
        "\n"
        "2026-05-15 01:31\n"
        "\n"
        "1. 甲自治区预算管理条例(2026修正)\n"
        "\n"
        "第一条 为加强预算管理，根据有关法律，结合本区实际，制定本条例。第二条 本条例适用于本区。\n"
    )
    assert parse(text).title == "甲自治区预算管理条例(2026修正)"


# A site's lead of one paragraph over the document's own heading, with no 详情如下 between them.
LEAD_OVER_HEADING = (
    "中共甲省委、甲省人民政府日前发布关于全面推进美丽甲省建设的实施意见，甲省将统筹产业结构调整、污染治理、"
    "生态保护，推动全领域转型。\n"
    "中共甲省委 甲省人民政府关于全面推进美丽甲省建设的实施意见\n"
    "为深入贯彻落实有关精神，加快推进美丽甲省建设，提出如下实施意见。\n"
    "一、总体要求\n"
    "坚持生态优先，绿色发展。\n"
)


def test_a_lead_paragraph_over_the_heading_is_the_sites() -> None:
    structure = parse(LEAD_OVER_HEADING)
    assert structure.title is not None
    assert structure.title.replace(" ", "") == "中共甲省委甲省人民政府关于全面推进美丽甲省建设的实施意见"
    assert structure.issuer == "中共甲省委、甲省人民政府"


def test_a_lead_with_converter_glosses_over_a_traditional_heading() -> None:
    text = (
        "充分發(fā)揮市場(chǎng)作用，深化鐵路、公路、水路等行業(yè)體制改革，完善制度規則，推動(dòng)交通運輸跨區域統籌布局、"
        "跨方式一體銜接。\n"
        "甲辦公廳乙辦公廳關(guān)于加快建設(shè)統一開(kāi)放的交通運輸市場(chǎng)的意見(jiàn)\n"
        "(2026年12月12日)\n"
        "統一開(kāi)放的交通運輸市場(chǎng)是重要基礎(chǔ)。為深化改革，現提出如下意見(jiàn)。\n"
        "一、總體要求\n"
    )
    title = parse(text).title
    assert title is not None and title.startswith("甲辦公廳乙辦公廳關")
    assert title.endswith("市場(chǎng)的意見(jiàn)")


@pytest.mark.parametrize(
    "text",
    [
        # the body's own sentence over a cited name: no heading of its own (no 关于)
        "为规范物业管理，现将《甲市物业管理办法》印发给你们，请认真贯彻执行，结合实际抓好落实，确保取得实效。\n"
        "甲市物业管理办法\n"
        "第一条 为规范物业管理，制定本办法。\n",
        # a short first line is no lead
        "甲省要闻，日前发布。\n中共甲省委 甲省人民政府关于全面推进美丽甲省建设的实施意见\n一、总体要求\n",
        # the line under the prose is a sentence, not a heading
        "中共甲省委、甲省人民政府日前发布关于全面推进美丽甲省建设的实施意见，甲省将统筹产业结构调整、污染治理、"
        "生态保护。\n"
        "意见指出，要加快推进甲省关于生态建设的各项意见。\n",
    ],
)
def test_no_lead_without_a_heading_of_its_own_under_it(text: str) -> None:
    structure = parse(text)
    assert all(start > 0 for start, _ in structure.furniture)  # the first paragraph stays the text's


# A site's navigation printed as numbered lists, the numbering starting again for each group.
MENU_PAGE = (
    "政府信息公开\n"
    "\n"
    "    1. 规范性文件库\n"
    "\n"
    "    1. 目录\n"
    "    2. 区人民政府\n"
    "    3. 区人民政府办公室\n"
    "    1. 发展规划\n"
    "    2. 专项规划\n"
    "    1. 预决算公开\n"
    "    1. 政策问答\n"
    "    2. 政策解读\n"
    "\n"
    "甲省农业厅关于印发《甲省农业建设项目管理细则》《甲省农业补助项目管理细则》的通知\n"
    "发布日期:2026-10-27 09:45 字体: 访问量:207\n"
    "各市农业局:\n"
    "  现将《甲省农业建设项目管理细则》《甲省农业补助项目管理细则》印发给你们，请遵照执行。\n"
    "  甲省农业厅\n"
    "  2026年7月24日\n"
)


def test_a_numbered_menu_is_chrome_and_the_notice_under_it_is_read() -> None:
    structure = parse(MENU_PAGE)
    assert (
        structure.title == "甲省农业厅关于印发《甲省农业建设项目管理细则》《甲省农业补助项目管理细则》的通知"
    )
    assert structure.issuer == "甲省农业厅"


@pytest.mark.parametrize(
    ("lines", "menu"),
    [
        (["1. 目录", "2. 区政府", "1. 发展规划", "2. 专项规划", "1. 预决算公开"], 5),
        (["1. 目录", "2. 区政府", "1. 发展规划", "2. 专项规划"], 0),  # one restart: two lists, no menu
        (["1. 总则", "2. 组织体系", "3. 预警", "4. 应急响应", "5. 保障措施"], 0),  # a list that runs on
        (["1. 目录", "2. 区政府", "1. 加强组织领导，压实责任。", "1. 预决算公开"], 0),  # a sentence ends it
        (["1. 目录", "3. 区政府", "1. 发展规划", "1. 预决算公开"], 0),  # 1, 3: not a list
    ],
)
def test_a_menu_restarts_its_numbering_at_least_twice(lines: list[str], menu: int) -> None:
    from parsers.structure.lines import split_lines
    from parsers.structure.site_menu import menu_run

    assert menu_run(split_lines("\n".join(lines) + "\n正文。\n"), 0) == menu


def test_a_documents_own_numbered_items_stay_its_body() -> None:
    text = "甲市防汛应急预案\n1. 总则\n2. 组织体系\n1. 指挥部\n2. 办公室\n3. 预警\n"
    structure = parse(text)
    assert structure.title == "甲市防汛应急预案"
    assert not structure.furniture


# A periodical database's abstract page: its stored text opens with <正>; the article's title is in a field of its own.
ABSTRACT_PAGE = (
    "文章部分内容阅读\n"
    "<正>甲政发[2026]17号为有效降低机动车污染物排放，持续改善空气质量，市政府决定继续实施高峰时段区域限行"
    "交通管理措施。现就有关事项通告如下:一、本市行政区域内的公务用车按车牌尾号限行。\n"
)


def test_a_weak_line_over_an_abstracts_start_is_the_sites() -> None:
    assert parse(ABSTRACT_PAGE).title is None


def test_a_whole_title_over_an_abstracts_start_is_still_read() -> None:
    text = ABSTRACT_PAGE.replace(
        "文章部分内容阅读", "甲市人民政府关于继续实施高峰时段区域限行交通管理措施的通告"
    )
    assert parse(text).title == "甲市人民政府关于继续实施高峰时段区域限行交通管理措施的通告"


def test_a_headline_over_a_text_without_the_mark_is_still_read() -> None:
    text = "甲市新增四上企业奖励\n为鼓励企业做大做强，甲市对新增四上企业给予一次性奖励。\n"
    assert parse(text).title == "甲市新增四上企业奖励"


# A covering notice stored as one line: the enclosed document's heading runs on after the covering sentence.
ONE_LINE_COVER = (
    "<正>甲政办函[2026]54号2026年3月20日各区人民政府，市人民政府各工作部门:《甲湖生态旅游区建设实施方案》"
    "已经市政府同意，现印发给你们，请结合实际，认真贯彻执行。甲湖生态旅游区建设实施方案"
)


def test_the_heading_run_on_after_the_covering_sentence_is_the_title() -> None:
    assert parse(ONE_LINE_COVER).title == "甲湖生态旅游区建设实施方案"
    assert parse(ONE_LINE_COVER + " 一、总体要求 坚持生态优先。").title == "甲湖生态旅游区建设实施方案"


@pytest.mark.parametrize(
    "text",
    [
        ONE_LINE_COVER.replace(
            "《甲湖生态旅游区建设实施方案》", "《甲湖生态旅游区建设实施方案》《乙湖生态旅游区建设实施方案》"
        )
        + " 乙湖生态旅游区建设实施方案",  # two named, two printed: no single heading
    ],
)
def test_no_heading_unless_the_quoted_name_stands_bare_after_a_sentence(text: str) -> None:
    assert parse(text).title is None


def test_a_cover_that_only_quotes_what_it_issues_is_titled_by_that_name() -> None:
    # no heading printed, or other words run on: the covering sentence issues the one name to its addressees (as
    # 现将《X》印发给你们 does), and the run-on words are no heading
    assert parse(ONE_LINE_COVER + "的通知").title == "甲湖生态旅游区建设实施方案"
    assert (
        parse(ONE_LINE_COVER.removesuffix("甲湖生态旅游区建设实施方案")).title == "甲湖生态旅游区建设实施方案"
    )


NEWS_LEAD_OVER_FULL_TEXT = (
    "甲省“十五五”规划纲要(附全文) 发布时间:2026-02-05 14:12\n"
    "\n"
    "甲情报网讯:2026年1月30日甲省人民代表大会第五次会议通过《甲省国民经济和社会发展第十五个五年规划纲要》，"
    "《纲要》包括十个部分。以下为全文:\n"
    "\n"
    "《甲省国民经济和社会发展第十五个五年规划纲要》全文\n"
    "\n"
    "一、开启全面建设新征程\n"
    "(一)发展环境。\n"
)


def test_a_news_lead_with_a_colon_over_the_full_text_line() -> None:
    assert parse(NEWS_LEAD_OVER_FULL_TEXT).title == "甲省国民经济和社会发展第十五个五年规划纲要"


def test_a_paragraph_without_a_news_mark_over_a_quoted_name_is_no_lead() -> None:
    text = NEWS_LEAD_OVER_FULL_TEXT.replace("甲情报网讯:", "")
    lead = text.index("2026年1月30日")
    assert not any(
        start <= lead < end for start, end in parse(text).furniture
    )  # the paragraph stays the text's
    lead = NEWS_LEAD_OVER_FULL_TEXT.index("2026年1月30日")
    assert any(start <= lead < end for start, end in parse(NEWS_LEAD_OVER_FULL_TEXT).furniture)
