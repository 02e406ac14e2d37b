"""Ingestion: bytes, .txt, .html, .docx and .pdf files -> text + source metadata.

Every refusal is an ``IngestError`` whose ``str`` is one line: ``"PATH: reason"``.

The package is one module per concern; only the names below are its interface (a test
checks that nothing outside the package imports anything else from it):

  reader          read_path / read_bytes: the entry points
  files           reading from disk: regular files only, bounded, links followed safely
  limits          the largest file and the longest line, configurable
  sniff           which reader the bytes need (%PDF, zip, OLE2 … win over the suffix)
  decode          bytes -> text for text files and web pages (UTF-8, GB18030, declared charsets)
  html_tree       a page's tree, parsed safely, and the helpers the HTML modules share
  html_metadata   the 标题/发文机关/发文字号/日期 table, the title, the 文号, the date
  html_content    furniture removed, the content container found, one line per block
  html_page       a web page -> Ingested
  sites           site conventions (parsers/data/sites.toml), compiled
  docx            .docx -> text, with bounded zip reading
  word_numbering  Word's automatic list numbers (一、 （一） 第一条), rendered
  pdf             PDF -> text through PDFium, pages joined with form feeds
  result          Ingested, IngestError, and how names are shown on one line
"""

from parsers.ingest.files import READ_SUFFIXES, read_file_bytes
from parsers.ingest.limits import (
    DEFAULT_LIMITS,
    ENV_MAX_BYTES,
    ENV_MAX_LINE_CHARS,
    ENV_MAX_PARSE_SECONDS,
    Limits,
    parse_count,
    parse_seconds,
    parse_size,
)
from parsers.ingest.reader import read_bytes, read_path
from parsers.ingest.result import PAGE_BREAK, Ingested, IngestError, printable
from parsers.ingest.sniff import SUPPORTED_SUFFIXES

__all__ = [
    "DEFAULT_LIMITS",
    "ENV_MAX_BYTES",
    "ENV_MAX_LINE_CHARS",
    "ENV_MAX_PARSE_SECONDS",
    "PAGE_BREAK",
    "READ_SUFFIXES",
    "SUPPORTED_SUFFIXES",
    "IngestError",
    "Ingested",
    "Limits",
    "parse_count",
    "parse_seconds",
    "parse_size",
    "printable",
    "read_bytes",
    "read_file_bytes",
    "read_path",
]
