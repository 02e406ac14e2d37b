"""OUT/zhengce.duckdb written by a process of its own, started when a parse starts.

Importing DuckDB takes a fifth of a second and some 40 MB, and the file of views is written once
per output folder: on the first commit into it, at the end of the run. A `zhengce parse` that
will have to write it starts this child first. The child imports DuckDB on the other core while
the parse runs, then waits; the commit, inside its writer lock and after the snapshot swap, hands
it the folder and waits for the file (``outputs.sql.write_database``, the same function as in
process). The parse's own process never imports DuckDB.

If the child cannot be started, or fails, the file is written in this process as before: the
child only ever saves time. A run that ends without committing closes the child's input, and the
child exits without writing anything.

    python -m flows.database_process     # the child: one folder on stdin, "ok" or one line on stderr

A one-draft `zhengce parse` (a batch parsed in its own process) has a cheaper child, ``ForkedDatabase``:
a fork of the command taken before it parses, which has Python and pyarrow already, so it costs
no second start-up; it imports DuckDB and opens a connection while the parent parses. Only the
command forks, in a process of one thread (flows/cmd_parse.py), never a library caller.
"""

from __future__ import annotations

import contextlib
import os
import select
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

WAIT_SECONDS = 120  # a child that takes longer is stopped and the file written here


class DatabaseProcess:
    """A child that writes one output folder's DuckDB file when called (a ``write_database`` hook)."""

    command = (sys.executable, "-m", "flows.database_process")
    overlaps = True  # the caller's next step may run while the child writes (outputs.sql.refresh_database)

    def __init__(self) -> None:
        self._proc: subprocess.Popen | None = None
        try:
            self._proc = subprocess.Popen(
                list(self.command),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        except OSError:  # no child: the commit writes the file itself
            self._proc = None

    def __call__(self, out: Path, meanwhile: Callable[[], object] | None = None) -> None:
        """Have the child write ``out``'s file (here if it cannot); ``meanwhile``: this process's own
        next step, run while the child writes (the commit's calendar: the two files are made side by side)."""
        from outputs.sql import write_database

        proc, self._proc = self._proc, None
        asked = proc is not None and self._ask(proc, out)
        try:
            if meanwhile is not None:
                meanwhile()
        finally:  # the child is waited for even if that step fails
            written = asked and self._answered(proc)
        if not written:
            write_database(out)

    @staticmethod
    def _ask(proc: subprocess.Popen, out: Path) -> bool:
        """Send the child its folder. (Not the calendar: beside workers that parse, a child that also
        imported icalendar and read the documents back would be the batch's largest process.)"""
        from outputs.sql import view_statements

        try:  # the statements made here, where pyarrow's schemas are at hand: the child never imports pyarrow
            proc.stdin.write(_request(out, calendar=False, statements=view_statements(out)))
            proc.stdin.flush()
        except (OSError, ValueError):  # a child that already ended
            proc.kill()
            proc.wait()
            with contextlib.suppress(OSError, ValueError):
                proc.stdin.close()
            return False
        return True

    @staticmethod
    def _answered(proc: subprocess.Popen) -> bool:
        """Whether the child, asked, wrote the file."""
        try:
            answer, _ = proc.communicate(timeout=WAIT_SECONDS)
        except (OSError, ValueError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait()
            return False
        return proc.returncode == 0 and answer.strip() == "ok"

    def close(self) -> None:
        """The run is over: a child not called exits without writing."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        try:
            proc.communicate("", timeout=WAIT_SECONDS)
        except (OSError, ValueError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait()

    def __enter__(self) -> DatabaseProcess:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class ForkedDatabase:
    """A forked child that imports DuckDB now and writes one output folder's file when called (a
    ``write_database`` hook). Where it cannot fork, or the child fails, the file is written here.
    ``meanwhile``: work of this process's own that it does while the child writes (imports for the
    summary it prints next)."""

    def __init__(self, meanwhile: Callable[[], object] | None = None) -> None:
        self._pid: int | None = None
        self._go = self._done = -1
        self._meanwhile = meanwhile  # what this process does while the child writes (after asking it)
        if not hasattr(os, "fork"):
            return
        go_read, go_write = os.pipe()
        done_read, done_write = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            for fd in (go_read, go_write, done_read, done_write):
                os.close(fd)
            return
        if pid == 0:  # the child: never returns into the parent's code
            code = 1
            try:
                os.close(go_write)
                os.close(done_read)
                code = _forked_child(go_read, done_write)
            finally:
                os._exit(code)
        os.close(go_read)
        os.close(done_write)
        self._pid, self._go, self._done = pid, go_write, done_read

    def __call__(self, out: Path) -> None:
        from outputs.sql import write_database

        if not self._handed(out):
            write_database(out)

    def _handed(self, out: Path) -> bool:
        """Whether the child wrote ``out``'s file (and its calendar if it had none: see ``_request``)."""
        if self._pid is None:
            return False
        answer = b""
        try:
            os.write(self._go, _request(out).encode())
            os.close(self._go)
            self._go = -1
            if self._meanwhile is not None:
                self._meanwhile()
            while select.select([self._done], [], [], WAIT_SECONDS)[0]:
                chunk = os.read(self._done, 4096)
                if not chunk:  # the child closed its end: it is exiting
                    break
                answer += chunk
        except OSError:
            pass
        return self._reap() == 0 and answer.strip() == b"ok"

    def _reap(self) -> int | None:
        """Close the pipes and wait for the child (stopped if it hangs); its exit code."""
        for fd in (self._go, self._done):
            if fd >= 0:
                os.close(fd)
        self._go = self._done = -1
        pid, self._pid = self._pid, None
        if pid is None:
            return None
        waited, pause = 0.0, 0.001
        while waited < WAIT_SECONDS:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                return os.waitstatus_to_exitcode(status)
            select.select([], [], [], pause)  # a child just asked is exiting: a few ms at most
            waited += pause
            pause = min(pause * 2, 0.05)
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        return None

    def close(self) -> None:
        """The run is over: a child not called reads the end of its input and exits without writing."""
        self._reap()

    def __enter__(self) -> ForkedDatabase:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _request(out: Path, calendar: bool = True, statements: list[str] | None = None) -> str:
    """What a child is asked, as one line of JSON: the folder, and (``calendar``) for a folder without a
    calendar, the calendar too (the commit's own calendar step then finds every event there and leaves
    the file as it is; a child that fails leaves no calendar, and the commit writes it as before);
    ``statements``: the file's statements, made by the asking process."""
    import json

    from outputs.calendar import calendar_path

    asked = calendar and not calendar_path(out).exists()
    request = {"folder": str(Path(out).resolve()), "calendar": asked, "statements": statements}
    return json.dumps(request, ensure_ascii=False) + "\n"


def _prepare(calendar: bool = True):
    """What a child does while the parent parses: DuckDB imported and connected to, and (``calendar``)
    pyarrow (to read the documents back) and icalendar imported. The views' statements come with the
    request where the child has no calendar to write (a child of a batch on workers: no pyarrow here)."""
    from flows import startup

    if calendar:
        startup.import_pyarrow_lean()  # the schemas and the documents, without numpy or pandas
    from outputs.sql import new_connection

    connection = new_connection()
    if calendar:
        from outputs import calendar as module

        module.prepare()
    return connection


def _serve(request: str, connection) -> None:
    """Write the DuckDB file of the folder ``request`` names, and its calendar if asked (built from
    every consultation of the dataset, as the commit builds a calendar that is not there)."""
    import json

    from outputs.sql import write_database

    asked = json.loads(request)
    folder = asked["folder"]
    write_database(Path(folder), connection, asked["statements"])
    if asked["calendar"]:
        from outputs import calendar
        from outputs.companions import iter_consultations

        calendar.update_calendar(folder, {}, everything=lambda: iter_consultations(folder))


def _forked_child(go: int, done: int) -> int:
    """The forked child: ``_prepare``, then one request from ``go``, served; "ok" on ``done``."""
    request = b""
    try:
        connection = _prepare()
        while not request.endswith(b"\n"):
            chunk = os.read(go, 4096)
            if not chunk:
                return 0  # the run ended without a commit
            request += chunk
        _serve(request.decode(), connection)
    except BaseException:  # noqa: BLE001 - the parent writes the file itself
        return 1
    os.write(done, b"ok\n")
    return 0


def main() -> int:
    connection = _prepare(calendar=False)  # the point of this process: done while the parent parses
    request = sys.stdin.readline()
    if not request.strip():  # the run ended without a commit
        return 0
    try:
        _serve(request, connection)
    except Exception as error:  # noqa: BLE001 - the parent writes the file itself; say why here
        print(f"{request[:300].strip()}: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
