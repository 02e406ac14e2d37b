"""Issuers of round 33 (layouts that recur over many field sets):

* a signature run into the text: right after a covering letter's request (…现印发给你们，请认真贯彻执行。甲局2031年
  1月3日甲方案…, the plan's text following in the same line), or closing the last line after the enclosure's closing
  mark (…汇总表》甲局2031年6月3日。), with a disclosure note or stray marks after its date;
* a page's fields: a 发布机构 value in a row of fields set apart by spaces, a 来源 value with the bar's next label glued
  to it;
* a government named by the short form 政府 at the title's head, completed to the 人民政府 form of its own signature.

Texts are made up (places 青禾市, 白石县, 南岭镇 invented); the wordings are those of city and county sites.
"""

from parsers.pipeline import parse_bytes


def _issuer(text: str) -> str | None:
    return parse_bytes(text.encode("utf-8"), name="doc.txt").issuer


_PLAN = "一、总体要求坚持以人民为中心，统筹推进各项工作。二、主要任务加强组织领导，落实工作责任。"


def test_a_signature_run_on_after_the_letters_request_signs_the_notice() -> None:
    text = (
        "各县（区）人民政府，市政府各部门：市民政局拟定的《青禾市养老服务设施建设实施方案》已经市人民政府同意，"
        "现转发给你们，请照此执行。青禾市人民政府办公厅2031年3月2日青禾市养老服务设施建设实施方案"
        + _PLAN
        + "\n"
    )
    assert _issuer(text) == "青禾市人民政府办公厅"


def test_a_run_on_signature_may_date_itself_in_characters_with_digits_among_them() -> None:
    text = (
        "各市人民政府，省政府各部门：经省政府同意，现将省交通运输厅制订的《白石农村公路养护规划》印发给你们，"
        "请认真贯彻执行。青禾省人民政府办公厅二00三年九月四日白石农村公路养护规划" + _PLAN + "\n"
    )
    assert _issuer(text) == "青禾省人民政府办公厅"


def test_a_run_on_date_whose_one_is_printed_as_a_letter_still_closes_the_signature() -> None:
    text = (
        "各区人民政府：《青禾市背街小巷整治方案》已经市人民政府同意，现转发给你们，请认真贯彻落实。"
        "青禾市人民政府办公厅2031年l0月21日青禾市背街小巷整治方案" + _PLAN + "\n"
    )
    assert _issuer(text) == "青禾市人民政府办公厅"


def test_a_run_on_name_that_is_no_organ_signs_nothing() -> None:
    text = (
        "各区人民政府：现将《青禾市背街小巷整治方案》印发给你们，请认真贯彻执行。"
        "背街小巷整治2031年10月21日起施行" + _PLAN + "\n"
    )
    assert _issuer(text) != "背街小巷整治"


def test_the_last_lines_signature_after_the_enclosures_closing_mark() -> None:
    text = (
        "各区住房和城乡建设部门：现将《绿色社区创建工作方案》转发给你们，请按要求"
        "做好创建工作。附件：1.《绿色社区推荐名额分配表》南岭市住房和城乡建设局2031年6月3日。\n"
    )
    assert _issuer(text) == "南岭市住房和城乡建设局"


def test_the_last_lines_signature_with_a_disclosure_note_after_its_date() -> None:
    text = (
        "为促进青禾市体育产业发展，现调整扶持资金分配办法如下。各县（市、区）人民政府，市直各单位：本方案自印发之日起"
        "施行。附件：体育产业扶持资金分配表青禾市人民政府办公室2031年11月6日（此件公开发布）\n"
    )
    assert _issuer(text) == "青禾市人民政府办公室"


def test_the_last_lines_signature_with_stray_marks_after_its_date() -> None:
    text = (
        "南岭市公共停车设施专项规划公开征求意见。联系人：李某，联系电话：0000-1111111，附件："
        "《南岭市公共停车设施专项规划（征求意见稿）》.wps"
        "南岭市住房和城乡建设局2031年7月19日,。\n"
    )
    assert _issuer(text) == "南岭市住房和城乡建设局"


def test_a_posting_field_in_a_row_of_fields_set_apart_by_spaces() -> None:
    text = (
        "索 引 号 0001/2031-00012 发布机构 白石区政府办公室 公开日 2031-08-15\n"
        "白石区高标准农田建设实施方案\n"
        "一、总体要求\n坚持质量优先，统筹推进农田建设。\n"
    )
    assert _issuer(text) == "白石区政府办公室"


def test_a_source_field_with_the_next_label_glued_to_its_value() -> None:
    text = (
        "关于《南岭县城区排水防涝专项规划（征求意见稿）》征求意见反馈情况的说明\n"
        "发布时间:2031-08-02 09:40信息来源: 南岭县人民政府阅读次数:编辑:南岭县政务信息中心\n"
        "征求意见期间共收到意见建议5条，采纳4条。\n"
    )
    assert _issuer(text) == "南岭县人民政府"


def test_a_short_government_name_at_the_title_head_takes_its_issuer_lines_full_name() -> None:
    text = (
        "白石县政府办公厅转发县市场监管局关于电梯安全事故应急预案的通知\n"
        "\n"
        "白石县人民政府办公厅\n"
        "\n"
        "各乡镇人民政府，县各有关部门：\n"
        "县市场监管局制定的《电梯安全事故应急预案》已经县人民政府同意，现转发给你们，请认真贯彻执行。\n"
    )
    assert _issuer(text) == "白石县人民政府办公厅"


def test_a_full_name_only_in_a_cited_title_or_an_order_header_completes_nothing() -> None:
    text = (
        "白石县政府办公室关于做好电梯安全工作的通知\n"
        "各乡镇人民政府：\n"
        "根据《白石县人民政府办公室关于印发电梯应急预案的通知》和白石县人民政府令第3号，现就有关事项通知如下。\n"
        "一、加强排查\n各乡镇要认真排查电梯隐患。\n"
    )
    assert _issuer(text) == "白石县政府办公室"


def test_a_posting_field_in_a_bulleted_list_gives_the_next_items_value() -> None:
    text = (
        "• 索引号:\n  • 0002/2031-00345\n  • 发布机构:\n  • 白石县农业农村局\n  • 成文日期:\n  • 2031-07-30\n\n"
        "关于答复县政协第8号提案的函\n"
        "李某代表：\n您提出的关于发展食用菌产业的提案收悉，现答复如下。\n"
    )
    assert _issuer(text) == "白石县农业农村局"


def test_a_sites_masthead_over_its_posting_table_gives_way_to_the_tables_body() -> None:
    text = (
        "白石县人民政府\n"
        "无障碍浏览 长者模式\n"
        "索引号 0003/2031-0000456 发布机构 白石县南岭镇人民政府\n"
        "公开目录 安全生产 发布日期 2031-04-18\n"
        "南岭镇全面落实林长制的实施方案\n"
        "为落实林长制，结合本镇实际，制定本方案。\n"
        "一、总体要求\n坚持保护优先。\n"
    )
    assert _issuer(text) == "白石县南岭镇人民政府"


def test_a_value_under_its_label_in_the_posting_table_is_no_masthead() -> None:
    text = (
        "当前位置:首页 > 政府信息公开 > 其他文件\n"
        "索引号\n0004/2031-00067\n发布机构\n白石县农业农村局\n责任部门\n白石县农业技术推广服务中心\n"
        "公开日期\n2031-10-09\n"
        "白石县食用菌产业发展项目实施方案\n"
        "为推动食用菌产业发展，制定本方案。\n一、目标任务\n建设标准化菇棚。\n"
    )
    assert _issuer(text) == "白石县农业农村局"


def test_a_signature_between_a_sentences_end_and_the_enclosures_list() -> None:
    text = (
        "为加强城市公园管理，现公开征求意见，以书面意见为准。 白石市园林绿化局 2031年6月9日 "
        "附件：白石城市公园管理暂行办法（征求意见稿）.docx\n"
    )
    assert _issuer(text) == "白石市园林绿化局"


def test_a_sites_buttons_alone_on_their_lines_are_no_issuer() -> None:
    news = "\n\n青禾出台十项促进汽车消费措施\n青禾日报讯 日前，青禾省出台促进汽车消费的若干措施，明确支持新能源汽车下乡。\n"
    assert _issuer("资讯中心" + news) is None
    assert _issuer("回顶部" + news) is None
    assert _issuer("无障碍浏览\n个人中心" + news) is None


def test_an_orders_header_with_the_texts_name_run_before_it_names_the_government() -> None:
    text = (
        "【发布文号】青禾省人民政府令2031年第57号 【发布日期】2031-12-19\n"
        "青禾省地下管线管理办法 青禾省人民政府令 第57号\n"
        "《青禾省地下管线管理办法》已经2031年12月1日省人民政府常务会议审议通过，现予公布，自2032年1月1日起施行。\n"
        "第一条 为了规范地下管线管理，制定本办法。\n"
    )
    assert _issuer(text) == "青禾省人民政府"


def test_a_promulgation_note_by_an_order_drops_the_sentences_by() -> None:
    text = (
        "《青禾省行政复议工作规定》于2031年3月2日由青禾省统计局令第5号公布，共八章。\n"
        "第一章 总则\n"
        "第一条 为了规范行政复议工作，制定本规定。\n"
    )
    assert _issuer(text) == "青禾省统计局"


def test_a_plans_maker_byline_under_its_title_names_the_body() -> None:
    text = "白石区文化事业发展规划\n青禾市白石区人民政府制定\n前 言\n近年来，白石区文化事业取得显著成效。\n"
    assert _issuer(text) == "青禾市白石区人民政府"


def test_a_committee_members_report_is_the_committees() -> None:
    text = (
        "关于《青禾市物业管理条例（草案）》修改情况的汇报\n"
        "——2031年9月28日在市人大常委会第五次会议上\n"
        "市人大法制委员会主任委员 李某某\n"
        "主任、各位副主任、秘书长、各位委员：\n"
        "市人大常委会第四次会议对市政府提请的草案进行了初审。\n"
    )
    assert _issuer(text) == "市人大法制委员会"


def test_a_person_alone_under_the_title_names_no_body() -> None:
    text = (
        "关于青禾市物业管理工作情况的报告\n"
        "主任委员 李某某\n"
        "主任、各位副主任、秘书长、各位委员：\n"
        "现将物业管理工作情况报告如下。\n"
    )
    assert _issuer(text) is None


def test_an_organ_alone_closing_the_text_under_its_contacts_signs_it() -> None:
    text = (
        "青禾省2031年度乡村振兴示范村公示\n"
        "根据评估检查结果，现将拟命名示范村名单予以公示，公示期为7个工作日。\n"
        "如有异议，可通过来信、来电等形式向省乡村振兴领导小组办公室反映。\n"
        "联系电话：0000-2222222\n"
        "青禾省乡村振兴领导小组办公室\n"
    )
    assert _issuer(text) == "青禾省乡村振兴领导小组办公室"


def test_an_organ_alone_closing_a_list_names_no_signer() -> None:
    text = "青禾省2031年度先进单位名单公示\n现将先进单位名单公示如下：\n白石县人民政府\n南岭县人民政府\n"
    assert _issuer(text) != "南岭县人民政府"


def test_a_field_naming_who_compiled_the_plan_gives_its_body() -> None:
    text = (
        "白石县防汛抗旱应急预案\n"
        "编制单位:白石县应急管理局\n"
        "1 总则\n"
        "1.1 编制目的\n"
        "为提高防汛抗旱的能力，制定本预案。\n"
    )
    assert _issuer(text) == "白石县应急管理局"


def test_an_interpretations_foot_field_gives_its_body() -> None:
    text = (
        "【解读】南岭镇2031年农业农村工作年度计划\n"
        "一、起草背景\n"
        "2031年是推进农业现代化的关键之年。\n"
        "二、主要内容\n"
        "推进农田水利建设，提升粮食产能。\n"
        "解读机关:南岭镇人民政府\n"
        "联系电话:0000-3333333\n"
    )
    assert _issuer(text) == "南岭镇人民政府"


def test_a_signature_dated_without_its_years_digits_signs_jointly() -> None:
    text = (
        "青禾省发展和改革委员会等三部门关于印发青禾省美丽乡村示范村名单的通知\n"
        "各市（州）人民政府：\n"
        "现将清单印发给你们，请按照有关要求做好示范村建设工作。\n"
        "青禾省发展和改革委员会\n"
        "青禾省自然资源厅\n"
        "青禾省生态环境厅\n"
        "年11月30日\n"
    )
    assert _issuer(text) == "青禾省发展和改革委员会、青禾省自然资源厅、青禾省生态环境厅"


def test_organ_lines_under_a_letters_closing_formula_sign_it() -> None:
    text = (
        "为进一步规范户外广告设置管理，我局牵头拟制了通告草案，现征求贵单位意见，请于5日内反馈。\n"
        "特此函告。\n"
        "白石县城市管理局\n"
        "白石县农业农村局\n"
        "南岭镇人民政府\n"
        "关于进一步规范户外广告设置管理的通告\n"
        "（征求意见稿）\n"
    )
    assert _issuer(text) == "白石县城市管理局、白石县农业农村局、南岭镇人民政府"


def test_a_white_papers_cover_names_the_body_under_its_month() -> None:
    text = (
        "国务院新闻办公室4月2日发表了《青禾生态文明建设的实践》白皮书。全文如下：\n"
        "青禾生态文明建设的实践\n"
        "（2031年4月）\n"
        "中华人民共和国\n"
        "国务院新闻办公室\n"
        "目录\n"
        "前言\n"
        "一、生态保护的历程\n"
        "青禾自古以来山川秀美。\n"
    )
    assert _issuer(text) == "中华人民共和国国务院新闻办公室"
