"""A news page (or a call stored under its news lead) that reports a call names the body making it in its first
sentence: after the report's credit (本报讯（记者 X）, 甲网讯：, 导读：, 核心提示：) and the day it tells of, the
sentence opens on the body and its act (就《X》公开征求意见, 发布了《X（征求意见稿）》, 日前公布, 现就, 征集), or tells
that the reporter learned of the call from a body (记者从甲办获悉，…征集…). When nothing else names an issuer, that
body is the issuer (fixtures/field/documents.toml, round 28: "the lead of a page reporting such a call or notice
likewise", and the review29 addition on 发布/公布 of a draft and on calls for proposals). A report of a document
issued (甲办印发《X》) names the page's subject, not a call's maker: no issuer from it.

Texts are made up; the wordings are those of city papers, news portals and sites reposting a call.
"""

import pytest

from parsers.pipeline import parse_bytes

_REST = (
    "条例草案共六章四十条，对管理职责、监督检查和法律责任作了规定。\n"
    "市民可登录网站查看草案全文，并通过电子邮件提出意见。\n"
)


def _issuer(text: str) -> str | None:
    return parse_bytes(text.encode("utf-8"), name="report.txt").issuer


@pytest.mark.parametrize(
    ("lead", "issuer"),
    [
        (
            "本报讯（记者 张明）近日，甲省司法厅就《甲省物业管理条例（草案）》公开向社会征求意见，意见可在6月30日前反馈。",
            "甲省司法厅",
        ),
        (
            "导读：近日，乙市住房和城乡建设委员会发布关于向社会公开征求《乙市老旧小区改造方案（征求意见稿）》意见的公告。",
            "乙市住房和城乡建设委员会",
        ),
        (
            "丙网讯：10月12日，丙省发展和改革委员会就《丙省数据资源登记办法》公开征求意见。",
            "丙省发展和改革委员会",
        ),
        (
            "核心提示：丁省政府法制办日前公布《丁省河道管理条例》（征求意见稿），公开征求社会各界意见。",
            "丁省政府法制办",
        ),
        (
            "戊市公安局、戊市农业农村局现就《戊市禁养犬名录（征求意见稿）》向社会征求意见，请提出修改意见和建议。",
            "戊市公安局、戊市农业农村局",
        ),
        (
            "昨天，记者从己市人民建议征集办公室获悉，明年拟办的重要民生实事开始向公众征集，市民可在网上提出建议。",
            "己市人民建议征集办公室",
        ),
        (
            "【本报讯】3月5日，记者从市人大获悉，庚市人大常委会就《庚市扬尘污染防治条例（草案）》面向社会公开征求意见。",
            "庚市人大常委会",
        ),
        (
            "辛市城市更新立法加速！7月7日，辛市住房和城乡建设局发布了《辛市城市更新条例（征求意见稿）》。",
            "辛市住房和城乡建设局",
        ),
    ],
)
def test_the_body_a_report_names_making_a_call_issued_it(lead: str, issuer: str) -> None:
    page = f"城市管理新规征求意见\n2031-05-12 09:30 来源：甲市日报\n{lead}\n{_REST}"
    assert _issuer(page) == issuer


@pytest.mark.parametrize(
    "lead",
    [
        # a report of a document issued: the page's subject, no call
        "近日，甲市人民政府办公室印发《甲市重污染天气应急预案》，以统筹做好全市应急处置工作。",
        # a reporter's source that tells of no call
        "记者从乙市统计局获悉，今年前三季度全市生产总值同比增长百分之五。",
        # a clause of ground that names a body is no body opening the sentence
        "根据丙省民政厅发布的通知要求，现向社会公开征集传统村落保护建议。",
        # a word that points back names no body
        "本局发布了《丁市摊点管理办法（征求意见稿）》，现向社会公开征求意见。",
    ],
)
def test_no_issuer_from_a_report_that_names_no_call_maker(lead: str) -> None:
    page = f"城市管理新规发布\n2031-05-12 09:30 来源：甲市日报\n{lead}\n{_REST}"
    assert _issuer(page) is None


def test_a_calls_own_signature_comes_first() -> None:
    page = (
        "关于公开征求意见的公告\n"
        "导读：近日，甲市城市管理局发布了《甲市摊点管理办法（征求意见稿）》，现向社会公开征求意见。\n"
        f"{_REST}"
        "乙市城市管理综合执法局\n"
        "2031年5月12日\n"
    )
    assert _issuer(page) == "乙市城市管理综合执法局"
