"""Probes of goal lists whose lead the rules refused (round 24, extract58, issue 8): a lead that names a year's set
of indicators as a noun of its own (指标体系安排，具体为：, 目标任务安排如下：, 主要指标安排，具体是：) with its items
after the colon, some under category headings (总量指标方面，…); and a lead alone in its sentence (实现以下目标：,
主要预期目标为：) right after a sentence that a year opens, its items running past the lead's sentence. Near misses:
a review's lead (完成了以下目标：) and a lead after a past year in a dated text; a category heading gives no goal of
its own. Written in wordings of my own (no sentence, place, metric or value of a fixture). Same Probe, rows and
matches as tests/goal_layout_probes.py; each runs whole through parsers.pipeline.parse_path.
"""

from __future__ import annotations

from goal_layout_probes import Probe, probe

_NEWS = "本报讯 昨日，市发改委主任向市人大会议书面提交了计划草案的报告。\n"

GOALS: list[Probe] = [
    probe(
        "lead/指标体系安排，具体为： with category headings, the list running over two sentences",
        _NEWS
        + "主任在报告中提出了2031年全市经济发展指标体系安排，具体为：总量指标方面，地区生产总值增长6%左右；"
        "工业增加值增长8%。结构指标方面，高技术产业投资占固定资产投资比重20%；研发投入占比2.5%以上。\n",
        (2031, 6.0, "%"),
        (2031, 8.0, "%"),
        (2031, 20.0, "%"),
        (2031, 2.5, "%", "min"),
    ),
    probe(
        "lead/目标任务安排如下：",
        _NEWS
        + "报告提出，2031年全县经济社会发展目标任务安排如下：规上工业增加值增长7%，固定资产投资增长9%以上。\n",
        (2031, 7.0, "%"),
        (2031, 9.0, "%", "min"),
    ),
    probe(
        "lead/主要指标安排，具体是：, a heading with a colon",
        _NEWS + "会议审议了2031年全区主要指标安排，具体是：民生指标方面：城镇新增就业4000人以上；"
        "居民人均可支配收入增长6%。\n",
        (2031, 4000.0, "人", "min"),
        (2031, 6.0, "%"),
    ),
    probe(
        "lead alone/实现以下目标： after a sentence the year opens, items past its sentence",
        "2031年，在全省考核中争先进位。实现以下目标：接待游客超300万人次、旅游收入20亿元。"
        "旅游业增加值占地区生产总值的比重达7%，旅游从业人员比重达8%。\n",
        (2031, 3000000.0, "人次"),
        (2031, 20.0, "亿元"),
        (2031, 7.0, "%"),
        (2031, 8.0, "%"),
    ),
    probe(
        "lead alone/主要预期目标为： after a sentence the year opens",
        "某县政府工作报告摘要\n2031年，全县紧扣高质量发展主线。主要预期目标为：地区生产总值增长6.5%，"
        "一般公共预算收入增长5%。\n",
        (2031, 6.5, "%"),
        (2031, 5.0, "%"),
    ),
    probe(
        "lead/主要预期： (the expectations named alone)",
        _NEWS + "报告提出2031年全市经济社会发展主要预期：地区生产总值增长6%左右；工业增加值增长8%。\n",
        (2031, 6.0, "%"),
        (2031, 8.0, "%"),
    ),
    probe(
        "lead/指标安排建议如下：",
        _NEWS + "2031年经济社会发展指标安排建议如下：城镇新增就业5000人，一般公共预算收入增长4%。\n",
        (2031, 5000.0, "人"),
        (2031, 4.0, "%"),
    ),
    probe(
        "lead alone/主要指标安排为： in a text that names no 目标",
        "2031年，全县紧扣发展主线。全县发展的主要指标安排为：地区生产总值增长6%左右，工业增加值增长8%。\n",
        (2031, 6.0, "%"),
        (2031, 8.0, "%"),
    ),
    probe(
        "lead line/指标体系安排，具体为： over lines, a category heading line between the groups",
        _NEWS + "报告提出了2031年全市发展指标体系安排，具体为：\n总量指标方面：\n地区生产总值增长6%左右；\n"
        "工业增加值增长8%。\n民生指标方面：\n城镇新增就业5000人以上。\n",
        (2031, 6.0, "%"),
        (2031, 8.0, "%"),
        (2031, 5000.0, "人", "min"),
    ),
    probe(
        "lead line/主要预期目标是： over a category heading line",
        _NEWS
        + "报告提出2031年全市主要预期目标是：\n经济指标方面：\n地区生产总值增长6%左右；\n工业增加值增长8%。\n",
        (2031, 6.0, "%"),
        (2031, 8.0, "%"),
    ),
    probe(
        "lead/目标任务是： over a change against the year before (the listed goal's change)",
        "发布时间：2031-01-20\n某省旅游局印发《2031年全省旅游工作要点》，明确今年全省旅游发展的目标任务是："
        "全年接待游客同比增长8%，旅游收入达到900亿元。\n",
        (2031, 8.0, "%"),
        (2031, 900.0, "亿元"),
    ),
]

NOT_GOALS: list[Probe] = [
    probe(
        "review/完成了以下目标： after a sentence the year opens",
        "2030年，全县经济稳中向好。完成了以下目标：地区生产总值增长5%，一般公共预算收入增长4%。\n",
    ),
    probe(
        "past year/a dated text, the year before its date opens the sentence before the lead",
        "发布时间：2031-01-12\n2030年，全县经济稳中向好。主要目标为：地区生产总值增长5%，一般公共预算收入增长4%。\n",
    ),
    probe(
        "results/主要指标是： (指标 alone) after a sentence the year opens, undated",
        "2030年，全县经济平稳运行。主要指标是：地区生产总值增长5.2%，工业增加值增长6.1%。\n",
    ),
    probe(
        "results/指标体系： (no 安排) over changes against the year before, in a bulletin",
        "发布时间：2031-03-20\n某市2030年国民经济和社会发展统计公报发布。全市经济运行指标体系：地区生产总值同比增长5.2%，"
        "固定资产投资同比增长6.1%。\n",
    ),
]

HEADINGS_ONLY = (
    "某区经济工作会议召开\n到2031年，全区各项事业全面进步。生态环境方面，空气质量优良天数比例达到90%。\n"
)
