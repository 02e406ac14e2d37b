"""names_in_title looks for an asking verb before it tries SOLICIT_RE (parsers.structure.notice_names): the same
only while every match of SOLICIT_RE holds one, which these texts, made of the pattern's own pieces, check."""

import random

from parsers.structure.notice_names import _ASKING_VERB_RE, SOLICIT_RE, names_in_title

PIECES = [
    "关于",
    "公开",
    "征求",
    "征集",
    "听取",
    "征",
    "求",
    "《",
    "》",
    "X办法",
    "的",
    "意见",
    "建议",
    "公众",
    "通知",
]


def test_a_text_without_an_asking_verb_holds_no_call_for_comments():
    rnd = random.Random(24)
    for _ in range(4000):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 8)))
        if _ASKING_VERB_RE.search(text) is None:
            assert SOLICIT_RE.search(text) is None, text


def test_calls_for_comments_are_still_read():
    assert names_in_title("关于公开征求《甲市X管理办法》意见的通知") is not None
    assert names_in_title("关于《甲市X管理办法（征求意见稿）》公开征求意见的公告") is not None
    assert names_in_title("甲市X管理办法") is None
