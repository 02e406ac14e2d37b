"""DuckDB over the tables: one view per table, named like the table, in memory or in OUT/zhengce.duckdb.

``connect(out)`` gives an in-memory DuckDB connection with the views (what ``zhengce sql`` runs
on). ``refresh_database(out)`` keeps OUT/zhengce.duckdb, a database file holding the same views,
which the DuckDB command line or any SQL client opens directly::

    duckdb out/zhengce.duckdb "SELECT provision_label, surface FROM money WHERE role = 'subsidy'"

Each view reads ``<OUT>/<table>/*.parquet`` by its absolute path, so the file works from any
working directory; the table folders are symlinks to the live snapshot, so the views see every
commit without being rewritten. The file is rewritten only when what its views say changes (the
folder's absolute path, the tables or their columns): a stamp beside the dataset remembers that,
so a commit checks one small file instead of importing DuckDB. The new file is built under
another name and renamed over the old one, so a client holding the old file open keeps working.
It is written in DuckDB's v1.0.0 storage format, which every DuckDB since 1.0 opens.

DuckDB is imported inside the functions that need it: ``zhengce parse`` must not pay for it when
the database file is already current. The tables' schemas (pyarrow) likewise: the command asks
where the file goes before it imports pyarrow (flows/cmd_parse.py).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

DATABASE_FILE = "zhengce.duckdb"
STORAGE_VERSION = "v1.0.0"
STAMP_FILE = ".zhengce/duckdb.stamp"
STATE_DIR = ".zhengce"
TIME_ZONE = "Asia/Shanghai"


class NoDataset(Exception):
    """The folder holds no zhengce tables."""


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def view_statements(out: str | Path) -> list[str]:
    """CREATE VIEW and COMMENT statements for every table of ``out``."""
    from outputs.columns import column_doc, table_doc
    from outputs.schema import TABLES

    root = Path(out).resolve()
    statements = []
    for table, arrow_schema in TABLES.items():
        files = _literal(str(root / table / "*.parquet"))
        view = _identifier(table)
        # union_by_name: a dataset written before a column was added still reads, that column null
        statements.append(
            f"CREATE OR REPLACE VIEW {view} AS SELECT * FROM read_parquet({files}, union_by_name = true)"
        )
        statements.append(f"COMMENT ON VIEW {view} IS {_literal(table_doc(table))}")
        for field in arrow_schema:
            doc = column_doc(table, field.name)
            if doc is not None:
                statements.append(
                    f"COMMENT ON COLUMN {view}.{_identifier(field.name)} IS {_literal(f'{doc.zh}: {doc.en}')}"
                )
    return statements


def has_dataset(out: str | Path) -> bool:
    from outputs.schema import TABLES

    return (Path(out) / STATE_DIR / "current").exists() and all(
        (Path(out) / table).is_dir() for table in TABLES
    )


def connect(out: str | Path):
    """An in-memory DuckDB connection with one view per table of ``out``."""
    import duckdb

    if not has_dataset(out):
        raise NoDataset(f"{out}: no zhengce tables here (write some with: zhengce parse FILE --out {out})")
    con = duckdb.connect()
    con.execute(f"SET TimeZone = {_literal(TIME_ZONE)}")  # timestamps as the drafts print them
    for statement in view_statements(out):
        if statement.startswith("CREATE"):  # comments are for the database file's readers
            con.execute(statement)
    return con


def _stamp(out: Path) -> str:
    from outputs.schema import TABLES

    tables = {table: [f"{f.name}:{f.type}" for f in schema] for table, schema in TABLES.items()}
    content = {"out": str(out.resolve()), "storage": STORAGE_VERSION, "tables": tables}
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()


def database_path(out: str | Path) -> Path:
    return Path(out) / DATABASE_FILE


def database_is_current(out: str | Path) -> bool:
    """Whether OUT/zhengce.duckdb is there and says what the tables are now (no DuckDB needed to tell)."""
    out = Path(out)
    if not database_path(out).is_file():
        return False
    try:
        return (out / STAMP_FILE).read_text(encoding="utf-8") == _stamp(out)
    except OSError:
        return False


def refresh_database(
    out: str | Path,
    force: bool = False,
    write: Callable[[Path], object] | None = None,
    then: Callable[[], object] | None = None,
) -> Path | None:
    """Write OUT/zhengce.duckdb if it is missing or out of date; returns its path when written.

    ``write(out)`` writes the file instead of ``write_database`` (a process started earlier, which
    has imported DuckDB while this one worked: flows/database_process.py). ``then``: the caller's
    next step (the calendar), run after the file is in place, or while a ``write`` that runs in
    another process and says so (``write.overlaps``) writes it, as ``write(out, meanwhile=then)``."""
    out = Path(out)
    written = None
    if force or not database_is_current(out):
        if then is not None and getattr(write, "overlaps", False):
            write(out, meanwhile=then)
            then = None
        else:
            (write or write_database)(out)
        stamp_path = out / STAMP_FILE
        temp = stamp_path.with_name(f"{stamp_path.name}.tmp-{os.getpid()}")
        temp.write_text(_stamp(out), encoding="utf-8")
        os.replace(temp, stamp_path)
        written = database_path(out)
    if then is not None:
        then()
    return written


def new_connection():
    """The in-memory DuckDB connection ``write_database`` works in."""
    import duckdb

    return duckdb.connect(config={"threads": 1})


def write_database(out: str | Path, connection=None, statements: list[str] | None = None) -> Path:
    """Build OUT/zhengce.duckdb under a temporary name and rename it into place. ``connection``: one
    made by ``new_connection`` beforehand (a process that opened it while another worked), closed here;
    ``statements``: ``view_statements(out)`` made by the process that asked (this one then needs no pyarrow)."""
    out = Path(out)
    target = database_path(out)
    temp = out / STATE_DIR / f"{DATABASE_FILE}.tmp-{os.getpid()}"
    leftovers = (temp, temp.with_name(temp.name + ".wal"))
    for leftover in leftovers:
        leftover.unlink(missing_ok=True)
    con = connection if connection is not None else new_connection()
    try:
        con.execute(f"ATTACH {_literal(str(temp))} AS zhengce (STORAGE_VERSION {_literal(STORAGE_VERSION)})")
        con.execute("USE zhengce")
        # one transaction: ~180 statements, one catalog commit (each on its own took twice as long)
        statements = statements if statements is not None else view_statements(out)
        con.execute(";\n".join(["BEGIN TRANSACTION", *statements, "COMMIT"]))
        con.execute("USE memory")
        con.execute("DETACH zhengce")  # checkpoints: everything is in the file, no .wal left
        os.replace(temp, target)
    except BaseException:  # a writer that fails (a child: the parent writes it next) leaves no half file
        for leftover in leftovers:
            leftover.unlink(missing_ok=True)
        raise
    finally:
        con.close()
    return target
