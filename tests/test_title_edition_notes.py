"""An edition note is part of a title (field conventions, round 17): (2031年修订版), (2031年版), (2031版), (2031修编版),
(2031年度修订) standing in the title's own lines, on a bracket line of its own under the heading, or inside the name the
covering notice quotes, like a period (2031-2035年). Only a site's label apart from the title is dropped (a document
site's (2031年更新) after its headline); when the plan's own heading has no edition, the heading as written is the title.

Texts are made up; the layouts are those of county portals, document-sharing sites and calls for comments.
"""

from parsers.structure import parse_structure
from parsers.structure.issued_names import quoted_names


def test_a_heading_repeated_in_a_bullet_takes_its_edition_line() -> None:
    # a page's headline gives the plan's name alone; the plan's own heading, repeated in a bullet, stands over its edition
    text = (
        "甲市人民政府\n"
        "  首页>信息公开>应急管理>应急预案\n"
        "\n"
        "甲市防汛抗旱应急预案\n"
        "\n"
        "  • 甲市政府门户网站 www.example.gov.cn\n"
        "  • 2031-07-30 10:50\n"
        "  • 打印本页\n"
        "  • 甲市防汛抗旱应急预案\n"
        "    (2031版)\n"
        "      1 总 则\n"
        "      1.1 编制目的\n"
        "      为做好甲市水旱灾害防范与处置工作，制定本预案。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲市防汛抗旱应急预案(2031版)"
    assert doc.status is None
    assert doc.notice_title is None


def test_a_quoted_heading_takes_its_edition_line() -> None:
    # a document site's file name and the heading in 《》 twice, the edition on its own line under them
    text = (
        "《乙市重污染天气应急预案》.docx\n"
        "- 文档编号:901\n"
        "- 页数:27\n"
        "《乙市重污染天气应急预案》\n"
        "《乙市重污染天气应急预案》\n"
        "(2031修编版)\n"
        "一、总则\n"
        "(一)编制目的\n"
        "为建立健全我市重污染天气应急响应机制，制定本预案。\n"
        "(二)编制依据\n"
        "依据有关法律法规。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "乙市重污染天气应急预案(2031修编版)"
    assert doc.status is None
    assert doc.notice_title is None


def test_an_edition_on_the_stage_line_stays_in_the_title() -> None:
    # the call names the draft without its edition; the draft's heading has (2031年版)(征求意见稿) under it
    text = (
        "关于征集《丙市旅游发展资金使用管理办法(征求意见稿)》意见建议的公告\n"
        "\n"
        "我局起草了《丙市旅游发展资金使用管理办法(征求意见稿)》，现公开征求意见。\n"
        "\n"
        "丙市旅游发展资金使用管理办法\n"
        "(2031年版)(征求意见稿)\n"
        "第一条 为规范旅游发展资金管理，制定本办法。\n"
        "第二条 本办法适用于本市。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "丙市旅游发展资金使用管理办法(2031年版)"
    assert doc.status == "征求意见稿"
    assert doc.notice_title == "关于征集《丙市旅游发展资金使用管理办法(征求意见稿)》意见建议的公告"


def test_a_plan_stored_with_only_its_contents_heading_takes_the_notices_edition() -> None:
    # no heading of the plan's own: its contents' heading names it, the notice quotes it with its edition
    text = (
        "关于印发《丁区防汛抗旱应急预案(2031年度修订)》的通知\n"
        "\n"
        "各部门：\n"
        "\n"
        "现将《丁区防汛抗旱应急预案(2031年度修订)》印发你们，请按要求贯彻落实。\n"
        "\n"
        "丁区党政办公室\n"
        "\n"
        "2031年5月6日\n"
        "\n"
        "《丁区防汛抗旱应急预案目录》\n"
        "\n"
        "1 总则 ........ 1\n"
        "\n"
        "2 组织体系 ........ 3\n"
        "\n"
        "1 总则\n"
        "\n"
        "1.1 编制目的\n"
        "\n"
        "为做好防汛抗旱工作，制定本预案。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "丁区防汛抗旱应急预案(2031年度修订)"
    assert doc.status is None
    assert doc.notice_title == "关于印发《丁区防汛抗旱应急预案(2031年度修订)》的通知"


def test_a_disclosure_note_over_the_plan_and_an_edition_line_that_lost_its_bracket() -> None:
    # 此件公开发布 under the signature is a note, not the title's first line; the edition line under the heading lost its (
    text = (
        "戊县人民政府关于印发戊县畜禽养殖禁养区划定方案(2031年修订版)的通知\n"
        "\n"
        "各乡镇人民政府：\n"
        "\n"
        "现将《戊县畜禽养殖禁养区划定方案(2031年修订版)》印发给你们，请认真贯彻落实。\n"
        "\n"
        "戊县人民政府\n"
        "\n"
        "2031年8月13日\n"
        "\n"
        "此件公开发布\n"
        "\n"
        "\n"
        "戊县畜禽养殖禁养区划定方案\n"
        "\n"
        "2031年修订版)\n"
        "\n"
        "根据有关法律法规规定，制定本方案。\n"
        "\n"
        "一、指导思想\n"
        "\n"
        "以生态文明思想为指导。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "戊县畜禽养殖禁养区划定方案(2031年修订版)"
    assert doc.status is None
    assert doc.notice_title == "戊县人民政府关于印发戊县畜禽养殖禁养区划定方案(2031年修订版)的通知"


def test_a_period_line_under_the_repeated_heading_stays() -> None:
    # a document site's headline, then the heading again with its period on its own line
    text = (
        "壬市现代农业发展规划实施方案\n"
        "\n"
        "文档之家 上传时间:2031-01-02\n"
        "\n"
        "壬市现代农业发展规划实施方案\n"
        "(2031-2035年)\n"
        "一、总体要求\n"
        "(一)指导思想\n"
        "坚持农业农村优先发展。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "壬市现代农业发展规划实施方案(2031-2035年)"
    assert doc.status is None
    assert doc.notice_title is None


def test_the_heading_as_written_when_only_the_notice_quotes_an_edition() -> None:
    # the plan's own heading has no edition: the heading as written (heldout10's rule), the notice keeps its wording
    text = (
        "己县人民政府办公室关于印发己县突发重大动物疫情应急预案(2031年修订)的通知\n"
        "\n"
        "各乡镇人民政府：\n"
        "\n"
        "《己县突发重大动物疫情应急预案(2031年修订)》已经县政府同意，现印发你们，请认真遵照执行。\n"
        "\n"
        "己县人民政府办公室\n"
        "\n"
        "2031年4月28日\n"
        "\n"
        "己县突发重大动物疫情应急预案\n"
        "\n"
        "1.总则\n"
        "\n"
        "1.1编制目的\n"
        "\n"
        "为做好动物疫情应急工作，制定本预案。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "己县突发重大动物疫情应急预案"
    assert doc.status is None
    assert doc.notice_title == "己县人民政府办公室关于印发己县突发重大动物疫情应急预案(2031年修订)的通知"


def test_a_site_update_note_on_a_headline_is_dropped() -> None:
    # a document site's note of its copy's update after the name is the site's, not an edition of the document
    text = "辛市国民经济和社会发展十四五规划(2031年更新)\n第一章 发展基础\n过去五年，辛市经济稳步增长。\n"
    doc = parse_structure(text)
    assert doc.title == "辛市国民经济和社会发展十四五规划"
    assert doc.status is None
    assert doc.notice_title is None


def test_a_bare_year_under_a_repeated_heading_is_no_edition() -> None:
    # (2031年) alone names no edition: a site's year, as after a title on its line
    text = (
        "癸市物业管理办法\n\n文档之家 上传时间:2031-01-02\n\n癸市物业管理办法\n(2031年)\n"
        "第一条 为规范物业管理，制定本办法。\n第二条 本办法适用于本市。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "癸市物业管理办法"
    assert doc.status is None
    assert doc.notice_title is None


def test_an_edition_after_the_quoted_name_is_the_names_and_a_period_is_not() -> None:
    # review35 S8: names_period reads the bracket; an edition is such a bracket whose words end in 版 or 修订
    assert quoted_names("《甲市防汛抗旱应急预案》(2031年版)") == ("甲市防汛抗旱应急预案(2031年版)",)
    assert quoted_names("《甲市防汛抗旱应急预案》（2031年度修订）") == (
        "甲市防汛抗旱应急预案（2031年度修订）",
    )
    assert quoted_names("《甲市水利发展规划》（2031-2035年）") == ("甲市水利发展规划",)
    assert quoted_names("《甲市防汛抗旱应急预案》（2031年修订稿）") == ("甲市防汛抗旱应急预案",)
