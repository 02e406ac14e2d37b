"""Issuers of round 33 (layouts that recur over many field sets):

* a signature run into the text: right after a covering letter's request (…现印发给你们，请认真贯彻执行。甲局2031年
  1月3日甲方案…, the plan's text following in the same line), or closing the last line after the enclosure's closing
  mark (…汇总表》甲局2031年5月22日。), with a disclosure note or stray marks after its date;
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
        "现转发给你们，请照此执行。青禾市人民政府办公厅2031年3月13日青禾市养老服务设施建设实施方案"
        + _PLAN
        + "\n"
    )
    assert _issuer(text) == "青禾市人民政府办公厅"


def test_a_run_on_signature_may_date_itself_in_characters_with_digits_among_them() -> None:
    text = (
        "各市人民政府，省政府各部门：经省政府同意，现将省发展改革委制订的《白石县域经济发展规划》印发给你们，"
        "请认真贯彻执行。青禾省人民政府办公厅二00三年八月十二日白石县域经济发展规划" + _PLAN + "\n"
    )
    assert _issuer(text) == "青禾省人民政府办公厅"


def test_a_run_on_date_whose_one_is_printed_as_a_letter_still_closes_the_signature() -> None:
    text = (
        "各区人民政府：《青禾市桥下空间治理方案》已经市人民政府同意，现转发给你们，请认真贯彻落实。"
        "青禾市人民政府办公厅2031年l0月13日青禾市桥下空间治理方案" + _PLAN + "\n"
    )
    assert _issuer(text) == "青禾市人民政府办公厅"


def test_a_run_on_name_that_is_no_organ_signs_nothing() -> None:
    text = (
        "各区人民政府：现将《青禾市桥下空间治理方案》印发给你们，请认真贯彻执行。"
        "桥下空间治理2031年10月13日起施行" + _PLAN + "\n"
    )
    assert _issuer(text) != "桥下空间治理"


def test_the_last_lines_signature_after_the_enclosures_closing_mark() -> None:
    text = (
        "各区住房和城乡建设局：现将《示范物业管理项目评价工作方案》转发给你们，请按要求"
        "做好推荐工作。附件：1.《示范物业管理项目推荐申报汇总表》南岭市住房和城乡建设局2031年5月22日。\n"
    )
    assert _issuer(text) == "南岭市住房和城乡建设局"


def test_the_last_lines_signature_with_a_disclosure_note_after_its_date() -> None:
    text = (
        "为促进青禾市文化旅游发展，现调整专项资金奖励标准如下。各县（市、区）人民政府，市直各单位：本方案自印发之日起"
        "施行。附件：文化旅游专项资金奖励一览表青禾市人民政府办公室2031年12月24日（此件公开发布）\n"
    )
    assert _issuer(text) == "青禾市人民政府办公室"


def test_the_last_lines_signature_with_stray_marks_after_its_date() -> None:
    text = (
        "南岭市环境卫生设施专项规划公开征求意见。联系人：李某，联系电话：0000-12345678，附件："
        "《南岭市环境卫生设施专项规划（征求意见稿）》.wps"
        "南岭市住房和城乡建设局2031年9月11日,。\n"
    )
    assert _issuer(text) == "南岭市住房和城乡建设局"


def test_a_posting_field_in_a_row_of_fields_set_apart_by_spaces() -> None:
    text = (
        "索 引 号 0106/2031-00071 发布机构 白石区政府办公室 公开日 2031-07-04\n"
        "白石区草原生态保护补助奖励实施方案\n"
        "一、总体要求\n坚持生态优先，统筹推进草原保护。\n"
    )
    assert _issuer(text) == "白石区政府办公室"


def test_a_source_field_with_the_next_label_glued_to_its_value() -> None:
    text = (
        "关于《南岭县城市环境卫生专项规划（征求意见稿）》征求意见反馈情况的说明\n"
        "发布时间:2031-07-10 15:17信息来源: 南岭县人民政府阅读次数:编辑:南岭县政务信息中心\n"
        "征求意见期间共收到意见建议3条，均已采纳。\n"
    )
    assert _issuer(text) == "南岭县人民政府"


def test_a_short_government_name_at_the_title_head_takes_its_issuer_lines_full_name() -> None:
    text = (
        "白石县政府办公厅转发县应急局关于燃气突发事件应急预案的通知\n"
        "\n"
        "白石县人民政府办公厅\n"
        "\n"
        "各乡镇人民政府，县各有关部门：\n"
        "县应急局制定的《燃气突发事件应急预案》已经县人民政府同意，现转发给你们，请认真贯彻执行。\n"
    )
    assert _issuer(text) == "白石县人民政府办公厅"


def test_a_full_name_only_in_a_cited_title_or_an_order_header_completes_nothing() -> None:
    text = (
        "白石县政府办公室关于做好燃气安全工作的通知\n"
        "各乡镇人民政府：\n"
        "根据《白石县人民政府办公室关于印发燃气应急预案的通知》和白石县人民政府令第3号，现就有关事项通知如下。\n"
        "一、加强排查\n各乡镇要认真排查燃气隐患。\n"
    )
    assert _issuer(text) == "白石县政府办公室"


def test_a_posting_field_in_a_bulleted_list_gives_the_next_items_value() -> None:
    text = (
        "• 索引号:\n  • 0010/2031-67864\n  • 发布机构:\n  • 白石县农业农村局\n  • 成文日期:\n  • 2031-06-25\n\n"
        "关于答复县人大第239号建议的函\n"
        "李某代表：\n您提出的关于发展中蜂产业的建议收悉，现答复如下。\n"
    )
    assert _issuer(text) == "白石县农业农村局"


def test_a_sites_masthead_over_its_posting_table_gives_way_to_the_tables_body() -> None:
    text = (
        "白石县人民政府\n"
        "无障碍浏览 长者模式\n"
        "索引号 0152-7-/2031-0327002 发布机构 白石县南岭镇人民政府\n"
        "公开目录 安全生产 发布日期 2031-03-27\n"
        "南岭镇全面落实湖长制的实施方案\n"
        "为落实湖长制，结合本镇实际，制定本方案。\n"
        "一、总体要求\n坚持生态优先。\n"
    )
    assert _issuer(text) == "白石县南岭镇人民政府"


def test_a_value_under_its_label_in_the_posting_table_is_no_masthead() -> None:
    text = (
        "当前位置:首页 > 政府信息公开 > 其他文件\n"
        "索引号\n6404/2031-00174\n发布机构\n白石县农业农村局\n责任部门\n白石县畜牧技术推广服务中心\n"
        "公开日期\n2031-11-21\n"
        "白石县中蜂特色产业发展项目实施方案\n"
        "为推动中蜂产业发展，制定本方案。\n一、目标任务\n建设标准化蜂场。\n"
    )
    assert _issuer(text) == "白石县农业农村局"


def test_a_signature_between_a_sentences_end_and_the_enclosures_list() -> None:
    text = (
        "为加强湿地公园管理，现公开征求意见，以书面意见为准。 白石市林业局 2031年5月25日 "
        "附件：白石湿地公园管理暂行办法（征求意见稿）.docx\n"
    )
    assert _issuer(text) == "白石市林业局"


def test_a_sites_buttons_alone_on_their_lines_are_no_issuer() -> None:
    news = (
        "\n\n青禾出台20条提振消费新政\n青禾日报讯 日前，青禾省出台提振消费的若干措施，明确支持预制菜发展。\n"
    )
    assert _issuer("资讯中心" + news) is None
    assert _issuer("回顶部" + news) is None
    assert _issuer("无障碍浏览\n个人中心" + news) is None


def test_an_orders_header_with_the_texts_name_run_before_it_names_the_government() -> None:
    text = (
        "【发布文号】青禾省人民政府令2031年第116号 【发布日期】2031-12-06\n"
        "青禾省土地整治办法 青禾省人民政府令 第116号\n"
        "《青禾省土地整治办法》已经2031年11月28日省人民政府常务会议审议通过，现予公布，自2032年1月1日起施行。\n"
        "第一条 为了规范土地整治活动，制定本办法。\n"
    )
    assert _issuer(text) == "青禾省人民政府"


def test_a_promulgation_note_by_an_order_drops_the_sentences_by() -> None:
    text = (
        "《青禾总局规章制定程序规定》于2031年4月23日由青禾市场监督管理总局令第8号公布，共八章。\n"
        "第一章 总则\n"
        "第一条 为了规范规章制定程序，制定本规定。\n"
    )
    assert _issuer(text) == "青禾市场监督管理总局"


def test_a_plans_maker_byline_under_its_title_names_the_body() -> None:
    text = (
        "白石区国民经济和社会发展第十四个五年规划纲要\n"
        "青禾市白石区人民政府制定\n"
        "前 言\n"
        "新世纪以来，白石区发展取得显著成效。\n"
    )
    assert _issuer(text) == "青禾市白石区人民政府"


def test_a_committee_members_report_is_the_committees() -> None:
    text = (
        "关于《青禾市养犬管理规定（草案）》修改情况的汇报\n"
        "——2031年10月17日在市人大常委会第十三次会议上\n"
        "市人大法制委员会主任委员 李某某\n"
        "主任、各位副主任、秘书长、各位委员：\n"
        "市人大常委会第十二次会议对市政府提请的草案进行了审议。\n"
    )
    assert _issuer(text) == "市人大法制委员会"


def test_a_person_alone_under_the_title_names_no_body() -> None:
    text = (
        "关于青禾市养犬管理工作情况的报告\n"
        "主任委员 李某某\n"
        "主任、各位副主任、秘书长、各位委员：\n"
        "现将养犬管理工作情况报告如下。\n"
    )
    assert _issuer(text) is None


def test_an_organ_alone_closing_the_text_under_its_contacts_signs_it() -> None:
    text = (
        "青禾省2031年度贫困县退出公示\n"
        "根据评估检查结果，现将拟退出贫困县名单予以公示，公示期为7个工作日。\n"
        "如有异议，可通过来信、来电等形式向省脱贫攻坚领导小组办公室反映。\n"
        "联系电话：0000-8765432\n"
        "青禾省脱贫攻坚领导小组办公室\n"
    )
    assert _issuer(text) == "青禾省脱贫攻坚领导小组办公室"


def test_an_organ_alone_closing_a_list_names_no_signer() -> None:
    text = "青禾省2031年度先进单位名单公示\n现将先进单位名单公示如下：\n白石县人民政府\n南岭县人民政府\n"
    assert _issuer(text) != "南岭县人民政府"


def test_a_field_naming_who_compiled_the_plan_gives_its_body() -> None:
    text = (
        "白石县突发事件总体应急预案\n"
        "编制单位:白石县应急管理局\n"
        "1 总则\n"
        "1.1 编制目的\n"
        "为提高应对突发事件的能力，制定本预案。\n"
    )
    assert _issuer(text) == "白石县应急管理局"


def test_an_interpretations_foot_field_gives_its_body() -> None:
    text = (
        "【解读】南岭镇2031年经济社会发展年度计划\n"
        "一、起草背景\n"
        "2031年是实施规划的关键之年。\n"
        "二、主要内容\n"
        "加大招商引资力度，提升产业竞争力。\n"
        "解读机关:南岭镇人民政府\n"
        "联系电话:0000-6311400\n"
    )
    assert _issuer(text) == "南岭镇人民政府"


def test_a_signature_dated_without_its_years_digits_signs_jointly() -> None:
    text = (
        "青禾省发展和改革委员会等3部门关于印发青禾省特色小镇创建清单的通知\n"
        "各市（州）人民政府：\n"
        "现将清单印发给你们，请按照有关要求做好特色小镇规划建设工作。\n"
        "青禾省发展和改革委员会\n"
        "青禾省自然资源厅\n"
        "青禾省生态环境厅\n"
        "年12月31日\n"
    )
    assert _issuer(text) == "青禾省发展和改革委员会、青禾省自然资源厅、青禾省生态环境厅"


def test_organ_lines_under_a_letters_closing_formula_sign_it() -> None:
    text = (
        "为进一步规范犬只饲养管理，我局牵头拟制了通告草案，现征求贵单位意见，请于5日内反馈。\n"
        "特此函告。\n"
        "白石县公安局\n"
        "白石县农业农村局\n"
        "南岭镇人民政府\n"
        "关于进一步规范犬只饲养管理的通告\n"
        "（征求意见稿）\n"
    )
    assert _issuer(text) == "白石县公安局、白石县农业农村局、南岭镇人民政府"


def test_a_white_papers_cover_names_the_body_under_its_month() -> None:
    text = (
        "国务院新闻办公室9月6日发表了《青禾民族区域自治的成功实践》白皮书。全文如下：\n"
        "青禾民族区域自治的成功实践\n"
        "（2031年9月）\n"
        "中华人民共和国\n"
        "国务院新闻办公室\n"
        "目录\n"
        "前言\n"
        "一、旧青禾的落后\n"
        "青禾自古以来是多民族聚居的地区。\n"
    )
    assert _issuer(text) == "中华人民共和国国务院新闻办公室"
