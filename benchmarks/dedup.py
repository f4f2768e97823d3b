#!/usr/bin/env python3
"""Near-dedup benchmark: `datalab dedup` beside the datasketch baseline, on the shared kit.

Builds (or reuses) the kit's corpora under benchmarks/data/<size>/ (git-ignored), splits each
corpus into Parquet files of ~2,000 documents (so the files connector plans several read tasks,
as a real corpus of many files would), then runs in the same invocation:

  * the kit's datasketch baseline (MinHash.bulk + MinHashLSH, b/r chosen by datasketch, with
    MinHash-estimated verification), one process;
  * `datalab dedup` with 1 worker, and with 2 workers (`--workers 1 2`, the default);

and prints, for each: wall seconds, MB/s and docs/s (text bytes / documents over the wall
time), peak RSS (summed over the process tree, sampled every 50 ms), and precision, recall and
F1 from the kit's score.py against its exact ground truth. `datalab dedup` is timed end to end
(process start, Beam pipeline, reading Parquet, writing shards, removed/, index and reports);
the baseline excludes loading the corpus.

    python benchmarks/dedup.py                       # small corpus (~7 MB), quick check
    python benchmarks/dedup.py --sizes large         # 200 MB: the figures of the README
    python benchmarks/dedup.py --sizes large --no-baseline --workers 2

Needs ../shared/bench/dedup (the kit; skipped with a message when absent) and, to build the
corpora, the Debian documentation packages named in the kit's README.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KIT = (ROOT / ".." / "shared" / "bench" / "dedup").resolve()
DATA = ROOT / "benchmarks" / "data"
RESULTS = ROOT / "benchmarks" / "results"
PYTHON = sys.executable
DATALAB = str(Path(PYTHON).with_name("datalab"))


def peak_rss_run(cmd: list[str], **kwargs) -> tuple[float, int, subprocess.CompletedProcess]:
    """Run `cmd`; return (wall seconds, peak summed RSS of its process tree in bytes, result)."""
    import psutil

    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        try:
            root = psutil.Process(proc.pid)
        except psutil.NoSuchProcess:
            return
        while not done.is_set():
            try:
                total = root.memory_info().rss + sum(c.memory_info().rss for c in root.children(recursive=True))
                peak = max(peak, total)
            except psutil.Error:
                pass
            time.sleep(0.05)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    done.set()
    thread.join()
    return wall, peak, subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def ensure_corpus(size: str) -> Path:
    folder = DATA / size
    corpus = folder / "corpus.parquet"
    if not corpus.exists():
        print(f"building the {size} corpus (make_corpus.py) ...", flush=True)
        subprocess.run([PYTHON, str(KIT / "make_corpus.py"), "--out", str(DATA), "--sizes", size], check=True)
    if not (folder / "ground_truth.json").exists():
        print(f"computing the {size} ground truth (ground_truth.py; large: minutes and ~7 GB) ...", flush=True)
        subprocess.run([PYTHON, str(KIT / "ground_truth.py"), "--corpus", str(corpus)], check=True)
    return folder


def split_input(folder: Path, rows_per_file: int) -> tuple[list[str], float, int]:
    """Parquet files of `rows_per_file` documents (id, text) and the corpus' MB and documents."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    table = pq.read_table(folder / "corpus.parquet", columns=["id", "text"])
    megabytes = int(pc.sum(pc.binary_length(table.column("text"))).as_py()) / 1e6
    target = folder / f"datalab_input_{rows_per_file}"
    if not target.exists():
        target.mkdir()
        for number, start in enumerate(range(0, table.num_rows, rows_per_file)):
            pq.write_table(table.slice(start, rows_per_file), target / f"part-{number:05d}.parquet")
    return sorted(str(p) for p in target.glob("part-*.parquet")), megabytes, table.num_rows


def score(folder: Path, kept_ids: set[str]) -> dict:
    sys.path.insert(0, str(KIT))
    from score import score as kit_score

    with open(folder / "ground_truth.json") as handle:
        return kit_score(json.load(handle), kept_ids)


def run_datalab(folder: Path, files: list[str], workers: int, extra: list[str]) -> dict:
    import glob

    import pyarrow.parquet as pq

    out = RESULTS / f"datalab_{folder.name}_w{workers}"
    cmd = [DATALAB, "dedup", *files, "-o", str(out), "--overwrite", "--workers", str(workers), *extra]
    wall, peak, result = peak_rss_run(cmd)
    if result.returncode != 0:
        print(result.stdout[-3000:], result.stderr[-5000:], sep="\n")
        raise SystemExit(f"datalab dedup failed (exit {result.returncode})")
    kept = {i for f in glob.glob(f"{out}/part-*.parquet") for i in pq.read_table(f, columns=["id"]).column("id").to_pylist()}
    report = json.loads((out / "reports" / "near_dedup.json").read_text())
    return {"wall_s": wall, "peak_rss": peak, "kept": kept, "report": report}


def run_baseline(folder: Path) -> dict:
    out = RESULTS / f"datasketch_{folder.name}"
    cmd = [PYTHON, str(KIT / "datasketch_baseline.py"), "--corpus", str(folder / "corpus.parquet"),
           "--gt", str(folder / "ground_truth.json"), "--out", str(out), "--verify"]
    wall, peak, result = peak_rss_run(cmd)
    if result.returncode != 0:
        print(result.stderr[-3000:])
        raise SystemExit("datasketch baseline failed")
    res = json.loads((out / "result.json").read_text())
    return {"wall_s": res["wall_s"], "process_wall_s": wall, "peak_rss": peak, "score": res["score"],
            "b_r": res["lsh_b_r"]}


def line(name: str, megabytes: float, docs: int, wall: float, peak: int, sc: dict) -> str:
    return (f"| {name} | {wall:.1f} | {megabytes / wall:.2f} | {docs / wall:,.0f} | {peak / 2**20:,.0f} MB | "
            f"{sc['precision']:.4f} | {sc['recall']:.4f} | {sc['f1']:.4f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", nargs="+", default=["small"], choices=["small", "large"])
    ap.add_argument("--workers", nargs="+", type=int, default=[1, 2])
    ap.add_argument("--no-baseline", action="store_true", help="skip the datasketch baseline")
    ap.add_argument("--rows-per-file", type=int, default=2000, help="documents per input Parquet file")
    ap.add_argument("--quick", action="store_true", help="small corpus, 1 worker, no baseline")
    ap.add_argument("dedup_args", nargs="*", help="extra `datalab dedup` options after --, e.g. -- --num-perm 64")
    args = ap.parse_args()
    if args.quick:
        args.sizes, args.workers, args.no_baseline = ["small"], [1], True
    if not KIT.exists():
        print(f"SKIPPED: the benchmark kit {KIT} is absent (it ships with the shared workspace, ../shared/bench/dedup).")
        return
    RESULTS.mkdir(parents=True, exist_ok=True)
    summary = {}
    for size in args.sizes:
        folder = ensure_corpus(size)
        files, megabytes, docs = split_input(folder, args.rows_per_file)
        rows = [f"\n## {size}: {megabytes:.1f} MB, {docs:,} documents, {len(files)} input files",
                "| tool | wall s | MB/s | docs/s | peak RSS | precision | recall | F1 |", "|---|---|---|---|---|---|---|---|"]
        entry: dict = {"MB": megabytes, "docs": docs}
        if not args.no_baseline:
            base = run_baseline(folder)
            rows.append(line(f"datasketch MinHashLSH b,r={base['b_r']} +verify, 1 process", megabytes, docs, base["wall_s"], base["peak_rss"], base["score"]))
            entry["datasketch"] = {k: v for k, v in base.items()}
        for workers in args.workers:
            res = run_datalab(folder, files, workers, args.dedup_args)
            sc = score(folder, res["kept"])
            settings = res["report"]["settings"]
            rows.append(line(f"datalab dedup (b,r={settings['bands']},{settings['rows']}, verify {settings['verify']}), {workers} worker(s)",
                             megabytes, docs, res["wall_s"], res["peak_rss"], sc))
            entry[f"datalab_w{workers}"] = {"wall_s": res["wall_s"], "peak_rss": res["peak_rss"], "score": sc,
                                            "MB_per_s": megabytes / res["wall_s"]}
        if "datasketch" in entry:
            for workers in args.workers:
                speedup = entry["datasketch"]["wall_s"] / entry[f"datalab_w{workers}"]["wall_s"]
                rows.append(f"\ndatalab with {workers} worker(s): {speedup:.1f}x the datasketch baseline's throughput")
        if 1 in args.workers and 2 in args.workers:
            scale = entry["datalab_w1"]["wall_s"] / entry["datalab_w2"]["wall_s"]
            rows.append(f"2 workers vs 1: {scale:.2f}x")
        print("\n".join(rows), flush=True)
        summary[size] = entry
    (RESULTS / "dedup.json").write_text(json.dumps(summary, indent=2, default=str))
    print(f"\n(results: {RESULTS / 'dedup.json'}; the machine may be shared: figures are provisional)")


if __name__ == "__main__":
    main()
