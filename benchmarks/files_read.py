"""Throughput of the files connector against plain pyarrow reading the same file, in one run.

    python benchmarks/files_read.py --size-mb 200       # JSONL and CSV of about 200 MB each
    python benchmarks/files_read.py --quick             # 20 MB, for a smoke run

Prints rows/s and MB/s of `FilesConnector.read` over every planned task (one process, tasks in
turn: the parallelism of a run comes from Beam) beside `pyarrow.json.read_json` /
`pyarrow.csv.read_csv` of the whole file, and the peak RSS of the process.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
from pathlib import Path

import pyarrow.csv as pacsv
import pyarrow.json as pajson

from connectors.files import FilesConnector

WORDS = "data lab europe model training text curation pipeline shard manifest quality".split()


def generate(folder: Path, size_mb: int) -> tuple[Path, Path, int]:
    rng = random.Random(7)
    jsonl, csv = folder / "bench.jsonl", folder / "bench.csv"
    target = size_mb * 1024 * 1024
    rows = 0
    with jsonl.open("w") as jf, csv.open("w") as cf:
        cf.write("id,text,lang,score\n")
        written = 0
        while written < target:
            chunk_j, chunk_c = [], []
            for _ in range(10_000):
                text = " ".join(rng.choices(WORDS, k=rng.randint(5, 120)))
                lang = rng.choice(["fr", "de", "it", "pl"])
                score = round(rng.random(), 4)
                chunk_j.append(json.dumps({"id": f"r{rows}", "text": text, "lang": lang, "score": score}))
                chunk_c.append(f"r{rows},{text},{lang},{score}")
                rows += 1
            data = "\n".join(chunk_j) + "\n"
            jf.write(data)
            cf.write("\n".join(chunk_c) + "\n")
            written += len(data)
    return jsonl, csv, rows


def connector_read(path: Path, batch_rows: int) -> tuple[float, int]:
    started = time.perf_counter()
    connector = FilesConnector.from_options({"paths": [str(path)]})
    rows = 0
    for task in connector.plan():
        for result in connector.read(task, batch_rows=batch_rows):
            rows += result.kept.num_rows
    return time.perf_counter() - started, rows


def plain_read(path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    if path.suffix == ".jsonl":
        table = pajson.read_json(path, read_options=pajson.ReadOptions(use_threads=False))
    else:
        table = pacsv.read_csv(path, read_options=pacsv.ReadOptions(use_threads=False))
    return time.perf_counter() - started, table.num_rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=int, default=200)
    parser.add_argument("--quick", action="store_true", help="20 MB files")
    parser.add_argument("--batch-rows", type=int, default=8192)
    args = parser.parse_args()
    size = 20 if args.quick else args.size_mb
    with tempfile.TemporaryDirectory() as tmp:
        jsonl, csv, rows = generate(Path(tmp), size)
        for path in (jsonl, csv):
            mb = path.stat().st_size / 1e6
            seconds, got = connector_read(path, args.batch_rows)
            assert got == rows, (got, rows)
            base, base_rows = plain_read(path)
            print(
                f"{path.suffix[1:]:>5}: {mb:7.1f} MB {rows:>9} rows | connector {seconds:6.2f}s "
                f"{rows / seconds:>10,.0f} rows/s {mb / seconds:7.1f} MB/s | plain pyarrow {base:6.2f}s "
                f"{base_rows / base:>10,.0f} rows/s {mb / base:7.1f} MB/s | ratio {seconds / base:4.2f}x"
            )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB (single-threaded readers; the machine may be shared)")


if __name__ == "__main__":
    main()
