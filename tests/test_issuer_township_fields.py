"""A page's field naming a township by its own name (来源: 甲山乡, 发布机构: 乙河镇), a zone (来源:丙工业区), a 来源 label
spelled out with a space (来 源:), and the 发布机关 label: the body behind the text when the text names none."""

from parsers.structure import parse_structure

BODY = "1 总则\n1.1 编制目的\n为做好防汛工作，制定本预案。\n1.2 适用范围\n本预案适用于全域。\n"


def test_a_township_named_alone_in_the_source_line_is_the_issuer() -> None:
    text = "甲山乡洪涝灾害应急预案\n来源: 甲山乡\n发布日期: 2031-06-14\n甲山乡洪涝灾害应急预案\n" + BODY
    assert parse_structure(text).issuer == "甲山乡"


def test_a_town_named_alone_in_the_posting_field_is_the_issuer() -> None:
    text = (
        "当前位置:首页> 政务公开\n索引号: 57-1-2031-00001\n发布机构: 乙河镇\n主题分类: 综合政务\n乙河镇防汛应急预案\n"
        + BODY
    )
    assert parse_structure(text).issuer == "乙河镇"


def test_an_industrial_zone_in_the_source_line_is_the_issuer() -> None:
    text = (
        "关于丙路景观提升工程的意见采纳反馈情况\n来源:丙庄工业区  发布时间:2031年2月1日\n"
        "丙路景观提升工程方案公示期间共收到意见三条，现将采纳情况反馈如下。\n"
    )
    assert parse_structure(text).issuer == "丙庄工业区"


def test_a_source_label_spelled_out_with_a_space() -> None:
    text = "來 源:丁省人民政府辦公廳\n文 號:丁政發〔2031〕63號\n丁省茶產業發展實施方案\n" + BODY
    assert parse_structure(text).issuer == "丁省人民政府辦公廳"


def test_the_publishing_organ_label_in_a_row_of_fields() -> None:
    text = (
        "索  引  号:x-/2031-0922002 公开范围:公开 发布机关:戊县应急局 著录日期: 发文字号:\n"
        "戊县森林火灾应急预案\n" + BODY
    )
    assert parse_structure(text).issuer == "戊县应急局"
