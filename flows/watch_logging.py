"""One-line console records for a served watch: its session and each flow run's own process.

A server that goes away makes Prefect warn and fail with tracebacks of its network stack. On a
terminal (and in a service's journal) one line each reads better; a bug's error keeps its
traceback. The session folds records as they are made (``fold_warning_tracebacks``); a flow run
the Runner starts is a process of its own, whose logging Prefect configures before any code of
ours is imported, so it gets a logging configuration whose console formatter folds them
(``logging_settings``, passed down as PREFECT_LOGGING_SETTINGS_PATH).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DEFAULT_FORMATTER = "(): prefect.logging.formatters.PrefectFormatter"
ONE_LINE_FORMATTER = "(): flows.watch_logging.one_line_formatter"


def one_line_error(error: BaseException) -> str:
    return " ".join(str(error).split())[:300]


def error_chain(error: BaseException | None) -> Iterator[BaseException]:
    """The error, then each one it was raised from or while handling, once each."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        yield error
        error = error.__cause__ or error.__context__


def lost_server(error: BaseException | None) -> bool:
    """The error, or one it was raised from, is the network failing: the server is away, not a bug."""
    return any(
        isinstance(link, OSError | TimeoutError)
        or type(link).__module__.split(".")[0] in ("httpx", "httpcore", "websockets")
        for link in error_chain(error)
    )


def stopped_by_signal(error: BaseException | None) -> bool:
    """The error, or one it was raised while handling, is Prefect's answer to SIGTERM or a Ctrl-C: the
    watch is stopping (a flow run's task caught mid-start fails with another error on top), not a bug."""
    return any(
        isinstance(link, KeyboardInterrupt) or type(link).__name__ == "TerminationSignal"
        for link in error_chain(error)
    )


def folds(record: logging.LogRecord) -> bool:
    """A Prefect record whose exception reads as one line: a warning's, or any about a lost server or a stop."""
    error = record.exc_info[1] if record.exc_info else None
    return (
        error is not None
        and record.name.startswith("prefect")
        and (record.levelno <= logging.WARNING or lost_server(error) or stopped_by_signal(error))
    )


def exception_note(error: BaseException) -> str:
    """What a one-line record says of its exception, after its message: `` (Type: message)``."""
    return f" ({type(error).__name__}: {one_line_error(error)})"


def folded_message(record: logging.LogRecord) -> str:
    return record.getMessage() + exception_note(record.exc_info[1])  # type: ignore[index]


def one_line_formatter(**options: Any) -> logging.Formatter:
    """Prefect's console formatter, with the exceptions ``folds`` picks as one line (a logging
    configuration's factory: Prefect is imported only where its logging is configured)."""
    from prefect.logging.formatters import PrefectFormatter

    class OneLineFormatter(PrefectFormatter):
        def format(self, record: logging.LogRecord) -> str:
            if not folds(record):
                return super().format(record)
            saved = record.msg, record.args, record.exc_info, record.exc_text
            record.msg, record.args, record.exc_info, record.exc_text = folded_message(record), (), None, None
            try:
                return super().format(record)
            finally:
                record.msg, record.args, record.exc_info, record.exc_text = saved

    return OneLineFormatter(**options)


def fold_warning_tracebacks() -> None:
    """In this process, the records ``folds`` picks carry their exception as one line from the start."""
    previous = logging.getLogRecordFactory()
    if getattr(previous, "folds_warning_tracebacks", False):
        return

    def make_record(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        if folds(record):
            record.msg, record.args, record.exc_info = folded_message(record), (), None
        return record

    make_record.folds_warning_tracebacks = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(make_record)


def fold_unraisable_stop_signals() -> None:
    """In this process, a stop signal that lands inside a callback Python cannot raise from (Prefect's
    TerminationSignal in a weakref's callback, while a run's process is told to stop) is logged as one line, as a stop
    is everywhere else, not printed as ``Exception ignored … Traceback``; any other such error keeps Python's report."""
    previous = sys.unraisablehook
    if getattr(previous, "folds_stop_signals", False):
        return

    def hook(unraisable: Any) -> None:
        if stopped_by_signal(unraisable.exc_value):
            logging.getLogger("prefect.zhengce.watch").info(
                "stop signal received in a callback%s", exception_note(unraisable.exc_value)
            )
            return
        previous(unraisable)

    hook.folds_stop_signals = True  # type: ignore[attr-defined]
    sys.unraisablehook = hook


def logging_settings(folder: Path) -> Path:
    """Prefect's own logging configuration with the one-line console formatter, written under ``folder``."""
    from prefect.logging.configuration import DEFAULT_LOGGING_SETTINGS_PATH

    text = DEFAULT_LOGGING_SETTINGS_PATH.read_text(encoding="utf-8")
    if DEFAULT_FORMATTER not in text:  # a Prefect whose configuration names its formatter otherwise
        return DEFAULT_LOGGING_SETTINGS_PATH
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "zhengce-watch-logging.yml"
    path.write_text(text.replace(DEFAULT_FORMATTER, ONE_LINE_FORMATTER), encoding="utf-8")
    return path


def service_loop_line(*values: Any) -> None:
    """What Prefect's service loops print (``critical_service_loop``'s ``printer``, plain ``print`` by
    default): their "Examples of recent errors" are whole tracebacks, printed rather than logged, so no
    formatter sees them. A traceback prints as its last line (``httpx.ConnectError: …``), all else as it is."""
    text = " ".join(str(value) for value in values)
    if text.startswith("Traceback (most recent call last):"):
        lines = [line for line in text.splitlines() if line.strip()]
        text = lines[-1] if lines else ""
    print(text, flush=True)


def fold_service_loop_tracebacks() -> None:
    """Prefect's service loops (the cancellation observer polling a lost server) print with ``service_loop_line``."""
    from prefect.utilities import services

    loop = services.critical_service_loop
    names = loop.__code__.co_varnames[: loop.__code__.co_argcount]
    defaults = list(loop.__defaults__ or ())
    position = names.index("printer") - (len(names) - len(defaults))
    if defaults[position] is print:  # only Prefect's own default is replaced
        defaults[position] = service_loop_line
        loop.__defaults__ = tuple(defaults)
