"""Probes of goal lists whose year stands outside the goal clauses (round 22, extract54): the year is set by a
paragraph above the list that opens on that year's general requirement (2027年政府工作的总体要求是：…), or by a
heading naming one year's or period's goals several goal paragraphs above (“十五五”发展目标： ⏎ … ⏎ 经济发展的预期目标：…),
not by the list's own lines, nor by a short heading right above it. Written before the change, in wordings of my own (no
sentence, place, metric or value of a fixture). Same Probe, rows and matches as tests/goal_layout_probes.py; each
runs whole through parsers.pipeline.parse_path.
"""

from __future__ import annotations

from goal_layout_probes import Probe

_P = Probe
_GDP = "地区生产总值增长6%左右"
_JOBS = "城镇新增就业3200人以上"
_CPI = "居民消费价格涨幅控制在3%以内"
_THREE = ((2027, 6.0, "%"), (2027, 3200.0, "人", "min"), (2027, 3.0, "%", "max"))
_PROSE = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，统筹发展和安全，奋力推动高质量发展。"

GOALS: list[Probe] = [
    _P(
        "requirement/year heading, the year's requirement, yearless lead with its list on its line",
        f"某市政府工作报告\n2027年工作总体要求和目标任务\n2027年政府工作的总体要求是：{_PROSE}\n"
        f"建议主要预期目标为：{_GDP}；{_JOBS}；{_CPI}。\n",
        _THREE,
    ),
    _P(
        "requirement/no heading, the year's requirement, yearless lead over lines",
        f"某县政府工作报告\n2027年全县工作的总体要求是：{_PROSE}\n主要预期目标：\n{_GDP}；\n{_JOBS}；\n{_CPI}。\n",
        _THREE,
    ),
    _P(
        "requirement/same paragraph, the lead after the requirement's sentence",
        f"某区政府工作报告\n2027年经济工作的总体要求是：{_PROSE}全区经济社会发展的主要预期目标是："
        f"{_GDP}，{_JOBS}，{_CPI}。\n",
        _THREE,
    ),
    _P(
        "requirement/总体要求为 with a comma after the year",
        f"某市政府工作报告\n2027年，全市政府工作的总体要求为：{_PROSE}\n经济社会发展主要预期目标是：{_GDP}；{_JOBS}；{_CPI}。\n",
        _THREE,
    ),
    _P(
        "goals heading/period heading over paragraphs each led by a yearless lead",
        "某市“十五五”规划建议解读\n“十五五”发展目标：\n到2030年，全市经济总量突破3000亿元。\n"
        "经济发展的预期目标：城镇化率达到65%；服务业增加值比重达到55%以上。\n"
        "社会发展的预期目标：城镇新增就业累计达到12万人，人均预期寿命达到80岁。\n",
        (
            (2030, 3000.0, "亿元", "min"),
            (2030, 65.0, "%"),
            (2030, 55.0, "%", "min"),
            (2030, 120000.0, "人"),
            (2030, 80.0, "岁"),
        ),
    ),
    _P(
        "goals heading/year heading over a goal paragraph, then a yearless lead",
        "某县政府工作报告\n2027年发展目标\n全县生产总值增长6%左右，一般公共预算收入增长5%。\n"
        "民生方面的主要目标：城镇新增就业3200人以上；居民消费价格涨幅控制在3%以内。\n",
        ((2027, 6.0, "%"), (2027, 5.0, "%"), (2027, 3200.0, "人", "min"), (2027, 3.0, "%", "max")),
    ),
    _P(
        "lead sentence/a later sentence of its paragraph names the year, 如下 before the colon, list below",
        "某市国民经济和社会发展计划\n全市上下团结奋斗，推动高质量发展。综合考虑宏观经济形势，建议2027年主要预期指标如下：\n"
        f"——{_GDP}；\n——{_JOBS}；\n——{_CPI}。\n",
        _THREE,
    ),
    _P(
        "lead sentence/the subject before the year, 如下",
        f"某县经济工作会议召开\n会议听取了工作汇报。全县2027年经济社会发展主要目标如下：\n1.{_GDP}；\n2.{_JOBS}；\n3.{_CPI}。\n",
        _THREE,
    ),
]

NOT_GOALS: list[Probe] = [
    _P(
        "requirement/a past year's requirement in a dated review gives none",
        "某县2028年工作总结\n（2028年12月20日）\n2027年全县工作的总体要求是：" + _PROSE + "\n"
        "主要预期目标完成情况：\n地区生产总值增长6%；城镇新增就业3200人。\n",
    ),
    _P(
        "lead sentence/a past year's results listed 如下 in a dated text give none",
        "某县2028年工作总结\n（2028年12月20日）\n全县上下团结奋斗。2027年主要经济指标完成情况如下：\n"
        "——地区生产总值增长6%；\n——城镇新增就业3200人。\n",
    ),
    _P(
        "goals heading/a review heading over paragraphs of results gives none",
        "某市2031年工作总结\n（2031年12月20日）\n“十五五”发展目标完成情况\n全市经济总量突破3000亿元。\n"
        "经济发展的主要指标：城镇化率65%；服务业增加值比重55%。\n",
    ),
]
