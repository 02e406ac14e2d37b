"""`make fuzz`: the long fuzz campaign. N generated and mutated inputs through the whole parse.

    python tests/fuzz/run.py --inputs 100000 [--seed 0] [--budget 5] [--findings DIR]

Hypothesis draws the inputs (tests/fuzz/inputs.py) without shrinking; a worker process parses
each one under a per-input alarm of --budget seconds and checks the invariants
(tests/fuzz/invariants.py). The parent kills and replaces a worker that does not answer
within twice the budget, so even a hang the alarm cannot interrupt costs one input, not the
campaign. Failures are grouped by signature (what broke and where); the smallest input of
each is written to the findings folder with its recipe and message. Exit 0 when every input
parsed or was refused with the project's input error; 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import multiprocessing.connection
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: the fuzz package

from fuzz.inputs import FuzzInput, fuzz_inputs  # noqa: E402

PROJECT = Path(__file__).resolve().parents[2]


# ---------------------------------------------------------------- the worker


def worker(connection, budget: float) -> None:
    from fuzz.invariants import parse_checked, signature, warm_up

    warm_up()
    connection.send("ready")
    while True:
        job = connection.recv()
        if job is None:
            return
        data, name = job
        try:
            outcome = (parse_checked(data, name, budget),)
        except BaseException as error:  # a crash, a hang or a violation: the campaign goes on
            kind, what, at = signature(error)
            outcome = (kind, what or f"over {budget:g} s", f"{type(error).__name__}: {error}"[:2000], at)
        connection.send(outcome)


class Worker:
    """One worker process and the input it is parsing, if any."""

    def __init__(self, budget: float) -> None:
        self.budget = budget
        self.case: FuzzInput | None = None
        self.started = 0.0
        self._start()

    def _start(self) -> None:
        context = multiprocessing.get_context("fork")  # the parent has loaded the parsers (warm_up) once
        self.connection, theirs = context.Pipe()
        self.process = context.Process(target=worker, args=(theirs, self.budget), daemon=True)
        self.process.start()
        if not self.connection.poll(300) or self.connection.recv() != "ready":
            raise RuntimeError("the fuzz worker did not start")

    def send(self, case: FuzzInput) -> None:
        self.case, self.started = case, time.monotonic()
        self.connection.send((case.data, case.name))

    def overdue(self) -> bool:
        return self.case is not None and time.monotonic() - self.started > 2 * self.budget + 5

    def restart(self) -> None:
        self.process.kill()  # a hang the alarm could not interrupt (inside C code)
        self.process.join()
        self._start()

    def close(self) -> None:
        self.connection.send(None)
        self.process.join(timeout=10)


class Pool:
    """Workers parsing inputs side by side; ``done(case, outcome, seconds)`` gets each result."""

    def __init__(self, size: int, budget: float, done) -> None:
        self.workers = [Worker(budget) for _ in range(size)]
        self.done = done
        self.restarts = 0

    def submit(self, case: FuzzInput) -> None:
        while True:
            idle = [w for w in self.workers if w.case is None]
            if idle:
                idle[0].send(case)
                return
            self.collect(timeout=1.0)

    def collect(self, timeout: float) -> None:
        busy = [w for w in self.workers if w.case is not None]
        ready = multiprocessing.connection.wait([w.connection for w in busy], timeout=timeout)
        for w in busy:
            if w.connection in ready:
                outcome = w.connection.recv()
            elif w.overdue():
                w.restart()
                self.restarts += 1
                outcome = ("hang", f"over {2 * w.budget + 5:g} s, killed", "the worker did not answer", "?")
            else:
                continue
            case, seconds = w.case, time.monotonic() - w.started
            w.case = None
            self.done(case, outcome, seconds)

    def drain(self) -> None:
        while any(w.case is not None for w in self.workers):
            self.collect(timeout=1.0)

    def close(self) -> None:
        self.drain()
        for w in self.workers:
            w.close()


# ---------------------------------------------------------------- the campaign


@dataclass
class Finding:
    outcome: str  # violation | crash | hang
    what: str  # the invariant, the exception type, or the time
    where: str
    count: int = 0
    message: str = ""
    smallest: FuzzInput | None = None

    @property
    def signature(self) -> str:
        return f"{self.outcome}: {self.what} @ {self.where}"


@dataclass
class Campaign:
    total: int
    counts: dict[str, int] = field(default_factory=lambda: {"parsed": 0, "refused": 0, "failed": 0})
    findings: dict[tuple[str, str, str], Finding] = field(default_factory=dict)
    slowest: float = 0.0

    def record(self, case: FuzzInput, outcome: tuple, seconds: float) -> None:
        self.slowest = max(self.slowest, seconds)
        if len(outcome) == 1:
            self.counts[outcome[0]] += 1
            return
        self.counts["failed"] += 1
        kind, what, message, where = outcome
        finding = self.findings.setdefault((kind, what, where), Finding(kind, what, where))
        finding.count += 1
        if finding.smallest is None or len(case.data) < len(finding.smallest.data):
            finding.smallest, finding.message = case, message


def write_findings(campaign: Campaign, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for number, finding in enumerate(sorted(campaign.findings.values(), key=lambda f: -f.count), 1):
        case = finding.smallest
        assert case is not None
        stem = folder / f"finding-{number:02d}"
        stem.with_suffix(".bin").write_bytes(case.data)
        record = {
            "signature": finding.signature,
            "count": finding.count,
            "message": finding.message,
            "name": case.name,
            "recipe": case.recipe,
            "bytes": len(case.data),
        }
        stem.with_suffix(".json").write_text(
            json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8"
        )


def run(inputs: int, seed: int, budget: float, findings_dir: Path, workers: int) -> int:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hypothesis_seed
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from fuzz.invariants import warm_up

    console = Console(stderr=True)
    campaign = Campaign(total=inputs)
    progress = Progress(
        TextColumn("fuzz"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[status]}"),
        TimeElapsedColumn(),
        console=console,
    )

    def done(case: FuzzInput, outcome: tuple, seconds: float) -> None:
        campaign.record(case, outcome, seconds)
        counts = campaign.counts
        status = f"parsed {counts['parsed']}  refused {counts['refused']}  failed {counts['failed']}"
        progress.update(task, advance=1, status=status)

    warm_up()  # in the parent: every forked worker starts with jieba and the rules loaded
    pool = Pool(workers, budget, done)
    started = time.monotonic()

    @hypothesis_seed(seed)
    @settings(
        max_examples=inputs,
        phases=[Phase.generate],
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(fuzz_inputs(fast=True))
    def campaign_step(case: FuzzInput) -> None:
        pool.submit(case)  # results arrive through `done` while the next inputs are drawn

    with progress:
        task = progress.add_task("fuzz", total=inputs, status="")
        campaign_step()
        pool.close()
    elapsed = time.monotonic() - started

    done_count = sum(campaign.counts.values())
    console.print(
        f"{done_count:,} inputs in {elapsed:,.0f} s ({done_count / elapsed:,.0f}/s, {workers} workers): "
        f"{campaign.counts['parsed']:,} parsed, {campaign.counts['refused']:,} refused with IngestError, "
        f"{campaign.counts['failed']:,} failed; slowest input {campaign.slowest:.2f} s (budget {budget:g} s); "
        f"worker restarts {pool.restarts}"
    )
    if not campaign.findings:
        console.print("no crash, no hang, no invariant violation")
        return 0
    write_findings(campaign, findings_dir)
    for finding in sorted(campaign.findings.values(), key=lambda f: -f.count):
        console.print(f"{finding.count:>7,}  {finding.signature}\n         {finding.message[:300]}")
    console.print(f"smallest input of each: {findings_dir}/finding-NN.bin (+ .json: recipe, message)")
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tests/fuzz/run.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=int(os.environ.get("FUZZ_INPUTS", 100_000)))
    parser.add_argument(
        "--seed", type=int, default=0, help="Hypothesis seed: the same seed draws the same inputs"
    )
    parser.add_argument("--budget", type=float, default=5.0, help="seconds allowed per input")
    parser.add_argument("--findings", type=Path, default=PROJECT / ".fuzz", help="where failing inputs go")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="parsing processes")
    args = parser.parse_args(argv)
    return run(args.inputs, args.seed, args.budget, args.findings, max(1, args.workers))


if __name__ == "__main__":
    sys.exit(main())
