"""Fuzz inputs: a text, mutated, then turned into the bytes of a file.

Texts are windows of the real fixture texts (the drafts, the real structure texts and the
development half of the field corpus; never the held-out half) or generated text. Mutations
are the shapes issue 12 found trouble with and their relatives; each returns the new text.
``build_input(rnd)`` takes a text, up to four mutations, one encoding or wrapper, and sometimes
damages the bytes; the recipe says what was done, for a finding's write-up.

Every choice is a call on one ``random.Random``. ``fuzz_inputs()`` hands it Hypothesis's
shrinkable random (the suite's short run: a failure shrinks to fewer, smaller choices);
``fuzz_inputs(fast=True)`` a plain seeded one (the long campaign: ten times cheaper to draw).
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from html import escape
from pathlib import Path

from hypothesis import strategies as st

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SEED_GLOBS = ("drafts/*.txt", "real/structure/*.txt", "field/dev/*.txt")
WINDOW_LINES = 40  # a seed window: up to this many consecutive lines
BIG = 10_000  # the largest repeat count, drawn rarely: quadratic paths show at thousands

MAX_CHARS = 30_000  # past this a text is cut: the budget is 5 s per input, and scaling is bench/'s job


@dataclass(frozen=True)
class FuzzInput:
    data: bytes
    name: str | None
    recipe: str  # what was done, e.g. "seed kunming_keji…[12:40] | digit_run | html(gb2312)"

    def __repr__(self) -> str:  # Hypothesis prints this for a falsifying example
        return f"FuzzInput(data={self.data[:2000]!r}, name={self.name!r}, recipe={self.recipe!r})"


@cache
def seed_texts() -> tuple[tuple[str, str], ...]:
    """(name, text) of every seed file that decodes as UTF-8 or GB18030."""
    found = []
    for pattern in SEED_GLOBS:
        for path in sorted(FIXTURES.glob(pattern)):
            raw = path.read_bytes()
            for codec in ("utf-8-sig", "gb18030"):
                try:
                    found.append((path.name, raw.decode(codec)))
                    break
                except UnicodeDecodeError:
                    continue
    return tuple(found)


# ---------------------------------------------------------------- vocabulary

MARKERS = [
    "一、", "二、", "（一）", "(一)", "（二）", "1.", "1、", "1．", "（1）", "(1)", "①", "第一条", "第一章",
    "第一节", "第二条", "一是", "1.1", "1.1.1", "2.3.4", "附件", "附件1", "第一百二十三条", "（十二）",
]  # fmt: skip
UNITS = [
    "亿元",
    "万元",
    "元",
    "%",
    "％",
    "个",
    "家",
    "项",
    "美元",
    "个百分点",
    "倍",
    "‰",
    "万吨",
    "平方米",
    "",
]
QUALIFIERS = [
    "不超过", "最高", "以上", "以下", "以内", "不低于", "力争", "到2025年", "到2030年底", "达到", "分别", "超过",
    "不得低于", "原则上不超过", "每年", "一次性", "每增加", "按", "的", "给予", "奖励", "补助", "提高", "降低",
]  # fmt: skip
NUMERALS = [
    "一百二十三万元", "五分之一", "百分之二十", "两千万元", "十亿元", "〇", "二〇二五年", "三成", "1/3", "1∶1",
    "1:2", "0.5", "1,000,000", "１２３", "5‰", "五万元以上五十万元以下", "1万元以上10万元以下",
]  # fmt: skip
YEARS = [
    "到2025年",
    "到1999年",
    "到2099年",
    "2030年前",
    "到二〇二五年",
    "至2027年底",
    "2025年，力争",
    "到0000年",
]
BRACKETS = "（）()【】《》“”‘’「」〔〕[]{}"
LINE_BREAKS = ["\r\n", "\r", "\f", "\u2028", "\u2029", "\x0b", "\x85", "\n\n", "\n\u3000\n"]
POLICY_CHARS = list(
    "科技创新企业给予奖励补助资金万元亿以上不超过年月日市局的和、，：；。！？“”（）()《》【】0123456789０１２３%．. \u3000\t\n"
)


def _count(rnd: random.Random, typical: int) -> int:
    """Mostly up to ``typical``, one time in fifty up to BIG."""
    return rnd.randint(1, BIG) if rnd.randint(0, 49) == 0 else rnd.randint(1, typical)


def _chars(rnd: random.Random, alphabet: str | list[str], max_size: int) -> str:
    return "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, max_size)))


def _unicode(rnd: random.Random, max_size: int) -> str:
    """Any characters but surrogates: mostly CJK and ASCII, some from anywhere."""
    out = []
    for _ in range(rnd.randint(0, max_size)):
        plane = rnd.randint(0, 3)
        code = (
            (rnd.randint(0x20, 0x7E), rnd.randint(0x4E00, 0x9FFF), rnd.randint(0x80, 0xFFFF))[plane]
            if plane < 3
            else rnd.randint(0, 0x10FFFF)
        )
        out.append(chr(code) if not 0xD800 <= code <= 0xDFFF else "\ufffd")
    return "".join(out)


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _insert(rnd: random.Random, text: str, piece: str) -> str:
    at = rnd.randint(0, len(text))
    return text[:at] + piece + text[at:]


def _number(rnd: random.Random) -> str:
    kind = rnd.randint(0, 5)
    if kind == 0:
        return "9" * rnd.randint(300, 320)  # past a float's range as an integer
    if kind == 1:
        return "1" + "0" * rnd.randint(0, 2000)
    if kind == 2:
        return f"{rnd.randint(0, 10**9)}.{rnd.randint(0, 99)}"
    return str(rnd.randint(0, 100_000))


# ---------------------------------------------------------------- mutations


def duplicate_line(rnd: random.Random, text: str) -> str:
    lines = _lines(text)
    k = rnd.randint(0, len(lines) - 1)
    lines[k:k] = [lines[k]] * _count(rnd, 50)
    return "\n".join(lines)


def repeat_marker(rnd: random.Random, text: str) -> str:
    marker = rnd.choice(MARKERS)
    body = rnd.choice(["", "加强科技创新。", "给予最高100万元奖励。", "到2025年达到30个。", "　"])
    block = "\n".join(marker + body for _ in range(_count(rnd, 60)))
    return _insert(rnd, text, "\n" + block + "\n")


def digit_run(rnd: random.Random, text: str) -> str:
    qualifier = rnd.choice(["", *QUALIFIERS])
    piece = qualifier + _number(rnd) + rnd.choice(UNITS) + rnd.choice(["", "以上", "以下", "。"])
    return _insert(rnd, text, piece)


def range_phrase(rnd: random.Random, text: str) -> str:
    a, b = _number(rnd), _number(rnd)
    unit = rnd.choice(UNITS)
    form = rnd.randint(0, 4)
    piece = [
        f"{a}{unit}以上{b}{unit}以下",
        f"{a}-{b}{unit}",
        f"{a}—{b}{unit}",
        f"{a}至{b}{unit}",
        f"不低于{a}{unit}、不超过{b}{unit}",
    ][form]
    return _insert(rnd, text, piece)


def enumeration(rnd: random.Random, text: str) -> str:
    n = _count(rnd, 40)
    unit = rnd.choice(UNITS)
    items = "、".join(f"{(i * 7) % 1000 + 1}{unit}" for i in range(n))
    who = "、".join(["国家级", "省级", "市级", "县级"][i % 4] for i in range(n))
    opener = rnd.choice(["对新认定的", "", "到2025年，"])
    return _insert(rnd, text, f"{opener}{who}企业分别一次性给予{items}奖补。")


def many_mentions(rnd: random.Random, text: str) -> str:
    """Many ratios, targets or amounts in one sentence: each must not search the whole sentence again."""
    n = _count(rnd, 40)
    pattern = rnd.choice(["{i}%", "提高{i}个百分点", "达到{i}个", "{i}-{j}家", "最高{i}万元", "{i}%以上"])
    parts = "，".join(pattern.format(i=i % 97 + 1, j=i % 97 + 3) for i in range(n))
    return _insert(rnd, text, f"到2027年，力争{parts}。")


def brackets(rnd: random.Random, text: str) -> str:
    run = _chars(rnd, BRACKETS, 30) or "（"
    return _insert(rnd, text, run * rnd.randint(1, 20))


def newlines(rnd: random.Random, text: str) -> str:
    style = rnd.randint(0, 3)
    if style == 0:  # another line break everywhere
        return text.replace("\n", rnd.choice(LINE_BREAKS))
    if style == 1:  # lines joined: one long line
        return text.replace("\n", rnd.choice(["", " ", "\u3000"]))
    if style == 2:  # blank lines
        return _insert(rnd, text, "\n" * _count(rnd, 30))
    return _insert(rnd, text, rnd.choice(LINE_BREAKS))


_FULL = {c: chr(ord(c) + 0xFEE0) for c in map(chr, range(0x21, 0x7F))}
_HALF = {v: k for k, v in _FULL.items()}


def full_width(rnd: random.Random, text: str) -> str:
    start = rnd.randint(0, len(text))
    end = rnd.randint(start, len(text))
    table = str.maketrans(_FULL if (rnd.random() < 0.5) else _HALF)
    return text[:start] + text[start:end].translate(table) + text[end:]


def numerals(rnd: random.Random, text: str) -> str:
    piece = rnd.choice(QUALIFIERS) + rnd.choice(NUMERALS)
    return _insert(rnd, text, piece)


def year_phrase(rnd: random.Random, text: str) -> str:
    piece = (
        rnd.choice(YEARS)
        + rnd.choice(["", "，", "全市"])
        + rnd.choice(["达到30个", "力争达到" + _number(rnd) + "%", "累计建设2-3个平台", "实现翻一番"])
    )
    return _insert(rnd, text, piece)


def junk(rnd: random.Random, text: str) -> str:
    return _insert(rnd, text, _unicode(rnd, 40))


def delete_span(rnd: random.Random, text: str) -> str:
    start = rnd.randint(0, len(text))
    end = rnd.randint(start, min(len(text), start + 500))
    return text[:start] + text[end:]


def long_line(rnd: random.Random, text: str) -> str:
    sentence = rnd.choice(["给予最高100万元奖励，", "提高5个百分点，", "一、", "（一）", "9", "、"])
    return _insert(rnd, text, sentence * _count(rnd, 500))


MUTATIONS: tuple[Callable[[random.Random, str], str], ...] = (
    duplicate_line, repeat_marker, digit_run, range_phrase, enumeration, many_mentions, brackets,
    newlines, full_width, numerals, year_phrase, junk, delete_span, long_line,
)  # fmt: skip


# ---------------------------------------------------------------- base texts


def base_text(rnd: random.Random) -> tuple[str, str]:
    """(recipe, text): a window of a real text (mostly), policy-like characters, or any unicode."""
    kind = rnd.randint(0, 9)
    if kind <= 6:
        name, text = rnd.choice(seed_texts())
        lines = _lines(text)
        start = rnd.randint(0, len(lines) - 1)
        end = rnd.randint(start + 1, min(len(lines), start + WINDOW_LINES))
        if rnd.randint(0, 19) == 0:
            start, end = 0, len(lines)  # now and then the whole document
        return f"seed {name}[{start}:{end}]", "\n".join(lines[start:end])
    if kind <= 8:
        return "policy chars", _chars(rnd, POLICY_CHARS, 400)
    return "unicode", _unicode(rnd, 200)


# ---------------------------------------------------------------- files


def as_text_file(rnd: random.Random, text: str) -> tuple[bytes, str | None, str]:
    codec = rnd.choice(["utf-8", "utf-8-sig", "gb18030", "gb18030"])
    name = rnd.choice(["draft.txt", "draft.TXT", None, "draft", "draft.html"])
    return text.encode(codec), name, f"text({codec})"


def as_html(rnd: random.Random, text: str) -> tuple[bytes, str | None, str]:
    charset = rnd.choice(["utf-8", "gb2312", "gbk", "gb18030", None])
    codec = "utf-8" if charset in (None, "utf-8") else "gb18030"
    meta = f'<meta charset="{charset}">' if charset else ""
    lines = [escape(line) for line in _lines(text)]
    block = rnd.choice(["p", "div", "br", "td", "li"])
    if block == "br":
        body = "<br>".join(lines)
    elif block == "td":
        body = "<table>" + "".join(f"<tr><td>{line}</td></tr>" for line in lines) + "</table>"
    else:
        body = "".join(f"<{block}>{line}</{block}>" for line in lines)
    extras = rnd.choice(HTML_EXTRAS)
    title = escape(_lines(text)[0][:60])
    page = f"<html><head>{meta}<title>{title}</title></head><body>{extras}{body}</body></html>"
    name = rnd.choice(["page.html", "page.htm", None, "page.txt"])
    return page.encode(codec, errors="replace"), name, f"html({charset},{block})"


HTML_EXTRAS = [
    "",
    "<script>var a='一、';</script><style>p{}</style>",
    "<table><tr><td>标题：</td><td>关于印发某市措施的通知</td></tr><tr><td>发文字号：</td><td>某政发〔2024〕1号</td></tr>"
    "<tr><td>成文日期：</td><td>2024年12月20日</td></tr></table>",
    "<!-- 一、注释 -->&nbsp;&#x4e00;&#12289;&amp;",
    "<div><div><div><span>",
]
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NUM_FORMATS = ["decimal", "chineseCounting", "ideographTraditional", "lowerRoman", "upperLetter", "bullet"]


def as_docx(rnd: random.Random, text: str) -> tuple[bytes, str | None, str]:
    numbered = rnd.random() < 0.5
    paragraphs = []
    for line in _lines(text):
        numbering = (
            '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' if numbered else ""
        )
        paragraphs.append(f'<w:p>{numbering}<w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>')
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}"><w:body>{"".join(paragraphs)}</w:body></w:document>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", document)
        recipe = "docx"
        if numbered:
            fmt = rnd.choice(_NUM_FORMATS)
            start = rnd.choice([1, 1, 3, 999, 10**6, 10**12])
            archive.writestr(
                "word/numbering.xml",
                f'<w:numbering xmlns:w="{_W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
                f'<w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1、"/></w:lvl>'
                f'</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>',
            )
            recipe = f"docx({fmt} from {start})"
    name = rnd.choice(["draft.docx", None, "draft.txt"])
    return buffer.getvalue(), name, recipe


FILES = (as_text_file, as_text_file, as_text_file, as_html, as_docx)


def damage(rnd: random.Random, data: bytes) -> tuple[bytes, str]:
    """Bytes as a bad download leaves them: truncated, bits flipped, a chunk repeated or inserted."""
    if not data:
        return data, "empty"
    kind = rnd.randint(0, 3)
    at = rnd.randint(0, len(data) - 1)
    if kind == 0:
        return data[:at], f"truncated at {at}"
    if kind == 1:
        flipped = bytearray(data)
        for _ in range(rnd.randint(1, 8)):
            i = rnd.randint(0, len(data) - 1)
            flipped[i] ^= 1 << rnd.randint(0, 7)
        return bytes(flipped), "bits flipped"
    if kind == 2:
        end = rnd.randint(at, min(len(data), at + 200))
        return data[:end] + data[at:end] * rnd.randint(1, 50) + data[end:], "chunk repeated"
    return data[:at] + rnd.randbytes(rnd.randint(0, 64)) + data[at:], "bytes inserted"


def build_input(rnd: random.Random) -> FuzzInput:
    recipe, text = base_text(rnd)
    steps = [recipe]
    for _ in range(rnd.randint(0, 4)):
        mutate = rnd.choice(MUTATIONS)
        text = mutate(rnd, text)[:MAX_CHARS]
        steps.append(mutate.__name__)
    data, name, how = rnd.choice(FILES)(rnd, text)
    steps.append(how)
    if rnd.randint(0, 9) == 0:
        data, how = damage(rnd, data)
        steps.append(how)
    return FuzzInput(data=data, name=name, recipe=" | ".join(steps))


def fuzz_inputs(fast: bool = False) -> st.SearchStrategy[FuzzInput]:
    """The inputs as a strategy: shrinkable choices, or (``fast``) a plain random seeded by Hypothesis."""
    return st.randoms(use_true_random=fast).map(build_input)
