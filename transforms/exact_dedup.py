"""The `exact_dedup` stage: remove exact copies across the whole input, keeping the first by id.

It compares the text as the steps before it left it (after `normalise`, or its `_match_text`
copy when `match_copy` is on); `datalab dedup-exact` runs normalise first for that reason.

    batches ──Hash──┬─ (b, batch) ───────────────────────────────────────────┐
                    └─ (partition, hash rows) ─GroupByKey─ Decide ─ (b, removals) ─CoGroupByKey─ Apply
                                                                              kept / removed

Only what the decision needs is shuffled to make it: per row a 128-bit content hash, the id and
the row's address (`b`, a 64-bit key of its input batch, and `r`, its row number), so a
partition holds ~60 bytes per document (with a short id) rather than the documents themselves. The text moves
once, in the final join, where a group is one input batch and its removals whatever the size of
the corpus: nothing has to hold 1/partitions of the data, which is what stops a whole-row
shuffle at 100 TB (docs/scaling.md).

`b` is a hash of the batch's bytes, so both outputs of one input batch carry the same key even
where an engine computes the batch twice. Byte-identical batches (a file read twice) share a
key; their join group holds every copy and the removals name each copy's rows once.
"""

from __future__ import annotations

import hashlib
import time

import apache_beam as beam
import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc

from schemas.steps.exact_dedup import ExactDedupStep
from transforms.arrow_coder import pack_batch, single_batch, unpack_batch
from transforms.hashed import BufferedCutFn, cut_by
from transforms.normalise import MATCH_TEXT
from transforms.stage import REASON, STAGE, STATS, StageContext, StageOutputs

DUPLICATE_OF = "_duplicate_of"
BATCHES, HASHES, REMOVALS = "batches", "hashes", "removals"
_HASH_ROWS = pa.schema(
    [("h1", pa.uint64()), ("h2", pa.uint64()), ("id", pa.string()), ("b", pa.uint64()), ("r", pa.uint32())]
)
_REMOVALS = pa.schema([("r", pa.uint32()), (DUPLICATE_OF, pa.string())])


def compared_column(batch: pa.RecordBatch, step: ExactDedupStep, text_field: str | None) -> str:
    """The column whose values are compared: the option, else `_match_text`, else the text."""
    column = step.field or (MATCH_TEXT if MATCH_TEXT in batch.schema.names else text_field)
    if column is None or column not in batch.schema.names:
        msg = f"exact_dedup: column {column!r} not in the data (columns: {batch.schema.names})"
        raise ValueError(msg)
    return column


def content_key(packed: bytes) -> int:
    """The 64-bit key of a packed batch: equal only for byte-identical batches."""
    return int.from_bytes(hashlib.blake2b(packed, digest_size=8).digest(), "little")


def hash_rows(batch: pa.RecordBatch, column: str, id_field: str, key: int) -> pa.Table:
    """(h1, h2, id, b, r) for every row: a 128-bit hash of the compared value and its address."""
    values = pl.from_arrow(batch.column(column))
    return pa.Table.from_arrays(
        [
            pa.array(values.hash(seed=0x5EED).to_numpy()),
            pa.array(values.hash(seed=0xD1A1AB).to_numpy()),
            pc.cast(batch.column(id_field), pa.string()),
            pa.array(np.full(batch.num_rows, key, dtype=np.uint64)),
            pa.array(np.arange(batch.num_rows, dtype=np.uint32)),
        ],
        schema=_HASH_ROWS,
    )


def partition_rows(rows: pa.Table, partitions: int) -> list[tuple[int, pa.RecordBatch]]:
    """Hash rows cut into (partition, rows) pieces by content hash."""
    return cut_by(rows, (rows.column("h1").to_numpy() % partitions).astype(np.int64))


def decide(rows: pa.Table) -> pa.Table:
    """(b, r, duplicate_of) for every row that copies another of the same hash.

    One sort by (hash, id, b, r) puts each group of copies together with the row to keep first:
    the smallest id, and among equal ids the same row on every runner. Group starts are where
    the hash changes, found with numpy rather than per-group expressions."""
    rows = rows.take(pc.sort_indices(rows, [(name, "ascending") for name in ("h1", "h2", "id", "b", "r")]))
    h1, h2 = rows.column("h1").to_numpy(), rows.column("h2").to_numpy()
    first = np.ones(rows.num_rows, dtype=bool)
    first[1:] = (h1[1:] != h1[:-1]) | (h2[1:] != h2[:-1])
    group_start = _run_starts(first)
    copies = pa.array(~first)
    return pa.table({
        "b": rows.column("b").filter(copies),
        "r": rows.column("r").filter(copies),
        DUPLICATE_OF: pc.take(rows.column("id"), pa.array(group_start)).filter(copies),
    })


def _run_starts(first: np.ndarray) -> np.ndarray:
    """For each element of a sorted sequence, the position where its run of equal values starts
    (`first` marks the starts): without a per-group loop."""
    return np.maximum.accumulate(np.where(first, np.arange(first.size), 0))


def by_batch(removals: pa.Table) -> list[tuple[int, pa.RecordBatch]]:
    """Removals cut by the batch they point into."""
    return cut_by(removals.select(["r", DUPLICATE_OF]), removals.column("b").to_numpy())


def apply_removals(
    copies: list[pa.RecordBatch], removals: pa.Table, label: str
) -> tuple[pa.RecordBatch, pa.RecordBatch]:
    """(kept, removed) rows of one input batch, given every copy of it that reached the join.

    The k-th removal of row r falls on the k-th copy, so byte-identical batches keep each row as
    often as the decision kept it (once in all) and no removal is lost or applied twice."""
    size = copies[0].num_rows
    rows = removals.column("r").to_numpy().astype(np.int64)
    order = np.argsort(rows, kind="stable")
    sorted_rows = rows[order]
    first = np.ones(rows.size, dtype=bool)
    first[1:] = sorted_rows[1:] != sorted_rows[:-1]
    occurrence = np.arange(rows.size) - _run_starts(first)
    if rows.size and occurrence.max() >= len(copies):
        msg = (
            f"{label}: a row was removed more often than copies of its batch reached the join: the "
            "runner lost or repeated data in a shuffle. Nothing was committed; rerun (see docs/scaling.md)."
        )
        raise RuntimeError(msg)
    positions = occurrence * size + sorted_rows
    table = pa.Table.from_batches(copies).combine_chunks()
    keep = np.ones(table.num_rows, dtype=bool)
    keep[positions] = False
    removed = table.take(pa.array(positions))
    removed = removed.append_column(DUPLICATE_OF, removals.column(DUPLICATE_OF).take(pa.array(order)))
    removed = removed.append_column(REASON, pa.array(["exact duplicate"] * removed.num_rows, pa.string()))
    removed = removed.append_column(STAGE, pa.array([label] * removed.num_rows, pa.string()))
    return single_batch(table.filter(pa.array(keep))), single_batch(removed)


class _HashFn(BufferedCutFn):
    """Emits each batch under its key at once (zstd: the join then moves about a third of the
    text's bytes, which the local runner copies holding Python's lock); its hash rows go out
    cut by partition."""

    def __init__(self, step: ExactDedupStep, id_field: str, text_field: str | None) -> None:
        self._step = step
        self._id_field = id_field
        self._text_field = text_field

    def process(self, batch: pa.RecordBatch):
        started = time.perf_counter()
        if self._id_field not in batch.schema.names:
            msg = f"exact_dedup: id column {self._id_field!r} is not in the data; set --id-field."
            raise ValueError(msg)
        packed = pack_batch(batch, compression="zstd")
        key = content_key(packed)
        rows = hash_rows(batch, compared_column(batch, self._step, self._text_field), self._id_field, key)
        yield beam.pvalue.TaggedOutput(BATCHES, (key, packed))
        yield beam.pvalue.TaggedOutput(STATS, {"cpu_seconds": time.perf_counter() - started})
        yield from self._add(rows)

    def _cut(self, table: pa.Table) -> list[tuple[str, object]]:
        pieces = partition_rows(table, self._step.partitions)
        return [(HASHES, (part, pack_batch(piece, compression=None))) for part, piece in pieces]


class _DecideFn(BufferedCutFn):
    """Decides each hash partition; its removals go out cut by the batch they point into."""

    def process(self, element):
        _, packed = element
        started = time.perf_counter()
        removals = decide(pa.Table.from_batches([unpack_batch(p) for p in packed]))
        yield beam.pvalue.TaggedOutput(STATS, {"partitions_seen": 1, "cpu_seconds": time.perf_counter() - started})
        yield from self._add(removals)

    def _cut(self, table: pa.Table) -> list[tuple[str, object]]:
        pieces = [(REMOVALS, (key, pack_batch(piece, compression=None))) for key, piece in by_batch(table)]
        return [*pieces, (STATS, {"removal_rows_sent": table.num_rows})]


class _ApplyFn(beam.DoFn):
    def __init__(self, label: str) -> None:
        self._label = label

    def process(self, element):
        _, grouped = element
        copies = [unpack_batch(p) for p in grouped[BATCHES]]
        if not copies:
            msg = (
                f"{self._label}: removals point into a batch that never reached the join: the runner "
                "lost data in a shuffle. Nothing was committed; rerun (see docs/scaling.md)."
            )
            raise RuntimeError(msg)
        started = time.perf_counter()
        removals = pa.Table.from_batches([unpack_batch(p) for p in grouped[REMOVALS]], schema=_REMOVALS)
        kept, removed = apply_removals(copies, removals, self._label)
        spent = time.perf_counter() - started
        if kept.num_rows:
            yield kept
        if removed.num_rows:
            yield beam.pvalue.TaggedOutput("removed", removed)
        yield beam.pvalue.TaggedOutput(STATS, {
            "duplicates": removed.num_rows, "removal_rows_received": removals.num_rows, "cpu_seconds": spent,
        })


def build_stage(pcoll, step: ExactDedupStep, ctx: StageContext) -> StageOutputs:
    """Exact dedup as one composite; see the module docstring for the graph."""
    label = ctx.label
    hashed = pcoll | f"{label}/Hash" >> beam.ParDo(
        _HashFn(step, ctx.record.id_field, ctx.record.text_field)
    ).with_outputs(BATCHES, HASHES, STATS)
    decided = (
        hashed[HASHES]
        | f"{label}/Shuffle hashes" >> beam.GroupByKey()
        | f"{label}/Decide" >> beam.ParDo(_DecideFn()).with_outputs(REMOVALS, STATS)
    )
    applied = (
        {BATCHES: hashed[BATCHES], REMOVALS: decided[REMOVALS]}
        | f"{label}/Join decisions" >> beam.CoGroupByKey()
        | f"{label}/Apply" >> beam.ParDo(_ApplyFn(label)).with_outputs("removed", STATS, main="kept")
    )
    stats = (hashed[STATS], decided[STATS], applied[STATS]) | f"{label}/Stats" >> beam.Flatten()
    return StageOutputs(kept=applied.kept, removed=applied.removed, stats=stats)
