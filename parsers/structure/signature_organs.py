"""The organs a title names against the document's signature (落款): the same bodies in another form (in full,
with their place, spelled out), more of them (a joint document), or another body that signed it. Read by
parsers.structure.head's head_issuer."""

from __future__ import annotations

import re

from parsers.structure.lines import Line
from parsers.structure.orders import order_header
from parsers.structure.title_labels import titles_data
from parsers.structure.titles import opens_with_place

# an organ named by its level alone (县人民政府, 市政府办公室): the title of a notice its own place reads
PLACELESS_RE = re.compile(r"^(?:省|市|县|区|州|旗|镇|乡)(?:人民)?政府")
PROVINCE_BEFORE_CITY_RE = re.compile(
    r"^[\u4e00-\u9fff]{2,8}?(?:省|自治区)(?=[\u4e00-\u9fff]{1,10}?(?:市|州|县|盟|地区))"
)


def joint_signers(organs: list[str], signature: str | None) -> str | None:
    """The signature, when it names the title's organs and more, or splits organs the title ran together
    (中共甲市委办公室甲市人民政府办公室印发… signed 中共甲市委办公室 / 甲市人民政府办公室): a joint document's
    title may name its lead organ only."""
    if not signature:
        return None
    signers = signature.split("、")
    if len(signers) <= len(organs):
        return None
    if set(organs) <= set(signers) or "".join(organs) == "".join(signers):
        return signature
    return None


def signs_own_header(organs: list[str], signature: str, head: list[Line]) -> bool:
    """A 公告's or an order's header names one organ and the document signs as the same body in another form, with its
    place (甲市人民代表大会常务委员会公告 signed 甲市人大常委会): the signature comes before the header (round 23's order)."""
    header = order_header(head)
    return (
        len(organs) == 1
        and header is not None
        and header[1] == organs[0]
        and signature != organs[0]
        and opens_with_place(signature)
        and _same_body(signature, organs[0])
    )


def fuller(signature: str, organs: list[str] | None) -> str:
    """A signature that leaves out its place (州人大常委会法工委, 市政府) in the fuller form a head line gives it
    (湘西自治州人大常委会法工委, 乙省甲市人民政府); a city's organ signed as the city names itself (甲市人民政府) stays so under a law
    database's line that adds the province (乙省甲市人民政府): the document's own naming (field conventions)."""
    signers = signature.split("、")
    if (
        organs
        and len(organs) == len(signers)
        and all(
            (o.endswith(s) or PLACELESS_RE.match(s) and _same_body(s, o))
            and PROVINCE_BEFORE_CITY_RE.sub("", o) != s
            for o, s in zip(organs, signers, strict=True)
        )
    ):
        return "、".join(organs)
    return signature


def spelled_out(organs: list[str], signature: str | None) -> str | None:
    """The signature, when it names the title's organs one for one, some spelled out in full (甲市卫生健康委 signed
    甲市卫生健康委员会: titles.toml organ_spelled_out)."""
    signers = (signature or "").split("、")
    if not signature or len(signers) != len(organs) or signers == organs:
        return None
    pairs = titles_data()["organ_spelled_out"]
    for organ, signer in zip(organs, signers, strict=True):
        if signer != organ and not any(
            organ.endswith(s) and signer == organ[: -len(s)] + f for s, f in pairs
        ):
            return None
    return signature


def signed_in_full(organs: list[str], signature: str | None) -> str | None:
    """The signature, when it names the title's organs one for one, each in a fuller form of the same body
    (_same_body: 甲市卫健委 signed 甲市卫生健康委员会, 金平县人民政府 signed 金平苗族瑶族傣族自治县人民政府)."""
    signers = (signature or "").split("、")
    if not signature or len(signers) != len(organs) or signers == organs:
        return None
    pairs = zip(organs, signers, strict=True)
    return signature if all(len(s) >= len(o) and _same_body(o, s) for o, s in pairs) else None


def _same_body(short: str, full: str) -> bool:
    """``full`` names the body ``short`` names: each character of ``short`` in order (甲市卫健委 in 甲市卫生健康
    委员会, 国务院 in 中华人民共和国国务院), ending with the same kind of body (委 spelled out 委员会: titles.toml
    organ_spelled_out), so an office (甲市政府办公室) is never the government it serves."""
    if not _in_order(short, full):
        return False
    ends = [short[-1]] + [f for s, f in titles_data()["organ_spelled_out"] if short.endswith(s)]
    return full.endswith(tuple(ends))


_CONGRESS_RE = re.compile("|".join(titles_data()["congress_words"]))


def signed_by_another(organs: list[str], signature: str | None) -> bool:
    """The document signs with one body other than the one its title names first (甲县人民政府关于X的通告 signed
    甲县自然资源和规划局, 甲县人民政府关于印发X的通知 signed 甲县人民政府办公室): the signer issued it (field
    conventions: the signature before the body at the title's head). A congress's bodies are left to the conventions
    of promulgation and approval (a province's standing committee approving a city's regulation)."""
    if not signature or len(organs) != 1 or "、" in signature:
        return False
    organ = organs[0]
    if _CONGRESS_RE.search(organ) or _CONGRESS_RE.search(signature):
        return False
    return not (_same_body(organ, signature) or _same_body(signature, organ))


def _in_order(short: str, full: str) -> bool:
    """Every character of ``short`` stands in ``full``, in order."""
    rest = iter(full)
    return all(char in rest for char in short)


def placed_signature(organs: list[str], signature: str | None) -> str | None:
    """The signature, when it names the title's organs one for one, each with more of its place before it (市政府
    for 甲市人民政府: a government's short name drops 人民)."""
    signers = (signature or "").split("、")
    if not signature or len(signers) != len(organs):
        return None
    for organ, signer in zip(organs, signers, strict=True):
        forms = (organ, organ.replace("政府", "人民政府")) if "人民政府" not in organ else (organ,)
        if len(signer) <= len(organ) or not signer.endswith(forms):
            return None
    return signature
