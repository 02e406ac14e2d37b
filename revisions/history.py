"""A series of drafts (征求意见稿 → 修改稿 → 送审稿 → issued text) as tracks across every version.

Each consecutive pair of versions is aligned (revisions/align.py) and its extractions matched
(revisions/values.py); a unit or a value paired from one version to the next continues its *track*.
A track says, version by version, what became of one unit (第十条: added in version 2, modified in 3,
renumbered 第十一条 in 4) or one amount (措施（三） 100万元 → 200万元 → 150万元, removed in 4).

A track has one point for every version it is in, and one ``removed`` point for the version it left;
versions before it appeared or after it left have none. Pure: no I/O.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from parsers.model import Document, Money, Ratio
from revisions.align import Alignment, align, renumbered, report_order
from revisions.series import series_key
from revisions.similarity import similarity
from revisions.units import CONTAINER_KINDS, Unit, collect_units
from revisions.values import Mention, mentions, pair_values, unit_label
from revisions.versions import version_date, version_label

SCHEMA_NAME = "zhengce.SeriesHistory"
SCHEMA_VERSION = "1.0.0"

TrackItem = Literal["unit", "money", "ratio", "target"]
# first: in the first version; added/removed: appeared/left in this version; modified/changed: the unit's
# text / the value changed; renumbered, moved: the unit's number / place changed, text kept
PointChange = Literal["first", "added", "removed", "modified", "changed", "unchanged", "renumbered", "moved"]
TRACKED_CONTAINERS = frozenset({"chapter", "section", "action"})


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class VersionInfo(_Model):
    version: int  # 1-based, in the order the series was given
    doc_id: str
    title: str | None = None
    label: str | None = None  # 稿次: 征求意见稿, or the law's latest 修订/修正 line
    date: str | None = None  # ISO date of the version, when the document says it
    source: str | None = None


class TrackPoint(_Model):
    version: int
    change: PointChange
    doc_id: str
    node_id: str | None = None  # the unit (for a value: the clause it hangs on); None when removed
    label: str | None = None  # the unit's label, or the label of the unit a value sits in
    kind: str | None = None  # unit kind
    surface: str | None = None  # values: the amount as written
    low: float | None = None
    high: float | None = None
    value: float | None = None
    role: str | None = None
    person: str | None = None
    similarity: float | None = None  # units: to the previous version, 0..1


class Track(_Model):
    track_id: str  # u1, m3, r2, t7: unique within the series history
    item: TrackItem
    points: list[TrackPoint] = Field(default_factory=list)

    @property
    def latest(self) -> TrackPoint:
        present = [p for p in self.points if p.change != "removed"]
        return present[-1] if present else self.points[-1]

    @property
    def changed(self) -> bool:
        """Did anything happen to it after the first version (a value or text change, an addition, a removal)?"""
        return any(p.change not in ("first", "unchanged", "renumbered") for p in self.points)


class SeriesHistory(_Model):
    schema_name: Literal["zhengce.SeriesHistory"] = SCHEMA_NAME
    version: str = SCHEMA_VERSION
    series: str
    versions: list[VersionInfo] = Field(default_factory=list)
    tracks: list[Track] = Field(default_factory=list)


def _tracked(unit: Unit) -> bool:
    return unit.kind not in CONTAINER_KINDS or unit.kind in TRACKED_CONTAINERS


def _unit_point(
    version: int, doc: Document, unit: Unit, units: list[Unit], change: str, sim: float | None
) -> TrackPoint:
    return TrackPoint(
        version=version,
        change=change,  # type: ignore[arg-type]
        doc_id=doc.doc_id,
        node_id=unit.node.node_id,
        label=unit_label(units, unit.index),
        kind=unit.kind,
        similarity=sim,
    )


def _value_point(version: int, doc: Document, mention: Mention, units: list[Unit], change: str) -> TrackPoint:
    item = mention.item
    point = TrackPoint(
        version=version,
        change=change,  # type: ignore[arg-type]
        doc_id=doc.doc_id,
        node_id=item.node_id,
        label=unit_label(units, mention.unit),
        surface=item.surface,
        role=mention.role,
        person=mention.person,
    )
    if isinstance(item, Money):
        point.low, point.high = item.low, item.high
    elif isinstance(item, Ratio):
        point.value, point.high = item.value, item.high
    else:
        point.value, point.low, point.high = (
            item.value,
            getattr(item, "low", None),
            getattr(item, "high", None),
        )
    return point


def _removed(version: int, doc: Document) -> TrackPoint:
    return TrackPoint(version=version, change="removed", doc_id=doc.doc_id)


def _unit_change(al: Alignment, old: Unit, new: Unit) -> tuple[str, float]:
    if old.key != new.key:
        return "modified", round(similarity(old, new), 4)
    if new.index in al.moved:
        return "moved", 1.0
    return ("renumbered" if renumbered(old, new) else "unchanged"), 1.0


def build_history(docs: list[Document], series: str | None = None) -> SeriesHistory:
    """The tracks of every unit and every value across ``docs``, in the order given (oldest first)."""
    if not docs:
        raise ValueError("a series history needs at least one document")
    name = series or series_key(docs[-1].title, docs[-1].issuer) or docs[-1].doc_id
    history = SeriesHistory(series=name)
    for number, doc in enumerate(docs, start=1):
        day = version_date(doc)
        history.versions.append(
            VersionInfo(
                version=number,
                doc_id=doc.doc_id,
                title=doc.title,
                label=version_label(doc),
                date=day.isoformat() if day else None,
                source=doc.source.path,
            )
        )
    counters = {"unit": 0, "money": 0, "ratio": 0, "target": 0}
    prefixes = {"unit": "u", "money": "m", "ratio": "r", "target": "t"}

    def new_track(item: str) -> Track:
        counters[item] += 1
        track = Track(track_id=f"{prefixes[item]}{counters[item]}", item=item)  # type: ignore[arg-type]
        history.tracks.append(track)
        return track

    unit_tracks: dict[int, Track] = {}  # unit index in the previous version -> its track
    value_tracks: dict[int, Track] = {}  # id() of a previous version's mention item -> its track
    previous: Document | None = None
    for number, doc in enumerate(docs, start=1):
        if previous is None:
            units = collect_units(doc)
            for unit in units:
                if _tracked(unit):
                    track = new_track("unit")
                    track.points.append(_unit_point(number, doc, unit, units, "first", None))
                    unit_tracks[unit.index] = track
            grouped = mentions(doc, {u.node.node_id: u.index for u in units}, units)
            for unit_index in [*(u.index for u in units), None]:
                for field_name in ("money", "ratio", "target"):
                    for mention in grouped.get((unit_index, field_name), []):
                        track = new_track(mention.field)
                        track.points.append(_value_point(number, doc, mention, units, "first"))
                        value_tracks[id(mention.item)] = track
            previous = doc
            continue
        al = align(previous, doc)
        next_units: dict[int, Track] = {}
        for unit in al.new:
            if not _tracked(unit):
                continue
            old_index = al.new_to_old.get(unit.index)
            track = unit_tracks.get(old_index) if old_index is not None else None
            if track is None:
                track = new_track("unit")
                track.points.append(_unit_point(number, doc, unit, al.new, "added", None))
            else:
                change, sim = _unit_change(al, al.old[old_index], unit)  # type: ignore[index]
                track.points.append(_unit_point(number, doc, unit, al.new, change, sim))
            next_units[unit.index] = track
        for old_index, track in unit_tracks.items():
            if old_index not in al.old_to_new or not _tracked(al.new[al.old_to_new[old_index]]):
                track.points.append(_removed(number, doc))
        next_values: dict[int, Track] = {}
        for old, new in pair_values(previous, doc, al, report_order(al)):
            track = value_tracks.get(id(old.item)) if old is not None else None
            if new is None:
                if track is not None:
                    track.points.append(_removed(number, doc))
                continue
            if track is None:
                track = new_track(new.field)
                track.points.append(_value_point(number, doc, new, al.new, "added"))
            else:
                assert old is not None
                change = "changed" if old.values() != new.values() else "unchanged"
                track.points.append(_value_point(number, doc, new, al.new, change))
            next_values[id(new.item)] = track
        unit_tracks, value_tracks, previous = next_units, next_values, doc
    return history
