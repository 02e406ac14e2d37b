"""OUT/diffs/history-<key>.json and .html: a series of drafts followed across every version.

The JSON is the SeriesHistory itself. The HTML has one table for values and one for units: a row per
track, a column per version, each cell what the track was in that version (不超过100万元, 第十条) and
how it got there (changed, added, removed). Tracks with nothing after their first version are left
out of the units table (a note says how many) so the page shows what moved in the series.
"""

from __future__ import annotations

import hashlib
from html import escape
from pathlib import Path
from typing import NamedTuple

from outputs.diff_report import DIFFS_DIR, write_atomic
from outputs.report_names import FIELD_NAMES, ROLE_NAMES
from outputs.report_style import CSS
from revisions.history import SeriesHistory, Track, TrackPoint

POINT_NAMES = {
    "first": "",
    "added": "新增",
    "removed": "删除",
    "modified": "修改",
    "changed": "变更",
    "unchanged": "",
    "renumbered": "编号变更",
    "moved": "移动",
}


class HistoryPaths(NamedTuple):
    json: Path
    html: Path


def history_paths(out: str | Path, series: str) -> HistoryPaths:
    """Named by the series (hashed: a title is no file name), so a longer series replaces a shorter one."""
    key = hashlib.sha256(series.encode("utf-8")).hexdigest()[:16]
    folder = Path(out) / DIFFS_DIR
    return HistoryPaths(folder / f"history-{key}.json", folder / f"history-{key}.html")


def _text(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _cell(point: TrackPoint | None, values: bool) -> str:
    if point is None:
        return '<td class="absent"></td>'
    shown = point.surface if values else point.label
    if point.change == "removed":
        return '<td class="removed">（删除）</td>'
    css = {
        "added": "added",
        "changed": "changed",
        "modified": "changed",
        "first": "same",
        "unchanged": "same",
    }
    note = POINT_NAMES.get(point.change, "")
    badge = f"<br/><small>{_text(note)}</small>" if note else ""
    return f'<td class="{css.get(point.change, "same")}">{_text(shown)}{badge}</td>'


def _track_row(track: Track, versions: int, values: bool) -> str:
    by_version = {p.version: p for p in track.points}
    latest = track.latest
    if values:
        lead = (
            f"<td>{_text(FIELD_NAMES.get(track.item, track.item))}</td>"
            f"<td>{_text(ROLE_NAMES.get(latest.role or '', latest.role or ''))}</td>"
            f"<td>{_text(latest.label)}</td><td>{_text(latest.person)}</td>"
        )
    else:
        lead = f"<td>{_text(latest.kind)}</td>"
    cells = "".join(_cell(by_version.get(v), values) for v in range(1, versions + 1))
    return f"<tr>{lead}{cells}</tr>"


def render_history_html(history: SeriesHistory) -> str:
    count = len(history.versions)
    heads = "".join(
        f"<th>第{v.version}稿<br/><small>{_text(v.label or v.doc_id)}</small></th>" for v in history.versions
    )
    changed_values = [t for t in history.tracks if t.item != "unit" and t.changed]
    steady_values = [t for t in history.tracks if t.item != "unit" and not t.changed]
    unit_tracks = [t for t in history.tracks if t.item == "unit" and t.changed]
    quiet = sum(1 for t in history.tracks if t.item == "unit" and not t.changed)
    values = "".join(_track_row(t, count, True) for t in changed_values)
    steady = "".join(_track_row(t, count, True) for t in steady_values)
    units = "".join(_track_row(t, count, False) for t in unit_tracks)
    value_head = (
        "<thead><tr><th>类型</th><th>角色</th><th>所在条款</th><th>对象</th>" + heads + "</tr></thead>"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh-CN"><head><meta charset="utf-8"/>'
        f"<title>{_text(history.series)} 历次稿对照</title><style>{CSS}</style></head><body>"
        f"<h1>《{_text(history.series)}》历次稿对照</h1>"
        f'<p class="subtitle">共 {count} 稿：'
        + " → ".join(_text(v.label or v.doc_id) for v in history.versions)
        + "</p>"
        + f'<h2>数值的变化</h2><table class="history">{value_head}<tbody>{values}</tbody></table>'
        + (
            f'<details class="fold"><summary>其余 {len(steady_values)} 个数值在各稿之间未变，点击展开</summary>'
            f'<table class="history">{value_head}<tbody>{steady}</tbody></table></details>'
            if steady_values
            else ""
        )
        + '<h2>条款的变化</h2><table class="history"><thead><tr><th>类别</th>'
        + heads
        + f"</tr></thead><tbody>{units}</tbody></table>"
        + f'<p class="legend">另有 {quiet} 个条款在各稿之间没有变化，未列出。</p>'
        + "</body></html>\n"
    )


def write_history_report(out: str | Path, history: SeriesHistory) -> HistoryPaths:
    paths = history_paths(out, history.series)
    write_atomic(paths.json, history.model_dump_json(indent=1))
    write_atomic(paths.html, render_history_html(history))
    return paths
