"""A call or a notice that names no issuer of its own (no signature, no header, no issuer line, no body at the head
of its title) opens on the clause of its purpose or ground and names the body that acts right after it
(为…，甲市人大常委会定于…举行听证会; 根据…，乙厅对《X》进行了修订，现公开征求意见), or opens on the body and
its act (乙省人民政府定于…召开): that body issued the text
(fixtures/field/documents.toml, written down in round 28). A body the text names otherwise — one a word points back
at (我局), a body that only leads a task of the policy (由丙局牵头, 由丁局组织实施) — issued nothing, and a
signature under the text still comes first.

Texts are made up; the wordings are those of calls, hearing notices and notices as city and provincial sites post them.
"""

import pytest

from parsers.pipeline import parse_bytes

_TAIL = "一、征求意见时间\n即日起至2031年6月30日。\n二、反馈方式\n请将意见发送至电子邮箱。\n"


def _issuer(text: str) -> str | None:
    return parse_bytes(text.encode("utf-8"), name="call.txt").issuer


@pytest.mark.parametrize(
    ("opening", "issuer"),
    [
        (
            "为广泛听取社会各界意见，甲市人大常委会定于2031年5月20日举行立法听证会，现将有关事项公告如下：",
            "甲市人大常委会",
        ),
        (
            "根据立法工作安排，乙省住房和城乡建设厅对《乙省物业管理办法》进行了修订，现公开征求意见。",
            "乙省住房和城乡建设厅",
        ),
        (
            "为进一步规范行政执法，丙市城市管理局起草了《丙市摊点管理办法（征求意见稿）》，现向社会公开征求意见。",
            "丙市城市管理局",
        ),
        ("为推进依法行政，根据有关规定，区政府组织开展规范性文件清理工作，现将清理结果公布如下：", "区政府"),
        ("为提高防空预警能力，县政府决定于3月13日组织开展防空警报试鸣活动，现将有关事宜通告如下：", "县政府"),
        ("乙省人民政府定于12月1日上午召开全省电视电话会议，会议主会场设在省政府会议室。", "乙省人民政府"),
        (
            "按照年度工作安排，丁县人民政府办公室拟编制重大行政决策目录，现向社会公开征集建议项目。",
            "丁县人民政府办公室",
        ),
        # a report's day word between the body and its act is no part of the body (titles.toml report_day_words)
        (
            "为规范托育服务，甲市卫生健康委员会近期起草了《甲市托育机构管理办法（征求意见稿）》，现向社会公开征求意见。",
            "甲市卫生健康委员会",
        ),
        ("为做好汛期准备，乙县水利局前不久决定开展河道清障工作，现将有关事项通知如下：", "乙县水利局"),
    ],
)
def test_the_body_acting_after_the_purpose_clause_issued_it(opening: str, issuer: str) -> None:
    assert _issuer(f"关于公开征求意见的公告\n{opening}\n{_TAIL}") == issuer


@pytest.mark.parametrize(
    "opening",
    [
        "为加强本市摊点管理，我局起草了《摊点管理办法（征求意见稿）》，现向社会公开征求意见。",
        "为做好清理工作，由市司法局牵头，各部门配合，对现行文件进行全面清理。",
        "为确保工作落实，由市城管局组织实施，各区政府负责辖区内的具体工作。",
    ],
)
def test_no_body_acting_after_a_purpose_clause_names_none(opening: str) -> None:
    assert _issuer(f"关于公开征求意见的公告\n{opening}\n{_TAIL}") is None


def test_the_signature_comes_before_the_acting_body() -> None:
    text = (
        "关于举行立法听证会的公告\n"
        "为广泛听取社会各界意见，甲市人大常委会定于2031年5月20日举行立法听证会，现将有关事项公告如下：\n"
        f"{_TAIL}甲市人大常委会法制工作委员会\n2031年5月1日\n"
    )
    assert _issuer(text) == "甲市人大常委会法制工作委员会"


@pytest.mark.parametrize(
    ("opening", "issuer"),
    [
        # a body after a verb of working with another is the partner of the act: the actor is named before it, or none
        (
            "为加强养犬管理，某市城市管理局在前期调研的基础上，衔接省住房和城乡建设厅对《某市养犬管理办法》进行了修订，"
            "现向社会公开征求意见。",
            None,
        ),
        (
            "为规范农机补贴管理，根据上级要求，配合某省农业农村厅对《某市农机补贴办法》进行了修订，现向社会公开征求意见。",
            None,
        ),
        (
            "为做好城区供热工作，戊县住房和城乡建设局协同县发展和改革局对《戊县供热管理办法》进行了修订，现公开征求意见。",
            "戊县住房和城乡建设局",
        ),
        (
            "为加强河道管理，根据工作安排，协助市水务局对《己市河道采砂管理规定》进行了修订，现公开征求意见。",
            None,
        ),
        # 经X决定: X decided
        (
            "为方便群众出行，经区政府决定，自2031年7月1日起变更部分公交线路走向，现将有关事项通告如下：",
            "区政府",
        ),
        (
            "经庚县人民政府研究决定，自2031年8月1日起在县城区域禁止燃放烟花爆竹，现将有关事项通告如下：",
            "庚县人民政府",
        ),
        ("为加强城市管理，经市政府同意，决定在全市开展环境整治行动，现将有关事项通告如下：", None),
    ],
)
def test_a_partner_or_a_deciding_body_is_read_as_written(opening: str, issuer: str | None) -> None:
    assert _issuer(f"关于公开征求意见的公告\n{opening}\n{_TAIL}") == issuer


@pytest.mark.parametrize(
    ("opening", "issuer"),
    [
        # 代 before a body named bare by its level: drafted on that body's behalf, by bodies the clause does not name
        (
            "为规范城区犬只管理，县公安局、县城管局等部门经多次论证，代县政府草拟了"
            "《关于加强城区犬只管理的通告（征求意见稿）》，现公开征求意见。",
            None,
        ),
        (
            "为规范农村建房，市自然资源局会同有关部门，代市政府起草了《关于规范农村建房的意见（征求意见稿）》，"
            "现公开征求意见。",
            None,
        ),
        # a place whose name holds 代 keeps its organ in full
        (
            "为规范城区犬只管理，代县人民政府草拟了《关于加强城区犬只管理的通告（征求意见稿）》，现公开征求意见。",
            "代县人民政府",
        ),
    ],
)
def test_a_body_acted_for_is_no_issuer(opening: str, issuer: str | None) -> None:
    assert _issuer(opening + "\n" + _TAIL) == issuer
