"""The `validate` stage: Great Expectations suites on Arrow batches, inside the Beam pipeline.

* Row and batch-level expectations run on every batch (`kernel.ValidateKernel`), gathered to
  `batch_rows` rows first because a GX validation has a fixed cost. Failing rows go to
  `quarantine/<step>/` with `_reason` (expectations and observed types) and `_expectations`.
* Uniqueness across the whole output is counted by the workers on the rows the shards get
  (`uniqueness`: hashes of the values, shuffled by partition), and column min/max/mean/sum are
  merged from per-batch stats (`column_stats`), so no process holds a column.
* The merged per-expectation counts are written to the staging folder by the pipeline itself, and
  the commit hook (`commit.ValidateCommit`) evaluates the other dataset-level expectations on the
  written shards, writes the GX results, Data Docs and the summary, and stops the commit with
  `StageFailed` when a `fail` expectation failed.

GX is imported only in the workers' `setup()` and in the commit hook.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

import apache_beam as beam
import pyarrow as pa
from apache_beam.transforms.window import GlobalWindows

from schemas.spec import RecordSpec
from schemas.steps.validate import ValidateStep
from schemas.suites import SuiteSpec
from transforms.stage import QUARANTINED, REMOVED, STATS, BatchResult, MergeStats, StageContext, StageOutputs, emit
from transforms.validate import column_stats, uniqueness

DATADOCS = "datadocs"
BATCH_SUMMARY = "_batch_results.json"
"""Merged row/batch-level counts, written into the docs folder by the pipeline, read (then removed) at commit."""
UNIQUENESS_COUNTS = "_uniqueness.json"
"""Merged counts of the uniqueness expectations the workers measured, likewise."""
COLUMN_STATS = "_column_stats.json"
"""Merged (count, sum, min, max) of the column aggregates the workers measured, likewise."""


def docs_folder(label: str) -> str:
    """`datadocs/` for the step labelled `validate`, `datadocs/<label>/` for other validate steps."""
    return DATADOCS if label == "validate" else f"{DATADOCS}/{label}"


class _GatherAndValidate(beam.DoFn):
    """Gathers batches of one schema up to `batch_rows` rows or `batch_bytes`, then runs the kernel."""

    def __init__(
        self, make_kernel: Callable[[], Callable[[pa.RecordBatch], BatchResult]], batch_rows: int, batch_bytes: int
    ) -> None:
        self._make_kernel = make_kernel
        self._batch_rows = batch_rows
        self._batch_bytes = batch_bytes
        self._bytes = 0
        self._kernel: Callable[[pa.RecordBatch], BatchResult] | None = None
        self._pending: list[pa.RecordBatch] = []
        self._rows = 0

    def setup(self) -> None:
        self._kernel = self._make_kernel()

    def start_bundle(self) -> None:
        self._pending, self._rows, self._bytes = [], 0, 0

    def process(self, batch: pa.RecordBatch) -> Iterator[Any]:
        if self._pending and not batch.schema.equals(self._pending[0].schema):
            yield from self._flush()
        self._pending.append(batch)
        self._rows += batch.num_rows
        self._bytes += batch.nbytes
        if self._rows >= self._batch_rows or self._bytes >= self._batch_bytes:
            yield from self._flush()

    def finish_bundle(self) -> Iterator[Any]:
        for item in self._flush():
            if isinstance(item, beam.pvalue.TaggedOutput):
                yield beam.pvalue.TaggedOutput(item.tag, GlobalWindows.windowed_value(item.value))
            else:
                yield GlobalWindows.windowed_value(item)

    def _flush(self) -> Iterator[Any]:
        if not self._pending:
            return
        pending, self._pending, self._rows, self._bytes = self._pending, [], 0, 0
        if len(pending) == 1:
            batch = pending[0]
        else:
            table = pa.Table.from_batches(pending).combine_chunks()
            batch = table.to_batches(max_chunksize=table.num_rows)[0]
        started = time.perf_counter()
        result = self._kernel(batch)
        yield from emit(result, cpu_seconds=time.perf_counter() - started)


def _make_kernel(step: ValidateStep, record: RecordSpec, label: str):
    from transforms.validate.kernel import ValidateKernel

    return ValidateKernel(step, record, label)


def _write_json(url: str) -> Callable[[dict[str, Any]], None]:
    def write(data: dict[str, Any]) -> None:
        import fsspec

        with fsspec.open(url, "w") as handle:
            json.dump(data, handle, default=str)

    return write


def check_suite(step: ValidateStep, record: RecordSpec) -> SuiteSpec:
    """The step's suite, built in GX once in the driver so a bad expectation fails before any data
    is read."""
    from transforms.validate.engine import GxEngine

    suite = step.resolved_suite(id_field=record.id_field, text_field=record.text_field)
    GxEngine(suite.all_expectations(), id_field=record.id_field, suite=suite)
    return suite


def build_stage(pcoll: beam.PCollection, step: ValidateStep, ctx: StageContext) -> StageOutputs:
    from transforms.validate.commit import ValidateCommit

    suite = check_suite(step, ctx.record)
    parts = pcoll | ctx.label >> beam.ParDo(
        _GatherAndValidate(partial(_make_kernel, step, ctx.record, ctx.label), step.batch_rows, int(step.batch_bytes))
    ).with_outputs(REMOVED, QUARANTINED, STATS, main="kept")
    folder = f"{ctx.work_dir}/{docs_folder(ctx.label)}"
    summary_url = f"{folder}/{BATCH_SUMMARY}"
    _ = (
        parts[STATS]
        | f"{ctx.label} merge results" >> beam.CombineGlobally(MergeStats())
        | f"{ctx.label} save results" >> beam.Map(_write_json(summary_url))
    )
    hook = ValidateCommit(step=step, record=ctx.record, label=ctx.label, run_id=ctx.run_id)
    dataset = [(i, e) for i, e in enumerate(suite.all_expectations()) if e.level == "dataset"]
    unique = {i: e for i, e in dataset if uniqueness.measured_here(e)}
    stats = {i: e for i, e in dataset if column_stats.measured_here(e)}

    def measure_output(output: beam.PCollection) -> None:
        if unique:
            uniqueness.measure(output, unique, partitions=step.partitions, label=f"{ctx.label} uniqueness",
                               write=_write_json(f"{folder}/{UNIQUENESS_COUNTS}"))
        if stats:
            column_stats.measure(output, stats, label=f"{ctx.label} aggregates",
                                 write=_write_json(f"{folder}/{COLUMN_STATS}"))

    return StageOutputs(
        kept=parts.kept, quarantined=parts[QUARANTINED], stats=parts[STATS], on_commit=hook,
        on_output=measure_output if unique or stats else None,
    )
