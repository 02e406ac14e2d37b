"""A text stored without its title (a fragment) gets none (field conventions: a fragment without a title has title
""), in layouts whose first line was read as one before round 32: the site's pager (下一主题:…), a form's reply left on
the page, a part's heading behind the characters a converted page lost (? 一、总则), a letter's addressee with its text
run on after it, a letter stored from its addressee that publishes a list it does not carry. And a 文号 run onto the
title's last word is no part of the title. Texts are made up.
"""

from parsers.structure import parse_structure


def test_the_sites_pager_is_no_title() -> None:
    doc = parse_structure(
        "上一篇:甲省蚕桑协会召开年会\n下一主题:甲省人民政府关于加快蚕桑产业转型\n"
        "这份意见对我省蚕桑产业今后几年的发展作出了全面部署。\n"
        "为了贯彻好这份意见，特提出如下要求：\n一、各市蚕桑协会要认真组织学习。\n二、各会员企业要结合实际抓好落实。\n"
    )
    assert doc.title is None


def test_a_forms_reply_is_no_title() -> None:
    doc = parse_structure("提交成功,感谢您的参与!\n实事项目应围绕民生，主要包括托育、就业、助餐、养老等。\n")
    assert doc.title is None


def test_a_parts_heading_behind_lost_characters_is_no_title() -> None:
    doc = parse_structure(
        "? 一、总则\n??? （一）编制目的\n???? 为做好我市供热突发事件的处置，保障居民冬季用热，制定本预案。\n"
        "??? （二）处置原则\n???? 属地负责，分级管理。\n? 二、组织体系\n???? 市政府设立供热应急指挥部。\n"
    )
    assert doc.title is None


def test_a_title_over_lost_characters_keeps_its_title() -> None:
    doc = parse_structure(
        "甲市供热突发事件应急预案\n? 一、总则\n??? （一）编制目的\n???? 为做好我市供热突发事件的处置，制定本预案。\n"
        "? 二、组织体系\n???? 市政府设立供热应急指挥部。\n"
    )
    assert doc.title == "甲市供热突发事件应急预案"


def test_an_addressee_with_its_text_run_on_is_no_title() -> None:
    doc = parse_structure(
        "各乡镇人民政府，县直各单位，甲园区管委会： 根据《甲县人民政府关于印发甲县城乡规划建设工作考核办法的通知》"
        "(甲政发〔2032〕9号)要求，经各单位自查和县考核组复核，2031年度城乡规划建设工作考核结果如下： 优秀：乙镇、丙镇。"
        " 良好：丁乡、戊乡。 请各单位对照结果抓好整改。\n二○三二年三月八日\n"
    )
    assert doc.title is None


def test_a_title_run_on_before_its_addressee_stays_a_title() -> None:
    doc = parse_structure(
        "甲区人民政府关于划定犬只禁养区域的通告 根据《甲省动物防疫条例》等规定，为维护城区公共秩序，"
        "预防犬只伤人事件，区人民政府决定划定犬只禁养区域，现将有关事项通告如下：\n"
        "一、禁养区域为城区主要街道两侧。\n二、禁养区域内，禁止饲养烈性犬。\n甲区人民政府\n2032年1月1日\n"
    )
    assert doc.title == "甲区人民政府关于划定犬只禁养区域的通告"


def test_a_doc_number_glued_after_the_title_is_dropped() -> None:
    doc = parse_structure(
        "甲市人民政府办公厅关于进一步做好城市排水防涝工作的实施意见甲府办发[2032]7号\n各区县人民政府，市政府各部门：\n"
        "为做好城市排水防涝工作，经市政府同意，提出如下实施意见。\n一、压实排水防涝责任\n（一）落实属地责任。\n"
    )
    assert doc.title == "甲市人民政府办公厅关于进一步做好城市排水防涝工作的实施意见"


def test_a_letter_publishing_a_list_it_does_not_carry_has_no_title_stored() -> None:
    # a notice publishing a list it does not carry is the document (round 13); its own title is not stored
    doc = parse_structure(
        "各市、区人民政府，省人民政府各部门：\n《甲省地方重点保护动物名录》(第二批)已经省政府同意，现予以公布，请认真贯彻执行。\n"
        "甲省人民政府\n二○三二年十二月二十一日\n"
    )
    assert doc.title is None


def test_a_letter_over_the_list_it_publishes_is_titled_by_the_list() -> None:
    doc = parse_structure(
        "各市、区人民政府，省人民政府各部门：\n《甲省地方重点保护动物名录》已经省政府同意，现予以公布，请认真贯彻执行。\n"
        "甲省人民政府\n二○三二年十二月二十一日\n甲省地方重点保护动物名录\n序号 中文名 学名\n1 甲鸟 Avis a\n"
    )
    assert doc.title == "甲省地方重点保护动物名录"


def test_a_letter_issuing_a_plan_it_does_not_carry_is_titled_by_the_plan() -> None:
    doc = parse_structure(
        "各区人民政府，市政府各部门：\n现将《甲市2032年河道整治工作方案》印发给你们，请认真贯彻执行。\n甲市人民政府办公室\n2032年3月1日\n"
    )
    assert doc.title == "甲市2032年河道整治工作方案"


_CALL_ON_TWO = (
    "为规范甲省家庭农场管理，我处组织对两项办法进行修订，形成了《甲省家庭农场认定管理办法(征求意见稿)》、"
    "《甲省农民合作社认定管理办法(征求意见稿)》。现向社会征求意见。\n"
    "征求意见时间自2032年7月4日至8月5日，意见建议可通过电子邮件发送。\n"
    "附件:《甲省家庭农场认定管理办法(征求意见稿)》.doc\n"
    "《甲省家庭农场认定管理办法(征求意见稿)》起草说明.doc\n"
    "{second}"
    "甲省农业农村厅合作经济处\n2032年7月4日\n"
)


def test_a_call_stored_without_its_title_enclosing_two_drafts_has_none() -> None:
    # the call on several drafts is titled by its own title (round 13), not stored: no title
    doc = parse_structure(_CALL_ON_TWO.format(second="《甲省农民合作社认定管理办法(征求意见稿)》.doc\n"))
    assert doc.title is None


def test_a_call_stored_without_its_title_enclosing_one_draft_is_the_drafts() -> None:
    doc = parse_structure(_CALL_ON_TWO.format(second=""))
    assert doc.title == "甲省家庭农场认定管理办法"
    assert doc.status == "征求意见稿"
