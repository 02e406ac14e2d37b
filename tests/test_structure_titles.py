"""Titles: the document's own title, joined across lines, its status apart, the covering notice's title kept.

The field corpus's dev documents (fixtures/field, annotated by reading them before any rule was written)
are checked one by one; the held-out documents are never opened here. The cases after them are the classes
of lines that are never a title, and of notices that issue one document or several.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from test_structure_properties import check_invariants

from parsers.pipeline import choose_title, parse_path
from parsers.structure import Structure, covering_title, parse_structure

ROOT = Path(__file__).resolve().parent.parent


def _scorer():
    spec = importlib.util.spec_from_file_location(
        "zhengce_eval_documents", ROOT / "scripts" / "eval_documents.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


scorer = _scorer()
DEV = [a for a in scorer.load_annotations() if a.split == "dev"]


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


@pytest.mark.parametrize("gold", DEV, ids=lambda a: Path(a.file).name)
def test_dev_document_title_status_and_notice_title(gold):
    doc = parse_path(scorer.FIELD_DIR / gold.file)
    got = (scorer.normalise(doc.title), scorer.normalise(doc.status), scorer.normalise(doc.notice_title))
    want = (scorer.normalise(gold.title), scorer.normalise(gold.status), scorer.normalise(gold.notice_title))
    assert got == want


# ---------------------------------------------------------------- never a title

BODY = "各有关单位：\n为加快发展，制定本办法。\n第一条 本办法适用于本市。\n"


@pytest.mark.parametrize(
    "line",
    [
        "湘政办发〔2009〕24号",
        "（X政发〔2025〕14号）",
        "X政办函〔2024〕66号",
        "政府令〔2010〕第15号",
        "第三十七号",
        "湖南省人民政府办公厅文件",
        "X省财政厅 X省科技厅",
        "中共庄浪县委办公室 庄浪县人民政府办公室",
        "2024年12月20日",
        "二OO六年二月二十日",
        "目　　录",
        "3.2应急报告……………………9",
        "您的位置: 首页 » 法律资料网 » 法律法规 »",
        "索引号: 1134160073302996XP/202501-00038",
        "— 3 —",
        "第3页 共9页",
        "（此件公开发布）",
    ],
)
def test_a_line_that_is_never_a_title(line):
    structure = parse(f"{line}\n{BODY}")
    assert structure.title is None
    assert structure.status is None


def test_a_metadata_table_without_colons_is_never_a_title():
    text = (
        "索引号 002482242/2011-37736 发布机构 浙江省住房和城乡建设厅\n公开方式 主动公开 公开范围 面向全社会\n"
        "文  号 yjya_20111027001 有 效 性\n统一编号\n浙江省特种设备事故应急预案\n"
        "发布时间: 2011-10-21 11:17 信息来源:省建设厅 浏览次数:\n一、 总则\n1.1 编制目的\n有效预防事故。\n"
    )
    structure = parse(text)
    assert structure.title == "浙江省特种设备事故应急预案"
    assert len(structure.furniture) == 5


@pytest.mark.parametrize(
    "text, title, notice_title",
    [
        pytest.param(
            "荥阳市人民政府办公室\n关于印发荥阳市气象灾害应急预案的\n通 知\n荥政办〔2015〕67号\n"
            "各乡镇人民政府，各有关单位：\n《荥阳市气象灾害应急预案》已经市人民政府同意，现印发给你们。\n"
            "荥阳市人民政府办公室\n2015年11月16日\n荥阳市气象灾害应急预案\n1 总则\n1.1 编制目的\n建立机制。\n"
            "1.2 编制依据\n依据有关法律。\n",
            "荥阳市气象灾害应急预案",
            "荥阳市人民政府办公室关于印发荥阳市气象灾害应急预案的通知",
            id="notice title over three lines, its kind spaced (通 知)",
        ),
        pytest.param(
            "政府文件 - 兴政办发\n兴城市人民政府办公室关于印发兴城市突发水污染事件应急预案的通知\n兴政办发〔2017〕58号\n"
            "各乡、镇人民政府：\n经市政府同意，现将《兴城市突发水污染事件应急预案》印发给你们。\n"
            "兴城市人民政府办公室\n2017年11月16日\n兴城市突发水污染事件应急预案\n一、总则\n",
            "兴城市突发水污染事件应急预案",
            "兴城市人民政府办公室关于印发兴城市突发水污染事件应急预案的通知",
            id="a page title above the notice title is not its first line",
        ),
    ],
)
def test_the_notice_title_as_the_text_gives_it(text, title, notice_title):
    structure = parse(text)
    assert (structure.title, structure.notice_title) == (title, notice_title)


def test_a_page_that_gives_the_policy_title_first_and_the_notice_title_below():
    text = (
        "梅州市社会养老保险市级统筹实施办法\n广东省梅州市人民政府\n印发梅州市社会养老保险市级统筹实施办法的通知\n"
        "梅市府〔2004〕18号\n各县(市、区)人民政府:\n现将《梅州市社会养老保险市级统筹实施办法》印发给你们,请认真贯彻执行。\n"
        "梅州市人民政府\n二○○四年四月三十日\n梅州市社会养老保险市级统筹实施办法\n为进一步完善社会保障体系,制定本办法。\n一、统筹的范围\n"
    )
    structure = parse(text)
    assert structure.title == "梅州市社会养老保险市级统筹实施办法"
    assert structure.notice_title == "印发梅州市社会养老保险市级统筹实施办法的通知"
    assert [n.kind for n in structure.nodes] == ["notice", "title", "preamble", "action"]


@pytest.mark.parametrize("heading", ["总体要求", "保障措施", "主要任务"])
def test_a_fragment_that_opens_with_a_section_heading_has_no_title(heading):
    structure = parse(f"{heading}\n各地要加强组织领导，确保各项措施落到实处。\n")
    assert structure.title is None


def test_an_addressee_line_begins_the_body_so_a_fragment_has_no_title():
    structure = parse("各区、县（市）人民政府，市政府各部门：\n现将有关事项通知如下。\n一、加强领导\n")
    assert structure.title is None


def test_a_title_after_furniture_and_a_document_number():
    text = (
        "湖南省人民政府办公厅文件\n湘政办发〔2009〕24号\n湖南省人民政府办公厅关于加强普通高等学校\n毕业生就业工作的通知\n"
        + BODY
    )
    structure = parse(text)
    assert structure.title == "湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知"
    assert structure.notice_title is None  # a notice that issues nothing is its own title


# ---------------------------------------------------------------- covering notices

ONE = (
    "某市人民政府办公厅关于印发某市\n促进科技成果转化实施办法的通知\n某政办发〔2025〕3号\n"
    "各区人民政府，市政府各部门：\n现将《某市促进科技成果转化实施办法（试行）》印发给你们，请认真贯彻执行。\n"
    "某市人民政府办公厅\n2025年1月10日\n"
    "某市促进科技成果转化实施办法\n（试行）\n第一条 为促进科技成果转化，制定本办法。\n"
)


def test_a_notice_issuing_one_policy_gives_the_policy_title_and_keeps_its_own():
    structure = parse(ONE)
    assert (structure.title, structure.status) == ("某市促进科技成果转化实施办法", "试行")
    assert structure.notice_title == "某市人民政府办公厅关于印发某市促进科技成果转化实施办法的通知"
    assert [n.kind for n in structure.nodes] == ["notice", "title", "article"]
    assert structure.nodes[1].text == "某市促进科技成果转化实施办法\n（试行）\n"


def test_a_notice_issuing_several_policies_is_the_title():
    text = ONE.replace(
        "关于印发某市\n促进科技成果转化实施办法的通知", "关于印发《某市科技计划管理办法》等三项制度的通知"
    )
    structure = parse(text)
    assert structure.title == "某市人民政府办公厅关于印发《某市科技计划管理办法》等三项制度的通知"
    assert structure.notice_title is None


def test_the_title_named_only_in_the_notice_when_the_policy_is_not_in_the_text():
    text = "某市人民政府关于印发某市2025年重点工作任务分解的通知\n各区人民政府：\n现将有关任务印发给你们。\n一、强化责任。\n"
    structure = parse(text)
    assert structure.title == "某市2025年重点工作任务分解"
    assert structure.notice_title == "某市人民政府关于印发某市2025年重点工作任务分解的通知"
    assert [n.kind for n in structure.nodes] == ["notice"]  # the notice's own 一、 is no part of the policy


def test_the_title_after_a_covering_notice_that_has_no_title_of_its_own():
    text = (
        "各县市区人民政府，市直机关各单位：\n《关于优化企业奖补投入的实施意见（试行）》已经市人民政府同意，现印发给你们。\n"
        "某市人民政府办公室\n2021年9月2日\n关于优化企业奖补投入的实施意见\n（试行）\n为深入贯彻落实，制定本意见。\n一、总体目标\n"
    )
    structure = parse(text)
    assert (structure.title, structure.status, structure.notice_title) == (
        "关于优化企业奖补投入的实施意见",
        "试行",
        None,
    )


def test_a_call_for_comments_on_one_draft():
    text = (
        "关于公开征求《某市数据条例（草案征求意见稿）》意见的公告\n为提高立法质量，现将《某市数据条例（草案征求意见稿）》"
        "全文公布，征求社会各界意见。\n某市司法局\n2025年2月1日\n某市数据条例\n（草案征求意见稿）\n第一章 总则\n"
    )
    structure = parse(text)
    # the stage as the text says it (round 3: only 公开 before 征求意见稿 is dropped)
    assert (structure.title, structure.status) == ("某市数据条例", "草案征求意见稿")
    assert structure.notice_title == "关于公开征求《某市数据条例（草案征求意见稿）》意见的公告"


def test_a_flattened_cover_page_gives_the_title_at_its_head():
    line = "怀柔区防汛应急预案(试行)怀柔区人民政府防汛抗旱应急指挥部二○○六年五月目录1总则" + "·" * 60 + "3"
    structure = parse(line)
    assert (structure.title, structure.status) == ("怀柔区防汛应急预案", "试行")


# ---------------------------------------------------------------- metadata titles (pages, .docx)


def test_a_metadata_title_that_covers_one_policy_gives_the_policy():
    read = covering_title("某省财政厅关于印发《某省就业专项资金管理办法》的通知")
    assert (read.title, read.notice_title) == (
        "某省就业专项资金管理办法",
        "某省财政厅关于印发《某省就业专项资金管理办法》的通知",
    )


def test_the_text_title_wins_over_the_metadata_title_and_borrows_its_notice_title():
    structure = parse("某省就业专项资金管理办法\n第一章 总则\n第一条 为加强管理，制定本办法。\n")
    title, status, notice_title = choose_title(
        structure, "某省财政厅关于印发《某省就业专项资金管理办法》的通知"
    )
    assert (title, status, notice_title) == (
        "某省就业专项资金管理办法",
        None,
        "某省财政厅关于印发《某省就业专项资金管理办法》的通知",
    )


def test_a_metadata_title_is_used_when_the_text_has_none():
    structure = parse("为加强管理，制定本办法。\n第一条 本办法适用于本省。\n")
    assert choose_title(structure, "某省科技计划管理办法（征求意见稿）") == (
        "某省科技计划管理办法",
        "征求意见稿",
        None,
    )
