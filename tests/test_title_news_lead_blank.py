"""A paper's news lead may set its 讯 off from the report by a blank instead of a colon or a bracket (甲晚报讯 为了…,
乙新闻网讯　近日，…): it is a news lead all the same, and the line over it is the page's headline, also when the
report goes on to reprint the notice it tells of under the notice's own title.

Texts are made up; the layouts are those of city and county papers' pages reprinting a notice, a circular or rules.
"""

import pytest

from parsers.structure import parse_structure


@pytest.mark.parametrize(
    ("headline", "lead", "reprint"),
    [
        (
            "乙市:电动自行车不得进楼入户充电",
            "乙都市报讯 为消除火灾隐患，昨天，乙市消防救援支队会同住建、公安部门发出通告，"
            "自下月起整治电动自行车违规停放充电。",
            "关于开展电动自行车违规停放充电专项整治的通告\n"
            "为预防和减少电动自行车火灾事故，现决定在全市开展违规停放充电专项整治。\n"
            "一、整治时间为2031年6月1日至9月30日。\n"
            "二、禁止在楼道、疏散通道、安全出口停放电动自行车或为其充电。\n",
        ),
        (
            "丙县:中小学生每天校内体育活动不少于一小时",
            "丙县新闻网讯　近日，丙县教育局印发通知，要求各中小学保证学生每天在校内的体育活动时间。",
            "丙县教育局关于保障中小学生每天校内体育活动时间的通知\n"
            "各中小学校：\n"
            "一、各校每天安排学生校内体育活动不少于一小时。\n"
            "二、不得以任何理由挤占体育课和大课间活动时间。\n",
        ),
        (
            "丁区老旧小区加装电梯补贴提高到每台二十万元",
            "丁晚报讯 记者昨日从丁区住建局获悉，该区修订了老旧小区加装电梯补贴办法，补贴标准再次提高。",
            "丁区老旧小区加装电梯财政补贴实施细则\n"
            "第一条 为推进既有住宅加装电梯，改善居住条件，制定本细则。\n"
            "第二条 每台电梯补贴二十万元，由区财政在竣工验收后一次拨付。\n",
        ),
    ],
)
def test_a_lead_set_off_by_a_blank_marks_the_headline(headline: str, lead: str, reprint: str) -> None:
    text = f"{headline}\n{lead}\n{reprint}"
    assert parse_structure(text).title == headline.replace(" ", "")


@pytest.mark.parametrize(
    ("caption", "lead"),
    [
        ("新闻发布会现场", "甲新闻网讯 为推动工业强省，甲省近日出台了《实施方案》，从四个维度提出了目标。"),
        ("签约仪式现场", "乙日报讯　近日，乙省印发《行动方案》，提出到2035年工业增加值翻一番。"),
        ("本报资料图", "丙晚报讯 记者昨日获悉，丙省出台了《实施方案》，从四个维度提出了目标。"),
    ],
)
def test_a_photo_caption_under_the_headline_is_no_part_of_it(caption: str, lead: str) -> None:
    text = (
        "我省出台强工业《实施方案》从四个维度实现“强”的突破\n"
        f"{caption}\n"
        f"{lead}\n"
        "方案提出，到2025年全省规模以上工业增加值年均增长8%。\n"
        "方案明确了四个方面的重点任务。\n"
    )
    assert parse_structure(text).title == "我省出台强工业《实施方案》从四个维度实现“强”的突破"
