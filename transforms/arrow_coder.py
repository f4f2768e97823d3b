"""A Beam coder for `pyarrow.RecordBatch` using the Arrow IPC stream format.

Beam would otherwise pickle batches. IPC writes the column buffers as they are and reads them
back without copying, which is what keeps a shuffle of record batches cheap.
"""

from __future__ import annotations

import apache_beam as beam
import pyarrow as pa


class ArrowBatchCoder(beam.coders.Coder):
    """Encodes one record batch as an Arrow IPC stream (schema + batch)."""

    def encode(self, batch: pa.RecordBatch) -> bytes:
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, batch.schema) as writer:
            writer.write_batch(batch)
        return sink.getvalue().to_pybytes()

    def decode(self, encoded: bytes) -> pa.RecordBatch:
        with pa.ipc.open_stream(pa.py_buffer(encoded)) as reader:
            return reader.read_next_batch()

    def is_deterministic(self) -> bool:
        return True

    def to_type_hint(self):
        return pa.RecordBatch


_registered = False


def register_arrow_coder() -> None:
    """Make Beam use `ArrowBatchCoder` wherever a PCollection is typed as `pa.RecordBatch`."""
    global _registered
    if not _registered:
        beam.coders.registry.register_coder(pa.RecordBatch, ArrowBatchCoder)
        _registered = True


def pack_batch(batch: pa.RecordBatch, *, compression: str | None = "zstd") -> bytes:
    """A batch as compressed Arrow IPC bytes, for shuffles.

    Shuffling bytes rather than batches matters on runners whose shuffle decodes and re-encodes
    every value in one process (Beam's local runner does, in the driver): bytes pass through as
    they are, and compressed text is about a third of the volume."""
    sink = pa.BufferOutputStream()
    options = pa.ipc.IpcWriteOptions(compression=compression)
    with pa.ipc.new_stream(sink, batch.schema, options=options) as writer:
        writer.write_batch(batch)
    return sink.getvalue().to_pybytes()


def unpack_batch(data: bytes) -> pa.RecordBatch:
    """The batch `pack_batch` packed."""
    with pa.ipc.open_stream(pa.py_buffer(data)) as reader:
        return reader.read_next_batch()


def single_batch(table: pa.Table) -> pa.RecordBatch:
    """`table` as one record batch (an empty one with its schema when it has no rows)."""
    table = table.combine_chunks()
    batches = table.to_batches()
    return batches[0] if batches else pa.RecordBatch.from_pylist([], schema=table.schema)
