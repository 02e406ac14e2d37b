"""Round 16 (titles33): a 转发 notice whose headline ends with the one document it forwards (甲办公室转发乙厅关于X的通知,
one 的通知: the forwarded one's) and whose letter forwards exactly that name (现将乙厅《关于X的通知》…转发给你们): the
forwarded notice is the title, the headline the notice's own title. Texts are made up.
"""

from parsers.structure import parse_structure

_LETTER = (
    "\n2031-06-13 14:05来源:甲市农委   作者:未知\n\n甲农办发〔2031〕78号\n\n丙区、丁区农委:\n\n"
    "经委领导同意,现将乙部办公厅《关于开展第一批农业可持续发展示范区评估工作的通知》(乙办计〔2031〕26号)"
    "转发给你们,请认真贯彻执行。\n\n联系人:某某,联系电话: 89133285。\n\n"
    "                         甲市农业委员会\n\n                             2031年6月8日\n"
)


def test_a_forwarding_headline_gives_way_to_the_notice_it_forwards() -> None:
    doc = parse_structure(
        "甲市农业委员会办公室转发乙部办公厅关于开展第一批农业可持续发展示范区评估工作的通知\n" + _LETTER
    )
    assert doc.title == "关于开展第一批农业可持续发展示范区评估工作的通知"
    assert (
        doc.notice_title
        == "甲市农业委员会办公室转发乙部办公厅关于开展第一批农业可持续发展示范区评估工作的通知"
    )
    assert doc.status is None


def test_a_headline_that_issues_rather_than_forwards_keeps_its_title() -> None:  # guard
    text = (
        "甲市农业委员会关于开展农业示范区评估工作的通知\n\n丙区、丁区农委:\n\n"
        "现将乙部办公厅《关于开展第一批农业可持续发展示范区评估工作的通知》转发给你们,请认真贯彻执行。\n\n"
        "甲市农业委员会\n\n2031年6月8日\n"
    )
    assert parse_structure(text).title == "甲市农业委员会关于开展农业示范区评估工作的通知"
