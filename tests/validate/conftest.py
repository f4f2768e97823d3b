from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

from schemas.spec import RecordSpec
from schemas.steps.validate import ValidateStep

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "examples" / "data" / "corpus"


def corpus_batch(n: int, *, start: int = 0) -> pa.RecordBatch:
    """Clean text-corpus rows that pass `text_corpus`."""
    return pa.RecordBatch.from_pydict(
        {
            "id": [f"doc-{i:06d}" for i in range(start, start + n)],
            "text": [f"Document number {i} about open data." for i in range(start, start + n)],
            "source": [f"file.jsonl#{i}" for i in range(start, start + n)],
            "language": ["en" if i % 2 else "fr" for i in range(start, start + n)],
        }
    )


def cut_into_batches(table: pa.Table, sizes: list[int]) -> list[pa.RecordBatch]:
    """`table` as record batches of the given sizes, repeated until every row is in one."""
    batches, start = [], 0
    while start < table.num_rows:
        for size in sizes:
            batches.extend(table.slice(start, size).to_batches() if start < table.num_rows else [])
            start += size
    return batches


@pytest.fixture(scope="session")
def make_kernel():
    """Kernels are cached per options: GX context construction is paid once per configuration."""
    from transforms.validate.kernel import ValidateKernel

    cache: dict[str, ValidateKernel] = {}

    def make(record: RecordSpec | None = None, **options) -> ValidateKernel:
        step = ValidateStep(**options)
        record = record or RecordSpec()
        key = step.model_dump_json() + record.model_dump_json()
        if key not in cache:
            cache[key] = ValidateKernel(step, record, "validate")
        return cache[key]

    return make
