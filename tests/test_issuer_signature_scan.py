"""The first signature block read when no box holds it (parsers.structure.signature_scan): a covering notice stored
without its own title, a call with no title line, a signature whose date shares its line, a name that is no organ by
its ending signing above the date — and a person signing in office, who is no issuing body."""

from parsers.structure import parse_structure


def test_a_covering_notice_stored_without_its_title_is_signed_above_its_date() -> None:
    text = (
        "各县人民政府，市直各部门：\n"
        "经研究，现将《甲市防汛应急预案》印发给你们，请认真贯彻执行。\n"
        "甲市人民政府\n"
        "2030年3月2日\n"
        "甲市防汛应急预案\n"
        "（市人民政府2020年3月19日印发2030年3月2日修订）\n"
        "1 总则\n1.1 编制目的\n为做好防汛工作，制定本预案。\n1.2 适用范围\n本预案适用于本市。\n"
    )
    assert parse_structure(text).issuer == "甲市人民政府"


def test_a_call_without_a_title_is_signed_by_the_organ_its_date_follows_on_one_line() -> None:
    call = (
        "为广泛听取意见，现将《乙县养犬管理办法（征求意见稿）》全文公布，公开征求意见。\n"
        "意见请于2031年5月1日前发送至指定邮箱。\n"
        "联系电话：0000-1234567\n"
    )
    assert parse_structure(call + "乙县民政局 2031年4月5日\n").issuer == "乙县民政局"
    assert parse_structure(call + "乙县民政局2031年4月5日\n").issuer == "乙县民政局"


def test_a_society_signs_above_its_date_though_its_name_ends_in_no_organ_word() -> None:
    text = (
        "各有关单位：\n"
        "按照本会团体标准管理办法的规定，《丁鱼养殖技术规程》团体标准已审查通过，现予发布。\n"
        "特此公告\n"
        "丙省水产学会\n"
        "2030年9月2日\n"
    )
    assert parse_structure(text).issuer == "丙省水产学会"


def test_joint_signers_on_two_lines_the_last_no_organ_by_its_ending() -> None:
    text = (
        "各师市：\n《戊应急预案》已经同意，现印发给你们，请认真贯彻落实。\n"
        "中共戊区委员会\n戊区兵团\n2030年7月2日\n"
        "戊应急预案\n1 总则\n1.1 目的\n为提高能力，制定本预案。\n"
    )
    assert parse_structure(text).issuer == "中共戊区委员会、戊区兵团"


def test_a_mayor_signing_an_order_is_no_issuing_body() -> None:
    text = (
        "《己市停车管理办法》已经市人民政府常务会议通过，现予公布，自2030年1月1日起施行。\n"
        "市长 张某某\n2029年12月1日\n"
        "己市停车管理办法\n第一条 为了加强停车管理，制定本办法。\n第二条 本办法适用于本市。\n"
    )
    assert parse_structure(text).issuer != "市长 张某某"


def test_a_signature_glued_to_the_last_item_of_a_notice_run_into_one_paragraph() -> None:
    text = (
        "为有效防治噪声污染,我局起草了《庚市声环境功能区划方案(征求意见稿)》,现公开征求意见,联系部门:庚市生态环境局,"
        "联系电话:0000-88639411,特此公告,附件:庚市声环境功能区划方案(征求意见稿)起草说明庚市生态环境局2031年6月4日。\n"
    )
    assert parse_structure(text).issuer == "庚市生态环境局"


def test_a_bulleted_signature_is_read_without_its_bullets() -> None:
    text = (
        "关于《辛市无人机管理办法(征求意见稿)》征求意见的公告\n"
        "为规范低空飞行活动，现将《辛市无人机管理办法(征求意见稿)》全文公布，公开征求意见。\n"
        "通讯地址:辛市下陆区路35号\n·\n· 辛市公安局\n· 2031年11月19日\n"
    )
    assert parse_structure(text).issuer == "辛市公安局"


def test_a_table_row_over_a_month_is_no_signature() -> None:
    text = (
        "现将《2031年度重大行政决策事项目录》印发给你们，请认真贯彻执行。\n"
        "序号 | 事项名称 | 承办单位 | 完成时间 |\n"
        "1 |\n壬区养老服务规划 |\n区政府办 |\n2031年7月 |\n"
    )
    assert parse_structure(text).issuer is None


def test_a_signature_over_a_masked_date() -> None:
    text = "请各村居民互相转告，试鸣期间照常生产生活，不必惊慌。\n癸县人民政府\n****年*月**日\n"
    assert parse_structure(text).issuer == "癸县人民政府"
