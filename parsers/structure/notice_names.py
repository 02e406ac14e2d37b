"""What a notice's title says it issues or asks comments on: 关于印发X的通知 -> X, 关于征求《X》意见的公告 -> X, and
whether it names several documents (《X》等四项制度, X和Y)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from parsers.status import split_status, status_words, strip_status
from parsers.structure.covering import ASKING, QUOTED_RE, own_words
from parsers.structure.issued_names import quoted_names
from parsers.structure.titles import is_issuer_line, open_quote, rules, squeeze, titles_data

# A call for comments in a title: 关于征求《X》意见的通知, 关于《X》公开征求意见的公告, 关于X公开征求意见的通知
SOLICIT_RE = re.compile(
    rf"(?:关于)?(?:公开)?{ASKING}(?P<a>.+?)(?:的)?(?:意见|建议)|(?:关于)?(?P<b>.+?)(?:公开)?{ASKING}"
    r"(?:社会公众|社会各界|公众)?(?:意见|建议)"
)
_ASKING_VERB_RE = re.compile(ASKING)  # every match of SOLICIT_RE holds one
# 关于公开征求《X（征求意见稿）》的通知: a call that names its draft, stage and all, with no 意见 after the name, or with
# other words for what it asks (关于征求《X（征求意见稿）》修改补充的通知: changes to it)
_STAGED_CALL_RE = re.compile(
    rf"^(?:(?P<organ>[^《》]{{2,40}}?)?关于)?(?:向社会)?(?:公开)?{ASKING}(?:对)?(?P<name>《[^《》]+》)[\u4e00-\u9fff]{{0,6}}?的?"
    rf"(?:{'|'.join(titles_data()['covering_kinds'])})$"
)
# 《X》等四项制度 issues several; 转发市发改委等部门《X》 names who drafted the one document it forwards
SEVERAL_RE = re.compile(r"等[一二三四五六七八九十两几\d]*[项个份件部类](?![门委])")
ENUMERATION_RE = re.compile(r"和|及|与|、")
TRAILING_JUNK_RE = re.compile(r"[|｜\-—_·•]+$")


def issued_part(key: str) -> str | None:
    """What a notice's title says it issues: 关于印发X的通知 -> X; the verb opens the title, follows 关于,
    or follows the issuer (国务院办公厅转发X的通知). A call on a covering notice (关于征求对《关于印发X的通知》的意见的通知)
    issues nothing itself: the notice it quotes issues X."""
    r = rules()
    for m in r.issuing_verb.finditer(key):
        before = key[: m.start()]
        if open_quote(before):
            quoted = QUOTED_RE.match(key, before.rfind("《"))
            return (
                issued_part(quoted.group(0)[1:-1]) if quoted and _STAGED_OR_CALLED_RE.search(before) else None
            )
        if before and not before.endswith("关于") and not is_issuer_line(before):
            continue
        tail = r.covering_tail.match(key, m.end())
        if tail is not None:
            return tail.group("issued")
    return None


# an exclamation or a full-width question mark: a headline's, never in a notice's title (a half-width ? stands
# for a character a page lost)
HEADLINE_MARK_RE = re.compile(r"[!！？]")


@lru_cache(maxsize=1024)
def names_in_title(title: str) -> tuple[tuple[str, ...], bool] | None:
    """What a notice's title issues, and whether it issues several; None when it issues nothing."""
    key = _uncut(TRAILING_JUNK_RE.sub("", squeeze(title)))
    if HEADLINE_MARK_RE.search(key):
        return None  # 省政府发布!《X》全文来了: a news headline that reports a document, no notice's title
    issued = _drop_call(issued_part(key))
    if issued is not None and not QUOTED_RE.search(issued) and not _names_a_document(issued):
        return None  # 关于发布禁止野外用火的通告: what it 发布 names no kind of document; the 通告 is the document
    if issued is None:
        issued = _presented(key) or _staged_call(key) or _quoted_notice(key) or _hearing(key)
    if issued is None:
        asking = squeeze(strip_status(own_words(key)))
        # (looked for first: without an asking verb SOLICIT_RE's .+? is tried from every start, quadratic in the title)
        solicit = SOLICIT_RE.search(asking) if _ASKING_VERB_RE.search(asking) else None
        if solicit is None or not _ends_as_call(asking[solicit.end() :]):
            return None
        quoted_in_key = QUOTED_RE.findall(key)
        asked = solicit.group("a") or solicit.group("b")
        if "征集" in solicit.group(0) and _DRAFTING_PROPOSALS_RE.search(asking):
            return None  # 征集《X》起草建议: proposals for a text not yet written, no draft: the call is the document
        if _repeals(asked):  # 关于征求废止《X办法》意见的通知: the call's own title
            return None
        if quoted_in_key and SEVERAL_RE.search(asked):
            return tuple(q[1:-1] for q in quoted_in_key), True  # 关于征求《X》等3件草案意见的公告
        issued = "".join(quoted_in_key) if quoted_in_key else asked
        if not quoted_in_key:
            if "征集" in solicit.group(0) and "建议" in asking[solicit.end() - 2 : solicit.end() + 2]:
                return None  # 征集X计划(意见)建议: a call for proposals for a text not yet written: no draft
            head, about, rest = issued.partition("关于")
            if about and (not head or is_issuer_line(head)):
                issued = rest  # X局关于Y计划（征求意见稿）公开征求意见: the draft is Y计划
            if not _is_name(issued):
                return None  # X局关于公开征求意见的通知: the title names no draft (its body may)
            stage = split_status(key)[1]
            issued = issued + f"（{stage}）" if stage else issued  # its stage, set aside for the search
    quoted = quoted_names(issued)
    several = bool(SEVERAL_RE.search(issued)) or len(set(quoted)) > 1
    if quoted:
        return quoted, several
    # unquoted: X和Y with each part naming a kind of document
    parts = tuple(p for p in ENUMERATION_RE.split(issued) if p)
    if len(parts) > 1 and all(rules().doc_type_end.search(p) for p in parts):
        return parts, True
    return (issued,), several


# 征集…《X》起草建议, 编制意见建议: what a call collects for the drafting of a text not yet written (titles.toml)
_DRAFTING_PROPOSALS_RE = re.compile(rf"》的?(?:{'|'.join(titles_data()['drafting_words'])})(?:意见)?建议")


# 关于公布《X》征求意见的通知: what it publishes is X, and publishes it to ask for comments
_CALL_AFTER_NAME_RE = re.compile(rf"(?<=》)(?:向社会)?(?:公开)?{ASKING}[\u4e00-\u9fff]{{0,6}}?(?:意见|建议)$")


def _drop_call(issued: str | None) -> str | None:
    """《X（草案）》征求意见 -> 《X（草案）》: the call after the name a notice publishes is no part of it."""
    call = _CALL_AFTER_NAME_RE.search(issued) if issued else None
    return issued[: call.start()] if call else issued


# 关于印发X方案的通...: a site cut the title short, in the middle of its kind word
_CUT_KIND_RE = re.compile(r"的[\u4e00-\u9fff]?(?:\.{2,}|…+)$")


# 关于《X（征求意见稿）》公开征求: a call cut right after its asking verb, the draft named whole in quotes before it
_CUT_CALL_RE = re.compile(rf"关于《[^《》]+》(?:向社会)?(?:公开)?{ASKING}$")
# 《X（征求意见稿）》公开征求: the same cut call heading with the draft's name, no 关于; the name must carry a draft's
# stage (《X条例》征求 alone may be a news headline's words about a law in force)
_CUT_BARE_CALL_RE = re.compile(rf"《(?P<name>[^《》]+)》(?:向社会)?(?:公开)?{ASKING}$")


def _uncut(key: str) -> str:
    """关于印发X方案的通... -> 关于印发X方案: a title a site cut short in its last words still says what it issues;
    关于《X（征求意见稿）》公开征求 -> …公开征求意见: so does a call cut after its asking verb, with or without its
    关于 (《X（草案）》征求 -> …征求意见)."""
    if _CUT_CALL_RE.search(key):
        return key + "意见"
    bare = _CUT_BARE_CALL_RE.fullmatch(key)
    if bare is not None and split_status(bare.group("name"))[1] in status_words().draft:
        return key + "意见"  # 《X（征求意见稿）》公开征求 -> …公开征求意见
    return key[: m.start()] if (m := _CUT_KIND_RE.search(key)) and "关于" in key else key


@cache  # (built once, not formatted and looked up in re's cache at every title)
def _presenting_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    kinds = "|".join(sorted(titles_data()["presenting_kinds"], key=len, reverse=True))
    return (
        re.compile(rf"(?P<head>.*?)关于对?(?P<subject>.+?)的?(?:{kinds})"),
        re.compile(rf"(?P<head>.*?)(?P<subject>《[^《》]+》|[^《》]+)(?:{kinds})"),
    )


# what a call says before the covering notice it quotes: 关于公开征求对《…, 征求《…
_STAGED_OR_CALLED_RE = re.compile(rf"{ASKING}(?:对)?《[^《》]*$")


def _staged_call(key: str) -> str | None:
    """关于公开征求《X（征求意见稿）》的通知 -> 《X（征求意见稿）》: a call that names its draft with the draft's stage in
    the quotes asks comments on it, though no 意见 follows the name (a quoted name with no stage is left to the
    call's other forms)."""
    m = _STAGED_CALL_RE.match(key)
    if m is None or split_status(m.group("name")[1:-1])[1] not in status_words().draft:
        return None
    if m.group("organ") and not is_issuer_line(m.group("organ")):
        return None  # (甲局关于…: the organ that calls, nothing else before 关于)
    return m.group("name")


# 关于举行《X（草案）》立法听证会的公告, 甲局关于召开《X》听证会的通知: a hearing held on a named text asks comments on it
# as a call does (lead_title reads the same act in a lead); the hearing words are titles.toml's hearing_words
_HEARING_RE = re.compile(
    rf"^(?:(?P<organ>[^《》]{{2,40}}?)?关于)?(?:举行|召开|举办)(?P<name>《[^《》]+》)(?:立法)?"
    rf"(?:{'|'.join(titles_data()['hearing_words'])})的?(?:{'|'.join(titles_data()['covering_kinds'])})$"
)


def _hearing(key: str) -> str | None:
    """关于举行《X（草案）》立法听证会的公告 -> 《X（草案）》, when the quoted name is a document's and the head before
    关于 is an organ (a hearing on no document's name keeps its own title)."""
    m = _HEARING_RE.match(key)
    if m is None or not _is_name(strip_status(m.group("name")[1:-1])):
        return None
    if m.group("organ") and not is_issuer_line(m.group("organ")):
        return None
    return m.group("name")


# 《X》的通知: a notice's title with nothing before the quoted name (its organ and verb on a line above, or cut off).
# Only the kinds that hand a document over (titles.toml handing_kinds): the head of 《X条例》的决定 or 的公告 may approve
# or promulgate it (关于批准《X条例》的决定), and such a text is the regulation's history, with no title of its own
# (field convention, round 13): the readings of approvals and promulgations decide it
_QUOTED_NOTICE_RE = re.compile(
    rf"^(?P<name>{QUOTED_RE.pattern})的?(?:{'|'.join(titles_data()['handing_kinds'])})$"
)


def _quoted_notice(key: str) -> str | None:
    """《X实施意见》的通知 -> 《X实施意见》: a notice's title whose head (甲厅转发, 关于印发) stands on a line above it or
    was cut off names what it issues, when the quoted name is a document's (《X》的通知 of a name that names no kind
    is left as it is)."""
    m = _QUOTED_NOTICE_RE.match(key)
    return m.group("name") if m is not None and _is_name(m.group("name")[1:-1]) else None


def _presented(key: str) -> str | None:
    """甲局关于对《X方案》的公示, 关于X规划（2021—2035年）的公示: a title of a kind that presents a draft to the public
    presents what it is about, when that is a document's name (关于拟授予…称号的公示 presents none: its own title).
    Without 关于 the title must set the name apart as a draft's, quoted or with its stage (《X规划》公示,
    X规划草案公示, 甲局《X规划》批后公告): X名单公示 is a list put up, its own title."""
    about, named = _presenting_res()
    m = about.fullmatch(key)
    if m is None and "关于" not in key:
        m = named.fullmatch(key)
        if m is None or (m.group("head") and not is_issuer_line(m.group("head"))):
            return None
        if (
            not QUOTED_RE.fullmatch(m.group("subject"))
            and split_status(m.group("subject"))[1] not in status_words().draft
        ):
            return None
    if m is None or "关于" in m.group("head"):
        return None
    subject = m.group("subject")
    if _ASKING_VERB_RE.search(subject, 0, 4) and SOLICIT_RE.match(subject):
        return (
            None  # 关于公开征求《X》意见的公示: a call (its 意见 is the comments asked for), read as a call
        )
    quoted = QUOTED_RE.fullmatch(subject)
    staged = _STAGED_NAME_RE.fullmatch(subject) if quoted is None else None
    if staged is not None and staged.group("stage") in status_words().draft:
        return staged.group("name")  # 关于《X规划》草案的公示: the quoted name, its stage after the quote
    return subject if quoted or _is_name(subject) else None


# 《X规划》草案: a quoted name with its stage word after the quote
_STAGED_NAME_RE = re.compile(rf"(?P<name>{QUOTED_RE.pattern})(?P<stage>[\u4e00-\u9fff]{{2,8}})")


def _repeals(asked: str) -> bool:
    """What a call asks about is the repeal of a document (废止《X》, 拟废止X办法), not a draft of one."""
    asked = asked.removeprefix("关于").removeprefix("对").removeprefix("拟")
    return asked.startswith(tuple(titles_data()["repealing_words"]))


def _ends_as_call(rest: str) -> bool:
    """What follows 征求…意见 in a call's title: its kind (…意见的公告, …意见的公示, …意见会的预通知), a site's note in brackets
    ((已结束)) or nothing. A headline that stops on other words names an event about the call (…征求意见座谈会),
    and one whose words after it name a report (…征求意见情况的公告) reports on a finished call: neither asks."""
    # 征求…意见建议: the pair is the call's words
    rest = _SECOND_VIEW_RE.sub("", _BRACKETED_RE.sub("", rest), count=1)
    data = titles_data()
    if rest.startswith(tuple(data["call_report_words"])):
        return False
    # (…意见的公示: a draft put up for comments is presented as a notice presents it, 公示 being its kind)
    kinds = "|".join(data["covering_kinds"] + data["presenting_kinds"])
    return not rest or re.search(rf"(?:{kinds})$", rest) is not None


_BRACKETED_RE = re.compile(r"[（(【\[][^（()）【】\[\]]*[）)】\]]")
# the second word of a call's pair after the first (意见建议, 意见和建议, 意见及建议): titles.toml call_view_words
_SECOND_VIEW_RE = re.compile(rf"^[和及与、]?(?:{'|'.join(titles_data()['call_view_words'])})")


def first_of_two(name: str, heading: str) -> bool:
    """``name`` joins two documents (X方案及Y预案: a connective, each side ending with a kind of document) and
    ``heading`` is the first of them alone: the notice that names it issues both."""
    whole, first = squeeze(strip_status(name)), squeeze(strip_status(heading))
    if not first or not whole.startswith(first) or len(whole) <= len(first):
        return False
    rest = whole[len(first) :]
    joined = rules().title_connective.match(rest)
    return joined is not None and _is_name(first) and _is_name(rest[joined.end() :])


def _names_a_document(issued: str) -> bool:
    """What a title issues names a document: it, or one of the things it lists (X细则及文种式样), ends with a kind
    of document."""
    return any(_is_name(part) for part in (issued, *ENUMERATION_RE.split(issued)) if part)


def _is_name(part: str) -> bool:
    """A document's name: it ends with a kind of document (关于 around it aside)."""
    part = strip_status(part).removeprefix("关于").removesuffix("关于").rstrip("的")
    return bool(part) and rules().doc_type_end.search(part) is not None


def stage_after_names(title: str) -> str | None:
    """关于《甲规划》《乙规划》草案公示的公告: a draft word right after the names a notice is about is their stage,
    though no bracket sets it apart."""
    last = title.rfind("》")
    if last < 0:
        return None
    after = squeeze(title[last + 1 :])
    return next((word for word in status_words().draft if after.startswith(word)), None)
