"""Chinese and Arabic numerals: 十二 -> 12, 一百二十三 -> 123, 壹佰 -> 100, ２．７ -> 2.7, 1,000 -> 1000.

Scales (万, 亿) inside a Chinese numeral are multiplied out here; a scale that
follows an Arabic number (2.7万) is the caller's business (``SCALES``).
"""

from __future__ import annotations

import re

# Full-width digits, decimal point and percent -> ASCII. The Chinese comma stays: it separates clauses, not thousands.
_WIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")

DIGITS = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
SCALES = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}

# ① .. ⑳ as used for sub-items
CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}

CN_NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(SCALES) + "点"
CN_NUMERAL_RE = re.compile(f"[{CN_NUMERAL_CHARS}]+")
ARABIC_RE = re.compile(r"[0-9０-９]+(?:,[0-9０-９]{3})*(?:[.．][0-9０-９]+)?")


def to_halfwidth(text: str) -> str:
    """Full-width digits and number punctuation to ASCII; same length, so offsets hold."""
    return text.translate(_WIDTH)


def _cn_below_10000(text: str) -> int:
    total, digit = 0, None
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            total += (1 if digit is None else digit) * SMALL_UNITS[ch]
            digit = None
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + (digit or 0)


def _cn_integer(text: str) -> int:
    if not text:
        raise ValueError("empty numeral")
    if "亿" in text or "億" in text:
        head, _, tail = text.replace("億", "亿").partition("亿")
        return _cn_integer(head or "一") * 100_000_000 + (_cn_integer(tail) if tail else 0)
    if "万" in text or "萬" in text:
        head, _, tail = text.replace("萬", "万").partition("万")
        return _cn_below_10000(head or "一") * 10_000 + (_cn_below_10000(tail) if tail else 0)
    if all(ch in DIGITS for ch in text) and len(text) > 1:
        # digit by digit, as in 二〇二七 or 一五
        return int("".join(str(DIGITS[ch]) for ch in text))
    return _cn_below_10000(text)


def parse_chinese(text: str) -> float:
    """十二 -> 12, 一百零五 -> 105, 三点五 -> 3.5, 五十万 -> 500000, 二〇二七 -> 2027."""
    whole, _, frac = text.partition("点")
    value: float = _cn_integer(whole) if whole else 0
    if frac:
        if not all(ch in DIGITS for ch in frac):
            raise ValueError(f"not a Chinese decimal: {text!r}")
        value += float("0." + "".join(str(DIGITS[ch]) for ch in frac))
    return value


def parse_arabic(text: str) -> float:
    """1,000 -> 1000, ２．７ -> 2.7."""
    return float(to_halfwidth(text).replace(",", ""))


def parse_number(text: str) -> float:
    """Any numeral as written: Arabic (full- or half-width, with thousands separators) or Chinese."""
    text = text.strip()
    if not text:
        raise ValueError("empty numeral")
    if len(text) == 1 and text in CIRCLED:
        return CIRCLED[text]
    if ARABIC_RE.fullmatch(text):
        return parse_arabic(text)
    return parse_chinese(text)


def parse_ordinal(text: str) -> int | None:
    """The integer of a label's number: 十二, 12, １２, 一百二十三. None when it is not a numeral."""
    try:
        value = parse_number(text)
    except (ValueError, KeyError):
        return None
    return int(value) if value == int(value) else None
