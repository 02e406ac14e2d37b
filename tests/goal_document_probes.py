"""Probes of how documents set their goals out (round 11): short made-up pages, each run whole through
parsers.pipeline.parse_path, in the style of tests/goal_layout_probes.py (same Probe, rows and matches).

The classes are those the readable sets of round 11 (heldout42–45) missed or misread, each written afresh (no
sentence, place, metric or value of a fixture):
- news: a goal list inside a sentence of a news page or a report digest (…今年的主要预期目标是，A增长6%左右，B达到…),
  its year from the page's date, or in a page with none from the heading over it or the title;
- sentence: a yearless lead (主要预期目标是：…) in a sentence whose earlier words name the coming year (在2026年…会议上，
  市长提出，主要预期目标是：…);
- span: a 力争 with no year in the sentence naming a plan with its span (《…方案（2026—2028年）》，力争…): the last year;
- topic: a yearless lead (主要预期目标是：A…，B…，C…) on the line under a paragraph whose first sentence has a year
  for its topic (2026年是…之年。…);
- places: one goal for several places, the metric named once (其中，甲市GDP预期目标为7%以上，乙市为7%左右…): one row
  a place, its metric naming the place (乙市GDP预期目标); the sentence summing them up (多地将…目标定在6%左右) is none;
- work: the figures of the year's key work (今年重点做好八项工作 ⏎ …新增航线3~5条，吞吐量达到50万吨…) under a line
  naming it: that year's goals, where a goal verb, a bound or 力争 sets them; a dated text's yearless 重点工作 is none;
- named: goals named as the aim a measure serves (这项行动将助力实现2027年A突破五万亿元、B突破七万元等目标);
- results: what a period reached, told in a goal's frame (“十四五”期间…2025年达到…，年均增长…) beside the next
  period's goals: results are no goals.
- inside (the lead, after reading heldout46's first score): the yearless lead as a later sentence of its paragraph
  (2027年是…之年，…。总体要求是：…。全县主要预期目标是：A…；B…；C…), the year from the paragraph's first sentence, the
  short heading over it, or the sentence right before it when that sentence plans for one year (…称，2027年将…。); none under a review heading or in a paragraph naming no year.
"""

from __future__ import annotations

from goal_layout_probes import Probe

_P = Probe

_NEWS_UNDATED = (
    "2026年，这几座城市定下了什么目标？\n"
    "近日各城市陆续召开人代会，发布了全年发展的预期。\n"
    "增长预期各有侧重\n"
    "1月12日，甲市召开人代会，市长在会上报告说，甲市今年的主要预期目标是，"
    "地区生产总值增长6.5%左右，粮食产量达到150亿斤，规上工业产值增长7%以上，固定资产投资增长5%左右。\n"
)
_NEWS_HEADING = (
    "图解｜某省政府工作报告\n"
    "1月20日，某省人大会议开幕，省长代表省政府作报告。\n"
    "回顾过去一年：\n"
    "●2025年全省地区生产总值达到3.2万亿元、增长5.1%。\n"
    "2026年某省发展蓝图\n"
    "一起来看\n"
    "报告提出，今年全省的主要预期目标是：\n"
    "◆地区生产总值增长5%；\n"
    "◆固定资产投资增长4%，社会消费品零售总额增长6%；\n"
    "◆城镇新增就业人数60万人以上；\n"
    "◆粮食产量1200万吨。\n"
)
_TOPIC = (
    "2026年是“十五五”开局之年，也是转型攻坚之年。全市上下坚持稳中求进工作总基调，奋力推动高质量发展。\n"
    "经济社会发展主要预期目标：地区生产总值增长5.5%以上，规模以上工业增加值增长8%左右，固定资产投资增长3%以上，"
    "居民消费价格涨幅2%左右。\n"
    "重点抓好六个方面工作\n"
)
_TOPIC_TRAD = (
    "2026年是“十五五”開局之年，經濟社會發展要求高、任務重。\n"
    "主要預期目標是：地區生產總值增長5%以上，固定資產投資增長5%左右，一般公共預算收入增長2%，進出口穩中提質。\n"
    "今年重點做好八項工作\n"
)
PLACES = (
    "某省各市增长预期一览\n"
    "2026-02-19 10:24:44\n"
    "截至目前，某省已有十余个市召开年度人代会。\n"
    "从各市报告看，多地将今年GDP增长目标定在6%左右。其中，甲市GDP预期目标为7%以上，乙市为7%左右，丙市为6.5%，丁、戊、己等地为6.5%左右，"
    "庚、辛为6%。\n"
    "甲市去年增速居全省前列。\n"
)
_PLACES_GROWTH = (
    "发布时间：2026-02-10\n"
    "各区县今年增长目标一览\n"
    "从各区县政府工作报告看，今年东区地区生产总值增长目标为6.5%左右，西区为6%以上，南区、北区为5.5%左右。\n"
)
_RESULTS = (
    "某省政府工作报告：“十五五”增速预期6%左右\n"
    "发布时间：2026-01-25 来源：某报\n"
    "本报讯 省长在省人大会议上作报告说，某省“十五五”时期发展目标是地区生产总值"
    "年均增长6%左右，2030年前城乡居民人均可支配收入比2020年翻一番。\n"
    "报告说，“十四五”期间，全省经济总量自2022年起连上台阶，2025年达到5.2万亿元，年均增长6.5%。制造业运行"
    "稳中向好，规模工业增加值达1.8万亿元。\n"
    "据介绍，2026年某省主要目标定为GDP增长6%左右，居民收入增长6%左右。\n"
)
_RESULTS_ONLY = (
    "发布时间：2026-01-20\n"
    "某市“十四五”发展成绩单\n"
    "市长在报告中表示，“十四五”时期，全市经济总量2025年达到8600亿元，年均增长6.2%；规上工业增加值达2100亿元。\n"
)

_WORK = (
    "2026年\n"
    "2026年是“十五五”开局之年，任务重。\n"
    "主要预期目标是：地区生产总值增长5%以上，固定资产投资增长4%左右。\n"
    "今年重点做好八项工作\n"
    "加快建设枢纽经济\n"
    "加快推进机场二期工程建设。新增国际航线3~5条，机场货邮吞吐量达到50万吨。\n"
    "深化科技合作，技术合同成交额突破600亿元，力争引进青年人才5万人。\n"
)
_WORK_COLON = (
    "3月2日，某市政府工作报告全文发布。\n"
    "报告明确2026年重点工作：\n"
    "统筹化解存量债务；新增保障性住房1200套，降低去化周期。\n"
)

GOALS: list[Probe] = [
    _P(
        "news/undated page, year in its title",
        _NEWS_UNDATED,
        ((2026, 6.5, "%"), (2026, 15000000000.0, "斤"), (2026, 7.0, "%", "min"), (2026, 5.0, "%")),
    ),
    _P(
        "news/undated page, year in the heading over the list",
        _NEWS_HEADING,
        (
            (2026, 5.0, "%"),
            (2026, 4.0, "%"),
            (2026, 6.0, "%"),
            (2026, 600000.0, "人", "min"),
            (2026, 12000000.0, "吨"),
        ),
    ),
    _P(
        "topic/lead on its own line under the topic paragraph",
        _TOPIC,
        ((2026, 5.5, "%", "min"), (2026, 8.0, "%"), (2026, 3.0, "%", "min"), (2026, 2.0, "%")),
    ),
    _P(
        "topic/traditional characters",
        _TOPIC_TRAD,
        ((2026, 5.0, "%", "min"), (2026, 5.0, "%"), (2026, 2.0, "%")),
    ),
    _P(
        "places/one metric for several places",
        PLACES,
        (
            (2026, 7.0, "%", "min"),
            (2026, 7.0, "%"),
            (2026, 6.5, "%"),
            (2026, 6.5, "%"),
            (2026, 6.0, "%"),
        ),
    ),
    _P(
        "places/growth goal, then 为 for the others",
        _PLACES_GROWTH,
        ((2026, 6.5, "%"), (2026, 6.0, "%", "min"), (2026, 5.5, "%")),
    ),
    _P(
        "results/the last period's results beside the next period's goals",
        _RESULTS,
        # 2030年前…比2020年翻一番: a doubling goal is a target of 2 倍 (round 21 convention)
        ((2030, 2.0, "倍"), (2026, 6.0, "%"), (2026, 6.0, "%")),
    ),
    _P(
        "work/the year's key work under its line, the year from the page's first line",
        _WORK,
        (
            (2026, 5.0, "%", "min"),
            (2026, 4.0, "%"),
            (2026, (3.0, 5.0), "条", "range"),
            (2026, 500000.0, "吨"),
            (2026, 600.0, "亿元", "min"),
            (2026, 50000.0, "人"),
        ),
    ),
    _P("work/a dated line naming the key work, then a colon", _WORK_COLON, ((2026, 1200.0, "套"),)),
    _P(
        "named/goals named as the aim a measure serves",
        "某省召开新闻发布会\n据介绍，这项行动将助力实现2028年全省经济总量突破五万亿元、人均地区生产总值突破七万元"
        "等目标。\n",
        ((2028, 50000.0, "亿元", "min"), (2028, 70000.0, "元", "min")),
    ),
    _P(
        "sentence/the year earlier in the lead's sentence",
        "发布时间：2026-01-05\n在2026年全市经济工作会议上，市长提出，主要预期目标是：地区生产总值增长6%左右，城镇新增就业3万人，"
        "居民消费价格涨幅3%左右。\n",
        ((2026, 6.0, "%"), (2026, 30000.0, "人"), (2026, 3.0, "%")),
    ),
    _P(
        "span/力争 in the sentence naming a plan and its span of years",
        "近日，某省印发《某省林下经济高质量发展行动方案（2026—2028年）》，力争在主产区林下经济总产值达800亿元；"
        "建设200万亩林下种植示范基地。\n",
        ((2028, 800.0, "亿元"), (2028, 2000000.0, "亩")),
    ),
    _P(
        "places/the summing sentence gives no value, a breakdown by semicolons",
        "发布时间：2026-02-01\n多地今年增长目标出炉。其中，甲市地区生产总值增长目标为7%；乙市为6.5%；丙市、丁市为6%。\n",
        ((2026, 7.0, "%"), (2026, 6.5, "%"), (2026, 6.0, "%")),
    ),
    _P(
        "places/several places' goals listed with 分别",
        "发布时间：2026-02-01\n从各地政府工作报告看，甲市、乙市、丙市今年地区生产总值增长目标分别为7%、6.5%和6%。\n",
        ((2026, 7.0, "%"), (2026, 6.5, "%"), (2026, 6.0, "%")),
    ),
    _P(
        "inside/the lead a later sentence of a paragraph opened by a topic year",
        "某县政府工作报告\n各位代表，2027年是新一轮规划的开局之年，做好今年工作意义重大。总体要求是：坚持稳中求进。"
        "全县经济社会发展主要预期目标是：地区生产总值增长6%左右；规上工业增加值增长8%；固定资产投资增长5%以上。\n",
        ((2027, 6.0, "%"), (2027, 8.0, "%"), (2027, 5.0, "%", "min")),
    ),
    _P(
        "inside/the lead after a sentence planning for one year",
        "某日报1月6日讯 今天上午，某市人民代表大会开幕。市长在作报告时称，2027年将全面做好稳增长、促改革等工作。"
        "主要预期目标是：地区生产总值增长6%左右；规上工业增加值增长8%，一般公共预算收入增长5%左右。\n",
        ((2027, 6.0, "%"), (2027, 8.0, "%"), (2027, 5.0, "%")),
    ),
    _P(
        "inside/the lead a later sentence, the year in the heading over the paragraph",
        "三、2027年工作安排\n总体要求是：坚持稳中求进，扎实推动高质量发展。全县主要预期目标是：地区生产总值增长6%左右；"
        "城镇新增就业3200人以上；居民消费价格涨幅控制在3%以内。\n（一）做强实体经济\n",
        ((2027, 6.0, "%"), (2027, 3200.0, "人", "min"), (2027, 3.0, "%", "max")),
    ),
]

NOT_GOALS: list[Probe] = [
    _P(
        "inside/a later sentence under a review heading",
        "一、2026年工作回顾\n过去一年，全县经济运行稳中有进。年初确定的主要预期目标是：地区生产总值增长6%左右；"
        "规上工业增加值增长8%。\n",
    ),
    _P(
        "inside/the lead after a sentence reporting one year",
        "某日报1月6日讯 今天上午，某市人民代表大会开幕。市长在报告中说，2026年全市完成了稳增长各项工作。"
        "主要预期目标是：地区生产总值增长6%左右；规上工业增加值增长8%，一般公共预算收入增长5%左右。\n",
    ),
    _P(
        "inside/a later sentence in a paragraph that names no year",
        "过去一年，全县经济运行稳中有进。全县经济社会发展主要预期目标是：地区生产总值增长6%左右；规上工业增加值增长8%。\n",
    ),
    _P(
        "sentence/a goal named in passing, then a count",
        "发布时间：2026-01-05\n会议围绕2026年办好民生事项的目标，推出了包括老旧小区改造在内的十项举措。\n",
    ),
    _P(
        "sentence/the year before the lead has passed",
        "发布时间：2026-03-05\n在2025年的总结会上，市长提出，主要预期目标是：地区生产总值增长6%左右，城镇新增就业3万人。\n",
    ),
    _P(
        "results/a year's figures stressed, a plan's 将 in a later clause",
        "某省经济蓝皮书发布\n2025年，全省实体经济贡献了超5万亿元的GDP，制造业增加值占全国比重达11.2%，新兴产业增速高达8.1%，"
        "将发展成为经济增长的新引擎。\n",
    ),
    _P(
        "work/a dated plan's key work, its line naming no year",
        "发布日期：2026-03-01\n某市“十五五”产业发展规划\n重点抓好五个方面工作\n新增国际航线3~5条，机场货邮吞吐量达到50万吨。\n",
    ),
    _P("results/a period's results alone", _RESULTS_ONLY),
    _P(
        "topic/one figure on the lead's line under a topic sentence",
        "2026年是全县转型发展的攻坚之年。\n全县经济社会发展主要预期目标是：地区生产总值增长6%左右。\n",
    ),
    _P(
        "news/undated page, its title a review of the year",
        "2025年工作回顾\n据介绍，今年的主要预期目标是，地区生产总值增长6%左右，固定资产投资增长5%左右。\n",
    ),
]
