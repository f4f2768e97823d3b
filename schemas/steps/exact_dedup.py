"""Options of the `exact_dedup` stage."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from schemas.steps.base import StepBase


class ExactDedupStep(StepBase):
    """Remove rows whose (normalised) text is identical to another row's, across the whole input."""

    stage: Literal["exact_dedup"] = "exact_dedup"
    field: str | None = Field(
        default=None,
        description="Column compared. Default: `_match_text` when normalise made one, else the text field.",
    )
    partitions: int = Field(
        default=256,
        ge=1,
        le=65536,
        description="Hash partitions of the shuffle that decides which copy stays. It carries about "
        "60 bytes per document (hash, id, row address), never the text, so a partition holds "
        "documents/partitions of those: 256 keeps them near 1 GB up to ~5 billion documents; "
        "raise it beyond (4096 for 100 TB of 2 kB documents).",
    )
