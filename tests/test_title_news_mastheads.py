"""A news site's or a newspaper's own lines over its headline are no part of the title: the portal's name alone
(甲日报网, 乙资讯网), its short name and full name joined by a dash (乙网-甲省乙资讯网), an e-paper's page label
(第A02版:要闻 PDF版), and a greeting that welcomes the reader to a service (你好,欢迎来到甲知识服务系统).

Texts are made up; the forms are those of news pages and e-papers.
"""

from parsers.structure import parse_structure

_NEWS_BODY = (
    "  7月30日,记者从甲省政府新闻发布会上了解到,《甲省国有林区条例》已于会议上表决通过,"
    "并于2031年8月1日起正式施行。\n  该条例共8章53条。\n"
)


def test_a_newspaper_portal_s_name_is_not_glued_to_the_headline() -> None:
    text = (
        "甲国日报网\n\n《甲省国有林区条例》8月起正式施行\n\n2031-07-30 16:46:18 来源:甲国日报记者站\n\n"
        + _NEWS_BODY
    )
    doc = parse_structure(text)
    assert doc.title == "《甲省国有林区条例》8月起正式施行"
    assert doc.notice_title is None
    assert doc.status is None


def test_a_portal_s_short_and_full_name_is_no_title() -> None:
    text = (
        "乙院网-甲省乙院资讯网\n\n \n\n0\n\n2035年基本建成国家全域旅游示范区\n\n"
        "网络编辑 乙院生活 2031-04-20 11:04:10 0 旅游 景区\n"
        "4月13日,甲省文化和旅游厅发布《甲省全域旅游发展规划纲要》。到2035年,全省基本建成示范区。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "2035年基本建成国家全域旅游示范区"
    assert doc.notice_title is None
    assert doc.status is None


def test_an_e_paper_s_page_label_is_no_title() -> None:
    text = (
        "2031年09月08日\n第A02版:要闻 PDF版\n\n甲省第一批乡村建设示范村名单公布\n\n我市88村入选\n\n□记者 乙丙\n\n"
        "本报讯 近日,记者从甲省农业农村厅官网获悉,我市88个村入选甲省第一批乡村建设示范村名单。\n"
    )
    doc = parse_structure(text)
    # both headline lines, as documents.toml's round-29 convention reads a headline printed over two lines
    assert doc.title == "甲省第一批乡村建设示范村名单公布我市88村入选"
    assert doc.notice_title is None
    assert doc.status is None


def test_a_greeting_to_a_service_is_not_glued_to_the_plan_s_name() -> None:
    text = (
        "你好,欢迎来到甲技术专业知识服务系统\n\n甲地区突发公共事件总体应急预案\n\n发布单位\n乙平台\n发布时间\n2031-01-01\n"
        "1 总则\n1.1 编制目的\n为预防和减少突发公共事件及其造成的损害,制定本预案。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲地区突发公共事件总体应急预案"
    assert doc.notice_title is None
    assert doc.status is None


def test_a_wrapped_title_s_first_line_ending_with_a_portal_s_suffix_is_no_masthead() -> None:
    cases = (
        (
            "甲报社关于印发甲日报网\n融媒体平台管理办法的通知\n各部门：\n现将办法印发给你们，请遵照执行。\n",
            "甲日报网融媒体平台管理办法",
        ),
        (
            "甲省人民政府关于印发甲省新闻网\n络信息服务管理办法的通知\n各市州人民政府：\n现将办法印发给你们，请遵照执行。\n",
            "甲省新闻网络信息服务管理办法",
        ),
        (
            "甲市人民政府关于加强甲市新闻网\n络舆情应对工作的通知\n各县区：\n现就有关事项通知如下。\n",
            "甲市人民政府关于加强甲市新闻网络舆情应对工作的通知",
        ),
    )
    for text, title in cases:
        doc = parse_structure(text)
        assert doc.title == title, text
        assert doc.notice_title is not None or "印发" not in text, text


def test_only_an_e_paper_s_label_form_is_a_page_label() -> None:
    from parsers.structure.furniture import is_web_chrome

    for label in ("第A02版:要闻 PDF版", "第3版：综合新闻", "第A02版 PDF版"):
        assert is_web_chrome(label), label
    for line in ("第5版", "第2版：甲市物业管理办法", "第2版：甲市物业管理办法实施细则的说明"):
        assert not is_web_chrome(line), line
