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
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

WAIT_SECONDS = 120  # a child that takes longer is stopped and the file written here


class DatabaseProcess:
    """A child that writes one output folder's DuckDB file when called (a ``write_database`` hook)."""

    command = (sys.executable, "-m", "flows.database_process")

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

    def __call__(self, out: Path) -> None:
        from outputs.sql import write_database

        proc, self._proc = self._proc, None
        if proc is None or not self._handed(proc, out):
            write_database(out)

    @staticmethod
    def _handed(proc: subprocess.Popen, out: Path) -> bool:
        """Whether the child wrote ``out``'s file."""
        try:
            answer, _ = proc.communicate(f"{Path(out).resolve()}\n", timeout=WAIT_SECONDS)
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


def main() -> int:
    from flows import startup

    startup.import_pyarrow_lean()  # the views need pyarrow's schemas, not numpy or pandas
    import duckdb  # noqa: F401  (the point of this process: imported while the parent parses)

    from outputs.sql import write_database

    folder = sys.stdin.readline().strip()
    if not folder:  # the run ended without a commit
        return 0
    try:
        write_database(Path(folder))
    except Exception as error:  # noqa: BLE001 - the parent writes the file itself; say why here
        print(f"{folder}: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
