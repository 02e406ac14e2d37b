"""OUT/diffs/<old_doc_id>__<new_doc_id>.json and .html: a comparison as data and as a 新旧对照表.

The HTML follows the side-by-side tables Chinese legislatures publish with a revision:
old text left (修订前), new text right (修订后), one row per article/measure in the new
document's order, removed ones where they stood; deletions struck through, insertions
underlined, moved and renumbered ones labelled, added and removed ones with the other
side empty. It is one self-contained file: inline CSS, no scripts, no external assets,
and well-formed XML (so it can be checked with an XML parser). Both files are written
to a temporary name and renamed into place.
"""

from __future__ import annotations

import os
import re
from datetime import datetime
from html import escape
from pathlib import Path

from parsers.model import Document
from revisions.model import NodeChange, RevisionDiff, TextOp, ValueChange

DIFFS_DIR = "diffs"

CHANGE_NAMES = {
    "modified": "修改",
    "moved": "移动",
    "renumbered": "编号变更",
    "added": "新增",
    "removed": "删除",
    "unchanged": "未变",
}
FIELD_NAMES = {"money": "金额", "ratio": "比例", "target": "目标"}
ROLE_NAMES = {
    "subsidy": "补助/奖励",
    "subsidy_rate": "补助比例",
    "threshold": "门槛",
    "penalty": "罚款",
    "target": "目标",
    "other": "其他",
}
VALUE_CHANGE_NAMES = {"changed": "变更", "added": "新增", "removed": "删除"}
HEADING_KINDS = {"chapter", "section", "action", "title"}

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

CSS = """
:root { --ink:#1f2328; --muted:#6e7781; --line:#d0d7de; --del-bg:#ffebe9; --del:#a40e26;
        --ins-bg:#dafbe1; --ins:#116329; --head:#f6f8fa; --badge:#0550ae; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1320px; padding: 24px 28px 48px; color: var(--ink); background: #fff;
       font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", "STSong", serif;
       font-size: 16px; line-height: 1.75; }
h1, h2, th, .meta, .badge, .counts, .legend, caption { font-family: "Noto Sans CJK SC", "Source Han Sans SC",
       "PingFang SC", "Microsoft YaHei", "Hiragino Sans GB", "WenQuanYi Micro Hei", sans-serif; }
h1 { font-size: 26px; text-align: center; margin: 8px 0 4px; letter-spacing: 0.05em; }
.subtitle { text-align: center; color: var(--muted); margin: 0 0 20px; }
h2 { font-size: 19px; margin: 28px 0 10px; padding-left: 10px; border-left: 4px solid var(--badge); }
table { border-collapse: collapse; width: 100%; }
table.meta { font-size: 14px; margin-bottom: 16px; }
table.meta th, table.meta td { border: 1px solid var(--line); padding: 6px 10px; text-align: left; vertical-align: top; }
table.meta th { background: var(--head); width: 8em; font-weight: 600; }
table.meta td { width: 46%; word-break: break-all; }
.counts { display: flex; flex-wrap: wrap; gap: 8px; margin: 10px 0 6px; font-size: 14px; }
.count { border: 1px solid var(--line); border-radius: 6px; padding: 4px 12px; background: var(--head); }
.count b { font-size: 17px; margin-left: 6px; }
.count.c-modified b { color: #9a6700; } .count.c-added b { color: var(--ins); }
.count.c-removed b { color: var(--del); } .count.c-moved b, .count.c-renumbered b { color: var(--badge); }
table.values { font-size: 14.5px; }
table.values th, table.values td { border: 1px solid var(--line); padding: 6px 10px; vertical-align: top; }
table.values th { background: var(--head); text-align: left; }
table.values td.arrow { text-align: center; color: var(--muted); width: 2em; }
table.values .old { color: var(--del); } table.values .new { color: var(--ins); font-weight: 600; }
p.none { color: var(--muted); }
table.compare { table-layout: fixed; margin-top: 6px; }
table.compare col.side { width: 50%; }
table.compare thead th { position: sticky; top: 0; z-index: 1; background: #eaeef2; border: 1px solid var(--line);
       padding: 8px 12px; font-size: 16px; text-align: center; }
table.compare td { border: 1px solid var(--line); padding: 8px 12px; vertical-align: top; white-space: pre-wrap;
       word-break: break-all; overflow-wrap: anywhere; }
tr.heading td { background: var(--head); font-weight: 700; }
tr.unchanged td { color: #57606a; }
tr.added td.new { background: #f3fbf5; } tr.removed td.old { background: #fff6f5; }
td.empty { background: repeating-linear-gradient(135deg, #fafbfc, #fafbfc 6px, #f3f4f6 6px, #f3f4f6 12px); }
del { background: var(--del-bg); color: var(--del); text-decoration: line-through; text-decoration-thickness: 1.5px; }
ins { background: var(--ins-bg); color: var(--ins); text-decoration: underline; text-underline-offset: 3px;
      font-weight: 700; }
.label { font-weight: 700; }
.badge { display: inline-block; font-size: 12px; line-height: 1.4; padding: 1px 8px; margin: 0 6px 4px 0;
         border-radius: 10px; border: 1px solid currentColor; color: var(--badge); white-space: nowrap;
         font-weight: 500; vertical-align: 2px; }
.badge.added { color: var(--ins); } .badge.removed { color: var(--del); } .badge.modified { color: #9a6700; }
.badge.note { color: var(--muted); }
.legend { font-size: 13px; color: var(--muted); margin: 4px 0 0; }
.legend del, .legend ins { padding: 0 3px; }
footer { margin-top: 28px; font-size: 12px; color: var(--muted); text-align: center; }
@media print { thead th { position: static; } body { max-width: none; } }
"""


def _text(value: object) -> str:
    """Escaped text, safe in HTML and XML alike."""
    return escape(_XML_INVALID.sub("", "" if value is None else str(value)), quote=True)


def diff_paths(out: str | Path, diff: RevisionDiff) -> tuple[Path, Path]:
    stem = f"{diff.old_doc_id}__{diff.new_doc_id}"
    folder = Path(out) / DIFFS_DIR
    return folder / f"{stem}.json", folder / f"{stem}.html"


def _write_atomic(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(temp, "w", encoding="utf-8") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "—"


def _ops_html(ops: list[TextOp], side: str) -> str:
    parts = []
    for op in ops:
        if op.op == "equal":
            parts.append(_text(op.old if side == "old" else op.new))
        elif side == "old" and op.op in ("delete", "replace"):
            parts.append(f"<del>{_text(op.old)}</del>")
        elif side == "new" and op.op in ("insert", "replace"):
            parts.append(f"<ins>{_text(op.new)}</ins>")
    return "".join(parts)


def _plain_html(text: str | None, label: str | None) -> str:
    """A unit's text with its label in bold."""
    text = text or ""
    if label and text.startswith(label):
        return f'<span class="label">{_text(label)}</span>{_text(text[len(label) :])}'
    return _text(text)


def _badges(change: NodeChange) -> str:
    badges = []
    old_label, new_label = change.old_label or "", change.new_label or ""
    if change.change == "added":
        badges.append('<span class="badge added">（新增）</span>')
    elif change.change == "removed":
        badges.append('<span class="badge removed">（删除）</span>')
    else:
        if change.change == "modified":
            badges.append('<span class="badge modified">修改</span>')
        if change.moved:
            where = ""
            if change.old_parent_label != change.new_parent_label and (
                change.old_parent_label or change.new_parent_label
            ):
                where = (
                    f"（{_text(change.old_parent_label or '—')} → {_text(change.new_parent_label or '—')}）"
                )
            badges.append(
                f'<span class="badge moved">移动：原{_text(old_label)} → 现{_text(new_label)}{where}</span>'
            )
        elif change.renumbered:
            badges.append(
                f'<span class="badge renumbered">编号变更：原{_text(old_label)} → 现{_text(new_label)}</span>'
            )
    if change.note:
        badges.append(f'<span class="badge note">{_text(change.note)}</span>')
    return "".join(badges)


def _compare_row(change: NodeChange) -> str:
    classes = [change.change, f"kind-{change.kind}"]
    if change.kind in HEADING_KINDS:
        classes.append("heading")
    badges = _badges(change)
    if change.change == "modified":
        old_html = _ops_html(change.ops, "old")
        new_html = _ops_html(change.ops, "new")
    else:
        old_html = _plain_html(change.old_text, change.old_label)
        new_html = _plain_html(change.new_text, change.new_label)
    if change.change == "removed":
        old_cell = f'<td class="old">{badges}{old_html}</td>'
        new_cell = '<td class="new empty"></td>'
    elif change.change == "added":
        old_cell = '<td class="old empty"></td>'
        new_cell = f'<td class="new">{badges}{new_html}</td>'
    else:
        old_cell = f'<td class="old">{old_html}</td>'
        new_cell = f'<td class="new">{badges}{new_html}</td>'
    return f'<tr class="{" ".join(classes)}">{old_cell}{new_cell}</tr>'


def _place(value: ValueChange) -> str:
    old, new = value.old_unit_label, value.new_unit_label
    if old and new and old != new:
        return f"原{old} → 现{new}"
    return old or new or "—"


def _subject(value: ValueChange) -> str:
    return value.metric or value.recipient or value.instrument or ""


def _values_table(values: list[ValueChange]) -> str:
    if not values:
        return '<p class="none">两稿之间没有金额、比例或目标数值的变化。</p>'
    rows = []
    for value in values:
        rows.append(
            "<tr>"
            f"<td>{_text(VALUE_CHANGE_NAMES.get(value.change, value.change))}</td>"
            f"<td>{_text(FIELD_NAMES.get(value.field, value.field))}</td>"
            f"<td>{_text(ROLE_NAMES.get(value.role or '', value.role or '—'))}</td>"
            f"<td>{_text(_place(value))}</td>"
            f"<td>{_text(_subject(value))}</td>"
            f'<td class="old">{_text(value.old_surface or "—")}</td>'
            '<td class="arrow">→</td>'
            f'<td class="new">{_text(value.new_surface or "—")}</td>'
            "</tr>"
        )
    head = (
        "<thead><tr><th>变化</th><th>类型</th><th>角色</th><th>所在条款</th><th>对象/指标</th>"
        "<th>修订前</th><th></th><th>修订后</th></tr></thead>"
    )
    return f'<table class="values">{head}<tbody>{"".join(rows)}</tbody></table>'


def _meta_table(diff: RevisionDiff, old_doc: Document, new_doc: Document) -> str:
    def row(name: str, old: object, new: object) -> str:
        return f"<tr><th>{_text(name)}</th><td>{_text(old or '—')}</td><td>{_text(new or '—')}</td></tr>"

    return (
        '<table class="meta"><thead><tr><th></th><th>修订前（原稿）</th><th>修订后（新稿）</th></tr></thead><tbody>'
        + row("标题", old_doc.title, new_doc.title)
        + row("稿次", old_doc.status, new_doc.status)
        + row("发布日期", _when(old_doc.published), _when(new_doc.published))
        + row("文档编号", diff.old_doc_id, diff.new_doc_id)
        + row("来源文件", old_doc.source.path, new_doc.source.path)
        + "</tbody></table>"
    )


def _counts(diff: RevisionDiff) -> str:
    chips = []
    for kind in ("modified", "moved", "renumbered", "added", "removed", "unchanged"):
        count = diff.summary.nodes.get(kind, 0)
        chips.append(f'<span class="count c-{kind}">{CHANGE_NAMES[kind]}<b>{count}</b></span>')
    chips.append(f'<span class="count c-moved">其中移动<b>{diff.summary.moved}</b></span>')
    chips.append(f'<span class="count c-renumbered">其中编号变更<b>{diff.summary.renumbered}</b></span>')
    values = sum(diff.summary.values.values())
    chips.append(f'<span class="count">数值变化<b>{values}</b></span>')
    return f'<div class="counts">{"".join(chips)}</div>'


def render_html(diff: RevisionDiff, old_doc: Document, new_doc: Document) -> str:
    name = diff.series or new_doc.title or old_doc.title or diff.new_doc_id
    rows = "".join(_compare_row(change) for change in diff.node_changes)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh-CN"><head><meta charset="utf-8"/>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
        f"<title>{_text(name)} 新旧对照表</title><style>{CSS}</style></head><body>"
        f"<h1>《{_text(name)}》新旧对照表</h1>"
        f'<p class="subtitle">{_text(old_doc.status or "原稿")} → {_text(new_doc.status or "新稿")}</p>'
        + _meta_table(diff, old_doc, new_doc)
        + _counts(diff)
        + "<h2>数值变化</h2>"
        + _values_table(diff.value_changes)
        + "<h2>条文对照</h2>"
        + '<p class="legend">左栏为修订前原文，右栏为修订后文本；<del>删除线</del>为删去的文字，'
        "<ins>下划线加粗</ins>为新增的文字；（新增）（删除）为整条增删。按修订后顺序排列，删除的条款列于原位置。</p>"
        + '<table class="compare"><colgroup><col class="side"/><col class="side"/></colgroup>'
        + "<thead><tr><th>修订前（原文）</th><th>修订后（修改后）</th></tr></thead>"
        + f"<tbody>{rows}</tbody></table>"
        + f"<footer>zhengce · {_text(diff.old_doc_id)} → {_text(diff.new_doc_id)}</footer>"
        + "</body></html>\n"
    )


def write_diff_report(
    out: str | Path, diff: RevisionDiff, old_doc: Document, new_doc: Document
) -> tuple[Path, Path]:
    """Write OUT/diffs/<old>__<new>.json (the RevisionDiff) and .html (the 新旧对照表)."""
    json_path, html_path = diff_paths(out, diff)
    _write_atomic(json_path, diff.model_dump_json(indent=1))
    _write_atomic(html_path, render_html(diff, old_doc, new_doc))
    return json_path, html_path
