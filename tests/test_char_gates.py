"""char_gates.StartMarks: the web marks at a line's start answer as their alternation does, gates or not."""

import re
from types import SimpleNamespace

import pytest

from parsers.structure import char_gates
from parsers.structure.char_gates import StartMarks
from parsers.structure.furniture_rules import furniture_data, rules

LINES = [
    "首页>政务公开>政策文件",  # a breadcrumb (gated: needs one of >»›→)
    "首页 > 政务公开 > 政策文件",
    "关于印发甲市X办法的通知_政策文件_甲市人民政府门户网站",  # a browser's page title (gated: needs _)
    "甲市人民政府门户网站",  # a site's name (gated: needs 网)
    "关于加强甲市人民政府门户网站",
    "甲市人民政府关于印发X办法的通知",  # a title: no mark
    "当前位置：首页",  # a word mark, in the cheap alternation
    "发布时间：2031-03-05",
    "广告位",
    "第一章 总则",
    "",
]


@pytest.mark.parametrize("line", LINES)
def test_start_marks_answer_as_their_alternation(line):
    web = furniture_data()["web"]
    marks = [p for p in [*web["header_ends"], *web["markers"]] if p.startswith("^")]
    union = re.compile("|".join(f"(?:{p})" for p in marks))
    assert rules().web_start.starts(line) == bool(union.search(line))


def test_costly_marks_are_gated_by_the_characters_they_need():
    marks = StartMarks(
        [
            r"^[^。，]{1,16}(?:\s*[>»]\s*[^。，]{1,16})+$",
            r"^(?:下载|打印)本页",
            r"^(?!.*关于)[\u4e00-\u9fff]{2,24}(?:门户网站|政府网)$",
        ]
    )
    assert [gate.pattern for gate, _ in marks._gated] == ["[>»]", "[网]"]
    assert marks.starts("首页 » 要闻")
    assert marks.starts("打印本页")
    assert marks.starts("甲市政府网")
    assert not marks.starts("关于甲市政府网")
    assert not marks.starts("甲市人民政府关于X的通知")


def _table_marks() -> list[str]:
    web = furniture_data()["web"]
    return [p for p in [*web["header_ends"], *web["markers"]] if p.startswith("^")]


@pytest.mark.parametrize("line", LINES)
def test_the_table_marks_answer_the_same_with_their_gates_disabled(line):
    plain = StartMarks(_table_marks(), gates=False)
    assert plain._gated == []
    assert plain.starts(line) == rules().web_start.starts(line)


def test_without_the_private_parser_every_mark_goes_ungated_and_answers_the_same(monkeypatch):
    monkeypatch.setattr(char_gates, "sre", None)
    marks = StartMarks(_table_marks())
    assert marks._gated == []
    assert [marks.starts(line) for line in LINES] == [rules().web_start.starts(line) for line in LINES]


def test_an_opcode_the_module_does_not_know_leaves_its_mark_ungated(monkeypatch):
    # a later parser naming a new opcode (here: BRANCH under another name) must cost the gate, never the answer: the
    # 网 the mark needs is read, but what the choice after it needs is not, so nothing of the mark is trusted
    mark = r"^(?!.*关于)[\u4e00-\u9fff]{2,24}网(?:站点|页面)$"
    assert [gate.pattern for gate, _ in StartMarks([mark])._gated] == ["[网]"]
    monkeypatch.setattr(char_gates, "C", SimpleNamespace(**{**vars(char_gates.C), "BRANCH": object()}))
    marks = StartMarks([mark])
    assert marks._gated == []
    assert marks.starts("甲市政府网站点")
    assert not marks.starts("关于甲市政府网站点")
