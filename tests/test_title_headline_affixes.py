"""What a site or a news headline writes around the one document's name on its title line.

Classes: the name quoted after who issued it (甲部《X政策》, 三部门联合印发《X意见》: the name is the title; an organ's own
甲办公厅印发《X》 stays its notice's title), and the day the page posted it, its 年 or 月 lost, glued before the title
(2031516日X预案, 20311月11X办法). Texts are made up.
"""

from parsers.structure import parse_structure
from parsers.structure.title_affixes import drop_posted_day, drop_quoting_head


def test_a_headline_quoting_the_opinion_after_who_issued_it_is_titled_by_the_opinion() -> None:
    text = (
        "当前位置 : 首页>>动态>>政策新闻\n\n三部门联合印发《关于促进甲产业健康发展的指导意见》\n\n"
        "来源:本站 更新时间:2031-09-17\n\n"
        "日前,甲部、乙局、丙社联合印发了《关于促进甲产业健康发展的指导意见》,并提出如下意见:\n\n"
        "一、总体要求\n\n二、建设绿色生态基地\n"
    )
    doc = parse_structure(text)
    assert doc.title == "关于促进甲产业健康发展的指导意见"
    assert doc.notice_title is None
    assert doc.status is None


def test_the_quoting_head_is_dropped_only_for_who_issued_or_a_bare_guanyu() -> None:
    assert drop_quoting_head("甲部《农机工业发展政策》") == "农机工业发展政策"
    assert drop_quoting_head("关于《乙市古树名木保护条例》") == "乙市古树名木保护条例"
    # guards: an organ's own act is its notice's title; a news verb after the name is read elsewhere
    assert drop_quoting_head("甲市人民政府办公厅印发《关于加快丙业发展的若干意见》") == (
        "甲市人民政府办公厅印发《关于加快丙业发展的若干意见》"
    )
    assert (
        drop_quoting_head("解读《丁县加快食用菌产业发展实施办法》")
        == "解读《丁县加快食用菌产业发展实施办法》"
    )


def test_a_posted_day_glued_before_the_title_is_the_page_s() -> None:
    text = "2031516日戊县地质灾害应急预案\n1 总则\n1.1 编制目的\n为做好地质灾害防治工作，制定本预案。\n1.2 适用范围\n本预案适用于全县。\n"
    doc = parse_structure(text)
    assert doc.title == "戊县地质灾害应急预案"
    assert drop_posted_day("20311月11己县民宿管理暂行办法") == "己县民宿管理暂行办法"
    # guards: a headline's date with what happens from it, and a year that opens a title
    assert drop_posted_day("2031年1月1日起施行的庚市物业管理条例") == "2031年1月1日起施行的庚市物业管理条例"
    assert drop_posted_day("2031年辛市重点工作任务分解方案") == "2031年辛市重点工作任务分解方案"
    # a complete date is the title's own text, not a posted day that lost its 年 or 月
    assert drop_posted_day("2025年6月5日世界环境日宣传活动方案") == "2025年6月5日世界环境日宣传活动方案"
    assert (
        drop_posted_day("2023年10月1日国庆节期间安全生产工作方案")
        == "2023年10月1日国庆节期间安全生产工作方案"
    )


def test_a_title_opening_with_its_own_complete_date_keeps_it() -> None:
    text = "2025年6月5日世界环境日宣传活动方案\n\n一、活动主题\n人与自然和谐共生。\n二、活动时间\n2025年6月5日。\n"
    assert parse_structure(text).title == "2025年6月5日世界环境日宣传活动方案"
    text = "2023年10月1日国庆节期间安全生产工作方案\n\n一、工作目标\n确保节日期间安全生产形势稳定。\n"
    assert parse_structure(text).title == "2023年10月1日国庆节期间安全生产工作方案"
