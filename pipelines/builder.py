"""Builds the Beam pipeline of a spec: read -> steps -> shards, plus counts and stage stats.

Counts and stats travel as data (small dicts merged by a combiner and written to the staging
folder), not as runner metrics, so every runner reports the same numbers. The driver reads them
back at commit time (`pipelines.commit`).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import apache_beam as beam
import fsspec
import pyarrow as pa
import pyarrow.compute as pc

from connectors.base import PROVENANCE, Connector, ReadTask
from pipelines.progress import ProgressBoard
from transforms.normalise import MATCH_TEXT
from schemas.spec import PipelineSpec, step_label
from schemas.stages import stage_builder
from transforms.shards import ShardSettings, WriteShardsFn
from transforms.stage import QUARANTINED, REASON, STATS, MergeStats, StageContext, StageOutputs

META_DIR = "_meta"
READ_LABEL = "read"


@dataclass
class BuiltPipeline:
    """What the driver needs after the run: the step order and each step's commit hook."""

    steps: list[tuple[str, str]] = field(default_factory=list)  # (label, stage) in order
    on_commit: list[tuple[str, Any]] = field(default_factory=list)


class _ReadFn(beam.DoFn):
    """Reads one `ReadTask` on a worker through its connector."""

    def __init__(self, connector: Connector, batch_rows: int) -> None:
        self._connector = connector
        self._batch_rows = batch_rows

    def process(self, task: ReadTask):
        results = self._connector.read(task, batch_rows=self._batch_rows)
        spent = 0.0
        while True:
            # time only the connector's own work: between yields the fused downstream stages run
            started = time.perf_counter()
            result = next(results, None)
            spent += time.perf_counter() - started
            if result is None:
                yield beam.pvalue.TaggedOutput(STATS, {"cpu_seconds": spent})
                return
            if result.kept.num_rows:
                yield result.kept
            if result.quarantined is not None and result.quarantined.num_rows:
                yield beam.pvalue.TaggedOutput(QUARANTINED, result.quarantined)
            if result.stats:
                yield beam.pvalue.TaggedOutput(STATS, result.stats)


class _CountFn(beam.DoFn):
    """Rows and bytes of each batch as a stats dict; also shown live by `pipelines.progress`."""

    def __init__(self, label: str, key: str, work_dir: str) -> None:
        self._label = label
        self._key = key
        self._work_dir = work_dir
        self._board: ProgressBoard | None = None

    def setup(self) -> None:
        self._board = ProgressBoard.for_folder(self._work_dir)

    def process(self, batch):
        if self._board is not None:
            self._board.add(self._label, self._key, batch.num_rows)
        counts: dict[str, Any] = {self._key: batch.num_rows, f"{self._key}_bytes": batch.nbytes}
        if REASON in batch.schema.names:
            reasons = pc.value_counts(pc.fill_null(batch.column(REASON), "(no reason given)"))
            counts["reasons"] = {r["values"]: r["counts"] for r in reasons.to_pylist()}
        yield {self._label: counts}

    def finish_bundle(self) -> None:
        if self._board is not None:
            self._board.flush()


def _details(label: str):
    def wrap(stats: dict[str, Any]) -> dict[str, Any]:
        return {label: {"details": stats}}

    return wrap


SOURCES_KEY = "_sources"


def _source_counts(batch) -> dict[str, Any]:
    """Rows per (connector, dataset, licence, policy) of the output: the manifest's `sources`."""
    if PROVENANCE not in batch.schema.names:
        return {SOURCES_KEY: {json.dumps([None, None, None, None]): batch.num_rows}}
    provenance = batch.column(PROVENANCE)
    keys = ["connector", "dataset_id", "licence", "policy"]
    table = pa.table({k: pc.struct_field(provenance, k) for k in keys})
    grouped = table.group_by(keys).aggregate([([], "count_all")]).to_pylist()
    return {SOURCES_KEY: {json.dumps([g[k] for k in keys]): g["count_all"] for g in grouped}}


def drop_matching_columns(batch: pa.RecordBatch) -> pa.RecordBatch:
    """Shards never carry `_match_text`: it is a copy of the text made for comparison, from before
    any anonymisation, so publishing it would undo the anonymise step."""
    return batch.drop_columns([MATCH_TEXT]) if MATCH_TEXT in batch.schema.names else batch


def _write_json(url: str):
    def write(value: Any) -> None:
        with fsspec.open(url, "w") as handle:
            json.dump(value, handle, default=str)

    return write


def build_pipeline(
    pipeline: beam.Pipeline,
    spec: PipelineSpec,
    connector: Connector,
    tasks: list[ReadTask],
    *,
    work_dir: str,
    run_id: str,
) -> BuiltPipeline:
    """Add the whole run to `pipeline`. Nothing is read until the pipeline runs."""
    built = BuiltPipeline(steps=[(READ_LABEL, READ_LABEL)])
    settings = ShardSettings(
        format=spec.output.format,
        shard_rows=spec.output.shard_rows,
        shard_bytes=int(spec.output.shard_bytes),
        compression=spec.output.compression,
        row_group_rows=spec.output.row_group_rows,
    )
    shard_infos: list[beam.PCollection] = []
    stats: list[beam.PCollection] = []
    output_hooks: list[Callable[[beam.PCollection], None]] = []

    def count(pcoll: beam.PCollection, label: str, key: str) -> None:
        stats.append(pcoll | f"Count {label} {key}" >> beam.ParDo(_CountFn(label, key, work_dir)))

    def write(pcoll: beam.PCollection, folder: str, kind: str) -> None:
        shard_infos.append(
            pcoll | f"Write {kind}" >> beam.ParDo(WriteShardsFn(f"{work_dir}/{folder}", settings, kind))
        )

    read = (
        pipeline
        | "Plan" >> beam.Create(tasks, reshuffle=False)
        | "Spread tasks" >> beam.Reshuffle()
        | "Read" >> beam.ParDo(_ReadFn(connector, spec.runner.batch_rows)).with_outputs(
            QUARANTINED, STATS, main="kept"
        )
    )
    current = read.kept
    count(current, READ_LABEL, "rows_out")
    count(read[QUARANTINED], READ_LABEL, "quarantined")
    write(read[QUARANTINED], f"quarantine/{READ_LABEL}", f"quarantine/{READ_LABEL}")
    stats.append(read[STATS] | "Details read" >> beam.Map(_details(READ_LABEL)))

    for step in spec.steps:
        label = step_label(step)
        context = StageContext(label=label, record=spec.record, work_dir=work_dir, run_id=run_id)
        count(current, label, "rows_in")
        outputs: StageOutputs = stage_builder(step.stage)(current, step, context)
        built.steps.append((label, step.stage))
        if outputs.on_commit is not None:
            built.on_commit.append((label, outputs.on_commit))
        if outputs.on_output is not None:
            output_hooks.append(outputs.on_output)
        for key, side in (("removed", outputs.removed), ("quarantined", outputs.quarantined)):
            if side is not None:
                count(side, label, key)
                folder = f"{'removed' if key == 'removed' else 'quarantine'}/{label}"
                write(side, folder, folder)
        if outputs.stats is not None:
            stats.append(outputs.stats | f"Details {label}" >> beam.Map(_details(label)))
        current = outputs.kept
        count(current, label, "rows_out")

    stats.append(current | "Count sources" >> beam.Map(_source_counts))
    output = current | "Drop matching columns" >> beam.Map(drop_matching_columns)
    write(output, ".", "data")
    for hook in output_hooks:
        hook(output)
    (
        shard_infos
        | "All shards" >> beam.Flatten()
        | "List shards" >> beam.combiners.ToList()
        | "Save shard list" >> beam.Map(_write_json(f"{work_dir}/{META_DIR}/shards.json"))
    )
    (
        stats
        | "All stats" >> beam.Flatten()
        | "Merge stats" >> beam.CombineGlobally(MergeStats())
        | "Save stats" >> beam.Map(_write_json(f"{work_dir}/{META_DIR}/stats.json"))
    )
    return built
