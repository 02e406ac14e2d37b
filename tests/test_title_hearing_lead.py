"""A hearing notice or a call stored without its heading, its lead the one sentence that names the draft: the title
is that draft (its stage set aside as the status).

Four forms of the lead: a hearing held on the named draft (就《X（草案）》…举行听证, 召开《X》听证会), the views asked
on it (听取社会各界对《X（草案）》的意见和建议), a lead opening with background that quotes nothing before the sentence
that puts the draft to comment (…。甲市政府拟出台《X》，现请社会各界提出修改意见), and a 公告's number alone over the
lead ((第2号)). A part's numbered heading under the lead (一、听证时间和地点) is never the title, even over a line giving
the hearing's day and hour.

Texts are made up; the forms are those of city congresses' and bureaus' hearing notices.
"""

import pytest

from parsers.structure import parse_structure

_BODY = (
    "一、听证时间和地点\n"
    "2031年5月12日9:00-12:00 甲市人大常委会机关三楼会议室\n"
    "二、听证事项\n"
    "1.条例草案规定的管理范围是否合理？\n"
    "2.对条例草案其他内容的意见和建议。\n"
    "三、报名方式\n"
    "报名时间为2031年4月20日至4月30日，联系电话：0123-4567890。\n"
)


@pytest.mark.parametrize(
    ("lead", "title", "status"),
    [
        (
            "为了提高立法质量，按照《甲市立法条例》的规定，甲市人大常委会办公室就《甲市古井保护条例（草案）》"
            "（以下简称《条例（草案）》）拟定的部分条款举行听证。现将有关事项公告如下：",
            "甲市古井保护条例",
            "草案",
        ),
        (
            "为保障公众参与，根据《重大行政决策程序暂行条例》的有关规定，甲市城市管理局拟于2031年5月12日上午"
            "在局会议室召开《甲市夜市摊点管理指导意见》听证会，广泛听取社会各界的意见和建议。现将有关事项公告如下：",
            "甲市夜市摊点管理指导意见",
            None,
        ),
        (
            "为了广泛听取社会各界对《甲市城区禁止露天烧烤条例（草案）》（以下简称条例草案）的意见和建议，"
            "增加立法透明度，甲市人大常委会定于2031年5月举行立法听证会。现将有关事项公告如下：",
            "甲市城区禁止露天烧烤条例",
            "草案",
        ),
        (
            "乡村建设事关群众切身利益。为解决我市农房建设中的突出问题，甲市人民政府拟出台《甲市农村住房建设管理办法》，"
            "现请社会各界提出修改意见或建议。征求意见截止时间为2031年5月30日。",
            "甲市农村住房建设管理办法",
            None,
        ),
    ],
    ids=["held_on_draft", "draft_hearing_convened", "views_asked_on_draft", "background_first"],
)
def test_the_lead_names_the_draft_heard(lead: str, title: str, status: str | None) -> None:
    doc = parse_structure(f"{lead}\n{_BODY}")
    assert doc.title == title
    assert doc.status == status


def test_a_number_line_over_the_lead() -> None:
    text = (
        "（第2号）\n"
        "为广泛听取社会公众的意见，根据《乙省人民政府立法工作规定》，乙省水利厅决定举行"
        "《乙省农村饮水工程管理办法（听证稿）》听证会，现将有关事项公告如下：\n" + _BODY
    )
    doc = parse_structure(text)
    assert doc.title == "乙省农村饮水工程管理办法"
    assert doc.status == "听证稿"


def test_a_lead_citing_only_names_no_title() -> None:
    # the name the lead only cites (根据《X》) is no draft put to a hearing: no title rather than the cited law
    text = (
        "为规范听证工作，根据《甲市重大行政决策听证办法》的规定，甲市交通运输局定于2031年5月12日举行听证会。"
        "现将有关事项公告如下：\n" + _BODY
    )
    doc = parse_structure(text)
    assert doc.title is None


@pytest.mark.parametrize("heading", ["一、听证时间和地点", "二、会议时间", "一、活动时间"])
def test_a_part_heading_over_a_time_is_no_headline(heading: str) -> None:
    text = (
        "为做好相关工作，现将有关事项通知如下：\n"
        f"{heading}\n"
        "2031年5月12日9:00-12:00 甲市会展中心\n"
        "二、参加人员\n各区分管负责同志。\n"
    )
    doc = parse_structure(text)
    assert doc.title != heading
