"""Round 7 of titles and metadata: classes of how documents are written or stored that the spent heldout5 split
showed, on documents written for these tests (no corpus text is quoted here).

* pinyin a converter left in brackets after characters it turned into traditional ones (``關(guān)於``,
  ``發(fā)佈時(shí)間``): the rules read past them, offsets and strings keep them;
* a site's column before the page's title, set off by a bar or a dash (``政务服务丨X关于…``, ``应急预案—X预案``):
  no part of the title, nor of the issuer; an organ before a dash is;
* a covering sentence that cites documents with their 文号 (``…等部门《关于X的通知》（甲财〔2021〕3号）、…``) before the
  one it issues: a name with its 文号 after it is already issued, cited, not the one the notice issues;
* an order's header run into the title of the decision it promulgates (``X人民政府令 第5号 关于修改…的决定``): the
  order is the 文号, its organ heads the title; a 文号 field in a table of ``|`` cells (``发文字号: | X令 第5号 |``);
* a page's field line (``政策级别:国家级``, a repost's credit ``X整理,来源:Y网站``) is no title; a news repost's
  lead (several paragraphs, then ``通知全文:``) hands over to the document, whose title may stand over two lines;
* a name listed after a cited one (``依据《A》和《B》``) is cited too; a notice stored from its addressee on that
  issues one 程序 (a kind of document) it encloses is titled by it;
* a file's name (``X办法(范本).DOC``, a site listing a collection's files) is no title; a 文号 after a dash
  (``…的通知-X函[1998]26号``) is no part of the title; a ministry's department (``X总局政策法规司``) is an organ;
* an order's number: on its name's line (``X人民政府令(第52号)``), or alone (``第153号``) over the sentence that
  adopts or promulgates the text, is the 文号;
* the organs at a title's head end where it says what they do (``X人民政府贯彻国务院关于…的实施意见``: X人民政府);
* a call stored without its title under a page's fields (``发布时间:…``): its opening sentence is the first line
  after the fields; a draft it ``形成`` (without 了) is presented; the status is given in the text's characters
  (``修訂草案`` in a traditional text);
* joint issuers on lines one under another over the 关于 line (``中共甲镇委员会`` / ``甲镇人民政府`` / ``关于印发…``):
  one title, with both issuers.
"""

from __future__ import annotations

from test_structure_properties import check_invariants

from parsers.structure import Structure, parse_structure
from parsers.structure.pinyin import strip_pinyin


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


# ---- pinyin left in brackets by a converter ----


PINYIN_NOTICE = (
    "發(fā)佈時(shí)間:2020-05-06\n"
    "甲省人民政府辦公廳關(guān)於印發(fā)《甲省鄉村道路養護資金管理辦法》的通知\n"
    "甲府辦發(fā)〔2020〕12號\n"
    "各市、縣人民政府，省政府各部門：\n"
    "現將《甲省鄉村道路養護資金管理辦法》印發(fā)給你們，請認真貫徹執行。\n"
    "甲省人民政府辦公廳\n"
    "2020年5月6日\n"
    "甲省鄉村道路養護資金管理辦法\n"
    "第一條 為規(guī)範養護資金管理，制定本辦法。\n"
    "第二條 本辦法自發(fā)佈之日起施行。\n"
)


def test_pinyin_annotations_do_not_hide_the_title_and_the_doc_number() -> None:
    structure = parse(PINYIN_NOTICE)
    assert structure.title == "甲省鄉村道路養護資金管理辦法"
    assert structure.notice_title is not None
    assert structure.notice_title.replace(" ", "") == (
        "甲省人民政府辦公廳關(guān)於印發(fā)《甲省鄉村道路養護資金管理辦法》的通知"
    )
    assert structure.doc_number == "甲府辦發(fā)〔2020〕12號"
    assert structure.issuer == "甲省人民政府辦公廳"
    assert [n.label for n in structure.iter_nodes() if n.kind == "article"] == ["第一條", "第二條"]


def test_pinyin_offsets_index_the_text_as_stored() -> None:
    structure = parse(PINYIN_NOTICE)
    article = next(n for n in structure.iter_nodes() if n.kind == "article")
    assert PINYIN_NOTICE[article.char_start : article.char_end] == article.text
    assert article.text.startswith("第一條 為規(guī)範")


def test_one_bracket_of_latin_letters_is_no_converter() -> None:
    assert strip_pinyin("甲市(jiǎ)人民政府關於做好工作的通知\n") is None
    assert strip_pinyin("第二條 按(a)項和(b)項辦理。\n(c)其他。\n") is None
    assert strip_pinyin("關(guān)於發(fā)佈\n") is not None


# ---- a site's column before the page's title ----


def test_a_column_before_a_bar_is_no_part_of_the_title_or_the_issuer() -> None:
    text = (
        "城市建设丨乙市人民政府关于加快老旧小区改造的实施意见\n"
        "乙政发〔2022〕7号\n"
        "各区人民政府，市政府各部门：\n"
        "为加快老旧小区改造，现提出如下意见。\n"
        "一、总体要求\n"
        "到2025年完成改造任务。\n"
    )
    structure = parse(text)
    assert structure.title == "乙市人民政府关于加快老旧小区改造的实施意见"
    assert structure.issuer == "乙市人民政府"


def test_a_column_before_a_dash_is_no_part_of_a_plan_title() -> None:
    text = (
        "规划计划—丙县城乡供水一体化规划\n"
        "发布日期：2020-03-01\n"
        "1 总则\n"
        "1.1 编制目的\n"
        "保障城乡供水安全。\n"
        "2 现状\n"
        "全县现有水厂十座。\n"
    )
    assert parse(text).title == "丙县城乡供水一体化规划"


def test_an_organ_before_a_dash_stays_in_the_title() -> None:
    from parsers.structure.title_affixes import drop_column_prefix

    assert (
        drop_column_prefix("丁市财政局—关于做好预算编制工作的通知") == "丁市财政局—关于做好预算编制工作的通知"
    )
    assert drop_column_prefix("丁市—戊县合作发展规划") == "丁市—戊县合作发展规划"


# ---- names cited with their 文号 in the covering sentence ----


def test_names_cited_with_their_doc_numbers_are_not_issued() -> None:
    text = (
        "庚县人民政府办公室关于印发《庚县农田水利资金管理办法》的通知\n"
        "为贯彻落实上级精神，根据省财政厅等5部门《关于加强农田水利资金管理的通知》（甲财农〔2021〕12号）、"
        "市财政局等3部门《关于印发〈农田水利资金使用细则〉的通知》（乙财农〔2021〕4号）等文件精神，"
        "经县政府同意，现将《庚县农田水利资金管理办法》印发给你们，请遵照执行。\n"
        "庚县人民政府办公室\n"
        "2021年10月8日\n"
        "庚县农田水利资金管理办法\n"
        "第一条 为规范资金管理，制定本办法。\n"
        "第二条 本办法自印发之日起施行。\n"
    )
    structure = parse(text)
    assert structure.title == "庚县农田水利资金管理办法"
    assert structure.notice_title == "庚县人民政府办公室关于印发《庚县农田水利资金管理办法》的通知"


# ---- an order's header before the decision's title; a 文号 field in a table of | cells ----


def test_an_order_header_run_into_the_title_gives_the_doc_number_and_the_organ() -> None:
    text = (
        "辛市人民政府令 第12号 关于修改《辛市政府规章立项办法》的决定\n"
        "《辛市人民政府关于修改〈辛市政府规章立项办法〉的决定》已经市政府常务会议通过，现予公布，自公布之日起施行。\n"
        "市长 王某\n"
        "2023年3月1日\n"
        "一、将第三条修改为“规章立项应当公开征求意见。”\n"
        "二、删去第九条。\n"
    )
    structure = parse(text)
    assert structure.title == "辛市人民政府关于修改《辛市政府规章立项办法》的决定"
    assert structure.doc_number == "辛市人民政府令第12号"
    assert structure.issuer == "辛市人民政府"
    assert structure.notice_title is None


def test_a_doc_number_field_in_a_table_of_bars() -> None:
    text = (
        "索 引 号: | abc-2023-01 | 主题分类: | 城乡建设 |\n"
        "发文字号: | 壬政办发〔2023〕9号 | 发布日期: | 2023-04-02 |\n"
        "壬县人民政府办公室关于做好汛期安全工作的通知\n"
        "各乡镇人民政府：\n"
        "为做好汛期安全工作，现通知如下。\n"
        "一、压实责任\n"
        "二、加强巡查\n"
    )
    assert parse(text).doc_number == "壬政办发〔2023〕9号"


# ---- field lines; a repost's lead before the document's title over two lines ----


def test_field_lines_are_no_titles() -> None:
    from parsers.structure.titles import is_field_line

    assert is_field_line("政策级别:国家级")
    assert is_field_line("某某日报整理,来源:甲省发改委网站")
    assert not is_field_line("标题:甲市人民政府关于做好春耕工作的通知")
    assert not is_field_line("甲市人民政府关于做好春耕工作的通知")
    assert not is_field_line("各科室，各村：为提高应急能力，制定本预案")  # an addressee and a sentence


def test_a_reposts_lead_hands_over_to_a_title_over_two_lines() -> None:
    text = (
        "某某日报整理,来源:甲省发展改革委网站\n"
        "3月2日，甲省发展改革委网站发布通知，支持中小企业发行债券。\n"
        "通知提到，要重点支持符合条件的企业。\n"
        "详细内容请看以下通知全文。\n"
        "通知全文:\n"
        "甲省发展改革委关于支持中小企业\n"
        "发行企业债券的通知\n"
        "甲发改财金〔2022〕18号\n"
        "各市发展改革委：\n"
        "为支持中小企业融资，现就有关事项通知如下。\n"
        "一、支持信用良好的企业发行债券。\n"
        "二、优化审核流程。\n"
    )
    structure = parse(text)
    assert structure.title == "甲省发展改革委关于支持中小企业发行企业债券的通知"
    assert structure.doc_number == "甲发改财金〔2022〕18号"
    assert structure.issuer == "甲省发展改革委"


# ---- names listed after a cited one; a 程序 issued by a notice stored without its title ----


def test_names_listed_after_a_cited_one_are_cited() -> None:
    text = (
        "各省、自治区、直辖市市场监管局，有关单位：\n"
        "为规范检验检测机构管理，依据《甲法》和《乙管理办法》，我局组织制定了《检验检测机构资质认定工作程序》。"
        "现印发给你们，请遵照执行。\n"
        "附件：检验检测机构资质认定工作程序\n"
        "二○二二年五月六日\n"
    )
    structure = parse(text)
    assert structure.title == "检验检测机构资质认定工作程序"
    assert structure.notice_title is None


def test_a_name_listed_after_an_issued_one_is_issued() -> None:
    from parsers.structure.covering import names_in_sentences
    from parsers.structure.lines import split_lines

    text = "现将《甲办法》和《乙细则》印发给你们，请遵照执行。\n"
    assert names_in_sentences(split_lines(text), 0, 1) == ["甲办法", "乙细则"]


# ---- a file's name; a 文号 after a dash; a department (司) as the issuer ----


def test_a_file_name_is_no_title_and_a_doc_number_after_a_dash_is_apart() -> None:
    text = (
        "安全生产检查办法(试行)(范本、DOC格式).DOC\n"
        "\n"
        "合集下载\n"
        "\n"
        "甲部安全监管司关于印发《安全生产检查工作规范》的通知-甲安函[2001]14号\n"
        "\n"
        "各直属单位：\n"
        "现将《安全生产检查工作规范》印发给你们，请贯彻执行。\n"
        "附件：安全生产检查工作规范\n"
    )
    structure = parse(text)
    assert structure.title == "安全生产检查工作规范"
    assert structure.status is None
    assert structure.notice_title == "甲部安全监管司关于印发《安全生产检查工作规范》的通知"
    assert structure.doc_number == "甲安函[2001]14号"
    assert structure.issuer == "甲部安全监管司"


# ---- an order's number on its name's line, or alone over the promulgating sentence ----


def test_an_order_with_its_number_on_one_line() -> None:
    text = (
        "癸省城市供水管理办法\n"
        "\n"
        "癸省人民政府\n"
        "\n"
        "癸省人民政府令(第31号)\n"
        "  《癸省城市供水管理办法》已经省人民政府常务会议审议通过，现予发布施行。\n"
        "                  省长 李某\n"
        "              一九九五年三月一日\n"
        "第一条 为加强城市供水管理，制定本办法。\n"
        "第二条 本办法自发布之日起施行。\n"
    )
    structure = parse(text)
    assert structure.doc_number == "癸省人民政府令(第31号)"
    assert structure.title == "癸省城市供水管理办法"


def test_an_orders_bare_number_over_its_adopting_sentence() -> None:
    text = (
        "子省人民政府关于修改《子省道路管理办法》等3件政府规章的决定\n"
        "  • 时间:2020-01-02\n"
        "第88号\n"
        "  《子省人民政府关于修改〈子省道路管理办法〉等3件政府规章的决定》已经省政府常务会议审议通过，现予公布。\n"
        "  省长 张某\n"
        "  2019年12月30日\n"
        "一、对《子省道路管理办法》作出修改\n"
        "二、对《子省桥梁管理办法》作出修改\n"
    )
    assert parse(text).doc_number == "第88号"


def test_a_bare_number_without_a_promulgation_is_no_doc_number() -> None:
    text = "丑县人民政府关于做好防汛工作的通知\n第2号\n各乡镇人民政府：\n现就做好防汛工作通知如下。\n一、压实责任\n"
    assert parse(text).doc_number is None


# ---- the organs at a title's head end at its verb ----


def test_the_organs_at_a_titles_head_end_at_its_verb() -> None:
    text = (
        "寅省人民政府贯彻国务院关于推进数字经济发展意见的实施意见\n"
        "寅政发〔2022〕5号\n"
        "各市人民政府，省政府直属各单位：\n"
        "为贯彻落实国务院意见，现提出如下实施意见。\n"
        "一、总体要求\n"
        "（一）基本原则。坚持创新。\n"
    )
    structure = parse(text)
    assert structure.issuer == "寅省人民政府"


# ---- a call without its title under a page's fields ----


def test_a_call_without_its_title_under_a_pages_fields() -> None:
    text = (
        "发布时间:2021-11-15\n"
        "政策级别:国家级\n"
        "发文部门:甲部\n"
        "政策主题:监督管理\n"
        "为完善目录管理，甲部乙司组织研究修订《甲目录管理办法》（2015年发布），并形成《甲目录管理办法 修订草案》"
        "（见附件）。现面向社会公开征求意见，社会公众可通过以下方式反馈意见：\n"
        "一、电子邮箱：abc@example.cn。\n"
        "二、传真：010-12345678。\n"
        "附件：甲目录管理办法（修订草案）\n"
        "甲部乙司\n"
        "2021年11月15日\n"
    )
    structure = parse(text)
    assert structure.title == "甲目录管理办法"
    assert structure.status == "修订草案"
    assert structure.issuer == "甲部乙司"


def test_the_status_of_a_traditional_text_in_its_characters() -> None:
    text = (
        "甲市養犬管理條例（修訂草案）\n第一條 為規範養犬行為，制定本條例。\n第二條 本條例自公佈之日起施行。\n"
    )
    structure = parse(text)
    assert structure.title == "甲市養犬管理條例"
    assert structure.status == "修訂草案"


def test_joint_issuers_on_lines_one_under_another_over_the_guanyu_line() -> None:
    text = (
        "卯委发〔2021〕6号\n"
        "中共甲市乙区卯镇委员会\n"
        "甲市乙区卯镇人民政府\n"
        "关于印发《卯镇人居环境整治工作方案》的通知\n"
        "各村党支部、村委会：\n"
        "《卯镇人居环境整治工作方案》已经镇党委同意，现印发给你们，请认真贯彻执行。\n"
        "中共甲市乙区卯镇委员会\n"
        "甲市乙区卯镇人民政府\n"
        "2021年3月1日\n"
        "卯镇人居环境整治工作方案\n"
        "一、工作目标\n"
        "二、工作措施\n"
    )
    structure = parse(text)
    assert structure.title == "卯镇人居环境整治工作方案"
    assert structure.notice_title == (
        "中共甲市乙区卯镇委员会甲市乙区卯镇人民政府关于印发《卯镇人居环境整治工作方案》的通知"
    )
    assert structure.issuer == "中共甲市乙区卯镇委员会、甲市乙区卯镇人民政府"
