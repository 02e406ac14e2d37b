"""The hierarchy of drafts: the seed against its gold, every numbering style, and real documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_structure_properties import check_invariants

from parsers.model import Node
from parsers.structure import Structure, parse_structure, split_status

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = ROOT / "fixtures" / "drafts"
REAL = ROOT / "fixtures" / "real" / "structure"
GOLD = ROOT / "fixtures" / "gold" / "kunming_keji_2024_zqyj.gold.json"


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


def parse_file(path: Path) -> tuple[str, Structure]:
    text = path.read_text(encoding="utf-8")
    return text, parse(text)


def by_id(structure: Structure) -> dict[str, Node]:
    return {n.node_id: n for n in structure.iter_nodes()}


def of_kind(structure: Structure, kind: str) -> list[Node]:
    return [n for n in structure.iter_nodes() if n.kind == kind]


def clauses(node: Node) -> list[str]:
    return [c.text for c in node.children if c.kind == "clause"]


# ---------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed(seed_text) -> tuple[str, Structure]:
    return seed_text, parse(seed_text)


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def test_seed_top_level_is_notice_title_preamble_five_actions_and_the_trailing_debris(seed):
    _, structure = seed
    kinds = [n.kind for n in structure.nodes]
    assert kinds == ["notice", "title", "preamble", *["action"] * 5, "paragraph"]
    assert [n.node_id for n in structure.nodes[:3]] == ["notice", "title", "preamble"]


def test_seed_title_and_status(seed):
    _, structure = seed
    assert structure.title == "科技创新赋能经济转型升级若干措施"
    assert structure.status == "征求意见稿"
    title = structure.nodes[1]
    assert title.text.startswith("科技创新赋能经济转型升级若干措施 征求意见稿")


def test_seed_notice_span_runs_from_the_notice_head_to_the_contact_line(seed):
    text, structure = seed
    start, end = structure.notice_span
    assert start == 0
    assert text[start:end].startswith(
        "关于征求《科技创新赋能经济转型升级若干措施(征求意见稿)》意见建议的通知"
    )
    assert text[start:end].rstrip().endswith("邮 箱:km999@163.com")
    assert structure.nodes[0].node_id == "notice"
    assert structure.nodes[0].children[0].node_id == "notice__clause_1"


def test_seed_actions_match_gold_headings_and_ordinals(seed, gold):
    _, structure = seed
    actions = of_kind(structure, "action")
    assert [a.ordinal for a in actions] == [g["number"] for g in gold["structure"]]
    assert [a.heading for a in actions] == [g["title"] for g in gold["structure"]]
    assert [a.label for a in actions] == ["一、", "二、", "三、", "四、", "五、"]
    assert [a.node_id for a in actions] == [f"action_{i}" for i in range(1, 6)]


def test_seed_sixteen_measures_run_on_across_actions_under_the_gold_parents(seed, gold):
    _, structure = seed
    measures = of_kind(structure, "measure")
    expected = [(g["number"], m["number"], m["title"]) for g in gold["structure"] for m in g["measures"]]
    assert len(measures) == 16
    got = [(int(m.parent_id.split("_")[1]), m.ordinal, m.heading) for m in measures]
    assert got == expected
    assert measures[11].label == "(十二)"
    assert measures[15].node_id == "action_5__measure_16"


def test_seed_measure_clauses_split_at_sentence_ends(seed):
    _, structure = seed
    nodes = by_id(structure)
    first = nodes["action_1__measure_1"]
    assert first.children[0].node_id == "action_1__measure_1__clause_1"
    assert first.children[0].text == "(一)科技创新激发传统产业发展新优势。"
    assert first.children[1].text.startswith("推动移动互联网")
    assert first.children[1].text.endswith("数字化转型。")
    assert all(c.kind == "clause" for c in first.children)
    # a clause of the heading line of an action: the whole line, newline included
    assert nodes["action_1__clause_1"].text == "一、实施高水平产业技术“领航”行动\n"
    assert nodes["preamble__clause_1"].text.endswith("制定本措施。\n")


def test_seed_trailing_debris_is_kept_as_the_last_leaf(seed):
    text, structure = seed
    last = structure.nodes[-1]
    assert last.kind == "paragraph"
    assert last.text == "|\n: |\n: |"
    assert text.endswith(last.text)
    assert structure.nodes[-2].char_end == last.char_start


# ---------------------------------------------------------------- numbering styles


def test_fullwidth_measures_restart_in_each_action_with_items_subitems_signature_and_attachment():
    text, structure = parse_file(DRAFTS / "style_measures_fullwidth_zqyj.txt")
    nodes = by_id(structure)
    assert structure.title == "某市促进数字经济高质量发展若干措施"
    assert structure.status == "征求意见稿"
    assert nodes["title"].text == "某市促进数字经济高质量发展若干措施\n（征求意见稿）\n"
    assert [n.node_id for n in of_kind(structure, "measure")] == [
        "action_1__measure_1",
        "action_1__measure_2",
        "action_2__measure_1",
        "action_2__measure_2",
        "action_2__measure_3",
    ]
    items = [
        (n.label, n.ordinal, n.heading)
        for n in of_kind(structure, "item")
        if n.parent_id == "action_1__measure_2"
    ]
    assert items == [("1．", 1, "首次突破5亿元的，奖励100万元"), ("2﹒", 2, "首次突破10亿元的，奖励200万元")]
    circled = [(n.node_id, n.label, n.ordinal) for n in of_kind(structure, "subitem")]
    assert circled == [
        ("action_2__measure_2__subitem_1", "①", 1),
        ("action_2__measure_2__subitem_2", "②", 2),
    ]
    assert nodes["action_2__measure_2"].label == "(二)"
    assert nodes["action_2__measure_3"].label == "(三）"
    assert nodes["action_2__measure_3"].heading == "推广上云用云"
    assert nodes["action_3"].heading == "附则"
    assert nodes["action_3__paragraph_1"].text.strip() == "本措施自2025年5月1日起施行，有效期3年。"
    signature = nodes["signature_1"]
    assert signature.text == "某市工业和信息化局\n2025年3月3日\n"
    attachment = nodes["attachment_1"]
    assert attachment.label == "附件："
    assert attachment.heading == "申报材料清单"
    assert attachment.char_end == len(text)


def test_regulation_chapters_sections_articles_and_points():
    _, structure = parse_file(DRAFTS / "style_regulation_chapters_caoan.txt")
    nodes = by_id(structure)
    assert structure.title == "某省科技成果转化条例"
    assert structure.status == "草案"
    # the 目录 lines are not chapters: they stay in the preamble
    assert [n.node_id for n in of_kind(structure, "chapter")] == ["chapter_1", "chapter_2"]
    assert nodes["preamble"].text.startswith("目\u3000\u3000录\n第一章")
    chapter = nodes["chapter_1"]
    assert chapter.heading == "总则"
    assert chapter.children[0].text.startswith("第一章\u3000总\u3000\u3000则")  # text keeps its spaces
    assert nodes["chapter_1__article_2"].heading == "适用范围"
    assert nodes["chapter_1__article_1"].heading is None
    assert nodes["chapter_1__article_2__paragraph_1"].text.strip().startswith("本条例所称科技成果")
    points = [n for n in of_kind(structure, "point") if n.parent_id == "chapter_1__article_3"]
    assert [(p.label, p.ordinal) for p in points] == [("（一）", 1), ("（二）", 2), ("（三）", 3)]
    # a paragraph after the points belongs to the article, and 第三条 mid-sentence is no article
    assert nodes["chapter_1__article_3__paragraph_1"].text.strip() == "第三条规定的专项资金，应当专款专用。"
    assert nodes["chapter_2__section_1"].heading == "一般规定"
    # 一、 inside an article is a point too
    sub = [
        (n.node_id, n.label)
        for n in of_kind(structure, "point")
        if n.parent_id == "chapter_2__section_1__article_4"
    ]
    assert sub == [
        ("chapter_2__section_1__article_4__point_1", "一、"),
        ("chapter_2__section_1__article_4__point_2", "二、"),
    ]
    assert nodes["chapter_2__section_1__article_5"].label == "第5条"
    # 第一百二十三条, twice: the repeat gets a distinct id
    repeated = [n for n in of_kind(structure, "article") if n.ordinal == 123]
    assert [n.node_id for n in repeated] == [
        "chapter_2__section_2__article_123",
        "chapter_2__section_2__article_123_2",
    ]
    assert repeated[0].label == "第一百二十三条"


def test_workplan_items_without_measures_false_markers_and_repeated_numbers():
    _, structure = parse_file(DRAFTS / "style_workplan_items_mixed.txt")
    nodes = by_id(structure)
    assert structure.title == "某区制造业数字化转型工作方案"
    assert structure.status == "送审稿"
    # unnumbered lead paragraphs of a part, including lines that only look numbered
    lead = [c.text.strip() for c in nodes["action_1"].children if c.kind == "paragraph"]
    assert lead[2] == "1.5亿元以上的技改项目纳入区重点项目库。"
    assert not [n for n in structure.iter_nodes() if n.kind == "item" and n.parent_id == "action_1"]
    items = [(n.node_id, n.label) for n in of_kind(structure, "item") if n.parent_id == "action_2"]
    assert items == [("action_2__item_1", "1."), ("action_2__item_2", "2、"), ("action_2__item_3", "3、")]
    assert [n.label for n in of_kind(structure, "subitem")] == ["（1）", "（2）"]
    false_markers = [c.text.strip() for c in nodes["action_2__item_2"].children if c.kind == "paragraph"]
    assert false_markers == ["2024年已认定的示范车间继续给予支持。", "一、二级示范企业分别给予奖励。"]
    # skipped (四) and repeated (三): parsed as written, ids stay unique
    measures = [(n.node_id, n.ordinal) for n in of_kind(structure, "measure")]
    assert measures == [
        ("action_3__measure_1", 1),
        ("action_3__measure_3", 3),
        ("action_3__measure_3_2", 3),
        ("action_3__measure_5", 5),
    ]
    # ！ and a half-width ? end clauses
    assert clauses(nodes["action_3__measure_3_2"]) == [
        "\u3000\u3000（三）加大资金支持！",
        "区财政每年安排专项资金2000万元?\n",
    ]
    attachment = nodes["attachment_1"]
    assert attachment.label == "附件"
    assert [n.heading for n in attachment.children if n.kind == "item"] == [
        "某某机械有限公司",
        "某某电子有限公司",
    ]


@pytest.mark.parametrize(
    "line, label, kind, ordinal",
    [
        ("（一）支持研发。", "（一）", "measure", 1),
        ("(一)支持研发。", "(一)", "measure", 1),
        ("(一）支持研发。", "(一）", "measure", 1),
        ("（一)支持研发。", "（一)", "measure", 1),
        ("（十二）支持研发。", "（十二）", "measure", 12),
        ("1.支持研发。", "1.", "item", 1),
        ("1、支持研发。", "1、", "item", 1),
        ("1．支持研发。", "1．", "item", 1),
        ("1﹒支持研发。", "1﹒", "item", 1),
        ("１．支持研发。", "１．", "item", 1),
        ("12. 支持研发。", "12.", "item", 12),
        ("（1）支持研发。", "（1）", "subitem", 1),
        ("(1)支持研发。", "(1)", "subitem", 1),
        ("1）支持研发。", "1）", "subitem", 1),
        ("③支持研发。", "③", "subitem", 3),
        ("\u3000\u3000（三）支持研发。", "（三）", "measure", 3),
        (" 二、支持研发", "二、", "action", 2),
        ("第一百二十三条　支持研发。", "第一百二十三条", "article", 123),
        ("第12条 支持研发。", "第12条", "article", 12),
        ("第十节　支持", "第十节", "section", 10),
        ("第三章　支　　持", "第三章", "chapter", 3),
        # spaces left by PDF extraction
        ("（ 一 ）支持研发。", "（ 一 ）", "measure", 1),
        ("第 十 二 条 支持研发。", "第 十 二 条", "article", 12),
        ("一 、支持研发", "一 、", "action", 1),
        ("3 . 支持研发。", "3 .", "item", 3),
    ],
)
def test_marker_width_variants(line, label, kind, ordinal):
    structure = parse(f"某市若干措施\n为支持研发，制定本措施。\n{line}\n")
    numbered = [n for n in structure.iter_nodes() if n.label is not None]
    assert [(n.label, n.kind, n.ordinal) for n in numbered] == [(label, kind, ordinal)]


@pytest.mark.parametrize(
    "line",
    [
        "1.5亿元以上的项目纳入库。",
        "2024年起全面实施。",
        "一、二级企业分别给予奖励。",
        "一、二、三类企业分别给予奖励。",
        "第三条规定的情形除外。",
        "第三条至第五条不适用。",
        "10、20万元两档补助。",
        "附件中的表格另行印发。",
        "为落实第三条，制定本措施。",
    ],
)
def test_false_markers_stay_plain_paragraphs(line):
    structure = parse(f"某市若干措施\n一、总体要求\n{line}\n")
    assert [n.label for n in structure.iter_nodes() if n.label is not None] == ["一、"]
    assert structure.nodes[1].children[-1].kind == "paragraph"


def test_chapter_heading_drops_ideographic_spaces_but_text_keeps_them():
    text = "第一章　总　　则\n第一条　为了规范管理，制定本办法。\n"
    structure = parse(text)
    chapter = structure.nodes[0]
    assert (chapter.kind, chapter.label, chapter.heading) == ("chapter", "第一章", "总则")
    assert chapter.text == text


def test_heading_is_the_text_before_the_first_full_stop_or_the_whole_line():
    structure = parse(
        "一、实施高水平产业技术“领航”行动\n（一）科技创新激发传统产业发展新优势。推动企业转型。\n"
    )
    nodes = by_id(structure)
    assert nodes["action_1"].heading == "实施高水平产业技术“领航”行动"
    assert nodes["action_1__measure_1"].heading == "科技创新激发传统产业发展新优势"


def test_article_heading_in_brackets():
    structure = parse("第一条〔立法目的〕为了规范管理，制定本办法。\n第二条（适用范围）本办法适用于本市。\n")
    assert [n.heading for n in structure.nodes] == ["立法目的", "适用范围"]


def test_clauses_end_after_terminators_and_their_closing_quotes():
    structure = parse("一、要求\n他说：“要加快。”然后落实；再检查! 最后总结? 没有句号的尾巴")
    action = structure.nodes[0]
    paragraph = action.children[1]
    assert [c.text for c in paragraph.children] == [
        "他说：“要加快。”",
        "然后落实；",
        "再检查! ",
        "最后总结? ",
        "没有句号的尾巴",
    ]
    assert paragraph.node_id == "action_1__paragraph_1"
    assert [c.node_id for c in paragraph.children][:2] == [
        "action_1__paragraph_1__clause_1",
        "action_1__paragraph_1__clause_2",
    ]


def test_measures_that_run_on_get_ordinals_from_their_labels_not_their_position():
    structure = parse("一、甲\n（一）子。\n（二）子。\n二、乙\n（三）子。\n")
    assert [n.node_id for n in of_kind(structure, "measure")] == [
        "action_1__measure_1",
        "action_1__measure_2",
        "action_2__measure_3",
    ]


def test_signature_and_attachment_after_the_body():
    text = (
        "某市支持措施\n一、支持企业\n给予奖励。\n某市科学技术局\n某市财政局\n2024年12月20日\n"
        "（此件公开发布）\n附件1\n申报指南\n一、申报条件\n（一）注册在本市。\n"
    )
    structure = parse(text)
    assert [n.kind for n in structure.nodes] == ["title", "action", "signature", "attachment"]
    signature = structure.nodes[2]
    assert signature.text == "某市科学技术局\n某市财政局\n2024年12月20日\n（此件公开发布）\n"
    attachment = structure.nodes[3]
    assert (attachment.label, attachment.ordinal) == ("附件1", 1)
    assert [n.node_id for n in attachment.children if n.kind == "action"] == ["attachment_1__action_1"]
    assert by_id(structure)["attachment_1__action_1__measure_1"].heading == "注册在本市"


def test_a_date_line_right_after_the_title_is_not_a_signature():
    structure = parse("某市若干措施\n2024年12月20日\n为支持发展，制定本措施。\n一、支持企业\n")
    assert [n.kind for n in structure.nodes] == ["title", "preamble", "action"]


@pytest.mark.parametrize(
    "title, expected",
    [
        ("科技创新赋能经济转型升级若干措施 征求意见稿", ("科技创新赋能经济转型升级若干措施", "征求意见稿")),
        ("某市促进条例（草案）", ("某市促进条例", "草案")),
        ("某市管理办法(修订稿)", ("某市管理办法", "修订稿")),
        # every status word is the status, as written: a draft of a trial text (issue 7: status words in status)
        ("某市管理办法（试行）（征求意见稿）", ("某市管理办法", "试行征求意见稿")),
        ("某市管理办法（试行征求意见稿）", ("某市管理办法", "试行征求意见稿")),
        ("某市管理办法（征求意见稿）（暂行）", ("某市管理办法", "征求意见稿暂行")),
        ("某市管理办法（试行）", ("某市管理办法", "试行")),
        ("某市管理暂行办法", ("某市管理暂行办法", None)),
        ("某市工作方案【送审稿】", ("某市工作方案", "送审稿")),
        ("某市若干措施（2024年公开征求意见稿）", ("某市若干措施", "征求意见稿")),
        (
            "关于推动经济高质量发展若干政策举措(2025年版)",
            ("关于推动经济高质量发展若干政策举措(2025年版)", None),
        ),
    ],
)
def test_split_status(title, expected):
    assert split_status(title) == expected


def test_empty_and_blank_texts():
    assert parse("").nodes == []
    blank = parse("  \n\u3000\n")
    assert [n.kind for n in blank.nodes] == ["paragraph"]


# ---------------------------------------------------------------- real documents (fixtures/real/structure)


def test_real_regulation_chapters_articles_and_points():
    _, structure = parse_file(REAL / "renliziyuan_shichang_zanxing_tiaoli_2018.txt")
    nodes = by_id(structure)
    assert structure.title == "人力资源市场暂行条例"
    assert structure.status is None  # 暂行 inside the name is not a draft status
    chapters = of_kind(structure, "chapter")
    assert [c.heading for c in chapters] == [
        "总则",
        "人力资源市场培育",
        "人力资源服务机构",
        "人力资源市场活动规范",
        "监督管理",
        "法律责任",
        "附则",
    ]
    articles = of_kind(structure, "article")
    assert [a.ordinal for a in articles] == list(range(1, 49))
    assert nodes["chapter_3__article_15"].label == "第十五条"
    points = [p for p in of_kind(structure, "point") if p.parent_id == "chapter_3__article_15"]
    assert len(points) == 8
    assert points[7].heading == "县级以上人民政府确定的其他服务"
    assert points[0].label == "(一)"
    # the paragraphs after points belong to their article
    after = [c.text.strip() for c in nodes["chapter_5__article_34"].children if c.kind == "paragraph"]
    assert len(after) == 2 and after[0].startswith("人力资源社会保障行政部门实施监督检查时")
    assert (
        nodes["chapter_6__article_42"].children[0].text.startswith("第四十二条 违反本条例第十八条第一款规定")
    )
    assert len(of_kind(structure, "point")) == 8 + 4 + 5 + 4


def test_real_state_council_rules_run_measures_on_across_nine_parts():
    _, structure = parse_file(REAL / "guobanfa_2018_124_wenhua_zhuanzhi_guiding.txt")
    nodes = by_id(structure)
    assert structure.title == "文化体制改革中经营性文化事业单位转制为企业的规定"
    assert nodes["title"].text == "文化体制改革中经营性文化事业单位\n转制为企业的规定\n"
    assert nodes["preamble"].text.startswith("为进一步深化文化体制改革")
    actions = of_kind(structure, "action")
    assert len(actions) == 9
    assert actions[8].heading == "关于党的建设"
    measures = of_kind(structure, "measure")
    assert [m.ordinal for m in measures] == list(range(1, 32))
    assert nodes["action_9__measure_31"].label == "（三十一）"
    assert nodes["action_7__measure_27"].parent_id == "action_7"
    assert [m.ordinal for m in measures if m.parent_id == "action_7"] == list(range(20, 28))
    assert nodes["action_1__measure_2"].heading == "完善法人治理结构"


def test_real_general_office_opinion_restarts_measures_and_keeps_lead_paragraphs():
    _, structure = parse_file(REAL / "guobanfa_2018_123_zhengwu_xinmeiti_yijian.txt")
    nodes = by_id(structure)
    # the title is printed over two lines
    assert structure.title == "国务院办公厅关于推进政务新媒体健康有序发展的意见"
    assert nodes["title"].text == "国务院办公厅关于推进\n政务新媒体健康有序发展的意见\n"
    assert [a.heading for a in of_kind(structure, "action")] == [
        "总体要求",
        "明确工作职责",
        "加强功能建设",
        "规范运维管理",
        "强化保障措施",
    ]
    per_action = {
        a.ordinal: [m.ordinal for m in of_kind(structure, "measure") if m.parent_id == a.node_id]
        for a in of_kind(structure, "action")
    }
    assert per_action == {1: [1, 2, 3], 2: [], 3: [1, 2, 3], 4: [1, 2, 3, 4], 5: [1, 2, 3]}
    assert nodes["action_1__measure_1"].heading == "指导思想"
    assert (
        nodes["action_1__measure_1__paragraph_1"]
        .text.strip()
        .startswith("以习近平新时代中国特色社会主义思想为指导")
    )
    assert [n.heading for n in of_kind(structure, "item")] == [
        "坚持正确导向",
        "坚持需求引领",
        "坚持互联融合",
        "坚持创新发展",
    ]
    assert len([c for c in nodes["action_2"].children if c.kind == "paragraph"]) == 3
    assert nodes["action_3__paragraph_1"].text.strip().startswith("各地区、各部门要遵循政务新媒体发展规律")
    assert nodes["action_3__measure_1"].heading == "推进政务公开，强化解读回应"
    signature = nodes["signature_1"]
    assert signature.text.split() == ["国务院办公厅", "2018年12月7日", "（此件公开发布）"]


def test_real_district_measures_with_an_issuing_notice():
    text, structure = parse_file(REAL / "jinhua_wucheng_2025_gaozhiliang_zhengce_jucuo_excerpt.txt")
    nodes = by_id(structure)
    assert [n.kind for n in structure.nodes] == ["notice", "title", "preamble", "action"]
    assert text[slice(*structure.notice_span)].startswith("金华市婺城区人民政府关于印发")
    assert structure.title == "关于推动经济高质量发展若干政策举措(2025年版)"
    assert nodes["action_1"].heading == "强化科技创新(区科技局牵头)"
    assert nodes["action_1__paragraph_1"].text.startswith("以统筹深化教育科技人才一体化改革")
    assert nodes["action_1__measure_1"].heading == "加强科创平台效能建设"


def test_real_work_plan_lead_paragraph_measure_and_item():
    text, structure = parse_file(REAL / "shanxi_2017_zhongbu_jueqi_gongzuo_fangan_excerpt.txt")
    nodes = by_id(structure)
    assert structure.title == "山西省贯彻落实《促进中部地区崛起“十三五”规划》工作方案"
    assert text[slice(*structure.notice_span)].rstrip().endswith("2017年5月15日")
    assert [c.kind for c in nodes["action_1"].children] == ["clause", "paragraph"]
    assert (
        nodes["action_2__measure_1"].heading
        == "强化基础设施支撑,构建现代化、网络化、高品质、服务企业生产布局的基础设施体系"
    )
    assert nodes["action_2__measure_1__item_1"].heading == "加快推进综合交通运输网络建设"


@pytest.mark.parametrize(
    "path", sorted(REAL.glob("*.txt")) + sorted(DRAFTS.glob("*.txt")), ids=lambda p: p.name
)
def test_every_fixture_keeps_the_invariants(path):
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    parse(text)


def test_nodes_are_complete_models_that_validate_and_serialise(seed):
    _, structure = seed
    for node in structure.iter_nodes():
        assert Node.model_validate(node.model_dump()) == node
    top = structure.nodes[3]
    assert Node.model_validate_json(top.model_dump_json()) == top
    assert top.model_fields_set == set(Node.model_fields)


def test_a_title_carrying_its_status_is_not_a_notice():
    structure = parse(
        "某市促进智能制造发展办法（征求意见稿）\n第一章　总　　则\n第一条　为了促进发展，制定本办法。\n"
    )
    assert structure.notice_span is None
    assert [n.kind for n in structure.nodes] == ["title", "chapter"]
    assert (structure.title, structure.status) == ("某市促进智能制造发展办法", "征求意见稿")


def test_a_notice_may_hold_numbered_lines_and_an_attachment_line():
    text = (
        "关于征求《某市人才新政（征求意见稿）》意见的通知\n各有关单位：\n"
        "　　现将有关事项通知如下：\n　　一、反馈方式\n　　请于2025年1月10日前反馈。\n　　二、联系方式\n"
        "　　联系人：赵六\n附件：某市人才新政（征求意见稿）\n某市人才工作领导小组办公室\n2024年12月30日\n"
        "某市人才新政\n（征求意见稿）\n一、引进人才\n（一）给予安家补贴。\n"
    )
    structure = parse(text)
    assert [n.kind for n in structure.nodes] == ["notice", "title", "action"]
    assert text[slice(*structure.notice_span)].endswith("2024年12月30日\n")
    assert not [n for n in structure.iter_nodes() if n.kind == "action" and n.parent_id == "notice"]
    assert structure.title == "某市人才新政"


def test_a_signature_on_one_line_with_the_date():
    text = "某市管理办法\n第一条　为了规范，制定本办法。\n某市工业和信息化局\t2025年1月10日\n联系人：王五\n"
    structure = parse(text)
    assert [n.kind for n in structure.nodes] == ["title", "article", "signature"]
    assert structure.nodes[-1].text == "某市工业和信息化局\t2025年1月10日\n联系人：王五\n"


def test_high_numbers_run_on_under_later_parts():
    structure = parse(
        "十、加强组织实施\n（五十二）加强组织领导。\n十一、附则\n（五十三）本意见自印发之日起施行。\n"
    )
    nodes = by_id(structure)
    assert nodes["action_11__measure_53"].parent_id == "action_11"
    assert (nodes["action_11"].label, nodes["action_11"].ordinal) == ("十一、", 11)
    assert nodes["action_10__measure_52"].heading == "加强组织领导"


def test_crlf_line_ends_stay_in_the_text_but_not_in_headings():
    text = "某市若干措施\r\n一、支持企业\r\n（一）给予奖励。按规定执行。\r\n"
    structure = parse(text)
    nodes = by_id(structure)
    assert nodes["action_1"].heading == "支持企业"
    assert nodes["action_1__measure_1"].heading == "给予奖励"
    assert nodes["action_1__measure_1"].children[-1].text == "按规定执行。\r\n"
    assert structure.title == "某市若干措施"
