"""Patterns whose opening look-behind was moved past their first character, so that the regex engine skips to that
character instead of trying every position (parsers.patterns.YEAR_NAMED, parsers.structure.lines._GAP_RE): they find
what the look-behind-first wording finds, at any pos and endpos, by every method the rules call."""

import random
import re

import pytest

from parsers.patterns import YEAR_NAMED
from parsers.structure.lines import _GAP_RE

CASES = [
    (YEAR_NAMED, r"(?<!\d)((?:19|20)\d{2})\s*年", "12090 年\n3x"),
    (
        _GAP_RE,
        r"(?<=[^A-Za-z0-9\s])[ \t\u3000\xa0]+(?=[^\x00-\x7f]|[0-9(（])",
        " \t\u3000\xa0a1(（中,\n",
    ),
]


def _found(pattern: re.Pattern, text: str, pos: int, endpos: int):
    def span(m):
        return None if m is None else (m.span(), m.groups())

    return (
        [span(m) for m in pattern.finditer(text, pos, endpos)],
        pattern.findall(text, pos, endpos),
        span(pattern.search(text, pos, endpos)),
        span(pattern.match(text, pos, endpos)),
    )


@pytest.mark.parametrize(("pattern", "wording", "alphabet"), CASES)
def test_the_pattern_finds_what_its_look_behind_first_wording_finds(pattern, wording, alphabet):
    plain = re.compile(wording)
    rnd = random.Random(24)
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        pos = rnd.randint(0, len(text))
        endpos = rnd.randint(pos, len(text))
        assert _found(pattern, text, pos, endpos) == _found(plain, text, pos, endpos), (text, pos, endpos)


def test_a_year_inside_a_longer_number_is_no_year():
    assert YEAR_NAMED.findall("2026年，12026年，2030 年") == ["2026", "2030"]
    assert YEAR_NAMED.search("12026年", 1) is None  # the digit before pos is read, as the look-behind read it
