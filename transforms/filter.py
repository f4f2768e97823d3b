"""The `filter` stage: keep rows that meet length, completeness and quality conditions.

Each condition is scored for the whole batch at once (pyarrow kernels) and a dropped row is
sent on with the first condition it failed, so a steward can see why and re-tune a threshold.
"""

from __future__ import annotations

from functools import partial

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from schemas.spec import RecordSpec
from schemas.steps.filter import FilterStep
from transforms.stage import BatchResult, StageContext, StageOutputs, map_batches, split


def _count(text: pa.Array, pattern: str) -> np.ndarray:
    return pc.count_substring_regex(text, pattern=pattern).to_numpy(zero_copy_only=False).astype(float)


def _ratio(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(denominator > 0, numerator / np.maximum(denominator, 1), 0.0)


def heuristic_scores(text: pa.Array, wanted: set[str]) -> dict[str, np.ndarray]:
    """The quality scores named in `wanted`, for every row; scores stay apart from thresholds."""
    text = pc.fill_null(text, "")
    visible = _count(text, r"\S")
    scores: dict[str, np.ndarray] = {}
    if "alpha_ratio" in wanted:
        scores["alpha_ratio"] = _ratio(_count(text, r"\pL"), visible)
    if "digit_ratio" in wanted:
        scores["digit_ratio"] = _ratio(_count(text, r"\pN"), visible)
    if "symbol_ratio" in wanted:
        scores["symbol_ratio"] = _ratio(_count(text, r"[^\pL\pN\s.,;:!?'\"()\-]"), visible)
    if "mean_word_length" in wanted:
        scores["mean_word_length"] = _ratio(visible, _count(text, r"\S+"))
    if "duplicate_line_ratio" in wanted:
        scores["duplicate_line_ratio"] = np.array([_duplicate_line_share(t) for t in text.to_pylist()], dtype=float)
    if "uppercase_ratio" in wanted:
        scores["uppercase_ratio"] = _ratio(_count(text, r"\p{Lu}"), _count(text, r"\pL"))
    return scores


def _duplicate_line_share(text: str) -> float:
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return 0.0
    return 1.0 - len(set(lines)) / len(lines)


_THRESHOLDS = {  # heuristic name -> (score, keeps when score >= threshold?)
    "min_alpha_ratio": ("alpha_ratio", True),
    "max_digit_ratio": ("digit_ratio", False),
    "max_symbol_ratio": ("symbol_ratio", False),
    "min_mean_word_length": ("mean_word_length", True),
    "max_mean_word_length": ("mean_word_length", False),
    "max_duplicate_line_ratio": ("duplicate_line_ratio", False),
    "max_uppercase_ratio": ("uppercase_ratio", False),
}


def filter_batch(batch: pa.RecordBatch, step: FilterStep, record: RecordSpec, label: str) -> BatchResult:
    """Split `batch` into kept rows and dropped rows with the first failed condition as reason."""
    n = batch.num_rows
    failed: list[tuple[np.ndarray, str]] = []
    for column in step.required_fields:
        if column not in batch.schema.names:
            failed.append((np.ones(n, bool), f"required field {column!r} is missing"))
        else:
            failed.append((~pc.is_valid(batch.column(column)).to_numpy(zero_copy_only=False), f"{column} is null"))
    text_field = record.text_field
    if text_field and text_field in batch.schema.names:
        text = pc.fill_null(batch.column(text_field), "")
        chars = pc.utf8_length(text).to_numpy(zero_copy_only=False)
        words = _count(text, r"\S+")
        bounds = [
            (step.min_chars, chars, True, "chars"), (step.max_chars, chars, False, "chars"),
            (step.min_words, words, True, "words"), (step.max_words, words, False, "words"),
        ]
        for limit, values, is_min, unit in bounds:
            if limit is not None:
                bad = values < limit if is_min else values > limit
                failed.append((bad, f"{'fewer' if is_min else 'more'} than {limit} {unit}"))
        if step.heuristics:
            scores = heuristic_scores(text, {_THRESHOLDS[name][0] for name in step.heuristics})
            for name, threshold in step.heuristics.items():
                score_name, keep_high = _THRESHOLDS[name]
                score = scores[score_name]
                bad = score < threshold if keep_high else score > threshold
                failed.append((bad, f"{name} {threshold} failed"))
    reasons = np.full(n, None, dtype=object)
    for bad, reason in failed:
        reasons[bad & (reasons == None)] = reason  # noqa: E711 - elementwise None test
    keep = pa.array(reasons == None)  # noqa: E711
    kept, dropped = split(batch, keep, pa.array(reasons, pa.string()), label)
    if step.action == "remove":
        return BatchResult(kept=kept, removed=dropped)
    return BatchResult(kept=kept, quarantined=dropped)


def _make_kernel(step: FilterStep, record: RecordSpec, label: str):
    return partial(filter_batch, step=step, record=record, label=label)


def build_stage(pcoll, step: FilterStep, ctx: StageContext) -> StageOutputs:
    return map_batches(pcoll, ctx.label, partial(_make_kernel, step, ctx.record, ctx.label))
