"""A press report of a policy issued that hands the policy over to its text (…印发了《X》。/《X》主要内容如下。, then X's
preface and parts) carries X: X is the title, and the headline over the report is no covering notice's. A report that
only gives an account of a policy, and a report of a call for comments, stay titled by their headline.

Texts are made up; the forms are those of news pages.
"""

from parsers.structure import parse_structure

_PLAN = (
    "为完善城乡养老服务体系,制定本方案。\n\n"
    "一、总体要求\n\n坚持以人民为中心,逐步健全养老服务网络。\n\n"
    "二、主要任务\n\n(一)建设社区养老服务站。到2033年,每个街道建成1个养老服务综合体。\n"
)


def test_a_report_that_hands_the_policy_over_is_titled_by_the_policy() -> None:
    text = (
        "甲省两办印发《乙类养老服务提升方案》\n\n作者:发布时间:2032-06-18文章来源:丙县融媒体\n\n"
        "丁通讯社戊城6月17日电 近日,甲省省委办公厅、甲省人民政府办公厅印发了《乙类养老服务提升方案》,"
        "并发出通知,要求各地结合实际认真贯彻落实。\n\n"
        "《乙类养老服务提升方案》主要内容如下。\n\n" + _PLAN
    )
    doc = parse_structure(text)
    assert doc.title == "乙类养老服务提升方案"
    assert doc.notice_title is None
    assert doc.status is None


def test_a_report_that_only_gives_an_account_of_a_policy_is_titled_by_its_headline() -> None:
    # counter-example: the report retells the policy (《方案》指出…) and does not hand its text over
    text = (
        "甲省两办印发《乙类养老服务提升方案》\n\n作者:发布时间:2032-06-18文章来源:丙县融媒体\n\n"
        "丁通讯社戊城6月17日电 近日,甲省省委办公厅、甲省人民政府办公厅印发了《乙类养老服务提升方案》,"
        "并发出通知,要求各地结合实际认真贯彻落实。\n\n"
        "《方案》指出,到2033年,每个街道建成1个养老服务综合体,城乡养老服务网络基本健全。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲省两办印发《乙类养老服务提升方案》"
    assert doc.notice_title is None


def test_a_report_of_a_call_is_titled_by_its_headline() -> None:
    # counter-example: the press's report of a call for comments keeps its headline, no stage
    text = (
        "《乙市共享单车停放管理办法》公开征求意见\n\n"
        "  本报讯(记者 庚三)5月8日,乙市交通局发布《乙市共享单车停放管理办法(征求意见稿)》,向社会公开征求意见。\n"
        "  市民可于2032年6月8日前将意见发送至bike@example.cn。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "《乙市共享单车停放管理办法》公开征求意见"
    assert doc.notice_title is None
    assert doc.status is None
