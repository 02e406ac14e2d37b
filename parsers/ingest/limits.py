"""Bounds on input: the largest file and the longest line a reader accepts, and the longest a file may take to parse.

A policy document is kilobytes to a few megabytes, and its longest paragraph a few thousand
characters; the defaults leave room for a long regulation with its annexes while refusing a
device, a log file or a minified blob before it costs minutes. The parse time bound is the guard for what
the other two cannot see: a text within both that some rule turns slow (the fuzz findings were quadratic
rules) must cost a batch one refused file, not the batch; the shell enforces it (flows/parse_deadline.py),
the parsers only parse. All are configurable: in code (``Limits``), from the environment
(``ZHENGCE_MAX_BYTES``, ``ZHENGCE_MAX_LINE_CHARS``, ``ZHENGCE_MAX_PARSE_SECONDS``, read by the shell that runs
the parsers, never by the parsers themselves), and on the command line
(``zhengce parse --max-bytes --max-line-chars --max-parse-seconds``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from parsers.ingest.result import IngestError

ENV_MAX_BYTES = "ZHENGCE_MAX_BYTES"
ENV_MAX_LINE_CHARS = "ZHENGCE_MAX_LINE_CHARS"
ENV_MAX_PARSE_SECONDS = "ZHENGCE_MAX_PARSE_SECONDS"
# eleven days: larger is no deadline in practice, and past ~1e9 the alarm's timer overflows
MAX_PARSE_SECONDS = 1e6
_SIZE_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:([kmg])i?b?|b)?\s*$", re.I)
_SCALE = {None: 1, "k": 2**10, "m": 2**20, "g": 2**30}


def parse_size(text: str) -> int:
    """A size as people write it: 52428800, 50MB, 50M, 512k, 1.5GiB (k, M, G are powers of 1024)."""
    match = _SIZE_RE.match(text)
    if not match:
        raise ValueError(f"not a size: {text!r} (examples: 50MB, 512k, 1000000)")
    number, scale = match.groups()
    value = int(float(number) * _SCALE[scale.lower() if scale else None])
    if value <= 0:
        raise ValueError(f"not a positive size: {text!r}")
    return value


def parse_count(text: str) -> int:
    """A positive whole number, digits with optional _ or , separators: 200000, 200_000, 200,000."""
    cleaned = text.strip().replace("_", "").replace(",", "")
    if not cleaned.isdigit() or int(cleaned) <= 0:
        raise ValueError(f"not a positive whole number: {text!r}")
    return int(cleaned)


def parse_seconds(text: str) -> float:
    """A positive number of seconds: 600, 90.5."""
    try:
        value = float(text.strip())
    except ValueError:
        raise ValueError(f"not a number of seconds: {text!r}") from None
    if not 0 < value <= MAX_PARSE_SECONDS:
        raise ValueError(f"not a number of seconds from 0 to {MAX_PARSE_SECONDS:g}: {text!r}")
    return value


def readable_size(n: int) -> str:
    """120 bytes, 12.3 KB, 4.5 MB, 120 MB (1 KB = 1024 bytes, as parse_size reads them)."""
    if n < 2**10:
        return f"{n:,} bytes"
    if n < 2**20:
        return f"{n / 2**10:.1f} KB"
    return f"{n / 2**20:.1f} MB" if n < 10 * 2**20 else f"{n // 2**20:,} MB"


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 50 * 2**20  # largest file read, in bytes
    max_line_chars: int = 200_000  # longest line of the text read, in characters
    # longest one file's parse may run: a policy text of megabytes parses in seconds; ten minutes is a hang
    max_parse_seconds: float = 600.0

    def __post_init__(self) -> None:
        if (
            self.max_bytes <= 0
            or self.max_line_chars <= 0
            or not 0 < self.max_parse_seconds <= MAX_PARSE_SECONDS
        ):
            raise ValueError(f"limits must be positive (and the parse's at most {MAX_PARSE_SECONDS:g} s)")

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> Limits:
        """The limits the environment sets, the defaults for those it does not; ValueError names a bad one."""
        values: dict[str, float] = {}
        for field, variable, parse in (
            ("max_bytes", ENV_MAX_BYTES, parse_size),
            ("max_line_chars", ENV_MAX_LINE_CHARS, parse_count),
            ("max_parse_seconds", ENV_MAX_PARSE_SECONDS, parse_seconds),
        ):
            raw = environ.get(variable, "").strip()
            if raw:
                try:
                    values[field] = parse(raw)
                except ValueError as err:
                    raise ValueError(f"{variable}: {err}") from None
        return cls(**values)

    def check_size(self, size: int, source: str) -> None:
        if size > self.max_bytes:
            raise IngestError(
                source,
                f"file too large: {readable_size(size)} (limit {readable_size(self.max_bytes)};"
                f" raise it with --max-bytes or {ENV_MAX_BYTES})",
            )

    def check_text(self, text: str, source: str) -> None:
        """Refuse text with a line longer than ``max_line_chars``, or more characters than a file of
        ``max_bytes`` could hold (what a compressed format expands to is bounded too)."""
        if len(text) > self.max_bytes:
            raise IngestError(
                source, f"text too large: {len(text):,} characters (limit {self.max_bytes:,}, as --max-bytes)"
            )
        if len(text) <= self.max_line_chars:
            return
        lengths = [len(line) for line in text.split("\n")]
        longest = max(lengths)
        if longest > self.max_line_chars:
            number = lengths.index(longest) + 1
            raise IngestError(
                source,
                f"line {number} is {longest:,} characters long (limit {self.max_line_chars:,};"
                f" raise it with --max-line-chars or {ENV_MAX_LINE_CHARS})",
            )


DEFAULT_LIMITS = Limits()
