"""Fixtures for the trainer handoff: datasets written in the docs/output-layout.md format.

`write_dataset` writes shards + manifest.json exactly as a committed `datalab run` output looks
(until the shard writer lands, this is the reference the tests build on), on any fsspec
filesystem, so the same helper feeds local, release and moto-S3 tests.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import posixpath
import socket

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

SOURCES = [
    {
        "connector": "files",
        "dataset_id": "examples/data/corpus",
        "licence": "CC-BY-4.0",
        "policy": None,
        "rows": 0,
    },
    {
        "connector": "dsp",
        "dataset_id": "urn:uuid:3f7c-health-notes",
        "licence": "https://example.org/licences/dsp-agreement-17",
        "policy": {"odrl:permission": [{"odrl:action": "use", "purpose": "ai-training"}]},
        "rows": 0,
    },
]


def make_table(n: int, *, start: int = 0, extra_column: bool = False) -> pa.Table:
    ids = [f"doc-{i:06d}" for i in range(start, start + n)]
    columns = {
        "id": pa.array(ids, pa.string()),
        "text": pa.array([f"row {i} text " + "x" * (i % 17) for i in range(start, start + n)]),
        "lang": pa.array(["fr" if i % 3 == 0 else "en" for i in range(start, start + n)]),
        "n": pa.array(range(start, start + n), pa.int64()),
        "score": pa.array([i / 7 for i in range(start, start + n)], pa.float64()),
        "source": pa.array([f"file://corpus.jsonl#{i}" for i in range(start, start + n)]),
    }
    if extra_column:
        columns["quality"] = pa.array([float(i % 5) for i in range(start, start + n)], pa.float32())
    return pa.table(columns)


def write_dataset(
    url: str,
    table: pa.Table,
    *,
    rows_per_shard: int = 100,
    row_group_size: int = 25,
    name: str = "fixture",
    run_id: str = "20261123T221500Z-fixture",
    sources: list[dict] | None = None,
    storage_options: dict | None = None,
    synthetic_rows: int = 0,
) -> dict:
    """Write `table` as shards + manifest.json (format_version 1) under `url`; return the manifest."""
    fs, root = fsspec.core.url_to_fs(url, **(storage_options or {}))
    fs.makedirs(root, exist_ok=True)
    count = max(1, -(-table.num_rows // rows_per_shard))
    shards = []
    for i in range(count):
        part = table.slice(i * rows_per_shard, rows_per_shard)
        rel = f"part-{i:05d}-of-{count:05d}.parquet"
        sink = pa.BufferOutputStream()
        pq.write_table(part, sink, row_group_size=row_group_size, compression="zstd")
        data = sink.getvalue().to_pybytes()
        with fs.open(posixpath.join(root, rel), "wb") as handle:
            handle.write(data)
        shards.append(
            {"path": rel, "rows": part.num_rows, "bytes": len(data),
             "sha256": hashlib.sha256(data).hexdigest()}
        )
    sources = [dict(s) for s in (sources if sources is not None else SOURCES)]
    share = table.num_rows // max(len(sources), 1)
    for k, source in enumerate(sources):
        source["rows"] = share + (table.num_rows - share * len(sources) if k == 0 else 0)
    manifest = {
        "format_version": 1,
        "name": name,
        "run_id": run_id,
        "started_at": "2026-11-23T22:15:00Z",
        "finished_at": "2026-11-23T22:15:41Z",
        "format": "parquet",
        "rows": table.num_rows,
        "bytes": sum(s["bytes"] for s in shards),
        "shards": shards,
        "schema": {
            "fields": [
                {"name": f.name, "type": str(f.type), "nullable": f.nullable} for f in table.schema
            ],
            "arrow": base64.b64encode(table.schema.serialize().to_pybytes()).decode(),
        },
        "record": {"id_field": "id", "text_field": "text"},
        "counts": {
            "source_rows": table.num_rows + 40,
            "output_rows": table.num_rows,
            "removed": 30,
            "quarantined": 10,
            "steps": [
                {"step": "read", "stage": "read", "rows_in": table.num_rows + 50,
                 "rows_out": table.num_rows + 40, "removed": 0, "quarantined": 10},
                {"step": "exact_dedup", "stage": "exact_dedup", "rows_in": table.num_rows + 40,
                 "rows_out": table.num_rows + 10, "removed": 30, "quarantined": 0},
                {"step": "anonymise", "stage": "anonymise", "rows_in": table.num_rows + 10,
                 "rows_out": table.num_rows + 10, "removed": 0, "quarantined": 0},
                {"step": "validate", "stage": "validate", "rows_in": table.num_rows + 10,
                 "rows_out": table.num_rows, "removed": 0, "quarantined": 10},
            ],
        },
        "sources": sources,
        "artefacts": {"removed": "removed/", "quarantine": "quarantine/", "reports": "reports/"},
        "spec": {
            "name": name,
            "steps": [
                {"stage": "exact_dedup"},
                {"stage": "anonymise", "policy": "eu-default"},
                {"stage": "validate", "suite": "basic"},
            ],
        },
        "spec_sha256": "0" * 64,
        "versions": {"datalab": "0.1.0", "pyarrow": pa.__version__, "python": "3.11"},
        "extensions": {"anonymise": {"policy_sha256": "ab" * 32, "entities": {"PERSON": 12}}},
    }
    if synthetic_rows:
        manifest["counts"]["synthetic_rows"] = synthetic_rows
    fs.makedirs(posixpath.join(root, "reports"), exist_ok=True)
    with fs.open(posixpath.join(root, "reports", "report.json"), "w") as handle:
        json.dump({"steps": manifest["counts"]["steps"]}, handle)
    with fs.open(posixpath.join(root, "manifest.json"), "w") as handle:
        json.dump(manifest, handle, indent=2)
    return manifest


@pytest.fixture(scope="session")
def fixture_table() -> pa.Table:
    return make_table(1000)


@pytest.fixture(scope="session")
def dataset_dir(tmp_path_factory, fixture_table) -> str:
    """1000 rows in 10 shards of 4 row groups (25 rows each): 40 work units."""
    path = str(tmp_path_factory.mktemp("ds") / "out")
    write_dataset(path, fixture_table)
    return path


@pytest.fixture(scope="session")
def small_dataset_dir(tmp_path_factory) -> str:
    """103 rows in uneven shards (row groups of 7): exercises partial batches and short slots."""
    path = str(tmp_path_factory.mktemp("small") / "out")
    write_dataset(path, make_table(103), rows_per_shard=30, row_group_size=7)
    return path


@pytest.fixture(autouse=True)
def _isolated_hf(tmp_path, monkeypatch):
    """Hugging Face libraries stay offline and cache below the test's tmp folder."""
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "hf" / "datasets"))


@pytest.fixture(scope="session")
def s3_server():
    """A moto S3 server on 127.0.0.1 (random free port); yields its endpoint URL."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0)
    server.start()
    host, port = server.get_host_and_port()
    saved = {k: os.environ.get(k) for k in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")}
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "testing")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "testing")
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture(scope="session")
def s3_options(s3_server) -> dict:
    return {
        "key": "testing",
        "secret": "testing",
        "endpoint_url": s3_server,
        "client_kwargs": {"region_name": "us-east-1"},
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
