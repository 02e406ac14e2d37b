"""Environment defaults for Prefect, applied before Prefect is first imported.

Prefect reads its settings when it is imported, so every entry point that runs a flow
calls ``configure()`` first. Values already in the environment win (the Makefile, CI or
the user may set them); only missing ones get these defaults:

- PREFECT_HOME: <project>/.prefect, so a run keeps its database and results inside the project;
- the ephemeral server's startup timeout: 180 s (its default of 20 s is too short on a cold machine);
- no analytics, DO_NOT_TRACK=1;
- logging at WARNING.
"""

from __future__ import annotations

import os
from pathlib import Path

STARTUP_TIMEOUT_SECONDS = "180"


def project_root() -> Path:
    """The checkout this package runs from, else the working folder."""
    root = Path(__file__).resolve().parent.parent
    return root if (root / "pyproject.toml").is_file() else Path.cwd()


def defaults(root: Path | None = None) -> dict[str, str]:
    root = root or project_root()
    return {
        "PREFECT_HOME": str(root / ".prefect"),
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": STARTUP_TIMEOUT_SECONDS,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
    }


def configure(root: Path | None = None, quiet_console: bool = False) -> dict[str, str]:
    """Set the missing Prefect variables; returns the ones this call set.

    ``quiet_console`` also keeps Prefect's own console lines (and task tracebacks) off
    stderr; they still reach the Prefect API and its UI. The CLI uses it so a bad file
    gives one line, not a log record with a traceback.
    """
    wanted = defaults(root)
    if quiet_console:
        wanted["PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL"] = "CRITICAL"
    applied = {}
    for name, value in wanted.items():
        if name not in os.environ:
            os.environ[name] = value
            applied[name] = value
    Path(os.environ["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)
    return applied
