"""Classes of language counted over many held-out sets at once (issue 8, round 12: a census of the mechanism that
failed for every missed goal), each on texts written for this file; none is copied from a fixture.

* 目标为 is 目标是: a year phrase right after it (总体目标为到2027年，…) opens the goal statement as after 目标是, and the
  year carries to the bulleted paragraphs under it (——…新增企业40家). Near miss: 为 after a word that is no 目标
  (作为到2027年…的基础) opens nothing.
* an amount in the 的-modifier of a counted noun says which things count, whether the count stands before it (培育
  12个以上年营收超过5亿元、…的企业: the modifier shared by the items of an enumeration), after the noun (产值超300亿元的
  产业4个), or the amount names a class of size (9个二百亿元级以上的产业集群): the goal's value is the count. Near
  misses: an amount that is a goal of its own beside a count (新增企业15个以上、投资超过10亿元).
* 到2030年 inside its sentence after a function word (就是到2030年，…; 而到2029年…; 意味着到2035年…需达到…) is the
  deadline of the goal its clause states after it, as at a part start. Near misses: the later term of a change
  (由…增加到2030年的…), the end of a period after a verb (延长到2027年底, 实施到2028年，…80家), no goal verb and
  figure after it.
* a count scaled by 万 with no unit that ends its part right after a verb of reaching (从业人数达到12万) is a goal's
  value with its scale multiplied out, as a bare level is (…达到66). Near misses: 万亿 with no unit (突破3万亿: read as
  money's scale, left to the rule for numbers no unit names), a scaled number before a noun (达到2万亿台阶).
* a 力争/确保 goal with no year of its own (力争粮食播种面积稳定在52万亩以上) aims at the year of the plan its title or
  the headings above it name (某县2027年工作计划, undated or dated the year before), else at its text's date's year
  (a county's notice of its meeting, dated 2027). Near misses: an undated text whose title names a review (2026年工作
  总结) or no year, and a plan's year already past at the text's date.
* 今年 opening its part before 将 in its clause (今年全县将…；…稳定在8万亩以上) in a dated text sets that year's
  quantified goals in its sentence, as a bare year before 将 does. Near misses: 今年以来 (a report of the year so far),
  将近 (nearly), an undated text, a sentence with no number.
* a goal paragraph that ends in ；has not ended its sentence: the paragraph after it goes on with the year's list
  (…年均增长9%左右；⏎⏎旅游总收入突破150亿元，…). Near misses: the same paragraph ending in 。 before a report of last
  year, and a report after the ；(据介绍，去年…).
"""

from __future__ import annotations

from extraction_helpers import one_clause, targets_of

from parsers.context import TextIndex
from parsers.targets import extract_targets


def _years_values(text: str) -> list[tuple]:
    return [(t.year, t.value if t.value is not None else (t.low, t.high), t.kind) for t in targets_of(text)]


def _quantified(text: str) -> list[tuple]:
    return [row for row in _years_values(text) if row[1] not in (None, (None, None))]


# --- 目标为 opens a goal statement, as 目标是 does ---------------------------------------------------------------


def test_a_year_after_mubiao_wei_opens_the_goals_and_carries_to_the_dashes():
    text = (
        "总体目标为到2027年，全市智能家居产业链条更加完整，配套能力明显增强。\n"
        "——龙头企业加快集聚。新增产值超十亿元企业6家，培育链主企业12家以上。\n"
        "——创新能力持续提升。行业研发投入强度超过4%。\n"
    )
    assert _quantified(text) == [(2027, 6.0, "exact"), (2027, 12.0, "min"), (2027, 4.0, "min")]


def test_mubiao_wei_in_one_sentence():
    text = "该县的发展目标为到2028年，花卉种植面积达到3.5万亩，带动农户增收1.2亿元。"
    assert _quantified(text) == [(2028, 35000.0, "exact"), (2028, 1.2, "exact")]


def test_wei_after_another_word_opens_nothing():
    text = "此次修订作为到2030年全省交通网络布局的基础，新增线路120公里已于去年建成。"
    assert _quantified(text) == []


# --- an amount that says which things a goal counts ---------------------------------------------------------------


def test_an_amount_shared_by_an_enumeration_of_counted_items():
    text = "到2029年，力争培育12个以上年营收超过5亿元、4个以上年营收超过20亿元的家居企业。"
    assert _quantified(text) == [(2029, 12.0, "min"), (2029, 4.0, "min")]


def test_a_count_after_the_noun_an_amount_qualifies():
    text = "到2028年，打造产值超300亿元的产业4个，超80亿元的产业9个。"
    assert _quantified(text) == [(2028, 4.0, "exact"), (2028, 9.0, "exact")]


def test_a_class_of_size_before_the_counted_noun():
    text = "到2030年培育形成3个千亿元级、9个二百亿元级以上的产业集群。"
    assert _quantified(text) == [(2030, 3.0, "exact"), (2030, 9.0, "exact")]


def test_an_amount_of_its_own_beside_a_count_stays_a_goal():
    text = "到2029年，新增规上企业15个以上、完成工业投资超过10亿元。"
    assert _quantified(text) == [(2029, 15.0, "min"), (2029, 10.0, "min")]


# --- 到2030年 inside its sentence is the deadline of the goal after it -------------------------------------------


def test_a_deadline_after_a_connective_inside_the_sentence():
    assert _quantified("其中一个重要目标就是到2030年，全市PM2.5浓度比2020年下降18%。") == [
        (2030, 18.0, "exact")
    ]
    assert _quantified("而到2029年，全县将累计培育规上企业60家。") == [(2029, 60.0, "exact")]
    assert _quantified("按此测算，意味着到2035年全省经济总量需达到18万亿元以上。") == [
        (2035, 180000.0, "min")
    ]


def test_a_year_that_is_no_deadline_inside_the_sentence_opens_nothing():
    assert _quantified("全省林地面积由2015年的3200万亩增加到2030年的3500万亩。") == []
    assert _quantified("相关扶持政策执行期限延长到2027年底，补助标准为每户3000元。") == []
    assert _quantified("这一做法一直坚持到2024年，各地反响良好。") == []
    assert (
        _quantified("该项奖励办法实施到2028年，全区新增高新技术企业80家。") == []
    )  # a period's end after a verb


# --- a count scaled by 万 with no unit after a verb of reaching --------------------------------------------------


def test_a_scaled_count_with_no_unit_after_a_verb_of_reaching():
    text = "到2027年，全县乡村旅游从业人数达到12万，力争常住人口达到45万左右。"
    assert _quantified(text) == [(2027, 120000.0, "exact"), (2027, 450000.0, "exact")]


def test_a_scaled_number_before_a_noun_or_of_money_stays_unread():
    assert _quantified("到2027年，全市生产总值达到2万亿台阶。") == []
    assert _quantified("到2027年，地区生产总值突破3万亿。") == []


# --- a goal with no year of its own aims at its plan's year, else its text's date's -----------------------------

_PLAN = "某县农业农村局2027年工作计划\n一是稳住粮食生产。力争粮食播种面积稳定在52万亩以上，新建高标准农田3万亩。\n"
_MEETING = "县农业农村局召开会议\n会议要求，一是扛稳粮食安全责任，确保粮食播种面积稳定在52万亩以上。\n"
_REVIEW = "某县农业农村局2026年工作总结\n一是稳住粮食生产。力争粮食播种面积稳定在52万亩以上。\n"


def _dated(text: str, year: int | None) -> list[tuple]:
    index = TextIndex(text, current_year=year)
    return [(t.year, t.value, t.kind) for t in extract_targets(text, one_clause(text), index)]


def test_a_yearless_goal_under_a_plan_title_aims_at_the_plan_year():
    want = [(2027, 520000.0, "min"), (2027, 30000.0, "exact")]
    assert _dated(_PLAN, None) == want
    assert _dated(_PLAN, 2026) == want  # a plan for the next year, published before it


def test_a_yearless_goal_in_a_dated_text_with_no_plan_year_aims_at_the_date_year():
    assert _dated(_MEETING, 2027) == [(2027, 520000.0, "min")]


def test_no_year_for_a_yearless_goal_when_neither_names_one_or_the_plan_is_past():
    assert _dated(_MEETING, None) == []
    assert _dated(_REVIEW, None) == []
    assert _dated(_PLAN, 2028) == []


# --- 今年…将 sets the year's quantified goals in a dated text ---------------------------------------------------


def test_this_year_before_will_sets_the_years_quantified_goals():
    text = "记者获悉，今年某县将稳步发展特色种植业；严守耕地红线，蔬菜播种面积稳定在8万亩以上。"
    assert _dated(text, 2027) == [(2027, 80000.0, "min")]
    assert _dated("今年全县将新建乡镇卫生院6所", 2027) == [(2027, 6.0, "exact")]


def test_this_year_before_will_near_misses():
    assert _dated("今年以来，全县将近完成投资30亿元。", 2027) == []
    assert _dated("记者获悉，今年某县将稳步发展特色种植业；蔬菜播种面积稳定在8万亩以上。", None) == []
    assert _dated("今年全县将坚持稳中求进，推动高质量发展。", 2027) == []


# --- a goal paragraph ending in ；goes on in the next one ---------------------------------------------------------

_OPEN_LIST = "到2028年，力争全县接待游客1200万人次以上，年均增长9%左右；\n\n"


def test_a_paragraph_ending_in_a_semicolon_goes_on_in_the_next():
    text = _OPEN_LIST + "旅游总收入突破150亿元，乡村旅游重点村达到20个。"
    assert _quantified(text) == [
        (2028, 12000000.0, "min"),
        (2028, 9.0, "exact"),
        (2028, 150.0, "min"),
        (2028, 20.0, "exact"),
    ]


def test_a_closed_paragraph_or_a_report_after_the_semicolon_is_not_carried():
    closed = _OPEN_LIST.replace("；", "。") + "去年全县旅游总收入突破90亿元，乡村旅游重点村达到12个。"
    assert _quantified(closed) == [(2028, 12000000.0, "min"), (2028, 9.0, "exact")]
    report = _OPEN_LIST + "据介绍，去年全县旅游总收入突破90亿元。"
    assert _quantified(report) == [(2028, 12000000.0, "min"), (2028, 9.0, "exact")]


# --- a count of the text's own tasks is no goal (round 12, lead) ---------------------------------------------------


def test_a_count_of_the_texts_own_tasks_gives_no_goal_row():
    # 十项工作任务, 8条举措: what the text itself lists; the goal beside it in the same sentence still counts
    assert _years_values("2027年，全县将重点完成十项工作任务，确保粮食产量稳定在50万吨以上。") == [
        (2027, 500000.0, "min")
    ]
    assert targets_of("到2027年，推出8条举措，抓好五项重点工作。") == []
    # near misses: a count of things to build or staff, whose noun only begins with 工作
    assert _quantified("到2027年，建成10个工作站，新增工作岗位3000个。") == [
        (2027, 10.0, "exact"),
        (2027, 3000.0, "exact"),
    ]
