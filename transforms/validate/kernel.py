"""The row and batch part of the `validate` stage: one Arrow batch in, passed and quarantined out.

GX decides: each row-level expectation's unexpected_index_list (COMPLETE, with the row position
and the id) names the failing rows, completed by re-running GX on the remaining rows whenever a
list comes back shorter than its unexpected_count. A failing batch-level expectation (column
missing, wrong column type) or an expectation GX could not evaluate holds back the whole batch.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import numpy as np
import pyarrow as pa

from schemas.spec import RecordSpec
from schemas.steps.validate import ValidateStep
from schemas.suites import ExpectationSpec, Policy
from transforms.stage import REASON, STAGE, BatchResult
from transforms.validate.engine import GxEngine, Outcome

EXPECTATIONS = "_expectations"
"""Column of quarantined rows: the labels of the expectations the row failed."""
OBSERVED = "_observed"
"""Column of quarantined rows: the failing values, per expectation (null for personal columns).
`_reason` names the expectations and the observed types only, so it stays a category the run
report can count."""
MAX_VALUE_CHARS = 60


def type_name(t: pa.DataType) -> str:
    """The observed type as a steward reads it (the GX `type_` name where there is one)."""
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return "str"
    if pa.types.is_integer(t):
        return "int"
    if pa.types.is_floating(t):
        return "float"
    if pa.types.is_boolean(t):
        return "bool"
    if pa.types.is_dictionary(t):
        return type_name(t.value_type)
    return str(t)


class ValidateKernel:
    """Built once per worker: resolves the suite and the GX context; then called per batch."""

    def __init__(self, step: ValidateStep, record: RecordSpec, label: str) -> None:
        self.label = label
        suite = step.resolved_suite(id_field=record.id_field, text_field=record.text_field)
        self.suite = suite
        self.expectations: list[ExpectationSpec] = suite.all_expectations()
        self.policies: list[Policy] = [step.policy_of(e) for e in self.expectations]
        self.personal = suite.personal()
        self.engine = GxEngine(self.expectations, id_field=record.id_field, suite=suite)
        self.batch_indices = [i for i, e in enumerate(self.expectations) if e.level in ("row", "batch")]

    def __call__(self, batch: pa.RecordBatch | pa.Table) -> BatchResult:
        if isinstance(batch, pa.Table):
            table = batch.combine_chunks()
            batch = table.to_batches()[0] if table.num_rows else pa.RecordBatch.from_pylist([], schema=table.schema)
        outcomes = self.engine.evaluate(batch, self.batch_indices)
        n = batch.num_rows
        reasons: dict[int, list[str]] = defaultdict(list)
        failed: dict[int, list[str]] = defaultdict(list)
        observed: dict[int, list[str]] = defaultdict(list)
        whole: list[tuple[str, str]] = []
        stats_exp: dict[str, Any] = {}
        fail_rows = 0
        for i, outcome in zip(self.batch_indices, outcomes, strict=True):
            spec, policy = outcome.spec, self.policies[i]
            rows_failing = self._rows_failing(outcome, n)
            stats_exp[spec.label] = _stat(outcome, policy, rows_failing, n)
            if outcome.skipped:
                continue
            if not outcome.success and policy == "fail":
                fail_rows += rows_failing
            row_wise = spec.level == "row" and outcome.error is None and len(outcome.positions) > 0
            if policy == "warn" or (outcome.success and not row_wise):
                continue
            if not row_wise:
                whole.append((spec.label, self._batch_reason(outcome)))
                continue
            # Listed rows are held back even when `mostly` lets the expectation pass overall.
            kinds, shown = self._describe(batch, spec, outcome.positions)
            for pos, text, value in zip(outcome.positions.tolist(), kinds, shown, strict=True):
                reasons[pos].append(f"{spec.label}: {text}")
                failed[pos].append(spec.label)
                if value is not None:
                    observed[pos].append(f"{spec.label}: {value}")
        mask = np.zeros(n, dtype=bool)
        if reasons:
            mask[np.fromiter(reasons.keys(), dtype=np.int64, count=len(reasons))] = True
        if whole:  # the whole batch is held back: one shared reason, row reasons in front
            mask[:] = True
        stats: dict[str, Any] = {
            "rows_validated": n,
            "rows_passed": int(n - mask.sum()),
            "rows_quarantined": int(mask.sum()),
            "gx_validations": 1,
            "expectations": stats_exp,
        }
        if fail_rows:
            stats["fail_policy_rows"] = fail_rows
        if not mask.any():
            return BatchResult(kept=batch, stats=stats)
        # Reasons are built for the held-back rows only (a few among a million, usually).
        held = np.flatnonzero(mask)
        whole_text = "; ".join(f"{label}: {text}" for label, text in whole)
        whole_labels = [label for label, _ in whole]
        reason_col: list[str] = []
        labels_col: list[list[str]] = []
        observed_col: list[str | None] = []
        for pos in held.tolist():
            observed_col.append("; ".join(observed[pos]) if pos in observed else None)
            texts = reasons.get(pos, [])
            reason_col.append("; ".join([*texts, whole_text] if whole else texts))
            labels_col.append(failed.get(pos, []) + whole_labels)
        rows = batch.take(pa.array(held))
        rows = rows.drop_columns([c for c in (REASON, STAGE, EXPECTATIONS, OBSERVED) if c in rows.schema.names])
        quarantined = pa.RecordBatch.from_arrays(
            [
                *rows.columns,
                pa.array(reason_col, pa.string()),
                pa.array([self.label] * len(held), pa.string()),
                pa.array(labels_col, pa.list_(pa.string())),
                pa.array(observed_col, pa.string()),
            ],
            names=[*rows.schema.names, REASON, STAGE, EXPECTATIONS, OBSERVED],
        )
        return BatchResult(kept=batch.filter(pa.array(~mask)), quarantined=quarantined, stats=stats)

    @staticmethod
    def _rows_failing(outcome: Outcome, n: int) -> int:
        if outcome.skipped:
            return 0
        if outcome.spec.level == "row" and outcome.error is None and len(outcome.positions):
            return len(outcome.positions)
        return 0 if outcome.success else n

    def _batch_reason(self, outcome: Outcome) -> str:
        if outcome.error is not None and outcome.error.endswith(" missing"):
            return outcome.error
        if outcome.error is not None:
            return f"GX could not evaluate it ({outcome.error.splitlines()[0][:200]})"
        if outcome.spec.type == "expect_column_to_exist":
            return "column missing"
        observed = outcome.observed
        return f"observed {observed}" if observed is not None else "failed for the batch"

    def _describe(
        self, batch: pa.RecordBatch, spec: ExpectationSpec, positions: np.ndarray
    ) -> tuple[list[str], list[str | None]]:
        """For each failing row: 'observed <type>' (for `_reason`) and the value (for `_observed`,
        None where a column is personal, so the value never leaves the row's own columns)."""
        columns = [c for c in spec.columns if c in batch.schema.names]
        if not columns:
            return ["failed"] * len(positions), [None] * len(positions)
        take = pa.array(positions)
        kinds: list[list[str]] = []
        shown: list[list[str | None]] = []
        for column in columns:
            values = batch.column(column).take(take)
            tname = type_name(values.type)
            prefix = f"{column}=" if len(columns) > 1 else ""
            nulls = values.is_null().to_numpy(zero_copy_only=False)
            kinds.append([f"{prefix}null" if z else f"{prefix}{tname}" for z in nulls])
            if column in self.personal:
                shown.append([None] * len(positions))
            else:
                shown.append([None if v is None else f"{prefix}{_short(v)}" for v in values.to_pylist()])
        reasons = ["observed " + ", ".join(row) for row in zip(*kinds, strict=True)]
        values_out = [
            ", ".join(v for v in row if v is not None) or None for row in zip(*shown, strict=True)
        ]
        return reasons, values_out


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


def _stat(outcome: Outcome, policy: Policy, rows_failing: int, n: int) -> dict[str, Any]:
    spec = outcome.spec
    stat: dict[str, Any] = {
        "type": spec.type,
        "level": spec.level,
        "policy": policy,
        "batches": 1,
        "failed_batches": int(not outcome.success and not outcome.skipped),
        "skipped_batches": int(bool(outcome.skipped)),
        "rows_evaluated": 0 if outcome.skipped else n,
        "rows_unexpected": rows_failing,
    }
    if outcome.error is not None:
        stat["errors"] = [outcome.error.splitlines()[0][:300]]
    if spec.level == "batch" and not outcome.success and outcome.observed is not None:
        stat["observed"] = [str(outcome.observed)]
    return stat


def make_kernel(step: ValidateStep, record: RecordSpec, label: str) -> ValidateKernel:
    return ValidateKernel(step, record, label)
