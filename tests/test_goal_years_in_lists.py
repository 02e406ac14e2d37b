"""Where a goal's year stands: in the first item of a list whose items each stand in a paragraph of their own
(census17b N1; rounds 12 and 17: the items of one list, numbered or not, keep an earlier item's year, required).
Paragraphs are one list when they open alike: the same numbering at one level, the same bullet, or the same frame
around a topic (在X方面，). The list ends at a paragraph that opens otherwise, at a heading of what is not goals, at an
item that names a year of its own and at an item that reports. Sentences made up."""

from __future__ import annotations

import pytest

from parsers.pipeline import parse_bytes


def _rows(text: str) -> list[tuple[int | None, str | None, float | None, str | None, str | None]]:
    doc = parse_bytes(text.encode("utf-8"), "plan.txt")
    return [(t.year, t.metric, t.value, t.unit, t.kind) for t in doc.targets]


def _years_values(text: str) -> list[tuple[int | None, float | None]]:
    return [(year, value) for year, _, value, _, _ in _rows(text)]


def test_items_framed_alike_keep_the_first_items_year() -> None:
    text = (
        "规划明确了主要指标——\n\n"
        "在产业发展方面，到2031年，全市铝材产量达到30万吨，新材料企业突破80家。\n\n"
        "在科技创新方面，研发投入强度达到3.2%，高新技术企业新增150家。\n\n"
        "在民生保障方面，城镇新增就业5万人。\n"
    )
    assert _rows(text) == [
        (2031, "全市铝材产量", 300000.0, "吨", "exact"),
        (2031, "新材料企业", 80.0, "家", "min"),
        (2031, "研发投入强度", 3.2, "%", "exact"),
        (2031, "高新技术企业", 150.0, "家", "exact"),
        (2031, "城镇新增就业", 50000.0, "人", "exact"),
    ]


def test_numbered_items_keep_the_first_items_year_up_to_a_heading_of_tasks() -> None:
    text = (
        "主要目标包括：\n\n"
        "1. **规模能级**：到2031年，全市工业营业收入要达到5000亿元。\n\n"
        "2. **创新赋能**：规模以上工业企业研发投入将超过90亿元，研发投入强度提高到2.5%。\n\n"
        "3. **结构优化**：技术改造投资占工业投资比重达到40%。\n\n"
        "二、主要任务\n\n"
        "（一）加强组织领导。安排专项资金5000万元。\n"
    )
    assert _rows(text) == [
        (2031, "全市工业营业收入", 5000.0, "亿元", "exact"),
        (2031, "规模以上工业企业研发投入", 90.0, "亿元", "min"),
        (2031, "研发投入强度", 2.5, "%", "exact"),
        (2031, "技术改造投资占工业投资比重", 40.0, "%", "exact"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # an item that reports ends the list's year
        "主要目标包括：\n\n1. **产业规模**：到2031年，全市铝材产量达到30万吨。\n\n"
        "2. **产业效益**：新材料产业产值已达200亿元，比上年增长8%。\n\n3. **企业培育**：新材料企业达到80家。\n",
        # an item naming another year (a birth year) or a document number ends it too
        "主要目标包括：\n\n1. **产业规模**：到2031年，全市铝材产量达到30万吨。\n\n"
        "2. **人才队伍**：负责人张某，1985年出生，带领团队研发新产品20项。\n\n"
        "3. **政策依据**：依据《关于支持新材料产业发展的通知》（某政发〔2031〕5号），新材料企业达到80家。\n",
        # a paragraph that opens otherwise (present status) ends the list
        "在产业发展方面，到2031年，全市铝材产量达到30万吨。\n\n全市现有新材料企业60家，从业人员2万人。\n\n"
        "在民生保障方面，城镇新增就业5万人。\n",
    ],
)
def test_a_report_another_year_or_another_form_ends_the_list(text: str) -> None:
    assert _years_values(text) == [(2031, 300000.0)]


def test_another_items_own_year_is_its_own() -> None:
    text = (
        "在产业发展方面，到2031年，全市铝材产量达到30万吨。\n\n"
        "在科技创新方面，2029年全市研发投入强度达到2.8%。\n\n"
        "在民生保障方面，城镇新增就业5万人。\n"
    )
    values = _years_values(text)
    assert (2031, 300000.0) in values and (2031, 50000.0) not in values


@pytest.mark.parametrize(
    "text",
    [
        # a list under a review of the year past
        "2031年12月20日\n\n2030年工作回顾\n\n1. **产业规模**：2030年，全市铝材产量达到30万吨。\n\n"
        "2. **产业效益**：新材料产业产值达到200亿元。\n",
        # the year of a preamble paragraph does not reach the measures after it
        "到2031年，全县将建成新材料产业示范县。\n\n（一）加强组织领导。安排专项资金5000万元，新建厂房10万平方米。\n\n"
        "（二）强化要素保障。落实用地500亩。\n",
    ],
)
def test_a_review_or_a_preamble_gives_its_list_no_year(text: str) -> None:
    assert [v for _, v in _years_values(text) if v is not None] == []  # (示范县: the preamble's own goal)


def test_bulleted_items_keep_a_bare_year_of_the_first_item() -> None:
    text = (
        "未来五年主要目标任务\n\n"
        "●在速度指标上，全市经济总量年均增长7%以上，2031年全市经济总量要达到2300亿元左右\n\n"
        "●在质量指标上，人均地区生产总值要达到10.9万元，全员劳动生产率年均增长1万元\n\n"
        "●在民生保障上，目前全市已建成养老床位8000张\n\n"
        "●在科技创新上，高新技术企业数量增加到500家以上\n"
    )
    rows = [(year, metric, value) for year, metric, value, _, _ in _rows(text)]
    assert (2031, "全市经济总量", 2300.0) in rows
    assert (2031, "人均地区生产总值", 109000.0) in rows
    # the item that reports ends the list: the item after it takes no year of the list
    assert all(value != 500.0 or year != 2031 for year, _, value in rows)


def test_an_items_metric_is_named_without_its_mark() -> None:
    text = (
        "主要目标：\n\n（一）到2027年，全市技能人才总量达到50万人。\n\n（二）高技能人才占技能人才比例达到35%。\n\n"
        "（三）研发人员达到3万人。\n"
    )
    targets = parse_bytes(text.encode(), "plan.txt").targets
    assert [(t.year, t.metric) for t in targets] == [
        (2027, "全市技能人才总量"),
        (2027, "高技能人才占技能人才比例"),
        (2027, "研发人员"),
    ]
    assert all(not t.surface.startswith("（") for t in targets)
