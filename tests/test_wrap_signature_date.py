"""A notice's signature as wide as the text's lines (several issuers on one line, or one printed with its readings),
then its date: a date alone on its line is never the rest of the line above it, however near the margin that line
ends. Texts are made up, hard-wrapped as a PDF prints them (tests/wrapping.py).
"""

from __future__ import annotations

from test_structure_properties import check_invariants
from wrapping import hard_wrap

from parsers.structure import parse_structure
from scripts.wrapped_compare import hierarchy, sentences, squeeze

SIGNATURE = "甲省农业农村厅　甲省财政厅　甲省发展和改革委员会　乙局"  # 28 characters, no clause punctuation
NOTICE = (
    "甲省农业农村厅等四部门关于印发甲省农机购置与应用补贴实施方案的通知\n"
    "各设区市农业农村局、财政局、发展改革委：\n"
    "为实施好新一轮农机购置与应用补贴政策，支持广大农民群众及农业生产经营组织购置使用先进适用农业机械，"
    "推进农业机械化全程全面高质高效发展，我们制定了《甲省农机购置与应用补贴实施方案》，现予印发，请认真执行。\n"
    f"{SIGNATURE}\n"
    "2031年12月11日\n"
    "（此件主动公开）\n"
)


def parse(text: str):
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


def test_a_signature_at_the_margin_does_not_run_on_into_its_date():
    copy = "\n".join(hard_wrap(NOTICE).split("\n")[1:])  # one page, no running header
    lines = copy.split("\n")
    assert lines[lines.index(SIGNATURE) + 1] == "2031年12月11日"
    left, right = parse(NOTICE), parse(copy)
    assert squeeze(SIGNATURE) in sentences(right)
    assert sentences(right) == sentences(left)
    assert hierarchy(right) == hierarchy(left)


def test_a_sentence_cut_before_its_date_and_stop_still_runs_on():
    """A sentence the margin cut before its date (有效期至 / 2035年12月31日。): the date with its stop is the sentence's
    rest, not a signature's date."""
    body = (
        "为实施好新一轮农机购置与应用补贴政策，支持广大农民群众及农业生产经营组织购置使用先进适用农业机械，"
        "推进农业机械化全程全面高质高效发展，制定本方案。本方案自印发之日起施行，有效期至2035年12月31日。"
    )
    text = NOTICE.replace(NOTICE.split("\n")[2], body)
    copy = "\n".join(hard_wrap(text).split("\n")[1:])
    assert "2035年12月31日。" in copy.split("\n")
    left, right = parse(text), parse(copy)
    assert "本方案自印发之日起施行，有效期至2035年12月31日。" in sentences(right)
    assert sentences(right) == sentences(left)
