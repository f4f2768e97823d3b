"""Column minimum, maximum, mean and sum of the whole output, computed by the workers.

GX judges `expect_column_{min,max,mean,sum}_to_be_between` on the column loaded into the driver
(8 bytes a row: 400 GB at 5e10 rows). All four follow from per-batch (count, sum, min, max),
which a combiner merges in parallel, so the commit hook gives GX's verdict from four numbers per
expectation; a test holds them to GX's own on random data (a float sum taken in another order
may differ from pandas' in its last bits). As in pandas, nulls and NaN are not values. A
column that is absent or not numeric in some batch, an output without a value, or arguments
other than the bounds leave the expectation to GX on the loaded column.
"""

from __future__ import annotations

import math
from typing import Any

import apache_beam as beam
import pyarrow as pa
import pyarrow.compute as pc

from schemas.suites import ExpectationSpec
from transforms.validate.engine import Outcome

MEASURED = {
    "expect_column_min_to_be_between": "min",
    "expect_column_max_to_be_between": "max",
    "expect_column_mean_to_be_between": "mean",
    "expect_column_sum_to_be_between": "sum",
}
_ARGUMENTS = {"column", "min_value", "max_value", "strict_min", "strict_max"}


def measured_here(spec: ExpectationSpec) -> bool:
    """Whether the pipeline computes what `spec` needs (else GX does, on the loaded column)."""
    bounds = (spec.kwargs.get("min_value"), spec.kwargs.get("max_value"))
    return (
        spec.type in MEASURED
        and set(spec.kwargs) <= _ARGUMENTS
        and all(b is None or (isinstance(b, (int, float)) and not isinstance(b, bool)) for b in bounds)
    )


def batch_stats(batch: pa.RecordBatch, column: str) -> dict[str, Any]:
    """(rows, count, sum, min, max) of the column's values in one batch, or `unusable` rows."""
    if column not in batch.schema.names:
        return {"rows": batch.num_rows, "unusable": batch.num_rows}
    values = batch.column(column)
    if not (pa.types.is_integer(values.type) or pa.types.is_floating(values.type)):
        return {"rows": batch.num_rows, "unusable": batch.num_rows}
    if pa.types.is_floating(values.type):
        values = pc.filter(values, pc.invert(pc.fill_null(pc.is_nan(values), True)))
    values = values.drop_null()
    stats: dict[str, Any] = {"rows": batch.num_rows, "count": len(values)}
    if len(values):
        extremes = pc.min_max(values)
        stats.update(sum=pc.sum(values).as_py(), min=extremes["min"].as_py(), max=extremes["max"].as_py())
    return stats


def merge(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """Two partial stats as one: counts and sums add, extremes compare."""
    merged = {k: a.get(k, 0) + b.get(k, 0) for k in ("rows", "unusable", "count")}
    if "sum" in a or "sum" in b:
        merged["sum"] = a.get("sum", 0) + b.get("sum", 0)
        merged["min"] = min(x["min"] for x in (a, b) if "min" in x)
        merged["max"] = max(x["max"] for x in (a, b) if "max" in x)
    return merged


def observed(kind: str, stats: dict[str, Any]) -> float | int:
    return stats["sum"] / stats["count"] if kind == "mean" else stats[kind]


def between(value: float, kwargs: dict[str, Any]) -> bool:
    """GX's bound check: a missing bound does not limit, `strict_*` excludes the bound itself."""
    low, high = kwargs.get("min_value"), kwargs.get("max_value")
    above = low is None or (value > low if kwargs.get("strict_min") else value >= low)
    below = high is None or (value < high if kwargs.get("strict_max") else value <= high)
    return above and below


def stats_outcome(spec: ExpectationSpec, stats: dict[str, Any]) -> Outcome | None:
    """The outcome from merged stats, or None where GX must judge (see the module docstring)."""
    if stats.get("unusable") or not stats.get("count"):
        return None
    value = observed(MEASURED[spec.type], stats)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return Outcome(
        spec, success=between(value, spec.kwargs), element_count=stats["rows"], observed=value,
        result={"observed_value": value},
    )


class ColumnStats(beam.CombineFn):
    """Merged stats per expectation index, over every output batch."""

    def __init__(self, specs: dict[int, ExpectationSpec]) -> None:
        self._columns = {str(i): spec.columns[0] for i, spec in specs.items()}

    def create_accumulator(self) -> dict[str, dict[str, Any]]:
        return {}

    def add_input(self, acc: dict[str, dict[str, Any]], batch: pa.RecordBatch) -> dict[str, dict[str, Any]]:
        for key, column in self._columns.items():
            acc[key] = merge(acc.get(key, {}), batch_stats(batch, column))
        return acc

    def merge_accumulators(self, accs) -> dict[str, dict[str, Any]]:
        merged: dict[str, dict[str, Any]] = {}
        for acc in accs:
            for key, stats in acc.items():
                merged[key] = merge(merged.get(key, {}), stats)
        return merged

    def extract_output(self, acc: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        return acc


def measure(output: beam.PCollection, specs: dict[int, ExpectationSpec], *, label: str, write: Any) -> None:
    """Adds the stats of `specs` (suite index -> expectation) over `output` to the pipeline;
    `write` receives {index: {rows, unusable, count, sum, min, max}}."""
    (
        output
        | f"{label}/Column stats" >> beam.CombineGlobally(ColumnStats(specs))
        | f"{label}/Save stats" >> beam.Map(write)
    )
