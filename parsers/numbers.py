"""Chinese and Arabic numerals: the one place that tables them.

Reading: 十二 -> 12, 一百二十三 -> 123, 壹佰 -> 100, ２．７ -> 2.7, 1,000 -> 1000. Scales (万, 亿)
inside a Chinese numeral are multiplied out here; a scale that follows an Arabic number (2.7万)
is the caller's business (``SCALES``).

Writing (how Word renders automatic list numbers): 105 -> 一百零五, 14 -> xiv, 28 -> bb.

Character classes: other modules build their patterns from the ``*_CHARS`` constants below
(each is the body of a regex character class), never from their own list of numeral characters.
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

# ---------------------------------------------------------------- character classes
ARABIC_DIGIT_CHARS = "0-9０-９"  # half- and full-width
CN_DIGIT_CHARS = (
    "零〇○一二三四五六七八九"  # the ten digits as dates and labels write them (二〇二五, 第十二条)
)
CN_FORMAL_DIGIT_CHARS = "壹贰貳叁參肆伍陆陸柒捌玖"  # 大写 digits of financial writing
CN_ALL_DIGIT_CHARS = "".join(DIGITS)  # every character that is a digit: the above, 两, 幺, Ｏ
CN_UNIT_CHARS = "十百千"
CN_ALL_UNIT_CHARS = "".join(SMALL_UNITS)  # with the formal 拾佰仟
CN_SCALE_CHARS = "".join(SCALES)
CN_LABEL_CHARS = CN_DIGIT_CHARS + CN_UNIT_CHARS + "两"  # what the numbers of headings are written with
CN_NUMERAL_CHARS = CN_ALL_DIGIT_CHARS + CN_ALL_UNIT_CHARS + CN_SCALE_CHARS + "点"
CN_NUMERAL_RE = re.compile(f"[{CN_NUMERAL_CHARS}]+")
ARABIC_RE = re.compile(
    r"[0-9０-９]+(?:,[0-9０-９]{3})*(?:[.．][0-9０-９]+)?|[0-9]{1,3}(?: [0-9]{3})+(?:\.[0-9]+)?"
)
_MIXED_WAN_RE = re.compile(
    r"([0-9０-９]{1,4})万([0-9０-９]{1,4})"
)  # 3万8000 (亿元): a digit run, 万, a digit run


def to_halfwidth(text: str) -> str:
    """Full-width digits and number punctuation to ASCII; same length, so offsets hold."""
    return text.translate(_WIDTH)


_ZERO_DIGITS = frozenset(ch for ch, value in DIGITS.items() if value == 0)


def _cn_below_10000(text: str) -> int:
    if len(text) > 1 and all(ch in DIGITS for ch in text) and any(ch in _ZERO_DIGITS for ch in text):
        # 一○○万元: digits with ○ for 0 before a scale are read digit by digit (100万); 三四万 (three or four) is
        # no such run (a run of zeros alone, ○○万元, is a blank: candidates.blank_numeral)
        return int("".join(str(DIGITS[ch]) for ch in text))
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
    """1,000 -> 1000, 7 000 -> 7000 (thousands set apart by a space), ２．７ -> 2.7."""
    return float(to_halfwidth(text).replace(",", "").replace(" ", ""))


def parse_number(text: str) -> float:
    """Any numeral as written: Arabic (full- or half-width, with thousands separators) or Chinese."""
    text = text.strip()
    if not text:
        raise ValueError("empty numeral")
    if len(text) == 1 and text in CIRCLED:
        return CIRCLED[text]
    if ARABIC_RE.fullmatch(text):
        return parse_arabic(text)
    mixed = _MIXED_WAN_RE.fullmatch(text)
    if mixed:  # 3万8000 (before 亿): 38000
        return parse_arabic(mixed.group(1)) * 10000 + parse_arabic(mixed.group(2))
    return parse_chinese(text)


def parse_ordinal(text: str) -> int | None:
    """The integer of a label's number: 十二, 12, １２, 一百二十三. None when it is not a numeral."""
    try:
        value = parse_number(text)
    except (ValueError, KeyError):
        return None
    return int(value) if value == int(value) else None


# ---------------------------------------------------------------- writing numbers

_CN_WRITE_DIGITS = "零一二三四五六七八九"
_CN_GROUP_SCALES = ("", "万", "亿")  # 10^0, 10^4, 10^8
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip
MAX_CHINESE = 10**12 - 1  # below 万亿
MAX_ROMAN = 3999  # the classical numerals have no sign for 5000
MAX_LETTER_REPEAT = 30  # a, b … z, aa … zz, … up to thirty letters


def _group_below_10000(n: int, leading: bool) -> str:
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // value % 10
        if digit:
            if zero:
                out += "零"
            # 十二, not 一十二, at the head of a number; 一百一十二 inside it.
            out += (
                "" if unit == "十" and digit == 1 and leading and not out else _CN_WRITE_DIGITS[digit]
            ) + unit
            zero = False
        elif out:
            zero = True
    return out


def to_chinese(n: int) -> str | None:
    """1 -> 一, 10 -> 十, 21 -> 二十一, 105 -> 一百零五, 10010 -> 一万零一十 (Word's chineseCounting);
    None outside 1 .. MAX_CHINESE. ``parse_chinese`` reads every result back to ``n``."""
    if not 1 <= n <= MAX_CHINESE:
        return None
    groups = []
    while n:
        n, group = divmod(n, 10_000)
        groups.append(group)
    out, pending_zero = "", False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if not group:
            pending_zero = bool(out)
            continue
        written = _group_below_10000(group, leading=not out)
        if out and (pending_zero or group < 1000):
            written = "零" + written
        out += written + _CN_GROUP_SCALES[index]
        pending_zero = False
    return out


def to_roman(n: int) -> str | None:
    """14 -> xiv (lower case; ``.upper()`` for XIV); None outside 1 .. MAX_ROMAN."""
    if not 1 <= n <= MAX_ROMAN:
        return None
    out = []
    for value, numeral in _ROMAN:
        count, n = divmod(n, value)
        out.append(numeral * count)
    return "".join(out)


def to_letters(n: int) -> str | None:
    """1 -> a, 26 -> z, 27 -> aa, 28 -> bb (a letter repeated, as Word numbers lists); None outside
    1 .. 26 * MAX_LETTER_REPEAT."""
    if not 1 <= n <= 26 * MAX_LETTER_REPEAT:
        return None
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
