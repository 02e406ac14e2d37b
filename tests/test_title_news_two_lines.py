"""A news page's headline printed over two lines (round 29's convention: both lines joined as printed) when the
reporter's byline stands between it and the lead, or the lead opens on the reporter's source (round 31). Texts
written for these tests."""

from parsers.structure import parse_structure


def test_headline_over_byline_and_lead_is_both_lines():
    text = (
        "2033年05月12日\n"
        "第A03版:要闻\n"
        "\n"
        "全省第二批美丽河湖名单公布\n"
        "\n"
        "我市6条河流入选\n"
        "\n"
        "□记者 王某某\n"
        "\n"
        "本报讯 近日,记者从省水利厅获悉,我市6条河流入选全省第二批美丽河湖名单。\n"
        "据了解,此次评选共有40条河流参加。\n"
    )
    assert parse_structure(text).title == "全省第二批美丽河湖名单公布我市6条河流入选"


def test_headline_over_lead_naming_reporters_source():
    text = (
        "2034年度市政府规章项目公开征集\n"
        "\n"
        "市民可通过两种方式提出建议\n"
        "\n"
        "5月6日,记者从甲市司法局获悉,该局面向社会公开征集2034年度规章项目建议。\n"
        "据介绍,建议可通过信函或电子邮件提交。\n"
    )
    assert parse_structure(text).title == "2034年度市政府规章项目公开征集市民可通过两种方式提出建议"


def test_press_report_of_a_call_keeps_its_headlines_second_line():
    text = (
        "首页 - 帮助\n"
        "《乙市城市绿地养护标准》公开征求意见\n"
        "12项养护指标拟调整\n"
        "作者:李某\n"
        "\n"
        "  本报讯(记者 李某)6月2日,市园林局发布《乙市城市绿地养护标准(征求意见稿)》,公开征求意见。\n"
        "  征求意见截止时间为6月30日。\n"
    )
    assert parse_structure(text).title == "《乙市城市绿地养护标准》公开征求意见12项养护指标拟调整"


def test_title_over_its_body_takes_no_byline():
    # a document's own title over its byline and first sentence is no news headline: the title alone
    text = (
        "丙县农村供水工程运行管理办法\n"
        "作者:赵某\n"
        "第一条 为加强农村供水工程运行管理,制定本办法。\n"
        "第二条 本办法适用于本县。\n"
    )
    assert parse_structure(text).title == "丙县农村供水工程运行管理办法"
