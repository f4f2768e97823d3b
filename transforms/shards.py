"""Write record batches to sized, checksummed shard files (Parquet or Arrow IPC).

Each worker writes its own files under the run's staging folder with temporary names and emits
one small description per file (path, rows, bytes, sha256). Only files described by committed
bundles are kept at commit time, so a retried bundle never leaves a duplicate shard; final names
(`part-00000-of-000NN`) are given in the driver once the total is known.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from typing import Any

import apache_beam as beam
import fsspec
import pyarrow as pa
import pyarrow.ipc as ipc
import pyarrow.parquet as pq
from apache_beam.transforms.window import GlobalWindow
from apache_beam.utils.windowed_value import WindowedValue

EXTENSIONS = {"parquet": ".parquet", "arrow": ".arrow"}


@dataclass(frozen=True)
class ShardSettings:
    """How shards are cut and encoded (from the spec's `output` section)."""

    format: str = "parquet"
    shard_rows: int | None = None
    shard_bytes: int = 256 * 1024 * 1024
    compression: str = "zstd"
    row_group_rows: int = 65536


class _HashingFile:
    """A write-only file wrapper that hashes and counts the bytes on their way out."""

    def __init__(self, raw: Any) -> None:
        self._raw = raw
        self.sha256 = hashlib.sha256()
        self.size = 0
        self.closed = False

    def write(self, data: bytes) -> int:
        view = memoryview(data)
        self.sha256.update(view)
        self.size += view.nbytes
        self._raw.write(view)
        return view.nbytes

    def tell(self) -> int:
        return self.size

    def flush(self) -> None:
        self._raw.flush()

    def writable(self) -> bool:
        return True

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
            self.closed = True


class ShardFile:
    """One shard being written. Batches are buffered to whole row groups before writing."""

    def __init__(self, url: str, schema: pa.Schema, settings: ShardSettings) -> None:
        self.url = url
        self.schema = schema
        self.settings = settings
        self.rows = 0
        self.arrow_bytes = 0
        self._buffer: list[pa.RecordBatch] = []
        self._buffered_rows = 0
        self._file = _HashingFile(fsspec.open(url, "wb").open())
        sink = pa.PythonFile(self._file, mode="w")
        compression = None if settings.compression == "none" else settings.compression
        if settings.format == "parquet":
            self._writer = pq.ParquetWriter(sink, schema, compression=compression)
        else:
            options = ipc.IpcWriteOptions(compression=compression if compression in ("zstd", "lz4") else None)
            self._writer = ipc.new_file(sink, schema, options=options)

    def write(self, batch: pa.RecordBatch) -> None:
        self._buffer.append(batch)
        self._buffered_rows += batch.num_rows
        self.rows += batch.num_rows
        self.arrow_bytes += batch.nbytes
        if self._buffered_rows >= self.settings.row_group_rows:
            self._flush()

    def rows_that_fit(self, batch: pa.RecordBatch) -> int:
        """How many rows of `batch` this shard takes before a limit is reached (at least one)."""
        room = batch.num_rows
        if self.settings.shard_rows is not None:
            room = min(room, self.settings.shard_rows - self.rows)
        bytes_per_row = batch.nbytes / max(batch.num_rows, 1)
        if bytes_per_row:
            room = min(room, int((self.settings.shard_bytes - self.arrow_bytes) / bytes_per_row))
        return max(room, 1)

    def full(self) -> bool:
        limit_rows = self.settings.shard_rows
        return self.arrow_bytes >= self.settings.shard_bytes or (limit_rows is not None and self.rows >= limit_rows)

    def _flush(self) -> None:
        if not self._buffer:
            return
        table = pa.Table.from_batches(self._buffer, schema=self.schema)
        if self.settings.format == "parquet":
            self._writer.write_table(table, row_group_size=self.settings.row_group_rows)
        else:
            self._writer.write_table(table, max_chunksize=self.settings.row_group_rows)
        self._buffer, self._buffered_rows = [], 0

    def close(self) -> dict[str, Any]:
        self._flush()
        self._writer.close()
        self._file.close()
        return {"url": self.url, "rows": self.rows, "bytes": self._file.size, "sha256": self._file.sha256.hexdigest()}


class ShardWriter:
    """Writes a stream of batches into shards under `folder`, starting a new shard when the current
    one is full or the schema changes. Plain Python: usable outside Beam (e.g. `datalab pull`)."""

    def __init__(self, folder: str, settings: ShardSettings, *, kind: str = "data") -> None:
        self.folder = folder.rstrip("/")
        self.settings = settings
        self.kind = kind
        self._current: ShardFile | None = None

    def write(self, batch: pa.RecordBatch) -> list[dict[str, Any]]:
        """Write `batch`, slicing it where a shard fills up; returns the shards this closed."""
        closed: list[dict[str, Any]] = []
        if self._current is not None and not self._current.schema.equals(batch.schema):
            closed.append(self._close())
        while batch.num_rows:
            if self._current is None:
                name = f"tmp-{uuid.uuid4().hex}{EXTENSIONS[self.settings.format]}"
                self._current = ShardFile(f"{self.folder}/{name}", batch.schema, self.settings)
            take = self._current.rows_that_fit(batch)
            self._current.write(batch.slice(0, take))
            batch = batch.slice(take)
            if self._current.full():
                closed.append(self._close())
        return closed

    def close(self) -> list[dict[str, Any]]:
        return [self._close()] if self._current is not None else []

    def _close(self) -> dict[str, Any]:
        assert self._current is not None
        info = self._current.close()
        info["kind"] = self.kind
        self._current = None
        return info


class WriteShardsFn(beam.DoFn):
    """Beam wrapper of `ShardWriter`: files are closed at bundle end and described downstream."""

    def __init__(self, folder: str, settings: ShardSettings, kind: str) -> None:
        self._folder = folder
        self._settings = settings
        self._kind = kind
        self._writer: ShardWriter | None = None

    def start_bundle(self) -> None:
        self._writer = ShardWriter(self._folder, self._settings, kind=self._kind)

    def process(self, batch: pa.RecordBatch):
        assert self._writer is not None
        yield from self._writer.write(batch)

    def finish_bundle(self):
        assert self._writer is not None
        for info in self._writer.close():
            yield WindowedValue(info, GlobalWindow().max_timestamp(), [GlobalWindow()])
