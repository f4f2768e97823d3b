"""Dataset-level uniqueness measured by the workers, so no process holds a whole column.

GX judges `expect_column_values_to_be_unique` and `expect_compound_columns_to_be_unique` on a
pandas frame of the column: at 5e10 rows of ids that is a terabyte in one process. Uniqueness
depends only on how often each value occurs, so the workers hash every row's value (128 bits), a
shuffle by hash partition brings equal values together, and each partition counts the rows whose
value occurs more than once. That is GX's `unexpected_count`: GX marks every copy of a repeated
value, not all but the first. The commit hook turns the merged counts into the result GX gives
(counts, percentages, `mostly`); a test holds the two to the same answers.

Only the arguments whose meaning is reproduced here are accepted (`column`/`column_list`,
`mostly`, `ignore_row_if`); an expectation with any other (a `row_condition`, say) is judged by
GX at commit on the loaded column, as every other dataset-level expectation is.
"""

from __future__ import annotations

import time
from typing import Any

import apache_beam as beam
import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc

from schemas.suites import ExpectationSpec
from transforms.arrow_coder import pack_batch, unpack_batch
from transforms.hashed import BufferedCutFn, cut_by
from transforms.stage import STATS, MergeStats
from transforms.validate.engine import Outcome

HASHES = "hashes"
MEASURED = {"expect_column_values_to_be_unique", "expect_compound_columns_to_be_unique"}
_ARGUMENTS = {"column", "column_list", "mostly", "ignore_row_if"}
_IGNORE_ROW_IF = {"all_values_are_missing", "any_value_is_missing", "never"}


def measured_here(spec: ExpectationSpec) -> bool:
    """Whether the pipeline judges `spec` (else GX does at commit, on the loaded column)."""
    return (
        spec.type in MEASURED
        and set(spec.kwargs) <= _ARGUMENTS
        and spec.kwargs.get("ignore_row_if", "all_values_are_missing") in _IGNORE_ROW_IF
    )


def value_hashes(batch: pa.RecordBatch, spec: ExpectationSpec) -> tuple[pa.Table, dict[str, int]]:
    """(h1, h2) of the value of every row the expectation considers, and the rows it counts.

    Rows GX leaves out are counted as missing: a null for one column; for compound columns what
    `ignore_row_if` says (default: all values null). A column absent from the batch reads as
    nulls; `absent` says how many rows that was, so the hook can tell absent from null."""
    columns = spec.columns
    if any(c not in batch.schema.names for c in columns):
        empty = pa.table({"h1": pa.array([], pa.uint64()), "h2": pa.array([], pa.uint64())})
        return empty, {"rows": batch.num_rows, "absent": batch.num_rows, "missing": batch.num_rows}
    nulls = [pc.is_null(batch.column(c)).to_numpy(zero_copy_only=False) for c in columns]
    rule = spec.kwargs.get("ignore_row_if", "all_values_are_missing") if len(columns) > 1 else "any_value_is_missing"
    if rule == "never":
        skip = np.zeros(batch.num_rows, dtype=bool)
    else:
        skip = np.logical_and.reduce(nulls) if rule == "all_values_are_missing" else np.logical_or.reduce(nulls)
    values = batch.select(columns).filter(pa.array(~skip))
    # a dictionary-encoded batch must hash its values as a plain one does
    frame = pl.from_arrow(pa.table({
        c: v.dictionary_decode() if pa.types.is_dictionary(v.type) else v
        for c, v in zip(columns, values.columns, strict=True)
    }))
    assert isinstance(frame, pl.DataFrame)
    hashed = pa.table({"h1": frame.hash_rows(seed=0x5EED).to_numpy(), "h2": frame.hash_rows(seed=0xD1A1AB).to_numpy()})
    return hashed, {"rows": batch.num_rows, "absent": 0, "missing": int(skip.sum())}


def repeated_rows(hashes: pa.Table) -> int:
    """Rows whose (h1, h2) occurs more than once: every copy of a repeated value counts."""
    if hashes.num_rows < 2:
        return 0
    h1, h2 = hashes.column("h1").to_numpy(), hashes.column("h2").to_numpy()
    order = np.lexsort((h2, h1))
    h1, h2 = h1[order], h2[order]
    same_as_next = (h1[1:] == h1[:-1]) & (h2[1:] == h2[:-1])
    repeated = np.zeros(h1.size, dtype=bool)
    repeated[1:] |= same_as_next
    repeated[:-1] |= same_as_next
    return int(repeated.sum())


def gx_result(spec: ExpectationSpec, counts: dict[str, int]) -> tuple[bool, dict[str, Any]]:
    """(success, result) as GX reports a map expectation, from the merged counts."""
    rows, missing, unexpected = counts.get("rows", 0), counts.get("missing", 0), counts.get("unexpected", 0)
    considered = rows - missing
    result: dict[str, Any] = {
        "element_count": rows,
        "missing_count": missing,
        "missing_percent": 100.0 * missing / rows if rows else None,
        "unexpected_count": unexpected,
        "unexpected_percent": 100.0 * unexpected / considered if considered else None,
        "unexpected_percent_total": 100.0 * unexpected / rows if rows else None,
        "unexpected_percent_nonmissing": 100.0 * unexpected / considered if considered else None,
    }
    mostly = spec.kwargs.get("mostly", 1)
    success = considered == 0 or (considered - unexpected) / considered >= mostly
    return success, result


def uniqueness_outcome(spec: ExpectationSpec, counts: dict[str, int], optional: set[str]) -> Outcome:
    """The outcome of a measured expectation, as `GxEngine.evaluate` gives one: a column absent
    from the whole output is skipped when the suite calls it optional, else a failure."""
    if counts.get("rows") and counts.get("absent") == counts["rows"]:
        missing = list(spec.columns)
        if set(missing) <= optional:
            return Outcome(spec, success=True, skipped=f"column(s) {missing} absent")
        return Outcome(spec, success=False, error=f"column(s) {missing} missing", element_count=counts["rows"])
    success, result = gx_result(spec, counts)
    return Outcome(
        spec, success=success, element_count=result["element_count"],
        unexpected_count=result["unexpected_count"], result=result,
    )


class _HashValuesFn(BufferedCutFn):
    """Per output batch and measured expectation: its value hashes, cut by (expectation,
    partition) once per bundle, and its row counts."""

    def __init__(self, specs: dict[int, ExpectationSpec], partitions: int) -> None:
        self._specs = specs
        self._partitions = partitions

    def process(self, batch: pa.RecordBatch):
        started = time.perf_counter()
        stats: dict[str, Any] = {}
        for index, spec in self._specs.items():
            hashes, counts = value_hashes(batch, spec)
            stats[str(index)] = counts
            yield from self._add(hashes.append_column("i", pa.array(np.full(hashes.num_rows, index, np.int64))))
        yield beam.pvalue.TaggedOutput(STATS, {**stats, "cpu_seconds": time.perf_counter() - started})

    def _cut(self, table: pa.Table) -> list[tuple[str, object]]:
        partition = (table.column("h1").to_numpy() % self._partitions).astype(np.int64)
        keys = table.column("i").to_numpy() * self._partitions + partition
        pieces = cut_by(table.drop_columns(["i"]), keys)
        return [(HASHES, (key, pack_batch(piece, compression=None))) for key, piece in pieces]


def _count_repeats(element, partitions: int) -> dict[str, Any]:
    key, pieces = element
    hashes = pa.Table.from_batches([unpack_batch(p) for p in pieces])
    return {str(key // partitions): {"unexpected": repeated_rows(hashes)}}


def measure(output: beam.PCollection, specs: dict[int, ExpectationSpec], *, partitions: int, label: str,
            write: Any) -> None:
    """Adds the measurement of `specs` (suite index -> expectation) over `output` to the pipeline;
    `write` receives the merged counts: {index: {rows, missing, absent, unexpected}}."""
    hashed = output | f"{label}/Hash values" >> beam.ParDo(_HashValuesFn(specs, partitions)).with_outputs(HASHES, STATS)
    repeats = (
        hashed[HASHES]
        | f"{label}/Shuffle values" >> beam.GroupByKey()
        | f"{label}/Count repeats" >> beam.Map(_count_repeats, partitions)
    )
    (
        (hashed[STATS], repeats)
        | f"{label}/All counts" >> beam.Flatten()
        | f"{label}/Merge counts" >> beam.CombineGlobally(MergeStats())
        | f"{label}/Save counts" >> beam.Map(write)
    )
