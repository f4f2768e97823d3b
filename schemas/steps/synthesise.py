"""Options of the `synthesise` stage: add SDV synthetic rows, gated on quality and privacy."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from schemas.steps.base import StepBase

SYNTHESIZERS = ("gaussian_copula", "ctgan", "tvae")
SDTYPES = ("numerical", "categorical", "boolean", "datetime", "id")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ColumnOverride(_Model):
    """How SDV should treat one column, replacing what it detected from the data."""

    sdtype: Literal["numerical", "categorical", "boolean", "datetime", "id"] = Field(
        description="SDV semantic type. `id` columns are regenerated, not learnt.",
    )
    datetime_format: str | None = Field(
        default=None, description="strftime format of a `datetime` column stored as text."
    )
    computer_representation: Literal["Float", "Int64", "Int32", "Int16", "Int8"] | None = Field(
        default=None, description="Storage type of a `numerical` column (SDV's `computer_representation`)."
    )


class RangeConstraint(_Model):
    """`column` stays within fixed bounds, or between two other columns (SDV `Range`)."""

    kind: Literal["range"] = "range"
    column: str = Field(description="The constrained column (numerical or datetime).")
    min: float | None = Field(
        default=None,
        description="Fixed lower bound (inclusive unless `strict`). Date columns are compared in days "
        "since 1970-01-01, timestamp columns in seconds since 1970-01-01 UTC.",
    )
    max: float | None = Field(
        default=None, description="Fixed upper bound (inclusive unless `strict`); same units as `min`."
    )
    low_column: str | None = Field(default=None, description="Column holding the lower bound, per row.")
    high_column: str | None = Field(default=None, description="Column holding the upper bound, per row.")
    strict: bool = Field(default=False, description="Exclude the bounds themselves.")

    @model_validator(mode="after")
    def _one_form(self) -> RangeConstraint:
        fixed = self.min is not None or self.max is not None
        columns = self.low_column is not None or self.high_column is not None
        if fixed == columns:
            msg = (
                f"range on {self.column!r}: give either fixed bounds (`min`/`max`) or both "
                "`low_column` and `high_column`, not both forms and not neither"
            )
            raise ValueError(msg)
        if columns and (self.low_column is None or self.high_column is None):
            msg = f"range on {self.column!r}: `low_column` and `high_column` go together"
            raise ValueError(msg)
        if self.min is not None and self.max is not None and self.min > self.max:
            msg = f"range on {self.column!r}: min {self.min} is above max {self.max}"
            raise ValueError(msg)
        return self

    def columns(self) -> list[str]:
        return [c for c in (self.low_column, self.column, self.high_column) if c is not None]


class InequalityConstraint(_Model):
    """`low_column` <= `high_column` in every synthetic row (SDV `Inequality`)."""

    kind: Literal["inequality"] = "inequality"
    low_column: str = Field(description="Column that must not exceed `high_column`.")
    high_column: str = Field(description="Column that must not be below `low_column`.")
    strict: bool = Field(default=False, description="Require `low_column` < `high_column`.")

    def columns(self) -> list[str]:
        return [self.low_column, self.high_column]


class FixedCombinationsConstraint(_Model):
    """Only combinations of these categorical columns seen in the real data (SDV `FixedCombinations`)."""

    kind: Literal["fixed_combinations"] = "fixed_combinations"
    columns_: list[str] = Field(
        alias="columns", min_length=2, description="Two or more categorical or boolean columns."
    )

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    def columns(self) -> list[str]:
        return list(self.columns_)


Constraint = Annotated[
    RangeConstraint | InequalityConstraint | FixedCombinationsConstraint, Field(discriminator="kind")
]


class ForeignKey(_Model):
    """A column of a related table pointing at the primary key of its parent table."""

    column: str = Field(description="Column of this table holding the parent's key.")
    parent_table: str = Field(
        default="main",
        description="Name of the parent table; `main` is the table flowing through the pipeline.",
    )
    parent_column: str | None = Field(
        default=None, description="Primary key of the parent (default: the parent's `primary_key`)."
    )


class RelatedTable(_Model):
    """A table related to the main one, synthesised together with it by SDV's HMA synthesizer."""

    name: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$", description="Table name (not `main`).")
    paths: list[str] = Field(min_length=1, description="Files or globs (fsspec URLs) holding the table.")
    format: Literal["auto", "parquet", "csv", "jsonl"] = Field(
        default="auto", description="File format; `auto` goes by the extension."
    )
    primary_key: str | None = Field(default=None, description="The table's primary key column, if any.")
    foreign_keys: list[ForeignKey] = Field(
        min_length=1, description="How this table points at its parent(s)."
    )
    column_types: dict[str, ColumnOverride] = Field(
        default_factory=dict, description="SDV type overrides for this table's columns."
    )


class QualityGate(_Model):
    """sdmetrics quality and diagnostic reports on real vs synthetic rows."""

    min_score: float = Field(
        default=0.8,
        ge=0,
        le=1,
        description="Minimum overall quality score (mean of column shapes and column pair trends).",
    )
    min_diagnostic: float = Field(
        default=0.9,
        ge=0,
        le=1,
        description="Minimum diagnostic score (data validity and structure).",
    )
    max_rows: int = Field(
        default=20_000,
        ge=100,
        description="Rows of real and synthetic data the reports compare (seeded sample above it).",
    )


class PrivacyGate(_Model):
    """Checks that synthetic rows do not copy, or sit too close to, the rows the model learnt from."""

    exact_match_exclude: list[str] = Field(
        default_factory=list,
        description="Low-cardinality columns left out when comparing synthetic and real rows for "
        "exact copies (e.g. `sex`, `country`): the remaining columns must never all match a real row.",
    )
    max_exact_match_rate: float = Field(
        default=0.0,
        ge=0,
        le=1,
        description="Highest share of synthetic rows allowed to equal a real row (default: none).",
    )
    dcr_margin: float = Field(
        default=0.1,
        ge=0,
        le=1,
        description="Synthetic rows' median distance to the closest training row may be at most "
        "this fraction below a real holdout's median distance to the training rows.",
    )
    holdout_fraction: float = Field(
        default=0.2,
        gt=0,
        lt=0.5,
        description="Share of the real rows kept out of fitting, as the unseen baseline for DCR.",
    )
    max_rows: int = Field(
        default=5_000,
        ge=50,
        description="Rows of each side the distance computation uses (seeded sample above it).",
    )
    min_new_row_synthesis: float = Field(
        default=0.0,
        ge=0,
        le=1,
        description="Minimum sdmetrics NewRowSynthesis score (share of synthetic rows that match "
        "no real row within tolerance). Reported always; gated when above 0.",
    )


class SynthesiseStep(StepBase):
    """Fit an SDV synthesizer on the table and add synthetic rows, marked `_synthetic = true`.
    Real rows pass through with `_synthetic = false`. The synthetic rows are published only when
    the quality and privacy gates pass."""

    stage: Literal["synthesise"] = "synthesise"
    synthesizer: Literal["gaussian_copula", "ctgan", "tvae"] = Field(
        default="gaussian_copula",
        description="SDV single-table synthesizer: `gaussian_copula` (fast, default), `ctgan` or "
        "`tvae` (neural, CPU; slower, set `epochs`).",
    )
    rows: int | None = Field(
        default=None, ge=1, description="Number of synthetic rows to add."
    )
    ratio: float | None = Field(
        default=None,
        gt=0,
        le=100,
        description="Synthetic rows to add as a multiple of the real row count (0.5 = half as many).",
    )
    balance: str | None = Field(
        default=None,
        description="Categorical column to balance: synthetic rows are sampled conditionally so "
        "that every category reaches `balance_share` of the output. Without `rows`/`ratio` the "
        "stage adds exactly the rows this needs.",
    )
    balance_share: float | None = Field(
        default=None,
        gt=0,
        le=1,
        description="Target share of each category of `balance` in the output (real + synthetic). "
        "Default: an equal share (1 / number of categories).",
    )
    columns: list[str] | None = Field(
        default=None,
        description="Columns the model learns from. Default: every column except the record id, "
        "the text field, `source`, `provenance`, internal `_` columns and excluded columns.",
    )
    exclude_columns: list[str] = Field(
        default_factory=list,
        description="Columns never learnt (synthetic rows get null there), e.g. personal columns.",
    )
    identifier_columns: list[str] = Field(
        default_factory=list,
        description="Direct identifiers (names, e-mail, national ids). The stage refuses to run when "
        "one of them would be learnt; columns an earlier `anonymise` step marks as direct "
        "identifiers are added to this list when the spec is checked.",
    )
    column_types: dict[str, ColumnOverride] = Field(
        default_factory=dict, description="SDV type overrides by column, replacing detection."
    )
    primary_key: str | None = Field(
        default=None,
        description="Column SDV treats as the primary key (regenerated unique in synthetic rows).",
    )
    constraints: list[Constraint] = Field(
        default_factory=list,
        description="SDV constraints every synthetic row satisfies: `range` (fixed bounds or "
        "between two columns), `inequality`, `fixed_combinations`.",
    )
    related_tables: list[RelatedTable] = Field(
        default_factory=list,
        description="Tables related to the main one: when given, SDV's multi-table HMA "
        "synthesizer learns them together and the synthetic related tables are written to "
        "`synthetic/<table>/` in the output.",
    )
    seed: int = Field(default=0, ge=0, description="Random seed of sampling and fitting (reproducible runs).")
    epochs: int = Field(
        default=300, ge=1, description="Training epochs of `ctgan` and `tvae` (ignored by the copula)."
    )
    batch_size: int = Field(
        default=500,
        ge=10,
        description="Training batch size of `ctgan`/`tvae` (a multiple of 10 for `ctgan`).",
    )
    default_distribution: Literal["beta", "truncnorm", "gamma", "norm", "uniform", "gaussian_kde"] = Field(
        default="truncnorm",
        description="Marginal distribution the Gaussian copula fits to numerical columns. "
        "`truncnorm` (default) matches `beta` (SDV's default) on column shapes in our benchmark "
        "at a fraction of the fitting time on 100k rows; `norm` is the fastest.",
    )
    max_fit_rows: int = Field(
        default=200_000,
        ge=100,
        description="At most this many real rows are gathered on one worker to fit the model: a "
        "seeded sample (bottom-k by row hash, the same whatever the batch order) above it.",
    )
    quality: QualityGate = Field(
        default_factory=QualityGate,
        description="Quality gate: minimum sdmetrics quality and diagnostic scores of synthetic vs real rows.",
    )
    privacy: PrivacyGate = Field(
        default_factory=PrivacyGate,
        description="Privacy gate: no exact copies of real rows, distance to closest record vs a "
        "real holdout, NewRowSynthesis.",
    )
    on_gate_failure: Literal["fail", "publish_real"] = Field(
        default="fail",
        description="When a gate fails no synthetic row is published. `fail` also fails the run "
        "(nothing is committed); `publish_real` commits the real rows alone and records the "
        "refusal and its reasons in the report and the manifest.",
    )
    save_model: bool = Field(
        default=False,
        description="Save the fitted model to `models/<label>.pkl` in the output, so later releases "
        "can sample from it (`model_path`) without refitting.",
    )
    model_path: str | None = Field(
        default=None,
        description="Sample from this saved model (a `.pkl` written with `save_model`) instead of fitting.",
    )
    report_plots: bool = Field(
        default=True, description="Draw real vs synthetic distributions in the HTML report."
    )

    @model_validator(mode="after")
    def _consistent(self) -> SynthesiseStep:
        if self.rows is not None and self.ratio is not None:
            msg = "give `rows` or `ratio`, not both"
            raise ValueError(msg)
        if self.rows is None and self.ratio is None and self.balance is None:
            msg = "say how many synthetic rows to add: `rows: N`, `ratio: r` or `balance: COLUMN`"
            raise ValueError(msg)
        if self.balance_share is not None and self.balance is None:
            msg = "`balance_share` needs `balance: COLUMN`"
            raise ValueError(msg)
        if self.synthesizer == "ctgan" and self.batch_size % 10:
            msg = f"ctgan needs a `batch_size` that is a multiple of 10 (got {self.batch_size})"
            raise ValueError(msg)
        learnt = set(self.columns or [])
        clash = sorted(learnt & set(self.identifier_columns))
        if clash:
            msg = (
                f"columns {clash} are direct identifiers and cannot be learnt by a synthesizer; "
                "remove them from `columns`"
            )
            raise ValueError(msg)
        if self.balance is not None and self.balance in set(self.exclude_columns) | set(self.identifier_columns):
            msg = f"`balance` column {self.balance!r} is excluded from learning; pick a learnt column"
            raise ValueError(msg)
        return self

    def constrained_columns(self) -> set[str]:
        return {c for constraint in self.constraints for c in constraint.columns()}
