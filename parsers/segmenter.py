"""jieba, configured once and lazily: its dictionary cache in a folder the project controls, its log quiet.

Nothing happens at import: the first call to ``words`` (or ``configure_jieba``) sets jieba up.
The cache folder is ``$ZHENGCE_CACHE_DIR`` if set, else ``~/.cache/zhengce`` (``$XDG_CACHE_HOME`` honoured).
jieba's bundled dictionary ships inside the jieba package; nothing is downloaded.
"""

from __future__ import annotations

import logging
import os
import threading
import warnings
from functools import lru_cache
from pathlib import Path

_lock = threading.Lock()
_configured = False


def cache_dir() -> Path:
    explicit = os.environ.get("ZHENGCE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "zhengce"


def configure_jieba():
    """Point jieba's cache at our folder and silence its loading messages; returns the jieba module."""
    global _configured
    with (
        warnings.catch_warnings()
    ):  # jieba 0.42's regexes carry invalid escapes that newer Pythons warn about
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", SyntaxWarning)
        import jieba

    with _lock:
        if not _configured:
            folder = cache_dir()
            folder.mkdir(parents=True, exist_ok=True)
            jieba.setLogLevel(logging.WARNING)
            logging.getLogger("jieba").setLevel(logging.WARNING)
            jieba.dt.tmp_dir = str(folder)
            jieba.dt.cache_file = "jieba.cache"
            _configured = True
    return jieba


def jieba_module():
    import jieba

    return jieba


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    """jieba words of a short span (a clause prefix, a goal part). Cached: the same spans recur across drafts."""
    return tuple(configure_jieba().lcut(text))
