"""Options of the `normalise` stage: text clean-up, and harmonising tables to a target schema."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.steps.base import StepBase

ColumnType = Literal[
    "string", "int64", "float64", "bool", "date", "timestamp", "country", "currency"
]


class ColumnRule(BaseModel):
    """How one column of the target schema is made from the source columns."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(description="Column name in the target schema.")
    type: ColumnType = Field(
        default="string",
        description="Target type. `country` gives ISO 3166-1 alpha-2 codes from codes or English "
        "names; `currency` gives ISO 4217 codes.",
    )
    source: list[str] = Field(
        default_factory=list,
        description="Source column names to take the value from, first present wins; defaults to `name`.",
    )
    formats: list[str] = Field(
        default_factory=list,
        description="strftime formats tried in order for `date`/`timestamp` (ISO 8601 when empty).",
    )
    unit: str | None = Field(default=None, description="Unit the source values are in (e.g. `lb`).")
    to_unit: str | None = Field(default=None, description="Unit to convert to (e.g. `kg`).")
    required: bool = Field(
        default=False, description="A null after casting sends the row to quarantine."
    )


class TableSchema(BaseModel):
    """A target Arrow schema that several sources are harmonised into."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(description="Schema name, recorded in the manifest.")
    version: str = Field(default="1", description="Schema version, recorded in the manifest.")
    columns: list[ColumnRule] = Field(min_length=1, description="Target columns, in order.")
    keep_other_columns: bool = Field(
        default=False,
        description="Keep source columns the schema does not name (after the target columns).",
    )


class NormaliseStep(StepBase):
    """Text: Unicode form, whitespace, control characters, optional matching copy.
    Tables: rename, cast, parse dates, ISO codes and units, with rows that fail going to quarantine."""

    stage: Literal["normalise"] = "normalise"
    unicode_form: Literal["NFC", "NFKC", "none"] = Field(
        default="NFC", description="Unicode normal form applied to the text."
    )
    collapse_whitespace: bool = Field(
        default=True, description="Turn runs of spaces and tabs into one space and trim each line."
    )
    strip_control: bool = Field(
        default=True,
        description="Remove control characters other than newline and tab.",
    )
    match_copy: bool = Field(
        default=False,
        description="Add a `_match_text` column, lower-cased with punctuation removed, that exact "
        "and near dedup compare instead of the text (the text itself is kept as is).",
    )
    table: TableSchema | str | None = Field(
        default=None,
        description="Harmonise to this target schema: inline, the name of a schema shipped in "
        "`schemas/tables/`, or a path to a YAML file.",
    )
