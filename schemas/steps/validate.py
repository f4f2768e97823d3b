"""Options of the `validate` stage: check records against a Great Expectations suite."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ByteSize, Field, field_validator

from schemas.steps.base import StepBase
from schemas.suites import ColumnRule, ExpectationSpec, Policy, SuiteSpec, load_suite


class ValidateStep(StepBase):
    """Validate every row with GX; failing rows go to quarantine with the expectations they failed.

    Row-level expectations run on each batch inside the pipeline; dataset-level ones (row count,
    uniqueness, distribution bounds) on the whole output before the manifest is written. GX
    results are written as JSON and Data Docs under `datadocs/`, a summary in `reports/<step>.json`.
    """

    stage: Literal["validate"] = "validate"
    suite: str | SuiteSpec = Field(
        default="text_corpus",
        description="A shipped suite (`text_corpus`, `tabular_basic`), a path to a suite YAML file "
        "(see `datalab suggest-suite`), or a suite written inline (`columns:`, `expectations:`).",
    )
    columns: dict[str, ColumnRule] = Field(
        default_factory=dict,
        description="Column rules added to the suite's, merged field by field (e.g. the columns of "
        "`tabular_basic`, or `{text: {max_length: 20000}}` on `text_corpus`).",
    )
    expectations: list[ExpectationSpec] = Field(
        default_factory=list, description="GX expectations added to the suite's."
    )
    personal_columns: list[str] = Field(
        default_factory=list,
        description="Columns holding personal data: quarantine reasons, reports and Data Docs show "
        "the observed value's type, never the value.",
    )
    policies: dict[str, Policy] = Field(
        default_factory=dict,
        description="Policy overrides by expectation label (`expect_column_values_to_be_between(age)`) "
        "or by GX type (all expectations of that type).",
    )
    batch_rows: int = Field(
        default=1_000_000,
        ge=1,
        le=10_000_000,
        description="Most rows GX validates at once: incoming batches are gathered up to this "
        "size (or `batch_bytes`), since a GX validation has a fixed cost (~0.15 s for 20 "
        "expectations) whatever its size.",
    )
    batch_bytes: ByteSize = Field(
        default=ByteSize(256 * 1024 * 1024),
        description="Most Arrow bytes gathered for one GX validation (bounds memory on long texts).",
    )
    partitions: int = Field(
        default=256,
        ge=1,
        le=65536,
        description="Hash partitions of the shuffle that checks uniqueness expectations across the "
        "whole output (16 bytes per row and expectation): 256 keeps a partition near 1 GB up to "
        "~15 billion rows; raise it beyond.",
    )
    data_docs: bool = Field(default=True, description="Render GX Data Docs (static HTML) under `datadocs/`.")

    @field_validator("suite", mode="before")
    @classmethod
    def _load(cls, value: Any) -> Any:
        if isinstance(value, str):
            load_suite(value)  # fail at spec check time: unknown name, missing or invalid file
        return value

    def resolved_suite(self, *, id_field: str, text_field: str | None) -> SuiteSpec:
        """The suite this step runs: loaded, record columns filled in, step additions merged."""
        suite = load_suite(self.suite).with_overrides(
            columns=self.columns, expectations=self.expectations, personal_columns=self.personal_columns
        )
        return suite.resolved(id_field=id_field, text_field=text_field)

    def policy_of(self, expectation: ExpectationSpec) -> Policy:
        by_label, by_type = self.policies.get(expectation.label), self.policies.get(expectation.type)
        return by_label or by_type or expectation.effective_policy
