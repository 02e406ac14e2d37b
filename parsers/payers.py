"""Who pays a fine, as its class (单位 or 个人): the conventions give a fine's recipient as the class 对单位/对个人 names.

A payer phrase (对单位用户可以处…, 对责任单位处…, 對個人處…) that ends in a class word, or opens with one before a short role
noun, is that class; a fine with no 对 phrase whose clause opens with a class word as its subject (（一）单位燃放…的，处…罚款;
有违规行为的单位将被处以…，个人处以…) is that class when only one class is named before it. Words: lexicon [recipients]
payer_classes, payer_role_noun_reach, payer_joiners, payer_subject_after.
"""

from __future__ import annotations

import re

from parsers.lexicon import Lexicon
from parsers.patterns import alternation


class _PayerWords:
    def __init__(self, lex: Lexicon):
        section = lex.section("recipients")
        self.class_of = {word: cls for cls, words in section["payer_classes"].items() for word in words}
        self.reach = int(section["payer_role_noun_reach"])
        self.subject_after = frozenset(section["payer_subject_after"])
        self.word = re.compile(alternation(self.class_of))
        self.joined = re.compile(alternation(section["payer_joiners"]))  # two payers named in one phrase
        # a class word joined to another payer or owning a person who pays is no subject (单位和个人, 单位直接责任人)
        self.subject = re.compile(
            f"(?:{alternation(self.class_of)})(?!{alternation(section['payer_subject_not_before'])})"
        )


def _words(lex: Lexicon) -> _PayerWords:
    return lex.derived(_PayerWords)


def phrase_class(lex: Lexicon, phrase: str) -> str | None:
    """单位用户, 责任单位, 個人 (its normalized form 个人) -> the payer class; a phrase of two payers joined (单位或者经营者)
    or any other phrase -> None."""
    words = _words(lex)
    if words.joined.search(phrase):
        return None  # 单位和个人, 建设单位、施工单位: more than one payer
    for word, cls in words.class_of.items():
        rest = phrase[len(word) :]
        if phrase.endswith(word) or (phrase.startswith(word) and len(rest) <= words.reach):
            return cls
    return None


def subject_class(lex: Lexicon, norm: str, start: int, end: int) -> str | None:
    """The one payer class named as a subject in norm[start:end] (单位燃放…的，处; 的单位将被处以), or None."""
    words = _words(lex)
    found = {
        words.class_of[m.group(0)]
        for m in words.subject.finditer(norm, start, end)
        if m.start() == start or norm[m.start() - 1] in words.subject_after
    }
    return found.pop() if len(found) == 1 else None
