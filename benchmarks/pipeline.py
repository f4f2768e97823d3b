"""Foundation benchmark: read -> normalise -> exact dedup -> write, Datalab on Beam vs plain pyarrow.

    python benchmarks/pipeline.py                 # 500 MB corpus (generated once, reused)
    python benchmarks/pipeline.py --size-mb 100   # quicker

Prints rows/s, MB/s and peak memory for the Beam pipeline with 1 and 2 local workers (2 as
threads and as processes) and for a plain single-process pyarrow/polars script doing the same
work, measured in the same run.
Targets (issue 3): Beam with 2 workers within 1.5x of the plain script's wall time; peak < 2 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from benchmarks.common import measure  # noqa: E402

WORDS = (
    "data lab energy grid meter heat pump station river city council report quarterly open dataset air "
    "quality train port container museum exhibition farmer frost valley apple blossom hospital waiting "
    "scheduling system bicycle lane embankment university consortium measurement regional agency"
).split()


def make_corpus(folder: Path, size_mb: int, seed: int = 7) -> Path:
    """JSON Lines files of short documents, ~25% of them exact or whitespace-variant copies."""
    marker = folder / f".complete-{size_mb}"
    if marker.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    rng = random.Random(seed)
    target, written, file_index, doc = size_mb * 1_000_000, 0, 0, 0
    recent: list[str] = []
    while written < target:
        lines = []
        for _ in range(20_000):
            if recent and rng.random() < 0.25:
                text = rng.choice(recent)
                text = text if rng.random() < 0.5 else "  " + text.replace(" ", "  ", 2)
            else:
                text = " ".join(rng.choices(WORDS, k=rng.randint(30, 120))).capitalize() + "."
                recent = (recent + [text])[-5000:]
            lines.append(json.dumps({"id": f"d{doc:09d}", "text": text}))
            doc += 1
        data = "\n".join(lines) + "\n"
        (folder / f"part-{file_index:04d}.jsonl").write_text(data)
        written += len(data)
        file_index += 1
    marker.write_text(str(doc))
    return folder


# The same work in one process with no pipeline around it: the same normalisation kernel (so the
# comparison measures what Beam costs, not a different algorithm), a global polars unique.
PLAIN = '''
import sys, glob, pyarrow as pa, pyarrow.json as pj, pyarrow.parquet as pq, polars as pl
from schemas.steps.normalise import NormaliseStep
from transforms.normalise import normalise_text
src, out = sys.argv[1], sys.argv[2]
tables = [pj.read_json(f) for f in sorted(glob.glob(src + "/*.jsonl"))]
t = pa.concat_tables(tables)
text = normalise_text(t.column("text").combine_chunks(), NormaliseStep())
frame = pl.from_arrow(t.set_column(t.schema.get_field_index("text"), "text", text))
frame = frame.with_columns(pl.col("text").hash(1).alias("h1"), pl.col("text").hash(2).alias("h2"))
kept = frame.sort("id").unique(subset=["h1", "h2"], keep="first", maintain_order=True).drop("h1", "h2")
pq.write_table(kept.to_arrow(), out + "/kept.parquet", compression="zstd", row_group_size=65536)
print(kept.height)
'''


def spec_args(corpus: Path, out: Path, workers: int) -> list[str]:
    return [
        "run", str(REPO / "examples/quickstart.yaml"), "-o", str(out),
        f"--set=source.options.paths=[{corpus}]", "--set=source.options.licence=null",
        "--set=steps=[{stage: normalise}, {stage: exact_dedup}]", "--set=output.overwrite=true",
        # the quickstart's 1,000-row shards suit its bundled data, not 500 MB: use the defaults
        "--set=output.release=null", "--set=output.shard_rows=null", f"--workers={workers}",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=int, default=500)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    data = HERE / "data"
    corpus = make_corpus(data / f"pipeline-{args.size_mb}mb", args.size_mb)
    size = sum(p.stat().st_size for p in corpus.glob("*.jsonl"))
    rows = int(next(corpus.glob(".complete-*")).read_text())
    results = {}
    out = data / "pipeline-out"
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    plain = measure([sys.executable, "-c", PLAIN, str(corpus), str(out)], env=env)
    if plain.returncode:
        sys.exit(plain.stderr)
    results["plain pyarrow+polars (1 process)"] = plain
    for workers in args.workers:
        # Beam's local runner runs N workers as threads of one process (what `parallelism: auto`
        # picks for these stages) or as processes; both are measured.
        modes = {"process": []} if workers == 1 else {p: [f"--parallelism={p}"] for p in ("threads", "processes")}
        for mode, extra in modes.items():
            args_ = [*spec_args(corpus, out / f"beam-{workers}-{mode}", workers), *extra]
            run = measure([sys.executable, "-m", "pipelines.cli", *args_], cwd=str(REPO), env=env)
            if run.returncode:
                sys.exit(run.stderr)
            results[f"datalab on Beam, {workers} worker {mode}"] = run
    print(f"corpus: {size / 1e6:.0f} MB, {rows:,} documents, {os.cpu_count()} cores")
    print(f"{'':40} {'seconds':>8} {'rows/s':>10} {'MB/s':>7} {'peak RSS':>9} {'max proc':>9} {'vs plain':>8}")
    for name, m in results.items():
        print(f"{name:40} {m.seconds:8.1f} {rows / m.seconds:10,.0f} {size / 1e6 / m.seconds:7.1f} "
              f"{m.peak_rss_bytes / 2**30:8.2f}G {m.peak_worker_rss_bytes / 2**30:8.2f}G {m.seconds / plain.seconds:7.2f}x")
    for mode in ("threads", "processes"):
        two = results.get(f"datalab on Beam, 2 worker {mode}")
        if two:
            print(f"target, 2 worker {mode}: within 1.5x of plain -> {two.seconds / plain.seconds:.2f}x "
                  f"({'met' if two.seconds <= 1.5 * plain.seconds else 'missed'}); peak < 2 GB -> "
                  f"{two.peak_rss_bytes / 2**30:.2f} GB ({'met' if two.peak_rss_bytes < 2 * 2**30 else 'missed'})")


if __name__ == "__main__":
    main()
