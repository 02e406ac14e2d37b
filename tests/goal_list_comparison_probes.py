"""Probes of goal lists whose changes are written against the year before (同比增长6%) with or without a hedge (round
22, extract56): after a lead that names goals (主要预期目标是：, 工作目标为：), each such change is the listed goal's
change, even when one item states a bare figure; a list led by 指标 alone, a bulletin's results, stays a report.
Written in wordings of my own (no sentence, place, metric or value of a fixture). Same Probe, rows and matches as
tests/goal_layout_probes.py; each runs whole through parsers.pipeline.parse_path.
"""

from __future__ import annotations

from goal_layout_probes import Probe

_P = Probe

GOALS: list[Probe] = [
    _P(
        "comparison list/hedged items then a bare one",
        "某区政府工作报告\n2027年全区经济社会发展的主要预期目标是：地区生产总值同比增长6%左右，"
        "税收收入同比增长4.5%左右，工业投资同比增长8%，居民收入增长与经济增长同步。\n",
        ((2027, 6.0, "%"), (2027, 4.5, "%"), (2027, 8.0, "%")),
    ),
    _P(
        "comparison list/bare items only, semicolons",
        "某县经济工作会议召开\n会议明确，2027年全县发展目标为：农业增加值同比增长3%；外贸进出口额同比增长10%；"
        "城镇新增就业2800人以上。\n",
        ((2027, 3.0, "%"), (2027, 10.0, "%"), (2027, 2800.0, "人", "min")),
    ),
    _P(
        "comparison list/较上年 and a lower bound after a yearless lead under a year's heading",
        "某市政府工作报告\n2027年工作安排\n主要预期目标：全市生产总值较上年增长5.5%，规上工业增加值较上年增长7%以上，"
        "居民消费价格涨幅控制在3%左右。\n",
        ((2027, 5.5, "%"), (2027, 7.0, "%", "min"), (2027, 3.0, "%")),
    ),
]

NOT_GOALS: list[Probe] = [
    _P(
        "comparison list/a bulletin's main indicators report",
        "某市2027年国民经济运行情况\n2027年全市主要经济指标：地区生产总值同比增长5.2%，工业投资同比增长7%，"
        "社会消费品零售总额同比增长4%。\n",
    ),
    _P(
        "comparison list/the goals' outcome reported",
        "某县2027年工作总结\n2027年主要预期目标完成情况：地区生产总值同比增长6%，外贸进出口额同比增长10%。\n",
    ),
]
NOT_GOALS.append(
    _P(
        "comparison list/the goals of the year gone, under its name",
        "某县2028年工作报告\n去年的主要预期目标是：农业增加值同比增长3%，外贸进出口额同比增长10%。\n",
    )
)
