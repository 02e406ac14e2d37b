"""The lines of a goal list under a heading (parsers.goal_headings): the items of one line set apart by spaces, and
where a list of short metric lines ends (渔业产值增长4%左右 ⏎ 新建冷库9座 …: no comma, no full stop, one metric a
line), which tells a dated heading over bare goal or result lines from one over a text.
"""

from __future__ import annotations

import re

from parsers.patterns import LINE_SPACES

SENTENCE_MARK = re.compile(r"[，；;。！？!?：:]|,(?!\d{3})")  # 1,500万吨: a thousands separator is no comma
# an unlabelled heading: a short line the year opens, then a topic with no number, no date and no sentence mark
# (2031年民生实事; not 2031年六月十二日, nor 2031年快递业务量增长8%, a goal line of its own)
YEAR_HEADING = re.compile(
    rf"(?:19|20)\d{{2}}\s*年(?![一二三四五六七八九十\d]{{1,2}}月)[\u4e00-\u9fff（）()“”、{LINE_SPACES}]{{2,24}}"
)
# a metric and its value: words, then the number (a line that opens with its number is a label or a date: 1总则)
_METRIC_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z][^\d]*\d")
_DATE_ITEM = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?")  # a page's date or time
_RESULT_LINE_STOP = re.compile(r"[。！？!?：:]")  # a sentence or a lead even in a short line of results
_ITEM_END = "；;。"  # a list item's own terminator at its line's end is no sentence mark inside it


_ITEM_CHARS = 8  # words after a gap this long with no number: a goal of their own (茶园管护水平稳中有升)
_ITEM_GAP = re.compile(
    rf"[{LINE_SPACES}\n]+(?=[\u4e00-\u9fff])"
)  # a gap before the next item's first character
# in a statement's part (no list line): a gap after a figure's unit or hedge (no digit), before words of a metric of
# their own (two characters at least before its figure): 增长8%左右 城镇新增就业70万人
_SPACED_ITEM = re.compile(rf"[^\d{LINE_SPACES}\n][{LINE_SPACES}\n]+[\u4e00-\u9fff]{{2}}")


def list_items(norm: str, start: int, end: int, numbered_only: bool = False) -> list[tuple[int, int]]:
    """The items of one line of a goal list, set apart by spaces (港口吞吐量增长3% 快递业务量增长8%): a gap
    ends an item when the words before it hold a number and the words after it (to the next gap) read as an item of
    their own: a number of their own, or a goal's length. A unit or a qualifier after a space (1,500 万吨以上,
    3% 左右) is the same item. ``numbered_only``: a part of any statement (a headline's 目标:GDP增长8%左右
    城镇新增就业70万人), whose items after a gap are items only with a number of their own."""
    gaps = list(_ITEM_GAP.finditer(norm, start, end))
    items, s = [], start
    for k, m in enumerate(gaps):
        after = norm[m.end() : gaps[k + 1].start() if k + 1 < len(gaps) else end]
        if numbered_only and not _SPACED_ITEM.match(norm, m.start() - 1):
            continue  # 新增 1 个, 4.5% 至 5%, 较 2020 年: spaces around a figure inside one item
        if any(ch.isdigit() for ch in norm[s : m.start()]) and (
            any(ch.isdigit() for ch in after) or (not numbered_only and len(after.strip()) >= _ITEM_CHARS)
        ):
            items.append((s, m.start()))
            s = m.end()
    items.append((s, end))
    return items


def metric_lines(
    norm: str, heading_end: int, label: re.Pattern, line_chars: int, min_lines: int, results: bool = False
) -> int | None:
    """Where the list of short metric lines under a heading ending at heading_end ends (None: fewer than min_lines hold
    a number). It ends at a labelled line (``label``), a sentence (a comma or full stop in it) or a line longer than
    line_chars. ``results``: under a heading of results a short line may join two figures with a comma
    (●渔业产值达到36亿元，增长4%)."""
    pos, reach, counted = heading_end + 1, heading_end, 0
    while pos < len(norm):
        line_end = norm.find("\n", pos)
        line_end = len(norm) if line_end < 0 else line_end
        line = norm[pos:line_end].strip(LINE_SPACES + "\f")
        if line:
            item = line[:-1] if line[-1] in _ITEM_END else line  # 增长6.5%以上；: an item's terminator
            sentence = SENTENCE_MARK.search(item)
            if results and sentence is not None and len(item) <= line_chars:
                # a short line of results: its commas join its figures, only a full stop or a lead ends the list
                sentence = _RESULT_LINE_STOP.search(item)
            if label.match(norm, pos) or sentence or YEAR_HEADING.fullmatch(item):
                break  # a label, a sentence, or the next dated heading (2031年民生实事安排) ends the list
            items = item.split()  # 增长3% 快递增长8%: several items on one line, set apart by spaces
            if any(len(x) > line_chars for x in items):
                break
            metric = (
                sum(1 for x in items if any(ch.isdigit() for ch in x) and not _DATE_ITEM.fullmatch(x))
                if _METRIC_ITEM.search(item)
                else 0
            )
            if not metric:
                if counted and line[-1] in _ITEM_END:
                    reach = line_end  # the list's last item, a goal without a number (推动…往前赶。)
                break  # a sub-heading or a task line ends the list
            counted += metric
            reach = line_end
        pos = line_end + 1
    return reach if counted >= min_lines else None
