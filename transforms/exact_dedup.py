"""The `exact_dedup` stage: remove exact copies across the whole input, keeping the first by id.

It compares the text as the steps before it left it (after `normalise`, or its `_match_text`
copy when `match_copy` is on); `datalab dedup-exact` runs normalise first for that reason.

Rows are hashed (128 bits, vectorised) and each batch is cut into hash partitions; a shuffle
brings every copy of a text into the same partition as Arrow batches, one element per
(partition, batch) rather than per row. Within a partition the row with the smallest id of each
hash is kept and the others go to `removed/` with `_duplicate_of` naming it.
"""

from __future__ import annotations

import time

import apache_beam as beam
import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
from apache_beam.transforms.window import GlobalWindow
from apache_beam.utils.windowed_value import WindowedValue

from schemas.steps.exact_dedup import ExactDedupStep
from transforms.arrow_coder import pack_batch, unpack_batch
from transforms.normalise import MATCH_TEXT
from transforms.stage import REASON, STAGE, STATS, StageContext, StageOutputs

DUPLICATE_OF = "_duplicate_of"
_H1, _H2 = "__h1", "__h2"


def compared_column(batch: pa.RecordBatch, step: ExactDedupStep, text_field: str | None) -> str:
    """The column whose values are compared: the option, else `_match_text`, else the text."""
    column = step.field or (MATCH_TEXT if MATCH_TEXT in batch.schema.names else text_field)
    if column is None or column not in batch.schema.names:
        msg = f"exact_dedup: column {column!r} not in the data (columns: {batch.schema.names})"
        raise ValueError(msg)
    return column


def partition_batch(batch: pa.RecordBatch, column: str, partitions: int) -> list[tuple[int, pa.RecordBatch]]:
    """Add a 128-bit content hash and cut `batch` into (partition, rows) pieces: one `take` to
    order rows by partition, then zero-copy slices."""
    values = pl.from_arrow(batch.column(column))
    h1 = values.hash(seed=0x5EED).to_numpy()
    h2 = values.hash(seed=0xD1A1AB).to_numpy()
    part = (h1 % partitions).astype(np.int64)
    order = np.argsort(part, kind="stable")
    hashed = pa.RecordBatch.from_arrays(
        [*batch.columns, pa.array(h1), pa.array(h2)], names=[*batch.schema.names, _H1, _H2]
    ).take(pa.array(order))
    bounds = np.searchsorted(part[order], np.arange(partitions + 1))
    return [
        (p, hashed.slice(bounds[p], bounds[p + 1] - bounds[p]))
        for p in range(partitions)
        if bounds[p + 1] > bounds[p]
    ]


def dedup_partition(batches: list[pa.RecordBatch], id_field: str, label: str) -> tuple[pa.Table, pa.Table]:
    """(kept, removed) for all rows of one partition; removed rows name the kept id.

    One sort by (hash, id) puts every group of copies together with its smallest id first; group
    starts are where the hash changes, found with numpy rather than per-group expressions."""
    table = pa.Table.from_batches(batches).unify_dictionaries().combine_chunks()
    ids = pc.cast(table.column(id_field), pa.string())
    table = table.append_column("__id", ids)
    table = table.take(pc.sort_indices(table, [(_H1, "ascending"), (_H2, "ascending"), ("__id", "ascending")]))
    h1, h2 = table.column(_H1).to_numpy(), table.column(_H2).to_numpy()
    first = np.ones(table.num_rows, dtype=bool)
    first[1:] = (h1[1:] != h1[:-1]) | (h2[1:] != h2[:-1])
    group_start = np.maximum.accumulate(np.where(first, np.arange(table.num_rows), 0))
    duplicate_of = pc.take(table.column("__id"), pa.array(group_start))
    table = table.drop_columns([_H1, _H2, "__id"])
    kept = table.filter(pa.array(first))
    dropped = pa.array(~first)
    removed = table.filter(dropped)
    removed = removed.append_column(DUPLICATE_OF, duplicate_of.filter(dropped))
    removed = removed.append_column(REASON, pa.array(["exact duplicate"] * removed.num_rows, pa.string()))
    removed = removed.append_column(STAGE, pa.array([label] * removed.num_rows, pa.string()))
    return kept, removed


class _PartitionFn(beam.DoFn):
    """Buffers batches (up to `_BUFFER_BYTES`) before cutting them into partitions, so the
    shuffle moves few large pieces rather than (batches x partitions) small ones."""

    _BUFFER_BYTES = 64 * 1024 * 1024

    def __init__(self, step: ExactDedupStep, text_field: str | None) -> None:
        self._step = step
        self._text_field = text_field
        self._buffer: list[pa.RecordBatch] = []
        self._buffered = 0

    def start_bundle(self) -> None:
        self._buffer, self._buffered = [], 0

    def process(self, batch: pa.RecordBatch):
        self._buffer.append(batch)
        self._buffered += batch.nbytes
        if self._buffered >= self._BUFFER_BYTES:
            pieces, stats = self._flush()
            yield from pieces
            yield beam.pvalue.TaggedOutput(STATS, stats)

    def finish_bundle(self):
        pieces, stats = self._flush()
        window = GlobalWindow()
        for piece in pieces:
            yield WindowedValue(piece, window.max_timestamp(), [window])
        yield beam.pvalue.TaggedOutput(STATS, WindowedValue(stats, window.max_timestamp(), [window]))

    def _flush(self) -> tuple[list[tuple[int, bytes]], dict[str, float]]:
        """The buffered rows as packed (partition, piece) pairs, and the seconds it took."""
        started = time.perf_counter()
        pieces: list[tuple[int, bytes]] = []
        if self._buffer:
            table = pa.Table.from_batches(self._buffer).unify_dictionaries().combine_chunks()
            self._buffer, self._buffered = [], 0
            for batch in table.to_batches():
                column = compared_column(batch, self._step, self._text_field)
                pieces += [(part, pack_batch(piece, compression="lz4"))
                           for part, piece in partition_batch(batch, column, self._step.partitions)]
        return pieces, {"cpu_seconds": time.perf_counter() - started}


class _DedupFn(beam.DoFn):
    def __init__(self, id_field: str, label: str, batch_rows: int) -> None:
        self._id_field = id_field
        self._label = label
        self._batch_rows = batch_rows

    def process(self, element):
        _, packed = element
        started = time.perf_counter()
        kept, removed = dedup_partition([unpack_batch(p) for p in packed], self._id_field, self._label)
        spent = time.perf_counter() - started
        for batch in kept.to_batches(max_chunksize=self._batch_rows):
            yield batch
        for batch in removed.to_batches(max_chunksize=self._batch_rows):
            yield beam.pvalue.TaggedOutput("removed", batch)
        yield beam.pvalue.TaggedOutput(STATS, {"duplicates": removed.num_rows, "partitions_seen": 1, "cpu_seconds": spent})


def build_stage(pcoll, step: ExactDedupStep, ctx: StageContext, *, batch_rows: int = 8192) -> StageOutputs:
    text_field = ctx.record.text_field
    pieces = pcoll | f"{ctx.label}/Partition" >> beam.ParDo(_PartitionFn(step, text_field)).with_output_types(
        tuple[int, bytes]).with_outputs(STATS, main="pieces")
    grouped = pieces.pieces | f"{ctx.label}/Shuffle" >> beam.GroupByKey()
    parts = grouped | f"{ctx.label}/Dedup" >> beam.ParDo(
        _DedupFn(ctx.record.id_field, ctx.label, batch_rows)
    ).with_outputs("removed", STATS, main="kept")
    stats = (pieces[STATS], parts[STATS]) | f"{ctx.label}/Stats" >> beam.Flatten()
    return StageOutputs(kept=parts.kept, removed=parts.removed, stats=stats)
