"""Text normalisation for comparison, and the text diff of a pair.

Differences of character width alone ((一) vs （一）, `,` vs `，`, full- and half-width
digits, spaces) must not count as edits, so every comparison runs over
``normalise(text)``: Unicode NFKC (folds full-width forms and the ideographic space),
a small map for the punctuation NFKC leaves alone (dashes, quotes, brackets), and no
whitespace.

The diff is computed over tokens, not single characters: a CJK character is a token,
and so is a run of digits/Latin letters (with decimal points and thousands separators),
so that 100万元 -> 200万元 reads as "100" -> "200" rather than "1" -> "2" inside an
unchanged "00". Chinese has no spaces to cut words at; character tokens keep the diff
exact without loading a segmenter, and the number runs keep amounts whole. Each token
keeps its original surface, so the opcodes show the text as written on each side.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

from revisions.model import TextOp

# Punctuation NFKC leaves alone, mapped to one form each (applied after NFKC).
_PUNCT_MAP = str.maketrans(
    {
        "\u2014": "-",  # — em dash (20—100万元)
        "\u2013": "-",  # – en dash
        "\u2012": "-",
        "\u2015": "-",
        "\u2212": "-",  # minus sign
        "\u301c": "~",  # 〜 wave dash
        "\u201c": '"',  # “
        "\u201d": '"',  # ”
        "\u2018": "'",  # ‘
        "\u2019": "'",  # ’
        "\u300c": '"',  # 「
        "\u300d": '"',  # 」
        "\u300e": '"',  # 『
        "\u300f": '"',  # 』
        "\u3014": "[",  # 〔
        "\u3015": "]",  # 〕
        "\u3010": "[",  # 【
        "\u3011": "]",  # 】
        "\u2236": ":",  # ∶ ratio sign (1∶1)
        "\u3002": "。",
        "\uff61": "。",  # ｡ half-width ideographic full stop
        "\uff64": "、",  # ､ half-width ideographic comma
    }
)
# Full-width ASCII (！…～) and the ideographic space, as NFKC maps them; applied first so most
# Chinese text is already in NFKC form afterwards and the costly normalisation is skipped.
_PUNCT_MAP.update({code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)})
_PUNCT_MAP[0x3000] = " "
# Invisible format characters (zero-width space and joiners, word joiner, BOM, soft hyphen) are page
# junk of copied web text: they never make a difference a reader could see.
_PUNCT_MAP.update(dict.fromkeys((0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)))
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """The comparison form of a text: NFKC, one form per punctuation mark, no whitespace."""
    text = text.translate(_PUNCT_MAP)
    if not unicodedata.is_normalized("NFKC", text):  # a quick check; most text needs no rewriting
        text = unicodedata.normalize("NFKC", text).translate(_PUNCT_MAP)
    return _SPACE.sub("", text)


_normalise_char = lru_cache(maxsize=65536)(normalise)


# What changes as a whole when it changes: a label or cross-reference (第十四条, 第二章, （三）, 第（二）项),
# a Chinese numeral with its scale (二十万, 一百五十), a number or Latin word (1,000 / 2.7 / 3000P / GDP).
_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
_TOKEN = re.compile(
    rf"第[{_CN_DIGITS}0-9]+[编章节条款项目]"
    rf"|第?[（(][{_CN_DIGITS}0-9]+[）)](?:项|目)?"
    rf"|[{_CN_DIGITS}]{{2,}}"
    r"|[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+(?:[.,．，][0-9\uff10-\uff19]+)*|\s+|.",
    re.S,
)


def tokens(text: str) -> list[tuple[str, str]]:
    """(surface, key) pairs covering ``text``; whitespace is glued to the token before it (key unchanged)."""
    surfaces = _TOKEN.findall(text)
    if any(s.isspace() for s in surfaces):
        glued: list[str] = []
        for surface in surfaces:
            if surface.isspace() and glued:
                glued[-1] += surface
            else:
                glued.append(surface)
        surfaces = glued
    return [(s, _normalise_char(s) if len(s) == 1 else normalise(s)) for s in surfaces]


def _merge_short_equals(ops: list[TextOp], max_len: int = 1) -> list[TextOp]:
    """Fold a one-character equal run caught between two edits into the edit, so an
    edit reads as one phrase (改为 "国家有关规定" rather than a patchwork of single characters)."""
    out: list[TextOp] = []
    for op in ops:
        out.append(op)
        while (
            len(out) >= 3
            and out[-1].op != "equal"
            and out[-2].op == "equal"
            and len(normalise(out[-2].old)) <= max_len
            and out[-3].op != "equal"
        ):
            third, middle, last = out[-3], out[-2], out[-1]
            merged = TextOp(
                op="replace", old=third.old + middle.old + last.old, new=third.new + middle.new + last.new
            )
            del out[-3:]
            out.append(merged)
    # a replace with one side empty is a plain delete/insert
    for index, op in enumerate(out):
        if op.op == "replace" and not op.new:
            out[index] = TextOp(op="delete", old=op.old)
        elif op.op == "replace" and not op.old:
            out[index] = TextOp(op="insert", new=op.new)
    return out


def text_ops(old: str, new: str) -> list[TextOp]:
    """The diff of two texts as equal/delete/insert/replace segments of their original surfaces."""
    old_tokens, new_tokens = tokens(old), tokens(new)
    matcher = SequenceMatcher(None, [k for _, k in old_tokens], [k for _, k in new_tokens], autojunk=False)
    ops: list[TextOp] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        old_part = "".join(s for s, _ in old_tokens[i1:i2])
        new_part = "".join(s for s, _ in new_tokens[j1:j2])
        if ops and ops[-1].op == tag:  # keep adjacent segments of one kind together
            ops[-1] = TextOp(op=tag, old=ops[-1].old + old_part, new=ops[-1].new + new_part)
        else:
            ops.append(TextOp(op=tag, old=old_part, new=new_part))
    return _merge_short_equals(ops)


def ops_similarity(ops: list[TextOp]) -> float:
    """2·matched / total over the non-space characters of a diff: difflib's ratio, from the ops already made."""
    matched = total = 0
    for op in ops:  # lengths without whitespace: what normalise keeps, up to rare NFKC expansions
        old, new = len(_SPACE.sub("", op.old)), len(_SPACE.sub("", op.new))
        total += old + new
        if op.op == "equal":
            matched += old + new
    return matched / total if total else 1.0


def ngrams(normalised: str, n: int = 2) -> set[str]:
    """Character n-grams of a normalised text (the text itself when it is shorter than n)."""
    if len(normalised) < n:
        return {normalised} if normalised else set()
    if n == 2:
        return set(map(str.__add__, normalised, normalised[1:]))
    return {normalised[i : i + n] for i in range(len(normalised) - n + 1)}


def ratio(old_normalised: str, new_normalised: str) -> float:
    """difflib's similarity ratio of two normalised texts (1.0 when equal)."""
    if old_normalised == new_normalised:
        return 1.0
    if not old_normalised or not new_normalised:
        return 0.0
    return SequenceMatcher(None, old_normalised, new_normalised, autojunk=False).ratio()
