"""A text stored under the sentence that tells its publication (甲省人民政府发布《X》，自发布之日起施行), its own
heading lost, is X when X's own opening follows (its first chapter or article, or its addressee). The same sentence over a reporter's account of
X, or naming two documents, leaves the text untitled.

Texts are made up; the forms are those of government sites and law databases.
"""

from parsers.structure import parse_structure

_PUBLISHED_OVER_ARTICLES = (
    "发布信息\n"
    "2031年3月,甲省人民政府办公厅发布《甲省河湖长制工作规定》,自发布之日起施行。\n"
    "内容全文\n"
    "第一章 总则\n"
    "第一条 为了全面推行河湖长制,制定本规定。\n"
    "第二条 本省行政区域内的河湖管理保护,适用本规定。\n"
)

_PASSIVE_OVER_ARTICLES = (
    "《乙部规章备案审查办法》于2031年4月2日由乙部令第5号公布,共六章四十条,自2031年6月1日起施行。\n"
    "基本介绍\n"
    "- 发布机构:乙部\n"
    "第一章 总则\n"
    "第一条 为了规范规章备案审查工作,制定本办法。\n"
)

_ISSUED_OVER_PARTS = (
    "5月8日,丙省政府印发《关于加快发展冰雪经济的实施意见》,文件提出:\n"
    "各市、县人民政府,省各委办厅局:\n"
    "冰雪经济是新的增长点。为加快发展冰雪经济,现提出如下意见。\n"
    "一、总体要求\n"
    "到2033年,全省冰雪产业规模达到500亿元。\n"
)

_NEWS_ACCOUNT = (
    "近日,丁市人民政府印发《丁市养老服务体系建设规划》,自2031年1月1日起施行。\n"
    "《规划》明确,到2035年全市每千名老年人拥有养老床位40张。\n"
    "《规划》提出,要加快社区养老服务设施建设。\n"
)

_PAGE_ABOUT_IT = (
    "己县人民政府印发《己县农村供水提质行动方案》,明确了三年的工作目标。\n"
    "一、出台背景\n"
    "全县农村供水保障水平仍然不高。\n"
    "二、主要内容\n"
    "方案提出到2033年农村自来水普及率达到98%。\n"
)

_TWO_NAMES = (
    "戊省人民政府发布《戊省森林防火条例实施办法》和《戊省草原防火办法》,自发布之日起施行。\n"
    "第一章 总则\n"
    "第一条 为了预防和扑救森林火灾,制定本办法。\n"
)


def test_a_publication_sentence_over_the_articles_titles_the_text() -> None:
    assert parse_structure(_PUBLISHED_OVER_ARTICLES).title == "甲省河湖长制工作规定"


def test_a_passive_publication_sentence_over_the_articles_titles_the_text() -> None:
    assert parse_structure(_PASSIVE_OVER_ARTICLES).title == "乙部规章备案审查办法"


def test_an_issuing_sentence_over_the_documents_addressee_titles_the_text() -> None:
    assert parse_structure(_ISSUED_OVER_PARTS).title == "关于加快发展冰雪经济的实施意见"


def test_a_news_account_of_a_publication_stays_untitled() -> None:
    # counter-example: nothing of the plan's own text follows, only a reporter's sentences about it
    assert parse_structure(_NEWS_ACCOUNT).title is None


def test_a_page_about_the_published_plan_stays_untitled() -> None:
    # counter-example: its own 一、 parts are a page's account (出台背景), not the plan's opening
    assert parse_structure(_PAGE_ABOUT_IT).title is None


def test_two_documents_published_together_name_no_one() -> None:
    assert parse_structure(_TWO_NAMES).title is None
