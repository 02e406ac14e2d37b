"""A notice that publishes a list (关于公布X名单的通知, 关于X名单的公示, 关于公布X名录的通告) is the document itself when
the text carries no heading of the list's own: its items run under the notice's sentence, or the list is only an
attachment's name. Its title is the notice's, and there is no separate notice title. A list stored under its own
heading keeps that heading as its title (the notice then covers it), and a policy about a list (…名录管理办法) is no list.

Texts are made up; the layouts are those of provincial departments' 公示 and 通知 pages.
"""

from parsers.structure import parse_structure


def test_a_notice_publishing_a_list_over_its_items_is_the_document() -> None:
    # the list's items run under the notice's sentence: no heading of the list's own
    text = (
        "甲省农业农村厅办公室关于公布2031年甲省畜禽养殖标准化示范场名单的通知\n"
        "甲农办〔2031〕1号\n"
        "各市农业农村局：\n"
        "为推进畜禽养殖标准化，经申报、评审，确定了2031年示范场，现予公布。\n"
        "1.甲县乙牧场\n"
        "2.丙县丁养殖场\n"
        "3.戊县己禽业公司\n"
        "甲省农业农村厅办公室\n"
        "2031年1月12日\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲省农业农村厅办公室关于公布2031年甲省畜禽养殖标准化示范场名单的通知"
    assert doc.status is None
    assert doc.notice_title is None


def test_a_gongshi_of_a_list_is_the_document() -> None:
    # a 公示 carrying its list, the list without a heading
    text = (
        "关于第一批省级现代农业产业园认定名单的公示\n"
        "按照《甲省农业农村厅关于开展省级现代农业产业园认定工作的通知》要求，经评审，拟认定以下产业园，现予公示。\n"
        "1.乙县现代农业产业园\n"
        "2.丙县现代农业产业园\n"
        "如对公示内容有异议，请于2031年1月4日前实名反映。\n"
        "甲省农业农村厅\n"
        "2031年1月2日\n"
    )
    doc = parse_structure(text)
    assert doc.title == "关于第一批省级现代农业产业园认定名单的公示"
    assert doc.status is None
    assert doc.notice_title is None


def test_a_gongshi_whose_list_is_only_an_attachments_name_is_the_document() -> None:
    # the list is named only in 附件 and not stored
    text = (
        "关于拟认定为2031年“甲省森林乡村”行政村名单的公示\n"
        "为贯彻落实乡村振兴战略，经县级推荐、市级审核，拟认定以下行政村为2031年甲省森林乡村，现予公示。\n"
        "附件:拟认定2031年甲省森林乡村名单(乙市)\n"
        "乙市林业和草原局\n"
        "2031年7月10日\n"
    )
    doc = parse_structure(text)
    assert doc.title == "关于拟认定为2031年“甲省森林乡村”行政村名单的公示"
    assert doc.status is None
    assert doc.notice_title is None


def test_a_list_stored_under_its_own_heading_keeps_its_name() -> None:
    # the list follows under its own heading: the list is the document (heldout47's rule)
    text = (
        "乙市人民政府关于公布乙市重要水域名录的通知\n"
        "各区人民政府，市政府各部门：\n"
        "现将乙市重要水域名录予以公布，请认真贯彻执行。\n"
        "乙市人民政府\n"
        "2031年7月5日\n"
        "乙市重要水域名录\n"
        "一、河道\n"
        "（一）乙江干流\n"
        "（二）丙河\n"
        "二、湖泊\n"
        "（一）丁湖\n"
    )
    doc = parse_structure(text)
    assert doc.title == "乙市重要水域名录"
    assert doc.status is None
    assert doc.notice_title == "乙市人民政府关于公布乙市重要水域名录的通知"


def test_a_notice_issuing_measures_for_a_list_keeps_the_measures() -> None:
    # a 名录's 管理办法 is a policy, not a list
    text = (
        "甲省人民政府办公厅关于印发甲省重点保护野生植物名录管理办法的通知\n"
        "各市人民政府：\n"
        "现将《甲省重点保护野生植物名录管理办法》印发给你们，请认真贯彻执行。\n"
        "甲省人民政府办公厅\n"
        "2031年3月1日\n"
        "甲省重点保护野生植物名录管理办法\n"
        "第一条 为加强重点保护野生植物保护，制定本办法。\n"
        "第二条 本办法适用于本省。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲省重点保护野生植物名录管理办法"
    assert doc.status is None
    assert doc.notice_title == "甲省人民政府办公厅关于印发甲省重点保护野生植物名录管理办法的通知"


def test_a_list_under_its_own_quoted_heading_keeps_its_name() -> None:
    text = (
        "丁市人民政府关于公布丁市历史建筑名录的通知\n各区人民政府：\n现将丁市历史建筑名录予以公布。\n"
        "丁市人民政府\n2031年7月5日\n《丁市历史建筑名录》\n一、城区\n（一）甲街1号\n（二）乙街2号\n二、郊区\n（一）丙村祠堂\n"
    )
    doc = parse_structure(text)
    assert doc.title == "丁市历史建筑名录"
    assert doc.status is None
    assert doc.notice_title == "丁市人民政府关于公布丁市历史建筑名录的通知"
