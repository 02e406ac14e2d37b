"""OUT/deadlines.ics: kept by every commit and by the watch flow, read back with icalendar."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from flows.cli import main
from outputs.dataset import commit
from parsers.dates import CHINA_TZ
from parsers.pipeline import parse_bytes, parse_path

SHANGHAI = ZoneInfo("Asia/Shanghai")
NO_NOTICE = "关于支持小微企业的若干措施\n一、支持\n（一）对企业给予不超过5万元奖励。\n"


@pytest.fixture(scope="module")
def seed_doc(seed_path):
    return parse_path(seed_path)


def events(out) -> list:
    calendar = Calendar.from_ical((out / "deadlines.ics").read_bytes())
    return list(calendar.walk("VEVENT"))


def with_deadline(doc, deadline: datetime, doc_id: str | None = None):
    notice = replace(doc.notice, comment_deadline=deadline)
    return replace(doc, notice=notice, doc_id=doc_id or doc.doc_id)


def test_the_seed_deadline_is_an_event_at_17_00_beijing_time(tmp_path, seed_doc):
    commit(tmp_path, [seed_doc])
    raw = (tmp_path / "deadlines.ics").read_bytes()
    calendar = Calendar.from_ical(raw)
    assert (
        str(calendar["PRODID"]) == "-//zhengce//comment deadlines//ZH" and str(calendar["VERSION"]) == "2.0"
    )
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    (event,) = calendar.walk("VEVENT")
    assert str(event["UID"]) == f"{seed_doc.doc_id}@zhengce"
    assert str(event["SUMMARY"]) == "意见截止：科技创新赋能经济转型升级若干措施（征求意见稿）"
    start = event.decoded("DTSTART")
    assert start == datetime(2024, 12, 26, 17, 0, tzinfo=SHANGHAI)
    assert event["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert "DTEND" not in event and "DURATION" not in event  # an instant (RFC 5545 3.6.1)
    assert str(event["TRANSP"]) == "TRANSPARENT"
    contact = event["CONTACT"]
    assert str(contact) == "孙荔莎, 63134633, km999@163.com"
    assert contact.params["ALTREP"] == "mailto:km999@163.com"
    description = str(event["DESCRIPTION"])
    for words in (
        "邮箱：km999@163.com",
        "电话：63134633",
        "联系人：孙荔莎",
        "来源：",
        "kunming_keji_2024_zqyj.txt",
    ):
        assert words in description
    assert "2024-12-26 17:00（北京时间）" in description
    triggers = sorted(alarm.decoded("TRIGGER") for alarm in event.walk("VALARM"))
    assert triggers == [timedelta(days=-3), timedelta(days=-1)]
    assert int(event["SEQUENCE"]) == 0
    # RFC 5545 3.1: CRLF line ends, lines folded at 75 octets
    assert all(line.endswith(b"\r") for line in raw.split(b"\n")[:-1])
    assert max(len(line.rstrip(b"\r")) for line in raw.split(b"\n")) <= 75


def test_committing_the_same_draft_again_leaves_the_file_as_it_was(tmp_path, seed_doc):
    commit(tmp_path, [seed_doc])
    before = (tmp_path / "deadlines.ics").read_bytes()
    commit(tmp_path, [seed_doc])
    assert (tmp_path / "deadlines.ics").read_bytes() == before


def test_a_changed_deadline_replaces_the_event_with_a_higher_sequence(tmp_path, seed_doc):
    commit(tmp_path, [seed_doc])
    later = with_deadline(seed_doc, datetime(2025, 1, 6, 12, 0, tzinfo=CHINA_TZ))
    commit(tmp_path, [later])
    (event,) = events(tmp_path)
    assert str(event["UID"]) == f"{seed_doc.doc_id}@zhengce"
    assert int(event["SEQUENCE"]) == 1
    assert event.decoded("DTSTART") == datetime(2025, 1, 6, 12, 0, tzinfo=SHANGHAI)


def test_a_date_only_deadline_is_an_all_day_event(tmp_path, seed_doc):
    draft = with_deadline(seed_doc, datetime(2025, 1, 10, 23, 59, 59, tzinfo=CHINA_TZ), doc_id="dateonly")
    commit(tmp_path, [seed_doc, draft])
    by_uid = {str(e["UID"]): e for e in events(tmp_path)}
    event = by_uid["dateonly@zhengce"]
    assert event.decoded("DTSTART") == date(2025, 1, 10)
    assert event["DTSTART"].params.get("VALUE") == "DATE"
    # 09:00 three days and one day before the date
    triggers = sorted(alarm.decoded("TRIGGER") for alarm in event.walk("VALARM"))
    assert [datetime(2025, 1, 10) + t for t in triggers] == [datetime(2025, 1, 7, 9), datetime(2025, 1, 9, 9)]
    assert "意见截止：2025-01-10\n" in str(event["DESCRIPTION"])
    # events come in deadline order
    assert list(by_uid) == [f"{seed_doc.doc_id}@zhengce", "dateonly@zhengce"]


def test_drafts_without_a_deadline_make_no_event_and_a_lost_deadline_removes_it(tmp_path, seed_doc):
    small = parse_bytes(NO_NOTICE.encode(), name="small.txt")
    commit(tmp_path, [small])
    assert events(tmp_path) == []  # still a valid calendar: VCALENDAR with its VTIMEZONE
    commit(tmp_path, [seed_doc])
    assert len(events(tmp_path)) == 1
    commit(tmp_path, [replace(seed_doc, notice=None)])
    assert events(tmp_path) == []


def test_a_deleted_calendar_is_rebuilt_from_the_documents_table(tmp_path, seed_doc):
    commit(tmp_path, [seed_doc])
    (tmp_path / "deadlines.ics").unlink()
    commit(tmp_path, [parse_bytes(NO_NOTICE.encode(), name="small.txt")])
    (event,) = events(tmp_path)
    assert str(event["UID"]) == f"{seed_doc.doc_id}@zhengce"
    assert "km999@163.com" in str(event["DESCRIPTION"])


def test_export_writes_a_copy(tmp_path, seed_doc, capsys):
    commit(tmp_path / "out", [seed_doc])
    assert main(["export", str(tmp_path / "out"), "--ics", str(tmp_path / "copy.ics")]) == 0
    assert "1 comment deadline" in capsys.readouterr().out
    (event,) = Calendar.from_ical((tmp_path / "copy.ics").read_bytes()).walk("VEVENT")
    assert str(event["UID"]) == f"{seed_doc.doc_id}@zhengce"


def test_the_watch_flow_keeps_the_calendar_and_the_provisions_of_value_changes(
    tmp_path, seed_path, seed_text
):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    shutil.copy(seed_path, inbox / seed_path.name)
    assert main(["watch", str(inbox), "--out", str(out), "--once"]) == 0
    assert len(events(out)) == 1
    # a revision with a later, date-only deadline and a raised cap
    revised = (
        seed_text.replace("2024年12月26日(星期四)17:00点前", "2025年1月10日前")
        .replace("不超过100万元", "不超过200万元")
        .replace("征求意见稿", "修订稿")
    )
    (inbox / "revised.txt").write_text(revised, encoding="utf-8")
    assert main(["watch", str(inbox), "--out", str(out), "--once"]) == 0
    starts = sorted(str(e.decoded("DTSTART")) for e in events(out))
    assert starts == ["2024-12-26 17:00:00+08:00", "2025-01-10"]
    import duckdb

    rows = duckdb.sql(
        f"""SELECT old_provision_label, new_provision_label, new_provision_heading
            FROM read_parquet('{out}/value_changes/*.parquet')
            WHERE old_surface = '不超过100万元' AND new_surface = '不超过200万元'"""
    ).fetchall()
    # the earlier draft came back from its JSON: its provisions are still known
    assert rows and all(r[:2] == ("(一)", "(一)") for r in rows)


def test_an_update_keeps_crlf_line_ends_and_the_other_events_as_they_were(tmp_path, seed_doc):
    other = with_deadline(seed_doc, datetime(2025, 3, 1, 12, 0, tzinfo=CHINA_TZ), doc_id="other")
    commit(tmp_path, [seed_doc, other])
    before = (tmp_path / "deadlines.ics").read_bytes()
    commit(tmp_path, [with_deadline(seed_doc, datetime(2025, 1, 6, 12, 0, tzinfo=CHINA_TZ))])
    after = (tmp_path / "deadlines.ics").read_bytes()
    assert after != before
    assert all(line.endswith(b"\r") for line in after.split(b"\n")[:-1])

    def other_event(raw: bytes) -> bytes:
        at = raw.index(b"UID:other@zhengce")
        return raw[raw.rindex(b"BEGIN:VEVENT", 0, at) : raw.index(b"END:VEVENT", at)]

    assert other_event(after) == other_event(before)  # untouched, byte for byte
    assert b"SEQUENCE:0" in other_event(after)


def test_companions_take_documents_table_rows_as_well_as_documents(tmp_path, seed_doc):
    """A writer that publishes staged segments holds rows of the documents table, not Documents."""
    from outputs.companions import CALENDAR_COLUMNS, refresh_companions
    from outputs.rows import document_row

    commit(tmp_path, [seed_doc])
    before = (tmp_path / "deadlines.ics").read_bytes()
    row = document_row(seed_doc)
    refresh_companions(tmp_path, [{name: row.get(name) for name in CALENDAR_COLUMNS}])
    assert (tmp_path / "deadlines.ics").read_bytes() == before  # the same event either way
    moved = {**row, "comment_deadline": datetime(2025, 2, 1, 10, 0, tzinfo=CHINA_TZ)}
    refresh_companions(tmp_path, [moved])
    (event,) = events(tmp_path)
    assert event.decoded("DTSTART") == datetime(2025, 2, 1, 10, 0, tzinfo=SHANGHAI)
