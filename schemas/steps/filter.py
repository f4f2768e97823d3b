"""Options of the `filter` stage: drop rows that are too short, incomplete or of low quality."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from schemas.steps.base import StepBase

# The quality heuristics a user switches on by name, with the direction of their threshold.
HEURISTICS: dict[str, str] = {
    "min_alpha_ratio": "share of letters among non-space characters is at least this (0-1)",
    "max_digit_ratio": "share of digits among non-space characters is at most this (0-1)",
    "max_symbol_ratio": "share of characters that are neither letters, digits, space nor common "
    "punctuation is at most this (0-1)",
    "min_mean_word_length": "mean word length in characters is at least this",
    "max_mean_word_length": "mean word length in characters is at most this",
    "max_duplicate_line_ratio": "share of lines that repeat an earlier line is at most this (0-1)",
    "max_uppercase_ratio": "share of upper-case letters among letters is at most this (0-1)",
}


class FilterStep(StepBase):
    """Keep rows that meet every condition; each dropped row is quarantined with the first reason."""

    stage: Literal["filter"] = "filter"
    min_chars: int | None = Field(default=1, ge=0, description="Minimum text length in characters.")
    max_chars: int | None = Field(default=None, ge=1, description="Maximum text length in characters.")
    min_words: int | None = Field(default=None, ge=0, description="Minimum number of words.")
    max_words: int | None = Field(default=None, ge=1, description="Maximum number of words.")
    required_fields: list[str] = Field(
        default_factory=list, description="Columns that must be present and non-null."
    )
    heuristics: dict[str, float] = Field(
        default_factory=dict,
        description="Quality heuristics by name with their threshold: "
        + "; ".join(f"`{k}`: {v}" for k, v in HEURISTICS.items()),
    )
    action: Literal["quarantine", "remove"] = Field(
        default="quarantine",
        description="Where filtered rows go: `quarantine/` (to be reviewed) or `removed/`.",
    )

    @model_validator(mode="after")
    def _known_heuristics(self) -> FilterStep:
        unknown = sorted(set(self.heuristics) - set(HEURISTICS))
        if unknown:
            msg = f"unknown heuristic(s) {unknown}; available: {sorted(HEURISTICS)}"
            raise ValueError(msg)
        return self
