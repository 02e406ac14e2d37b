"""A page's record line right over the document's heading is no first line of a wrapped title: a field written without
its colon (主题词 X, 【有效性】有效, 【发布单位】… 【发布文号】…), a day of posting or printing (…2031年5月6日印发 |,
时间: 2031-05-06 来源: …), a site's note that it holds the full text (…最新版全文, 《X》…(2031年修订版全文)). When the
line under it is a whole title by itself, that line is the title, without the record. A title wrapped after its
first words (关于印发甲市2031年 / …实施方案的通知) is still joined: a year is no day.

Texts are made up; the layouts are those of government sites' metadata tables and law databases.
"""

import pytest

from parsers.structure import parse_structure
from parsers.structure.record_line import is_record_line, record_over_title

BODY = (
    "为加强河湖管理保护，结合本镇实际，制定本方案。\n"
    "一、总体要求\n"
    "坚持生态优先、绿色发展。\n"
    "二、主要任务\n"
    "（一）开展河湖清理行动。\n"
)


@pytest.mark.parametrize(
    ("record", "title"),
    [
        ("主题词 农业、畜牧", "丙镇推进高标准农田建设的实施方案"),
        ("【时 效 性】现行有效", "丁市城市道路挖掘管理办法"),
        (
            "【发布单位】戊省人民政府 【发布文号】第7号 【发布日期】2031-09-30 【效力级别】地方政府规章",
            "戊省行政执法公示办法",
        ),
        ("己区人民政府乙街道党政办公室 2031年5月6日印发 |", "乙街道地质灾害防治专项应急预案（2031年版）"),
        (
            "《庚市规划》时间: 2031-04-09 信息来源:庚市人民政府 编辑:王五",
            "庚市城镇体系规划（2031-2045年）",
        ),
        ("2031年辛市养犬管理条例最新版全文", "辛市养犬管理条例"),
        ("《壬市殡葬管理办法》市政府令第8号(2031年修订版全文)", "壬市殡葬管理办法"),
    ],
)
def test_the_heading_under_a_record_line_is_the_title(record: str, title: str) -> None:
    text = f"{record}\n{title}\n{BODY}"
    assert parse_structure(text).title == title


def test_a_title_wrapped_after_a_year_is_still_one_title() -> None:
    text = (
        "甲市人民政府关于印发甲市2031年\n民生实事项目实施方案的通知\n各区人民政府：\n现将方案印发给你们。\n"
    )
    assert parse_structure(text).notice_title == "甲市人民政府关于印发甲市2031年民生实事项目实施方案的通知"


@pytest.mark.parametrize(
    ("upper", "record"),
    [
        ("主题词 农业、畜牧", True),
        ("【生效日期】2031-04-01", True),
        ("发布时间 2031-04-01 09:30", True),
        ("丁市城市道路挖掘管理办法全文", True),  # the site's label of the page, over the heading it prints
        ("丁市城市道路挖掘管理办法", False),
        ("甲市人民政府关于印发甲市2031年", False),
        ("【要闻】", False),
    ],
)
def test_record_lines(upper: str, record: bool) -> None:
    assert is_record_line(upper) is record


def test_a_record_over_a_broken_name_is_not_read_as_over_a_title() -> None:
    assert not record_over_title("主题词 农业、畜牧", "关于印发《丙镇推进")  # the name is left open below
