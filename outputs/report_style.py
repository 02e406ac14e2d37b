"""The stylesheet of the HTML 新旧对照表 (inline in every report: the file stands alone)."""

CSS = """
:root { --ink:#1f2328; --muted:#6e7781; --line:#d0d7de; --del-bg:#ffebe9; --del:#a40e26;
        --ins-bg:#dafbe1; --ins:#116329; --head:#f6f8fa; --badge:#0550ae; --fold:#f6f8fa; }
* { box-sizing: border-box; }
html { scroll-padding-top: 48px; }
body { margin: 0 auto; max-width: 1320px; padding: 24px 28px 48px; color: var(--ink); background: #fff;
       font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", "STSong", serif;
       font-size: 16px; line-height: 1.75; }
h1, h2, h3, .meta, .badge, .counts, .legend, nav, .colhead, summary, table.values {
       font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
       "Hiragino Sans GB", "WenQuanYi Micro Hei", sans-serif; }
h1 { font-size: 26px; text-align: center; margin: 8px 0 4px; letter-spacing: 0.05em; }
.subtitle { text-align: center; color: var(--muted); margin: 0 0 20px; }
h2 { font-size: 19px; margin: 28px 0 10px; padding-left: 10px; border-left: 4px solid var(--badge); }
a { color: var(--badge); text-decoration: none; } a:hover { text-decoration: underline; }
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
.counts.inner { font-size: 13px; color: var(--muted); } .counts.inner .count { padding: 2px 10px; }
nav.toc { border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; font-size: 14px; background: #fbfcfd; }
nav.toc ol { margin: 0; padding-left: 1.4em; } nav.toc li { margin: 3px 0; }
nav.toc .tally { color: var(--muted); margin-left: 8px; font-size: 13px; }
nav.toc .units { display: block; margin: 2px 0 4px; line-height: 1.9; }
nav.toc .units a { display: inline-block; border: 1px solid var(--line); border-radius: 10px; padding: 0 7px;
       margin: 0 4px 2px 0; font-size: 12.5px; background: #fff; }
nav.toc .units a.added { color: var(--ins); } nav.toc .units a.removed { color: var(--del); }
nav.toc .units a.modified { color: #9a6700; }
table.values { font-size: 14.5px; }
table.values th, table.values td { border: 1px solid var(--line); padding: 6px 10px; vertical-align: top; }
table.values th { background: var(--head); text-align: left; }
table.values td.arrow { text-align: center; color: var(--muted); width: 2em; }
table.values .old { color: var(--del); } table.values .new { color: var(--ins); font-weight: 600; }
p.none { color: var(--muted); }
.compare { border: 1px solid var(--line); }
.colhead { position: sticky; top: 0; z-index: 2; display: grid; grid-template-columns: 1fr 1fr; background: #eaeef2;
       border-bottom: 1px solid var(--line); font-weight: 600; text-align: center; }
.colhead div { padding: 8px 12px; } .colhead div + div { border-left: 1px solid var(--line); }
.row { display: grid; grid-template-columns: 1fr 1fr; border-top: 1px solid var(--line); }
.row:first-child { border-top: 0; }
.cell { padding: 8px 12px; white-space: pre-wrap; word-break: break-all; overflow-wrap: anywhere; min-width: 0; }
.cell + .cell { border-left: 1px solid var(--line); }
.row.heading .cell { background: var(--head); font-weight: 700; }
.row.section { border-top: 2px solid #8c959f; }
.row.unchanged .cell, .row.renumbered .cell { color: #57606a; }
.row.added .cell.new { background: #f3fbf5; } .row.removed .cell.old { background: #fff6f5; }
.cell.empty { background: repeating-linear-gradient(135deg, #fafbfc, #fafbfc 6px, #f3f4f6 6px, #f3f4f6 12px); }
.row:target .cell { box-shadow: inset 0 0 0 2px #fdd835; }
details.fold { border-top: 1px solid var(--line); background: var(--fold); }
details.fold > summary { cursor: pointer; padding: 4px 12px; color: var(--muted); font-size: 13.5px; list-style: none; }
details.fold > summary::before { content: "▸ "; } details.fold[open] > summary::before { content: "▾ "; }
details.fold > .row:first-of-type { border-top: 1px solid var(--line); }
details.para { display: inline; } details.para > summary { display: inline; cursor: pointer; color: #57606a; }
details.para > summary::marker { content: ""; } details.para[open] > summary { display: none; }
del { background: var(--del-bg); color: var(--del); text-decoration: line-through; text-decoration-thickness: 1.5px; }
ins { background: var(--ins-bg); color: var(--ins); text-decoration: underline; text-underline-offset: 3px;
      font-weight: 700; }
.label { font-weight: 700; }
.badge { display: inline-block; font-size: 12px; line-height: 1.4; padding: 1px 8px; margin: 0 6px 4px 0;
         border-radius: 10px; border: 1px solid currentColor; color: var(--badge); white-space: nowrap;
         font-weight: 500; vertical-align: 2px; }
.badge.added { color: var(--ins); } .badge.removed { color: var(--del); } .badge.modified { color: #9a6700; }
.badge.note { color: #6639ba; }
.legend { font-size: 13px; color: var(--muted); margin: 4px 0 8px; }
.legend del, .legend ins { padding: 0 3px; }
footer { margin-top: 28px; font-size: 12px; color: var(--muted); text-align: center; }
table.history th, table.history td { border: 1px solid var(--line); padding: 5px 9px; vertical-align: top; font-size: 14px; }
table.history th { background: var(--head); text-align: left; }
table.history td.same { color: var(--muted); } table.history td.changed { color: #9a6700; font-weight: 600; }
table.history td.added { color: var(--ins); } table.history td.removed { color: var(--del); }
table.history td.absent { background: #fafbfc; }
@media print { .colhead { position: static; } body { max-width: none; } details.fold > summary::before { content: ""; } }
"""
