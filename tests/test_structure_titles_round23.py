"""Round 23 (issue 7): a text stored as one line, its title run into the body it opens.

Class seen in three readable sets (a letterhead and 文号 before a title with the layout's spaces inside it, then
the addressee; a notice's title then its addressee; a regulation's title then its first article). Texts are made up.
"""

from parsers.structure import parse_structure
from parsers.structure.head_titles import run_on_title

_TAIL = "为进一步做好相关工作，结合本地实际，制定本办法。" * 6


def test_letterhead_number_title_with_spaces_then_addressee() -> None:
    text = (
        "甲省人民政府办公厅文件 甲政办发〔2022〕9号 甲省人民政府办公厅关于对2021年 落实有关政策措施成效明显 "
        "地区和单位予以表扬的通报 各市人民政府,省政府各厅委: 2021年,各地区认真贯彻落实省委、省政府工作要求,"
        "取得较好成效。" + _TAIL
    )
    structure = parse_structure(text)
    assert structure.title == "甲省人民政府办公厅关于对2021年落实有关政策措施成效明显地区和单位予以表扬的通报"
    assert structure.issuer == "甲省人民政府办公厅"


def test_regulation_title_then_first_article_on_one_line() -> None:
    line = "乙市城区绿地保护管理办法.第一条。为了加强绿地保护,根据有关法规,结合本市实际,制定本办法." + _TAIL
    assert run_on_title(line) == "乙市城区绿地保护管理办法"


def test_one_line_notice_issues_the_document_its_sentence_names() -> None:
    text = (
        "丙市人民政府办公厅印发关于扶持丙市老城区企业搬迁入园实施意见的通知 各区人民政府,市政府有关部门: "
        "《关于扶持丙市老城区企业搬迁入园实施意见》已经市政府同意,现印发给你们,请认真贯彻执行。 "
        "二〇〇七年三月一日 关于扶持丙市老城区企业搬迁入园实施意见 为改善老城区居民的生活环境,加快企业搬迁,"
        "制定本意见。" + _TAIL
    )
    structure = parse_structure(text)
    assert structure.title == "关于扶持丙市老城区企业搬迁入园实施意见"
    assert structure.notice_title == "丙市人民政府办公厅印发关于扶持丙市老城区企业搬迁入园实施意见的通知"


def test_one_line_order_that_issues_nothing_apart_keeps_its_title() -> None:
    # 关于发布X的通告 whose sentences are the order itself: the notice's own title, nothing issued apart
    text = (
        "丁区人民政府关于发布森林防火令的通告 为加强森林防火工作,保护森林资源,根据有关规定,现发布森林防火令如下:"
        "一、禁止在林区野外用火。" + _TAIL
    )
    structure = parse_structure(text)
    assert structure.title == "丁区人民政府关于发布森林防火令的通告"
    assert structure.notice_title is None


def test_a_sentence_before_any_kind_word_is_no_run_on_title() -> None:
    line = "近日,本市召开会议,研究部署安全生产工作的通知要求 各单位: 认真落实。" + _TAIL
    assert run_on_title(line) is None


# A page that gives its title twice: once with the site's words joined onto its head, once alone (class seen in
# heldout9, heldout25, heldout29, heldout30).

_RULES = "第一条 为了加强管理，制定本办法。\n第二条 本办法适用于本市。\n"


def test_site_lines_joined_over_a_title_given_again_alone() -> None:
    text = "返回首页\n\n信息公开\n\n甲县防汛应急预案\n\n来源: 作者:甲县应急局  时间:2020-08-21\n\n甲县防汛应急预案\n\n1 总则\n为做好防汛工作，制定本预案。\n"
    assert parse_structure(text).title == "甲县防汛应急预案"


def test_breadcrumb_line_joined_over_the_title_is_the_sites() -> None:
    text = (
        "      关键词:\n      甲网  >   新闻中心  >   时政\n\n      乙市物业服务管理办法\n\n"
        "      2021年03月31日 14:30:05  来源:乙市日报\n      字号:\n\n"
        "      (图表)[时政]乙市物业服务管理办法\n\n        近日,乙市印发物业服务管理办法,规范物业服务活动。\n"
    )
    assert parse_structure(text).title == "乙市物业服务管理办法"


def test_a_region_tag_before_the_title_is_the_sites() -> None:
    text = (
        "(丙省)丁县国民经济和社会发展第十四个五年规划纲要\n\n[规划计划] 发表于:2021-10-09 12:48:38\n收藏\n详情\n"
        "丁县国民经济和社会发展第十四个五年规划纲要\n \n“十四五”时期,是我县发展的关键时期。\n \n第一章  规划背景\n"
    )
    assert parse_structure(text).title == "丁县国民经济和社会发展第十四个五年规划纲要"


def test_a_wrapped_title_keeps_its_head_line() -> None:
    # 戊市推动夜间经济发展 / 2023年行动方案: the second line is the title's end, not a repeat of it
    text = "戊市推动夜间经济提质增效\n2023年行动方案\n为推动夜间经济发展，制定本方案。\n一、总体要求\n"
    assert parse_structure(text).title == "戊市推动夜间经济提质增效2023年行动方案"


def test_an_organ_before_a_repeated_title_stays_in_it() -> None:
    # the organ heading its own title may be the issuer's: nothing is cut
    text = (
        "己省住房和城乡建设厅城镇燃气经营许可管理办法\n发布时间:2020-01-01\n城镇燃气经营许可管理办法\n"
        + _RULES
    )
    assert parse_structure(text).title == "己省住房和城乡建设厅城镇燃气经营许可管理办法"


def test_one_line_regulation_that_kept_a_pages_spaces_is_no_banner() -> None:
    # a paragraph with a page's spaces left in it (spaced phrases, as a site's banner has) ends sentences: prose
    text = (
        "乙市城区绿地保护管理办法.第一条。为了加强城区绿地保护管理、促进生态环境协调发展,根据国务院 城市绿化条例,"
        "建设部 城市绿地管理办法,自治区实施 城市绿化条例 办法 等法规,结合本市实际,制定本办法.第二条,本办法适用于"
        "本市城市规划区内绿地的保护管理\n第三条.本办法所称绿地是指城市规划区内的公园绿地和防护绿地,以及附属绿地。"
        "第四条。绿地分为一级和二级,由市城市园林绿化行政主管部门认定。"
    )
    assert parse_structure(text).title == "乙市城区绿地保护管理办法"


def test_a_short_banner_of_spaced_slogans_stays_chrome() -> None:
    text = (
        "宣传人大制度 交流人大经验;推进民主法制建设 构建和谐文明家园。\n信息搜索:\n\n"
        "甲州人民代表大会常务委员会机关公文处理办法\n\n来源:州人大\n\n第一章 总则\n第一条 为规范公文处理,制定本办法。\n"
    )
    assert parse_structure(text).title == "甲州人民代表大会常务委员会机关公文处理办法"


def test_a_sentence_citing_an_article_is_no_run_on_title() -> None:
    line = "根据甲市物业管理办法 第一条的规定,结合本区实际情况,区政府决定开展物业服务专项检查工作。" + _TAIL
    assert run_on_title(line) is None


def test_a_kind_word_inside_a_name_does_not_end_the_search() -> None:
    # 计划 inside 计划生育 is no title's end; the title ends at 条例, before its first article
    line = "甲省人口与计划生育条例 第一条 为了实行计划生育,促进人口与经济协调发展,制定本条例。" + _TAIL
    assert run_on_title(line) == "甲省人口与计划生育条例"
