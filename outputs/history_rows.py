"""A SeriesHistory as rows of the ``history`` table (outputs/schema.py)."""

from __future__ import annotations

from datetime import date

from outputs.schema import HISTORY
from revisions.history import SeriesHistory


def history_rows(history: SeriesHistory) -> list[dict]:
    """One dict per track per version, keyed by the schema's columns."""
    versions = {v.version: v for v in history.versions}
    rows = []
    for track in history.tracks:
        for point in track.points:
            info = versions[point.version]
            row = {
                "series": history.series,
                "track_id": track.track_id,
                "item": track.item,
                "version_label": info.label,
                "version_date": date.fromisoformat(info.date) if info.date else None,
                **point.model_dump(),
            }
            rows.append({name: row.get(name) for name in HISTORY.names})
    return rows
