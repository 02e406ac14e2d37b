"""Probe sentences of goal clauses, made up from the grammar of goal clauses as plans and work reports write them
(issue 8), and sentences of the same words that state no goal.

A goal clause is composed of: a time frame (到2025年, 力争到2027年, 至2030年, 到2026年底, a subject before it), a
hedge or modality (力争, 确保, 预计, 计划, 努力), a verb of reach (达到, 提高到, 控制在, 新增, 年均增长 …), a baseline
(由目前的…提高到…, 比2020年下降…, 较2020年提高…个百分点), a bound (以上, 以内, 左右, 不低于, 不超过), a range (2-3个,
15%—20%), a number (Arabic, full-width, Chinese numerals, 百分之五, 三成) and a unit, one metric or several (、 和
分别 其中). Each probe is generated from those pieces, not copied from any text; ``expected`` lists what a user would
check of each quantified row: (year, value in base units, kind, unit). Value in base units: a count's 万/亿 multiplied
out (2万个 -> 20000 个), money in yuan, a percentage as written (16.8 for 16.8%), a range as (low, high).

``NON_GOALS`` are reports of past figures, figures of the present, rules with thresholds and subsidies: no row.
"""

from __future__ import annotations

from dataclasses import dataclass

YI = 1e8
WAN = 1e4


@dataclass(frozen=True)
class Probe:
    text: str
    expected: tuple[
        tuple, ...
    ]  # (year, value or (low, high), kind, unit) of each quantified row, in text order
    cls: str  # the grammar class the probe tests

    @property
    def id(self) -> str:
        return f"{self.cls}:{self.text[:40]}"


# -- time frames: (prefix, year). The subject follows them. ---------------------------------------------------
FRAMES = (
    ("到2025年，", 2025),
    ("到2027年底，", 2027),
    ("力争到2026年，", 2026),
    ("至2030年，", 2030),
    ("到2028年末，", 2028),
    ("预计到2026年，", 2026),
    ("计划到2027年，", 2027),
    ("争取到2029年，", 2029),
    ("到2025年", 2025),  # no comma
    ("确保到2027年，", 2027),
)

# -- ratio clauses: (subject, predicate with {v}, kind). Value in %. ------------------------------------------------
RATIO_CLAUSES = (
    ("全市森林覆盖率", "达到{v}%", "exact"),
    ("全社会研发经费投入强度", "达{v}%", "exact"),
    ("常住人口城镇化率", "提高到{v}%", "exact"),
    ("城市生活垃圾资源化利用率", "提升至{v}%", "exact"),
    ("城镇调查失业率", "控制在{v}%以内", "max"),
    ("湿地保护率", "稳定在{v}%", "exact"),
    ("规模以上工业增加值", "年均增长{v}%", "exact"),
    ("数字经济核心产业增加值占地区生产总值比重", "超过{v}%", "min"),
    ("空气质量优良天数比率", "保持在{v}%以上", "min"),
    ("农村自来水普及率", "不低于{v}%", "min"),
    ("居民人均可支配收入", "增长{v}%左右", "exact"),
    ("单位地区生产总值能耗", "比2020年下降{v}%", "exact"),
    ("高新技术产业增加值占规模以上工业增加值比重", "力争达到{v}%", "exact"),
    ("县域义务教育优质均衡发展比例", "确保达到{v}%以上", "min"),
    ("万元工业增加值用水量", "下降到{v}%", "exact"),
    ("主要农作物耕种收综合机械化率", "突破{v}%", "min"),
)
RATIO_VALUES = (
    "16.8",
    "75",
    "3.5",
    "92",
    "6.5",
    "55",
    "8",
    "40",
    "85",
    "98",
    "7",
    "13.5",
    "30",
    "100",
    "12",
    "90",
)

# -- count and money clauses: (predicate with {n}, n as written, value in base units, unit, kind) -----------------
COUNT_CLAUSES = (
    ("新增高新技术企业{n}家", "500", 500, "家", "exact"),
    ("培育国家级专精特新“小巨人”企业{n}家以上", "30", 30, "家", "min"),
    ("建成5G基站{n}个", "2万", 2 * WAN, "个", "exact"),
    ("新建改建农村公路{n}公里", "1200", 1200, "公里", "exact"),
    ("新增光伏装机容量{n}千瓦", "300万", 300 * WAN, "千瓦", "exact"),
    ("建成高标准农田{n}亩", "50万", 50 * WAN, "亩", "exact"),
    ("接待国内外游客{n}人次", "5000万", 5000 * WAN, "人次", "exact"),
    ("引进高层次人才{n}名", "1000", 1000, "名", "exact"),
    ("累计完成固定资产投资{n}元", "3000亿", 3000 * YI, "亿元", "exact"),
    ("地区生产总值达到{n}元", "5000亿", 5000 * YI, "亿元", "exact"),
    ("数字经济规模突破{n}元", "1万亿", 1e12, "亿元", "min"),
    ("细颗粒物（PM2.5）年均浓度降至{n}微克/立方米", "30", 30, "微克/立方米", "exact"),
    ("新增城镇就业{n}人", "5万", 5 * WAN, "人", "exact"),
    ("新建保障性租赁住房{n}套", "8000", 8000, "套", "exact"),
    ("创建省级以上重点实验室{n}个", "25", 25, "个", "exact"),
    ("新增储能装机{n}兆瓦", "600", 600, "兆瓦", "exact"),
    ("人均预期寿命达到{n}岁", "80", 80, "岁", "exact"),
    ("每千人口拥有3岁以下婴幼儿托位数达到{n}个", "4.5", 4.5, "个", "exact"),
    ("粮食产量稳定在{n}斤以上", "500亿", 500 * YI, "斤", "min"),
    ("实施重点技术改造项目不少于{n}项", "200", 200, "项", "min"),
    ("新增各类市场主体{n}户", "2万", 2 * WAN, "户", "exact"),
    ("规模以上工业企业数量突破{n}家", "3000", 3000, "家", "min"),
    ("新增城市绿地面积{n}平方米", "120万", 120 * WAN, "平方米", "exact"),
    ("单位地区生产总值二氧化碳排放量不超过{n}吨", "0.8", 0.8, "吨", "max"),
)

# -- baselines: a start value before the goal's own (由…提高到…), or a change against a base year ------------------
BASELINES = (
    ("森林覆盖率由目前的15.2%提高到16.8%", 16.8, "exact", "%"),
    ("常住人口城镇化率从2020年的58%提高到65%", 65.0, "exact", "%"),
    ("研发经费投入强度由2.1%提升至2.8%", 2.8, "exact", "%"),
    ("高新技术企业由1200家增加到2000家", 2000, "exact", "家"),
    ("农村居民人均可支配收入由1.8万元增加到2.6万元", 2.6 * WAN, "exact", "万元"),
    ("城镇污水处理率从目前的92%提高到97%以上", 97.0, "min", "%"),
    ("单位地区生产总值能耗较2020年下降13.5%", 13.5, "exact", "%"),
    ("数字经济核心产业增加值占比较2020年提高3个百分点", 3.0, "exact", "个百分点"),
    ("城镇居民人均住房面积由现在的35平方米增加到40平方米", 40.0, "exact", "平方米"),
    ("规模以上工业企业由目前的1500家增至2200家", 2200, "exact", "家"),
    ("PM2.5平均浓度由2020年的38微克/立方米降至30微克/立方米", 30.0, "exact", "微克/立方米"),
    ("公共交通出行分担率比2020年提高5个百分点", 5.0, "exact", "个百分点"),
)

# -- number forms: the same clause with its number written otherwise ----------------------------------------------
NUMBER_FORMS = (
    ("居民消费价格涨幅控制在百分之三左右", 3.0, "exact", "%"),
    ("居民消费价格涨幅约百分之二", 2.0, "exact", "%"),
    ("地区生产总值增长百分之六以上", 6.0, "min", "%"),
    ("城镇调查失业率控制在百分之五点五以内", 5.5, "max", "%"),
    ("森林覆盖率达到１６．８％", 16.8, "exact", "%"),
    ("新增高新技术企业５００家", 500, "exact", "家"),
    ("新增高新技术企业五百家", 500, "exact", "家"),
    ("建成高标准农田三十万亩", 30 * WAN, "exact", "亩"),
    ("地区生产总值突破两千亿元", 2000 * YI, "min", "亿元"),
    ("绿色建筑占新建建筑比例达到七成", 7.0, "exact", "成"),
    ("城乡居民收入比缩小到2.2以内", 2.2, "max", None),
    ("人才资源总量达到一百二十万人", 120 * WAN, "exact", "人"),
    ("粮食产量稳定在一千二百万吨以上", 1200 * WAN, "min", "吨"),
    ("培育营业收入超百亿元企业十家", 10, "exact", "家"),
    ("新增城镇就业3.5万人以上", 3.5 * WAN, "min", "人"),
    ("旅游总收入达到1,200亿元", 1200 * YI, "exact", "亿元"),
    ("居民消费价格涨幅百分之三左右", 3.0, "exact", "%"),
    ("城镇新增就业十二万人以上", 12 * WAN, "min", "人"),
    ("农村居民人均可支配收入增长百分之七以上", 7.0, "min", "%"),
    ("培育年营业收入超十亿元企业二十家", 20, "exact", "家"),
    ("新增城镇就业1万余人", 1 * WAN, "min", "人"),
    ("引进高层次人才2000余名", 2000, "min", "名"),
    ("清洁能源占能源消费比重达到三分之一", 100 / 3, "exact", "%"),
    ("非化石能源消费比重达到四分之一以上", 25.0, "min", "%"),
    ("绿色建筑占新建建筑比重超过1/2", 50.0, "min", "%"),
    # a proportion to one: its first term, no unit
    ("全市地区生产总值超过4千亿元", 4000 * YI, "min", "亿元"),
    ("全市低空空域年飞行量突破25万架次", 25 * WAN, "min", "架次"),
    ("全市车桩比达到2:1", 2.0, "exact", None),
    ("全省总体车桩比小于2.5∶1", 2.5, "max", None),
    ("农产品加工业与农业总产值之比达到2.5:1以上", 2.5, "min", None),
    ("城乡居民收入比缩小到2.1:1以内", 2.1, "max", None),
)

# -- ranges -----------------------------------------------------------------------------------------------------
RANGES = (
    ("建设2-3个省级创新平台", (2, 3), "range", "个"),
    ("新增上市企业3～5家", (3, 5), "range", "家"),
    ("培育10至15家链主企业", (10, 15), "range", "家"),
    ("研发投入年均增长15%—20%", (15, 20), "range", "%"),
    ("规模以上工业增加值年均增长6%-8%", (6, 8), "range", "%"),
    ("打造2到3个千亿级产业集群", (2, 3), "range", "个"),
    ("新建改建农村公路800—1000公里", (800, 1000), "range", "公里"),
    ("建成5至8个国家级示范区", (5, 8), "range", "个"),
)

# -- several metrics in one clause -------------------------------------------------------------------------------
SEVERAL = (
    (
        "城镇和农村居民人均可支配收入分别增长6%和7%",
        ((6.0, "exact", "%"), (7.0, "exact", "%")),
    ),
    (
        "森林覆盖率、湿地保护率分别达到25%、55%",
        ((25.0, "exact", "%"), (55.0, "exact", "%")),
    ),
    (
        "森林覆盖率达到25%，湿地保护率稳定在55%",
        ((25.0, "exact", "%"), (55.0, "exact", "%")),
    ),
    (
        "森林覆盖率由目前的15.2%提高到16.8%，湿地保护率稳定在55%",
        ((16.8, "exact", "%"), (55.0, "exact", "%")),
    ),
    (
        "新增国家级专精特新企业20家、省级专精特新企业100家",
        ((20, "exact", "家"), (100, "exact", "家")),
    ),
    (
        "建设30个智能工厂和100个数字化车间",
        ((30, "exact", "个"), (100, "exact", "个")),
    ),
    (
        "引进各类人才5000名，其中高层次人才500名",
        ((5000, "exact", "名"), (500, "exact", "名")),
    ),
    (
        "地区生产总值达到3000亿元，年均增长6%以上",
        ((3000 * YI, "exact", "亿元"), (6.0, "min", "%")),
    ),
    (
        "全市规模以上工业增加值年均增长8%以上，新增高新技术企业500家",
        ((8.0, "min", "%"), (500, "exact", "家")),
    ),
    (
        "新能源汽车产量突破50万辆，占全省汽车产量比重超过40%",
        ((50 * WAN, "min", "辆"), (40.0, "min", "%")),
    ),
    (
        "培育省级以上企业技术中心80家，其中国家级10家以上",
        ((80, "exact", "家"), (10, "min", "家")),
    ),
    (
        "整车产值达到5000亿元、零部件及配套产值达到5000亿元",
        ((5000 * YI, "exact", "亿元"), (5000 * YI, "exact", "亿元")),
    ),
    (
        "常住人口、户籍人口城镇化率分别达到70%、60%以上",
        ((70.0, "min", "%"), (60.0, "min", "%")),
    ),
    (
        "培育千亿级产业集群3个，其中过5000亿元1个、过3000亿元2个",
        ((3, "exact", "个"), (1, "exact", "个"), (2, "exact", "个")),
    ),
    (
        "三次产业结构调整为5:40:55，服务业增加值占比达到55%",
        ((55.0, "exact", "%"),),
    ),
    (
        "新建和改造提升城市道路200公里、供水管网300公里",
        ((200, "exact", "公里"), (300, "exact", "公里")),
    ),
)

# -- hedges and modality before the verb of reach ------------------------------------------------------------------
HEDGES = (
    ("全市森林覆盖率力争达到25%", 25.0, "exact", "%"),
    ("常住人口城镇化率基本达到70%", 70.0, "exact", "%"),
    ("全市研发经费投入强度努力提高到3%", 3.0, "exact", "%"),
    ("城镇调查失业率确保控制在5.5%以内", 5.5, "max", "%"),
    ("全市规模以上工业增加值预计年均增长7%", 7.0, "exact", "%"),
    ("全市数字经济规模有望突破2000亿元", 2000 * YI, "min", "亿元"),
    ("全市地区生产总值将达到6000亿元", 6000 * YI, "exact", "亿元"),
    ("全市高新技术企业数量要达到1500家", 1500, "exact", "家"),
    ("全市初步建成5G基站8000个", 8000, "exact", "个"),
    ("全市累计建成充电桩2万个", 2 * WAN, "exact", "个"),
    ("全市城乡居民收入比缩小到2.1以内", 2.1, "max", None),
    ("全市粮食产量稳定在100万吨以上", 100 * WAN, "min", "吨"),
    ("全市社会消费品零售总额争取增长8%左右", 8.0, "exact", "%"),
    ("全市一般公共预算收入计划增长5%", 5.0, "exact", "%"),
    ("全市单位地区生产总值能耗预期下降3%左右", 3.0, "exact", "%"),
    ("全市实际使用外资确保不低于20亿元", 20 * YI, "min", "亿元"),
)

# -- a number inside the metric's name (5G, 15分钟, 60岁, 每万人口, 二级): the goal's value is the one after the verb ----
NAMED_NUMBERS = (
    ("全市5G用户普及率达到60%", 60.0, "exact", "%"),
    ("全市15分钟健身圈覆盖率达到100%", 100.0, "exact", "%"),
    ("城市公共交通站点500米覆盖率达到100%", 100.0, "exact", "%"),
    ("全市65岁以上老年人健康管理率达到75%", 75.0, "exact", "%"),
    ("每万人口高价值发明专利拥有量达到12件", 12, "exact", "件"),
    ("全市万元地区生产总值用水量下降15%", 15.0, "exact", "%"),
    ("全市二级以上医院达到30家", 30, "exact", "家"),
    ("全市千亿级产业集群达到3个", 3, "exact", "个"),
    ("全市年营业收入超10亿元的企业达到50家", 50, "exact", "家"),
    ("每千人口执业（助理）医师数达到3.5人", 3.5, "exact", "人"),
    ("全市4A级以上旅游景区达到20家", 20, "exact", "家"),
    ("全市R&D经费支出占GDP比重达到3%", 3.0, "exact", "%"),
    ("全市3岁以下婴幼儿托位数达到每千人4.5个", 4.5, "exact", "个"),
    ("全市高价值发明专利拥有量达到每万人口12件", 12, "exact", "件"),
)

# -- a value with no verb, a change in points, a verb of reducing --------------------------------------------------
PLAIN_VALUES = (
    ("全市森林覆盖率25%以上", 25.0, "min", "%"),
    ("常住人口城镇化率提高2个百分点", 2.0, "exact", "个百分点"),
    ("全市煤炭消费总量压减到1000万吨以内", 1000 * WAN, "max", "吨"),
    ("全市细颗粒物浓度不高于35微克/立方米", 35.0, "max", "微克/立方米"),
    ("婴儿死亡率降低到5‰以下", 5.0, "max", "‰"),
    ("全市二氧化碳排放总量控制在3000万吨以内", 3000 * WAN, "max", "吨"),
    ("全市各类人才总量达到100万人", 100 * WAN, "exact", "人"),
    ("全市新建中小学校二十所", 20, "exact", "所"),
    ("力争实现地区生产总值5000亿元", 5000 * YI, "exact", "亿元"),
    ("全市人均公园绿地面积达到15平方米以上", 15.0, "min", "平方米"),
)

# -- other time frames: a deadline, a far year, a year's end written otherwise ----------------------------------------
OTHER_FRAMES = (
    ("在2027年前，全市建成智慧社区200个。", ((2027, 200, "exact", "个"),)),
    ("2030年前，全市新能源装机容量超过1000万千瓦。", ((2030, 1000 * WAN, "min", "千瓦"),)),
    ("到2035年，全市人均地区生产总值达到15万元。", ((2035, 15 * WAN, "exact", "元"),)),
    ("至2025年底，全市建成污水管网500公里。", ((2025, 500, "exact", "公里"),)),
    ("到2026年年底，全市新增绿道300公里。", ((2026, 300, "exact", "公里"),)),
    ("到2030年前后，全市常住人口城镇化率达到75%左右。", ((2030, 75.0, "exact", "%"),)),
    ("力争2027年底前，全市新增国家级绿色工厂20家。", ((2027, 20, "exact", "家"),)),
    ("到2025年（“十四五”末），全市地区生产总值突破5000亿元。", ((2025, 5000 * YI, "min", "亿元"),)),
    (
        "到2025年，一、二、三产业增加值分别增长3%、6%和8%。",
        ((2025, 3.0, "exact", "%"), (2025, 6.0, "exact", "%"), (2025, 8.0, "exact", "%")),
    ),
)

# -- staged goals: several years, one value each after 分别 ----------------------------------------------------------
STAGES = (
    (
        "到2025年和2030年，全市森林覆盖率分别达到25%和30%。",
        ((2025, 25.0, "exact", "%"), (2030, 30.0, "exact", "%")),
    ),
    (
        "到2025年、2030年，全市森林覆盖率分别达到25%、30%，湿地保护率分别达到50%和55%。",
        (
            (2025, 25.0, "exact", "%"),
            (2030, 30.0, "exact", "%"),
            (2025, 50.0, "exact", "%"),
            (2030, 55.0, "exact", "%"),
        ),
    ),
    (
        "力争到2025年和2027年，全市高新技术企业分别达到1000家、1500家。",
        ((2025, 1000, "exact", "家"), (2027, 1500, "exact", "家")),
    ),
    (
        "全市森林覆盖率到2025年、2030年分别达到25%、30%。",
        ((2025, 25.0, "exact", "%"), (2030, 30.0, "exact", "%")),
    ),
    (
        "全市高新技术企业到2025年和2027年分别达到1000家和1500家。",
        ((2025, 1000, "exact", "家"), (2027, 1500, "exact", "家")),
    ),
    # one year, two metrics: 分别 pairs metrics with values, every value the one year
    (
        "到2026年，全市森林覆盖率、湿地保护率分别达到25%、55%。",
        ((2026, 25.0, "exact", "%"), (2026, 55.0, "exact", "%")),
    ),
)

# -- clause order: the subject before the time frame, the frame inside the clause ---------------------------------
ORDERS = (
    ("全市森林覆盖率到2025年达到25%。", ((2025, 25.0, "exact", "%"),)),
    ("全省地区生产总值力争到2027年突破1万亿元。", ((2027, 1e12, "min", "亿元"),)),
    ("我市计划到2026年新增高新技术企业300家。", ((2026, 300, "exact", "家"),)),
    ("规模以上工业增加值2027年达到2000亿元。", ((2027, 2000 * YI, "exact", "亿元"),)),
    ("到2025年全市常住人口城镇化率达到70%。", ((2025, 70.0, "exact", "%"),)),
    ("2027年，全市地区生产总值力争达到5000亿元。", ((2027, 5000 * YI, "exact", "亿元"),)),
    ("全区力争在2026年底前建成5G基站3000个。", ((2026, 3000, "exact", "个"),)),
    # no year it could name: a span ahead's goal, year null (SOURCES.md: a 未来N年 goal inside its own sentence is
    # required with year null, round 15; spans ahead, round 21); a row since round 35 (targets47: the count its verb
    # of making leads right after the span)
    ("三年内，全市新增高新技术企业300家。", ((None, 300, "exact", "家"),)),
    (
        "到2025年，全市新能源汽车及关键零部件技术达到国内领先水平，零部件产业产值达到500亿元。",
        ((2025, 500 * YI, "exact", "亿元"),),
    ),
    ("到2025年，形成一套科学合理的评估体系，新增上市企业5家。", ((2025, 5, "exact", "家"),)),
    ("到2025年，至少建成一个公共服务平台。", ((2025, 1, "min", "个"),)),
    (
        "到2025年，全市新增高新技术企业300家，到2030年达到800家。",
        ((2025, 300, "exact", "家"), (2030, 800, "exact", "家")),
    ),
    ("预计到2026年，全市新能源装机容量将突破500万千瓦。", ((2026, 500 * WAN, "min", "千瓦"),)),
    ("力争2028年全市数字经济规模达到3000亿元。", ((2028, 3000 * YI, "exact", "亿元"),)),
    ("全市工业总产值2027年力争达到1万亿元。", ((2027, 1e12, "exact", "亿元"),)),
    ("全市工业总产值2027年达1万亿元。", ((2027, 1e12, "exact", "亿元"),)),
    ("全市工业总产值2027年将突破1万亿元。", ((2027, 1e12, "min", "亿元"),)),
    ("到2025年，全市至少新增食品加工项目5个。", ((2025, 5, "min", "个"),)),
    (
        "《方案》提出，到2027年，全市森林覆盖率达到45%。",
        ((2027, 45.0, "exact", "%"),),
    ),
    (
        "到2025年，全市新能源汽车保有量达到10万辆。届时，全市充电桩数量将超过3万个。",
        ((2025, 10 * WAN, "exact", "辆"), (2025, 3 * WAN, "min", "个")),
    ),
    ("全市森林覆盖率将由2020年的40%提高到2025年的45%。", ((2025, 45.0, "exact", "%"),)),
    ("全市森林覆盖率计划由目前的40%提高到2027年的45%以上。", ((2027, 45.0, "min", "%"),)),
    (
        "全市高新技术企业将从2020年的500家增加到2025年的1000家，研发投入强度将由2.1%提高到2025年的2.8%。",
        ((2025, 1000, "exact", "家"), (2025, 2.8, "exact", "%")),
    ),
    ("预计到2026年，全市森林覆盖率将由目前的40%提高到45%。", ((2026, 45.0, "exact", "%"),)),
    ("力争全市森林覆盖率到2025年提高到45%。", ((2025, 45.0, "exact", "%"),)),
    ("全省“十四五”规划到2025年湿地保护率由目前的50%提高到55%。", ((2025, 55.0, "exact", "%"),)),
    ("本市行动方案到2027年新增智能工厂30家。", ((2027, 30, "exact", "家"),)),
    # traditional characters with pinyin glosses, as some reposted pages write them (read without the glosses)
    (
        "森林覆蓋(gài)率到2025年達(dá)到25%，濕(shī)地保護(hù)率由目前的50%提高到55%。",
        ((2025, 25.0, "exact", "%"), (2025, 55.0, "exact", "%")),
    ),
    ("全市森林覆蓋率將由2020年的40%提高到2025年的45%。", ((2025, 45.0, "exact", "%"),)),
    (
        "目前全市森林覆盖率为42%，到2025年将达到45%。",
        ((2025, 45.0, "exact", "%"),),
    ),
    (
        "2023年全市地区生产总值为3200亿元，计划到2027年达到4500亿元。",
        ((2027, 4500 * YI, "exact", "亿元"),),
    ),
)


# -- not goals: reports of past figures, the present, rules with thresholds, subsidies ---------------------------
NON_GOALS = (
    "截至2024年底，全市森林覆盖率达到42.5%。",
    "截至2023年末，全市已建成5G基站1.2万个。",
    "2023年，全市地区生产总值达到3200亿元，比上年增长6.1%。",
    "2022年全市完成固定资产投资800亿元，同比增长5.2%。",
    "去年，全市新增高新技术企业120家。",
    "目前，全省森林覆盖率为62%。",
    "全市现有高新技术企业1200家，省级专精特新企业300家。",
    "“十三五”期间，全市累计新增城镇就业12万人。",
    "2021年以来，累计培育国家级专精特新“小巨人”企业35家。",
    "今年上半年，全市规模以上工业增加值同比增长7.5%。",
    "2024年，全市新增城镇就业5.2万人，城镇调查失业率为5.1%。",
    "到2020年底，全市森林覆盖率已达到40%。",
    "2023年全年接待游客5600万人次，实现旅游总收入620亿元。",
    "2022年，全市粮食产量稳定在500亿斤以上，同比增长1.2%。",
    "过去五年，全市地区生产总值年均增长6.8%。",
    "2020年，全市常住人口城镇化率由2015年的55%提高到61%。",
    "2024年，全市研发经费投入强度较上年提高0.3个百分点。",
    "2023年全市实现地区生产总值4500亿元，增长5.5%。",
    "2024年1-6月，全市完成固定资产投资380亿元，同比增长4.1%。",
    "2023年，全市空气质量优良天数比率达到88.5%，比上年提高2.1个百分点。",
    "截至目前，已累计建成高标准农田120万亩。",
    "据统计，2024年全市新增光伏装机容量达到50万千瓦。",
    "2023年，全省数字经济规模突破1万亿元，占地区生产总值比重达到42%。",
    "2022年，全市城镇居民人均可支配收入达到5.2万元，增长4.5%。",
    "“十三五”时期，全市单位地区生产总值能耗累计下降16%。",
    "2024年末，全市常住人口为320万人。",
    "上年全市新建改建农村公路1200公里。",
    "2023年全市引进高层次人才1000名。",
    "2021年至2023年，全市已累计新增高新技术企业400家。",
    "2024年全市外贸进出口总额达到860亿元，增长9.2%。",
    # rules with thresholds
    "对年营业收入首次突破1亿元的企业，给予50万元奖励。",
    "对新认定的国家级专精特新“小巨人”企业，一次性奖励100万元。",
    "单个项目补助金额不超过项目总投资的30%，最高不超过500万元。",
    "企业研发投入占营业收入比重达到5%以上的，按研发投入的10%给予补助。",
    "新建居住区绿地率不得低于30%。",
    "建设用地容积率原则上不低于1.2。",
    "申报企业上年度营业收入应不低于2000万元。",
    "项目固定资产投资额在5000万元以上的，按设备投资额的8%给予补助。",
    "新建住宅小区停车位配建比例不低于1:1.2。",
    "企业年度纳税额超过1000万元的，给予一次性奖励20万元。",
    "生产经营场所面积不少于200平方米。",
    "申请人须具有3年以上相关工作经验。",
    "单个企业年度补助总额不超过200万元。",
    "违反本条例规定的，处1万元以上5万元以下的罚款。",
    "建筑高度超过100米的，应当设置避难层。",
    "对2025年营业收入增长超过20%的企业，给予10万元奖励。",
    # subsidies
    "对新增装机容量超过1万千瓦的项目，每千瓦补贴0.1元。",
    "对购买新能源汽车的个人，每辆车补贴5000元。",
    "按照实际贷款额的2%给予贴息，最高不超过100万元。",
    "对新建高标准农田每亩补助1500元。",
    "对引进的高层次人才，给予最高200万元安家补贴。",
    "对2025年新认定的高新技术企业，给予20万元奖励。",
    "对首次入选中国500强的企业，奖励500万元。",
    "每增加就业岗位100个，给予10万元奖励。",
    # figures of the present and sizes
    "该项目总投资120亿元，占地面积500亩。",
    "全市共有A级旅游景区45家，其中5A级景区2家。",
    "全省现有耕地面积5000万亩。",
    "该市森林覆盖率为65%，居全省第一。",
    "全市现有各类市场主体50万户。",
    "全市已建成充电桩2.5万个，覆盖所有乡镇。",
    "全省累计建成5G基站10万个。",
    "这一比例比全国平均水平高出5个百分点。",
    "全市常住人口城镇化率由2015年的55%提高到2020年的61%。",
    "五年来，全市高新技术企业从2016年的300家增加到2020年的800家。",
    "该指标到2024年达到了峰值10%。",
    "全市工业总产值2023年达到了8000亿元。",
    "项目投资额至2026年底不超过500万元的，给予20万元奖励。",
    # a future year inside a measure or its condition
    "到2025年底前，对新建成的公共充电桩每个补贴500元。",
    "对2026年底前建成投产的项目，给予最高100万元奖励。",
    "对2025年至2027年新增的规模以上工业企业，每家奖励10万元。",
    "2026年起，对年纳税额超过500万元的企业给予奖励。",
    "到2025年底前完成申报的企业，给予一次性奖励10万元。",
)


_PLAIN_FRAMES = tuple(f for f in FRAMES if f[0].startswith(("到", "至")))
_VERB_FIRST = ("新增", "培育", "建成", "新建", "接待", "引进", "累计", "创建", "实施")


def _hedged(predicate: str, hedge: str) -> str:
    """The hedge before the verb: before the predicate when it opens with its verb (力争新增…), else after the
    metric it opens with (地区生产总值力争达到…)."""
    if predicate.startswith(_VERB_FIRST):
        return hedge + predicate
    for verb in ("达到", "突破", "降至", "稳定在", "不少于", "不超过"):
        if verb in predicate:
            return predicate.replace(verb, hedge + verb, 1)
    return hedge + predicate


def _ratio_probes() -> list[Probe]:
    out = []
    for i, (subject, predicate, kind) in enumerate(RATIO_CLAUSES):
        frame, year = FRAMES[i % len(FRAMES)]
        v = RATIO_VALUES[i]
        out.append(
            Probe(f"{frame}{subject}{predicate.format(v=v)}。", ((year, float(v), kind, "%"),), "ratio")
        )
        # the subject before the time frame (全市森林覆盖率到2025年达到16.8%)
        frame2, year2 = FRAMES[(i + 3) % len(FRAMES)]
        bare = frame2.rstrip("，")
        out.append(
            Probe(
                f"{subject}{bare}{predicate.format(v=v)}。",
                ((year2, float(v), kind, "%"),),
                "ratio_subject_first",
            )
        )
    return out


def _count_probes() -> list[Probe]:
    out = []
    for i, (predicate, n, value, unit, kind) in enumerate(COUNT_CLAUSES):
        frame, year = FRAMES[(i + 1) % len(FRAMES)]
        out.append(Probe(f"{frame}全市{predicate.format(n=n)}。", ((year, value, kind, unit),), "count"))
        hedge = ("力争", "确保", "预计将", "计划", "努力", "争取")[i % 6]
        frame2, year2 = _PLAIN_FRAMES[i % len(_PLAIN_FRAMES)]
        out.append(
            Probe(
                f"{frame2}全市{_hedged(predicate, hedge).format(n=n)}。",
                ((year2, value, kind, unit),),
                "count_hedged",
            )
        )
    return out


def _simple(rows, cls: str, frame_offset: int) -> list[Probe]:
    out = []
    for i, (clause, value, kind, unit) in enumerate(rows):
        frame, year = FRAMES[(i + frame_offset) % len(FRAMES)]
        out.append(Probe(f"{frame}{clause}。", ((year, value, kind, unit),), cls))
    return out


def _several() -> list[Probe]:
    out = []
    for i, (clause, rows) in enumerate(SEVERAL):
        frame, year = FRAMES[(i + 2) % len(FRAMES)]
        out.append(Probe(f"{frame}{clause}。", tuple((year, *row) for row in rows), "several"))
    return out


def goal_probes() -> list[Probe]:
    return (
        _ratio_probes()
        + _count_probes()
        + _simple(BASELINES, "baseline", 4)
        + _simple(NUMBER_FORMS, "number_form", 1)
        + _simple(RANGES, "range", 6)
        + _simple(HEDGES, "hedge", 0)
        + _simple(NAMED_NUMBERS, "number_in_name", 3)
        + _simple(PLAIN_VALUES, "plain_value", 5)
        + [Probe(text, rows, "frame") for text, rows in OTHER_FRAMES]
        + [Probe(text, rows, "stages") for text, rows in STAGES]
        + _several()
        + [Probe(text, rows, "order") for text, rows in ORDERS]
    )


def non_goal_probes() -> list[Probe]:
    return [Probe(text, (), "not_a_goal") for text in NON_GOALS]


def all_probes() -> list[Probe]:
    return goal_probes() + non_goal_probes()


# -- reading a probe through the extractors ----------------------------------------------------------------------
_SCALES = (("万亿", 1e12), ("亿", 1e8), ("万", 1e4), ("千", 1e3))
_SCALED_UNITS = ("元", "美元", "斤", "吨", "人", "人次", "个", "家", "亩", "辆", "平方米", "千瓦", "户", "套")


def base_unit(value: float | None, unit: str | None) -> tuple[float | None, str | None]:
    """A row's value and unit with a scale written in the unit multiplied out (3000 亿元 -> 3e11 元, 2 万个 -> 20000 个),
    so that a row is compared by what it means, whichever of the equal forms it is written in."""
    if unit is None:
        return value, unit
    for prefix, factor in _SCALES:
        rest = unit[len(prefix) :]
        if unit.startswith(prefix) and rest in _SCALED_UNITS and not (prefix == "千" and rest == "瓦"):
            return (None if value is None else round(value * factor, 6)), rest
    return value, unit


def read_rows(text: str, unquantified: bool = False) -> list[tuple]:
    """The quantified target rows of one sentence, read as scripts/eval.py reads a sentence: (year, value or (low,
    high), kind, unit) in base units; with ``unquantified``, the rows without a number too (value None)."""
    from parsers.context import TextIndex
    from parsers.nlp import sentence_clauses
    from parsers.targets import extract_targets

    index = TextIndex(text)
    rows = []
    for t in extract_targets(text, sentence_clauses(text), index):
        if t.kind == "range" and t.low is not None:
            low, unit = base_unit(t.low, t.unit)
            high, _ = base_unit(t.high, t.unit)
            rows.append((t.year, (low, high), t.kind, unit))
        elif t.value is not None:
            value, unit = base_unit(t.value, t.unit)
            rows.append((t.year, value, t.kind, unit))
        elif unquantified:
            rows.append((t.year, None, t.kind, t.unit))
    return rows


def expected_rows(probe: Probe) -> list[tuple]:
    out = []
    for year, value, kind, unit in probe.expected:
        if isinstance(value, tuple):
            out.append((year, tuple(float(v) for v in value), kind, base_unit(None, unit)[1]))
        else:
            out.append((year, round(float(value), 6), kind, base_unit(None, unit)[1]))
    return out


def _same(a: list[tuple], b: list[tuple]) -> bool:
    def norm(rows):
        return [
            (y, tuple(round(x, 6) for x in v) if isinstance(v, tuple) else round(v, 6), k, u)
            for y, v, k, u in rows
        ]

    return norm(a) == norm(b)


def probe_passes(probe: Probe) -> tuple[bool, list[tuple]]:
    # a sentence that states no goal gives no row at all; a goal's rows without a number are not checked here
    got = read_rows(probe.text, unquantified=not probe.expected)
    return got == [] if not probe.expected else _same(got, expected_rows(probe)), got
