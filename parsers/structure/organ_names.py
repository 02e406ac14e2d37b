"""The organs a line names: an organ list set apart by 、，or spaces (甲省物价局、省财政厅: the second organ takes the
first one's place), joint organs run together (中共甲省委甲省人民政府), a seal (（代章）) or a metadata label run into
its value (发文机关中共甲厅党组) dropped. Read by the head (parsers.structure.head, its fields and signatures); None
when a part of the line is no organ (rules().issuer_part).
"""

from __future__ import annotations

import re

from parsers.structure.title_labels import titles_data
from parsers.structure.titles import LOOSE_DATE_RE, rules

# the labels of a page's metadata field naming the organ that made the text: the promulgating body of a rule
# (颁布单位：X), the issuing one of a document (发文机关：X); one table for the head's field patterns
# (parsers.structure.head) and the labels dropped here
PROMULGATOR_LABELS = (
    "颁布单位",
    "颁布部门",
    "颁布机关",
    "颁发部门",
    "颁布机构",
    "制定机关",
)  # 颁发部门, 颁布机构: law libraries' fields (D7)
ISSUER_LABELS = ("发文机关", "发文单位", *PROMULGATOR_LABELS)

_ORGAN_SPLIT_RE = re.compile(r"[、，,\s]+")
# 江西省新余市人民政府办公室: a province before a city's (prefecture's, county's) organ
_PLACE_RE = re.compile(
    r"^[\u4e00-\u9fff]{2,8}?(?:省|市)(?=[\u4e00-\u9fff])"
)  # the place an organ's name opens with
# 甲县安委会办公室（代章）, 甲部办公厅(章): the seal it signs with
_SEAL_RE = re.compile(r"[（(](?:代章|盖章|印章|印|章)[）)]")
# 发文机关中共甲厅党组: a metadata table's label run into its value (the colon and the cell's border lost)
_ORGAN_LABEL_RE = re.compile(rf"^\s*(?:{'|'.join((*ISSUER_LABELS, '发布机构'))})\s*[:：|]?\s*")


def organs_named(text: str) -> list[str] | None:
    """The organs a line or field names (甲局、乙局; 中共甲省委甲省人民政府 run together; a seal or a field's label
    dropped, 省财政厅 after 甲省物价局 given 甲省), or None when any part of it is no organ."""
    text = _ORGAN_LABEL_RE.sub("", _SEAL_RE.sub("", text))
    parts = [g for p in _ORGAN_SPLIT_RE.split(text) if p and not LOOSE_DATE_RE.match(p) for g in _unglued(p)]
    issuer = rules().issuer_part
    if parts and all(issuer.match(p) for p in parts):
        organs = list(parts)
        place = _PLACE_RE.match(organs[0])
        if place is not None:  # 甲省物价局、省财政厅: the second organ is 甲省's
            level = place.group(0)[-1]
            organs[1:] = [place.group(0) + o[1:] if o.startswith(level) else o for o in organs[1:]]
        return organs
    return None


# 国务院办公厅, 中央军委: a central body's name opens with these (titles.toml central_organ_openings)
_CENTRAL_OPENINGS = tuple(titles_data()["central_organ_openings"])
# 甲部全国乙工作办公室: the office of a national working body, named with the ministry it sits in
_SEATED_OFFICE_RE = re.compile(r"全国[\u4e00-\u9fff]{2,20}办公室")


def _unglued(part: str) -> list[str]:
    """中共甲省委甲省人民政府 -> 中共甲省委, 甲省人民政府: joint organs run together, the second opening with the
    place the first names (甲省人民政府办公厅 stays one: 办公厅 opens with no place), or with a central body's name
    (中共中央办公厅国务院办公厅)."""
    issuer, place = rules().issuer_part, rules().place_name
    # _SEATED_OFFICE_RE opens with 全国: without it in the part, no cut's right matches
    national = "全国" in part
    for cut in range(2, len(part) - 1):
        left, right = part[:cut], part[cut:]
        if national and _SEATED_OFFICE_RE.fullmatch(right):
            continue  # 甲部全国乙工作办公室: a national working body's office seated in the ministry, one body
        if right.startswith(_CENTRAL_OPENINGS) and issuer.fullmatch(left) and issuer.fullmatch(right):
            return [
                left,
                right,
            ]  # 中共中央办公厅国务院办公厅, 国务院中央军委: the central bodies name no place
        # the place opening right (2+ chars) must be in left: most cuts end at this find, not at the place pattern
        if right[:2] not in left:
            continue
        opening = place.match(right)
        if opening is not None and opening.group(0) in left and issuer.match(left) and issuer.match(right):
            return [left, right]
    return [part]
