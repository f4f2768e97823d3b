"""The `normalise` stage: clean text, or harmonise a table to a target schema.

Text: Unicode normal form, control characters, whitespace, and an optional lower-cased copy
(`_match_text`) that dedup compares. A null text cannot be normalised and goes to quarantine.
Tables: see `transforms.harmonise`.
"""

from __future__ import annotations

from functools import partial

import polars as pl
import pyarrow as pa
import pyarrow.compute as pc

from schemas.spec import RecordSpec
from schemas.steps.normalise import NormaliseStep
from transforms.stage import BatchResult, StageContext, StageOutputs, map_batches, split

MATCH_TEXT = "_match_text"
"""Lower-cased, punctuation-free copy of the text that exact and near dedup compare."""

# RE2 syntax (what pyarrow's regex kernels use): \x{...} for code points.
_CONTROL = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x{9f}\x{200b}\x{feff}]"
_HORIZONTAL_SPACE = r"[ \t\x{a0}\x{2000}-\x{200a}\x{202f}\x{205f}\x{3000}]+"


def normalise_text(text: pa.Array, step: NormaliseStep) -> pa.Array:
    """The text column cleaned as `step` asks. Nulls stay null."""
    if step.unicode_form != "none":
        # polars, not pc.utf8_normalize: pyarrow 25's NFC leaves "e\u0301" decomposed.
        text = pl.Series(text).str.normalize(step.unicode_form).to_arrow().cast(text.type)
    if step.strip_control:
        text = pc.replace_substring_regex(text, pattern=_CONTROL, replacement="")
    if step.collapse_whitespace:
        text = pc.replace_substring_regex(text, pattern="\r\n?", replacement="\n")
        text = pc.replace_substring_regex(text, pattern=_HORIZONTAL_SPACE, replacement=" ")
        text = pc.replace_substring_regex(text, pattern=r" ?\n ?", replacement="\n")
        text = pc.replace_substring_regex(text, pattern=r"\n{3,}", replacement="\n\n")
        text = pc.utf8_trim_whitespace(text)
    return text


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

        return harmonise_batch(batch, resolve_table_schema(step.table), label)
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
