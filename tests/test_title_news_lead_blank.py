"""A paper's news lead may set its 讯 off from the report by a blank instead of a colon or a bracket (甲晚报讯 为了…,
乙新闻网讯　近日，…): it is a news lead all the same, and the line over it is the page's headline, also when the
report goes on to reprint the notice it tells of under the notice's own title.

Texts are made up; the layout is that of a city paper's page reprinting a notice.
"""

import pytest

from parsers.structure import parse_structure

_REPRINT = (
    "关于开展养犬管理专项整治的通知\n"
    "为加强我市养犬管理工作，保障公民健康和人身安全，现决定在全市范围内开展养犬管理专项整治工作。\n"
    "一、整治时间为2031年5月1日至10月31日。\n"
    "二、重点整治无证养犬、违规遛犬等行为。\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "甲娱乐信报讯 为了加强养犬管理，昨天，甲市公安局等四部门联合发出了关于开展养犬管理专项整治的通知。",
        "乙新闻网讯　近日，乙市公安局、乙市农业局联合发出通知，在全市开展养犬管理专项整治。",
        "丙晚报讯 记者昨日获悉，丙市四部门联合发出了开展养犬管理专项整治的通知。",
    ],
)
def test_a_lead_set_off_by_a_blank_marks_the_headline(lead: str) -> None:
    text = f"甲市:每户限养一只犬 禁养大型犬\n{lead}\n{_REPRINT}"
    assert parse_structure(text).title == "甲市:每户限养一只犬禁养大型犬"


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
