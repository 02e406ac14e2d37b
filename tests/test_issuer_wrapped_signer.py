"""A signing body's long name wrapped before its kind (甲市文明养犬管理 / 工作领导小组办公室 / 2031年5月17日): the two
lines are one body's name, and it signs. An organ line that names its place itself, or a line above that is a
sentence, a document's name or a body by itself, is left as it is.

Texts are made up; the forms are those of a city's call for comments and a province's list of model counties.
"""

from parsers.structure import parse_structure
from parsers.structure.signatures import wrapped_signer

_CALL = (
    "关于向社会公开征求意见的公告\n"
    "为加强养犬管理，现将《关于甲市禁止饲养的危险犬品种的通告（征求意见稿）》向社会公开征求意见。\n"
    "一、意见反馈方式\n1.电子邮件：gongan@example.cn。\n"
    "\n                      甲市文明养犬管理\n\n                      工作领导小组办公室\n"
    "\n                        2031年5月17日\n"
)


def test_a_signer_wrapped_before_its_kind_is_read_whole() -> None:
    assert parse_structure(_CALL).issuer == "甲市文明养犬管理工作领导小组办公室"


def test_the_wrapped_head_must_be_the_head_of_a_name() -> None:
    assert (
        wrapped_signer("乙省打造“绿色食品牌”", "工作领导小组办公室")
        == "乙省打造“绿色食品牌”工作领导小组办公室"
    )
    assert wrapped_signer("甲市人民政府", "办公室") is None  # a body by itself over its office
    assert wrapped_signer("请各单位认真落实。", "工作领导小组办公室") is None
    assert (
        wrapped_signer("甲市文明养犬管理", "乙市工作领导小组办公室") is None
    )  # the organ names its place itself
