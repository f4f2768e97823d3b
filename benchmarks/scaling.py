"""Scaling benchmark: the quickstart-shaped pipeline on 1 and 2 workers, local runner and Dask.

    python benchmarks/scaling.py --quick                  # ~64 MB, a minute or two: smoke test
    python benchmarks/scaling.py --size-mb 1024           # the figures for the README (>= 1 GB)
    python benchmarks/scaling.py --size-mb 1024 --engines dask --workers 1,2 --json out.json

It generates a corpus of Parquet files (seeded; short multilingual-looking documents with exact
duplicates, near duplicates and personal data), then runs read -> normalise -> exact dedup ->
near dedup -> anonymise -> write (stages that are not installed are skipped and said so) on each
engine and worker count, and prints MB/s, the speed-up from 1 to 2 workers and the peak resident
memory of the busiest worker process. A plain pyarrow + polars script doing read, normalise,
exact dedup and write runs first, in the same conditions, as the baseline.

Targets (issue 9): speed-up >= 1.7x from 1 to 2 workers on each engine; Dask within 1.3x of the
local runner at 2 workers. Run it on a quiet machine: the figures are only comparable within one
run.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

# Run as `python benchmarks/scaling.py`, Python puts benchmarks/ first on sys.path, where
# benchmarks/anonymise.py would shadow the `anonymise` package the pipeline imports.
_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if str(Path(p or ".").resolve()) != _HERE]

STEPS = ["normalise", "exact_dedup", "near_dedup", "anonymise"]
ROWS_PER_FILE = 50_000
"""About 26 MB of text per file: 40 files per GB, enough read tasks to spread over workers."""

WORDS = (
    "energy agency report heat pump valley frost apple council cycling lane river hospital "
    "waiting scheduling port container traffic university dataset air quality train capital "
    "museum exhibition manuscript budget school library bridge harbour election tariff water "
    "agence rapport conseil piste fleuve hôpital données qualité musée gemeente fietspad rivier "
    "rapport ziekenhuis Energie Bericht Rat Radweg Fluss Krankenhaus Daten Qualität Museum"
).split()
FIRST = ["Anna", "Jean", "Lukas", "Maria", "Piotr", "Sofia", "Marco", "Eva", "Jan", "Lucía"]
LAST = ["Novak", "Dubois", "Müller", "Rossi", "Kowalski", "García", "Janssen", "Bauer"]


# -- corpus ----------------------------------------------------------------------------------------


def generate_corpus(folder: Path, size_mb: int, seed: int = 9) -> tuple[int, int]:
    """Parquet files totalling about `size_mb` MB of text; returns (rows, text bytes)."""
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    target, total_bytes, rows, part = size_mb * 1_000_000, 0, 0, 0
    words = np.array(WORDS)
    while total_bytes < target:
        n = max(1_000, min(ROWS_PER_FILE, (target - total_bytes) // 500 + 1))
        lengths = rng.integers(20, 120, n)
        picks = rng.integers(0, len(words), int(lengths.sum()))
        flat = words[picks]
        texts, start = [], 0
        for length in lengths:
            texts.append(" ".join(flat[start : start + length]))
            start += length
        # 8% exact duplicates, 4% near duplicates (a word changed), 5% with personal data.
        dup = rng.random(n) < 0.08
        near = rng.random(n) < 0.04
        pii = rng.random(n) < 0.05
        sources = rng.integers(0, n, n)
        for i in np.flatnonzero(dup):
            texts[i] = texts[sources[i]]
        for i in np.flatnonzero(near):
            texts[i] = texts[sources[i]] + " " + str(words[rng.integers(0, len(words))])
        for i in np.flatnonzero(pii):
            first, last = FIRST[i % len(FIRST)], LAST[i % len(LAST)]
            texts[i] += f" Contact {first} {last}, {first.lower()}.{last.lower()}@example.eu, +33 6 12 34 {i % 100:02d} 78."
        ids = [f"doc-{part:04d}-{i:07d}" for i in range(n)]
        table = pa.table({"id": ids, "text": texts})
        pq.write_table(table, folder / f"part-{part:04d}.parquet", compression="zstd")
        total_bytes += sum(len(t) for t in texts)
        rows += n
        part += 1
    return rows, total_bytes


# -- memory ----------------------------------------------------------------------------------------


class PeakMemory:
    """Samples the resident memory of this process's descendants (local worker processes, Dask
    workers) and keeps each one's peak."""

    def __init__(self, interval: float = 0.25) -> None:
        import psutil

        self._me = psutil.Process()
        self._interval = interval
        self.peaks: dict[int, int] = {}
        self.cpu: dict[int, float] = {}
        self._cpu_start: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakMemory:
        for proc in [self._me, *self._me.children(recursive=True)]:
            try:  # processes alive before the run (a Dask cluster) count from here
                times = proc.cpu_times()
                self._cpu_start[proc.pid] = times.user + times.system
            except Exception:
                continue
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def _run(self) -> None:
        import psutil

        while not self._stop.wait(self._interval):
            self._sample()

    def _sample(self) -> None:
        import psutil

        for proc in [self._me, *self._me.children(recursive=True)]:
            try:
                rss = proc.memory_info().rss
                times = proc.cpu_times()
            except psutil.Error:
                continue
            self.peaks[proc.pid] = max(self.peaks.get(proc.pid, 0), rss)
            self.cpu[proc.pid] = times.user + times.system - self._cpu_start.get(proc.pid, 0.0)

    def cpu_seconds(self) -> float:
        """User + system CPU of this process and its descendants during the run (a process that
        exits loses at most one sampling interval)."""
        return sum(self.cpu.values())

    def worker_peak_mb(self) -> float:
        """Peak of the busiest descendant (or of this process when the run was in-process)."""
        children = {pid: rss for pid, rss in self.peaks.items() if pid != self._me.pid}
        values = children.values() or [self.peaks.get(self._me.pid, 0)]
        return max(values) / 1e6


# -- runs ------------------------------------------------------------------------------------------


@dataclass
class Measure:
    engine: str
    workers: int
    seconds: float
    mb_per_s: float
    peak_worker_mb: float
    rows_out: int | None = None
    cpu_seconds: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)


def available_steps(wanted: list[str]) -> list[str]:
    from schemas.stages import STAGES

    missing = [s for s in wanted if s not in STAGES]
    if missing:
        print(f"note: stage(s) not registered, skipped: {', '.join(missing)}")
    return [s for s in wanted if s in STAGES]


def spec_for(corpus: Path, out: Path, steps: list[str]):
    from schemas.loader import spec_from_dict

    return spec_from_dict(
        {
            "name": "scaling",
            "source": {"connector": "files", "options": {"paths": [f"{corpus}/"], "format": "parquet"}},
            "steps": [{"stage": s, **({"match_copy": True} if s == "normalise" else {})} for s in steps],
            "output": {"path": str(out), "overwrite": True},
        }
    )


def run_engine(engine: str, workers: int, corpus: Path, out: Path, steps: list[str], text_mb: float) -> Measure:
    from datalab.errors import DatalabError
    from pipelines.engines import resolve_engine
    from pipelines.run import run_spec
    from schemas.spec import RunnerSpec

    cluster = None
    if engine == "dask":
        from distributed import LocalCluster

        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        runner = RunnerSpec(engine="dask", dask_address=cluster.scheduler_address)
    elif engine.startswith("local-"):  # local-threads, local-processes: that parallelism forced
        runner = RunnerSpec(workers=workers, parallelism=engine.removeprefix("local-"))
    else:  # local: `parallelism: auto`, what a spec gets by default
        runner = RunnerSpec(workers=workers)
    try:
        spec = spec_for(corpus, out, steps)
        args = list(resolve_engine(runner, [], steps).args)
        with PeakMemory() as memory:
            started = time.perf_counter()
            failure = None
            try:
                counts = run_spec(spec, beam_args=args).report.get("counts", {})
            except DatalabError as error:  # e.g. counts that do not add up: keep measuring the rest
                counts, failure = {}, str(error)
            seconds = time.perf_counter() - started
    finally:
        if cluster is not None:
            cluster.close()
    if failure:
        print(f"  {engine} x{workers}: FAILED after {seconds:.1f} s: {failure}")
        extra = {"failed": failure}
    else:
        extra = {"steps": {
            row["step"]: {k: row.get(k) for k in ("rows_in", "rows_out", "removed", "quarantined", "cpu_seconds")}
            for row in counts.get("steps", [])
        }}
    return Measure(
        engine=engine,
        workers=workers,
        seconds=seconds,
        mb_per_s=text_mb / seconds,
        peak_worker_mb=memory.worker_peak_mb(),
        rows_out=counts.get("output_rows"),
        cpu_seconds=memory.cpu_seconds(),
        extra=extra,
    )


def in_fresh_process(measure: Any, *args: Any) -> Measure:
    """`measure(*args)` in a new interpreter: an in-process run keeps its peak memory after it
    returns (the allocator does not give it back), which the next configuration would inherit,
    at 1 GB enough to run the machine out of memory."""
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(measure, *args).result()


def baseline(corpus: Path, out: Path, text_mb: float) -> Measure:
    """Plain pyarrow + polars, one process: read, normalise, exact dedup, write."""
    import polars as pl

    with PeakMemory() as memory:
        started = time.perf_counter()
        frame = pl.scan_parquet(f"{corpus}/*.parquet").with_columns(
            pl.col("text").str.normalize("NFKC").str.replace_all(r"\s+", " ").str.strip_chars()
        )
        frame = frame.with_columns(
            pl.col("text").str.to_lowercase().str.replace_all(r"[^\w\s]", "").alias("_match_text")
        ).unique(subset="_match_text", keep="first", maintain_order=True)
        out.mkdir(parents=True, exist_ok=True)
        table = frame.drop("_match_text").collect()
        table.write_parquet(out / "part-0.parquet", compression="zstd")
        seconds = time.perf_counter() - started
    return Measure(
        "pyarrow+polars", 1, seconds, text_mb / seconds, memory.worker_peak_mb(), table.height, memory.cpu_seconds()
    )


def print_table(measures: list[Measure]) -> None:
    print(
        f"\n{'engine':<16}{'workers':>8}{'seconds':>10}{'MB/s':>9}{'CPU s':>9}{'peak MB/worker':>16}{'rows out':>11}"
    )
    for m in measures:
        print(
            f"{m.engine:<16}{m.workers:>8}{m.seconds:>10.1f}{m.mb_per_s:>9.1f}{m.cpu_seconds:>9.0f}"
            f"{m.peak_worker_mb:>16.0f}{'FAILED' if m.extra.get('failed') else m.rows_out or 0:>11}"
        )
    for m in measures:
        steps = m.extra.get("steps")
        if steps:
            timed = ", ".join(f"{label} {row['cpu_seconds']:.1f}" for label, row in steps.items())
            print(f"  {m.engine} x{m.workers} kernel seconds per step: {timed}")
    by = {(m.engine, m.workers): m for m in measures}
    print()
    for engine in sorted({m.engine for m in measures} - {"pyarrow+polars"}):
        if (engine, 1) in by and (engine, 2) in by:
            speedup = by[(engine, 1)].seconds / by[(engine, 2)].seconds
            print(f"{engine}: speed-up 1 -> 2 workers {speedup:.2f}x (target >= 1.7x)")
    if ("dask", 2) in by and ("local", 2) in by:
        ratio = by[("dask", 2)].seconds / by[("local", 2)].seconds
        print(f"dask / local at 2 workers: {ratio:.2f}x the time (target <= 1.3x)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=int, default=1024, help="Corpus text size (default 1024).")
    parser.add_argument("--quick", action="store_true", help="A 64 MB corpus: checks the script runs.")
    parser.add_argument("--engines", default="local,dask",
                        help="Comma-separated: local (parallelism auto), local-threads, local-processes, dask.")
    parser.add_argument("--workers", default="1,2", help="Comma-separated worker counts.")
    parser.add_argument("--steps", default=",".join(STEPS), help="Stages after read, in order.")
    parser.add_argument("--no-baseline", action="store_true", help="Skip the pyarrow+polars baseline.")
    parser.add_argument("--workdir", default=None, help="Keep corpus and outputs here (default: a temp dir).")
    parser.add_argument("--json", default=None, help="Also write the figures to this JSON file.")
    args = parser.parse_args(argv)

    size_mb = 64 if args.quick else args.size_mb
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="datalab-scaling-"))
    corpus = workdir / f"corpus-{size_mb}mb"
    try:
        if not corpus.exists():
            started = time.perf_counter()
            rows, text_bytes = generate_corpus(corpus, size_mb)
            print(f"corpus: {rows} rows, {text_bytes / 1e6:.0f} MB of text, {time.perf_counter() - started:.0f} s")
        text_mb = pq.read_table(corpus, columns=["text"])["text"].combine_chunks().nbytes / 1e6
        steps = available_steps([s for s in args.steps.split(",") if s])
        print(f"pipeline: read -> {' -> '.join(steps)} -> write; {os.cpu_count()} cores")

        measures = []
        if not args.no_baseline:
            measures.append(in_fresh_process(baseline, corpus, workdir / "out-baseline", text_mb))
        for engine in args.engines.split(","):
            for workers in (int(w) for w in args.workers.split(",")):
                measure = in_fresh_process(
                    run_engine, engine, workers, corpus, workdir / f"out-{engine}-{workers}", steps, text_mb
                )
                print(f"  {engine} x{workers}: {measure.seconds:.1f} s")
                measures.append(measure)
        print_table(measures)
        if args.json:
            Path(args.json).write_text(json.dumps([asdict(m) for m in measures], indent=2))
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
