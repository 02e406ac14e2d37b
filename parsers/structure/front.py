"""The front of a document as notice_block reads it: its title, status and covering notice, and where they stand."""

from __future__ import annotations

from dataclasses import dataclass

from parsers.structure.titles import TitleGroup


@dataclass
class Front:
    notice: tuple[int, int] | None = None  # content lines [a, b) of the covering notice
    notice_head: TitleGroup | None = None  # the notice's own title lines
    title_group: TitleGroup | None = None  # the title lines of the body
    title: str | None = None  # the document's title, status words dropped
    status: str | None = None
    notice_title: str | None = None  # the covering notice's own title, when it issues one document
    reported: bool = False  # the title is a news headline over a press credit: its organ is not the issuer
