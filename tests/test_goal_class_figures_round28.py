"""A goal's figure that is a size class, a rank or a share of places (issue 8, round 28; the lead's decision,
fixtures/heldout/SOURCES.md "Written down in round 28"; parsers/goal_class_figures.py): 打造成千亿级产业 is a target
of 1000 亿元 kind min, 进入全国前3位 3 位 max, 保持全省第一 1 位 exact, 排名上升10位 a change of 10 位, 30%的村庄基本实现…
30 % (超8成县市区 80 %, min). And where none is: a class that only describes, a count of classed things (the count is
the goal), a rank stood in (位居…第一) with no aim, a share that is a result. Every sentence is made up."""

from __future__ import annotations

import pytest

from parsers.context import TextIndex
from parsers.nlp import sentence_clauses
from parsers.targets import extract_targets


def _figures(text: str) -> list[tuple]:
    index = TextIndex(text)
    return [
        (t.value, t.low, t.high, t.kind, t.unit)
        for t in extract_targets(text, sentence_clauses(text), index)
        if t.value is not None or t.low is not None
    ]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a size class as the whole object of a goal verb: 亿元, min; a range class a range
        ("到2026年，将文化旅游产业打造成千亿级产业。", [(1000.0, None, None, "min", "亿元")]),
        ("到2027年，全市培育形成500亿级新材料产业集群。", [(500.0, None, None, "min", "亿元")]),
        ("到2030年，力争建成国内领先的万亿级先进制造业基地。", [(10000.0, None, None, "min", "亿元")]),
        ("到2028年，区域特色林果产业建成200—300亿级产业集群。", [(None, 200.0, 300.0, "range", "亿元")]),
        ("到2025年，全省电子信息产业规模实现两万亿级。", [(20000.0, None, None, "min", "亿元")]),
        # a part with a subject of its own takes no count from the part before it
        (
            "到2028年，牛、羊2个产业建成500—800亿级产业集群，区域特色林果产业建成300亿级产业集群。",
            [(2.0, None, None, "exact", "个"), (300.0, None, None, "min", "亿元")],
        ),
        # a rank as the goal: 前N / N强 max, 第N exact, a rise of N places exact
        ("到2025年，全省茶叶产值进入全国前5位。", [(5.0, None, None, "max", "位")]),
        ("到2027年，综合经济实力力争跻身全国50强。", [(50.0, None, None, "max", "强")]),
        ("到2026年，高新区综合排名冲刺全国前十五名。", [(15.0, None, None, "max", "名")]),
        ("到2025年，全县粮食单产保持全市第一。", [(1.0, None, None, "exact", "位")]),
        ("到2028年，园区营商环境评价排名上升8位。", [(8.0, None, None, "exact", "位")]),
        ("到2027年，全市数字经济规模由目前的全省第9位跃升至第5位。", [(5.0, None, None, "exact", "位")]),
        # a share of places as the goal: %, min with 超/以上
        ("到2026年，40%的行政村基本实现农业农村现代化。", [(40.0, None, None, "exact", "%")]),
        ("到2027年，超7成乡镇建成美丽乡镇示范点。", [(70.0, None, None, "min", "%")]),
        ("到2025年，全省60%以上的社区建成智慧社区。", [(60.0, None, None, "min", "%")]),
        ("到2030年，不低于85%的县城达到园林县城标准。", [(85.0, None, None, "min", "%")]),
    ],
)
def test_a_class_rank_or_share_is_the_goals_figure(text: str, figures: list[tuple]) -> None:
    assert _figures(text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a count of classed things: the count is the goal, the class no second one
        ("到2026年，培育3个百亿级食品产业集群。", [(3.0, None, None, "exact", "个")]),
        ("其中，装备、材料等4个产业，到2028年将成为千亿级产业。", []),
        # a class that describes what the goal does not make: no figure
        ("到2025年，依托千亿级汽车产业集群，推动零部件企业转型升级。", []),
        # a rank stood in, with no aim: no figure
        ("2024年，全市入围国家试点项目数量位居全省第一。", []),
        # a priority set (放在第一位) is no rank; two shares in one part are no single figure
        ("到2026年，始终把群众饮水安全放在第一位。", []),
        ("到2027年，完成“50%的乡镇建成便民服务中心、80%以上的村建成服务站”的目标。", []),
    ],
)
def test_no_figure_where_the_class_or_rank_is_none(text: str, figures: list[tuple]) -> None:
    assert _figures(text) == figures
