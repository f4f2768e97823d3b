"""Commit hook of the `validate` stage: dataset-level expectations, GX results, Data Docs, summary.

Runs in the driver after the shards are written and before the manifest is. It reads only the
columns the dataset-level expectations need from the written shards, evaluates them with GX,
merges them with the row/batch-level counts the pipeline gathered, and writes

* `datadocs/validation_result.json`: the GX ExpectationSuiteValidationResult of the whole run,
* `datadocs/expectation_suite.json`: the suite as GX ran it,
* `datadocs/index.html` and the rest of a GX Data Docs site (static HTML),
* `reports/<step>.json`: the summary table (expectation, level, policy, rows, pass rate).

Values of personal columns never appear in these files: GX's unexpected value lists are replaced
by the values' types. A failed `fail` expectation raises `StageFailed`, so no manifest is written.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa

from datalab.errors import StageFailed
from schemas.spec import RecordSpec
from schemas.steps.validate import ValidateStep
from schemas.suites import ExpectationSpec
from transforms.validate import (
    BATCH_SUMMARY,
    COLUMN_STATS,
    DATADOCS,
    UNIQUENESS_COUNTS,
    column_stats,
    docs_folder,
    uniqueness,
)
from transforms.validate.engine import Outcome

log = logging.getLogger(__name__)
_VALUE_LISTS = (
    "partial_unexpected_list",
    "unexpected_list",
    "partial_unexpected_counts",
    "partial_unexpected_index_list",
    "unexpected_index_list",
)
_FULL_LISTS = ("unexpected_list", "unexpected_index_list", "unexpected_index_query")


@dataclass
class ValidateCommit:
    step: ValidateStep
    record: RecordSpec
    label: str
    run_id: str

    def __call__(self, commit: Any) -> None:
        from transforms.validate.engine import GxEngine

        suite = self.step.resolved_suite(id_field=self.record.id_field, text_field=self.record.text_field)
        specs = suite.all_expectations()
        policies = [self.step.policy_of(e) for e in specs]
        personal = suite.personal()
        engine = GxEngine(specs, id_field=self.record.id_field, suite=suite)
        fs = commit.fs
        staging = commit.location.staging
        folder = docs_folder(self.label)
        batch_stats = _read_json(fs, f"{staging}/{folder}/{BATCH_SUMMARY}")
        per_batch = batch_stats.get("expectations", {})

        rows = sum(s["rows"] for s in commit.shards)
        dataset_outcomes = self._measured_outcomes(specs, suite.optional_columns(), fs, f"{staging}/{folder}", rows)
        dataset_idx = [i for i, e in enumerate(specs) if e.level == "dataset" and i not in dataset_outcomes]
        if dataset_idx:
            table = self._output_table(commit, specs, dataset_idx, rows)
            dataset_outcomes.update(zip(dataset_idx, engine.evaluate(table, dataset_idx), strict=True))

        from great_expectations.core import ExpectationSuiteValidationResult, ExpectationValidationResult

        gx_results = []
        table: list[dict[str, Any]] = []
        failures: list[str] = []
        for i, spec in enumerate(specs):
            policy = policies[i]
            if spec.level == "dataset":
                outcome = dataset_outcomes[i]
                result = _scrub(outcome.result, spec, personal)
                success = outcome.success
                evaluated = rows if not outcome.skipped else 0
                unexpected = outcome.unexpected_count
                if "unexpected_count" not in outcome.result:  # aggregates: all rows or none
                    unexpected = 0 if success else rows
                observed = outcome.observed
                note = outcome.error or outcome.skipped
            else:
                s = per_batch.get(spec.label, {})
                success = s.get("failed_batches", 0) == 0
                evaluated, unexpected = s.get("rows_evaluated", 0), s.get("rows_unexpected", 0)
                result = {
                    "element_count": evaluated,
                    "unexpected_count": unexpected,
                    "unexpected_percent": 100.0 * unexpected / evaluated if evaluated else 0.0,
                }
                observed = sorted(set(s.get("observed", []))) or None
                note = "; ".join(sorted(set(s.get("errors", [])))) or (
                    "column absent in every batch" if s and s.get("skipped_batches") == s.get("batches") else None
                )
                if observed:
                    result["observed_value"] = ", ".join(observed)
            if note:
                result["details"] = note
            gx_results.append(
                ExpectationValidationResult(
                    success=success, expectation_config=engine.configs[i], result=result
                )
            )
            row = {
                "expectation": spec.label,
                "type": spec.type,
                "level": spec.level,
                "policy": policy,
                "success": success,
                "rows_evaluated": evaluated,
                "rows_unexpected": unexpected,
                "pass_rate": round(1 - unexpected / evaluated, 6) if evaluated else None,
            }
            if observed is not None and spec.level != "row":
                row["observed"] = observed if not _touches(spec, personal) else "(personal)"
            if note:
                row["details"] = note
            table.append(row)
            if not success and policy == "fail":
                failures.append(_failure_text(row))

        statistics = {
            "evaluated_expectations": len(gx_results),
            "successful_expectations": sum(r.success for r in gx_results),
            "unsuccessful_expectations": sum(not r.success for r in gx_results),
            "success_percent": 100.0 * sum(r.success for r in gx_results) / len(gx_results) if gx_results else 100.0,
        }
        run_time = datetime.now(UTC)
        validation = ExpectationSuiteValidationResult(
            success=not failures and all(r.success for r in gx_results),
            results=gx_results,
            suite_name=suite.name,
            statistics=statistics,
            meta={
                "great_expectations_version": engine.gx.__version__,
                "run_id": {"run_name": self.run_id, "run_time": run_time.isoformat()},
                "datalab": {"step": self.label, "suite_version": suite.version, "output_rows": rows},
            },
        )
        docs_dir = f"{staging}/{folder}"
        fs.makedirs(docs_dir, exist_ok=True)
        with fs.open(f"{docs_dir}/validation_result.json", "w") as handle:
            json.dump(validation.to_json_dict(), handle, indent=2, default=str)
        with fs.open(f"{docs_dir}/expectation_suite.json", "w") as handle:
            json.dump(engine.suite.to_json_dict(), handle, indent=2, default=str)
        docs_index = None
        if self.step.data_docs:
            docs_index = self._data_docs(engine, validation, run_time, fs, docs_dir, folder)
        for scratch in (BATCH_SUMMARY, UNIQUENESS_COUNTS, COLUMN_STATS):
            if fs.exists(f"{docs_dir}/{scratch}"):
                fs.rm(f"{docs_dir}/{scratch}")

        summary = {
            "step": self.label,
            "suite": suite.name,
            "suite_version": suite.version,
            "success": validation.success,
            "rows_validated": batch_stats.get("rows_validated", 0),
            "rows_passed": batch_stats.get("rows_passed", 0),
            "rows_quarantined": batch_stats.get("rows_quarantined", 0),
            "output_rows": rows,
            "gx_validations": batch_stats.get("gx_validations", 0),
            "personal_columns": sorted(personal),
            "expectations": table,
            "artefacts": {
                "validation_result": f"{folder}/validation_result.json",
                "expectation_suite": f"{folder}/expectation_suite.json",
                "data_docs": docs_index,
            },
        }
        fs.makedirs(f"{staging}/reports", exist_ok=True)
        with fs.open(f"{staging}/reports/{self.label}.json", "w") as handle:
            json.dump(summary, handle, indent=2, default=str)
        commit.manifest.setdefault("extensions", {})[self.label] = {
            "suite": suite.name,
            "suite_version": suite.version,
            "success": validation.success,
            "failed_expectations": [r["expectation"] for r in table if not r["success"]],
            "summary": f"reports/{self.label}.json",
            "data_docs": docs_index,
        }
        commit.manifest.setdefault("artefacts", {})["datadocs"] = f"{DATADOCS}/"
        if failures:
            msg = (
                f"validation step {self.label!r} (suite {suite.name} v{suite.version}) failed "
                f"{len(failures)} expectation(s) with policy `fail`, so nothing was committed: "
                + "; ".join(failures)
                + ". Fix the data, or set the policy to `warn`/`quarantine` in the suite or in the step's `policies:`."
            )
            raise StageFailed(msg)

    def _measured_outcomes(
        self, specs: list[ExpectationSpec], optional: set[str], fs: Any, folder: str, rows: int
    ) -> dict[int, Outcome]:
        """Outcomes of the dataset-level expectations the workers measured (uniqueness counts,
        column stats); the rest, and those the stats could not settle, are left to GX."""
        counted = _read_json(fs, f"{folder}/{UNIQUENESS_COUNTS}")
        stats = _read_json(fs, f"{folder}/{COLUMN_STATS}")
        outcomes: dict[int, Outcome] = {}
        for i, spec in enumerate(specs):
            if spec.level != "dataset":
                continue
            if uniqueness.measured_here(spec):
                found = counted.get(str(i), {})
            elif column_stats.measured_here(spec):
                found = stats.get(str(i), {})
            else:
                continue
            if found.get("rows", 0) != rows:
                msg = (
                    f"validation step {self.label!r}: {spec.label} counted {found.get('rows', 0)} rows but "
                    f"the shards hold {rows}: the runner lost or repeated data, so nothing was committed"
                )
                raise StageFailed(msg)
            if uniqueness.measured_here(spec):
                outcomes[i] = uniqueness.uniqueness_outcome(spec, found, optional)
            elif (outcome := column_stats.stats_outcome(spec, found)) is not None:
                outcomes[i] = outcome
        return outcomes

    def _output_table(self, commit: Any, specs: list[ExpectationSpec], dataset_idx: list[int], rows: int) -> pa.Table:
        """The written output with only the columns dataset-level expectations read."""
        needed = sorted({c for i in dataset_idx for c in specs[i].columns})
        if not needed:  # e.g. only a row count: a column of nulls, which holds no buffer
            return pa.table({"__datalab_rows": pa.nulls(rows)})
        fmt = commit.manifest.get("format", "parquet")
        tables = [
            _read_shard(commit.fs, f"{commit.location.staging}/{shard['path']}", fmt, needed)
            for shard in commit.shards
        ]
        if tables and tables[0].num_columns:
            schema = tables[0].schema
            return pa.concat_tables([t if t.schema.equals(schema) else t.cast(schema) for t in tables])
        return pa.table({"__datalab_rows": pa.nulls(rows)})  # none of the columns is in the output

    def _data_docs(
        self, engine: Any, validation: Any, run_time: datetime, fs: Any, docs_dir: str, folder: str
    ) -> str | None:
        from great_expectations.core.run_identifier import RunIdentifier
        from great_expectations.data_context.types.resource_identifiers import (
            ExpectationSuiteIdentifier,
            ValidationResultIdentifier,
        )

        local = tempfile.mkdtemp(prefix="datalab-datadocs-")
        try:
            engine.context.add_data_docs_site(
                site_name="datalab",
                site_config={
                    "class_name": "SiteBuilder",
                    "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": local},
                    "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
                },
            )
            key = ValidationResultIdentifier(
                expectation_suite_identifier=ExpectationSuiteIdentifier(name=engine.suite.name),
                run_id=RunIdentifier(run_name=self.run_id, run_time=run_time),
                batch_identifier=self.label,
            )
            engine.context.validation_results_store.set(key, validation)
            engine.context.build_data_docs(site_names=["datalab"])
            for path in Path(local).rglob("*"):
                if path.is_file():
                    target = f"{docs_dir}/{path.relative_to(local).as_posix()}"
                    fs.makedirs(target.rsplit("/", 1)[0], exist_ok=True)
                    fs.put_file(str(path), target)
            return f"{folder}/index.html"
        except Exception as exc:  # Data Docs are a view; the JSON results are the record
            log.warning("could not render GX Data Docs for %s: %s", self.label, exc)
            return None
        finally:
            shutil.rmtree(local, ignore_errors=True)


def _read_json(fs: Any, path: str) -> dict[str, Any]:
    if not fs.exists(path):
        return {}
    with fs.open(path, "r") as handle:
        return json.load(handle)


def _read_shard(fs: Any, path: str, fmt: str, columns: list[str]) -> pa.Table:
    with fs.open(path, "rb") as handle:
        if fmt == "arrow" or path.endswith(".arrow"):
            table = pa.ipc.open_file(handle).read_all()
        else:
            import pyarrow.parquet as pq

            schema_names = pq.ParquetFile(handle).schema_arrow.names
            handle.seek(0)
            present = [c for c in columns if c in schema_names]
            return pq.read_table(handle, columns=present)
    return table.select([c for c in columns if c in table.column_names])


def _touches(spec: ExpectationSpec, personal: set[str]) -> bool:
    return any(c in personal for c in spec.columns)


def _scrub(result: dict[str, Any], spec: ExpectationSpec, personal: set[str]) -> dict[str, Any]:
    """GX's result without full per-row lists, and without values of personal columns."""
    out = {k: v for k, v in result.items() if k not in _FULL_LISTS}
    if _touches(spec, personal):
        for key in _VALUE_LISTS:
            if key in out:
                out[key] = [type(v).__name__ if not isinstance(v, dict) else "(personal)" for v in out[key]][:20]
        if "observed_value" in out and not isinstance(out["observed_value"], (int, float, bool)):
            out["observed_value"] = type(out["observed_value"]).__name__
    else:
        for key in _VALUE_LISTS:
            if key in out and isinstance(out[key], list):
                out[key] = out[key][:20]
    return json.loads(json.dumps(out, default=str))


def _failure_text(row: dict[str, Any]) -> str:
    if row["level"] == "dataset":
        seen = f" (observed {row['observed']})" if row.get("observed") is not None else ""
        return f"{row['expectation']}{seen}"
    return f"{row['expectation']} ({row['rows_unexpected']} of {row['rows_evaluated']} rows)"
