"""outputs/diff_report.py and the report modules: the diff as JSON, as an HTML 新旧对照表 and as Word.

The seed and its hand-written revision check the basics; real amendments (统计法 2009 → 2024,
会计法 2017 → 2024, fixtures/real/revisions) check what a reader of a law's 对照表 checks: the points of
an article and its closing paragraph in document order, a cross-reference changing as a whole, unchanged
articles folded, every value change linked to its article, and the Word table's rows in order.
"""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from lxml import etree
from lxml import html as lxml_html
from test_revisions import REVISION, SEED, _seed_body, make_doc, with_mentions

from outputs.diff_report import write_diff_report
from outputs.report_html import render_html
from parsers.pipeline import parse_path
from revisions.compare import compare
from revisions.model import RevisionDiff

REAL = Path(__file__).resolve().parent.parent / "fixtures" / "real" / "revisions"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    old = with_mentions(make_doc(_seed_body(SEED), "seedold"))
    new = with_mentions(make_doc(_seed_body(REVISION), "seednew"))
    diff = compare(old, new)
    out = tmp_path_factory.mktemp("out")
    paths = write_diff_report(out, diff, old, new)
    return out, diff, paths


@pytest.fixture(scope="module")
def statistics_law(tmp_path_factory):
    old = parse_path(REAL / "tongji_fa_2009-06-27.txt")
    new = parse_path(REAL / "tongji_fa_2024-09-13.txt")
    diff = compare(old, new)
    paths = write_diff_report(tmp_path_factory.mktemp("tongji"), diff, old, new)
    return diff, paths, lxml_html.fromstring(paths.html.read_bytes())


def _rows(page):
    return page.xpath('//div[@class="compare"]//div[contains(concat(" ", @class, " "), " row ")]')


def _row(page, anchor: str):
    return page.xpath(f'//div[@id="{anchor}"]')[0]


def _classes(element) -> list[str]:
    return (element.get("class") or "").split()


def test_files_are_named_by_both_doc_ids(report):
    out, _, paths = report
    assert paths.json == out / "diffs" / "seedold__seednew.json"
    assert paths.html == out / "diffs" / "seedold__seednew.html"
    assert paths.docx == out / "diffs" / "seedold__seednew.docx"
    assert sorted(p.name for p in (out / "diffs").iterdir()) == [
        "seedold__seednew.docx",
        "seedold__seednew.html",
        "seedold__seednew.json",
    ]


def test_json_is_the_revision_diff(report):
    _, diff, paths = report
    data = json.loads(paths.json.read_text(encoding="utf-8"))
    assert data["schema_name"] == "zhengce.RevisionDiff"
    assert RevisionDiff.model_validate(data) == diff


def test_html_is_well_formed_self_contained_chinese(report):
    _, _, paths = report
    raw = paths.html.read_bytes()
    root = etree.fromstring(raw.split(b"\n", 1)[1])  # well-formed XML after the doctype line
    assert root.tag == "html" and root.get("lang") == "zh-CN"
    assert root.find("head/meta").get("charset") == "utf-8"
    assert root.xpath("//script") == [] and root.xpath("//link") == []
    assert not root.xpath("//*[@src]")
    assert root.xpath("//style") and "Noto Serif CJK SC" in root.xpath("string(//style)")
    ids = root.xpath("//@id")
    assert len(ids) == len(set(ids))  # anchors are unique


def test_old_text_left_new_text_right_and_unchanged_measures_folded(report):
    _, diff, paths = report
    page = lxml_html.fromstring(paths.html.read_bytes())
    headers = [d.text_content() for d in page.xpath('//div[@class="colhead"]/div')]
    assert headers == ["修订前（原文）", "修订后（修改后）"]
    unchanged = next(r for r in _rows(page) if "kind-measure" in _classes(r) and "unchanged" in _classes(r))
    old_cell, new_cell = unchanged.xpath("div")
    assert old_cell.text_content().startswith("(十一)推动科技开放合作")
    assert new_cell.text_content().startswith("(十一)推动科技开放合作")
    # unchanged and only renumbered measures sit in folds; every changed one is shown outright
    folded = {
        r.get("id") for r in page.xpath('//details[contains(@class,"fold")]//div[contains(@class,"row")]')
    }
    assert unchanged.get("id") in folded
    shown = [r for r in _rows(page) if r.get("id") not in folded and "kind-measure" in _classes(r)]
    assert sorted(
        next(c for c in ("modified", "moved", "added", "removed") if c in _classes(r)) for r in shown
    ) == [
        "added",
        "modified",
        "modified",
        "modified",
        "moved",
        "removed",
    ]
    fold_lines = [s.text_content() for s in page.xpath("//details/summary")]
    assert "(十一)至(十二) 未修改（2 条），点击展开" in fold_lines
    assert any(line.endswith("（十三）至（十六） 未修改（4 条，另有 3 段），点击展开") for line in fold_lines)


def test_modified_measure_shows_deletions_and_insertions(report):
    _, _, paths = report
    page = lxml_html.fromstring(paths.html.read_bytes())
    first = next(r for r in _rows(page) if "modified" in _classes(r) and "(一)科技创新" in r.text_content())
    old_cell, new_cell = first.xpath("div")
    assert [d.text for d in old_cell.xpath(".//del")] == ["100", "30"]
    assert [i.text for i in new_cell.xpath(".//ins")] == ["200", "40"]
    assert old_cell.xpath(".//ins") == [] and new_cell.xpath(".//del") == []


def test_added_and_removed_rows_have_one_side_empty(report):
    _, _, paths = report
    page = lxml_html.fromstring(paths.html.read_bytes())
    removed = [r for r in _rows(page) if "removed" in _classes(r)]
    added = [r for r in _rows(page) if "added" in _classes(r)]
    assert len(removed) == 1 and len(added) == 1
    old_cell, new_cell = removed[0].xpath("div")
    assert "（删除）" in old_cell.text_content() and "加强知识产权保护" in old_cell.text_content()
    assert new_cell.text_content() == "" and "empty" in _classes(new_cell)
    old_cell, new_cell = added[0].xpath("div")
    assert old_cell.text_content() == ""
    assert "（新增）" in new_cell.text_content() and "支持科技成果评价改革" in new_cell.text_content()
    # the removed (五) stays where it was: right after old (四), which is now （三）
    rows = _rows(page)
    assert "促进科技成果转化" in rows[rows.index(removed[0]) - 1].text_content()


def test_moved_and_renumbered_measures_are_labelled(report):
    _, _, paths = report
    page = lxml_html.fromstring(paths.html.read_bytes())
    badges = [b.text_content() for b in page.xpath("//span[contains(@class,'badge')]")]
    assert "移动：原(三) → 现(四)（一、 → 三、）" in badges
    assert "原(六) → 现(五)" in badges
    assert "原(四) → 现（三）" in badges


def test_counts_are_of_measures_only_not_the_notice_or_title(report):
    _, diff, paths = report
    page = lxml_html.fromstring(paths.html.read_bytes())
    chips = {
        c.text_content().rstrip("0123456789"): int("".join(ch for ch in c.text_content() if ch.isdigit()))
        for c in page.xpath('//div[@class="counts"]/span')
    }
    # the notice and title changed (征求意见稿 -> 修订稿) but are not measures
    assert (chips["修改"], chips["新增"], chips["删除"], chips["移动"]) == (3, 1, 1, 1)
    assert diff.summary.nodes["modified"] == 3
    assert sum(diff.summary.nodes.values()) == 17  # 16 old measures and the added one, paired or not


def test_value_changes_at_the_top_link_to_their_measure(report):
    _, _, paths = report
    page = lxml_html.fromstring(paths.html.read_bytes())
    values = page.xpath('//table[@class="values"]/tbody/tr')
    cells = [[td.text_content() for td in tr.xpath("td")] for tr in values]
    assert ["变更", "金额", "补助/奖励", "(一)", "企业", "不超过100万元", "→", "不超过200万元"] in cells
    assert any(c[1] == "比例" and c[5:] == ["20%", "→", "30%"] for c in cells)
    raised = next(tr for tr in values if "不超过200万元" in tr.text_content())
    target = raised.xpath(".//a/@href")[0].lstrip("#")
    assert "不超过200万元" in _row(page, target).text_content()
    summary = page.xpath('//table[@class="values"]')[0]
    assert list(page.iter()).index(summary) < list(page.iter()).index(_rows(page)[0])


def test_header_says_which_versions_from_the_documents(statistics_law):
    old, new = parse_path(SEED), parse_path(REVISION)
    page = lxml_html.fromstring(render_html(compare(old, new), old, new).encode("utf-8"))
    assert page.xpath('string(//p[@class="subtitle"])') == "征求意见稿 → 修订稿"
    _, _, law = statistics_law
    meta = {
        tr.xpath("string(th)"): [td.text_content() for td in tr.xpath("td")]
        for tr in law.xpath('//table[@class="meta"]/tbody/tr')
    }
    assert meta["稿次"] == ["2009年6月27日 修订", "2024年9月13日 第二次修正"]
    assert meta["日期"] == ["2009-06-27", "2024-09-13"]


def test_an_article_shows_its_points_then_its_closing_paragraph(statistics_law):
    diff, _, page = statistics_law
    # new 第四十条: lead-in, points （一）…（五）, then the closing paragraph on 打击报复
    change = next(c for c in diff.node_changes if c.new_label == "第四十条")
    row = _row(page, f"u-{change.new_node_id}")
    text = row.xpath("div")[1].text_content()
    positions = [
        text.index(part)
        for part in ("有下列行为之一的", "（一）", "（三）", "（五）", "打击报复的，依照前款规定")
    ]
    assert positions == sorted(positions)
    # and the old article's points, in their order, on the left
    old_text = row.xpath("div")[0].text_content()
    assert old_text.index("（一）") < old_text.index("（三）") < old_text.index("（四）")


def test_a_cross_reference_changes_as_a_whole(statistics_law):
    diff, _, page = statistics_law
    change = next(c for c in diff.node_changes if c.old_label == "第十四条" and c.new_label == "第十六条")
    row = _row(page, f"u-{change.new_node_id}")
    assert [d.text for d in row.xpath(".//del")] == ["第十二条"]
    assert [i.text for i in row.xpath(".//ins")] == ["第十四条"]


def test_table_of_contents_links_every_chapter_and_changed_article(statistics_law):
    diff, _, page = statistics_law
    links = page.xpath("//nav[@class='toc']//a/@href")
    anchors = set(page.xpath("//@id"))
    assert links and all(link.lstrip("#") in anchors for link in links)
    chapters = [a.text_content() for a in page.xpath("//nav[@class='toc']/ol/li/a[1]")]
    assert [c.replace(" ", "") for c in chapters[:2]] == ["第一章总则", "第二章统计调查管理"]
    assert len(chapters) == 7
    changed_articles = {
        c.new_label for c in diff.node_changes if c.kind == "article" and c.change in ("modified", "added")
    }
    assert changed_articles <= {
        a.text_content() for a in page.xpath("//nav[@class='toc']//span[@class='units']/a")
    }


def test_fines_raised_are_paired_by_person_and_linked(statistics_law):
    diff, _, page = statistics_law
    fines = [(v.person, v.old_surface, v.new_surface) for v in diff.value_changes if v.change == "changed"]
    assert ("单位", "五万元以下", "十万元以下") in fines
    assert ("单位", "五万元以上二十万元以下", "十万元以上五十万元以下") in fines
    assert ("单位", "一万元以下", "五万元以下") in fines
    for link in page.xpath('//table[@class="values"]//a/@href'):
        assert page.xpath(f'//*[@id="{link.lstrip("#")}"]')


def test_word_table_has_the_changed_articles_in_order_with_marks(statistics_law):
    diff, paths, _ = statistics_law
    word = docx.Document(str(paths.docx))
    assert "《" in word.paragraphs[0].text and "对照表" in word.paragraphs[0].text
    table = word.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["原条文", "修改后条文"]
    firsts = [(row.cells[0].text.split(" ")[0], row.cells[1].text.split(" ")[0]) for row in table.rows[1:]]
    articles = [(o, n) for o, n in firsts if o.endswith("条") or n.endswith("条")]
    assert articles[:4] == [
        ("第一条", "第一条"),
        ("第三条", "第三条"),
        ("第五条", "第五条"),
        ("（新增）", "第六条"),
    ]
    assert ("第十四条", "第十六条") in articles and ("第四十七条", "第五十条") in articles
    new_order = [n for _, n in articles if n != "（删除）"]
    numbers = [
        next(c.new_label for c in diff.node_changes if c.new_label == label and c.kind == "article")
        for label in new_order
    ]
    assert numbers == new_order  # every row names a real article, in the new law's order
    assert ("第二章 统计调查管理", "第二章 统计调查管理") in [
        (r.cells[0].text, r.cells[1].text) for r in table.rows
    ]
    row = next(r for r in table.rows if r.cells[1].text.startswith("第十六条"))
    struck = [run.text for p in row.cells[0].paragraphs for run in p.runs if run.font.strike]
    underlined = [run.text for p in row.cells[1].paragraphs for run in p.runs if run.font.underline]
    assert struck == ["第十二条"] and underlined == ["第十四条"]
    header_properties = table.rows[0]._tr.trPr
    assert header_properties is not None and "tblHeader" in header_properties.xml


def test_a_page_break_or_a_control_character_does_not_stop_the_word_table(tmp_path):
    """PDF text has a page break (\\f) between pages: Word's XML has no place for it, nor for the other
    C0 controls; the 对照表 is still written, the break as a new paragraph, a control as a space."""
    old = make_doc("措施\n一、行动\n(一)对企业给予奖励，\f最高100万元。", "x")
    new = make_doc("措施\n一、行动\n(一)对企业给予补助，\f最高200万元\x01。", "y")
    diff = compare(old, new)
    paths = write_diff_report(tmp_path, diff, old, new)
    table = docx.Document(str(paths.docx)).tables[0]
    new_cell = [p.text for p in table.rows[-1].cells[1].paragraphs]
    assert new_cell[-2:] == ["(一)对企业给予补助，", "最高200万元 。"]
    assert "\f" not in "".join(new_cell)


def test_text_is_escaped():
    old = make_doc("措施\n一、行动\n(一)对<b>企业</b>给予奖励&支持。", "x")
    new = make_doc("措施\n一、行动\n(一)对<b>企业</b>给予补助&支持。", "y")
    diff = compare(old, new)
    page = render_html(diff, old, new)
    assert "<b>企业</b>" not in page and "&lt;b&gt;企业&lt;/b&gt;" in page
    etree.fromstring(page.split("\n", 1)[1].encode("utf-8"))


def test_every_role_has_a_chinese_name_and_a_changed_basis_shows_it():
    from typing import get_args

    from outputs.report_names import ROLE_NAMES
    from parsers.model import MoneyRole, RatioRole
    from parsers.pipeline import parse_bytes

    for role in set(get_args(MoneyRole)) | set(get_args(RatioRole)):
        assert ROLE_NAMES.get(role, "").strip() and ROLE_NAMES[role] != role, role
    head = "关于支持产业发展的若干措施\n一、支持扩大投资\n"
    old = parse_bytes(f"{head}对年度设备投资每增加3000万元的企业，给予100万元补助。\n".encode(), "old.txt")
    new = parse_bytes(f"{head}对年度设备投资每增加2000万元的企业，给予100万元补助。\n".encode(), "new.txt")
    diff = compare(old, new)
    assert [(v.role, v.old_surface, v.new_surface) for v in diff.value_changes] == [
        ("basis", "3000万元", "2000万元")
    ]
    page = lxml_html.fromstring(render_html(diff, old, new))
    cells = [td.text_content() for td in page.xpath('//table[@class="values"]//tbody/tr/td')]
    assert "计算基数" in cells and "basis" not in cells
