"""Round 32's issuer readings (issue 7), each a layout the field corpus shows in several sets:

* a call's first sentence names the body that puts the draft out after its clause of purpose (为…，甲办将《X
  （征求意见稿）》全文公布，征求社会各界意见) or opens on the body that drafted it (甲协会组织草拟了《X》…，现公开
  征求意见): that body issued the call (documents.toml, round 28: putting out a draft for comment is an act of the call);
* a lead telling that several bodies issued the text jointly (甲部、乙局联合印发了《X》) names them all;
* a public letter signed by a body through its head (甲省人民政府省长：乙 over the date): the body signs;
* an order numbered before 令 (甲市人民政府第57号令, …甲部第55号令公布): the order's body;
* a call stored under the name of a draft another body will issue (《甲区人民政府关于X的通告（征求意见稿）》) is the
  calling body's, when its signature, the page's 发布机构 or its acting lead names that body;
* the letterhead's fuller naming of the same body completes the title's head or the signature (乙区人民政府关于… under
  甲市乙区人民政府文件; 丙镇人民政府 signing under 丁县丙镇人民政府文件).

Texts are made up; the wordings are those of calls, orders, letters and notices as city and provincial sites post them.
"""

import pytest

from parsers.notice import parse_notice
from parsers.pipeline import parse_bytes
from parsers.structure import parse_structure
from parsers.structure.lead_issuer import lead_issuer
from parsers.structure.lines import Line

_TAIL = "一、征求意见时间\n即日起至2031年6月30日。\n二、反馈方式\n请将意见发送至电子邮箱。\n"
_ARTICLES = "第一条 为了规范本市的管理工作，制定本办法。\n第二条 本办法适用于本市城市规划区。\n"


def _issuer(text: str) -> str | None:
    return parse_bytes(text.encode("utf-8"), name="doc.txt").issuer


def test_the_body_putting_out_the_draft_after_the_clause_of_purpose_issued_the_call() -> None:
    opening = (
        "为了让公众参与规章起草，使规章更合民意，甲省人民政府法制办将《甲省河道采砂管理办法（草案征求意见稿）》"
        "全文刊登，请社会各界提出意见。有关事项通知如下："
    )
    assert _issuer(opening + "\n" + _TAIL) == "甲省人民政府法制办"


def test_the_body_a_call_opens_on_drafting_the_text_acts_for_the_call() -> None:
    # the body the pipeline falls back on when nothing else names one (structure.acting_issuer)
    text = (
        "乙州蜂业协会组织起草了《乙州中蜂养殖技术规程》《乙州蜂蜜分级规范》两项团体标准，形成了征求意见稿，"
        "现向社会公开征求意见。欢迎各有关单位和个人反馈。\n附件：团体标准意见反馈表\n"
    )
    assert parse_structure(text).acting_issuer == "乙州蜂业协会"


def test_guard_a_policy_s_promise_with_jiang_names_no_issuer() -> None:
    # 将 before a verb is a promise of the policy, not a body putting a named text out
    text = "为了推动乡村振兴，丙市人民政府将加大财政投入，现提出以下意见。\n一、总体要求\n坚持农业农村优先发展。\n"
    assert _issuer(text) is None


def test_a_lead_naming_joint_bodies_acting_together_names_them_all() -> None:
    lead = [
        Line(0, 0, 0, "日前，甲部、乙局联合印发了《关于加快丙产业发展的意见》，全文如下："),
    ]
    assert lead_issuer(lead, "关于加快丙产业发展的意见") == "甲部、乙局"


def test_guard_a_federation_s_name_keeps_its_lianhe() -> None:
    lead = [Line(0, 0, 0, "近日，甲省残疾人联合会印发了《甲省残疾人康复服务办法》。")]
    assert lead_issuer(lead, "甲省残疾人康复服务办法") == "甲省残疾人联合会"


def test_a_public_letter_signed_by_the_body_through_its_head() -> None:
    text = (
        "致全省群众的一封信\n"
        "为把惠民实事办到群众心坎上，现面向全社会征集2031年惠民实事项目建议，欢迎来信。\n"
        "征集时间：2030年9月15日至10月31日\n"
        "甲省人民政府省长：乙丙丁\n"
        "2030年9月15日\n"
    )
    assert _issuer(text) == "甲省人民政府"


def test_guard_an_official_alone_is_no_signer() -> None:
    text = (
        "致全市群众的一封信\n"
        "为把惠民实事办到群众心坎上，现面向全社会征集2031年惠民实事项目建议，欢迎来信。\n"
        "市长 乙丙丁\n"
        "2030年9月15日\n"
    )
    assert _issuer(text) is None


@pytest.mark.parametrize(
    ("head", "issuer"),
    [
        (
            "甲市户外广告设置管理办法\n甲市人民政府第12号令\n"
            "《甲市户外广告设置管理办法》已于2031年5月9日经市人民政府第八次常务会议通过，现予公布。\n",
            "甲市人民政府",
        ),
        ("乙部林木种苗质量管理办法\n（2031年6月2日乙部第31号令公布）\n", "乙部"),
    ],
)
def test_an_order_numbered_before_ling_names_its_body(head: str, issuer: str) -> None:
    assert _issuer(head + _ARTICLES) == issuer


def test_a_call_on_another_body_s_draft_is_the_calling_body_s() -> None:
    text = (
        "索引号: 0001/2031-00002\n发布机构: 甲区公安局\n"
        "甲区人民政府关于加强燃放烟花爆竹安全管理的通告（征求意见稿）\n"
        "为使通告更加科学合理，现将《甲区人民政府关于加强燃放烟花爆竹安全管理的通告"
        "（征求意见稿）》公布，请公众提出意见。\n" + _TAIL
    )
    assert _issuer(text) == "甲区公安局"


def test_guard_a_government_calling_on_its_own_draft_keeps_it() -> None:
    text = (
        "发布机构: 甲区人民政府\n"
        "甲区人民政府关于加强燃放烟花爆竹安全管理的通告（征求意见稿）\n"
        "为使通告更加科学合理，现将《甲区人民政府关于加强燃放烟花爆竹安全管理的通告"
        "（征求意见稿）》公布，请公众提出意见。\n" + _TAIL
    )
    assert _issuer(text) == "甲区人民政府"


def test_the_letterhead_completes_the_title_head_s_naming() -> None:
    text = (
        "甲市乙区人民政府文件\n乙政发〔2031〕5号\n"
        "乙区人民政府关于印发乙区人民政府工作规则的通知\n"
        "各街道办事处，区政府各委、局：\n现将《乙区人民政府工作规则》印发给你们，请遵照执行。\n"
        "乙区人民政府工作规则\n第一章 总则\n第一条 为了规范区政府工作，制定本规则。\n"
    )
    assert _issuer(text) == "甲市乙区人民政府"


def test_the_letterhead_completes_a_township_s_signature() -> None:
    text = (
        "丁县丙镇人民政府文件\n丙府发〔2031〕15号\n"
        "关于印发《丙镇农村卫生保健工作规划》的通知\n各村民委员会：\n"
        "现将《丙镇农村卫生保健工作规划》印发给你们，请认真贯彻执行。\n"
        "丙镇人民政府\n2031年3月28日\n"
    )
    assert _issuer(text) == "丁县丙镇人民政府"


_NOTICE = "各区人民政府，市有关单位：\n《甲市河湖巡查工作制度》经研究同意，现印发给你们，请遵照执行。\n"


@pytest.mark.parametrize(
    ("signature", "issuer"),
    [
        (
            "甲市河长制工作领导小组办公室\n（甲市水务局代章）\n2031年7月17日\n",
            "甲市河长制工作领导小组办公室",
        ),
        ("乙部办公厅(章)\n二○三一年二月二十七日\n", "乙部办公厅"),
        # review35 S9: the bare （章） after each of two joint signers
        ("甲省财政厅（章）\n甲省农业农村厅（章）\n2031年2月27日\n", "甲省财政厅、甲省农业农村厅"),
    ],
)
def test_a_seal_under_or_after_the_signer_is_no_part_of_the_signature(signature: str, issuer: str) -> None:
    assert _issuer(_NOTICE + signature) == issuer


@pytest.mark.parametrize(
    "date",
    ["2031\n年11月15日\n", "20311月15\n"],
)
def test_a_signature_over_a_broken_date(date: str) -> None:
    text = (
        "各市、县农业农村局：\n现将2031年度丙省农业科技推广项目计划下达给你们，请抓好落实。\n"
        "附件：项目计划表\n丙省农业农村厅\n" + date
    )
    assert _issuer(text) == "丙省农业农村厅"


@pytest.mark.parametrize(
    "opening",
    [
        "按照立法计划，市林业局起草了《甲市古树名木保护条例（送审稿）》，已提请市人民政府审议。"
        "为听取公众意见，现将送审稿全文公布，欢迎提出意见。",
        "为听取公众意见，现将市城管局起草报送市人民政府的《甲市市容管理条例（草案）》"
        "全文刊登，欢迎提出意见。",
    ],
)
def test_a_drafter_submitting_the_text_to_another_body_is_not_the_call_s_issuer(opening: str) -> None:
    assert _issuer(opening + "\n" + _TAIL) is None


def test_guard_a_drafter_that_calls_itself_stays_the_issuer() -> None:
    opening = (
        "按照立法计划，市林业局起草了《甲市古树名木保护条例（征求意见稿）》。"
        "现将征求意见稿全文公布，欢迎提出意见。"
    )
    assert _issuer(opening + "\n" + _TAIL) == "市林业局"


_DRAFT_CALL = (
    "关于公开征求《甲市停车场管理条例（草案）》意见的通知\n"
    "为广泛听取社会各界意见，现将《甲市停车场管理条例（草案）》全文公布，公开征求意见。\n"
    "请于2031年6月30日前将意见反馈至{body}。\n"
    "联系电话：0000-12345678\n"
)


def _call_body(text: str) -> str | None:
    return parse_notice(text, (0, len(text))).issuing_body


def test_comments_going_to_a_section_name_no_issuer() -> None:
    # round 13: a section (…处, …科) does not stand for its bureau, and a contact line names no issuer
    assert _call_body(_DRAFT_CALL.format(body="甲市司法局立法处")) is None


def test_guard_comments_going_to_the_bureau_itself() -> None:
    assert _call_body(_DRAFT_CALL.format(body="甲市司法局")) == "甲市司法局"
