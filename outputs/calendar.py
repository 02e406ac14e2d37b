"""OUT/deadlines.ics: the comment deadlines of drafts for consultation, as an RFC 5545 calendar.

One VEVENT per document whose consultation notice gives a comment deadline, written with the
icalendar library. Subscribing to the file (or importing it) puts every consultation in the
analyst's calendar; it is brought up to date by every commit (``zhengce parse``, ``diff`` and
``watch`` all commit through ``outputs.dataset.commit``).

What the event is:

* A deadline with a time of day (``12月26日17:00前``) is a **point in time**: DTSTART at the
  deadline in Asia/Shanghai (with its VTIMEZONE) and no DTEND, which RFC 5545 §3.6.1 reads as an
  event that ends when it starts. The deadline is an instant, not a span of busy time, so it is
  also TRANSPARENT (it never makes the analyst look busy). Two display alarms ring 3 days before
  (time to write comments) and 1 day before.
* A deadline without a time (``12月26日前``; the notice parser reads it as 23:59:59) is an
  **all-day event** on that date: a timed event at 23:59:59 would sit at the bottom of the day
  where nobody looks. Its alarms ring at 09:00 three days and one day before.

The UID is ``<doc_id>@zhengce``: the same draft always makes the same event, so parsing it
again replaces the event instead of adding one. When what the event says changes (a better
title, a corrected deadline), its SEQUENCE goes up and DTSTAMP is the time of the change, so
calendar clients replace their copy; an unchanged event is kept byte for byte. Past deadlines
stay in the file: a calendar keeps its history, and the file does not change with the clock.

icalendar is imported only when an event has to be written.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from parsers.dates import CHINA_TZ, as_china_time

if TYPE_CHECKING:  # a process that only writes calendars (flows/database_process.py) needs no data model
    from parsers.model import Document

CALENDAR_FILE = "deadlines.ics"
TZID = "Asia/Shanghai"
PRODID = "-//zhengce//comment deadlines//ZH"
CALENDAR_NAME = "征求意见截止 (zhengce)"
ALARMS_TIMED = (timedelta(days=-3), timedelta(days=-1))
# before the all-day event's start (00:00 of the date): 09:00 three days and one day before
ALARMS_ALL_DAY = (-timedelta(days=2, hours=15), -timedelta(hours=15))
TZ_FIRST_DATE, TZ_LAST_DATE = date(1992, 1, 1), date(2100, 1, 1)
DATE_ONLY = time(23, 59, 59)  # how parsers/notice.py reads a deadline without a time

BEGIN_EVENT, END_EVENT = "BEGIN:VEVENT\r\n", "END:VEVENT\r\n"
_FIELD = {
    name: re.compile(rf"^{name}[;:](?:[^\r\n]*:)?([^\r\n]*)", re.MULTILINE)
    for name in ("UID", "SEQUENCE", "X-ZHENGCE-CONTENT", "DTSTART")
}


@dataclass(frozen=True)
class Consultation:
    """What the calendar says about one draft: the documents-table columns it shows."""

    doc_id: str
    deadline: datetime  # aware
    title: str | None = None
    notice_title: str | None = None
    status: str | None = None
    issuer: str | None = None
    contact_name: str | None = None
    contact_phone: str | None = None
    contact_email: str | None = None
    source: str | None = None

    @classmethod
    def of_document(cls, doc: Document) -> Consultation | None:
        """What the documents table will say about ``doc``: the same event whichever way it is built."""
        if doc.notice is None or doc.notice.comment_deadline is None:
            return None
        from outputs.rows import document_row

        return cls.of_row(document_row(doc))

    @classmethod
    def of_row(cls, row: Mapping[str, object]) -> Consultation | None:
        """From a row of the documents table (missing columns read as null)."""
        deadline = row.get("comment_deadline")
        if deadline is None:
            return None
        fields = {name: row.get(name) for name in cls.__dataclass_fields__ if name != "deadline"}
        return cls(**fields, deadline=as_china_time(deadline))

    @property
    def uid(self) -> str:
        return uid_for(self.doc_id)

    @property
    def all_day(self) -> bool:
        return self.deadline.astimezone(CHINA_TZ).time() == DATE_ONLY

    def content_hash(self) -> str:
        values = asdict(self) | {"deadline": self.deadline.isoformat()}
        return hashlib.sha256(json.dumps(values, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[
            :16
        ]

    def summary(self) -> str:
        name = self.title or self.notice_title or Path(self.source or self.doc_id).name
        status = f"（{self.status}）" if self.status and self.status not in name else ""
        return f"意见截止：{name}{status}"

    def description(self) -> str:
        local = self.deadline.astimezone(CHINA_TZ)
        when = f"{local:%Y-%m-%d}" if self.all_day else f"{local:%Y-%m-%d %H:%M}（北京时间）"
        lines = [
            ("文件", self.title),
            ("状态", self.status),
            ("通知", self.notice_title),
            ("发文机关", self.issuer),
            ("意见截止", when),
            ("联系人", self.contact_name),
            ("电话", self.contact_phone),
            ("邮箱", self.contact_email),
            ("来源", self.source),
            ("doc_id", self.doc_id),
        ]
        return "\n".join(f"{label}：{value}" for label, value in lines if value)

    def contact(self) -> str | None:
        parts = [p for p in (self.contact_name, self.contact_phone, self.contact_email) if p]
        return ", ".join(parts) if parts else None


def uid_for(doc_id: str) -> str:
    return f"{doc_id}@zhengce"


def calendar_path(out: str | Path) -> Path:
    return Path(out) / CALENDAR_FILE


# ---------------------------------------------------------------- writing with icalendar


def _event_text(item: Consultation, stamp: datetime, sequence: int) -> str:
    """One VEVENT as text (CRLF lines, folded at 75 octets by icalendar)."""
    from zoneinfo import ZoneInfo

    from icalendar import Alarm, Event, vText

    event = Event()
    event.add("uid", item.uid)
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("sequence", sequence)
    event.add("summary", item.summary())
    if item.all_day:
        event.add("dtstart", item.deadline.astimezone(CHINA_TZ).date())
        alarms = ALARMS_ALL_DAY
    else:
        event.add("dtstart", item.deadline.astimezone(ZoneInfo(TZID)))
        alarms = ALARMS_TIMED
    event.add("transp", "TRANSPARENT")
    event.add("description", item.description())
    contact = item.contact()
    if contact:
        params = {"altrep": f"mailto:{item.contact_email}"} if item.contact_email else {}
        event.add("contact", vText(contact), parameters=params)
    if item.source and re.match(r"https?://", item.source):
        event.add("url", item.source)
    event.add("categories", ["征求意见"])
    event.add("x-zhengce-doc-id", item.doc_id)
    event.add("x-zhengce-content", item.content_hash())
    for trigger in alarms:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", item.summary())
        alarm.add("trigger", trigger)
        event.add_component(alarm)
    return event.to_ical().decode("utf-8")


@lru_cache(maxsize=1)
def _calendar_frame() -> tuple[str, str]:
    """The calendar's text before its events and after them (the same every time: made once)."""
    from icalendar import Calendar, Timezone

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", CALENDAR_NAME)
    calendar.add("x-wr-timezone", TZID)
    # always there: an RFC 5545 calendar needs at least one component, even with no deadlines yet.
    # China has kept UTC+8 without daylight saving since 1991: one STANDARD rule covers every draft.
    calendar.add_component(Timezone.from_tzid(TZID, first_date=TZ_FIRST_DATE, last_date=TZ_LAST_DATE))
    head, _, tail = calendar.to_ical().decode("utf-8").rpartition("END:VCALENDAR")
    return head, "END:VCALENDAR" + tail


def prepare() -> None:
    """Import icalendar and build the calendar's frame now (a process that will write a calendar
    soon, and has time to spare before: flows/database_process.py)."""
    import icalendar  # noqa: F401

    _calendar_frame()


def _events_of(text: str) -> dict[str, str]:
    """uid -> the text of its VEVENT, for a calendar this module wrote."""
    events = {}
    for chunk in text.split(BEGIN_EVENT)[1:]:
        block = BEGIN_EVENT + chunk[: chunk.index(END_EVENT) + len(END_EVENT)]
        events[_field(block, "UID")] = block
    return events


def _event_of(text: str, uid: str) -> str | None:
    """The VEVENT of ``uid`` in ``text``, found without splitting the whole calendar."""
    at = text.find(f"\r\nUID:{uid}\r\n")
    if at < 0:
        return None
    start = text.rfind(BEGIN_EVENT, 0, at)
    end = text.find(END_EVENT, at)
    return text[start : end + len(END_EVENT)]


def _field(block: str, name: str) -> str | None:
    match = _FIELD[name].search(block)
    return match.group(1).strip() if match else None


def _write(path: Path, events: Iterable[tuple[str, str]]) -> None:
    """The calendar of ``events`` ((uid, VEVENT text) pairs; of two with one uid the later stands), in
    the order of their start, then uid. Each event goes to a spool file as it comes, and only its sort
    key and place there are held: a calendar built from every consultation of a large dataset was
    all its events' text at once in the process that commits (1 MB per 10,000 drafts), on top of
    that commit's peak."""
    placed: dict[str, tuple[str, int, int]] = {}  # uid -> (DTSTART, offset in the spool, bytes)
    temp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    head, tail = _calendar_frame()
    with tempfile.TemporaryFile(dir=path.parent) as spool:
        for uid, text in events:
            data = text.encode("utf-8")
            placed[uid] = (_field(text, "DTSTART") or "", spool.tell(), len(data))
            spool.write(data)
        with temp.open("wb") as handle:
            handle.write(head.encode("utf-8"))
            for uid in sorted(placed, key=lambda uid: (placed[uid][0], uid)):
                _, offset, size = placed[uid]
                spool.seek(offset)
                handle.write(spool.read(size))
            handle.write(tail.encode("utf-8"))
    os.replace(temp, path)


def write_calendar(path: str | Path, items: Iterable[Consultation], now: datetime | None = None) -> Path:
    """A calendar file from scratch: one event per consultation (``items`` are read once, one at a time)."""
    stamp = now or datetime.now(UTC)
    path = Path(path)
    _write(path, ((item.uid, _event_text(item, stamp, 0)) for item in items))
    return path


def update_calendar(
    out: str | Path,
    changed: Mapping[str, Consultation | None] | Callable[[], Iterable[tuple[str, Consultation | None]]],
    everything: Callable[[], Iterable[Consultation]] | None = None,
    now: datetime | None = None,
) -> Path | None:
    """Bring OUT/deadlines.ics up to date after the documents ``changed`` (doc_id -> its
    consultation, None when it has no deadline) were written. Returns the path when it changed.

    ``changed`` may be a function giving the (doc_id, consultation) pairs one at a time: they are
    then read only if a calendar is there to update, and never all held (a commit of 100,000
    documents).

    Events of other documents are kept as they are. Without a file (or with one this module did
    not write), the calendar is built from ``everything()``: all consultations in the dataset.
    """
    path = calendar_path(out)
    stamp = now or datetime.now(UTC)
    try:
        with path.open(encoding="utf-8", newline="") as handle:  # keep the CRLF line ends
            text = handle.read()
    except (FileNotFoundError, UnicodeDecodeError):
        text = None
    pairs = changed if callable(changed) else changed.items
    if text is None or PRODID not in text:
        items = everything() if everything is not None else (c for _, c in pairs() if c)
        return write_calendar(path, items, stamp)
    # most commits change no event: find that out without splitting the calendar
    dirty = {}
    for doc_id, item in pairs():
        old = _event_of(text, uid_for(doc_id))
        if (old is None) != (item is None) or (
            old is not None and _field(old, "X-ZHENGCE-CONTENT") != item.content_hash()
        ):
            dirty[doc_id] = (item, old)
    if not dirty:
        return None  # the file is not touched
    events = _events_of(text)
    for doc_id, (item, old) in dirty.items():
        uid = uid_for(doc_id)
        events.pop(uid, None)
        if item is not None:
            sequence = int(_field(old, "SEQUENCE") or 0) + 1 if old is not None else 0
            events[uid] = _event_text(item, stamp, sequence)
    _write(path, events.items())
    return path
