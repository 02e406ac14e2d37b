"""Probes of the layouts goals come in: short made-up documents, each run whole through parsers.pipeline.parse_path.

Written from the forms plans, 政府工作报告, 行动方案, statistics-like reviews and news of plans use (none copied from a
fixture or a gold set). Each probe is a document and the targets a user would check in it: (year, value, unit) or
(year, value, unit, kind) for every quantified goal, in order; a range's value is (low, high). ``NOT_GOALS`` holds
documents whose numbers are no goals (a review, last year's statistics, a subsidy notice): they give no target row.

Used by tests/test_goal_layout_probes.py (one test per probe of GOALS and NOT_GOALS) and scripts/goal_layout_probes.py
(the suite's pass rate, by layout class, on any tree; OPEN too: goal probes left to the clause rules).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Probe:
    name: str  # layout class / variant
    text: str
    expected: tuple = ()  # the quantified targets, in order; () for a document with no goal
    suffix: str = ".txt"  # the file the document is stored as (.html: a web page, ingested as one)


_PROSE = "全县上下坚持稳中求进工作总基调，统筹发展和安全，奋力推动高质量发展。\n"
_T = "某县人民政府工作报告\n"
_ACTION = "某市推进制造业数字化转型行动方案（2025—2027年）\n"

_GDP = "地区生产总值增长6%左右"
_JOBS = "城镇新增就业3200人以上"
_CPI = "居民消费价格涨幅控制在3%以内"
_THREE = (2026, 6.0, "%"), (2026, 3200.0, "人", "min"), (2026, 3.0, "%", "max")


def probe(name: str, text: str, *expected) -> Probe:
    """A probe whose expected targets are given one by one."""
    return Probe(name, text, tuple(expected))


GOALS: list[Probe] = [
    # -- a lead line naming the year's goals, then one paragraph --------------------------------------------------
    probe(
        "lead/colon",
        _T + _PROSE + f"2026年全县经济社会发展主要预期目标：\n{_GDP}；{_JOBS}；{_CPI}。\n",
        *_THREE,
    ),
    probe(
        "lead/no colon",
        _T + _PROSE + f"2026年全县经济社会发展主要预期目标\n{_GDP}；{_JOBS}；{_CPI}。\n",
        *_THREE,
    ),
    probe(
        "lead/same line",
        _T + _PROSE + f"2026年全县经济社会发展的主要预期目标是：{_GDP}；{_JOBS}；{_CPI}。\n",
        *_THREE,
    ),
    probe(
        "lead/comma after year",
        _T + _PROSE + f"2026年，全县经济社会发展的主要预期目标是：{_GDP}；{_JOBS}；{_CPI}。\n",
        *_THREE,
    ),
    probe("lead/bullet glyph", _T + _PROSE + f"● 2026年主要预期目标\n{_GDP}；{_JOBS}；{_CPI}。\n", *_THREE),
    probe("lead/numbered", _T + _PROSE + f"二、2026年主要预期目标\n{_GDP}；{_JOBS}；{_CPI}。\n", *_THREE),
    probe(
        "lead/paren numbered", _T + _PROSE + f"（一）2026年主要预期目标\n{_GDP}；{_JOBS}；{_CPI}。\n", *_THREE
    ),
    probe(
        "lead/bold markdown", _T + _PROSE + f"**2026年主要预期目标**\n{_GDP}；{_JOBS}；{_CPI}。\n", *_THREE
    ),
    probe(
        "lead/square brackets", _T + _PROSE + f"【2026年主要预期目标】\n{_GDP}；{_JOBS}；{_CPI}。\n", *_THREE
    ),
    probe("lead/为", _T + _PROSE + f"2026年全县主要预期目标为：\n{_GDP}；{_JOBS}；{_CPI}。\n", *_THREE),
    probe("lead/目标任务", _T + _PROSE + f"2026年度目标任务\n{_GDP}；{_JOBS}；{_CPI}。\n", *_THREE),
    probe("lead/发展目标", _T + _PROSE + f"2026年发展目标：\n{_GDP}；{_JOBS}；{_CPI}。\n", *_THREE),
    probe("lead/工作目标", _T + _PROSE + f"2026年工作目标：\n{_GDP}；{_JOBS}；{_CPI}。\n", *_THREE),
    probe("lead/具体目标", _T + _PROSE + f"2026年具体目标如下：\n{_GDP}；{_JOBS}；{_CPI}。\n", *_THREE),
    probe(
        "lead/全年 in dated text",
        "发布日期：2026-01-18\n" + _T + _PROSE + f"全年主要预期目标：\n{_GDP}；{_JOBS}；{_CPI}。\n",
        *_THREE,
    ),
    probe("lead/spaced colon", _T + _PROSE + f"2026年主要预期目标 ：\n{_GDP}；{_JOBS}；{_CPI}。\n", *_THREE),
    # -- a lead over several paragraphs or a list ----------------------------------------------------------------
    probe(
        "list/numbered 1.",
        _T + _PROSE + f"2026年主要预期目标：\n1.{_GDP}。\n2.{_JOBS}。\n3.{_CPI}。\n二、重点工作\n",
        *_THREE,
    ),
    probe(
        "list/paren digits",
        _T + _PROSE + f"2026年主要预期目标：\n（1）{_GDP}；\n（2）{_JOBS}；\n（3）{_CPI}。\n",
        *_THREE,
    ),
    probe(
        "list/circled",
        _T + _PROSE + f"2026年主要预期目标：\n①{_GDP}；\n②{_JOBS}；\n③{_CPI}。\n",
        *_THREE,
    ),
    probe(
        "list/dashes",
        _T + _PROSE + f"2026年主要预期目标：\n——{_GDP}；\n——{_JOBS}；\n——{_CPI}。\n",
        *_THREE,
    ),
    probe(
        "list/bullets blank lines",
        _T + _PROSE + f"2026年主要预期目标\n\n• {_GDP}\n\n• {_JOBS}\n\n• {_CPI}\n",
        *_THREE,
    ),
    probe(
        "list/indented",
        _T + _PROSE + f"2026年主要预期目标：\n    {_GDP}；\n    {_JOBS}；\n    {_CPI}。\n",
        *_THREE,
    ),
    probe(
        "list/paragraphs",
        _T
        + _PROSE
        + "2026年主要预期目标：\n"
        + "经济发展方面，地区生产总值增长6%左右，规模以上工业增加值增长8%。\n"
        + "民生方面，城镇新增就业3200人以上，居民人均可支配收入增长7%。\n",
        (2026, 6.0, "%"),
        (2026, 8.0, "%"),
        (2026, 3200.0, "人", "min"),
        (2026, 7.0, "%"),
    ),
    probe(
        "list/metric colon value",
        _T
        + _PROSE
        + "2026年主要预期目标：\n地区生产总值：增长6%左右；\n城镇新增就业：3200人以上；\n一般公共预算收入：增长5%。\n",
        (2026, 6.0, "%"),
        (2026, 3200.0, "人", "min"),
        (2026, 5.0, "%"),
    ),
    probe(
        "list/metric over value",
        _T
        + _PROSE
        + "2026年主要预期目标\n地区生产总值\n增长6%左右\n城镇新增就业\n3200人以上\n一般公共预算收入\n增长5%\n",
        (2026, 6.0, "%"),
        (2026, 3200.0, "人", "min"),
        (2026, 5.0, "%"),
    ),
    probe(
        "list/sub-headed items",
        _T
        + _PROSE
        + "2026年主要预期目标：\n（一）经济增长。地区生产总值增长6%左右。\n（二）就业。城镇新增就业3200人以上。\n"
        + "（三）物价。居民消费价格涨幅控制在3%以内。\n",
        *_THREE,
    ),
    probe(
        "list/several per line",
        _T
        + _PROSE
        + "2026年主要预期目标\n地区生产总值增长6%左右    固定资产投资增长8%\n城镇新增就业3200人以上\n",
        (2026, 6.0, "%"),
        (2026, 8.0, "%"),
        (2026, 3200.0, "人", "min"),
    ),
    # -- plain-text tables ---------------------------------------------------------------------------------------
    probe(
        "table/tabs unit column",
        _T
        + _PROSE
        + "2026年主要预期目标\n指标\t单位\t目标\n地区生产总值增速\t%\t6\n城镇新增就业\t人\t3200\n一般公共预算收入\t亿元\t12.5\n",
        (2026, 6.0, "%"),
        (2026, 3200.0, "人"),
        (2026, 12.5, "亿元"),
    ),
    probe(
        "table/spaces unit column",
        _T
        + _PROSE
        + "2026年主要预期目标\n指标名称    单位    目标值\n地区生产总值增速    %    6\n城镇新增就业    人    3200\n一般公共预算收入    亿元    12.5\n",
        (2026, 6.0, "%"),
        (2026, 3200.0, "人"),
        (2026, 12.5, "亿元"),
    ),
    probe(
        "table/value with unit",
        _T
        + _PROSE
        + "表1  2026年主要预期目标\n指标\t2026年目标\n地区生产总值增速\t6%左右\n城镇新增就业\t3200人以上\n一般公共预算收入\t12.5亿元\n",
        (2026, 6.0, "%"),
        (2026, 3200.0, "人", "min"),
        (2026, 12.5, "亿元"),
    ),
    probe(
        "table/unit in the header",
        _T
        + _PROSE
        + "2026年主要预期目标\n指标\t2026年目标（%）\n地区生产总值增速\t6\n规模以上工业增加值增速\t8\n固定资产投资增速\t7\n",
        (2026, 6.0, "%"),
        (2026, 8.0, "%"),
        (2026, 7.0, "%"),
    ),
    probe(
        "table/one cell per line",
        _T
        + _PROSE
        + "2026年主要预期目标\n指标\n单位\n目标\n地区生产总值增速\n%\n6\n城镇新增就业\n人\n3200\n",
        (2026, 6.0, "%"),
        (2026, 3200.0, "人"),
    ),
    probe(
        "table/target year column",
        _ACTION
        + "一、主要指标\n指标\t单位\t2025年\t2027年\n数字经济核心产业增加值\t亿元\t300\t500\n上云企业数\t家\t800\t1500\n",
        (2027, 500.0, "亿元"),
        (2027, 1500.0, "家"),
    ),
    probe(
        "table/caption with period",
        "某市“十五五”规划纲要\n表1  “十五五”时期经济社会发展主要指标\n指标\t2025年\t2030年\t属性\n"
        "地区生产总值（亿元）\t1200\t1650\t预期性\n研发经费投入强度（%）\t2.3\t3\t预期性\n",
        (2030, 1650.0, "亿元"),
        (2030, 3.0, "%"),
    ),
    probe(
        "table/markdown with 序号",
        _ACTION
        + "二、主要目标\n到2027年，主要指标如下表。\n| 序号 | 指标 | 单位 | 2027年目标 |\n|---|---|---|---|\n"
        + "| 1 | 智能工厂 | 家 | 50 |\n| 2 | 数字化改造覆盖率 | % | 80 |\n",
        (2027, 50.0, "家"),
        (2027, 80.0, "%"),
    ),
    probe(
        "table/属性 column",
        "某县“十五五”规划纲要\n表2  主要发展指标\n序号\t指标名称\t单位\t2025年\t2030年\t指标属性\n"
        "1\t地区生产总值\t亿元\t320\t450\t预期性\n2\t单位地区生产总值能耗降低\t%\t〔13.5〕\t〔12〕\t约束性\n",
        (2030, 450.0, "亿元"),
        (2030, 12.0, "%"),
    ),
    # -- headings 主要目标 at any level, a year in the heading or the text ------------------------------------------
    probe(
        "heading/一、主要目标",
        _ACTION
        + "一、主要目标\n到2027年，全市规模以上工业企业数字化改造覆盖率达到80%，培育智能工厂50家。\n二、重点任务\n",
        (2027, 80.0, "%"),
        (2027, 50.0, "家"),
    ),
    probe(
        "heading/（二）发展目标",
        _ACTION
        + "一、总体要求\n（一）指导思想。坚持创新驱动。\n（二）发展目标\n到2027年，全市数字经济核心产业增加值达到500亿元，上云企业突破1500家。\n",
        (2027, 500.0, "亿元"),
        (2027, 1500.0, "家"),
    ),
    probe(
        "heading/1.1",
        _ACTION
        + "1 总体要求\n1.1 总体目标\n到2027年，全市新增专精特新企业100家，工业投资年均增长10%。\n1.2 基本原则\n",
        (2027, 100.0, "家"),
        (2027, 10.0, "%"),
    ),
    probe(
        "heading/第X章",
        "某市数字经济发展规划\n第二章 发展目标\n到2027年，全市数字经济规模突破3000亿元，占地区生产总值比重达到50%。\n第三章 重点任务\n",
        (2027, 3000.0, "亿元"),
        (2027, 50.0, "%"),
    ),
    probe(
        "heading/预期目标 + list no year",
        _ACTION + "二、预期目标\n1.数字经济核心产业增加值达到500亿元。\n2.培育智能工厂50家。\n三、重点任务\n",
        (2027, 500.0, "亿元"),
        (2027, 50.0, "家"),
    ),
    probe(
        "heading/总体目标 colon inline",
        _ACTION + "总体目标：到2027年，全市工业互联网平台达到20个，重点企业关键工序数控化率达到70%。\n",
        (2027, 20.0, "个"),
        (2027, 70.0, "%"),
    ),
    probe(
        "heading/year heading over goals",
        _T
        + _PROSE
        + "三、2026年工作安排\n（一）主要目标\n地区生产总值增长6%左右；城镇新增就业3200人以上。\n（二）重点工作\n",
        (2026, 6.0, "%"),
        (2026, 3200.0, "人", "min"),
    ),
    probe(
        "heading/分年度目标",
        _ACTION
        + "二、主要目标\n2025年，全市上云企业达到1000家。\n2026年，全市上云企业达到1300家。\n2027年，全市上云企业达到1500家。\n",
        (2025, 1000.0, "家"),
        (2026, 1300.0, "家"),
        (2027, 1500.0, "家"),
    ),
    probe(
        "heading/目标 with 到年底",
        _ACTION + "一、工作目标\n到2026年底，全市累计建成5G基站1.2万个，千兆宽带用户达到30万户。\n",
        (2026, 12000.0, "个"),
        (2026, 300000.0, "户"),
    ),
    # -- relative years resolved by the text's own date -----------------------------------------------------------
    probe(
        "relative/page stamp",
        "发布日期：2026-01-18 09:30\n" + _T + _PROSE + f"今年主要预期目标：\n{_GDP}；{_JOBS}；{_CPI}。\n",
        *_THREE,
    ),
    probe(
        "relative/date line",
        _T + "2026年1月18日\n" + _PROSE + f"今年主要预期目标：\n{_GDP}；{_JOBS}；{_CPI}。\n",
        *_THREE,
    ),
    probe(
        "relative/signature date",
        _T
        + _PROSE
        + f"今年全县经济社会发展的主要预期目标是：{_GDP}；{_JOBS}；{_CPI}。\n某县人民政府\n2026年1月18日\n",
        *_THREE,
    ),
    probe(
        "relative/文号",
        "某政发〔2026〕3号\n" + _T + _PROSE + f"今年主要预期目标：\n{_GDP}；{_JOBS}；{_CPI}。\n",
        *_THREE,
    ),
    probe(
        "relative/明年 by stamp",
        "发布时间：2025-12-22\n某县经济工作会议召开\n"
        + _PROSE
        + f"明年全县经济社会发展的主要预期目标是：{_GDP}；{_JOBS}；{_CPI}。\n",
        *_THREE,
    ),
    probe(
        "relative/本年度",
        "发布日期：2026-02-10\n某县农业农村局工作要点\n本年度工作目标：粮食播种面积稳定在50万亩以上，粮食总产量达到2.1亿斤。\n",
        (2026, 500000.0, "亩", "min"),
        (2026, 2.1e8, "斤"),
    ),
    probe(
        "relative/report title year",
        "2026年某县政府工作报告\n"
        + _PROSE
        + f"今年经济社会发展的主要预期目标是：{_GDP}；{_JOBS}；{_CPI}。\n",
        *_THREE,
    ),
    probe(
        "relative/今年 list",
        "发布日期：2026-01-18\n" + _T + _PROSE + f"今年的主要目标是：\n1.{_GDP}；\n2.{_JOBS}；\n3.{_CPI}。\n",
        *_THREE,
    ),
    # -- five-year periods ------------------------------------------------------------------------------------
    probe(
        "period/到十四五末",
        "某市发展改革委关于推进物流业发展的意见\n到“十四五”末，全市社会物流总费用占地区生产总值比重降至13%，A级物流企业达到60家。\n",
        (2025, 13.0, "%"),
        (2025, 60.0, "家"),
    ),
    probe(
        "period/十五五期末",
        "某市“十五五”科技创新规划\n“十五五”期末，全市研发经费投入强度达到3.2%，高新技术企业突破3000家。\n",
        (2030, 3.2, "%"),
        (2030, 3000.0, "家"),
    ),
    probe(
        "period/到十五五末 heading",
        "某市“十五五”科技创新规划\n二、发展目标\n到“十五五”末，全市每万人口高价值发明专利拥有量达到15件，技术合同成交额突破200亿元。\n",
        (2030, 15.0, "件"),
        (2030, 200.0, "亿元"),
    ),
    # -- news of plans ---------------------------------------------------------------------------------------
    probe(
        "news/据介绍",
        "我市出台数字经济发展规划\n据介绍，《规划》提出，到2027年，全市数字经济核心产业增加值达到500亿元，培育数字化转型标杆企业100家。\n",
        (2027, 500.0, "亿元"),
        (2027, 100.0, "家"),
    ),
    probe(
        "news/记者从…获悉",
        "我市加快建设新能源产业集群\n记者从市发展改革委获悉，到2027年，全市新能源产业产值将突破1000亿元，新增光伏装机200万千瓦。\n",
        (2027, 1000.0, "亿元"),
        (2027, 2000000.0, "千瓦"),
    ),
    probe(
        "news/印发方案 明确",
        "某市印发文旅融合行动方案\n日前，市政府办公室印发《文旅融合发展行动方案》，明确到2026年，全市接待游客突破5000万人次，旅游总收入达到600亿元。\n",
        (2026, 50000000.0, "人次"),
        (2026, 600.0, "亿元"),
    ),
    probe(
        "news/目标是",
        "我市推进老旧小区改造\n市住建局相关负责人介绍，今年我市的目标是改造老旧小区120个，惠及居民2.3万户。\n发布时间：2026-03-05\n",
        (2026, 120.0, "个"),
        (2026, 23000.0, "户"),
    ),
    # -- a review, then the goals: only the goals are targets --------------------------------------------------
    probe(
        "review then goals/headings",
        _T
        + "一、2025年工作回顾\n全县地区生产总值增长5.8%，城镇新增就业3100人。\n二、2026年主要预期目标\n"
        + f"{_GDP}；{_JOBS}；{_CPI}。\n",
        *_THREE,
    ),
    probe(
        "review then goals/paragraphs",
        _T
        + "过去一年，全县地区生产总值增长5.8%，一般公共预算收入增长4.2%。\n"
        + f"今年全县经济社会发展的主要预期目标是：{_GDP}；{_JOBS}；{_CPI}。\n某县人民政府\n2026年1月18日\n",
        *_THREE,
    ),
    probe(
        "review then goals/十四五 to 十五五",
        "某市“十五五”规划纲要\n“十四五”时期，全市地区生产总值年均增长6.1%，常住人口城镇化率达到62%。\n"
        "到2030年，全市地区生产总值突破2000亿元，常住人口城镇化率达到68%。\n",
        (2030, 2000.0, "亿元"),
        (2030, 68.0, "%"),
    ),
    probe(
        "review then goals/table then lead",
        _T
        + "表1  2025年主要指标完成情况\n指标\t完成值\n地区生产总值增速\t5.8%\n城镇新增就业\t3100人\n"
        + f"2026年主要预期目标：\n{_GDP}；{_JOBS}；{_CPI}。\n",
        *_THREE,
    ),
    # -- traditional characters and glosses -------------------------------------------------------------------
    probe(
        "script/traditional",
        "某縣政府工作報告\n2026年全縣經濟社會發展主要預期目標：\n地區生產總值增長6%左右；城鎮新增就業3200人以上；居民消費價格漲幅控制在3%以內。\n",
        *_THREE,
    ),
    probe(
        "script/pinyin glosses",
        "某縣政府工作報告\n2026年主要預(yù)期目標(biāo)：\n地區生產總值增長6%左右；城鎮新增就業3200人以上；居民消費價格漲幅控制在3%以內。\n",
        *_THREE,
    ),
    probe(
        "script/traditional action plan",
        "某市推進製造業數字化轉型行動方案\n一、主要目標\n到2027年，全市規模以上工業企業數字化改造覆蓋率達到80%，培育智慧工廠50家。\n",
        (2027, 80.0, "%"),
        (2027, 50.0, "家"),
    ),
    # -- ranges and bounds under a lead ------------------------------------------------------------------------
    probe(
        "lead/range goal",
        _T + _PROSE + "2026年主要预期目标：\n地区生产总值增长5.5%-6%；新增规上企业15至20家。\n",
        (2026, (5.5, 6.0), "%"),
        (2026, (15.0, 20.0), "家"),
    ),
]

# -- second round: written after the first round's classes were fixed, run once before any rule for them ----------
GOALS += [
    probe(
        "lead/prose before the year",
        _T
        + _PROSE
        + f"综合考虑各方面因素，建议2026年全县经济社会发展主要预期目标为：\n{_GDP}；{_JOBS}；{_CPI}。\n",
        *_THREE,
    ),
    probe(
        "lead/建议如下",
        _T + _PROSE + f"2026年全县经济社会发展主要预期目标建议如下：\n{_GDP}；{_JOBS}；{_CPI}。\n",
        *_THREE,
    ),
    probe(
        "lead/year topic then lead",
        _T + "2026年是“十五五”开局之年。\n主要预期目标：\n" + f"{_GDP}；{_JOBS}；{_CPI}。\n",
        *_THREE,
    ),
    probe(
        "lead/full-width digits traditional",
        "某縣政府工作報告\n２０２６年主要預期目標：地區生產總值增長６％左右；城鎮新增就業３２００人以上；居民消費價格漲幅控制在３％以內。\n",
        *_THREE,
    ),
    probe(
        "lead/bracketed year heading",
        _T + _PROSE + f"（2026年）主要预期目标\n{_GDP}；{_JOBS}；{_CPI}。\n",
        *_THREE,
    ),
    probe(
        "list/metric over labelled value",
        _T + _PROSE + "2026年主要预期目标\n地区生产总值增速\n目标：6%左右\n城镇新增就业\n目标：3200人以上\n",
        (2026, 6.0, "%"),
        (2026, 3200.0, "人", "min"),
    ),
    probe(
        "list/labelled metrics",
        _T
        + _PROSE
        + "2026年主要预期目标：\n指标一：地区生产总值增长6%左右。\n指标二：城镇新增就业3200人以上。\n",
        (2026, 6.0, "%"),
        (2026, 3200.0, "人", "min"),
    ),
    probe(
        "table/annual targets",
        _ACTION
        + "二、主要指标\n指标\t单位\t2024年（基期）\t2025年\t2026年\t2027年\n"
        + "上云企业数\t家\t600\t800\t1100\t1500\n",
        (2025, 800.0, "家"),
        (2026, 1100.0, "家"),
        (2027, 1500.0, "家"),
    ),
    probe(
        "table/bound signs",
        _T
        + _PROSE
        + "2026年主要预期目标\n指标\t单位\t目标值\n城镇调查失业率\t%\t≤5.5\n粮食产量\t万吨\t≥30\n",
        (2026, 5.5, "%", "max"),
        (2026, 300000.0, "吨", "min"),
    ),
    probe(
        "table/属性 with hedge",
        _T
        + _PROSE
        + "表1  2026年主要预期目标\n指标\t单位\t目标\t属性\n地区生产总值增速\t%\t6左右\t预期性\n"
        + "单位生产总值能耗降低\t%\t3\t约束性\n",
        (2026, 6.0, "%"),
        (2026, 3.0, "%"),
    ),
    probe(
        "heading/第一节",
        "某市“十五五”规划纲要\n第二章 发展目标\n第一节 主要目标\n到2030年，全市地区生产总值突破2000亿元，常住人口城镇化率达到68%。\n",
        (2030, 2000.0, "亿元"),
        (2030, 68.0, "%"),
    ),
    probe(
        "heading/dated section, 具体目标",
        _T + _PROSE + "二、2026年工作目标\n具体目标：地区生产总值增长6%左右，城镇新增就业3200人以上。\n",
        (2026, 6.0, "%"),
        (2026, 3200.0, "人", "min"),
    ),
    probe(
        "heading/title year, numbered tasks with figures",
        "某县2026年民生实事项目目标任务\n1.新建幼儿园5所。\n2.改造农村公路120公里。\n3.新增城镇就业3200人。\n",
        (2026, 5.0, "所"),
        (2026, 120.0, "公里"),
        (2026, 3200.0, "人"),
    ),
    probe(
        "news/根据《方案》",
        "我市印发数字乡村建设方案\n根据《方案》，到2027年，全市行政村5G网络通达率达到100%，建成数字乡村示范村50个。\n",
        (2027, 100.0, "%"),
        (2027, 50.0, "个"),
    ),
    probe(
        "news/Q and A",
        "市发展改革委负责人解读《规划》\n问：《规划》提出了哪些目标？\n答：到2030年，全市地区生产总值突破2000亿元，"
        "研发经费投入强度达到3%。\n",
        (2030, 2000.0, "亿元"),
        (2030, 3.0, "%"),
    ),
    probe(
        "news/今年将 力争",
        "发布时间：2026-02-20\n我县部署全年招商工作\n今年，全县将力争签约亿元以上项目60个，实际到位资金突破150亿元。\n",
        (2026, 60.0, "个"),
        (2026, 150.0, "亿元"),
    ),
    probe(
        "period/十五五 heading list",
        "某市“十五五”规划纲要\n二、“十五五”时期主要目标\n——地区生产总值年均增长6%左右；\n——研发经费投入强度达到3%。\n",
        (2030, 6.0, "%"),
        (2030, 3.0, "%"),
    ),
]


def _wrapped(paragraph: str, width: int = 24) -> str:
    """A paragraph as a PDF's text layer gives it: cut into lines of one width, wherever the width falls."""
    return "".join(paragraph[i : i + width] + "\n" for i in range(0, len(paragraph), width))


def _html(name: str, body: str, *expected) -> Probe:
    return Probe(
        name,
        f"<html><head><title>某县人民政府</title></head><body>{body}</body></html>",
        tuple(expected),
        ".html",
    )


# -- third round: layouts of web pages, PDFs and tables, written and run before any rule for them ------------------
GOALS += [
    probe(
        "table/category column spanning rows",
        "某市“十五五”规划纲要\n表1  “十五五”时期主要指标\n类别\t指标\t单位\t2025年\t2030年\t属性\n"
        "经济发展\t地区生产总值\t亿元\t1200\t1650\t预期性\n\t常住人口城镇化率\t%\t62\t68\t预期性\n"
        "创新驱动\t研发经费投入强度\t%\t2.3\t3\t预期性\n",
        (2030, 1650.0, "亿元"),
        (2030, 68.0, "%"),
        (2030, 3.0, "%"),
    ),
    probe(
        "table/unit in the metric, 万",
        _T
        + _PROSE
        + "2026年主要预期目标\n指标\t2026年目标\n城镇新增就业（万人）\t1.2\n接待游客（万人次）\t850\n",
        (2026, 12000.0, "人"),
        (2026, 8500000.0, "人次"),
    ),
    probe(
        "table/headerless two columns",
        _T
        + _PROSE
        + "2026年主要预期目标：\n地区生产总值增速\t6%左右\n城镇新增就业\t3200人以上\n一般公共预算收入增速\t5%\n",
        (2026, 6.0, "%"),
        (2026, 3200.0, "人", "min"),
        (2026, 5.0, "%"),
    ),
    _html(
        "html/bold lead over a list",
        "<h1>某县2026年国民经济和社会发展计划</h1><p>全县上下坚持稳中求进工作总基调。</p>"
        "<p><strong>2026年主要预期目标</strong></p><ul><li>地区生产总值增长6%左右</li>"
        "<li>城镇新增就业3200人以上</li><li>居民消费价格涨幅控制在3%以内</li></ul>",
        *_THREE,
    ),
    _html(
        "html/table with a caption row",
        "<h1>某县2026年国民经济和社会发展计划</h1><p>全县上下坚持稳中求进工作总基调。</p>"
        "<table><tr><td colspan='3'>2026年主要预期目标</td></tr><tr><td>指标</td><td>单位</td><td>目标</td></tr>"
        "<tr><td>地区生产总值增速</td><td>%</td><td>6左右</td></tr><tr><td>城镇新增就业</td><td>人</td><td>3200</td></tr>"
        "</table>",
        (2026, 6.0, "%"),
        (2026, 3200.0, "人"),
    ),
    probe(
        "pdf/goals wrapped at a fixed width",
        _T
        + _wrapped(
            "全县上下坚持稳中求进工作总基调，统筹发展和安全，奋力推动高质量发展，坚定不移推进产业转型升级，"
            "全面深化改革开放，持续保障和改善民生，推动经济实现质的有效提升和量的合理增长。"
        )
        + _wrapped(f"2026年主要预期目标：{_GDP}；{_JOBS}；{_CPI}；一般公共预算收入增长5%。"),
        *_THREE,
        (2026, 5.0, "%"),
    ),
    probe(
        "list/owner in brackets",
        _T + _PROSE + "2026年主要预期目标：\n1.地区生产总值增长6%左右（牵头单位：县发展改革局）；\n"
        "2.城镇新增就业3200人以上（牵头单位：县人力社保局）。\n",
        (2026, 6.0, "%"),
        (2026, 3200.0, "人", "min"),
    ),
    probe(
        "list/metric dash value",
        _T + _PROSE + "2026年主要预期目标\n地区生产总值——增长6%左右\n城镇新增就业——3200人以上\n",
        (2026, 6.0, "%"),
        (2026, 3200.0, "人", "min"),
    ),
    probe(
        "list/sub-headed groups",
        _T
        + _PROSE
        + "2026年主要预期目标\n（一）经济发展指标\n地区生产总值增长6%左右；\n固定资产投资增长8%。\n"
        "（二）民生指标\n城镇新增就业3200人以上。\n",
        (2026, 6.0, "%"),
        (2026, 8.0, "%"),
        (2026, 3200.0, "人", "min"),
    ),
    probe(
        "list/full-width numbering",
        _T + _PROSE + "2026年主要预期目标\n１．地区生产总值增长6%左右；\n２．城镇新增就业3200人以上。\n",
        (2026, 6.0, "%"),
        (2026, 3200.0, "人", "min"),
    ),
    probe(
        "lead/year at the end",
        _T + _PROSE + f"主要预期目标（2026年）：\n{_GDP}；{_JOBS}；{_CPI}。\n",
        *_THREE,
    ),
    probe(
        "lead/numeral year",
        _T + _PROSE + f"二〇二六年主要预期目标：\n{_GDP}；{_JOBS}；{_CPI}。\n",
        *_THREE,
    ),
    probe(
        "lead/span of years",
        _ACTION
        + "一、工作目标\n2025—2027年主要目标：\n全市新增智能工厂50家；规模以上工业企业数字化改造覆盖率达到80%。\n",
        (2027, 50.0, "家"),
        (2027, 80.0, "%"),
    ),
    probe(
        "lead/news 主要指标 with letters",
        "发布时间：2026-01-20\n我县召开两会\n今年主要指标：GDP增长6%左右，城镇新增就业3200人以上。\n",
        (2026, 6.0, "%"),
        (2026, 3200.0, "人", "min"),
    ),
    probe(
        "unit/兆瓦",
        _T + _PROSE + "2026年主要预期目标：\n新增光伏装机200兆瓦；新增储能装机50兆瓦时。\n",
        (2026, 200.0, "兆瓦"),
        (2026, 50.0, "兆瓦时"),
    ),
]


# -- fourth round: layouts of news digests and infographic text, written and run before any rule for them ----------
_NEWS = "发布时间：2026-01-20 09:30\n图解｜某县政府工作报告\n"
GOALS += [
    probe(
        "digest/arrow bullets",
        _NEWS
        + "2026年主要预期目标\n▶地区生产总值增长6%左右\n▶城镇新增就业3200人以上\n▶居民消费价格涨幅控制在3%以内\n",
        *_THREE,
    ),
    probe(
        "digest/check bullets",
        _NEWS
        + "2026年主要预期目标\n√ 地区生产总值增长6%左右\n√ 城镇新增就业3200人以上\n√ 居民消费价格涨幅控制在3%以内\n",
        *_THREE,
    ),
    probe(
        "digest/value first, dash, metric",
        _NEWS
        + "2026年主要预期目标\n6%左右——地区生产总值增长\n3200人以上——城镇新增就业\n3%以内——居民消费价格涨幅\n",
        *_THREE,
    ),
    probe(
        "digest/value line over its metric",
        _NEWS + "今年主要预期目标\n6%左右\n地区生产总值增长\n3200人以上\n城镇新增就业\n",
        (2026, 6.0, "%"),
        (2026, 3200.0, "人", "min"),
    ),
    probe(
        "digest/一是 items under a lead",
        _NEWS
        + "今年主要预期目标：一是地区生产总值增长6%左右；二是城镇新增就业3200人以上；三是居民消费价格涨幅控制在3%以内。\n",
        *_THREE,
    ),
    probe(
        "digest/报告提出 lead",
        _NEWS
        + "报告提出，今年全县经济社会发展主要预期目标为：地区生产总值增长6%左右，城镇新增就业3200人以上，"
        "居民消费价格涨幅控制在3%以内。\n",
        *_THREE,
    ),
    probe(
        "digest/full-width paren digits",
        _NEWS + "2026年主要预期目标：\n（１）地区生产总值增长6%左右；\n（２）城镇新增就业3200人以上。\n",
        (2026, 6.0, "%"),
        (2026, 3200.0, "人", "min"),
    ),
    probe(
        "digest/letter items",
        _NEWS + "2026年主要预期目标：\nA.地区生产总值增长6%左右；\nB.城镇新增就业3200人以上。\n",
        (2026, 6.0, "%"),
        (2026, 3200.0, "人", "min"),
    ),
    probe(
        "digest/quoted report sentence",
        _NEWS
        + "“2026年全县主要预期目标是：地区生产总值增长6%左右，城镇新增就业3200人以上。”县长在报告中说。\n",
        (2026, 6.0, "%"),
        (2026, 3200.0, "人", "min"),
    ),
]


# goal probes that fail and are left to the clause rules (no layout of theirs is unread): reported by the script, not
# asserted by the tests
OPEN: list[Probe] = [
    # 要求 frames the year's figures as demands (a clause cue, no layout): 今年 opens no goal statement without an opener
    probe(
        "review then goals/same paragraph",
        "发布时间：2026-01-10\n我县召开经济工作会议\n会议指出，2025年全县地区生产总值增长5.8%。会议要求，今年全县地区生产总值增长6%左右，"
        "城镇新增就业3200人以上。\n",
        (2026, 6.0, "%"),
        (2026, 3200.0, "人", "min"),
    ),
]


NOT_GOALS: list[Probe] = [
    probe(
        "review/过去一年",
        _T + "过去一年，全县地区生产总值增长5.8%，城镇新增就业3100人，一般公共预算收入增长4.2%。\n",
    ),
    probe(
        "review/heading list",
        _T + "一、2025年工作回顾\n地区生产总值增长5.8%\n城镇新增就业3100人\n一般公共预算收入增长4.2%\n",
    ),
    probe(
        "review/完成情况",
        _T
        + "2025年主要目标完成情况\n地区生产总值增长5.8%，完成年度目标；城镇新增就业3100人，完成计划的103%。\n",
    ),
    probe(
        "review/完成情况 list",
        _T + "2025年主要预期目标完成情况：\n1.地区生产总值增长5.8%。\n2.城镇新增就业3100人。\n",
    ),
    probe(
        "bulletin/statistics",
        "某县2025年国民经济和社会发展统计公报\n全年地区生产总值320亿元，比上年增长5.6%。年末常住人口45.2万人。\n",
    ),
    probe(
        "bulletin/table",
        "某县2025年国民经济和社会发展统计公报\n表1  2025年主要经济指标\n指标\t单位\t绝对数\t比上年增长（%）\n"
        "地区生产总值\t亿元\t320\t5.6\n固定资产投资\t亿元\t150\t7.2\n",
    ),
    probe(
        "table/last year in a dated text",
        "发布日期：2026-02-10\n某县统计局\n表1  2025年主要经济指标\n指标\t单位\t数值\n地区生产总值\t亿元\t320\n城镇新增就业\t人\t3100\n",
    ),
    probe(
        "table/targets and results",
        _T
        + "表1  2025年主要指标完成情况\n指标\t单位\t目标\t完成\n地区生产总值增速\t%\t6\t5.8\n城镇新增就业\t人\t3000\t3100\n",
    ),
    probe(
        "table/growth columns in a dated text",
        "发布日期：2026-02-10\n某县2025年经济运行情况\n主要指标\n指标\t单位\t2025年\t比上年增长（%）\n"
        "地区生产总值\t亿元\t320\t5.6\n固定资产投资\t亿元\t150\t7.2\n",
    ),
    probe(
        "period/a past period's end",
        "某市“十五五”规划纲要\n“十四五”末，全市地区生产总值完成1200亿元，年均增长6.1%。\n",
    ),
    probe(
        "period/预计 at the period's end",
        "发布时间：2025-09-25\n某市“十四五”发展成绩单\n预计“十四五”末全市经济总量突破6000亿元。\n",
    ),
    probe(
        "period/较 a period's end",
        "某市“十四五”发展成绩单\n全市高新技术企业数量较“十三五”末增长103%，研发投入强度达到2.6%。\n",
    ),
    probe(
        "table/undated statistics with year columns",
        "某县经济运行简况\n表1  主要经济指标\n指标\t2024年\t2025年\n地区生产总值（亿元）\t300\t320\n固定资产投资（亿元）\t140\t150\n",
    ),
    probe(
        "table/scoring",
        "2026年度目标责任考核办法\n考核指标\n指标\t评分标准\t权重\n招商引资\t完成得满分\t20\n项目建设\t完成得满分\t15\n",
    ),
    probe(
        "table/procurement",
        "2026年政府采购意向公开\n序号\t项目名称\t预算金额（万元）\t采购时间\n1\t智慧校园建设\t120\t2026年5月\n",
    ),
    probe(
        "news/last year's goals met",
        "发布时间：2026-01-15\n我县2025年主要目标任务全面完成\n去年，全县地区生产总值增长5.8%，城镇新增就业3100人，均完成年度目标。\n",
    ),
    probe(
        "review/a goal heading over a past year's figures",
        "发布时间：2026-02-10\n" + _T + "一、2025年主要目标\n地区生产总值增长5.8%\n城镇新增就业3100人\n",
    ),
    _html(
        "html/table of last year's results",
        "<h1>某县2025年经济运行情况</h1><table><tr><td colspan='3'>2025年主要经济指标完成情况</td></tr>"
        "<tr><td>指标</td><td>单位</td><td>完成</td></tr><tr><td>地区生产总值增速</td><td>%</td><td>5.8</td></tr></table>",
    ),
    probe(
        "table/base column only",
        _ACTION + "一、主要指标\n指标\t单位\t2024年完成\n上云企业数\t家\t600\n数字化改造覆盖率\t%\t55\n",
    ),
    probe(
        "table/last year's targets and results",
        "发布日期：2026-02-10\n"
        + _T
        + "表1  主要指标\n指标\t单位\t2025年目标\t2025年完成\n地区生产总值增速\t%\t6\t5.8\n",
    ),
    probe(
        "table/subsidy standards",
        "关于2026年农机购置补贴的通知\n补贴标准如下：\n项目\t单位\t补贴金额\n拖拉机\t台\t20000\n收割机\t台\t30000\n",
    ),
    probe(
        "digest/last year's figures, arrow bullets",
        "发布时间：2026-01-20\n图解｜某县政府工作报告\n2025年成绩单\n▶地区生产总值增长5.8%\n▶城镇新增就业3100人\n",
    ),
    probe(
        "digest/last year's figures, value first",
        "发布时间：2026-01-20\n图解｜某县政府工作报告\n过去一年\n5.8%——地区生产总值增长\n3100人——城镇新增就业\n",
    ),
    probe(
        "subsidy/notice",
        "关于开展2026年高新技术企业奖励的通知\n对新认定的高新技术企业给予20万元一次性奖励；对研发投入超过500万元的企业，按研发投入的10%给予补助，最高不超过100万元。\n",
    ),
    probe(
        "subsidy/list",
        "2026年稳岗补贴申领指南\n一、补贴标准\n1.企业新招用员工，每人补贴1000元。\n2.吸纳就业困难人员的，每人每月补贴500元，期限不超过3年。\n",
    ),
    probe(
        "eligibility",
        "2026年专精特新企业申报通知\n申报条件：\n1.上年度营业收入不低于2000万元；\n2.研发费用占营业收入比重不低于3%。\n",
    ),
    probe(
        "news/results",
        "发布时间：2026-10-20\n我县前三季度经济运行稳中向好\n记者从县统计局获悉，前三季度全县地区生产总值增长6.1%，社会消费品零售总额增长5.3%。\n",
    ),
    probe(
        "news/今年以来",
        "发布时间：2026-07-15\n今年以来，全市新增市场主体1.2万户，同比增长8%；实际利用外资3.5亿美元。\n",
    ),
    probe(
        "review/截至",
        "发布时间：2026-03-01\n截至2025年底，全市累计建成5G基站1.2万个，千兆宽带用户达到30万户。\n",
    ),
    probe(
        "review/十四五",
        "某市“十五五”规划纲要\n“十四五”时期，全市地区生产总值年均增长6.1%，常住人口城镇化率达到62%，新增城镇就业25万人。\n",
    ),
    probe(
        "review/a past year in a dated text",
        "发布日期：2026-03-01\n某县发展回顾\n2024年，全县粮食总产量达到2.1亿斤，农村居民人均可支配收入增长7.5%。\n",
    ),
    probe(
        "budget",
        "关于2026年预算的报告\n市财政安排专项资金2亿元，支持制造业转型升级；安排就业补助资金3000万元。\n",
    ),
    probe("project/size", "某县重大项目建设情况\n某产业园项目总投资50亿元，占地800亩，建设期2026—2028年。\n"),
    probe("fees", "某市停车收费标准\n小型车首小时收费5元，之后每小时2元，每日最高不超过30元。\n"),
    probe(
        "census", "某县第七次全国人口普查公报\n全县常住人口为452130人，与2010年相比增加12335人，增长2.81%。\n"
    ),
    probe(
        "meeting",
        "发布时间：2026-01-10\n会议指出，2025年全县地区生产总值增长5.8%，一般公共预算收入增长4.2%，各项工作取得新成效。\n",
    ),
    probe("contract", "某县政府采购中标公告\n项目名称：智慧校园建设\n中标金额：120万元\n服务期限：12个月\n"),
    probe(
        "funds",
        "关于下达2026年农业生产发展资金的通知\n现下达你县农业生产发展资金3000万元，其中耕地地力保护补贴2000万元。\n",
    ),
    probe(
        "review/metric over value",
        _T + "2025年主要经济指标完成情况\n地区生产总值\n增长5.8%\n一般公共预算收入\n增长4.2%\n",
    ),
    probe(
        "review/table lead",
        "发布日期：2026-02-10\n"
        + _T
        + "2025年全县主要经济指标\n地区生产总值\t增长5.8%\n城镇新增就业\t3100人\n",
    ),
    probe(
        "news/上半年",
        "发布时间：2026-07-20\n上半年，全市规模以上工业增加值同比增长7.1%，高于全省1.2个百分点。\n",
    ),
    probe(
        "rule/deadline",
        "某市物业管理条例\n本条例自2026年3月1日起施行。违反本条例规定的，处5000元以上2万元以下罚款。\n",
    ),
    probe(
        "review/dated paragraph list",
        "发布日期：2026-02-10\n"
        + _T
        + "2025年，全县主要经济指标如下：\n地区生产总值增长5.8%；\n城镇新增就业3100人。\n",
    ),
]

PROBES = GOALS + NOT_GOALS + OPEN


def rows(document) -> list[tuple]:
    """The targets of a parsed document as the probes state them: (year, value or (low, high), unit, kind)."""
    out = []
    for t in document.targets:
        if t.value is None and t.low is None:
            out.append((t.year, None, t.unit, t.kind))
            continue
        value = t.value if t.value is not None else (t.low, t.high)
        out.append((t.year, value, t.unit, t.kind))
    return out


def matches(probe: Probe, found: list[tuple]) -> bool:
    """The document gives exactly the probe's quantified targets, in order (kind checked where the probe names one);
    a document of no goals gives no target row at all."""
    if not probe.expected:
        return not found
    quantified = [r for r in found if r[1] is not None]
    if len(quantified) != len(probe.expected):
        return False
    for want, got in zip(probe.expected, quantified, strict=True):
        if (got[0], got[1], got[2]) != want[:3] or (len(want) > 3 and got[3] != want[3]):
            return False
    return True


def parsed_rows(probe: Probe, folder) -> list[tuple]:
    """The probe's text stored as a file of its suffix in ``folder``, parsed whole (parsers.pipeline.parse_path), as
    ``rows`` states its targets."""
    from parsers.pipeline import parse_path

    path = folder / f"probe{probe.suffix}"
    path.write_text(probe.text, encoding="utf-8")
    return rows(parse_path(path))
