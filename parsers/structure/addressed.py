"""A covering sentence that issues the document it names to its addressees: the notice's own act, not a mention.

现将《X》印发给你们 and 现将《X》予以公布 put the verb right after the name. A notice may also make the name the
sentence's subject and issue it in the sentence's last clause, now and to its addressees: 《X》已经市政府同意，现印发给
你们 / 《X》已经区政府常务会议审议通过，现印发你们. A sentence that names X and issues nothing (《X》已经通过，自…起施行),
reports an act (《X》印发给各区，并自…起施行: no 现, no 你们) or issues another name (…，现将《Y》印发给你们) does not.
"""

from __future__ import annotations

import re
from functools import cache

from parsers.structure.titles import rules

_SENTENCE_END_RE = re.compile(r"[。；;!！?？]")


@cache
def _issued_in_last_clause() -> re.Pattern[str]:
    """，现印发给你们 / ，现印发你们 / ，现转发给你们: a clause that issues the sentence's subject to its addressees
    (the verbs: titles.toml issuing_verbs and forwarding_verbs)."""
    return re.compile(rf"[，,]\s*现\s*(?:予以)?(?:{rules().issuing_verb.pattern})\s*给?\s*你们")


def hands_to_addressees(content: str, name: str) -> bool:
    """现将《X》印发给你们, 现将《X》予以公布, 《X》已经…同意，现印发给你们: the sentence issues X."""
    at = content.find(f"《{name}》")
    if at < 0:
        return False
    rest = content[at + len(name) + 2 :]
    after = rest[:10]
    verb = rules().issuing_verb.match(after.removeprefix("予以"))
    if verb is not None and (
        # 现将《X》予以公布: the notice's own act, whoever it is addressed to
        after.removeprefix("予以")[verb.end() :].startswith("给你们") or content[:at].endswith("现将")
    ):
        return True
    end = _SENTENCE_END_RE.search(rest)
    sentence = rest[: end.start()] if end is not None else rest
    return "《" not in sentence and _issued_in_last_clause().search(sentence) is not None
