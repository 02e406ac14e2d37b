"""Money mentions: values, kinds, roles, instruments, recipients, traps — on the seed and on real sentences."""

from __future__ import annotations

import pytest
from extraction_helpers import load_gold, one_clause, score_money, split_clauses
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.amounts import extract_amounts
from parsers.structure import parse_structure
from parsers.targets import extract_targets


def money_of(text: str):
    return extract_amounts(text, one_clause(text))[0]


def only(text: str):
    money = money_of(text)
    assert len(money) == 1, [m.surface for m in money]
    return money[0]


def structure_clauses(text: str):
    return [n for n in parse_structure(text).iter_nodes() if n.kind == "clause"]


SEGMENTATIONS = {
    "structure parser": structure_clauses,
    "split at 。；": split_clauses,
    "split at 。 only": lambda t: split_clauses(t, "。"),
    "one clause": one_clause,
}


# ---------------------------------------------------------------- the seed against its gold
@pytest.mark.parametrize("segment", SEGMENTATIONS.values(), ids=SEGMENTATIONS.keys())
def test_seed_money_matches_gold_under_any_clause_segmentation(seed_text, segment):
    gold = load_gold()
    money, _ = extract_amounts(seed_text, segment(seed_text))
    score = score_money(money, gold["money"])
    assert score["gold"] == 36
    assert score["right"] >= 35, score
    assert len(score["false_positives"]) <= 1, [m.surface for m in score["false_positives"]]
    assert score["role_right"] >= 35


def test_seed_money_rows_are_consistent(seed_text):
    clauses = structure_clauses(seed_text)
    by_id = {c.node_id: c for c in clauses}
    money, _ = extract_amounts(seed_text, clauses)
    assert len({m.mention_id for m in money}) == len(money)
    for m in money:
        assert seed_text[m.char_start : m.char_end] == m.surface
        clause = by_id[m.node_id]
        assert clause.char_start <= m.char_start < clause.char_end
        assert m.mention_id.startswith(m.node_id + "__money_")


def _seed_row(money, surface, occurrence=0):
    rows = [m for m in money if m.surface == surface]
    return rows[occurrence]


def test_seed_enumerations_map_amounts_to_their_recipients(seed_text):
    money, _ = extract_amounts(seed_text, structure_clauses(seed_text))
    by_start = {m.char_start: m for m in money}
    # 对首次认定的国家级、省级、市级企业技术中心分别一次性给予50万元、20万元、10万元奖补
    start = seed_text.index("50万元、20万元、10万元")
    rows = [by_start[start], by_start[start + 5], by_start[start + 10]]
    assert [r.recipient for r in rows] == ["国家级企业技术中心", "省级企业技术中心", "市级企业技术中心"]
    assert [r.low for r in rows] == [500000, 200000, 100000]
    assert all(r.instrument == "奖补" and r.role == "subsidy" for r in rows)
    # 对新认定的国家级科技企业孵化器、省级科技企业孵化器、省级星创天地分别一次性给予50万元、20万元、5万元奖补
    start = seed_text.index("50万元、20万元、5万元")
    rows = [by_start[start], by_start[start + 5], by_start[start + 10]]
    assert [r.recipient for r in rows] == ["国家级科技企业孵化器", "省级科技企业孵化器", "省级星创天地"]
    # 对新认定的制造业单项冠军企业，按照国家级50万元，省级20万元给予一次性奖补
    start = seed_text.index("国家级50万元") + 3
    national, provincial = by_start[start], by_start[seed_text.index("省级20万元", start) + 2]
    assert national.recipient == "国家级制造业单项冠军企业" and national.low == 500000
    assert provincial.recipient == "省级制造业单项冠军企业" and provincial.low == 200000
    assert national.one_off and provincial.one_off


def test_seed_qualifiers_periods_and_one_off(seed_text):
    money, _ = extract_amounts(seed_text, structure_clauses(seed_text))
    annual = [m for m in money if m.period == "年度"]
    # 给予不超过30%、年度最高100万元的后补助 (and 300万元): 年度 is the period, 最高 the qualifier
    assert [(m.surface, m.high, m.kind, m.instrument) for m in annual] == [
        ("最高100万元", 1_000_000, "max", "后补助"),
        ("最高300万元", 3_000_000, "max", "后补助"),
    ]
    yearly = _seed_row(money, "不超过10万元")
    assert (yearly.period, yearly.high, yearly.kind) == ("每年", 100_000, "max")
    first = _seed_row(money, "20万元")  # 给予20万元一次性奖励
    assert (first.one_off, first.instrument, first.recipient) == (True, "奖励", "“小灯塔”企业")
    capped = _seed_row(money, "最高不超过100万元")
    assert (capped.high, capped.low, capped.kind, capped.instrument) == (1_000_000, None, "max", "补助")


def test_seed_roles_threshold_target_subsidy(seed_text):
    money, _ = extract_amounts(seed_text, structure_clauses(seed_text))
    threshold = _seed_row(money, "500万元以上")  # 且投资在500万元以上的企业给予一次性奖补
    assert (threshold.role, threshold.low, threshold.high, threshold.kind) == (
        "threshold",
        5_000_000,
        None,
        "min",
    )
    target = _seed_row(money, "100亿元以上")  # 花卉产业产值达到100亿元以上
    assert (target.role, target.low, target.kind) == ("target", 1e10, "min")
    reached = _seed_row(money, "300亿元")  # 低空经济规模达到300亿元: 达到 alone is exact
    assert (reached.role, reached.low, reached.high, reached.kind) == ("target", 3e10, 3e10, "exact")
    ranged = _seed_row(money, "20—100万元")
    assert (ranged.low, ranged.high, ranged.kind, ranged.instrument) == (
        200_000,
        1_000_000,
        "range",
        "资金补助",
    )


def test_seed_traps_give_no_money(seed_text):
    money, _ = extract_amounts(seed_text, one_clause(seed_text))
    surfaces = " ".join(m.surface for m in money)
    for trap in ("三元", "多元", "一次", "10亿级", "17:00", "63134633"):
        assert trap not in surfaces


# ---------------------------------------------------------------- numerals, units, ranges
@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "kind"),
    [
        ("给予20万元奖励", "20万元", 200_000, 200_000, "exact"),
        ("给予五十万元奖励", "五十万元", 500_000, 500_000, "exact"),
        ("资助壹佰万元", "壹佰万元", 1_000_000, 1_000_000, "exact"),
        ("总额1,000万元", "1,000万元", 10_000_000, 10_000_000, "exact"),
        ("补助２０万元", "２０万元", 200_000, 200_000, "exact"),
        ("给予最高 1000 万元补助", "最高 1000 万元", None, 10_000_000, "max"),
        ("给予2.7万元补贴", "2.7万元", 27_000, 27_000, "exact"),
        ("奖池36.57亿元", "36.57亿元", 3_657_000_000, 3_657_000_000, "exact"),
        ("给予20—100万元资金补助", "20—100万元", 200_000, 1_000_000, "range"),
        ("给予3万元—5万元奖补", "3万元—5万元", 30_000, 50_000, "range"),
        ("给予10~30万元补贴", "10~30万元", 100_000, 300_000, "range"),
        ("给予10至20万元补贴", "10至20万元", 100_000, 200_000, "range"),
        ("处1万元以上10万元以下的罚款", "1万元以上10万元以下", 10_000, 100_000, "range"),
        ("处五万元以上五十万元以下的罚款", "五万元以上五十万元以下", 50_000, 500_000, "range"),
        ("给予不超过100万元的奖励", "不超过100万元", None, 1_000_000, "max"),
        ("投资在500万元以上的企业", "500万元以上", 5_000_000, None, "min"),
        ("投资500万元（含）以上的项目", "500万元（含）以上", 5_000_000, None, "min"),
        ("补助不低于5万元", "不低于5万元", 50_000, None, "min"),
        ("处二百元以下的罚款", "二百元以下", None, 200, "max"),
        ("奖励8千元", "8千元", 8_000, 8_000, "exact"),
        ("人民币 8千元", "人民币 8千元", 8_000, 8_000, "exact"),
    ],
)
def test_amount_values(text, surface, low, high, kind):
    m = only(text)
    assert (m.surface, m.low, m.high, m.kind) == (surface, low, high, kind)
    assert text[m.char_start : m.char_end] == m.surface


@pytest.mark.parametrize(
    "text",
    [
        "探索构建科技人才基础工资、绩效工资和成果转化性收入的三元薪酬结构。",
        "选拔金融特派员为企业提供多元化金融服务。",
        "对在各级竞赛中获奖的选手给予一次性奖励。",
        "支持检验检测机构开展第三方检验检测资质认定，服务零距离。",
        "为深入学习贯彻党的二十届三中全会精神，省委十一届六次全会要求，二十条措施。",
        "于2024年12月26日(星期四)17:00点前反馈，联系电话:63134633。",
        "围绕“8+N”产业链，10亿级供应链服务企业，第三条规定。",
        "培育一批具有自主知识产权的花卉新品种。",
        "遴选部分市级公益一类和公益二类事业单位开展试点，连续两次以上(含两次)认定的。",
    ],
)
def test_traps_are_not_money(text):
    money, ratios = extract_amounts(text, one_clause(text))
    assert money == [] and ratios == []


# ---------------------------------------------------------------- real sentences the rules were not written for
# 《中华人民共和国固体废物污染环境防治法》第七十四条第二款 (as quoted in a public enforcement document).
SOLID_WASTE_LAW = (
    "单位有前款第一项、第三项、第五项行为之一的，处五千元以上五万元以下的罚款；有前款第二项、第四项行为之一的，"
    "处一万元以上十万元以下的罚款。个人有前款第一项、第五项行为之一的，处二百元以下的罚款。"
)


def test_regulation_fines_are_penalty_ranges():
    money = money_of(SOLID_WASTE_LAW)
    assert [(m.surface, m.low, m.high, m.kind) for m in money] == [
        ("五千元以上五万元以下", 5_000, 50_000, "range"),
        ("一万元以上十万元以下", 10_000, 100_000, "range"),
        ("二百元以下", None, 200, "max"),
    ]
    assert {m.role for m in money} == {"penalty"} and {m.instrument for m in money} == {"罚款"}


def test_illegal_income_bands_are_thresholds_and_fines_penalties():
    # a regulation's graded fine (上海市养犬管理条例 style): the 违法所得 bands select the fine
    text = (
        "违法所得在三万元以上的，并处违法所得一倍以上三倍以下罚款；违法所得一万元以上不足三万元的，"
        "并处一万元以上三万元以下罚款；没有违法所得或者违法所得不足一万元的，并处三千元以上一万元以下罚款。"
    )
    rows = [(m.surface, m.low, m.high, m.kind, m.role) for m in money_of(text)]
    assert rows == [
        ("三万元以上", 30_000, None, "min", "threshold"),
        ("一万元以上不足三万元", 10_000, 30_000, "range", "threshold"),
        ("一万元以上三万元以下", 10_000, 30_000, "range", "penalty"),
        ("不足一万元", None, 10_000, "max", "threshold"),
        ("三千元以上一万元以下", 3_000, 10_000, "range", "penalty"),
    ]


# 长丰县推动经济高质量发展若干政策 (public county policy, 2022), measures 一(一)1-2 and 一(二)1.
CHANGFENG = (
    "1.鼓励新引进工业项目。对新引进先进制造业固定资产投资1000万元以上的，按固定资产投资额的10%给予最高2000万元补贴，"
    "其中奖补资金50%待企业达产升规后兑现。补助资金市县按1:1比例承担。\n"
    "1.创新示范奖励。对揭榜完成全省重点领域补短板和关键技术攻关任务，并获得省级奖补资金的企业，给予20万元一次性奖补；"
    "对新认定省级首台套重大技术装备、首批次新材料、首版次软件研发示范应用项目，给予省级补助资金1:1配套奖励，"
    "每个企业最高不超过20万元。\n"
    "3.服务型制造奖励。对新认定国家级、省级、市级服务型制造示范企业分别给予50万元、30万元、10万元一次性奖补。"
)


def test_county_subsidy_measures():
    money = extract_amounts(CHANGFENG, split_clauses(CHANGFENG))[0]
    rows = {(m.surface, m.role) for m in money}
    assert ("1000万元以上", "threshold") in rows
    cap = next(m for m in money if m.surface == "最高2000万元")
    assert (cap.high, cap.kind, cap.role, cap.instrument) == (20_000_000, "max", "subsidy", "补贴")
    grant = next(m for m in money if m.surface == "20万元")
    assert (grant.recipient, grant.one_off, grant.instrument) == ("企业", True, "奖补")
    per_firm = next(m for m in money if m.surface == "最高不超过20万元")
    assert (per_firm.period, per_firm.high, per_firm.kind) == ("每个", 200_000, "max")
    enumerated = [m for m in money if m.surface in ("50万元", "30万元", "10万元")]
    assert [m.recipient for m in enumerated] == [
        "国家级服务型制造示范企业",
        "省级服务型制造示范企业",
        "市级服务型制造示范企业",
    ]
    assert all(m.one_off for m in enumerated)


def test_money_table_period_and_recipient_after_grant_verb():
    m = only("对获评国家级数字化车间的，经评审公示无异议后，给予企业不超过100万元的奖励。")
    assert (m.recipient, m.instrument, m.high, m.kind, m.one_off) == ("企业", "奖励", 1_000_000, "max", False)


# ---------------------------------------------------------------- invariants on arbitrary text
_PIECES = list(
    "0123456789０１２.,，、—-~至到以上下内不超过最高低于元万亿千百十一二三五两块%％成倍折:∶对给予奖励补助罚款处的。；\n "
)
_PIECES += [
    "人民币",
    "到2027年",
    "力争",
    "分之",
    "个百分点",
    "（含）",
    "一次性",
    "分别",
    "年度",
    "http://a.cn/%20",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_any_text_gives_consistent_rows(text):
    money, ratios = extract_amounts(text, split_clauses(text))
    for m in money:
        assert text[m.char_start : m.char_end] == m.surface
        if m.kind == "exact":
            assert m.low == m.high
        elif m.kind == "max":
            assert m.low is None and m.high is not None
        elif m.kind == "min":
            assert m.high is None and m.low is not None
        else:
            assert m.low <= m.high
    for r in ratios:
        assert text[r.char_start : r.char_end] == r.surface
        assert r.kind != "range" or r.value <= r.high
    for t in extract_targets(text, split_clauses(text)):
        assert text[t.char_start : t.char_end] == t.surface


# 嵊州市《加快推進工業經濟高質量發展若干政策》(2022, published in traditional characters, PDF spacing kept).
SHENGZHOU = (
    "推進未來工廠建設，對當年評為省級未來工廠、省級智能工廠、紹興市級智能工廠、省級數字化車間、紹興市級數字化車間的，"
    "分別給予 100 萬元、30 萬元、20 萬元、15 萬元、10 萬元獎勵。"
)


def test_traditional_characters_and_pdf_spaces():
    money = money_of(SHENGZHOU)
    assert [(m.surface, m.low, m.role, m.instrument) for m in money] == [
        ("100 萬元", 1_000_000, "subsidy", "獎勵"),
        ("30 萬元", 300_000, "subsidy", "獎勵"),
        ("20 萬元", 200_000, "subsidy", "獎勵"),
        ("15 萬元", 150_000, "subsidy", "獎勵"),
        ("10 萬元", 100_000, "subsidy", "獎勵"),
    ]
    # five grades, five amounts: one to one, written as in the text
    assert [m.recipient for m in money][1:] == [
        "省級智能工廠",
        "紹興市級智能工廠",
        "省級數字化車間",
        "紹興市級數字化車間",
    ]


def test_penalty_names_who_pays():
    # 上海市养犬管理条例 (2011) 第四十二条 style: the fine differs for organisations and individuals
    text = "逾期不改正的，对单位处一千元以上五千元以下罚款，对个人处二百元以上一千元以下罚款。"
    assert [(m.recipient, m.low, m.high, m.role) for m in money_of(text)] == [
        ("单位", 1_000, 5_000, "penalty"),
        ("个人", 200, 1_000, "penalty"),
    ]


def test_a_per_unit_word_is_the_period_not_part_of_the_recipient():
    reward = only("对举报违法行为经查证属实的，给予举报人每件200元奖励。")
    assert (reward.low, reward.kind, reward.role) == (200.0, "exact", "subsidy")
    assert reward.recipient == "举报人"
    assert reward.period == "每件"


def test_a_duration_before_the_amount_is_its_period_not_its_recipient():
    grant = only("对区内上下游企业共建创新联合体开展的攻关项目，按项目总投入20%给予三年最高1500万元资助。")
    assert (grant.high, grant.kind, grant.role, grant.instrument) == (15_000_000.0, "max", "subsidy", "资助")
    assert grant.period == "三年"
    assert grant.recipient != "三年"


@pytest.mark.parametrize(
    ("text", "high"),
    [
        ("按照企业实际支付额的50%给予补助，每家企业每年最高补助100万元。", 1_000_000.0),
        ("对认定的平台最高可给予50万元奖励。", 500_000.0),
        ("单个项目最高奖补300万元。", 3_000_000.0),
    ],
)
def test_a_qualifier_bounds_its_amount_across_a_grant_word(text, high):
    grant = only(text)
    assert (grant.low, grant.high, grant.kind, grant.role) == (None, high, "max", "subsidy")
    assert grant.qualifier == "最高"
    assert grant.surface.startswith(str(int(high // 10_000)))  # the grant word stays out of the surface


def test_government_co_funding_by_a_ratio_is_a_subsidy_rate():
    _, ratios = extract_amounts(
        "政府、企业按照1∶1比例共同出资。", one_clause("政府、企业按照1∶1比例共同出资。")
    )
    assert [(r.value, r.form, r.role) for r in ratios] == [(1.0, "ratio", "subsidy_rate")]


def test_an_amount_that_describes_who_qualifies_is_a_threshold():
    text = (
        "基础研究投入达到或超过1亿元/年的企业，给予一次性财政补助1000万元；"
        "5000万元（含）至1亿元（不含）/年的企业，给予一次性财政补助500万元。"
    )
    rows = [(m.surface, m.kind, m.role) for m in money_of(text)]
    assert rows == [
        ("超过1亿元", "min", "threshold"),
        ("1000万元", "exact", "subsidy"),
        ("5000万元（含）至1亿元", "range", "threshold"),
        ("500万元", "exact", "subsidy"),
    ]
    assert only("给予100万元的资金支持。").role == "subsidy"


# ---------------------------------------------------------------- inclusion echoes, bare scales, grant verbs
@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "kind"),
    [
        # a bracket after a bound repeats its number to say the bound includes it: no second mention
        ("年营业额800万元以下（含800万元）的商户可以申请。", "800万元以下", None, 8_000_000, "max"),
        ("注册资本30万元以上（包括30万元）的机构。", "30万元以上", 300_000, None, "min"),
        ("授信额度200万元及以下（含200万元）的农户。", "200万元及以下", None, 2_000_000, "max"),
        # the inclusion mark written out between two bounds, with 本数
        (
            "总投资2000万元（含本数）以上、8000万元（不含本数）以下的项目。",
            "2000万元（含本数）以上、8000万元（不含本数）以下",
            20_000_000,
            80_000_000,
            "range",
        ),
    ],
)
def test_an_inclusion_echo_is_part_of_its_bound(text, surface, low, high, kind):
    m = only(text)
    assert (m.surface, m.low, m.high, m.kind) == (surface, low, high, kind)
    assert text[m.char_start : m.char_end] == m.surface


@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "kind"),
    [
        # a scale with no numeral is one of it when a bound or a range governs it
        ("对固定资产投资超亿元的新建项目予以支持。", "超亿元", 100_000_000, None, "min"),
        ("培育营收千亿元以上的龙头企业。", "千亿元以上", 100_000_000_000, None, "min"),
        ("仪器单价在万元以上的应当登记。", "万元以上", 10_000, None, "min"),
        ("投资3000万元至亿元的项目。", "3000万元至亿元", 30_000_000, 100_000_000, "range"),
    ],
)
def test_a_bounded_scale_without_a_numeral_counts_one(text, surface, low, high, kind):
    m = only(text)
    assert (m.surface, m.low, m.high, m.kind) == (surface, low, high, kind)


@pytest.mark.parametrize(
    "text",
    # (打造若干个百亿元级产业集群 was here: since round 16 a size class with its numeral written is a row,
    # tests/test_numeral_scale_amounts.py)
    ["单位产值每万元能耗逐年下降。", "万元地区生产总值用水量。"],
)
def test_a_bare_scale_without_a_bound_is_no_amount(text):
    money, _ = extract_amounts(text, one_clause(text))
    assert money == []


@pytest.mark.parametrize(
    ("text", "high"),
    [
        ("每户最高可申领5000元一次性补助。", 5_000),
        ("每名学生每年最多报销3万元。", 30_000),
        ("入驻企业最高可享受80万元贴息。", 800_000),
        ("每人每月最高领取1200元。", 1_200),
    ],
)
def test_a_bound_reaches_its_amount_across_a_benefit_verb(text, high):
    m = only(text)
    assert (m.high, m.kind) == (high, "max")
    assert m.low is None
