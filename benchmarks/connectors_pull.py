"""Cost of pulling over the Dataspace Protocol against reading the same file locally, in one run.

    python benchmarks/connectors_pull.py --size-mb 100     # a JSONL payload of about 100 MB
    python benchmarks/connectors_pull.py --quick           # 10 MB, for a smoke run

Serves the payload from the project's DSP test provider on 127.0.0.1 and prints: the latency of
`plan` (version discovery, catalogue, contract negotiation with the provider's asynchronous
callbacks, transfer start), the throughput of `read` (streamed download with sha256, then the files
connector's parser) and, as the baseline, `FilesConnector.read` of the same local file. Loopback
hides network costs: the difference is Datalab's own overhead (protocol, download, hashing).
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

from connectors.dsp import DspConnector
from connectors.dsp.testing_provider import DspTestProvider, ProviderDataset
from connectors.files import FilesConnector

WORDS = "data space provider consumer contract agreement transfer policy licence catalogue".split()


def generate(path: Path, size_mb: int) -> int:
    rng = random.Random(11)
    rows, written, target = 0, 0, size_mb * 1024 * 1024
    with path.open("w") as fh:
        while written < target:
            chunk = []
            for _ in range(10_000):
                chunk.append(json.dumps({"id": f"r{rows}", "text": " ".join(rng.choices(WORDS, k=rng.randint(5, 120)))}))
                rows += 1
            data = "\n".join(chunk) + "\n"
            fh.write(data)
            written += len(data)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=int, default=100)
    parser.add_argument("--quick", action="store_true", help="10 MB payload")
    parser.add_argument("--repeat", type=int, default=3, help="negotiations to time (median reported)")
    args = parser.parse_args()
    size = 10 if args.quick else args.size_mb
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "payload.jsonl"
        rows = generate(path, size)
        mb = path.stat().st_size / 1e6

        files = FilesConnector.from_options({"paths": [str(path)], "split_bytes": 0}, name="local")
        start = time.perf_counter()
        local_rows = sum(r.kept.num_rows for t in files.plan() for r in files.read(t, batch_rows=8192))
        local_s = time.perf_counter() - start

        with DspTestProvider([ProviderDataset(id="urn:bench", path=str(path))]) as provider:
            conn = DspConnector.from_options({"endpoint": provider.url}, name="bench")
            plans = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                tasks = conn.plan("urn:bench")
                plans.append(time.perf_counter() - start)
            start = time.perf_counter()
            pulled = sum(r.kept.num_rows for r in conn.read(tasks[0], batch_rows=8192))
            pull_s = time.perf_counter() - start
        assert pulled == local_rows == rows, (pulled, local_rows, rows)
        plans.sort()
        print(f"payload: {rows:,} rows, {mb:.1f} MB JSONL (machine shared with other jobs: compare within a run)")
        print(f"DSP plan (catalogue + negotiation + transfer start), median of {args.repeat}: {plans[len(plans) // 2] * 1000:.0f} ms")
        print(f"DSP read (download + sha256 + parse): {pull_s:.2f} s, {rows / pull_s:,.0f} rows/s, {mb / pull_s:.1f} MB/s")
        print(f"baseline FilesConnector.read (local): {local_s:.2f} s, {rows / local_s:,.0f} rows/s, {mb / local_s:.1f} MB/s")
        print(f"overhead of the pull over a local read: {pull_s / local_s:.2f}x")


if __name__ == "__main__":
    main()
