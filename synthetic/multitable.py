"""Multi-table synthesis with SDV's HMA synthesizer, for specs that declare `related_tables`.

The table flowing through the pipeline is the table `main`; related tables are read whole and
point at it (or at each other) through foreign keys. Child rows of parents held out for the
privacy check are left out of fitting too. The synthetic main rows continue down the pipeline;
the synthetic related tables are written beside the shards (`synthetic/<table>/`), with their
foreign keys pointing at the synthetic main rows' fresh ids.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from datalab.errors import StageFailed
from synthetic import metadata as md
from synthetic import synthesizer as synth

if TYPE_CHECKING:
    import pandas as pd

    from schemas.steps.synthesise import SynthesiseStep


def _require(step: SynthesiseStep) -> None:
    if not step.primary_key:
        msg = "synthesise: `related_tables` need the main table's `primary_key` (the column children point at)"
        raise StageFailed(msg)
    if step.balance or step.constraints:
        msg = "synthesise: `balance` and `constraints` are single-table options; drop them or `related_tables`"
        raise StageFailed(msg)


def build_metadata(main: pd.DataFrame, tables: dict[str, pd.DataFrame], step: SynthesiseStep) -> Any:
    from sdv.metadata import Metadata

    frames = {md.MAIN_TABLE: main, **tables}
    metadata = Metadata.detect_from_dataframes(frames, infer_keys=None)
    md.apply_overrides(metadata, md.MAIN_TABLE, step.column_types, main)
    metadata.update_column(step.primary_key, table_name=md.MAIN_TABLE, sdtype="id")
    metadata.set_primary_key(step.primary_key, table_name=md.MAIN_TABLE)
    keys = {md.MAIN_TABLE: step.primary_key}
    for related in step.related_tables:
        md.apply_overrides(metadata, related.name, related.column_types, tables[related.name])
        if related.primary_key:
            metadata.update_column(related.primary_key, table_name=related.name, sdtype="id")
            metadata.set_primary_key(related.primary_key, table_name=related.name)
            keys[related.name] = related.primary_key
    for related in step.related_tables:
        for fk in related.foreign_keys:
            parent_key = fk.parent_column or keys.get(fk.parent_table)
            if parent_key is None:
                msg = f"synthesise: related table {related.name!r} points at {fk.parent_table!r}, which has no primary key"
                raise StageFailed(msg)
            metadata.update_column(fk.column, table_name=related.name, sdtype="id")
            metadata.add_relationship(
                parent_table_name=fk.parent_table,
                child_table_name=related.name,
                parent_primary_key=parent_key,
                child_foreign_key=fk.column,
            )
    metadata.validate()
    return metadata


def fit_sample_related(
    train: pd.DataFrame,
    step: SynthesiseStep,
    related: dict[str, pa.Table],
    *,
    real_rows: int,
    model_blob: bytes | None,
) -> tuple[Any, pd.DataFrame, dict[str, Any], bytes, dict[str, pa.Table], dict[str, float]]:
    """(metadata, synthetic main rows, sampling info, model bytes, synthetic related tables, timings)."""
    _require(step)
    timings: dict[str, float] = {}
    frames = {name: table.to_pandas() for name, table in related.items()}
    kept_keys = set(train[step.primary_key].tolist())
    for related_spec in step.related_tables:
        for fk in related_spec.foreign_keys:
            if fk.parent_table == md.MAIN_TABLE:
                frame = frames[related_spec.name]
                frames[related_spec.name] = frame[frame[fk.column].isin(kept_keys)].reset_index(drop=True)
    t0 = time.perf_counter()
    if model_blob is not None:
        model = synth.loads(model_blob)
        metadata = model.get_metadata()
        blob = model_blob
    else:
        from sdv.multi_table import HMASynthesizer

        metadata = build_metadata(train, frames, step)
        model = HMASynthesizer(metadata, verbose=False)
        synth.fit(model, {md.MAIN_TABLE: train, **frames}, step.seed)
        blob = synth.dumps(model)
    timings["fit_seconds"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    synth.reseed(model, step.seed)
    wanted = step.rows if step.rows is not None else max(1, round((step.ratio or 1.0) * real_rows))
    sampled = model.sample(num_rows=wanted, main_table_name=md.MAIN_TABLE)
    timings["sample_seconds"] = time.perf_counter() - t0
    main = sampled[md.MAIN_TABLE].reset_index(drop=True)
    out: dict[str, pa.Table] = {}
    for name, frame in sampled.items():
        if name == md.MAIN_TABLE:
            continue
        schema = related[name].schema
        columns = md.from_pandas(frame, schema, len(frame))
        out[name] = pa.table({f.name: columns.get(f.name, pa.nulls(len(frame), f.type)) for f in schema})
    return metadata, main, {"rows": len(main), "related_rows": {k: t.num_rows for k, t in out.items()}}, blob, out, timings


def remap_keys(main_keys: list[Any], fresh: pa.Array, related: dict[str, pa.Table], step: SynthesiseStep) -> dict[str, pa.Table]:
    """Point the synthetic children's foreign keys at the fresh ids the synthetic main rows got."""
    import pyarrow.compute as pc

    mapping_from = pa.array(main_keys)
    out = dict(related)
    for related_spec in step.related_tables:
        for fk in related_spec.foreign_keys:
            if fk.parent_table != md.MAIN_TABLE or related_spec.name not in out:
                continue
            table = out[related_spec.name]
            column = table.column(fk.column)
            index = pc.index_in(column.cast(mapping_from.type, safe=False), value_set=mapping_from)
            remapped = pc.take(fresh, index).cast(table.schema.field(fk.column).type, safe=False)
            out[related_spec.name] = table.set_column(table.schema.get_field_index(fk.column), fk.column, remapped)
    return out
