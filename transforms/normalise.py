"""The `normalise` stage: clean text, or harmonise a table to a target schema.

Text: Unicode normal form, control characters, whitespace, and an optional lower-cased copy
(`_match_text`) that dedup compares. A null text cannot be normalised and goes to quarantine.
Tables: see `transforms.harmonise`.
"""

from __future__ import annotations

import unicodedata
from functools import partial

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc

from connectors.base import PROVENANCE, SOURCE
from schemas.spec import RecordSpec
from schemas.steps.normalise import NormaliseStep
from transforms.stage import BatchResult, StageContext, StageOutputs, map_batches, split

MATCH_TEXT = "_match_text"
"""Lower-cased, punctuation-free copy of the text that exact and near dedup compare."""

# Patterns match only what must change, so clean text costs a scan and no copy.
_CONTROL = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x{9f}\x{200b}\x{feff}]"
_ODD_SPACE = r"[\t\x{a0}\x{2000}-\x{200a}\x{202f}\x{205f}\x{3000}]"
_SPACE_RUN = r"[ \t\x{a0}\x{2000}-\x{200a}\x{202f}\x{205f}\x{3000}]{2,}|" + _ODD_SPACE


def unicode_normal_form(text: pa.Array, form: str) -> pa.Array:
    """`text` in Unicode normal form `form`. ASCII rows are already normal, so only the others
    are passed to CPython's C normaliser (its quick check returns at once for normal text)."""
    if isinstance(text, pa.ChunkedArray):
        text = text.combine_chunks()
    needs = pc.fill_null(pc.invert(pc.string_is_ascii(text)), False)
    rows = np.flatnonzero(needs.to_numpy(zero_copy_only=False))
    if rows.size == 0:
        return text
    values = pc.take(text, pa.array(rows)).to_pylist()
    normal = pa.array([unicodedata.normalize(form, v) for v in values], text.type)
    return pc.replace_with_mask(text, needs, normal)


def normalise_text(text: pa.Array, step: NormaliseStep) -> pa.Array:
    """The text column cleaned as `step` asks. Nulls stay null."""
    if step.unicode_form != "none":
        text = unicode_normal_form(text, step.unicode_form)
    series = pl.Series(text)
    if step.strip_control:
        series = series.str.replace_all(_CONTROL, "")
    if step.collapse_whitespace:
        series = (
            series.str.replace_all(r"\r\n?", "\n")
            .str.replace_all(_SPACE_RUN, " ")
            .str.replace_all(r" \n ?|\n ", "\n")
            .str.replace_all(r"\n{3,}", "\n\n")
            .str.strip_chars()
        )
    return series.to_arrow().cast(text.type)


def match_text(text: pa.Array) -> pa.Array:
    """Lower case, punctuation and symbols removed, whitespace collapsed: what dedup compares."""
    lowered = pc.utf8_lower(text)
    no_punct = pc.replace_substring_regex(lowered, pattern=r"[\p{P}\p{S}]+", replacement=" ")
    collapsed = pc.replace_substring_regex(no_punct, pattern=r"\s+", replacement=" ")
    return pc.utf8_trim_whitespace(collapsed)


def normalise_batch(batch: pa.RecordBatch, step: NormaliseStep, record: RecordSpec, label: str) -> BatchResult:
    """Normalise one batch. Rows whose text is null or missing go to quarantine."""
    if step.table is not None:
        from transforms.harmonise import harmonise_batch, resolve_table_schema

        carried = (record.id_field, SOURCE, PROVENANCE)
        return harmonise_batch(batch, resolve_table_schema(step.table), label, carried=carried)
    field = record.text_field
    if field is None or field not in batch.schema.names:
        reason = f"no text column {field!r}" if field else "no text field configured"
        empty = batch.slice(0, 0)
        return BatchResult(kept=empty, quarantined=_all_rejected(batch, reason, label))
    text = batch.column(field)
    if not pa.types.is_string(text.type) and not pa.types.is_large_string(text.type):
        text = pc.cast(text, pa.string())
    cleaned = normalise_text(text, step)
    columns = dict(zip(batch.schema.names, batch.columns, strict=True))
    columns[field] = cleaned
    if step.match_copy:
        columns[MATCH_TEXT] = match_text(cleaned)
    normalised = pa.RecordBatch.from_pydict(columns)
    kept, quarantined = split(normalised, pc.is_valid(cleaned), f"{field} is null", label)
    return BatchResult(kept=kept, quarantined=quarantined, stats={"null_text": quarantined.num_rows})


def _all_rejected(batch: pa.RecordBatch, reason: str, label: str) -> pa.RecordBatch:
    return split(batch, pa.array([False] * batch.num_rows), reason, label)[1]


def _make_kernel(step: NormaliseStep, record: RecordSpec, label: str):
    return partial(normalise_batch, step=step, record=record, label=label)


def build_stage(pcoll, step: NormaliseStep, ctx: StageContext) -> StageOutputs:
    return map_batches(pcoll, ctx.label, partial(_make_kernel, step, ctx.record, ctx.label))
