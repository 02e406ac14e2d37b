"""jieba words of short phrases, exactly as ``jieba.lcut`` gives them, without loading jieba's dictionary.

The extractors segment a few short phrases per document (a recipient to split at 、, a goal's
metric). ``jieba.lcut`` first loads its whole prefix dictionary, about 580,000 entries, which
costs 0.7-1.5 s in every process, far more than the phrases themselves. Yet for one phrase
jieba's algorithm (``Tokenizer.get_DAG`` / ``calc`` / ``__cut_DAG``) only ever asks the
dictionary about substrings of that phrase: ``frag in FREQ``, ``FREQ[frag]`` and
``FREQ.get(frag)``, plus the dictionary's ``total``. So ``words`` runs jieba's own Tokenizer
code on a dictionary that answers those questions from an on-disk index (SQLite, one key
lookup per question, a few microseconds each) instead of from a dict in memory. Same code, same
numbers: the same words as the fully loaded ``jieba.lcut``, which a test checks over every
clause of the fixtures.

The index is built once per machine from jieba's bundled dict.txt with jieba's own
``gen_pfdict`` (about 2 s) and kept in ``$ZHENGCE_CACHE_DIR`` (default ``~/.cache/zhengce``,
``$XDG_CACHE_HOME`` honoured), under a name that changes with jieba's version and dictionary file,
next to jieba's own cache. Nothing is downloaded. Nothing happens at import.

``configure_jieba`` sets up the global jieba (its cache in the same folder, its log quiet) for
code that needs the whole dictionary anyway: the spaCy pipeline's jieba tokenizer.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import threading
import warnings
from functools import lru_cache
from pathlib import Path

MEMO_SIZE = 200_000  # dictionary answers kept per process (a few MB)
_lock = threading.Lock()
_configured = False
_tokenizer = None
_tokenizer_pid = 0


def cache_dir() -> Path:
    explicit = os.environ.get("ZHENGCE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "zhengce"


def jieba_module():
    """jieba, imported with its invalid-escape warnings (jieba 0.42 regexes) silenced."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", SyntaxWarning)
        import jieba
    return jieba


def configure_jieba():
    """Point the global jieba's cache at our folder and silence its loading messages; returns jieba."""
    global _configured
    jieba = jieba_module()
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


# ---------------------------------------------------------------- the dictionary on disk


def _dictionary_file(jieba) -> Path:
    return Path(jieba.__file__).resolve().parent / jieba.DEFAULT_DICT_NAME


def index_path() -> Path:
    """Where the dictionary index of this jieba lives (named by jieba's version and dict.txt)."""
    jieba = jieba_module()
    source = _dictionary_file(jieba)
    stat = source.stat()
    tag = hashlib.sha256(
        f"{jieba.__version__}|{source}|{stat.st_size}|{stat.st_mtime_ns}".encode()
    ).hexdigest()
    return cache_dir() / f"jieba-{jieba.__version__}-{tag[:12]}.sqlite"


def _build_index(path: Path) -> None:
    """jieba's prefix dictionary, computed by jieba's own gen_pfdict, as a SQLite key -> frequency table."""
    jieba = jieba_module()
    with open(_dictionary_file(jieba), "rb") as source:
        frequencies, total = jieba.Tokenizer.gen_pfdict(source)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.tmp-{os.getpid()}-{threading.get_ident()}")
    temp.unlink(missing_ok=True)
    db = sqlite3.connect(temp)
    try:
        db.execute("pragma journal_mode = off")
        db.execute("pragma synchronous = off")
        db.execute("create table meta (name text primary key, value integer) without rowid")
        db.execute("create table freq (word text primary key, n integer not null) without rowid")
        db.execute("insert into meta values ('total', ?)", (total,))
        db.executemany("insert into freq values (?, ?)", sorted(frequencies.items()))
        db.commit()
    finally:
        db.close()
    os.replace(temp, path)  # whole or absent: a process building at the same time writes the same file


class IndexedFrequencies:
    """The part of a dict jieba's Tokenizer uses (``in``, ``[]``, ``get``), answered from the index.

    Answers are memoised: the phrases of a batch share most of their substrings.
    """

    def __init__(self, path: Path):
        self._db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._query = "select n from freq where word = ?"
        self._memo: dict[str, int | None] = {}
        self.total = self._db.execute("select value from meta where name = 'total'").fetchone()[0]

    def _lookup(self, word: str) -> int | None:
        try:
            return self._memo[word]
        except KeyError:
            row = self._db.execute(self._query, (word,)).fetchone()
            if len(self._memo) >= MEMO_SIZE:  # a long-lived worker: start over rather than grow
                self._memo.clear()
            value = self._memo[word] = row[0] if row else None
            return value

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._lookup(word) is not None

    def __getitem__(self, word: str) -> int:
        value = self._lookup(word)
        if value is None:
            raise KeyError(word)
        return value

    def get(self, word: str, default=None):
        value = self._lookup(word)
        return default if value is None else value


def _indexed_tokenizer():
    """A jieba Tokenizer whose dictionary is the on-disk index; built once per process."""
    global _tokenizer, _tokenizer_pid
    with _lock:
        if _tokenizer is None or _tokenizer_pid != os.getpid():  # a forked worker opens its own connection
            jieba = jieba_module()
            path = index_path()
            if not path.is_file():
                _build_index(path)
            try:
                frequencies = IndexedFrequencies(path)
            except sqlite3.DatabaseError:  # a damaged index: build it again
                path.unlink(missing_ok=True)
                _build_index(path)
                frequencies = IndexedFrequencies(path)
            tokenizer = jieba.Tokenizer()
            tokenizer.FREQ = frequencies
            tokenizer.total = frequencies.total
            tokenizer.initialized = True  # nothing to load: the index answers
            _tokenizer, _tokenizer_pid = tokenizer, os.getpid()
    return _tokenizer


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    """jieba words of a short span (a clause prefix, a goal part): ``tuple(jieba.lcut(text))``, exactly."""
    return tuple(_indexed_tokenizer().lcut(text))
