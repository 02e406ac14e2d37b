"""outputs/diff_report.py: the diff as JSON and as an HTML 新旧对照表."""

from __future__ import annotations

import json

import pytest
from lxml import etree
from lxml import html as lxml_html
from test_revisions import REVISION, SEED, _seed_body, make_doc, with_mentions

from outputs.diff_report import write_diff_report
from revisions.compare import compare
from revisions.model import RevisionDiff


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    old = with_mentions(make_doc(_seed_body(SEED), "seedold"))
    new = with_mentions(make_doc(_seed_body(REVISION), "seednew"))
    diff = compare(old, new)
    out = tmp_path_factory.mktemp("out")
    json_path, html_path = write_diff_report(out, diff, old, new)
    return out, diff, json_path, html_path


def _rows(html_path):
    page = lxml_html.fromstring(html_path.read_bytes())
    return page, page.xpath('//table[@class="compare"]/tbody/tr')


def test_files_are_named_by_both_doc_ids(report):
    out, _, json_path, html_path = report
    assert json_path == out / "diffs" / "seedold__seednew.json"
    assert html_path == out / "diffs" / "seedold__seednew.html"
    assert sorted(p.name for p in (out / "diffs").iterdir()) == [
        "seedold__seednew.html",
        "seedold__seednew.json",
    ]


def test_json_is_the_revision_diff(report):
    _, diff, json_path, _ = report
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["schema_name"] == "zhengce.RevisionDiff"
    assert RevisionDiff.model_validate(data) == diff


def test_html_is_well_formed_self_contained_chinese(report):
    _, _, _, html_path = report
    raw = html_path.read_bytes()
    root = etree.fromstring(raw.split(b"\n", 1)[1])  # well-formed XML after the doctype line
    assert root.tag == "html" and root.get("lang") == "zh-CN"
    assert root.find("head/meta").get("charset") == "utf-8"
    assert root.xpath("//script") == [] and root.xpath("//link") == []
    assert not root.xpath("//*[@src]")
    assert root.xpath("//style") and "Noto Serif CJK SC" in root.xpath("string(//style)")


def test_old_text_left_new_text_right_in_new_order(report):
    _, diff, _, html_path = report
    _, rows = _rows(html_path)
    assert len(rows) == len(diff.node_changes)
    headers = [th.text_content() for th in rows[0].getparent().getparent().xpath("thead/tr/th")]
    assert headers == ["修订前（原文）", "修订后（修改后）"]
    unchanged = next(
        r for r in rows if "kind-measure" in r.get("class") and "unchanged" in r.get("class").split()
    )
    old_cell, new_cell = unchanged.xpath("td")
    assert old_cell.text_content().startswith("(十一)推动科技开放合作")
    assert new_cell.text_content().startswith("(十一)推动科技开放合作")


def test_modified_pair_shows_deletions_and_insertions(report):
    _, _, _, html_path = report
    _, rows = _rows(html_path)
    first = next(
        r for r in rows if "modified" in r.get("class").split() and "(一)科技创新" in r.text_content()
    )
    old_cell, new_cell = first.xpath("td")
    assert [d.text for d in old_cell.xpath(".//del")] == ["100", "30"]
    assert [i.text for i in new_cell.xpath(".//ins")] == ["200", "40"]
    assert old_cell.xpath(".//ins") == [] and new_cell.xpath(".//del") == []
    seventh = next(r for r in rows if "激发国有企业活力" in r.text_content())
    assert "鼓励国有企业建立技术研发人员分类评价体系" in seventh.xpath("td")[0].xpath("string(.//del[2])")


def test_added_and_removed_rows_have_one_side_empty(report):
    _, _, _, html_path = report
    _, rows = _rows(html_path)
    removed = [r for r in rows if "removed" in r.get("class").split()]
    added = [r for r in rows if "added" in r.get("class").split()]
    assert len(removed) == 1 and len(added) == 1
    old_cell, new_cell = removed[0].xpath("td")
    assert "（删除）" in old_cell.text_content() and "加强知识产权保护" in old_cell.text_content()
    assert new_cell.text_content() == "" and "empty" in new_cell.get("class")
    old_cell, new_cell = added[0].xpath("td")
    assert old_cell.text_content() == ""
    assert "（新增）" in new_cell.text_content() and "支持科技成果评价改革" in new_cell.text_content()
    # the removed (五) stays where it was: after old (四), which is now （三）
    position = rows.index(removed[0])
    assert "促进科技成果转化" in rows[position - 1].text_content()


def test_moved_and_renumbered_measures_are_labelled(report):
    _, _, _, html_path = report
    _, rows = _rows(html_path)
    badges = [b.text_content() for b in rows[0].getparent().xpath(".//span[contains(@class,'badge')]")]
    assert "移动：原(三) → 现(四)（一、 → 三、）" in badges
    assert "编号变更：原(六) → 现(五)" in badges
    assert "编号变更：原(四) → 现（三）" in badges


def test_value_change_summary_at_the_top(report):
    _, _, _, html_path = report
    page, rows = _rows(html_path)
    values = page.xpath('//table[@class="values"]/tbody/tr')
    cells = [[td.text_content() for td in tr.xpath("td")] for tr in values]
    assert ["变更", "金额", "补助/奖励", "(一)", "", "不超过100万元", "→", "不超过200万元"] in cells
    assert any(c[1] == "比例" and c[5:] == ["20%", "→", "30%"] for c in cells)
    assert any(c[0] == "新增" and c[7] == "不超过50万元" for c in cells)
    # the summary comes before the side-by-side table
    summary = page.xpath('//table[@class="values"]')[0]
    assert list(page.iter()).index(summary) < list(page.iter()).index(rows[0])


def test_text_is_escaped():
    old = make_doc("措施\n一、行动\n(一)对<b>企业</b>给予奖励&支持。", "x")
    new = make_doc("措施\n一、行动\n(一)对<b>企业</b>给予补助&支持。", "y")
    diff = compare(old, new)
    from outputs.diff_report import render_html

    page = render_html(diff, old, new)
    assert "<b>企业</b>" not in page and "&lt;b&gt;企业&lt;/b&gt;" in page
    etree.fromstring(page.split("\n", 1)[1].encode("utf-8"))
