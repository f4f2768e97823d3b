"""Options of the `near_dedup` stage (MinHash LSH near-duplicate removal)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from schemas.steps.base import StepBase


class NearDedupStep(StepBase):
    """Remove documents whose shingle sets are at least `threshold` similar (Jaccard) to another
    document's, keeping one per cluster; optionally against earlier releases too."""

    stage: Literal["near_dedup"] = "near_dedup"
    threshold: float = Field(
        default=0.8, gt=0.0, lt=1.0,
        description="Jaccard similarity of shingle sets at or above which two documents are duplicates.",
    )
    shingle: Literal["word", "char"] = Field(
        default="word",
        description="Shingle unit: `word` (lower-cased, punctuation removed, whitespace split) or "
        "`char` (lower-cased characters, whitespace collapsed).",
    )
    ngram: int = Field(default=5, ge=1, le=64, description="Units per shingle (word or character n-grams).")
    num_perm: int = Field(
        default=128, ge=16, le=1024,
        description="MinHash permutations. More gives sharper LSH and better signature estimates, "
        "at proportional cost.",
    )
    seed: int = Field(
        default=1, ge=0, lt=2**32,
        description="Seed of the permutations (datasketch's). Runs compared with --against must use the same.",
    )
    bands: int | None = Field(
        default=None, ge=1,
        description="LSH bands. Default: chosen with `rows` by datasketch's optimal_param for "
        "`threshold - candidate_margin` and the two weights below.",
    )
    rows: int | None = Field(default=None, ge=1, description="Rows (signature values) per band; see `bands`.")
    candidate_margin: float = Field(
        default=0.1, ge=0.0, lt=1.0,
        description="Bands/rows are tuned for `threshold - candidate_margin`, so pairs just above the "
        "threshold are nearly always candidates (then verified). Ignored with verify: none.",
    )
    false_positive_weight: float = Field(
        default=0.1, ge=0.0, le=1.0,
        description="Weight of LSH false positives when choosing bands/rows. Candidates are verified, "
        "so a false positive only costs a check: the default favours recall.",
    )
    false_negative_weight: float = Field(
        default=0.9, ge=0.0, le=1.0, description="Weight of LSH false negatives (missed duplicates)."
    )
    verify: Literal["exact", "signature", "none"] = Field(
        default="exact",
        description="How a candidate pair is confirmed: `exact` Jaccard of the shingle sets, the "
        "`signature` estimate, or `none` (every LSH candidate is a duplicate). Against earlier "
        "releases the signature estimate is used (their shingles are not stored).",
    )
    field: str | None = Field(
        default=None,
        description="Column compared. Default: the record's text field (use `_match_text` to compare "
        "normalise's matching copy).",
    )
    keep: Literal["first", "longest", "newest", "highest"] = Field(
        default="first",
        description="Which document of a cluster stays: `first` (smallest id), `longest` (most "
        "characters), `newest` or `highest` (largest value of `keep_column`); ties go to the smallest id.",
    )
    keep_column: str | None = Field(
        default=None, description="Numeric, date or timestamp column used by keep: newest / highest."
    )
    against: list[str] = Field(
        default_factory=list,
        description="Folders (or URLs) of earlier releases written by Datalab with a near-dedup "
        "index; new documents similar to theirs are removed, theirs are never touched.",
    )
    write_index: bool = Field(
        default=True,
        description="Write `near_dedup_index/` (id and signature of every kept document) so later "
        "releases can be deduplicated against this one.",
    )
    partitions: int = Field(
        default=64, ge=1, le=65536,
        description="Hash partitions of the band-key shuffle; raise for inputs over ~100 GB per worker.",
    )
    component_rounds: int = Field(
        default=0, ge=0, le=32,
        description="Connected components: 0 gathers the verified edges on one worker (fastest up to "
        "hundreds of millions of duplicate pairs); N > 0 runs N rounds of min-label propagation "
        "over document partitions first, so one worker only resolves the edges still unsettled "
        "(use 3-4 at corpus scale).",
    )
    max_bucket: int = Field(
        default=64, ge=2, le=100000,
        description="Within one LSH bucket every document is compared with at most this many others "
        "(the first by reference), bounding the pairs a boilerplate bucket produces.",
    )

    @model_validator(mode="after")
    def _check(self) -> NearDedupStep:
        if (self.bands is None) != (self.rows is None):
            msg = "near_dedup: give both `bands` and `rows`, or neither (then they are derived from the threshold)."
            raise ValueError(msg)
        if self.bands is not None and self.rows is not None and self.bands * self.rows > self.num_perm:
            msg = f"near_dedup: bands*rows = {self.bands * self.rows} exceeds num_perm = {self.num_perm}; raise num_perm or lower them."
            raise ValueError(msg)
        if self.keep in ("newest", "highest") and not self.keep_column:
            msg = f"near_dedup: keep: {self.keep} needs `keep_column` (the date or score column to compare)."
            raise ValueError(msg)
        return self
