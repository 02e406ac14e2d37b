"""Status words (征求意见稿, 送审稿, 试行 …): one list, parsers/data/status.toml, and how a title sheds them.

    >>> split_status("科技创新赋能经济转型升级若干措施 征求意见稿")
    ('科技创新赋能经济转型升级若干措施', '征求意见稿')
    >>> split_status("某市管理办法（试行）（征求意见稿）")
    ('某市管理办法', '试行征求意见稿')
    >>> split_status("某市管理暂行办法")
    ('某市管理暂行办法', None)

The structure parser reads a document's ``status`` with ``split_status``; revisions/series.py sets
the same words aside to put drafts of one policy in one series.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path

from parsers.data_tables import data_table

STATUS_PATH = Path(__file__).with_name("data") / "status.toml"


@dataclass(frozen=True)
class StatusWords:
    draft: tuple[str, ...]  # a draft's stage: in brackets or at the end of a title
    trial: tuple[str, ...]  # 试行, 暂行: a status only in brackets
    edition: tuple[str, ...]  # 修订, 修正: edition notes, set aside by series keys only
    solicit: tuple[str, ...]  # 征求意见 in brackets, set aside by series keys only

    @property
    def status(self) -> tuple[str, ...]:
        """Every word that may be a document's status."""
        return self.draft + self.trial

    @cached_property  # asked on every title split: the words are sorted out once
    def solicited_drafts(self) -> tuple[str, ...]:
        """The draft words of a call for comments (征求意见稿, 修订征求意见稿 …): a stage a call adds to a draft's."""
        return tuple(w for w in self.draft if any(s in w for s in self.solicit))

    @property
    def series(self) -> tuple[str, ...]:
        """Every word a series key sets aside (in brackets)."""
        return self.draft + self.trial + self.edition + self.solicit


def _longest_first(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted(dict.fromkeys(words), key=len, reverse=True))


@cache
def status_words() -> StatusWords:
    data = data_table(STATUS_PATH)
    return StatusWords(**{key: _longest_first(data[key]) for key in ("draft", "trial", "edition", "solicit")})


def alternation(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, words))


def spaced_alternation(words: tuple[str, ...]) -> str:
    """The words, each also with spaces between its characters: a layout spreads a short status over the
    title's width (（试   行）, 征 求 意 见 稿)."""
    return "|".join(r"[ \u3000]*".join(map(re.escape, word)) for word in words)


@dataclass(frozen=True)
class _Patterns:
    bracket: re.Pattern[
        str
    ]  # a bracket group holding a status word: (征求意见稿) (2024年征求意见稿) 【送审稿】
    tail: re.Pattern[str]  # a draft word at the very end: …若干措施 征求意见稿
    drafts: str  # the draft words as a regex alternation
    bare_edition: re.Pattern[str]  # an edition word alone in brackets at the end: …预案（修订）
    stage: re.Pattern[str]  # a bracket's contents made only of stage pieces: 草案修改二稿征求意见稿
    trial_stage: re.Pattern[str]  # a trial word and a draft's stage in one bracket: 试行征求意见稿


@cache
def patterns() -> _Patterns:
    words = status_words()
    drafts = spaced_alternation(words.draft)
    any_status = spaced_alternation(_longest_first([*words.draft, *words.trial]))
    return _Patterns(
        bracket=re.compile(
            rf"\s*[（(〔【\[]([^（()）〔〕【】\[\]]{{0,12}}?)({any_status})[^（()）〔〕【】\[\]]{{0,8}}[）)〕】\]]\s*"
        ),
        tail=re.compile(rf"[\s\u3000]*({drafts})[\s\u3000]*$"),
        drafts=drafts,
        bare_edition=re.compile(rf"\s*[（(〔【\[]\s*({spaced_alternation(words.edition)})\s*[）)〕】\]]\s*$"),
        stage=re.compile(rf"(?:{alternation(_stage_parts())}|{_ORDINAL_PART})+"),
        trial_stage=re.compile(rf"(?:{alternation(words.trial)})(?:{alternation(words.draft)})"),
    )


# a revision dated by its year alone ((2031年修订稿)): before a stage bracket it names the edition, as (2031年修订) does
# (field conventions, round 36: an edition in brackets with its year stays in the title); alone it is the stage
_DATED_REVISION_RE = re.compile(r"(?:19|20)\d{2}年修订稿")
_ORDINAL_PART = r"第?[一二三四五六七八九十]{1,3}(?:次|审|读)?稿?"  # 二稿, 二审稿, 第三次, 二次


@cache
def _stage_parts() -> tuple[str, ...]:
    return _longest_first(data_table(STATUS_PATH)["stage_parts"])


_QUOTED_RE = re.compile(r"《[^《》]*(?:《[^《》]*》[^《》]*)*》")
_SPACE_RE = re.compile(r"[ \u3000]+")


@cache
def _own_thing_re() -> re.Pattern[str]:
    """…的情况说明, …的反馈情况, …意见征集结果, …意见建议采纳情况: what the title itself is, after a quoted draft."""
    ends = alternation(tuple(data_table(STATUS_PATH)["report_ends"]))
    return re.compile(rf"的[^《》的]{{1,12}}$|^[^《》]{{0,4}}(?:意见|建议)[^《》]{{0,8}}(?:{ends})$")


# The patterns below open with a repeat or a bracket and get no first character for the engine to skip to (a search
# tries them at every position of the title): each is tried only where the text holds what every match holds.
_BRACKET_OPENS = "（(〔【["  # every match of bracket and bare_edition opens a bracket with one of these
_BRACKET_CLOSES = frozenset("）)〕】]")  # …and bare_edition's closes one before the end
_ANY_SPACE_RE = re.compile(r"\s")


@cache
def _draft_ends() -> frozenset[str]:
    """The last characters of the draft words: a tail match ends in one, spaces after it only."""
    return frozenset(word[-1] for word in status_words().draft)


def _bracketed(text: str) -> bool:
    return any(mark in text for mark in _BRACKET_OPENS)


def _last(text: str) -> str:
    return text.rstrip()[-1:]


_PLACEHOLDER = "\ue000"  # a private-use character: never in a status word or a bracket
_CJK_SPACE_RE = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])\s+|\s+(?=[\u3000-\u9fff\uff00-\uffef])")


@lru_cache(maxsize=1024)  # the title rules ask it of the same head lines again (about 3 calls in 5 a repeat)
def strip_status(title: str) -> str:
    """The title without its status words and their brackets (spaces kept): for matching titles."""
    p = patterns()
    out = p.bracket.sub("", title) if _bracketed(title) else title
    return p.tail.sub("", out) if _last(out) in _draft_ends() else out


def _quoted_names(title: str, bracket: re.Pattern[str]) -> list[str]:
    """The names quoted in ``title``, each with the stage bracket right after it when the title goes on after that
    bracket to name a thing of its own (关于《X公告》（代拟稿）征求意见的情况说明: the stage is the quoted draft's, the
    title names a report on it; 《X条例》（征求意见稿）公布, a headline, is about the draft)."""
    names = []
    for m in _QUOTED_RE.finditer(title):
        stage = bracket.match(title, m.end())
        own = stage is not None and _own_thing_re().search(title[stage.end() :]) is not None
        end = stage.end() if own else m.end()
        names.append(title[m.start() : end].rstrip())
    return names


_HEADLINE_GOES_ON_RE = re.compile(r"[\u4e00-\u9fff]{2,}")


def _named_draft_in_headline(m: re.Match[str]) -> bool:
    """甲委赴丙区开展乙条例(草案)座谈: a stage bracket after a named kind, the line going on in words that name no kind of
    its own; the stage is the named draft's, and the line a headline about it (field conventions: a page's headline is
    its title whole)."""
    rest = m.string[m.end() :].strip()
    if not _HEADLINE_GOES_ON_RE.match(rest) or "《" in m.string or "》" in m.string:
        return False
    from parsers.structure.titles import ends_with_doc_type  # (the structure's titles import this module)

    before = m.string[: m.start()]
    return ends_with_doc_type(before) and not ends_with_doc_type(rest) and not _bracketed(rest)


def split_status(title: str) -> tuple[str, str | None]:
    """A title and its status: the status words and their brackets dropped, spaces between CJK closed.

    Every status word in the title is its status, in the order written: a draft of a trial text is
    ``试行征求意见稿``. Trial words (试行, 暂行) are dropped only in brackets, so 暂行办法 keeps its name.
    """
    p = patterns()
    found: list[str] = []

    def drop(m: re.Match[str]) -> str:
        whole = _SPACE_RE.sub("", m.group(0).strip())[1:-1]  # the bracket's contents
        # （2031年修订稿）（征求意见稿）: the year's revision is the edition, the stage follows
        if _DATED_REVISION_RE.fullmatch(whole) and p.bracket.match(m.string, m.end()):
            return m.group(0)
        if _named_draft_in_headline(m):
            return m.group(0)
        trial_stage = p.trial_stage.fullmatch(whole)  # （试行征求意见稿）: both in one bracket
        found.append(whole if p.stage.fullmatch(whole) or trial_stage else _SPACE_RE.sub("", m.group(2)))
        return ""

    # a name quoted in the title keeps its own status: 关于《X办法（暂行）》公开征求意见
    quoted = _quoted_names(title, p.bracket)
    out = title
    for name in quoted:
        out = out.replace(name, _PLACEHOLDER, 1)
    if _bracketed(out):
        out = p.bracket.sub(drop, out)
    tail = p.tail.search(out) if _last(out) in _draft_ends() else None
    bare = None if found or _last(out) not in _BRACKET_CLOSES else p.bare_edition.search(out)
    if bare is not None:  # （修订） with no date: the revised text's stage
        found.append(_SPACE_RE.sub("", bare.group(1)))
        out = out[: bare.start()]
    elif tail:
        found.append(_SPACE_RE.sub("", tail.group(1)))
        out = out[: tail.start()]
    if quoted:
        pieces = out.split(_PLACEHOLDER)
        out = "".join(piece + (quoted[k] if k < len(quoted) else "") for k, piece in enumerate(pieces))
    out = out.replace("\n", "")
    out = (_CJK_SPACE_RE.sub("", out) if _ANY_SPACE_RE.search(out) else out).strip()
    trial = status_words().trial
    drafts = [w for w in found if w not in trial]
    status = drafts[0] if drafts else (found[0] if found else None)
    if len(drafts) > 1 and (
        "".join(drafts[:2]) in status_words().draft
        or (p.stage.fullmatch(drafts[0]) and drafts[1] in status_words().solicited_drafts)
    ):
        # （修订草案）（征求意见稿）, （草案修改稿） ⏎ （征求意见稿）: a draft's stage and the call's, one stage
        status = "".join(drafts[:2])
    trials = [w for w in found if w in trial]
    if (
        drafts and trials
    ):  # （试行）（征求意见稿）: a draft of a trial text; both words are its status, as written
        status = trials[0] + status if found.index(trials[0]) < found.index(drafts[0]) else status + trials[0]
    if status in status_words().solicited_drafts and (bare := p.bare_edition.search(out)):
        # （修正）（征求意见稿）: the revised text's stage and the call's, one stage (修正征求意见稿, as 修订征求意见稿)
        status, out = _SPACE_RE.sub("", bare.group(1)) + status, out[: bare.start()]
    if status and status.startswith("公开") and status.endswith("征求意见稿"):
        status = status.removeprefix("公开")
    return out, status
