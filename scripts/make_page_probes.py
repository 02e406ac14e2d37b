"""Write the probe suite of made-up government pages (issue 7): fixtures/probes/pages.toml.

    .venv/bin/python scripts/make_page_probes.py

Each probe is a page of a layout Chinese government sites, gazettes and collections use, written from parts:
the site's chrome before the title (menus, breadcrumbs, search box, 字号 大 中 小, 打印 关闭, share links), the
政府信息公开 table in its shapes (one field per line, label over value, tab-separated, two fields per line), the
来源/发布时间/浏览次数 bar, the title once or twice, a document (a notice issuing a policy, a call for comments, a
regulation with its note of adoption, a plan signed by its organ, a notice that issues nothing, a notice issuing
several documents), attachments, and a site footer (主办单位, 网站标识码, ICP备). Every name, place, number and date
is made up. The expected fields follow the conventions at the top of fixtures/field/documents.toml, and are known
by construction: the generator wrote the title, the issuer and the 文号 into the page.

The choices are drawn from a seeded generator, so the file is the same on every run; scripts/probe_pages.py
scores the parser on it and tests/test_page_probes.py keeps what it gets right.
"""

from __future__ import annotations

import random
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: the parts are imported by their package
    sys.path.insert(0, str(ROOT))

from scripts.page_probe_hard import HARD_CLASSES, make_hard_probe  # noqa: E402
from scripts.page_probe_layouts import make_probe  # noqa: E402
from scripts.page_probe_more import MORE_CLASSES, make_more_probe  # noqa: E402
from scripts.page_probe_parts import Probe  # noqa: E402
from scripts.page_probe_portals import PORTAL_CLASSES, make_portal_probe  # noqa: E402
from scripts.page_probe_signers import SIGNER_CLASSES, make_signer_probe  # noqa: E402

OUT = ROOT / "fixtures" / "probes" / "pages.toml"
SEED = 27
COUNT = 96  # pages of the commonest layouts
HARD_COUNT = 64  # pages of one class each (page_probe_hard.HARD_CLASSES), in turn
MORE_COUNT = 60  # pages of the third kind (page_probe_more.MORE_CLASSES), in turn
PORTAL_COUNT = 33  # pages of the fourth kind (page_probe_portals.PORTAL_CLASSES), in turn
SIGNER_COUNT = 28  # pages of the fifth kind (page_probe_signers.SIGNER_CLASSES), in turn
# characters whose traditional form depends on the word (机制/製造, 干部/幹): left as they are
KEEP = "制干台后里"


# ---- traditional characters ------------------------------------------------------------------------


def to_traditional(text: str) -> str:
    table = tomllib.loads((ROOT / "parsers" / "data" / "traditional.toml").read_text(encoding="utf-8"))[
        "fold"
    ]
    forms = {simple: trad[0] for simple, trad in table.items() if simple not in trad and simple not in KEEP}
    return "".join(forms.get(ch, ch) for ch in text)


def traditional(probe: Probe) -> Probe:
    probe.lines = [to_traditional(line) for line in probe.lines]
    for name in ("title", "status", "notice_title", "issuer", "doc_number"):
        setattr(probe, name, to_traditional(getattr(probe, name)))
    probe.layout.append("traditional")
    probe.name += "_trad"
    return probe


def toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t") + '"'


def render(probes: list[Probe]) -> str:
    out = [
        "# Made-up government pages (scripts/make_page_probes.py writes this file; do not edit by hand).",
        "# Fields as a reader gives them, by the conventions of fixtures/field/documents.toml.",
        "",
    ]
    for p in probes:
        out += [
            "[[probe]]",
            f"name = {toml_string(p.name)}",
            "layout = [" + ", ".join(map(toml_string, p.layout)) + "]",
        ]
        for key in ("title", "status", "notice_title", "issuer", "doc_number"):
            out.append(f"{key} = {toml_string(getattr(p, key))}")
        body = "\n".join(p.lines) + "\n"
        out += ["text = '''", body.rstrip("\n"), "'''", ""]
    return "\n".join(out)


def main() -> None:
    rng = random.Random(SEED)
    probes = [make_probe(rng, n) for n in range(1, COUNT + 1)]
    for p in probes[::8]:
        traditional(p)
    for n in range(HARD_COUNT):
        probe = make_hard_probe(rng, COUNT + 1 + n, HARD_CLASSES[n % len(HARD_CLASSES)])
        probes.append(traditional(probe) if n % 7 == 3 else probe)
    for n in range(MORE_COUNT):
        probe = make_more_probe(rng, len(probes) + 1, MORE_CLASSES[n % len(MORE_CLASSES)])
        probes.append(traditional(probe) if n % 5 == 2 else probe)
    for n in range(PORTAL_COUNT):
        probe = make_portal_probe(rng, len(probes) + 1, PORTAL_CLASSES[n % len(PORTAL_CLASSES)])
        probes.append(traditional(probe) if n % 6 == 4 else probe)
    for n in range(SIGNER_COUNT):
        probe = make_signer_probe(rng, len(probes) + 1, SIGNER_CLASSES[n % len(SIGNER_CLASSES)])
        probes.append(traditional(probe) if n % 5 == 3 else probe)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(render(probes), encoding="utf-8")
    print(f"{len(probes)} probes -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
