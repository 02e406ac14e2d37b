"""Hard-wrapped text and page furniture: a wrapped copy of a real document, or a PDF printed from it, reads
as the original does (same hierarchy, same sentences, same extractions), and furniture stays out.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_structure_properties import check_invariants
from wrapping import RUNNING_HEADER, hard_wrap

from parsers.context import TextIndex
from parsers.ingest import read_path
from parsers.pipeline import parse_bytes, parse_path
from parsers.structure import Structure, parse_structure
from scripts.wrapped_compare import hierarchy, sentences, squeeze

ROOT = Path(__file__).resolve().parent.parent
REAL = sorted((ROOT / "fixtures" / "real").rglob("*.txt")) + sorted(
    (ROOT / "fixtures" / "drafts").glob("*.txt")
)
PDFS = {
    "wordprocessor_guobanfa_2018_123.pdf": "real/structure/guobanfa_2018_123_zhengwu_xinmeiti_yijian.txt",
    "browser_shanghai_qiye_jichu_yanjiu_2025.pdf": "real/eval/shanghai_qiye_jichu_yanjiu_ruogan_cuoshi_2025.txt",
}


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


def read(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030")


# A running header is known by coming back at page edges: documents long enough to print on two pages.
LONG = [p for p in REAL if hard_wrap(read(p)).count("\f") >= 1]


def test_the_long_documents_are_the_real_ones_of_several_pages():
    assert len(LONG) >= 12
    assert all("real" in p.parts or "drafts" in p.parts for p in LONG)


# ---------------------------------------------------------------- wrapped copies


@pytest.mark.parametrize("path", LONG, ids=lambda p: p.name)
def test_an_indented_wrapped_copy_has_the_same_hierarchy_sentences_and_title(path):
    """Paragraphs open with a two-character indent, as a layout-keeping PDF extraction gives them."""
    text = read(path)
    wrapped = hard_wrap(text, indent="\u3000\u3000")
    original, copy = parse(text), parse(wrapped)
    assert hierarchy(copy) == hierarchy(original)
    assert sentences(copy) == sentences(original)
    assert (copy.title, copy.status, copy.notice_title) == (
        original.title,
        original.status,
        original.notice_title,
    )
    assert copy.soft_breaks and all(wrapped[pos] == "\n" for pos in copy.soft_breaks)
    furniture = {squeeze(wrapped[s:e]) for s, e in copy.furniture}
    assert RUNNING_HEADER in furniture and "—1—" in furniture


@pytest.mark.parametrize("path", LONG, ids=lambda p: p.name)
def test_a_flush_wrapped_copy_has_the_same_numbered_hierarchy_and_sentences(path):
    """Every line flush, as pdftotext gives them: a paragraph that ends exactly at the margin may run into
    an unnumbered paragraph after it (nothing in the text tells them apart), so paragraphs may merge; the
    numbered parts, their headings and every sentence stay."""
    text = read(path)
    original, copy = parse(text), parse(hard_wrap(text))
    assert hierarchy(copy, paragraphs=False) == hierarchy(original, paragraphs=False)
    assert sentences(copy) == sentences(original)
    assert copy.title == original.title


@pytest.mark.parametrize("path", LONG, ids=lambda p: p.name)
def test_the_extractors_read_the_same_sentences_in_a_wrapped_copy(path):
    """The structure's side of the extraction contract: with the soft breaks and furniture it gives,
    TextIndex finds the same sentences (so the same context for every amount) as in the original."""
    text = read(path)
    wrapped = hard_wrap(text, indent="\u3000\u3000")
    copy = parse(wrapped)

    def index_sentences(source: str, structure: Structure) -> list[str]:
        index = TextIndex(source, soft_breaks=structure.soft_breaks, furniture=structure.furniture)
        found, pos = [], 0
        while pos < len(source):
            start, end = index.sentence(pos)
            found.append(squeeze(index.norm[start:end]))
            pos = end + 1
        return [s for s in found if s]

    assert index_sentences(wrapped, copy) == index_sentences(text, parse(text))


# ---------------------------------------------------------------- PDF printed from a real text


def facts(doc) -> tuple[list, list, list]:
    return (
        [(m.low, m.high, m.kind, m.role) for m in doc.money],
        [(r.value, r.kind, r.form, r.role) for r in doc.ratios],
        [(t.year, t.value, t.unit, t.kind) for t in doc.targets],
    )


@pytest.mark.parametrize("pdf", sorted(PDFS), ids=str)
def test_a_pdf_gives_the_hierarchy_sentences_title_and_extractions_of_its_source(pdf):
    source = ROOT / "fixtures" / PDFS[pdf]
    pdf_path = ROOT / "fixtures" / "pdf" / pdf
    text = read_path(pdf_path).text
    original, printed = parse(read(source)), parse(text)
    assert hierarchy(printed) == hierarchy(original)
    assert sentences(printed) == sentences(original)
    assert printed.title == original.title
    assert printed.furniture, "page numbers, running headers and the browser's stamps are furniture"
    assert facts(parse_path(pdf_path)) == facts(parse_path(source))


def test_the_browser_print_keeps_the_covering_notice_title_apart():
    text = read_path(ROOT / "fixtures" / "pdf" / "browser_shanghai_qiye_jichu_yanjiu_2025.pdf").text
    structure = parse(text)
    assert structure.title == "上海市支持企业加强基础研究增强高质量发展新动能的若干措施"
    assert structure.notice_title == (
        "上海市人民政府办公厅关于印发《上海市支持企业加强基础研究增强高质量发展新动能的若干措施》的通知"
    )
    stamps = [text[s:e].strip() for s, e in structure.furniture]
    assert stamps[0].startswith("12/1/26, 3:01 PM 上海市人民政府办公厅关于印发")
    assert any(s.startswith("http://stcsm.sh.gov.cn/") and s.endswith("1/3") for s in stamps)


# ---------------------------------------------------------------- wrapped lines, one by one


WRAPPED = (
    "某市促进科技创新若干措施\n"
    "　　为加快建设科技强市，推动产业转型升级，结合本市实际，制定\n"
    "以下措施。\n"
    "　　一、支持企业研发\n"
    "　　对年度研发投入超过1000万元的企业，按照其研发投入增量的\n"
    "10%给予补助，每家企业每年最高不超过500万元；对首次认定的\n"
    "高新技术企业，给予一次性奖励20万元。\n"
    "　　二、支持平台建设\n"
    "　　对新认定的国家级、省级企业技术中心，分别给予100万元、\n"
    "50万元奖励。\n"
)
UNWRAPPED = re.sub(
    r"\n(?!　　|$)", "", WRAPPED.replace("某市促进科技创新若干措施\n", "某市促进科技创新若干措施\n　　")
)


def test_a_wrapped_paragraph_is_one_paragraph_of_whole_sentences():
    structure = parse(WRAPPED)
    nodes = {n.node_id: n for n in structure.iter_nodes()}
    assert [n.kind for n in structure.nodes] == ["title", "preamble", "action", "action"]
    assert [c.text.replace("\n", "") for c in nodes["action_1__paragraph_1"].children] == [
        "　　对年度研发投入超过1000万元的企业，按照其研发投入增量的10%给予补助，每家企业每年最高不超过500万元；",
        "对首次认定的高新技术企业，给予一次性奖励20万元。",
    ]
    # the four line breaks inside paragraphs, and no other
    assert list(structure.soft_breaks) == [m.start() for m in re.finditer("\n(?!　　|$)", WRAPPED)]
    assert [WRAPPED[pos - 2 : pos] for pos in structure.soft_breaks] == ["制定", "量的", "定的", "元、"]


def test_extractions_read_across_the_wraps():
    """The wrapped text gives the amounts, ratios, kinds and roles of the same text unwrapped."""
    wrapped = parse_bytes(WRAPPED.encode(), name="wrapped.txt")
    unwrapped = parse_bytes(UNWRAPPED.encode(), name="unwrapped.txt")
    assert len(wrapped.money) == 5 and len(wrapped.ratios) == 1
    assert facts(wrapped) == facts(unwrapped)
    assert [(r.value, r.role) for r in wrapped.ratios] == [(0.1, "subsidy_rate")]


def test_unwrapped_text_joins_nothing_but_a_title_broken_over_lines():
    """One paragraph a line (a web page): line lengths do not cluster at a width, no paragraph is joined;
    a title printed over two lines (国务院办公厅关于推进 / 政务新媒体健康有序发展的意见) is one title."""
    joined_titles = {}
    for path in REAL:
        structure = parse_structure(read(path))
        title = structure.title_span or (0, 0)
        assert all(title[0] <= pos < title[1] for pos in structure.soft_breaks), path.name
        if structure.soft_breaks:
            joined_titles[path.name] = structure.title
    assert (
        joined_titles["guobanfa_2018_123_zhengwu_xinmeiti_yijian.txt"]
        == "国务院办公厅关于推进政务新媒体健康有序发展的意见"
    )


def test_short_lines_of_one_length_are_a_list_not_a_wrapped_paragraph():
    names = "".join(
        f"{name}同志任市科技创新工作领导小组成员\n" for name in ("张三", "李四", "王五", "赵六", "钱七")
    )
    structure = parse("某市科技创新工作领导小组成员名单\n" + names)
    assert structure.soft_breaks == ()


def test_a_line_that_ends_a_sentence_at_the_margin_runs_on_into_the_next():
    text = (
        "　　第一条　为了规范管理，根据有关法律法规，结合本市实际，制定本办\n"
        "法。本办法适用于本市行政区域内的各类企业和其他组织的申报活动。\n"
        "具体申报程序由市科技局另行规定，并向社会公布，接受社会监督。\n"
        "　　第二条　市科技局负责本办法的组织实施，各区科技主管部门负责\n"
        "本区域内的具体工作。\n"
    )
    structure = parse(text)
    article = structure.nodes[0]
    assert [c.kind for c in article.children] == ["clause", "clause", "clause"]
    assert article.children[2].text.startswith("具体申报程序")


# ---------------------------------------------------------------- page furniture


@pytest.mark.parametrize(
    "mark", ["— 3 —", "-3-", "- 3 -", "第3页", "第 3 页 共 9 页", "共9页 第3页", "3/9", "Page 3 of 9"]
)
def test_page_numbers_are_furniture_and_in_no_clause(mark):
    text = f"一、总体要求\n加快发展，推动转型。\n{mark}\n二、主要任务\n提升能力。\n"
    structure = parse(text)
    furniture = [n for n in structure.iter_nodes() if n.kind == "furniture"]
    assert [n.text.strip() for n in furniture] == [mark]
    assert not any(mark in c.text for c in structure.iter_nodes() if c.kind == "clause")


def test_a_bare_number_is_a_page_number_only_at_a_page_break():
    structure = parse("一、总体要求\n加快发展。\n3\n\f二、主要任务\n提升能力。\n100\n人参加培训。\n")
    assert [n.text.strip() for n in structure.iter_nodes() if n.kind == "furniture"] == ["3"]


def test_a_page_break_inside_a_sentence_leaves_the_furniture_between_its_halves():
    text = (
        "为加快建设科技强市，推动产业转型升级，结合本市实际，现制定如下\n"
        "若干措施，请各单位认真贯彻执行，确保各项任务落到实处并取得实\n"
        "— 1 —\n"
        "\f某市人民政府文件\n"
        "效，各区各部门要加强协调配合，形成工作合力，共同推进落实。\n"
        "一、支持企业研发投入，对研发投入增长较快的企业给予奖励，具体\n"
        "— 2 —\n"
        "\f某市人民政府文件\n"
        "办法另行制定。\n"
    )
    structure = parse(text)
    furniture = [text[s:e].strip() for s, e in structure.furniture]
    assert furniture == ["— 1 —", "某市人民政府文件", "— 2 —", "某市人民政府文件"]
    preamble = structure.nodes[0]
    assert preamble.kind == "preamble"
    assert [c.kind for c in preamble.children] == ["clause", "furniture", "furniture", "clause"]
    index = TextIndex(text, soft_breaks=structure.soft_breaks, furniture=structure.furniture)
    start, end = index.sentence(text.index("若干措施"))
    assert squeeze(index.norm[start : end + 1]).endswith(
        "取得实效，各区各部门要加强协调配合，形成工作合力，共同推进落实。"
    )


def test_web_chrome_before_the_body_is_furniture():
    text = (
        "您的位置: 首页 » 法律资料网 » 法律法规 »\n"
        "某市科技成果转化办法\n"
        "作者:法律资料网 时间:2024-07-06 04:34:58  浏览:8616   来源:法律资料网\n"
        "下载地址: 点击此处下载\n"
        "第一章 总则\n"
        "第一条 为促进科技成果转化，制定本办法。\n"
        "来源:市科技局（本条款中的来源二字不是网页栏目）\n"
    )
    structure = parse(text)
    assert structure.title == "某市科技成果转化办法"
    furniture = [text[s:e].split(":")[0] for s, e in structure.furniture]
    assert furniture == ["您的位置", "作者", "下载地址"]
    assert structure.nodes[-1].kind == "chapter"


@pytest.mark.parametrize(
    "page_title, first_line",
    [
        ("各区县人民政府、市政府各部门：", "各区县人民政府、市政府各部门："),  # an addressee, punctuated
        (
            "为加快建设科技强市，推动产业转型升级，结合本市实际，制定…",  # a sentence the header elided
            "为加快建设科技强市，推动产业转型升级，结合本市实际，制定以",
        ),
        (
            "为加快建设科技强市，推动产业转型升级，结合本市实际，制定以下措施。请各单位认真…",  # longer than the line
            "为加快建设科技强市，推动产业转型升级，结合本市实际，制定以",
        ),
    ],
    ids=["addressee", "elided", "elided_past_the_wrap"],
)
def test_a_browser_header_title_printed_again_below_is_furniture(page_title, first_line):
    """A browser prints the page's title (the text's first line, whatever it says) next to its date stamp; extracted,
    it stands on its own line under the stamp and over the same first line of the body."""
    text = (
        f"12/1/26, 9:58 PM\n\n{page_title}\n\n{first_line}\n"
        "下措施，请认真贯彻执行。\n"
        "一、支持企业研发\n"
        "对研发投入较大的企业给予补助。\n"
    )
    structure = parse(text)
    furniture = [squeeze(text[s:e]) for s, e in structure.furniture]
    assert furniture == ["12/1/26,9:58PM", squeeze(page_title)]
    assert squeeze(first_line) in sentences(structure)[0]


def test_a_line_under_a_browser_stamp_that_the_body_does_not_repeat_stays_text():
    text = "12/1/26, 9:58 PM\n\n各区县人民政府、市政府各部门：\n\n为加快建设科技强市，制定以下措施。\n"
    structure = parse(text)
    assert [squeeze(text[s:e]) for s, e in structure.furniture] == ["12/1/26,9:58PM"]


def test_an_article_run_into_the_line_before_is_measured_as_the_whole_printed_line():
    """A page runs its articles together (…制定本办法。第二条　本办法适); the article split off the line is as wide as
    the printed line it ends, so it runs on into its wrap like any full line."""
    original = (
        "某市科技计划项目管理办法\n"
        "第一条　为了规范本市科技计划项目管理，提高财政资金使用效益，根据有关法律法规，结合本市实际，制定本办法。"
        "第二条　本办法适用于本市财政资金支持的各类科技计划项目的申报、立项、实施、验收和监督管理活动。\n"
        "第三条　市科技局负责本办法的组织实施，市财政局负责项目经费的预算管理和监督检查工作，各区科技主管部门负责"
        "本区域内的具体工作。\n"
        "第四条　项目承担单位应当建立健全内部管理制度，按照任务书约定的目标组织实施项目，按时报送项目执行情况和经费"
        "使用情况。\n"
    )
    wrapped = hard_wrap(original).split("\n", 1)[
        1
    ]  # the page's header left out: one page prints no running header
    assert "制定本办法。第二条　本办法适\n用于" in wrapped
    assert sentences(parse(wrapped)) == sentences(parse(original))
    assert hierarchy(parse(wrapped)) == hierarchy(parse(original))


def test_a_line_that_a_long_word_did_not_fit_on_runs_on_into_it():
    """A PDF breaks before an address or a number that does not fit (发送 / 至:524483959@qq.com。) and before a
    character whose stop may not open a line (处置工 / 作。): the line stops short of the margin, mid-phrase, and
    still runs on (pdftotext's flush lines: a first line lost its two-character indent); a line that ends its
    sentence short of the margin does not."""
    lines = [
        "一、征求意见的方式",
        "社会公众可以通过以下方式提出意见，反馈意见中应当包括修改理由",  # 28 + the indent: a first line
        "和联系方式，并注明真实姓名和联系电话，以便进一步沟通联系和反馈。",
        "（一）通过电子邮件方式将意见建议发送",
        "至:zhengce2025feedback@example.gov.cn。",
        "（二）通过信函方式将意见建议寄送至市司法局立法处，请在信封上",
        "注明“征求意见”字样，邮政编码和收件地址以当地邮政部门公布的为准。",
        "二、适用范围",
        "本预案适用于全市范围内洪水灾害的预防、监测预警和应急处置工",
        "作。洪水灾害包括江河洪水、渍涝灾害、山洪灾害以及由洪水引发的次",
        "生衍生灾害，各区县应当结合本地实际制定相应的防汛应急预案。",
        "三、各区县人民政府负责本辖区的防汛工作。",
        "2025年起，市财政每年安排专项资金用于防汛设施建设和维护管理。",
    ]
    structure = parse("\n".join(lines) + "\n")
    found = sentences(structure)
    assert "（一）通过电子邮件方式将意见建议发送至:zhengce2025feedback@example.gov.cn。" in found
    assert "本预案适用于全市范围内洪水灾害的预防、监测预警和应急处置工作。" in found
    # a sentence that ends short of the margin ends its paragraph, though a number opens the next
    assert found[-2:] == [
        "三、各区县人民政府负责本辖区的防汛工作。",
        "2025年起，市财政每年安排专项资金用于防汛设施建设和维护管理。",
    ]


def test_a_first_line_that_ends_a_sentence_at_the_margin_counts_its_lost_indent():
    """Flush lines (pdftotext): a paragraph's first line is two characters short of the others, its indent
    invisible; ending a sentence there, at the margin, it runs on like any other line that does."""
    lines = [
        "第一条　为了规范本市科技计划项目管理，提高财政资金使用效",  # 28: a first line at the margin
        "益，根据有关法律法规，结合本市实际，制定本办法。",
        "第二条　市科技局负责组织实施本办法，制定相关的工作细则。",  # 28, a sentence ended at the margin
        "市财政局负责项目经费的预算管理和监督检查工作，各区科技主管部",  # 30
        "门负责本区域内的具体工作，并向市科技局报告年度执行情况。",
        "第三条　项目承担单位应当建立健全内部管理制度，按照任务书",
        "约定的目标组织实施项目，按时报送项目执行情况和经费使用情况。",
    ]
    structure = parse("\n".join(lines) + "\n")
    article = structure.nodes[1]
    assert article.label == "第二条"
    assert [c.kind for c in article.children] == ["clause", "clause"]  # one paragraph, two sentences
    assert sentences(structure)[1:3] == [
        "第二条市科技局负责组织实施本办法，制定相关的工作细则。",
        "市财政局负责项目经费的预算管理和监督检查工作，各区科技主管部门负责本区域内的具体工作，并向市科技局报告年度执行情况。",
    ]


def test_a_line_that_ends_with_a_name_it_cites_runs_on_under_the_title():
    """Under a title, a full line that ends with a quoted notice is a sentence citing it (为深入贯彻落实《…的通知》),
    not a second title: it runs on into its wrap."""
    lines = [
        "某市河长制工作实施方案",
        "为深入贯彻落实《某省人民政府办公厅关于全面推行河长制的通知》",
        "（某政办发〔2017〕16号）文件精神，进一步促进我市水资源保护、水",
        "污染防治、水环境治理等工作全面推进，结合本市实际，制定本方案。",
        "一、总体要求",
        "全面落实河长制各项工作任务，建立健全以党政领导负责制为核心的",
        "责任体系，形成一级抓一级、层层抓落实的工作格局，确保取得实效。",
    ]
    structure = parse("\n".join(lines) + "\n")
    assert structure.title == "某市河长制工作实施方案"
    assert sentences(structure)[1] == squeeze("".join(lines[1:4]))


def test_a_rule_as_wide_as_the_page_stands_apart_from_the_text_below():
    lines = [
        "某市人民政府办公室文件",
        "某政办通〔2018〕38号",
        "━" * 30,  # the rule under a document's head, printed to the margin
        "某市人民政府办公室关于印发某市防汛抗旱应急预案的通知",
        "各区人民政府，市政府各部门、各直属机构：",
        "《某市防汛抗旱应急预案》已经市人民政府同意，现印发给你们，请认",
        "真贯彻执行。各区各部门要加强协调配合，形成工作合力，确保各项任",
        "务落到实处，切实保障人民群众生命财产安全，维护社会稳定和发展。",
        "特此通知。",
    ]
    found = sentences(parse("\n".join(lines) + "\n"))
    assert "━" * 30 in found
    assert not any(s.startswith("━") and s != "━" * 30 for s in found)
