"""Fixtures of the files connector tests: a moto S3 server and an HTTP file server on 127.0.0.1."""

from __future__ import annotations

import http.server
import os
import re
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pyarrow as pa
import pytest

from connectors.files import FilesConnector
from transforms.stage import merge_stats

S3_ENV = {"FILES_TEST_S3_KEY": "testing", "FILES_TEST_S3_SECRET": "testing"}


class Read:
    """Everything one connector run produced: kept rows, quarantined rows, merged stats, batches."""

    def __init__(self, kept: pa.Table, quarantined: pa.Table | None, stats: dict, batch_sizes: list[int], tasks: int):
        self.kept = kept
        self.quarantined = quarantined
        self.stats = stats
        self.batch_sizes = batch_sizes
        self.tasks = tasks

    def column(self, name: str) -> list:
        return self.kept.column(name).to_pylist() if self.kept.num_rows else []

    def reasons(self) -> list[tuple[str, str]]:
        if self.quarantined is None:
            return []
        return list(zip(self.quarantined.column("source").to_pylist(), self.quarantined.column("_reason").to_pylist(), strict=True))


def read_all(options: dict, *, batch_rows: int = 1000, **plan_kwargs) -> Read:
    """Plan and read every task of a files connector configured with `options`, in order."""
    connector = FilesConnector.from_options(options)
    tasks = connector.plan(**plan_kwargs)
    kept, quarantined, stats, sizes = [], [], [], []
    for task in tasks:
        for result in connector.read(task, batch_rows=batch_rows):
            if result.kept.num_rows:
                kept.append(result.kept)
                sizes.append(result.kept.num_rows)
            if result.quarantined is not None and result.quarantined.num_rows:
                quarantined.append(result.quarantined)
            stats.append(result.stats)
    kept_table = pa.Table.from_batches(kept) if kept else pa.table({})
    q_table = pa.Table.from_batches(quarantined) if quarantined else None
    return Read(kept_table, q_table, merge_stats(stats), sizes, len(tasks))


@pytest.fixture
def files_read():
    return read_all


# --------------------------------------------------------------------------------------------
# S3 (moto server mode)


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()


@pytest.fixture
def s3_env(monkeypatch) -> dict:
    for key, value in S3_ENV.items():
        monkeypatch.setenv(key, value)
    # keep boto/s3fs away from any real credentials or config of the machine
    monkeypatch.setenv("AWS_CONFIG_FILE", os.devnull)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", os.devnull)
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    return S3_ENV


@pytest.fixture
def s3_storage(s3_endpoint, s3_env) -> dict:
    """storage_options reaching the moto server, with the secret as an env reference."""
    return {
        "endpoint_url": s3_endpoint,
        "key": "env:FILES_TEST_S3_KEY",
        "secret": "env:FILES_TEST_S3_SECRET",
        "client_kwargs": {"region_name": "us-east-1"},
    }


@pytest.fixture
def s3_bucket(s3_endpoint, s3_env, request) -> Iterator[tuple[object, str]]:
    """A fresh bucket and an s3fs filesystem writing to it."""
    import s3fs

    fs = s3fs.S3FileSystem(
        key="testing", secret="testing", endpoint_url=s3_endpoint, client_kwargs={"region_name": "us-east-1"}
    )
    import boto3

    bucket = re.sub(r"[^a-z0-9-]", "-", request.node.name.lower())[:50].strip("-")
    client = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
        region_name="us-east-1",
    )
    client.create_bucket(Bucket=bucket)
    fs.invalidate_cache()
    yield fs, bucket


# --------------------------------------------------------------------------------------------
# HTTP (with byte ranges, like a real static file server)


class RangeHandler(http.server.SimpleHTTPRequestHandler):
    """A static file handler that honours `Range: bytes=a-b` (206), as object stores and CDNs do."""

    def log_message(self, *args) -> None:  # keep the test output clean
        pass

    def send_head(self):
        header = self.headers.get("Range")
        path = Path(self.translate_path(self.path))
        if not header or not path.is_file():
            return super().send_head()
        match = re.match(r"bytes=(\d+)-(\d*)", header)
        size = path.stat().st_size
        start = int(match.group(1))
        end = min(int(match.group(2)) if match.group(2) else size - 1, size - 1)
        if start >= size:
            self.send_error(416)
            return None
        handle = path.open("rb")
        handle.seek(start)
        self.send_response(206)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.send_header("Content-Length", str(end - start + 1))
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()
        self._remaining = end - start + 1
        return _Limited(handle, end - start + 1)


class _Limited:
    def __init__(self, handle, length: int) -> None:
        self.handle, self.left = handle, length

    def read(self, size: int = -1) -> bytes:
        if self.left <= 0:
            return b""
        size = self.left if size < 0 else min(size, self.left)
        data = self.handle.read(size)
        self.left -= len(data)
        return data

    def close(self) -> None:
        self.handle.close()


@pytest.fixture(scope="session")
def http_root(tmp_path_factory) -> Iterator[tuple[Path, str]]:
    """A folder served over HTTP on 127.0.0.1, and its base URL."""
    root = tmp_path_factory.mktemp("http-root")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(RangeHandler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield root, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
