"""Probe sentences of goals with no number (issue 8, round 11), made up from the grammar of goal statements.

A goal with no number is a goal clause under a year's statement whose object carries no figure: a state reached
(城乡居民收入与经济增长同步, 重污染天气基本消除), a quota handed down (完成省下达的节能减排任务), a first of its kind
(实现“破零”), a system built (基本建成…体系), a rank (进入全省第一方阵). Each ``GOALS`` probe lists the surfaces of its
goals with no number, in text order; the goals with a number it holds are not checked here (tests/goal_probes.py).

What is none, ``NON_GOALS`` (each lists the goals with no number that remain, mostly none):
- a slogan or a wish for the people (奋力谱写…新篇章, 让…, 使…, 不断满足…向往);
- the heading of a list of measures, or a part that sets the list up (围绕这一目标，重点抓好以下工作);
- a task with a verb of doing, in a later clause (加快…建设，完善…网络);
- a report of the past (…明确了…, 印发《…》), an attribution of the text (…表示，, 报告提出，), a time word alone (近日,
  到本世纪中叶), a frame of the next part's figure (…的公交车中，);
- commentary on the goal (这是…, 这一目标的实现需要…);
- a fragment: a part cut before its figure (…盖度达到，) or a comma inside quotation marks.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NoNumberProbe:
    text: str
    goals: tuple[str, ...]  # the surfaces of the goals with no number, in text order
    cls: str

    @property
    def id(self) -> str:
        return f"{self.cls}:{self.text[:36]}"


def _p(cls: str, text: str, *goals: str) -> NoNumberProbe:
    return NoNumberProbe(text, goals, cls)


GOALS = (
    # a list of the year's expected goals (a work report): the goals with no number among the numbers
    _p(
        "report list",
        "2025年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城乡居民收入增长与经济增长同步，"
        "城镇调查失业率控制在5.5%以内。",
        "城乡居民收入增长与经济增长同步",
    ),
    _p(
        "report list",
        "2026年主要预期目标：规上工业增加值增长7%，进出口总额增速高于全省平均水平，城镇新增就业完成省定目标，"
        "主要污染物排放等指标完成国家下达目标。",
        "进出口总额增速高于全省平均水平",
        "城镇新增就业完成省定目标",
        "主要污染物排放等指标完成国家下达目标",
    ),
    _p(
        "report list",
        "2024年的主要目标是：生产总值增长6%左右，居民收入增长和经济增长同步，粮食产量稳定在20亿斤以上。",
        "居民收入增长和经济增长同步",
    ),
    # …in a list that otherwise keeps its goals with a number only (目标包括：): a form only goals take
    _p(
        "report list",
        "2026年全市的主要预期目标包括：地区生产总值增长5%左右，城镇新增就业完成省定目标，"
        "居民收入增长与经济增长同步，研发经费投入增速快于全省平均水平。",
        "城镇新增就业完成省定目标",
        "居民收入增长与经济增长同步",
        "研发经费投入增速快于全省平均水平",
    ),
    # a quota handed down
    _p(
        "quota",
        "到2026年，粮食产量稳定在50万吨以上，耕地保有量完成上级下达任务。",
        "耕地保有量完成上级下达任务",
    ),
    _p(
        "quota",
        "到2025年，单位地区生产总值能耗下降完成省下达目标任务。",
        "单位地区生产总值能耗下降完成省下达目标任务",
    ),
    _p("quota", "到2025年底，全面完成农村危房改造任务。", "全面完成农村危房改造任务"),
    _p("quota", "到2027年，全县完成省下达的节能减排任务。", "全县完成省下达的节能减排任务"),
    # a first of its kind, a whole coverage, an end of something
    _p("first", "到2027年，全县实现规上工业企业“破零”。", "全县实现规上工业企业“破零”"),
    _p(
        "first",
        "力争到2027年，实现国家级专精特新“小巨人”企业零的突破。",
        "实现国家级专精特新“小巨人”企业零的突破",
    ),
    _p("coverage", "到2030年，农村生活污水治理实现全覆盖。", "农村生活污水治理实现全覆盖"),
    _p("coverage", "到2026年，实现乡镇污水处理设施全覆盖。", "实现乡镇污水处理设施全覆盖"),
    _p(
        "coverage",
        "到2027年，全县规上工业企业数字化改造实现全覆盖。",
        "全县规上工业企业数字化改造实现全覆盖",
    ),
    _p("end", "到2028年，全面消除县域义务教育大班额。", "全面消除县域义务教育大班额"),
    _p(
        "end",
        "确保到2025年，脱贫攻坚成果持续巩固拓展，不发生规模性返贫。",
        "脱贫攻坚成果持续巩固拓展",
        "不发生规模性返贫",
    ),
    _p("end", "到2030年，全市碳排放达峰。", "全市碳排放达峰"),
    # a system or a body built
    _p("built", "到2030年，基本建成现代化综合交通运输体系。", "基本建成现代化综合交通运输体系"),
    _p("built", "力争到2026年，县域商业体系基本健全。", "县域商业体系基本健全"),
    _p("built", "到2025年，形成布局合理、功能完善的现代物流网络。", "形成布局合理、功能完善的现代物流网络"),
    _p("built", "到2027年，全面建成省级全域旅游示范区。", "全面建成省级全域旅游示范区"),
    _p("built", "到2025年，全面建立河湖长制工作长效机制。", "全面建立河湖长制工作长效机制"),
    _p("built", "到2027年，建成国家级绿色工厂5家，绿色制造体系基本建立。", "绿色制造体系基本建立"),
    _p(
        "built",
        "到2035年，基本实现社会主义现代化，建成现代化经济体系。",
        "基本实现社会主义现代化",
        "建成现代化经济体系",
    ),
    _p("built", "到2025年，全省基本公共服务均等化基本实现。", "全省基本公共服务均等化基本实现"),
    # a pace against another (faster than, in step with, above the average)
    _p(
        "pace", "到2025年，全市居民人均可支配收入增速快于经济增速。", "全市居民人均可支配收入增速快于经济增速"
    ),
    _p(
        "pace",
        "到2025年，农业农村现代化取得重要进展，农民收入增长快于城镇居民。",
        "农业农村现代化取得重要进展",
        "农民收入增长快于城镇居民",
    ),
    _p("pace", "到2030年，城乡区域发展差距明显缩小。", "城乡区域发展差距明显缩小"),
    # a rank
    _p("rank", "到2027年，营商环境进入全省第一方阵。", "营商环境进入全省第一方阵"),
    _p(
        "rank",
        "到2027年，数字经济核心产业增加值达到300亿元，数字政府建设走在全省前列。",
        "数字政府建设走在全省前列",
    ),
    _p("rank", "到2025年，率先在全省实现乡村振兴。", "率先在全省实现乡村振兴"),
    # a state that improves, after or before a goal with a number
    _p(
        "state",
        "到2027年，全市空气质量持续改善，重污染天气基本消除。",
        "全市空气质量持续改善",
        "重污染天气基本消除",
    ),
    _p(
        "state",
        "到2025年，全市森林覆盖率达到45%，生态环境质量稳步提升，城乡人居环境明显改善。",
        "生态环境质量稳步提升",
        "城乡人居环境明显改善",
    ),
    _p("state", "到2027年，实现城乡供水一体化，农村自来水普及率达到98%。", "实现城乡供水一体化"),
    _p("state", "到2026年，全市集体经济稳健增长，村级集体经济收入全部超过10万元。", "全市集体经济稳健增长"),
    _p("state", "到2028年，全市进出口稳中提质，外贸结构持续优化。", "全市进出口稳中提质", "外贸结构持续优化"),
    _p("state", "到2030年，城市内涝治理取得明显成效。", "城市内涝治理取得明显成效"),
    _p(
        "state",
        "到2026年，产业链供应链韧性和安全水平明显提升。",
        "产业链供应链韧性和安全水平明显提升",
    ),
    # a goal of a plan an attribution reports stays a goal
    _p(
        "attributed",
        "市长在接受媒体采访时表示，到2027年，全市将新增规上企业100家，营商环境进入全省第一方阵。",
        "营商环境进入全省第一方阵",
    ),
    _p(
        "attributed",
        "报告提出，到2025年，全市地区生产总值达到800亿元，城乡居民收入稳步增长。",
        "城乡居民收入稳步增长",
    ),
    # a comma inside quotation marks cuts no goal in two
    _p("quoted", "到2025年，全面打响“山水名城，康养福地”品牌。", "全面打响“山水名城，康养福地”品牌"),
    _p("quoted", "到2027年，构建“一核两翼，多点支撑”的产业格局。", "构建“一核两翼，多点支撑”的产业格局"),
    _p("quoted", "到2026年，形成“一核、两带、三区”空间布局。", "形成“一核、两带、三区”空间布局"),
    # a vision after the year's goals, in a later statement of its own year
    _p(
        "vision",
        "到2035年，基本实现农业农村现代化；到本世纪中叶，乡村全面振兴。",
        "基本实现农业农村现代化",
        "乡村全面振兴",
    ),
    _p(
        "vision", "到2030年，全市碳排放达峰，展望2035年，碳排放稳中有降。", "全市碳排放达峰", "碳排放稳中有降"
    ),
)

# near misses of the classes of NON_GOALS that are goals: 以下 as a bound (not a list's lead), 通达/直达 and 新突破
# (no verb of reach cut before its figure), 使用 and 让利 (no wish 使…/让…), 期间 inside the object (no time word alone),
# 了解 (no past 了), 即时 (no elaboration 即…), 发布 with no text published, 中 inside a part (no frame ending it)
NEAR_MISSES = (
    _p(
        "near miss",
        "到2027年，县城建成区基本淘汰35蒸吨以下燃煤锅炉。",
        "县城建成区基本淘汰35蒸吨以下燃煤锅炉",
    ),
    _p("near miss", "到2026年，实现村村通达。", "实现村村通达"),
    _p("near miss", "到2027年，全市乡镇快递服务实现直达。", "全市乡镇快递服务实现直达"),
    _p("near miss", "到2025年，全市工业经济实现新突破。", "全市工业经济实现新突破"),
    _p("near miss", "到2025年，使用清洁能源的公交车辆全覆盖。", "使用清洁能源的公交车辆全覆盖"),
    _p("near miss", "到2026年，让利于民政策全面落实。", "让利于民政策全面落实"),
    _p(
        "near miss",
        "到2030年，全省新型城镇化期间形成的短板全面补齐。",
        "全省新型城镇化期间形成的短板全面补齐",
    ),
    _p("near miss", "到2027年，这一领域的短板基本补齐。", "这一领域的短板基本补齐"),
    _p("near miss", "到2025年，群众对惠企政策的了解程度明显提高。", "群众对惠企政策的了解程度明显提高"),
    _p(
        "near miss",
        "到2027年，以县城为重要载体的城镇化建设取得重要进展。",
        "以县城为重要载体的城镇化建设取得重要进展",
    ),
    _p(
        "near miss",
        "到2026年，组织化程度明显提高，实施率达到全覆盖。",
        "组织化程度明显提高",
        "实施率达到全覆盖",
    ),
    _p("near miss", "到2027年，全市即时配送服务实现全覆盖。", "全市即时配送服务实现全覆盖"),
    # the points of a list of goals (一是…更加优化), not of measures (一是加快…)
    _p(
        "near miss",
        "到2027年，全市新增规上企业50家，一是产业结构更加优化，二是创新能力明显增强。",
        "一是产业结构更加优化",
        "二是创新能力明显增强",
    ),
    # a list of tasks whose year follows its lead lists goals (重点任务：到2025年，形成…)
    _p(
        "near miss",
        "试点县有三项重点任务：到2026年，形成一套生态产品价值核算体系，建立一套生态产品价值实现制度。",
        "形成一套生态产品价值核算体系",
        "建立一套生态产品价值实现制度",
    ),
    _p(
        "near miss",
        "到2027年，全市改革创新动力不减，各项工作稳步推进，群众满意度稳中有升。",
        "全市改革创新动力不减",
        "各项工作稳步推进",
        "群众满意度稳中有升",
    ),
    _p("near miss", "到2026年，全市气象预警信息发布实现全覆盖。", "全市气象预警信息发布实现全覆盖"),
    _p(
        "near miss",
        "到2027年，全市中小学生近视率明显下降，职业院校在校生中技能人才培养质量明显提升。",
        "全市中小学生近视率明显下降",
        "职业院校在校生中技能人才培养质量明显提升",
    ),
)

NON_GOALS = (
    # a slogan or a wish for the people after the goals
    _p("slogan", "到2027年，全县新增规上企业30家，奋力谱写高质量发展新篇章。"),
    _p("slogan", "到2025年，全市森林覆盖率达到50%，让人民群众共享发展成果。"),
    _p("slogan", "到2027年，全县新增规上企业30家，让更多优质企业引得来、留得住。"),
    _p("slogan", "到2026年，全市新增就业2万人，使人民群众获得感明显增强。"),
    _p("slogan", "到2030年，全市文旅产业增加值达到200亿元，不断满足人民群众对美好生活的向往。"),
    _p("slogan", "到2025年，全市地区生产总值达到800亿元，为全面建设社会主义现代化开好局、起好步。"),
    _p("slogan", "到2028年，新建改造农村公路500公里，奋力开创农村公路高质量发展新局面。"),
    # the heading of a list of measures
    _p("heading", "到2025年，全市新增充电桩2000个。主要任务："),
    _p("heading", "到2027年，全县粮食产量稳定在30万吨。二、重点任务"),
    _p("heading", "到2026年，培育省级专精特新企业20家。（一）加快产业转型升级"),
    _p("heading", "到2025年，新建5G基站1000个。三、保障措施"),
    _p("heading", "到2026年，主要任务包括："),
    # a part that sets the list of measures up, and the list it sets up
    _p("setup", "到2027年，全市数字经济规模达到500亿元。围绕上述目标，重点抓好以下工作。"),
    _p("setup", "到2025年，新增就业1万人。为实现上述目标，要着力做好以下几方面工作。"),
    _p("setup", "到2026年，全县规上工业增加值增长8%。为此，必须坚持稳中求进工作总基调。"),
    _p("setup", "到2025年，全市地区生产总值达到800亿元。实现上述目标，必须做好以下工作："),
    _p("setup", "到2027年，全市森林覆盖率达到50%，具体目标如下："),
    _p("setup", "到2025年，全市污水处理率达到95%。对照上述目标，各地要细化工作方案。"),
    _p("setup", "到2027年，全市数字经济规模达到500亿元，围绕这一目标，重点抓好以下工作。"),
    _p("setup", "到2025年，新增就业1万人，为实现这一目标，要着力做好以下几方面工作。"),
    _p("setup", "到2027年，全市森林覆盖率达到50%，重点做好以下工作："),
    # a task with a verb of doing, in a later clause
    _p("task", "到2027年，全市新能源汽车保有量达到10万辆。加快充电基础设施建设，完善充电服务网络。"),
    _p("task", "到2025年，全市污水处理率达到95%。各县区要加强组织领导，压实工作责任。"),
    _p("task", "到2026年，全县建成高标准农田10万亩。要坚持规划引领，统筹推进田水路林村综合治理。"),
    _p("task", "到2025年，新增就业岗位1万个。各地各部门要高度重视，认真抓好落实。"),
    _p("task", "到2027年，全市旅游收入达到500亿元。进一步完善旅游基础设施，提升服务质量。"),
    _p("task", "到2026年，全县建成高标准农田10万亩，持续加大财政投入力度。"),
    _p("task", "到2025年，完成老旧小区改造200个。坚持政府引导、市场运作，鼓励社会资本参与。"),
    # …and a verb of doing in the year's own clause (倡导, 启动, 集中精力, 坚持, 大力, 以…推进: how, not what is reached)
    _p("task", "到2027年，全市新增规上企业30家，倡导绿色低碳生活方式。"),
    _p("task", "到2026年，全县农村人居环境明显改善，启动美丽乡村示范村建设。", "全县农村人居环境明显改善"),
    _p("task", "到2025年，全市营商环境持续优化，集中精力解决企业融资难问题。", "全市营商环境持续优化"),
    _p("task", "到2027年，全市新增就业2万人，以“万企兴万村”行动推进乡村产业振兴。"),
    _p("task", "到2026年，全市森林覆盖率达到50%，坚持生态优先、绿色发展。"),
    _p("task", "到2025年，全市制造业增加值达到500亿元，大力发展先进制造业。"),
    _p("task", "到2027年，全县建成高标准农田5万亩，积极开展农田水利设施建设。"),
    _p("task", "到2030年，全市森林覆盖率达到50%，着眼长远，统筹山水林田湖草沙一体化保护。"),
    _p("task", "到2027年，全市新增规上企业50家，深化国资国企改革，强化要素保障。"),
    _p("setup", "到2027年，全市新增规上企业50家，主要任务是：推进产业链延链补链，培育壮大市场主体。"),
    _p(
        "task",
        "到2025年，全市地区生产总值达到800亿元。一是加快产业转型升级；二是优化营商环境；三是强化要素保障。",
    ),
    # a report of the past, an attribution, a time word alone
    _p("report", "到2025年，全市地区生产总值达到800亿元。去年，全市经济运行稳中向好，城乡居民收入稳步增长。"),
    _p("report", "到2027年，新增规上企业50家。过去五年，全市经济实力显著增强，生态环境持续改善。"),
    _p("report", "到2026年，全县粮食产量稳定在30万吨。2023年，全县粮食生产实现丰收，农民收入稳步增长。"),
    _p("report", "到2025年，新建5G基站1000个。目前，全市已建成5G基站500个，实现城区全覆盖。"),
    _p("report", "到2027年，全市新增规上企业50家。全市已初步形成以汽车为主导的产业体系。"),
    _p(
        "report", "2023年，全市地区生产总值增长5.2%，居民收入与经济增长基本同步，完成了省下达的节能减排任务。"
    ),
    _p(
        "report",
        "近日，市政府印发《关于加快数字经济发展的实施意见》，提出到2027年，全市数字经济核心产业增加值达到300亿元。",
    ),
    _p("report", "该公司总经理说，到2026年，公司产值将突破10亿元。"),
    _p("time word", "到2027年，全市旅游收入达到500亿元，“十四五”期间，累计接待游客1亿人次。"),
    _p(
        "time word",
        "到2035年，全面建成文化强市；到本世纪中叶，文化软实力显著增强。",
        "全面建成文化强市",
        "文化软实力显著增强",
    ),
    # an attribution that ends its part, a report in the past tense (了), a text published
    _p(
        "attribution", "全国人大代表、某市市长李某在北京接受媒体采访时表示，到2027年，全市新增规上企业100家。"
    ),
    _p("attribution", "到2026年，集团营业收入突破50亿元，某某股份有限公司总裁王某说。"),
    _p("attribution", "到2030年，全市森林覆盖率达到48%，全市生态环境质量报告提出。"),
    _p("report", "到2027年，全市数字经济规模达到500亿元，会议明确了发展方向。"),
    _p("report", "到2025年，全市新增5G基站3000个，市政府正式印发《数字经济发展三年行动方案》。"),
    _p("attribution", "到2025年，全市数字经济规模达到800亿元，并在创新、绿色、开放等方面提出三项指标。"),
    # a frame of the next part's figure (among the buses …: the share is the goal, the frame none)
    _p("frame", "到2027年，全市新增及更换的公交车中，新能源汽车比例达到90%。"),
    # an elaboration of the goal before it (即…)
    _p(
        "elaboration",
        "到2026年，全市形成三大支柱产业，即提升汽车、机械、化工三大产业。",
        "全市形成三大支柱产业",
    ),
    # commentary on the goal
    _p("commentary", "到2025年，全市地区生产总值达到800亿元。上述目标，既考虑了需要，也考虑了可能。"),
    _p("commentary", "到2026年，全县规上工业增加值增长8%，这是一个积极稳妥的目标。"),
    _p("commentary", "到2027年，全市旅游收入达到500亿元，这一目标的实现需要全市上下共同努力。"),
    _p("commentary", "到2025年，全市数字经济规模达到800亿元，这是全市首次提出的数字经济目标。"),
    # a fragment: a part cut before its figure
    _p("fragment", "到2025年，全市草原综合植被盖度达到，森林覆盖率达到45%。"),
    _p("fragment", "到2025年，战略性新兴产业占规上工业总产值比，达到30%。"),
    _p("fragment", "到2027年，全县林木绿化率超过，城市建成区绿地率达到40%。"),
)
