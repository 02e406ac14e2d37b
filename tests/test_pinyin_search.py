"""parsers.structure.pinyin finds a value in a text's copy without its readings by hand, where it compiled a
pattern per value: the same place as that pattern (``\\s*`` between the characters' classes)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.structure.pinyin import _SAME, _find_spaced, strip_pinyin

ALPHABET = "ab《》〈〉()（）关于 \t\u3000\n\xa0\u2028.*?["


def _pattern_start(compact: str, wanted: list[str], start: int = 0) -> int:
    classes = ("[" + re.escape(_SAME[ch]) + "]" if ch in _SAME else re.escape(ch) for ch in wanted)
    found = re.compile(r"\s*".join(classes)).search(compact, start)
    return found.start() if found else -1


def test_a_value_is_found_across_spaces_and_in_either_bracket():
    compact = "甲市 人民政府〈关于 印发《办法》的通知〉"
    assert _find_spaced(compact, list("人民政府")) == 3
    assert _find_spaced(compact, list("《关于印发")) == 7  # 〈 stands for 《, spaces between skipped
    assert _find_spaced(compact, list("人民政府"), 4) == -1  # from a later offset on
    assert _find_spaced(compact, list("政府人民")) == -1
    assert _find_spaced(compact, [], 3) == 3


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=ALPHABET, max_size=16),
    st.lists(st.sampled_from([ch for ch in ALPHABET if not ch.isspace()]), max_size=4),
    st.integers(min_value=-2, max_value=18),
)
def test_the_same_place_as_the_pattern(compact, wanted, start):
    assert _find_spaced(compact, wanted, start) == _pattern_start(compact, wanted, start)


def test_a_title_gets_its_readings_back():
    text = "盤錦市人民政府關(guān)于修(xiū)改規(guī)定的通知\n"
    mapping = strip_pinyin(text)
    assert mapping is not None and mapping.compact.startswith("盤錦市人民政府關于修改")
    assert mapping.restore("關于修改規定") == "關(guān)于修(xiū)改規(guī)定"
