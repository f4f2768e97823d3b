"""One synthesis, start to finish, on an in-memory Arrow table (no Beam): choose the columns, hold
out real rows, fit (or load) the model, sample, check constraints, score quality and privacy, and
build the synthetic Arrow rows. The Beam stage (`synthetic.stage`) calls this in a single DoFn.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa

from datalab.errors import StageFailed
from synthetic import metadata as md
from synthetic import modes, privacy, quality
from synthetic import synthesizer as synth

if TYPE_CHECKING:
    from schemas.steps.synthesise import SynthesiseStep


@dataclass
class Synthesis:
    """The outcome: synthetic rows (empty when a gate failed), the report and the fitted model."""

    synthetic: pa.Table
    report: dict[str, Any]
    model: bytes | None = None
    related: dict[str, pa.Table] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return bool(self.report["gate"]["passed"])


def stratified_reference(real: Any, synthetic: Any, column: str, seed: int) -> Any:
    """Real rows drawn per category of `column` in the synthetic rows' counts."""
    import pandas as pd

    rng = np.random.default_rng(seed)
    parts = []
    for value, count in synthetic[column].value_counts(dropna=True).items():
        pool = real.index[real[column] == value].to_numpy()
        if pool.size:
            parts.append(real.loc[rng.choice(pool, size=int(count), replace=True)])
    return pd.concat(parts, ignore_index=True) if parts else real


def split_holdout(rows: int, fraction: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """(train indices, holdout indices): a seeded shuffle, at least 1 row each side when rows >= 2."""
    order = np.random.default_rng(seed).permutation(rows)
    held = int(round(rows * fraction))
    held = min(max(held, 1 if rows >= 2 else 0), max(rows - 1, 0))
    return np.sort(order[held:]), np.sort(order[:held])


def synthesise_table(
    table: pa.Table,
    step: SynthesiseStep,
    *,
    id_field: str = "id",
    text_field: str | None = "text",
    label: str = "synthesise",
    model_blob: bytes | None = None,
    related: dict[str, pa.Table] | None = None,
) -> Synthesis:
    """Fit and sample on `table` (the real rows; markers are ignored) and gate the result."""
    timings: dict[str, float] = {}
    started = time.perf_counter()
    table = table.drop_columns([c for c in (md.SYNTHETIC, md.GENERATOR) if c in table.schema.names])
    check_step_inputs(table, step)
    columns = md.learnt_columns(table.schema, step, id_field=id_field, text_field=text_field)
    frame = md.to_pandas(table, columns)
    temporal = md.temporal_columns(table.schema, columns)
    train_idx, hold_idx = split_holdout(len(frame), step.privacy.holdout_fraction, step.seed)
    train, holdout = frame.iloc[train_idx].reset_index(drop=True), frame.iloc[hold_idx].reset_index(drop=True)
    generator = synth.generator_id(step, multi_table=bool(step.related_tables))
    real_rows = table.num_rows

    if step.related_tables:
        from synthetic.multitable import fit_sample_related

        metadata, sampled, sample_info, blob, related_out, timings_mt = fit_sample_related(
            train, step, related or {}, real_rows=real_rows, model_blob=model_blob
        )
        timings.update(timings_mt)
        table_name = md.MAIN_TABLE
    else:
        related_out = {}
        t0 = time.perf_counter()
        if model_blob is not None:
            model = synth.loads(model_blob)
            metadata = model.get_metadata()
            blob = model_blob
        else:
            metadata = md.build_metadata(train, step, temporal=temporal)
            model = synth.make_synthesizer(metadata, step)
            constraints = modes.sdv_constraints(step)
            if constraints:
                model.add_constraints(constraints)
            modes.prepare_balance(model, step, train)
            synth.fit(model, train, step.seed)
            blob = synth.dumps(model)
        timings["fit_seconds"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        synth.reseed(model, step.seed)
        total = modes.requested_rows(step, real_rows)
        sampled, sample_info = modes.sample(model, step, frame, total)
        timings["sample_seconds"] = time.perf_counter() - t0
        table_name = md.MAIN_TABLE

    meta_dict = quality.metadata_dict(metadata, table_name)
    scored_columns = [c for c in columns if c in meta_dict["columns"]]
    sampled = sampled[[c for c in columns if c in sampled.columns]]
    violations = modes.constraint_violations(sampled, frame, step)
    t0 = time.perf_counter()
    reference = frame
    if step.balance is not None and len(sampled):
        # Balanced rows follow a chosen category mix, not the real one: compare them with real rows
        # drawn (seeded, with replacement) in the same mix, i.e. with the real conditional distributions.
        reference = stratified_reference(frame, sampled, step.balance, step.seed)
    quality_part = quality.quality_scores(reference[scored_columns], sampled[scored_columns], meta_dict, step.quality, seed=step.seed)
    quality_part["reference"] = "real rows resampled to the synthetic category mix" if reference is not frame else "real rows"
    timings["quality_seconds"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    privacy_part = privacy.privacy_scores(
        train=train[scored_columns],
        holdout=holdout[scored_columns],
        synthetic=sampled[scored_columns],
        metadata=meta_dict,
        gate=step.privacy,
        seed=step.seed,
    )
    timings["privacy_seconds"] = time.perf_counter() - t0
    plots = {}
    if step.report_plots:
        from synthetic.report import plot_data

        sdtypes = {name: info.get("sdtype", "categorical") for name, info in meta_dict["columns"].items()}
        plots = plot_data(frame[scored_columns], sampled[scored_columns], sdtypes, temporal=temporal)
    reasons = [*quality_part["reasons"], *privacy_part["reasons"]]
    broken = {k: v for k, v in violations.items() if v}
    if broken:
        reasons.append(f"constraints broken by synthetic rows: {broken}")
    passed = not reasons

    if related_out and step.primary_key == id_field and id_field in table.schema.names:
        from synthetic.multitable import remap_keys

        fresh = _fresh_ids(table.schema.field(id_field).type, table.column(id_field), len(sampled), label)
        related_out = remap_keys(sampled[id_field].tolist(), fresh, related_out, step)
    synthetic = build_synthetic_rows(table.schema, sampled, generator, id_field=id_field, real_ids=table.column(id_field) if id_field in table.schema.names else None, label=label)
    digest = hashlib.sha256()
    for batch in synthetic.to_batches():
        for column in batch.columns:
            for buffer in column.buffers():
                if buffer is not None:
                    digest.update(buffer)
    timings["total_seconds"] = time.perf_counter() - started
    report = {
        "step": label,
        "generator": generator,
        "synthesizer": "hma" if step.related_tables else step.synthesizer,
        "sdv_version": synth.sdv_version(),
        "seed": step.seed,
        "model_hash": synth.model_hash(blob),
        "model_reused": model_blob is not None,
        "synthetic_sha256": "sha256:" + digest.hexdigest(),
        "rows": {
            "real": real_rows,
            "train": len(train),
            "holdout": len(holdout),
            "synthetic_sampled": len(sampled),
            "synthetic_published": len(sampled) if passed else 0,
        },
        "columns": columns,
        "temporal_columns": temporal,
        "not_learnt": [c for c in table.schema.names if c not in columns],
        "metadata": meta_dict,
        "sampling": sample_info,
        "constraints": violations,
        "quality": quality_part,
        "privacy": privacy_part,
        "gate": {"passed": passed, "reasons": reasons, "on_failure": step.on_gate_failure},
        "timings": {k: round(v, 3) for k, v in timings.items()},
        "related_tables": {name: t.num_rows for name, t in related_out.items()},
        "plots": plots,
    }
    return Synthesis(
        synthetic=synthetic if passed else synthetic.slice(0, 0),
        report=report,
        model=blob,
        related=related_out if passed else {},
    )


def build_synthetic_rows(
    schema: pa.Schema,
    sampled: Any,
    generator: str,
    *,
    id_field: str,
    real_ids: pa.ChunkedArray | None,
    label: str,
) -> pa.Table:
    """Synthetic rows in the real table's schema plus `_synthetic`/`_generator`: learnt columns
    from the model, fresh ids, a `source` naming the generator, null elsewhere."""
    rows = len(sampled)
    learnt = md.from_pandas(sampled, schema, rows)
    arrays = []
    for field_ in schema:
        name = field_.name
        if name == id_field:
            # Fresh ids even when the model learnt the key: synthetic ids must not collide with real ones.
            arrays.append(_fresh_ids(field_.type, real_ids, rows, label))
        elif name in learnt:
            arrays.append(learnt[name])
        elif name == "source" and pa.types.is_string(field_.type):
            arrays.append(pa.array([f"synthetic:{label}#{i}" for i in range(rows)], pa.string()))
        else:
            arrays.append(pa.nulls(rows, field_.type))
    table = pa.Table.from_arrays(arrays, schema=pa.schema([f.with_nullable(True) for f in schema]))
    return md.add_markers(table, synthetic=True, generator=generator)


def _fresh_ids(kind: pa.DataType, real_ids: pa.ChunkedArray | None, rows: int, label: str) -> pa.Array:
    if pa.types.is_integer(kind):
        import pyarrow.compute as pc

        top = pc.max(real_ids).as_py() if real_ids is not None and len(real_ids) else 0
        return pa.array(np.arange(rows, dtype=np.int64) + (top or 0) + 1).cast(kind)
    return pa.array([f"{label}-synthetic-{i:09d}" for i in range(rows)], pa.string()).cast(kind)


def refuse_on(report: dict[str, Any]) -> str:
    """The sentence saying why the synthetic rows were not published, and where to look."""
    reasons = report["gate"]["reasons"]
    where = (
        f"the scores and plots are in reports/{report['step']}/synthetic_report.html"
        if report["gate"].get("on_failure") == "publish_real"
        else "set `on_gate_failure: publish_real` (CLI: --publish-real-on-failure) to commit the real "
        "rows with the full report (scores and plots) instead of failing"
    )
    return f"step {report['step']!r}: the synthetic rows were not published because " + "; ".join(reasons) + f". {where}."


def check_step_inputs(table: pa.Table, step: SynthesiseStep) -> None:
    if table.num_rows < 10:
        msg = f"synthesise needs at least 10 real rows to learn from; the input has {table.num_rows}"
        raise StageFailed(msg)
