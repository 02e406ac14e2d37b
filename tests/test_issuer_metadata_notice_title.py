"""A notice stored without its heading and its signature, its title given only by the page's 名称 field: the
notice's title comes from the field, and the body at its head is the issuer (field conventions: the title's head
before the acting body of a lead sentence). A field title that names no body gives none.

Texts are made up; the form is that of a city portal's table of fields over a plan.
"""

from parsers.pipeline import parse_bytes

_FIELDS = (
    "索 引 号: | 000014349/2031-00001 | 信息分类: | |\n"
    "发布机构: | 生成日期: | 2031-12-02 08:54:33 | |\n"
    "文 号: | 甲府办发〔2031〕10号 | 是否有效: | |\n"
)
_BODY = (
    "各县人民政府，市人民政府各部门：\n"
    "经市人民政府同意，现将《甲市新型基础设施建设三年行动方案（2031—2033年）》印发给你们，请认真贯彻落实。\n"
    "（此件公开发布）\n"
    "甲市新型基础设施建设三年行动方案（2031—2033年）\n"
    "一、主要目标\n到2033年，全市新建5G基站2600个以上。\n二、重点任务\n（一）推进大数据基础设施建设。\n"
)


def _parse(name_row: str):
    return parse_bytes((_FIELDS + name_row + _BODY).encode("utf-8"), name="page.txt")


def test_the_body_at_the_head_of_a_field_notice_title_issues_it() -> None:
    document = _parse(
        "名 称: | 市人民政府办公室关于印发甲市新型基础设施建设三年行动方案（2031—2033年）的通知 |\n"
    )
    assert document.title == "甲市新型基础设施建设三年行动方案（2031—2033年）"
    assert (
        document.notice_title
        == "市人民政府办公室关于印发甲市新型基础设施建设三年行动方案（2031—2033年）的通知"
    )
    assert document.issuer == "市人民政府办公室"


def test_a_field_notice_title_without_a_body_names_no_issuer_from_it() -> None:
    document = _parse("名 称: | 关于印发甲市新型基础设施建设三年行动方案（2031—2033年）的通知 |\n")
    assert document.notice_title == "关于印发甲市新型基础设施建设三年行动方案（2031—2033年）的通知"
    assert document.issuer is None
