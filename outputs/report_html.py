"""The HTML 新旧对照表 of a RevisionDiff: one self-contained page a reader opens in a browser.

It follows the side-by-side tables Chinese legislatures publish with a revision - old text left, new
text right, deletions struck through, insertions underlined - and adds what a long law needs:

- the header says which versions these are (稿次, dates) from the documents themselves;
- counts are of content units (articles, measures), points apart, never the notice or page junk;
- a table of contents per chapter (or action) with its changes and links to every changed unit;
- each article is one row holding its whole text in document order (lead-in, points, closing
  paragraphs); runs of unchanged or only renumbered units are folded into one line that opens on click,
  so a long law's changes fit in a few screens;
- every value change links to the row of its unit.

Inline CSS, no scripts, no external assets, and well-formed XML (checked with an XML parser in tests).
"""

from __future__ import annotations

import re
from datetime import datetime
from html import escape

from outputs.report_names import CHANGE_NAMES, FIELD_NAMES, ROLE_NAMES, VALUE_CHANGE_NAMES
from outputs.report_rows import (
    XML_INVALID,
    Fold,
    Row,
    Section,
    content_counts,
    display_rows,
    sections,
    unit_anchor,
)
from outputs.report_style import CSS
from parsers.model import Document
from revisions.model import NodeChange, RevisionDiff, TextOp, ValueChange
from revisions.versions import version_date

CONDENSE_CHARS = 60  # an unchanged paragraph of a modified article longer than this is shortened ...
CONDENSE_HEAD = 24  # ... to its first characters, and opens on click


_BLANK_LINES = re.compile(r"\n[ \t\u3000]*(?:\n[ \t\u3000]*)+")


def _text(value: object) -> str:
    """Escaped text, safe in HTML and XML alike; blank lines between paragraphs shown as one break."""
    text = _BLANK_LINES.sub("\n", XML_INVALID.sub("", "" if value is None else str(value)))
    return escape(text, quote=True)


def _when(value: datetime | None, doc: Document) -> str:
    if value:
        return value.strftime("%Y-%m-%d %H:%M")
    day = version_date(doc)
    return day.isoformat() if day else "—"


def ops_html(ops: list[TextOp], side: str, condense: bool = False) -> str:
    """One side of a diff as HTML. With ``condense``, a long paragraph without any edit shows its
    opening words and opens on click: every point still shows its label, in document order."""
    lines: list[list[tuple[str, str]]] = [[]]  # per line: (mark, text) pieces
    for op in ops:
        if op.op == "equal":
            mark, text = "", op.old if side == "old" else op.new
        elif side == "old" and op.op in ("delete", "replace"):
            mark, text = "del", op.old
        elif side == "new" and op.op in ("insert", "replace"):
            mark, text = "ins", op.new
        else:
            continue
        for number, piece in enumerate(_BLANK_LINES.sub("\n", text).split("\n")):
            if number:
                lines.append([])
            if piece:
                lines[-1].append((mark, piece))
    out = []
    for line in lines:
        plain = "".join(text for _, text in line)
        if condense and len(plain.strip()) > CONDENSE_CHARS and all(mark == "" for mark, _ in line):
            head = plain[:CONDENSE_HEAD]
            out.append(f'<details class="para"><summary>{_text(head)}……</summary>{_text(plain)}</details>')
            continue
        out.append("".join(f"<{m}>{_text(t)}</{m}>" if m else _text(t) for m, t in line))
    return "\n".join(out)


def _label_html(label: str | None) -> str:
    return f'<span class="label">{_text(label)}</span>' if label else ""


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
                f'<span class="badge renumbered">原{_text(old_label)} → 现{_text(new_label)}</span>'
            )
    if change.note:
        shares = "、".join(f"{round(c.share * 100)}%" for c in change.carried if c.share)
        title = f' title="所涉原条文内容占比 {shares}"' if shares else ""
        badges.append(f'<span class="badge note"{title}>{_text(change.note)}</span>')
    return "".join(badges)


def _row_html(row: Row, section_head: bool = False, with_id: bool = True) -> str:
    change = row.change
    classes = ["row", change.change, f"kind-{change.kind}"]
    if row.heading:
        classes.append("heading")
    if section_head:
        classes.append("section")
    badges = _badges(change)
    if change.change == "modified":
        old_html = _label_html(change.old_label) + ops_html(change.ops, "old", condense=True)
        new_html = _label_html(change.new_label) + ops_html(change.ops, "new", condense=True)
    else:
        old_html = _plain_html(change.old_text, change.old_label)
        new_html = _plain_html(change.new_text, change.new_label)
    if change.change == "removed":
        cells = f'<div class="cell old">{badges}{old_html}</div><div class="cell new empty"></div>'
    elif change.change == "added":
        cells = f'<div class="cell old empty"></div><div class="cell new">{badges}{new_html}</div>'
    else:
        cells = f'<div class="cell old">{old_html}</div><div class="cell new">{badges}{new_html}</div>'
    identity = f' id="{_text(row.anchor)}"' if with_id else ""
    return f'<div class="{" ".join(classes)}"{identity}>{cells}</div>'


def _fold_html(fold: Fold, head: Row | None = None) -> str:
    extra = f"，其中编号变更 {fold.renumbered} 条" if fold.renumbered else ""
    numbered = [r for r in fold.units if r.numbered]
    count = f"{len(numbered)} 条" if numbered else f"{len(fold.units)} 段"
    if numbered and len(numbered) < len(fold.units):
        extra += f"，另有 {len(fold.units) - len(numbered)} 段"
    if head is not None:  # a whole section without a change: one line for it
        summary = f"{_text(head.title)}：{_text(fold.span)} 未修改（{count}{extra}），点击展开"
        rows = [head, *fold.rows]
        attributes = f' id="{_text(head.anchor)}"'
    else:
        summary = f"{_text(fold.span)} 未修改（{count}{extra}），点击展开"
        rows, attributes = fold.rows, ""
    return (
        f'<details class="fold"{attributes}><summary>{summary}</summary>'
        + "".join(_row_html(row, section_head=row is head, with_id=row is not head) for row in rows)
        + "</details>"
    )


def _section_html(section: Section) -> str:
    if section.head is not None and section.unchanged and len(section.items) == 1:
        only = section.items[0]
        if isinstance(only, Fold):
            return _fold_html(only, head=section.head)
    parts = [_row_html(section.head, section_head=True)] if section.head else []
    for item in section.items:
        if isinstance(item, Fold) and not item.units:  # only an unchanged sub-heading: show it as it is
            parts.extend(_row_html(row) for row in item.rows)
        else:
            parts.append(_fold_html(item) if isinstance(item, Fold) else _row_html(item))
    return "".join(parts)


def _toc_html(found: list[Section]) -> str:
    items = []
    for section in found:
        head = section.head
        name = head.title if head else "标题与题注"
        link = f'<a href="#{_text(head.anchor)}">{_text(name)}</a>' if head else _text(name)
        tally = "、".join(f"{CHANGE_NAMES[k]} {v}" for k, v in section.counts.items())
        if not tally:  # no article changed; a notice, title or heading may have
            tally = "有修改" if any(r.changed for r in section.rows) else "无修改"
        units = "".join(
            f'<a class="{_text(r.change.change)}" href="#{_text(r.anchor)}">{_text(r.label or r.change.kind)}</a>'
            for r in section.changed_rows
        )
        if head and head.changed:
            tally = f"{CHANGE_NAMES.get(head.change.change, '')}标题；{tally}"
        items.append(
            f'<li>{link}<span class="tally">{_text(tally)}</span><span class="units">{units}</span></li>'
        )
    return f'<nav class="toc"><h3>目录</h3><ol>{"".join(items)}</ol></nav>'


def _place(value: ValueChange, rows: list[Row]) -> str:
    old, new = value.old_unit_label, value.new_unit_label
    name = f"原{old} → 现{new}" if old and new and old != new else old or new or "—"
    target = unit_anchor(rows, value.new_unit_id, "new") or unit_anchor(rows, value.old_unit_id, "old")
    return f'<a href="#{_text(target)}">{_text(name)}</a>' if target else _text(name)


def _values_table(values: list[ValueChange], rows: list[Row]) -> str:
    if not values:
        return '<p class="none">两稿之间没有金额、比例或目标数值的变化。</p>'
    body = []
    for value in values:
        subject = value.metric or value.person or value.recipient or value.instrument or ""
        body.append(
            "<tr>"
            f"<td>{_text(VALUE_CHANGE_NAMES.get(value.change, value.change))}</td>"
            f"<td>{_text(FIELD_NAMES.get(value.field, value.field))}</td>"
            f"<td>{_text(ROLE_NAMES.get(value.role or '', value.role or '—'))}</td>"
            f"<td>{_place(value, rows)}</td>"
            f"<td>{_text(subject)}</td>"
            f'<td class="old">{_text(value.old_surface or "—")}</td>'
            '<td class="arrow">→</td>'
            f'<td class="new">{_text(value.new_surface or "—")}</td>'
            "</tr>"
        )
    head = (
        "<thead><tr><th>变化</th><th>类型</th><th>角色</th><th>所在条款</th><th>对象/指标</th>"
        "<th>修订前</th><th></th><th>修订后</th></tr></thead>"
    )
    return f'<table class="values">{head}<tbody>{"".join(body)}</tbody></table>'


def _meta_table(diff: RevisionDiff, old_doc: Document, new_doc: Document) -> str:
    def row(name: str, old: object, new: object) -> str:
        return f"<tr><th>{_text(name)}</th><td>{_text(old or '—')}</td><td>{_text(new or '—')}</td></tr>"

    return (
        '<table class="meta"><thead><tr><th></th><th>修订前（原稿）</th><th>修订后（新稿）</th></tr></thead><tbody>'
        + row("标题", old_doc.title, new_doc.title)
        + row("稿次", diff.old_version or old_doc.status, diff.new_version or new_doc.status)
        + row("日期", _when(old_doc.published, old_doc), _when(new_doc.published, new_doc))
        + row("发文机关", old_doc.issuer, new_doc.issuer)
        + row("来源文件", old_doc.source.path, new_doc.source.path)
        + row("文档编号", diff.old_doc_id, diff.new_doc_id)
        + "</tbody></table>"
    )


def _counts(diff: RevisionDiff) -> str:
    counts = content_counts(diff)
    chips = [
        f'<span class="count c-{kind}">{CHANGE_NAMES[kind]}<b>{counts[kind]}</b></span>'
        for kind in ("modified", "added", "removed", "moved", "renumbered", "unchanged")
    ]
    if diff.summary.split or diff.summary.merged:
        chips.append(f'<span class="count">拆分/合并<b>{diff.summary.split + diff.summary.merged}</b></span>')
    chips.append(f'<span class="count">数值变化<b>{len(diff.value_changes)}</b></span>')
    inner = diff.summary.inner
    line = ""
    if any(inner.get(k) for k in ("modified", "added", "removed")):
        parts = "".join(
            f'<span class="count">{CHANGE_NAMES[k]}<b>{inner.get(k, 0)}</b></span>'
            for k in ("modified", "added", "removed")
        )
        line = f'<div class="counts inner"><span>条文内的项、目：</span>{parts}</div>'
    return f'<div class="counts">{"".join(chips)}</div>{line}'


def render_html(diff: RevisionDiff, old_doc: Document, new_doc: Document) -> str:
    name = diff.series or new_doc.title or old_doc.title or diff.new_doc_id
    rows = display_rows(diff)
    found = sections(rows)
    old_version = diff.old_version or old_doc.status or "原稿"
    new_version = diff.new_version or new_doc.status or "新稿"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh-CN"><head><meta charset="utf-8"/>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
        f"<title>{_text(name)} 新旧对照表</title><style>{CSS}</style></head><body>"
        f"<h1>《{_text(name)}》新旧对照表</h1>"
        f'<p class="subtitle">{_text(old_version)} → {_text(new_version)}</p>'
        + _meta_table(diff, old_doc, new_doc)
        + _counts(diff)
        + _toc_html(found)
        + '<h2 id="values">数值变化</h2>'
        + _values_table(diff.value_changes, rows)
        + '<h2 id="compare">条文对照</h2>'
        + '<p class="legend">左栏为修订前原文，右栏为修订后文本；<del>删除线</del>为删去的文字，'
        "<ins>下划线加粗</ins>为新增的文字；（新增）（删除）为整条增删。按修订后顺序排列，删除的条款列于原位置；"
        "未修改的条文折叠为一行，点击展开。</p>"
        + '<div class="compare"><div class="colhead"><div>修订前（原文）</div><div>修订后（修改后）</div></div>'
        + "".join(_section_html(section) for section in found)
        + "</div>"
        + f"<footer>zhengce · {_text(diff.old_doc_id)} → {_text(diff.new_doc_id)}</footer>"
        + "</body></html>\n"
    )
