"""The `exact_dedup` stage: remove exact copies across the whole input, keeping the first by id.

It compares the text as the steps before it left it (after `normalise`, or its `_match_text`
copy when `match_copy` is on); `datalab dedup-exact` runs normalise first for that reason.

Rows are hashed (128 bits, vectorised) and each batch is cut into hash partitions; a shuffle
brings every copy of a text into the same partition as Arrow batches, one element per
(partition, batch) rather than per row. Within a partition the row with the smallest id of each
hash is kept and the others go to `removed/` with `_duplicate_of` naming it.
"""

from __future__ import annotations

import apache_beam as beam
import numpy as np
import polars as pl
import pyarrow as pa

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
    """(kept, removed) for all rows of one partition; removed rows name the kept id."""
    table = pa.Table.from_batches(batches).unify_dictionaries() if len(batches) > 1 else pa.Table.from_batches(batches)
    frame = pl.from_arrow(table)
    assert isinstance(frame, pl.DataFrame)
    frame = frame.with_columns(pl.col(id_field).cast(pl.String).alias("__id")).sort([_H1, _H2, "__id"])
    frame = frame.with_columns(
        pl.col("__id").first().over([_H1, _H2]).alias(DUPLICATE_OF),
        (pl.int_range(pl.len()).over([_H1, _H2]) == 0).alias("__first"),
    )
    helpers = [_H1, _H2, "__id", "__first"]
    kept = frame.filter(pl.col("__first")).drop([*helpers, DUPLICATE_OF])
    removed = frame.filter(~pl.col("__first")).with_columns(
        pl.lit("exact duplicate").alias(REASON), pl.lit(label).alias(STAGE)
    ).drop(helpers)
    return kept.to_arrow(), removed.to_arrow()


class _PartitionFn(beam.DoFn):
    def __init__(self, step: ExactDedupStep, text_field: str | None) -> None:
        self._step = step
        self._text_field = text_field

    def process(self, batch: pa.RecordBatch):
        column = compared_column(batch, self._step, self._text_field)
        for part, piece in partition_batch(batch, column, self._step.partitions):
            yield part, pack_batch(piece)


class _DedupFn(beam.DoFn):
    def __init__(self, id_field: str, label: str, batch_rows: int) -> None:
        self._id_field = id_field
        self._label = label
        self._batch_rows = batch_rows

    def process(self, element):
        _, packed = element
        kept, removed = dedup_partition([unpack_batch(p) for p in packed], self._id_field, self._label)
        for batch in kept.to_batches(max_chunksize=self._batch_rows):
            yield batch
        for batch in removed.to_batches(max_chunksize=self._batch_rows):
            yield beam.pvalue.TaggedOutput("removed", batch)
        yield beam.pvalue.TaggedOutput(STATS, {"duplicates": removed.num_rows, "partitions_seen": 1})


def build_stage(pcoll, step: ExactDedupStep, ctx: StageContext, *, batch_rows: int = 8192) -> StageOutputs:
    text_field = ctx.record.text_field
    grouped = (
        pcoll
        | f"{ctx.label}/Partition" >> beam.ParDo(_PartitionFn(step, text_field)).with_output_types(tuple[int, bytes])
        | f"{ctx.label}/Shuffle" >> beam.GroupByKey()
    )
    parts = grouped | f"{ctx.label}/Dedup" >> beam.ParDo(
        _DedupFn(ctx.record.id_field, ctx.label, batch_rows)
    ).with_outputs("removed", STATS, main="kept")
    return StageOutputs(kept=parts.kept, removed=parts.removed, stats=parts[STATS])
