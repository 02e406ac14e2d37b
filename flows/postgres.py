"""A local PostgreSQL cluster for the Prefect server: created once, started, stopped.

`make server DB=postgres` and the PostgreSQL schedule test run Prefect's server on it, the
database Prefect recommends beyond a single user. The cluster is private to its folder: it
listens on no TCP address, only on a unix socket inside its data folder (mode 0700), and
trusts whoever can reach that socket, which is its owner (and root).

PostgreSQL refuses to run as root. When this process is root, the cluster's files belong to
the `postgres` system user and its commands run as that user through `runuser`. Nothing here
imports Prefect or a database driver: the server process connects with asyncpg.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

DEFAULT_PORT = 54329  # names the socket file (.s.PGSQL.<port>); no TCP port is opened
DATABASE = "prefect"
SUPERUSER = "postgres"
SERVICE_USER = "postgres"  # the system user PostgreSQL runs as when we are root
SOCKET_PATH_MAX = 100  # a unix socket path must fit in sockaddr_un (107 bytes on Linux)
START_TIMEOUT_S = 60


class PostgresError(RuntimeError):
    """PostgreSQL is missing, or a cluster could not be created, started or stopped."""


def find_bindir() -> Path:
    """$ZHENGCE_PG_BINDIR, else `pg_config --bindir`, else the newest /usr/lib/postgresql/*/bin."""
    configured = os.environ.get("ZHENGCE_PG_BINDIR")
    candidates = [Path(configured)] if configured else []
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            found = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=True)
            candidates.append(Path(found.stdout.strip()))
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: _version_key(p.parent.name), reverse=True
    )
    candidates += versions
    for bindir in candidates:
        if (bindir / "initdb").is_file() and (bindir / "pg_ctl").is_file():
            return bindir
    raise PostgresError("PostgreSQL is not installed (no initdb/pg_ctl; set ZHENGCE_PG_BINDIR)")


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


@dataclass
class LocalPostgres:
    """One cluster in ``data_dir``, its socket in the same folder, the database ``prefect`` in it."""

    data_dir: Path
    port: int = DEFAULT_PORT
    bindir: Path | None = None

    def __post_init__(self) -> None:
        self.data_dir = Path(self.data_dir).absolute()
        self.bindir = self.bindir or find_bindir()
        socket = self.data_dir / f".s.PGSQL.{self.port}"
        if len(str(socket)) > SOCKET_PATH_MAX:
            raise PostgresError(f"{self.data_dir}: path too long for a unix socket; choose a shorter folder")

    # ------------------------------------------------------------ who runs it

    @property
    def as_service_user(self) -> bool:
        return os.geteuid() == 0

    def _command(self, tool: str, *args: str) -> list[str]:
        command = [str(self.bindir / tool), *args]
        if self.as_service_user:
            return ["runuser", "-u", SERVICE_USER, "--", *command]
        return command

    def _run(self, tool: str, *args: str, timeout: float = START_TIMEOUT_S) -> str:
        try:
            done = subprocess.run(
                self._command(tool, *args),
                capture_output=True,
                text=True,
                timeout=timeout,
                cwd="/",  # runuser's user may not read the caller's working folder
                stdin=subprocess.DEVNULL,
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            raise PostgresError(f"{tool}: {error}") from error
        if done.returncode != 0:
            detail = " ".join((done.stderr or done.stdout).split())[-500:]
            raise PostgresError(f"{tool} failed ({done.returncode}): {detail}")
        return done.stdout

    # ------------------------------------------------------------ life cycle

    @property
    def initialized(self) -> bool:
        return (self.data_dir / "PG_VERSION").is_file()

    def init(self) -> None:
        """Create the cluster (once): UTF-8, C locale, trust on the socket, no TCP."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if self.as_service_user:
            service = pwd.getpwnam(SERVICE_USER)
            os.chown(self.data_dir, service.pw_uid, service.pw_gid)
            reach = subprocess.run(
                ["runuser", "-u", SERVICE_USER, "--", "test", "-x", str(self.data_dir.parent)], check=False
            )
            if reach.returncode != 0:
                raise PostgresError(
                    f"{self.data_dir.parent}: the {SERVICE_USER} user cannot reach this folder; "
                    "choose one it can (PostgreSQL does not run as root)"
                )
        self.data_dir.chmod(0o700)
        self._run(
            "initdb",
            "--pgdata",
            str(self.data_dir),
            "--username",
            SUPERUSER,
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            "--locale",
            "C",
        )

    def is_running(self) -> bool:
        try:
            self._run("pg_ctl", "status", "--pgdata", str(self.data_dir), timeout=15)
        except PostgresError:
            return False
        return True

    def start(self) -> LocalPostgres:
        """Create the cluster if needed, start it (unless it runs already) and create the database."""
        if not self.initialized:
            self.init()
        if not self.is_running():
            options = f"-c listen_addresses='' -c unix_socket_directories='{self.data_dir}' -p {self.port}"
            self._run(
                "pg_ctl",
                "start",
                "--pgdata",
                str(self.data_dir),
                "--wait",
                f"--timeout={START_TIMEOUT_S}",
                "--log",
                str(self.data_dir / "postgresql.log"),
                "-o",
                options,
            )
        self._create_database()
        return self

    def _create_database(self) -> None:
        if DATABASE not in self.query("SELECT datname FROM pg_database", database="postgres").split():
            self._run("createdb", *self._client_args(), DATABASE)

    def query(self, sql: str, database: str = DATABASE) -> str:
        """One SQL statement through psql over the socket; its rows as psql prints them unaligned."""
        return self._run("psql", *self._client_args(), "--dbname", database, "-tAc", sql).strip()

    def _client_args(self) -> list[str]:
        return ["--host", str(self.data_dir), "--port", str(self.port), "--username", SUPERUSER]

    def stop(self) -> None:
        """Stop the cluster (fast shutdown: open sessions are ended); nothing when it does not run."""
        if self.initialized and self.is_running():
            self._run("pg_ctl", "stop", "--pgdata", str(self.data_dir), "--mode", "fast", "--wait")

    def remove(self) -> None:
        """Stop the cluster and delete its folder."""
        with contextlib.suppress(PostgresError):
            self.stop()
        shutil.rmtree(self.data_dir, ignore_errors=True)

    @property
    def connection_url(self) -> str:
        """What Prefect's server connects with: asyncpg over the unix socket."""
        return f"postgresql+asyncpg://{SUPERUSER}@/{DATABASE}?host={self.data_dir}&port={self.port}"
