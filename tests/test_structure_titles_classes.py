"""Round 3 of titles: classes of language the spent held-out split showed, on snippets written for these
tests (no corpus text is quoted here).

* a page title that quotes the whole notice after its 文号 (``X政办发〔2020〕8号《…关于印发〈Y〉的通知》``);
* a status spread over the title's width (``（试   行）``);
* a covering sentence that also repeals an older edition (``原《Y》同时废止``): one document, not several;
* a date line that lost its 年月日 (``2019 3 8``) before the policy's title;
* joint issuers, spaced, before 关于… on one line (not a banner of spaced phrases);
* a browser's page title copied into the text (``标题 - 栏目 - 某市政府门户网站``);
* a header line, a page address under it, then the wrapped title: the header is not the title's first line;
* a notice without a signature whose covering sentence quotes the policy that follows without a title line.
"""

from __future__ import annotations

from test_structure_properties import check_invariants

from parsers.status import split_status
from parsers.structure import Structure, parse_structure
from parsers.structure.titles import split_quoted_title


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


def test_a_quoted_page_title_sheds_its_doc_number_and_outer_quotes():
    number, title = split_quoted_title(
        "甲政办发〔2020〕8号《甲市人民政府办公室关于印发〈甲市节水行动方案〉的通知》"
    )
    assert number == "甲政办发〔2020〕8号"
    assert title == "甲市人民政府办公室关于印发《甲市节水行动方案》的通知"
    assert split_quoted_title("《乙县养老服务条例》") == (None, "乙县养老服务条例")
    # two names quoted, or a name with words after it, are not a quoted title
    assert split_quoted_title("《甲办法》和《乙办法》")[0] is None
    assert split_quoted_title("《甲办法》和《乙办法》")[1] == "《甲办法》和《乙办法》"
    assert split_quoted_title("《丙规划》实施细则")[1] == "《丙规划》实施细则"


def test_a_notice_quoted_after_its_doc_number_gives_the_policy_its_title():
    text = (
        "甲政办发〔2020〕8号《甲市人民政府办公室关于印发〈甲市节水行动方案〉的通知》\n"
        "各区人民政府，市政府各部门：\n"
        "《甲市节水行动方案》已经市政府同意，现印发给你们，请认真贯彻落实。\n"
        "甲市人民政府办公室\n2020年4月2日\n"
        "一、总体要求\n到2022年，全市用水总量控制在10亿立方米以内。\n"
    )
    s = parse(text)
    assert s.title == "甲市节水行动方案"
    assert s.notice_title == "甲市人民政府办公室关于印发《甲市节水行动方案》的通知"


def test_a_status_spread_over_the_title_width_is_still_the_status():
    assert split_status("乙县农机补贴管理办法（试   行）") == ("乙县农机补贴管理办法", "试行")
    assert split_status("乙县农机补贴管理办法 征 求 意 见 稿") == ("乙县农机补贴管理办法", "征求意见稿")
    s = parse(
        "乙县农机补贴管理办法\n（试   行）\n第一条 为了规范农机补贴，制定本办法。\n第二条 本办法自发布之日起施行。\n"
    )
    assert (s.title, s.status) == ("乙县农机补贴管理办法", "试行")


def test_an_edition_repealed_in_the_covering_sentence_is_not_a_second_document():
    text = (
        "丙县人民政府办公室关于印发丙县森林防火应急预案（修订）的通知\n"
        "各乡镇人民政府，县直各部门：\n"
        "现将《丙县森林防火应急预案（修订）》印发给你们，请认真执行，2015年印发的《丙县森林防火应急预案》同时废止。\n"
        "丙县人民政府办公室\n2021年3月1日\n"
        "丙县森林防火应急预案\n1 总则\n1.1 编制目的\n为了做好森林防火工作，制定本预案。\n"
    )
    s = parse(text)
    assert s.title == "丙县森林防火应急预案"
    assert s.notice_title == "丙县人民政府办公室关于印发丙县森林防火应急预案（修订）的通知"


def test_a_date_that_lost_its_characters_is_not_part_of_the_title():
    text = (
        "丁市人民政府关于印发丁市河道保洁办法的通知\n"
        "各区人民政府：\n现将《丁市河道保洁办法》印发给你们，请遵照执行。\n"
        "丁市人民政府\n{ 2019 3 8\n"
        "丁市河道保洁办法\n第一条 为了保持河道整洁，制定本办法。\n"
    )
    s = parse(text)
    assert s.title == "丁市河道保洁办法"


def test_spaced_joint_issuers_before_the_title_are_a_head_not_a_banner():
    text = (
        "戊市财政局 戊市农业农村局 关于印发戊市农业保险保费补贴办法的通知\n"
        "各县（区）财政局、农业农村局：\n"
        "现将《戊市农业保险保费补贴办法》印发给你们，请遵照执行。\n"
        "为推动农业保险提质增效，结合本市实际，制定本办法。\n"
        "一、补贴范围\n对种植业保险保费给予补贴。\n"
    )
    s = parse(text)
    assert s.title == "戊市农业保险保费补贴办法"
    assert s.notice_title is not None and s.notice_title.startswith("戊市财政局")
    # the notice ends at its covering sentence: the policy's parts are the document's own
    assert [n.kind for n in s.nodes if n.kind == "action"] == ["action"]


def test_a_browser_page_title_with_the_site_name_is_furniture():
    text = (
        "己镇垃圾分类工作考核办法解读 - 政策解读 - 己市政府门户网站\n"
        "己镇垃圾分类工作考核办法解读\n"
        "发布时间：2023-05-04 来源：己镇\n"
        "近日，己镇印发了《己镇垃圾分类工作考核办法》。现解读如下。\n"
    )
    assert parse(text).title == "己镇垃圾分类工作考核办法解读"


def test_a_header_line_over_a_set_aside_line_does_not_join_the_title_under_it():
    text = (
        "法规资料选编\n"
        "Original URL: http://example.org/doc?id=7\n"
        "庚市城市绿化\n"
        "管 理 条 例\n"
        "第一章 总 则\n第一条 为了促进城市绿化，制定本条例。\n"
    )
    assert parse(text).title == "庚市城市绿化管理条例"


# ---- the head: 文号 and issuing body ---------------------------------------------------------------


def test_the_doc_number_is_read_from_its_own_line_in_brackets_or_a_metadata_field():
    text = (
        "辛市人民政府关于加强耕地保护的通知\n（辛政发〔2018〕12号）\n各县人民政府：\n现就有关事项通知如下。\n"
    )
    assert parse(text).doc_number == "辛政发〔2018〕12号"
    text = "发布机构：壬县人民政府 发文字号：壬政办〔2022〕5号\n壬县人民政府办公室关于做好防汛工作的通知\n各乡镇：\n请做好防汛工作。\n"
    assert parse(text).doc_number == "壬政办〔2022〕5号"
    quoted = "癸政办发〔2016〕3号《癸市人民政府办公厅关于印发〈癸市政务公开要点〉的通知》\n各区：\n现印发给你们。\n"
    assert parse(quoted).doc_number == "癸政办发〔2016〕3号"


def test_a_doc_number_cited_in_the_body_is_not_the_documents():
    text = "子县农机补贴办法\n第一条 根据有关规定，制定本办法。\n（子政发〔2010〕1号）\n"
    assert parse(text).doc_number is None


def test_the_issuer_is_read_from_the_titles_organs_or_an_issuer_line():
    joint = "丑市财政局、丑市科学技术局关于印发丑市科技经费管理办法的通知\n各区财政局：\n现印发给你们。\n"
    assert parse(joint).issuer == "丑市财政局、丑市科学技术局"
    forwarding = "寅市人民政府办公室转发市教育局关于寅市校车管理办法的通知\n各区：\n现转发给你们。\n"
    assert parse(forwarding).issuer == "寅市人民政府办公室"
    under = "卯市城市供水管理规定\n某某省卯市人民政府\n第一条 为了保障供水，制定本规定。\n"
    # a law database's line keeps the province it writes when the document names the body nowhere itself (round 23)
    assert parse(under).issuer == "某某省卯市人民政府"
    province = "某某省林地管理办法\n某某省人民政府\n第一条 为了保护林地，制定本办法。\n"
    assert parse(province).issuer == "某某省人民政府"


def test_a_doc_number_after_the_title_or_under_its_label_is_the_documents():
    tail = "辰市人民政府办公室印发《关于加快物流发展的意见》的通知(辰政办发〔2019〕3号)\n各县区：\n现印发给你们。\n"
    assert parse(tail).doc_number == "辰政办发〔2019〕3号"
    field = "巳县人民政府工作规则\n• 发文机构:\n县政府网站\n• 发文字号:\n巳政发〔2024〕2号\n第一章 总则\n"
    assert parse(field).doc_number == "巳政发〔2024〕2号"


def test_a_wrapped_title_does_not_run_into_the_doc_number_under_it():
    title = "午市人民政府办公厅、午市财政局关于进一步加强和规范市级财政专项资金管理工作的通知"
    body = (
        "为了进一步规范市级财政专项资金的分配、使用和管理，提高财政资金的使用效益，防范资金风险，"
        "经市人民政府同意，现就有关事项通知如下：一、各部门要按照预算管理的要求，严格执行专项资金管理制度，"
        "不得擅自改变资金用途，不得截留、挤占和挪用专项资金，对违反规定的，依法追究有关单位和人员的责任。"
        "二、市财政局要会同有关部门加强对专项资金使用情况的监督检查，定期通报检查结果，并向社会公开。"
    )
    wrap = 20  # the title fills its two lines to the margin, as the one it imitates did
    lines = [title[i : i + wrap] for i in range(0, len(title), wrap)]
    lines += ["午政办发〔2020〕9号", "各区人民政府，市政府各部门："]
    lines += [body[i : i + wrap] for i in range(0, len(body), wrap)]
    s = parse("\n".join(lines) + "\n")
    assert s.doc_number == "午政办发〔2020〕9号"
    assert s.title == title
