"""The contract between a stage and the pipeline builder.

A stage kernel is a plain function `batch -> BatchResult`; rows it does not keep leave through
`removed` (duplicates) or `quarantined` (bad or failing rows), each with a `_reason`, so that
rows in = rows kept + removed + quarantined holds for every batch. `map_batches` turns a kernel
into Beam with one tagged output per destination; global stages build the same `StageOutputs`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import apache_beam as beam
import pyarrow as pa
import pyarrow.compute as pc

from transforms.arrow_coder import register_arrow_coder

if TYPE_CHECKING:
    from schemas.spec import RecordSpec

REASON = "_reason"
"""Column of removed and quarantined rows that says why the row left the main output."""
STAGE = "_stage"
"""Column of removed and quarantined rows naming the step (label) that took them out."""

REMOVED, QUARANTINED, STATS = "removed", "quarantined", "stats"

register_arrow_coder()


@dataclass
class BatchResult:
    """What a kernel makes of one batch. `stats` are numbers summed over all batches."""

    kept: pa.RecordBatch
    removed: pa.RecordBatch | None = None
    quarantined: pa.RecordBatch | None = None
    stats: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StageContext:
    """What a stage builder knows about the run besides its own options."""

    label: str
    record: RecordSpec
    work_dir: str
    """Staging folder of this run (local path or fsspec URL). A stage writes artefacts only below
    it (e.g. `work_dir/detections/`): the whole folder is committed atomically at the end."""
    run_id: str


@dataclass
class StageOutputs:
    """A built stage. `stats` carries dicts that are merged (numbers summed, lists joined,
    dicts merged) into the stage's report; `on_commit` runs in the driver after the shards are
    written and before the manifest is, and may raise `StageFailed` to stop the commit.
    `on_output` attaches transforms to the run's final output (the rows the shards get, after
    every step): checks of the whole output that must run on the workers, not in the driver."""

    kept: beam.PCollection
    removed: beam.PCollection | None = None
    quarantined: beam.PCollection | None = None
    stats: beam.PCollection | None = None
    on_commit: Callable[..., None] | None = None
    on_output: Callable[[beam.PCollection], None] | None = None


def reject(batch: pa.RecordBatch, mask: pa.Array, reasons: pa.Array | str, label: str) -> pa.RecordBatch:
    """Rows of `batch` where `mask` is true, with `_reason` and `_stage` columns appended."""
    rows = batch.filter(mask)
    if isinstance(reasons, str):
        reason_col = pa.array([reasons] * rows.num_rows, pa.string())
    else:
        reason_col = reasons.filter(mask)
    rows = _drop(rows, (REASON, STAGE))
    stage_col = pa.array([label] * rows.num_rows, pa.string())
    return pa.RecordBatch.from_arrays(
        [*rows.columns, reason_col.cast(pa.string()), stage_col],
        names=[*rows.schema.names, REASON, STAGE],
    )


def split(batch: pa.RecordBatch, keep: pa.Array, reasons: pa.Array | str, label: str) -> tuple[pa.RecordBatch, pa.RecordBatch]:
    """(kept rows, rejected rows with reason) for a boolean `keep` mask (null counts as reject)."""
    keep = pc.fill_null(keep, False)
    return batch.filter(keep), reject(batch, pc.invert(keep), reasons, label)


def _drop(batch: pa.RecordBatch, names: tuple[str, ...]) -> pa.RecordBatch:
    present = [n for n in names if n in batch.schema.names]
    return batch.drop_columns(present) if present else batch


class _KernelFn(beam.DoFn):
    """Runs a kernel on each batch and routes its parts to tagged outputs, timing the work."""

    def __init__(self, make_kernel: Callable[[], Callable[[pa.RecordBatch], BatchResult]]) -> None:
        self._make_kernel = make_kernel
        self._kernel: Callable[[pa.RecordBatch], BatchResult] | None = None

    def setup(self) -> None:
        # Heavy state (models, compiled patterns) is built here once per worker, never pickled.
        self._kernel = self._make_kernel()

    def process(self, batch: pa.RecordBatch):
        started = time.perf_counter()
        result = self._kernel(batch)
        yield from emit(result, cpu_seconds=time.perf_counter() - started)


def emit(result: BatchResult, *, cpu_seconds: float):
    """A kernel's result as Beam outputs: kept rows on the main output, the rest tagged."""
    if result.kept.num_rows:
        yield result.kept
    if result.removed is not None and result.removed.num_rows:
        yield beam.pvalue.TaggedOutput(REMOVED, result.removed)
    if result.quarantined is not None and result.quarantined.num_rows:
        yield beam.pvalue.TaggedOutput(QUARANTINED, result.quarantined)
    yield beam.pvalue.TaggedOutput(STATS, {**result.stats, "cpu_seconds": cpu_seconds})


def map_batches(
    pcoll: beam.PCollection,
    label: str,
    make_kernel: Callable[[], Callable[[pa.RecordBatch], BatchResult]],
) -> StageOutputs:
    """Wrap a row-local stage. `make_kernel` is called once per worker in `setup()`; it must be
    picklable (a module-level function or a `functools.partial` of one with plain options)."""
    parts = pcoll | label >> beam.ParDo(_KernelFn(make_kernel)).with_outputs(
        REMOVED, QUARANTINED, STATS, main="kept"
    )
    return StageOutputs(
        kept=parts.kept, removed=parts[REMOVED], quarantined=parts[QUARANTINED], stats=parts[STATS]
    )


def merge_stats(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """Merge stats dicts: numbers add up, lists concatenate, nested dicts merge the same way."""
    merged: dict[str, Any] = {}
    for part in parts:
        for key, value in part.items():
            if key not in merged:
                merged[key] = _copy(value)
            elif isinstance(value, dict):
                merged[key] = merge_stats([merged[key], value])
            elif isinstance(value, list):
                merged[key] = merged[key] + value
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                merged[key] = merged[key] + value
            else:
                merged[key] = value
    return merged


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return merge_stats([value])
    if isinstance(value, list):
        return list(value)
    return value


class MergeStats(beam.CombineFn):
    """`merge_stats` as a Beam combiner, so stats reduce in parallel on any runner."""

    def create_accumulator(self) -> dict[str, Any]:
        return {}

    def add_input(self, acc: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
        return merge_stats([acc, item])

    def merge_accumulators(self, accs) -> dict[str, Any]:
        return merge_stats(list(accs))

    def extract_output(self, acc: dict[str, Any]) -> dict[str, Any]:
        return acc
