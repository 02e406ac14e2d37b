"""Dates in policy texts: the one definition of China's time zone and of how a naive time is read.

Asia/Shanghai has kept UTC+8 without daylight saving since 1991: a fixed offset needs no tz
database, and every date a draft or a government page prints is Beijing time.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

CHINA_TZ = timezone(timedelta(hours=8), "Asia/Shanghai")


def as_china_time(value: datetime | None) -> datetime | None:
    """A naive datetime read as Beijing time, to whole seconds; an aware one keeps its zone."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=CHINA_TZ)
    return value.replace(microsecond=0)
