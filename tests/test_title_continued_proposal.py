"""A party committee's proposal for a plan wrapped before its second half (…第十五个五年规划 / 和二〇四五年远景目标的
建议): the line opening with 和 and ending with …的建议 goes on with the title, as …任务分解 / 和责任分工方案 does.
A headline ending with 建议 alone keeps its own reading.

Texts are made up; the form is that of a district's 政府信息公开 page.
"""

from parsers.structure import parse_structure

_PROPOSAL = (
    "索引号 11500103/2031-00009 发布机构 甲区发展改革委\n\n"
    "中共甲市乙区委关于制定乙区国民经济和社会发展第十五个五年规划\n\n和二〇四五年远景目标的建议\n\n"
    "(2031年12月16日中国共产党甲市乙区第十三届委员会第十二次全体会议通过)\n\n"
    "一、决胜全面建成小康社会,开启全面建设现代化新征程\n\n1.发展成就。过去五年,全区经济稳步增长。\n"
)

_NEWS = (
    "丙市公开征集2032年度立法计划项目建议\n\n来源:丙市司法局 2031-10-10\n\n"
    "为提高立法质量,丙市司法局即日起向社会公开征集2032年度立法计划项目建议。\n"
)


def test_a_proposal_wrapped_before_its_second_half_is_joined() -> None:
    assert (
        parse_structure(_PROPOSAL).title
        == "中共甲市乙区委关于制定乙区国民经济和社会发展第十五个五年规划和二〇四五年远景目标的建议"
    )


def test_a_call_for_proposals_keeps_its_headline() -> None:
    assert parse_structure(_NEWS).title == "丙市公开征集2032年度立法计划项目建议"
