"""Time revisions.compare on two synthetic drafts of 1,000 measures each.

    .venv/bin/python bench/bench_align.py [--measures 1000] [--modified 0.1] [--repeat 5]

The old draft has 50 actions of 20 measures, each measure two to four sentences
assembled from policy phrases, with an amount and a rate. The new draft removes,
inserts, moves and rewrites a share of them (renumbering everything after each
change), so every pass of the aligner has work. Prints the best of --repeat runs of
``compare`` (alignment, text diffs, value matching) and of ``align`` alone.
No timing is asserted anywhere; this is for reading.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from parsers.model import Document, Money, Node, Ratio, SourceInfo  # noqa: E402
from revisions.align import align  # noqa: E402
from revisions.compare import compare  # noqa: E402

SUBJECTS = [
    "企业",
    "高等院校",
    "科研院所",
    "新型研发机构",
    "园区",
    "孵化器",
    "产业联盟",
    "龙头企业",
    "中小企业",
    "创新平台",
]
VERBS = ["支持", "鼓励", "引导", "推动", "加快", "强化", "完善", "深化", "培育", "布局"]
OBJECTS = [
    "关键核心技术攻关",
    "科技成果转移转化",
    "数字化转型",
    "知识产权保护",
    "高层次人才引进",
    "中试基地建设",
    "首台套产品推广应用",
    "产业链协同创新",
    "绿色低碳技术改造",
    "科技金融服务",
    "概念验证中心建设",
    "技术合同登记",
    "研发费用加计扣除",
    "国际科技合作",
]
FIELDS = [
    "人工智能",
    "生物医药",
    "新材料",
    "低空经济",
    "花卉产业",
    "数字经济",
    "装备制造",
    "绿色能源",
    "现代物流",
    "文旅",
]
CN = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """1..9999 in Chinese numerals as labels write them (十一, 二十, 一百零五)."""
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n - 10] if n > 10 else "")
    if n < 100:
        return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = (
            ""
            if rest == 0
            else ("零" + cn_number(rest) if rest < 10 else ("一" if rest < 20 else "") + cn_number(rest))
        )
        return CN[n // 100] + "百" + tail
    rest = n % 1000
    tail = "" if rest == 0 else ("零" if rest < 100 else "") + cn_number(rest)
    return CN[n // 1000] + "千" + tail


def sentence(rng: random.Random) -> str:
    return (
        f"{rng.choice(VERBS)}{rng.choice(FIELDS)}领域{rng.choice(SUBJECTS)}开展{rng.choice(OBJECTS)}，"
        f"{rng.choice(VERBS)}{rng.choice(SUBJECTS)}与{rng.choice(SUBJECTS)}{rng.choice(OBJECTS)}。"
    )


def measure_body(rng: random.Random) -> tuple[str, int, int]:
    amount, rate = rng.choice([10, 20, 30, 50, 100, 200, 300, 500]), rng.choice([10, 20, 30, 50])
    heading = f"{rng.choice(VERBS)}{rng.choice(FIELDS)}{rng.choice(OBJECTS)}。"
    body = "".join(sentence(rng) for _ in range(rng.randint(1, 3)))
    money = f"对经认定的{rng.choice(SUBJECTS)}按实际投资额{rate}%给予不超过{amount}万元的奖励。"
    return heading + body + money, amount, rate


def build(actions: list[tuple[str, list[tuple[str, int, int]]]], doc_id: str) -> Document:
    """A Document with actions and measures (labels numbered on), one clause per measure holding its mentions."""
    parts: list[str] = []
    nodes: list[Node] = []
    money: list[Money] = []
    ratios: list[Ratio] = []
    offset, seq, measure_no = 0, 0, 0
    for a, (action_heading, measures) in enumerate(actions, 1):
        label = f"{cn_number(a)}、"
        line = f"{label}{action_heading}\n"
        action = Node(
            node_id=f"action_{a}",
            parent_id=None,
            kind="action",
            ordinal=a,
            label=label,
            heading=action_heading,
            text="",
            char_start=offset,
            char_end=0,
            seq=seq,
        )
        parts.append(line)
        offset += len(line)
        seq += 1
        for body, amount, rate in measures:
            measure_no += 1
            mlabel = f"({cn_number(measure_no)})"
            text = f"{mlabel}{body}"
            node_id = f"action_{a}__measure_{measure_no}"
            clause_id = f"{node_id}__clause_1"
            m = Node(
                node_id=node_id,
                parent_id=action.node_id,
                kind="measure",
                ordinal=measure_no,
                label=mlabel,
                heading=body.split("。")[0],
                text=text,
                char_start=offset,
                char_end=offset + len(text),
                seq=seq,
            )
            m.children.append(
                Node(
                    node_id=clause_id,
                    parent_id=node_id,
                    kind="clause",
                    text=text,
                    char_start=offset,
                    char_end=offset + len(text),
                    seq=seq + 1,
                )
            )
            surface = f"不超过{amount}万元"
            at = offset + text.rindex(surface)
            money.append(
                Money(
                    mention_id=f"{clause_id}:m",
                    node_id=clause_id,
                    surface=surface,
                    char_start=at,
                    char_end=at + len(surface),
                    low=None,
                    high=amount * 1e4,
                    kind="max",
                    role="subsidy",
                )
            )
            rate_surface = f"{rate}%"
            at = offset + text.rindex(rate_surface)
            ratios.append(
                Ratio(
                    mention_id=f"{clause_id}:r",
                    node_id=clause_id,
                    surface=rate_surface,
                    char_start=at,
                    char_end=at + len(rate_surface),
                    value=rate / 100,
                    kind="exact",
                    form="percent",
                    role="subsidy_rate",
                )
            )
            action.children.append(m)
            parts.append(text + "\n")
            offset += len(text) + 1
            seq += 2
        action.char_end = offset
        nodes.append(action)
    text = "".join(parts)
    for action in nodes:
        action.text = text[action.char_start : action.char_end]
    info = SourceInfo(
        path=f"{doc_id}.txt", format="txt", encoding="utf-8", sha256="0" * 64, n_bytes=len(text.encode())
    )
    return Document(
        doc_id=doc_id, source=info, parser_version="bench", text=text, nodes=nodes, money=money, ratios=ratios
    )


def drafts(n_measures: int, modified_share: float, seed: int = 7) -> tuple[Document, Document]:
    rng = random.Random(seed)
    per_action = 20
    old_actions = []
    for a in range(max(1, n_measures // per_action)):
        heading = f"实施{rng.choice(FIELDS)}{rng.choice(OBJECTS)}行动{a}"
        old_actions.append((heading, [measure_body(rng) for _ in range(per_action)]))
    new_actions = [(h, list(ms)) for h, ms in old_actions]
    n = sum(len(ms) for _, ms in new_actions)
    for _ in range(int(n * 0.02)):  # removed
        _, ms = rng.choice(new_actions)
        if ms:
            ms.pop(rng.randrange(len(ms)))
    for _ in range(int(n * 0.02)):  # inserted
        _, ms = rng.choice(new_actions)
        ms.insert(rng.randrange(len(ms) + 1), measure_body(rng))
    for _ in range(int(n * 0.01)):  # moved to another action
        _, source = rng.choice(new_actions)
        _, target = rng.choice(new_actions)
        if source:
            target.insert(rng.randrange(len(target) + 1), source.pop(rng.randrange(len(source))))
    for _ in range(int(n * modified_share)):  # rewritten: a sentence added, amounts and rates changed
        _, ms = rng.choice(new_actions)
        if ms:
            i = rng.randrange(len(ms))
            body, amount, rate = ms[i]
            new_amount, new_rate = amount * 2, rate + 10
            body = body.replace(f"{rate}%", f"{new_rate}%").replace(
                f"不超过{amount}万元", f"不超过{new_amount}万元"
            )
            ms[i] = (sentence(rng) + body, new_amount, new_rate)
    return build(old_actions, "old"), build(new_actions, "new")


def best_of(repeat: int, run) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--measures", type=int, default=1000)
    parser.add_argument("--modified", type=float, default=0.1, help="share of measures rewritten")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    old, new = drafts(args.measures, args.modified)
    n_old = sum(1 for n in old.iter_nodes() if n.kind == "measure")
    n_new = sum(1 for n in new.iter_nodes() if n.kind == "measure")
    diff = compare(old, new)
    print(f"measures: old {n_old}, new {n_new}; chars: old {len(old.text)}, new {len(new.text)}")
    print("changes:", diff.summary.nodes, "moved", diff.summary.moved, "renumbered", diff.summary.renumbered)
    print("value changes:", diff.summary.values)
    print(f"align():   {best_of(args.repeat, lambda: align(old, new)) * 1000:.0f} ms (best of {args.repeat})")
    print(
        f"compare(): {best_of(args.repeat, lambda: compare(old, new)) * 1000:.0f} ms (best of {args.repeat})"
    )


if __name__ == "__main__":
    main()
