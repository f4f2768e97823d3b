"""The part every step of a spec shares: which stage it runs and the label it reports under."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class StepBase(BaseModel):
    """Options common to all stages. Each stage's model adds its own, all with working defaults."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str | None = Field(
        default=None,
        description="Label of this step in reports and in Beam's UI. Defaults to the stage name; "
        "give one when a stage appears twice.",
    )
