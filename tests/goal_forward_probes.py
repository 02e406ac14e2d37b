"""Probes of goal statements set by a word that looks ahead or expects (round 23, extract57, issue 8): a line that
looks ahead to one year (展望2027年, 2027年展望) leads the metric lines under it as a line naming the year's goals
does, and 预期 sets a year's goals with its subject between it and its verb (2027年，预期全市地区生产总值增长6%以上)
as it does right before the verb. Near misses: a review's line over results, 预期寿命 as a metric, 好于预期 in a report.
Written in wordings of my own (no sentence, place, metric or value of a fixture). Same Probe, rows and matches as
tests/goal_layout_probes.py; each runs whole through parsers.pipeline.parse_path.
"""

from __future__ import annotations

from goal_layout_probes import Probe, probe

_REVIEW = "回顾2026年\n全县生产总值增长5.1%，农业增加值增长3.2%\n城镇新增就业2900人\n"

GOALS: list[Probe] = [
    probe(
        "forward line/展望 before the year, under a review's line, undated poster",
        "某县两会特刊\n" + _REVIEW + "展望2027年\n全县生产总值增长6%左右，农业增加值增长3.5%左右\n"
        "城镇新增就业3000人以上\n居民消费价格涨幅控制在3%以内\n",
        (2027, 6.0, "%"),
        (2027, 3.5, "%"),
        (2027, 3000.0, "人", "min"),
        (2027, 3.0, "%", "max"),
    ),
    probe(
        "forward line/展望 after the year, with a colon",
        "某区政府工作报告摘要\n2027年展望：\n规上工业增加值增长7%\n外贸进出口额增长4%以上\n",
        (2027, 7.0, "%"),
        (2027, 4.0, "%", "min"),
    ),
    probe(
        "forward line/a numbered 展望 heading over goal lines that end with full stops",
        "某市政府工作报告图解\n二、展望2027年\n地区生产总值增长5.5%左右。\n一般公共预算收入增长4%。\n",
        (2027, 5.5, "%"),
        (2027, 4.0, "%"),
    ),
    probe(
        "expected/预期 before its subject, after the year and a comma",
        "某市召开人代会\n2026年，全市生产总值增长5.2%。\n2027年，预期全市地区生产总值增长6%以上，"
        "社会消费品零售总额增长5%左右，城镇调查失业率控制在5.5%以内。\n",
        (2027, 6.0, "%", "min"),
        (2027, 5.0, "%"),
        (2027, 5.5, "%", "max"),
    ),
    probe(
        "expected/预期 before its subject, no comma after the year",
        "某县经济工作会议召开\n2027年预期全县规上工业增加值增长8%左右，固定资产投资增长10%。\n",
        (2027, 8.0, "%"),
        (2027, 10.0, "%"),
    ),
]

NOT_GOALS: list[Probe] = [
    probe(
        "forward line/a review's line alone over results",
        "某县两会特刊\n" + _REVIEW,
    ),
    probe(
        "forward line/an outlook's forecasts under 展望",
        "某银行宏观研究\n展望2027年\n经济有望增长4.8%左右，消费价格或将上涨1.5%。\n",
    ),
    probe(
        "expected/预期寿命 is a metric of a report",
        "某市2027年卫生健康统计公报\n2026年，全市居民预期寿命达到80.1岁，比上年提高0.2岁。\n",
    ),
    probe(
        "expected/好于预期 in a review of the year gone",
        "某县2027年政府工作报告\n2026年，全县经济运行好于预期，地区生产总值增长5.8%，农业增加值增长3%。\n",
    ),
]
