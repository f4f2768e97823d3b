"""The `synthesise` stage in Beam.

Synthesis needs the whole table in one place, so the stage is global:

    real batches --Mark real--> kept (`_synthetic = false`)  ----------------------+--> kept
         \\--Sample rows (bottom-k by row hash, at most `max_fit_rows`)--> one table |
              --Synthesise (one DoFn: fit, sample, gate, report)--> synthetic batches

The sample is a combiner, so it reduces in parallel and is the same whatever the order batches
arrive in; the fit is seeded. When a gate fails the DoFn emits no synthetic row; the commit hook
then fails the run (`on_gate_failure: fail`) or records the refusal (`publish_real`). The hook
also writes generator, SDV version, seed and model hash into `manifest["extensions"][label]`.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import apache_beam as beam
import fsspec
import pyarrow as pa

from datalab.errors import StageFailed
from schemas.steps.synthesise import SynthesiseStep
from synthetic.metadata import GENERATOR, SYNTHETIC, add_markers
from transforms.stage import STATS, StageContext, StageOutputs

log = logging.getLogger("datalab.synthetic")

_HASH = "__synthetic_row_hash"
REPORT_JSON = "synthetic_report.json"
REPORT_HTML = "synthetic_report.html"


def report_dir(work_dir: str, label: str) -> str:
    return f"{work_dir}/reports/{label}"


def model_url(work_dir: str, label: str) -> str:
    return f"{work_dir}/models/{label}.pkl"


def mark_real(batch: pa.RecordBatch) -> pa.RecordBatch:
    """Real rows: `_synthetic = false`, `_generator` null."""
    return add_markers(batch, synthetic=False, generator=None)


def row_hashes(batch: pa.RecordBatch | pa.Table, id_field: str, seed: int) -> pa.Array:
    """A 64-bit hash per row from the record id (or, without one, the row's plain columns): the
    same row gets the same hash in any batch, on any worker."""
    import polars as pl

    names = [id_field] if id_field in batch.schema.names else [
        n for n in batch.schema.names
        if not n.startswith("_") and n != "provenance" and not pa.types.is_nested(batch.schema.field(n).type)
    ]
    frame = pl.from_arrow(pa.table({n: batch.column(n) for n in names}))
    assert isinstance(frame, pl.DataFrame)
    return frame.hash_rows(seed=seed % (2**32)).to_arrow()


class BottomKRows(beam.CombineFn):
    """A seeded uniform sample of at most `k` rows: the rows with the `k` smallest row hashes.
    Accumulators are Arrow tables; merging keeps the smallest again, so any split gives the same
    sample."""

    def __init__(self, k: int, id_field: str, seed: int) -> None:
        self._k = k
        self._id_field = id_field
        self._seed = seed

    def create_accumulator(self) -> pa.Table | None:
        return None

    def _bottom(self, table: pa.Table) -> pa.Table:
        table = table.sort_by(_HASH)
        return table.slice(0, self._k) if table.num_rows > self._k else table

    def add_input(self, acc: pa.Table | None, batch: pa.RecordBatch) -> pa.Table:
        batch = batch.drop_columns([c for c in (SYNTHETIC, GENERATOR) if c in batch.schema.names])
        table = pa.Table.from_batches([batch]).append_column(_HASH, row_hashes(batch, self._id_field, self._seed))
        table = self._bottom(table)
        return table if acc is None else self._bottom(pa.concat_tables([acc, table], promote_options="permissive"))

    def merge_accumulators(self, accs) -> pa.Table | None:
        tables = [a for a in accs if a is not None]
        if not tables:
            return None
        return self._bottom(pa.concat_tables(tables, promote_options="permissive"))

    def extract_output(self, acc: pa.Table | None) -> pa.Table | None:
        return acc


class _SynthesiseFn(beam.DoFn):
    """Fits, samples and gates on the gathered table; emits synthetic batches when the gates pass,
    and always writes the report (and, when asked, the model) below the staging folder."""

    def __init__(self, step: SynthesiseStep, ctx: StageContext, batch_rows: int) -> None:
        self._step = step
        self._label = ctx.label
        self._id_field = ctx.record.id_field
        self._text_field = ctx.record.text_field
        self._work_dir = ctx.work_dir
        self._batch_rows = batch_rows

    def process(self, table: pa.Table | None):
        from synthetic.engine import synthesise_table
        from synthetic.report import write_reports

        step = self._step
        directory = report_dir(self._work_dir, self._label)
        real_rows = 0 if table is None else table.num_rows
        if table is not None:
            table = table.drop_columns([_HASH]) if _HASH in table.schema.names else table
        try:
            if table is None:
                msg = f"step {self._label!r}: the input has no rows to learn from"
                raise StageFailed(msg)
            blob = _read_bytes(step.model_path) if step.model_path else None
            related = load_related(step) if step.related_tables else None
            result = synthesise_table(
                table, step, id_field=self._id_field, text_field=self._text_field,
                label=self._label, model_blob=blob, related=related,
            )
        except Exception as exc:  # noqa: BLE001 - becomes the run's error at commit, with its cause
            message = str(exc) if isinstance(exc, StageFailed) else (
                f"step {self._label!r}: SDV could not fit or sample this table ({type(exc).__name__}: {exc}); "
                "check `column_types` and the columns the step learns"
            )
            log.error("%s", message)
            report = {"step": self._label, "error": message, "gate": {"passed": False, "reasons": [message]}}
            write_reports(report, directory)
            yield beam.pvalue.TaggedOutput(STATS, {"synthetic_rows": 0, "rows_added": 0, "gate_failed": 1})
            return
        report = result.report
        report["rows"]["gathered"] = real_rows
        if step.save_model and result.model is not None:
            url = model_url(self._work_dir, self._label)
            with fsspec.open(url, "wb", auto_mkdir=True) as handle:
                handle.write(result.model)
            report["model_saved"] = f"models/{self._label}.pkl"
        for name, related_table in result.related.items():
            url = f"{self._work_dir}/synthetic/{name}/part-00000-of-00001.parquet"
            import pyarrow.parquet as pq

            with fsspec.open(url, "wb", auto_mkdir=True) as handle:
                pq.write_table(related_table, handle, compression="zstd")
        write_reports(report, directory)
        published = result.synthetic.num_rows
        for batch in result.synthetic.to_batches(max_chunksize=self._batch_rows):
            if batch.num_rows:
                yield batch
        yield beam.pvalue.TaggedOutput(
            STATS,
            {
                "synthetic_rows": published,
                "rows_added": published,
                "gate_failed": 0 if result.passed else 1,
                "quality_score": report["quality"]["score"],
            },
        )


def _read_bytes(url: str) -> bytes:
    try:
        with fsspec.open(url, "rb") as handle:
            return handle.read()
    except FileNotFoundError as exc:
        msg = f"synthesise: `model_path` {url} does not exist; run once with `save_model: true` to make it"
        raise StageFailed(msg) from exc


def load_related(step: SynthesiseStep) -> dict[str, pa.Table]:
    """The related tables the spec declares, read whole (they feed one HMA fit)."""
    import pyarrow.csv as pcsv
    import pyarrow.json as pjson
    import pyarrow.parquet as pq

    tables: dict[str, pa.Table] = {}
    for related in step.related_tables:
        parts = []
        for pattern in related.paths:
            fs, _, paths = fsspec.get_fs_token_paths(pattern)
            if not paths:
                msg = f"synthesise: related table {related.name!r}: no file matches {pattern}"
                raise StageFailed(msg)
            for path in sorted(paths):
                fmt = related.format if related.format != "auto" else _format_of(path)
                with fs.open(path, "rb") as handle:
                    if fmt == "parquet":
                        parts.append(pq.read_table(handle))
                    elif fmt == "csv":
                        parts.append(pcsv.read_csv(handle))
                    else:
                        parts.append(pjson.read_json(handle))
        tables[related.name] = pa.concat_tables(parts, promote_options="permissive")
    return tables


def _format_of(path: str) -> str:
    lower = path.lower()
    if lower.endswith(".parquet"):
        return "parquet"
    if lower.endswith(".csv"):
        return "csv"
    return "jsonl"


def require_sdv() -> None:
    """Fail when the pipeline is built (not mid-run) if the synthetic extra is missing."""
    import importlib.util

    from datalab.errors import MissingDependency

    missing = [name for name in ("sdv", "sdmetrics") if importlib.util.find_spec(name) is None]
    if missing:
        msg = (
            f"the synthesise stage needs {missing}; install them with "
            "`pip install 'datalab[synthetic]'` (install the CPU build of torch first: "
            "`pip install torch --index-url https://download.pytorch.org/whl/cpu`)"
        )
        raise MissingDependency(msg)


def build_stage(pcoll, step: SynthesiseStep, ctx: StageContext, *, batch_rows: int = 8192) -> StageOutputs:
    """Real rows marked `_synthetic = false`, plus synthetic rows when the gates pass."""
    require_sdv()
    label = ctx.label
    real = pcoll | f"{label}/Mark real" >> beam.Map(mark_real).with_output_types(pa.RecordBatch)
    gathered = pcoll | f"{label}/Sample rows" >> beam.CombineGlobally(
        BottomKRows(step.max_fit_rows, ctx.record.id_field, step.seed)
    )
    parts = gathered | f"{label}/Synthesise" >> beam.ParDo(
        _SynthesiseFn(step, ctx, batch_rows)
    ).with_outputs(STATS, main="synthetic")
    synthetic = parts.synthetic
    kept = (real, synthetic) | f"{label}/Real and synthetic" >> beam.Flatten()
    return StageOutputs(kept=kept, stats=parts[STATS], on_commit=_CommitHook(step, label))


class _CommitHook:
    """Runs in the driver: records the generator in the manifest and enforces the gate decision."""

    def __init__(self, step: SynthesiseStep, label: str) -> None:
        self._step = step
        self._label = label

    def __call__(self, commit: Any) -> None:
        url = f"{report_dir(commit.work_dir, self._label)}/{REPORT_JSON}"
        try:
            with fsspec.open(url, "r") as handle:
                report = json.load(handle)
        except FileNotFoundError as exc:
            msg = f"step {self._label!r}: no synthetic report was written ({url}); the synthesis did not run"
            raise StageFailed(msg) from exc
        apply_to_manifest(report, commit.manifest, self._label)
        if "error" in report:
            raise StageFailed(report["error"])
        if not report["gate"]["passed"]:
            from synthetic.engine import refuse_on

            message = refuse_on(report)
            if self._step.on_gate_failure == "fail":
                raise StageFailed(message)
            log.warning("%s", message)


def manifest_entry(report: dict[str, Any]) -> dict[str, Any]:
    """What the manifest keeps of a synthetic report."""
    if "error" in report:
        return {"published": False, "error": report["error"]}
    return {
        "generator": report["generator"],
        "synthesizer": report["synthesizer"],
        "sdv_version": report["sdv_version"],
        "seed": report["seed"],
        "model_hash": report["model_hash"],
        "model_reused": report["model_reused"],
        "model_saved": report.get("model_saved"),
        "synthetic_sha256": report["synthetic_sha256"],
        "published": report["gate"]["passed"],
        "refusal": report["gate"]["reasons"],
        "rows": report["rows"],
        "quality_score": report["quality"]["score"],
        "diagnostic_score": report["quality"]["diagnostic_score"],
        "privacy": {
            "exact_match_rate": report["privacy"]["exact_match_rate"],
            "dcr_synthetic_median": report["privacy"]["dcr"]["synthetic_median"],
            "dcr_holdout_median": report["privacy"]["dcr"]["holdout_median"],
            "new_row_synthesis": report["privacy"]["new_row_synthesis"],
        },
        "report": f"reports/{report['step']}/{REPORT_JSON}",
    }


def apply_to_manifest(report: dict[str, Any], manifest: dict[str, Any], label: str) -> None:
    manifest.setdefault("extensions", {})[label] = manifest_entry(report)
