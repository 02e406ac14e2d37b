"""Facts of a document's head, found in one scan, that tell a title reader at once it has nothing to read.

Some title readers of ``title_choice`` can only fire on a page with a given feature: one that reads a name a
sentence quotes needs a 《 in the lines it reads. On a page without the feature (3 in 10 pages of the bench corpus
quote nothing in their first 40 lines) each such reader would walk the head for nothing. The facts are found once
per document, and a reader is asked only when its feature stands within the lines it reads (the proof that the
reader yields nothing without it is written where it is asked, in ``title_choice``).
"""

from __future__ import annotations

from dataclasses import dataclass

from parsers.structure.lines import Line


@dataclass(frozen=True, slots=True)
class HeadFacts:
    scanned: int  # the paragraphs the facts were read over (the first ones)
    first_quote: int  # index of the first paragraph holding 《 (``scanned`` when none of them does)

    def quoted_before(self, stop: int) -> bool:
        """Some paragraph among the first ``stop`` holds 《."""
        if stop > self.scanned:
            raise ValueError(f"the head was scanned over {self.scanned} paragraphs, not {stop}")
        return self.first_quote < stop


def head_facts(paragraphs: list[Line], scan: int) -> HeadFacts:
    """The facts of the first ``scan`` paragraphs, read over them once."""
    first_quote = next((k for k, line in enumerate(paragraphs[:scan]) if "《" in line.content), scan)
    return HeadFacts(scan, first_quote)
