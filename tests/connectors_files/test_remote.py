"""Reading over the network: S3 through moto's server, HTTP from a local file server."""

from __future__ import annotations

import gzip
import io
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from connectors.files import FilesConnector
from datalab.errors import SourceError
from tests.connectors_files.conftest import read_all

DOCS = [{"id": f"d{i}", "text": f"document number {i}"} for i in range(300)]
JSONL = "".join(json.dumps(d) + "\n" for d in DOCS).encode()


def _parquet(rows) -> bytes:
    sink = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows), sink, row_group_size=50)
    return sink.getvalue()


# --------------------------------------------------------------------------------------------
# S3


def test_s3_glob_over_formats_with_env_secrets(s3_bucket, s3_storage):
    fs, bucket = s3_bucket
    half = len(DOCS) // 2
    fs.pipe(f"{bucket}/raw/a.jsonl", "".join(json.dumps(d) + "\n" for d in DOCS[:half]).encode())
    fs.pipe(f"{bucket}/raw/b.jsonl.gz", gzip.compress("".join(json.dumps(d) + "\n" for d in DOCS[half:]).encode()))
    fs.pipe(f"{bucket}/raw/c.parquet", _parquet(DOCS))
    read = read_all({"paths": [f"s3://{bucket}/raw/*.jsonl*"], "storage_options": s3_storage})
    assert read.column("id") == [d["id"] for d in DOCS]
    assert read.column("source")[0] == f"s3://{bucket}/raw/a.jsonl#1"
    assert read.column("source")[-1] == f"s3://{bucket}/raw/b.jsonl.gz#{len(DOCS) - half}"
    parquet = read_all({"paths": [f"s3://{bucket}/raw/c.parquet"], "storage_options": s3_storage, "split_bytes": 600})
    assert parquet.tasks > 1
    assert parquet.column("id") == [d["id"] for d in DOCS]
    assert parquet.column("source")[-1] == f"s3://{bucket}/raw/c.parquet#{len(DOCS) - 1}"


def test_s3_byte_range_splits(s3_bucket, s3_storage):
    fs, bucket = s3_bucket
    fs.pipe(f"{bucket}/big.jsonl", JSONL)
    read = read_all({"paths": [f"s3://{bucket}/big.jsonl"], "storage_options": s3_storage, "split_bytes": 1000}, batch_rows=64)
    assert read.tasks > 5
    assert read.column("id") == [d["id"] for d in DOCS]
    assert read.column("source") == [f"s3://{bucket}/big.jsonl#{i + 1}" for i in range(len(DOCS))]
    assert read.stats["bytes_read"] == len(JSONL) and read.stats["files_read"] == 1


def test_s3_missing_object_names_it(s3_bucket, s3_storage):
    _, bucket = s3_bucket
    with pytest.raises(SourceError, match=f"s3://{bucket}/nothing-here.csv"):
        FilesConnector.from_options(
            {"paths": [f"s3://{bucket}/nothing-here.csv"], "storage_options": s3_storage}
        ).plan()
    read = read_all(
        {"paths": [f"s3://{bucket}/nothing-here.csv"], "storage_options": s3_storage, "on_error": "skip"}
    )
    assert read.kept.num_rows == 0 and len(read.stats["skipped_files"]) == 1


def test_s3_check_reports_files(s3_bucket, s3_storage):
    fs, bucket = s3_bucket
    fs.pipe(f"{bucket}/a.jsonl", JSONL)
    result = FilesConnector.from_options({"paths": [f"s3://{bucket}/*.jsonl"], "storage_options": s3_storage}).check()
    assert result.ok, result.message
    assert "1 file(s)" in result.message


# --------------------------------------------------------------------------------------------
# HTTP


@pytest.fixture
def served(http_root):
    root, base = http_root
    (root / "docs.jsonl").write_bytes(JSONL)
    (root / "docs.csv.gz").write_bytes(gzip.compress(b"id,text\n" + b"".join(f"{d['id']},{d['text']}\n".encode() for d in DOCS)))
    (root / "docs.parquet").write_bytes(_parquet(DOCS))
    return base


@pytest.mark.parametrize("name", ["docs.jsonl", "docs.csv.gz", "docs.parquet"])
def test_http_reads_every_format(served, name):
    read = read_all({"paths": [f"{served}/{name}"]})
    assert read.column("id") == [d["id"] for d in DOCS]
    assert read.column("text") == [d["text"] for d in DOCS]
    first = 0 if name.endswith("parquet") else 2 if "csv" in name else 1
    assert read.column("source")[0] == f"{served}/{name}#{first}"


def test_http_byte_range_splits(served):
    read = read_all({"paths": [f"{served}/docs.jsonl"], "split_bytes": 2000}, batch_rows=50)
    assert read.tasks > 3
    assert read.column("source") == [f"{served}/docs.jsonl#{i + 1}" for i in range(len(DOCS))]


def test_http_missing_file_names_it(served):
    with pytest.raises(SourceError, match=f"{served}/absent.jsonl"):
        FilesConnector.from_options({"paths": [f"{served}/absent.jsonl"]}).plan()


def test_http_glob_over_a_directory_listing(served):
    read = read_all({"paths": [f"{served}/docs.*"]})
    assert read.stats["files_read"] == 3
    assert read.stats["rows_read"] == 3 * len(DOCS)
