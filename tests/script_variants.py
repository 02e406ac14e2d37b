"""Made-up texts turned into the scripts some pages print policy texts in: traditional characters, and traditional
characters with a converter's pinyin glosses after some of them (``地區(qū)生產總值``, ``萬(wàn)畝``).

The extractors must give the same rows on a variant as on the simplified text it was made from. The character table
is the project's one (parsers/data/traditional.toml), read backwards: each simplified character takes its first
traditional form. The readings are the usual ones of the characters a converter annotates; what matters to the rules
is their form (latin letters with a tone mark in brackets right after a character), not that each is right.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

TRADITIONAL_PATH = Path(__file__).resolve().parent.parent / "parsers" / "data" / "traditional.toml"

# the reading a converter writes after a character (keyed by the simplified form)
READINGS = {
    "区": "qū",
    "产": "chǎn",
    "业": "yè",
    "标": "biāo",
    "万": "wàn",
    "亿": "yì",
    "达": "dá",
    "现": "xiàn",
    "规": "guī",
    "经": "jīng",
    "营": "yíng",
    "稳": "wěn",
    "发": "fā",
    "务": "wù",
    "续": "xù",
    "专": "zhuān",
    "节": "jié",
    "镇": "zhèn",
    "实": "shí",
    "进": "jìn",
    "质": "zhì",
    "预": "yù",
    "优": "yōu",
    "环": "huán",
    "亩": "mǔ",
    "吨": "dūn",
    "项": "xiàng",
    "设": "shè",
    "补": "bǔ",
    "贴": "tiē",
    "奖": "jiǎng",
    "励": "lì",
    "率": "lǜ",
    "提": "tí",
    "过": "guò",
    "确": "què",
    "争": "zhēng",
}


@cache
def _to_traditional() -> dict[int, str]:
    with TRADITIONAL_PATH.open("rb") as handle:
        fold = tomllib.load(handle)["fold"]
    return {ord(simplified): forms[0] for simplified, forms in fold.items()}


def traditional(text: str) -> str:
    """``text`` in traditional characters (one for one)."""
    return text.translate(_to_traditional())


def glossed(text: str, every: int = 1) -> str:
    """``text`` in traditional characters with a reading after every ``every``-th character that has one."""
    out: list[str] = []
    seen = 0
    for ch in text:
        out.append(ch.translate(_to_traditional()))
        reading = READINGS.get(ch)
        if reading is not None:
            seen += 1
            if seen % every == 0:
                out.append(f"({reading})")
    return "".join(out)


VARIANTS = {
    "traditional": traditional,
    "glossed": glossed,
    "half glossed": lambda text: glossed(text, every=2),
}


# -- the forms a page is stored in that the structure reads past (parsers/structure/fold.py) ------------------------
def as_markup(text: str) -> str:
    """A page stored with its HTML markup as text: each line a paragraph tag."""
    return "".join(f"<p>{line}</p>" for line in text.split("\n") if line.strip())


def lost_indentation(text: str) -> str:
    """A site that re-encoded its text: each line's full-width indentation turned into ``??``."""
    return "\n".join(f"??{line}" if line.strip() else line for line in text.split("\n"))


def crawler_marks(text: str) -> str:
    """A crawler's copy: each paragraph opened by ``@@``, all on one line."""
    return "".join(f"@@ {line} " for line in text.split("\n") if line.strip())


PAGE_FORMS = {
    "markup as text": as_markup,
    "lost indentation": lost_indentation,
    "crawler marks": crawler_marks,
}
