"""Great Expectations on Arrow batches: one ephemeral context per worker, cheap pandas frames.

`GxEngine` is built once per worker (in the DoFn's `setup()`): importing GX and building the
context cost seconds, validating a batch then costs a fixed ~70 ms plus the vectorised pandas
work. Frames are made from Arrow without copying where pandas allows it: numbers without nulls
are numpy views of the Arrow buffers, strings stay Arrow-backed (`pd.ArrowDtype`, so `isna`,
`isin` and lengths run in Arrow kernels), nullable integers/booleans use pandas masked arrays.

The GX semantics are GX's own: every expectation is evaluated by GX's metric providers through
the Validator's graph. Only GX's batch fingerprint is skipped: `get_batch` hashes the whole frame
with md5 (0.5 s per million rows, twice per validation) just to label the batch.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa

from datalab.errors import MissingDependency, SpecError
from schemas.suites import ExpectationSpec, SuiteSpec

ROW = "__datalab_row"
"""Row position column added to each frame: GX reports it (with the id) in unexpected_index_list."""

log = logging.getLogger(__name__)


def import_gx():
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    try:
        import great_expectations as gx
    except ImportError as exc:  # pragma: no cover - depends on the installation
        msg = "the validate stage needs Great Expectations: pip install 'datalab[validate]'"
        raise MissingDependency(msg) from exc
    return gx


def to_pandas(table: pa.Table | pa.RecordBatch, *, row_column: bool = True):
    """A pandas frame over the Arrow data, copying as little as pandas allows (see module doc)."""
    import pandas as pd

    columns: dict[str, Any] = {}
    for name, col in zip(table.column_names, table.columns, strict=True):
        if isinstance(col, pa.ChunkedArray):
            col = col.combine_chunks() if col.num_chunks != 1 else col.chunk(0)
        t = col.type
        if pa.types.is_dictionary(t):
            col = col.dictionary_decode()
            t = col.type
        if pa.types.is_integer(t) or pa.types.is_boolean(t):
            if col.null_count == 0:
                columns[name] = col.to_numpy(zero_copy_only=False)
            else:
                dtype = pd.BooleanDtype() if pa.types.is_boolean(t) else pd.Int64Dtype()
                columns[name] = col.to_pandas(types_mapper=lambda _t, d=dtype: d).array
        elif pa.types.is_floating(t):
            columns[name] = col.to_numpy(zero_copy_only=False)  # nulls become NaN: pandas' null
        elif pa.types.is_string(t) or pa.types.is_large_string(t):
            columns[name] = pd.arrays.ArrowExtensionArray(col)
        elif pa.types.is_timestamp(t):
            columns[name] = col.to_pandas().array
        else:
            columns[name] = pd.arrays.ArrowExtensionArray(col)
    if row_column:
        columns[ROW] = np.arange(table.num_rows, dtype=np.int64)
    return pd.DataFrame(columns, copy=False)


@dataclass
class Outcome:
    """What GX said about one expectation on one frame."""

    spec: ExpectationSpec
    success: bool
    element_count: int = 0
    unexpected_count: int = 0
    positions: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    observed: Any = None
    error: str | None = None
    skipped: str | None = None
    result: dict[str, Any] = field(default_factory=dict)


class GxEngine:
    """An ephemeral GX context with one pandas data asset, and the suite as GX configurations."""

    def __init__(
        self,
        expectations: list[ExpectationSpec],
        *,
        id_field: str,
        suite: SuiteSpec,
        result_format: str = "COMPLETE",
        two_pass: bool = True,
    ) -> None:
        gx = import_gx()
        from great_expectations.data_context.types.base import ProgressBarsConfig
        from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

        self.gx = gx
        self.id_field = id_field
        self.result_format = result_format  # COMPLETE; a capped format only to test completeness
        self.two_pass = two_pass
        self.optional_columns = suite.optional_columns()
        self.context = gx.get_context(mode="ephemeral")
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False)
        self.datasource = self.context.data_sources.add_pandas("datalab")
        self.asset = self.datasource.add_dataframe_asset("batch")
        self.batch_definition = self.asset.add_batch_definition_whole_dataframe("whole_batch")
        self.engine = self.datasource.get_execution_engine()
        self.specs = list(expectations)
        self.suite = gx.ExpectationSuite(
            name=suite.name, meta={"version": suite.version, "description": suite.description}
        )
        self.configs = []
        for spec in self.specs:
            meta = {**spec.meta, "datalab_label": spec.label, "datalab_level": spec.level}
            if spec.notes:
                meta["notes"] = spec.notes
            kwargs = {k: v for k, v in spec.kwargs.items() if v is not None}
            try:
                config = ExpectationConfiguration(type=spec.type, kwargs=kwargs, meta=meta)
                config.to_domain_obj()  # GX checks the name and the arguments here
            except Exception as exc:  # GX raises several types; all mean a bad suite entry
                msg = f"suite {suite.name!r}: expectation {spec.label} is invalid for GX: {exc}"
                raise SpecError(msg) from exc
            self.configs.append(config)
            self.suite.add_expectation_configuration(config)
        self.context.suites.add(self.suite)
        self._processed: dict[tuple[int, ...], list[Any]] = {}

    def _batch(self, frame):
        """A GX batch of `frame` built as `PandasDatasource.get_batch` does, minus the md5 fingerprint."""
        try:
            from great_expectations.core.batch import BatchMarkers, LegacyBatchDefinition
            from great_expectations.core.batch_spec import RuntimeDataBatchSpec
            from great_expectations.core.id_dict import IDDict
            from great_expectations.datasource.fluent.interfaces import Batch
            from great_expectations.execution_engine.pandas_batch_data import PandasBatchData

            request = self.batch_definition.build_batch_request(batch_parameters={"dataframe": frame})
            spec = RuntimeDataBatchSpec(batch_data=frame)
            spec.batch_data = "PandasDataFrame"
            return Batch(
                datasource=self.datasource,
                data_asset=self.asset,
                batch_request=request,
                data=PandasBatchData(execution_engine=self.engine, dataframe=frame),
                batch_markers=BatchMarkers({"ge_load_time": "datalab"}),
                batch_spec=spec,
                batch_definition=LegacyBatchDefinition(
                    datasource_name=self.datasource.name,
                    data_connector_name="fluent",
                    data_asset_name=self.asset.name,
                    batch_identifiers=IDDict({}),
                ),
            )
        except (ImportError, TypeError, AttributeError):  # pragma: no cover - GX internals moved
            return self.batch_definition.get_batch(batch_parameters={"dataframe": frame})

    def run(self, frame, indices: list[int], result_format: str | None = None) -> list[Any]:
        """GX ExpectationValidationResults of the expectations `indices` on `frame` (COMPLETE)."""
        if not indices:
            return []
        validator = self.context.get_validator(batch=self._batch(frame))
        index_columns = [c for c in (ROW, self.id_field) if c in frame.columns]
        key = tuple(indices)
        configs = self._processed.get(key)
        if configs is None:  # the same every batch (no suite parameters): prepared once
            configs = validator.process_expectations_for_validation([self.configs[i] for i in indices])
            self._processed[key] = configs
        return validator.graph_validate(
            configurations=configs,
            runtime_configuration={
                "result_format": {
                    "result_format": result_format or self.result_format,
                    "unexpected_index_column_names": index_columns,
                    "partial_unexpected_count": 20,
                }
            },
        )

    def evaluate(self, data: pa.Table | pa.RecordBatch, indices: list[int]) -> list[Outcome]:
        """Outcomes with the complete positions of failing rows for row-level expectations.

        Expectations are validated in groups that read the same columns, each on a frame of just
        those columns (plus the row position and the id): GX filters the whole frame for every
        map expectation (nulls, then unexpected rows), so narrow frames keep that cost to the
        columns concerned. GX lists every unexpected index with COMPLETE, but some expectations
        cap their lists (and a future GX may cap more); when a list is shorter than
        `unexpected_count`, the rows found are set aside and the expectation runs again on the
        rest until none are left.
        """
        present = set(data.schema.names)
        outcomes: dict[int, Outcome] = {}
        groups: dict[tuple[str, ...] | None, list[int]] = {}
        for i in indices:
            spec = self.specs[i]
            missing = [c for c in spec.columns if c not in present]
            if missing and spec.type != "expect_column_to_exist":
                if set(missing) <= self.optional_columns:
                    outcomes[i] = Outcome(spec, success=True, skipped=f"column(s) {missing} absent")
                else:  # a required column is missing: the expectation fails, it is not skipped
                    error = f"column(s) {missing} missing"
                    outcomes[i] = Outcome(spec, success=False, error=error, element_count=data.num_rows)
                continue
            columns = tuple(c for c in spec.columns if c in present)
            groups.setdefault(columns if spec.columns else None, []).append(i)
        for columns, group in groups.items():
            if columns is None:  # table-level: no row lists, so no row positions
                frame = to_pandas(data, row_column=False)
            else:
                keep = list(dict.fromkeys([*columns, *([self.id_field] if self.id_field in present else [])]))
                frame = to_pandas(data.select(keep))
            # Pass 1, BOOLEAN_ONLY: success only (GX computes each condition and its count, no
            # lists). An expectation without `mostly` succeeds iff no row is unexpected, so only
            # failures (and `mostly` expectations) need pass 2 with COMPLETE index lists.
            # Dataset-level ones (run once, at commit) go straight to pass 2: reports show their
            # observed values even when they pass.
            rows = [i for i in group if self.specs[i].level != "dataset"] if self.two_pass else []
            detailed = [i for i in group if i not in rows]
            if rows:
                quick = self._in_order(rows, self.run(frame, rows, "BOOLEAN_ONLY"))
                for i, result in zip(rows, quick, strict=True):
                    raised = (result.exception_info or {}).get("raised_exception")
                    if result.success and not raised and self.specs[i].kwargs.get("mostly", 1) >= 1:
                        outcomes[i] = Outcome(self.specs[i], success=True, element_count=len(frame))
                    else:
                        detailed.append(i)
            for i, result in zip(detailed, self._in_order(detailed, self.run(frame, detailed)), strict=True):
                outcomes[i] = self._outcome(self.specs[i], result, frame)
                if outcomes[i].spec.level == "row" and outcomes[i].unexpected_count and outcomes[i].error is None:
                    self._complete(i, outcomes[i], frame)
        return [outcomes[i] for i in indices]

    def _in_order(self, indices: list[int], results: list[Any]) -> list[Any]:
        """GX returns results grouped by domain, not in suite order: match them by our label."""
        by_label = {r.expectation_config.meta.get("datalab_label"): r for r in results}
        missing = [self.specs[i].label for i in indices if self.specs[i].label not in by_label]
        if missing or len(by_label) != len(results):
            msg = f"GX returned no result for {missing}" if missing else "GX returned results with repeated labels"
            raise RuntimeError(msg)
        return [by_label[self.specs[i].label] for i in indices]

    def _outcome(self, spec: ExpectationSpec, result, frame) -> Outcome:
        info = result.exception_info or {}
        if info.get("raised_exception"):
            return Outcome(spec, success=False, error=str(info.get("exception_message")), element_count=len(frame))
        res = dict(result.result or {})
        listed = res.get("unexpected_index_list")
        positions = _positions(listed if listed is not None else res.get("partial_unexpected_index_list"))
        unexpected = res.get("unexpected_count")
        return Outcome(
            spec,
            success=bool(result.success),
            element_count=int(res.get("element_count") or len(frame)),
            unexpected_count=int(unexpected) if unexpected is not None else (0 if result.success else len(frame)),
            positions=positions,
            observed=res.get("observed_value"),
            result=res,
        )

    def _complete(self, i: int, outcome: Outcome, frame) -> None:
        found = outcome.positions
        rest = frame
        while len(found) < outcome.unexpected_count:
            rest = rest[~rest[ROW].isin(found)]
            again = self._outcome(self.specs[i], self._in_order([i], self.run(rest, [i]))[0], rest)
            if again.error is not None or len(again.positions) == 0:
                break
            found = np.union1d(found, again.positions)
            log.debug(
                "%s: GX listed %d of %d unexpected rows; re-ran on the rest",
                outcome.spec.label, len(found), outcome.unexpected_count,
            )
        outcome.positions = found


def _positions(index_list: Any) -> np.ndarray:
    """Row positions from GX's unexpected_index_list (dicts carrying ROW and the id)."""
    if not index_list:
        return np.zeros(0, np.int64)
    if isinstance(index_list, dict):  # the exclude_unexpected_values form: {column: [values]}
        return np.asarray(index_list[ROW], dtype=np.int64)
    if isinstance(index_list[0], dict):
        return np.fromiter((int(item[ROW]) for item in index_list), dtype=np.int64, count=len(index_list))
    return np.asarray(index_list, dtype=np.int64)
