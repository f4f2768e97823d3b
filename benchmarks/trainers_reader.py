"""Trainer-side read throughput: datalab.reader and DatalabIterableDataset beside plain pyarrow.

    python benchmarks/trainers_reader.py --quick          # 200k rows, a few seconds
    python benchmarks/trainers_reader.py --rows 5000000   # closer to a real shard set

Prints rows/s for each reader and the baseline measured in the same run (pyarrow.dataset over
the same files; hashlib over the same bytes for sha256 verification). No assertions: figures
depend on the machine and on what else runs on it.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as pads
import pyarrow.parquet as pq


def write(root: Path, rows: int, shard_rows: int, row_group: int) -> None:
    shards = []
    for i, start in enumerate(range(0, rows, shard_rows)):
        n = min(shard_rows, rows - start)
        table = pa.table({
            "id": [f"doc-{j:09d}" for j in range(start, start + n)],
            "text": [f"document {j} " + "lorem ipsum dolor sit amet " * 8 for j in range(start, start + n)],
            "n": pa.array(range(start, start + n), pa.int64()),
        })
        path = root / f"part-{i:05d}.parquet"
        pq.write_table(table, path, row_group_size=row_group, compression="zstd")
        data = path.read_bytes()
        shards.append({"path": path.name, "rows": n, "bytes": len(data),
                       "sha256": hashlib.sha256(data).hexdigest()})
    schema = table.schema
    (root / "manifest.json").write_text(json.dumps({
        "format_version": 1, "name": "bench", "run_id": "bench", "format": "parquet",
        "rows": rows, "bytes": sum(s["bytes"] for s in shards), "shards": shards,
        "schema": {"fields": [{"name": f.name, "type": str(f.type), "nullable": True} for f in schema],
                   "arrow": base64.b64encode(schema.serialize().to_pybytes()).decode()},
        "record": {"id_field": "id", "text_field": "text"}, "sources": [],
    }))


def timed(label: str, rows: int, fn, baseline: float | None = None) -> float:
    start = time.perf_counter()
    count = fn()
    seconds = time.perf_counter() - start
    assert count == rows, (label, count, rows)
    rate = rows / seconds
    vs = f"  ({rate / baseline:.2f}x baseline)" if baseline else ""
    print(f"{label:<48} {rate:>14,.0f} rows/s  {seconds:7.2f} s{vs}")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--quick", action="store_true", help="200k rows")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    rows = 200_000 if args.quick else args.rows
    from datalab.reader import open_dataset

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write(root, rows, shard_rows=max(rows // 8, 1), row_group=max(rows // 64, 1))
        files = [str(p) for p in sorted(root.glob("part-*.parquet"))]
        size = sum(Path(f).stat().st_size for f in files)
        print(f"{rows:,} rows in {len(files)} shards, {size / 1e6:.1f} MB")
        sum(b.num_rows for b in pads.dataset(files).to_batches())  # warm the page cache
        base = timed("baseline: pyarrow.dataset to_batches", rows,
                     lambda: sum(b.num_rows for b in pads.dataset(files).to_batches()))
        ds = open_dataset(str(root))
        timed("datalab.reader iter_batches", rows, lambda: sum(b.num_rows for b in ds.iter_batches()), base)
        timed("datalab.reader iter_batches(columns=[text])", rows,
              lambda: sum(b.num_rows for b in ds.iter_batches(columns=["text"])), base)

        start = time.perf_counter()
        for f in files:
            hashlib.sha256(Path(f).read_bytes()).hexdigest()
        hash_base = size / (time.perf_counter() - start)
        start = time.perf_counter()
        open_dataset(str(root)).verify()
        verify_rate = size / (time.perf_counter() - start)
        print(f"{'sha256 verify':<48} {verify_rate / 1e6:>11,.0f} MB/s  (baseline hashlib {hash_base / 1e6:,.0f} MB/s)")

        base_rows = timed("baseline: pyarrow to_pylist (rows as dicts)", rows,
                          lambda: sum(len(b.to_pylist()) for b in pads.dataset(files).to_batches()))
        try:
            from torch.utils.data import DataLoader

            from datalab.torch_dataset import DatalabIterableDataset
        except Exception as exc:  # noqa: BLE001
            print(f"torch not available ({exc}); skipping the IterableDataset figures")
            return
        timed("DatalabIterableDataset rows, in process", rows,
              lambda: sum(1 for _ in DatalabIterableDataset(str(root))), base_rows)
        timed("DatalabIterableDataset shuffled (buffer 10k)", rows,
              lambda: sum(1 for _ in DatalabIterableDataset(str(root), shuffle=True, seed=1)), base_rows)
        loader_ds = DatalabIterableDataset(str(root), columns=["id", "n"], shuffle=True)
        timed(f"DataLoader({args.workers} workers, batch 256, id+n)", rows,
              lambda: sum(len(b["n"]) for b in loader_ds.track(
                  DataLoader(loader_ds, batch_size=256, num_workers=args.workers))), base_rows)


if __name__ == "__main__":
    main()
