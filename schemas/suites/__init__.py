"""Expectation suites: what the `validate` stage checks, as data (pydantic + YAML, no GX import).

A suite is a list of Great Expectations 1.x expectations (`type` = GX snake_case name, `kwargs` =
its arguments, as in a GX suite JSON) plus a compact `columns:` declaration (type, nulls, ranges,
allowed values, lengths, patterns, uniqueness) that expands to such expectations. Each expectation
carries a policy: `quarantine` (failing rows are held back), `warn` (reported only) or `fail`
(the run stops and nothing is committed).

Expectations fall into three levels, which decide where they are evaluated:

* `row`: GX map expectations (`expect_column_values_to_*`, pairs, multicolumn) judge each row;
  evaluated on every batch, failing rows go to `quarantine/` (default policy `quarantine`).
* `batch`: schema checks (column exists, column type, table columns) judge a whole batch;
  with `quarantine` every row of a failing batch is held back.
* `dataset`: aggregates (row count, uniqueness across the dataset, mean/median/quantile bounds)
  judge the whole output; evaluated after the shards are written, before the manifest. Rows are
  already final then, so the policy is `fail` (default) or `warn`.

Shipped suites (`text_corpus`, `tabular_basic`) are YAML files beside this module; `$id_field`
and `$text_field` in them stand for the run's record columns.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Policy = Literal["fail", "quarantine", "warn"]
Level = Literal["row", "batch", "dataset"]
ColumnType = Literal["string", "int", "float", "bool", "timestamp"]

SUITES_DIR = Path(__file__).parent
PLACEHOLDERS = ("$id_field", "$text_field")

# Map expectations that are nonetheless dataset-wide: a value is unique only among all rows.
_DATASET_MAP = {
    "expect_column_values_to_be_unique",
    "expect_compound_columns_to_be_unique",
}
_BATCH = {
    "expect_column_to_exist",
    "expect_column_values_to_be_of_type",
    "expect_column_values_to_be_in_type_list",
    "expect_table_columns_to_match_set",
    "expect_table_columns_to_match_ordered_list",
    "expect_table_column_count_to_equal",
    "expect_table_column_count_to_be_between",
}
_ROW_PREFIXES = (
    "expect_column_values_",
    "expect_column_value_",
    "expect_column_pair_values_",
    "expect_multicolumn_",
    "expect_select_column_values_",
)
_UNSUPPORTED = {
    "unexpected_rows_expectation": "GX runs it as SQL only; write the condition as row-level "
    "expectations (e.g. expect_column_values_to_be_between, expect_column_pair_values_a_to_be_greater_than_b)",
}

# Column types of the compact form -> the GX `type_` the pandas frame (built by the validate
# stage from Arrow) shows: numbers as numpy, strings as Arrow-backed `str`, timestamps datetime64.
GX_TYPES: dict[str, str] = {
    "string": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "timestamp": "datetime64",
}


def expectation_level(gx_type: str) -> Level:
    """Where an expectation is evaluated (see the module docstring)."""
    if gx_type in _BATCH:
        return "batch"
    if gx_type in _DATASET_MAP:
        return "dataset"
    if gx_type.startswith(_ROW_PREFIXES):
        return "row"
    return "dataset"


def _snake(name: str) -> str:
    """`ExpectColumnValuesToBeBetween` -> `expect_column_values_to_be_between`."""
    if "_" in name or name.islower():
        return name
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ExpectationSpec(_Model):
    """One GX 1.x expectation: its name and arguments as in a GX suite, plus Datalab's policy."""

    type: str = Field(
        description="GX 1.x expectation name, snake_case (`expect_column_values_to_be_between`) "
        "or the class name (`ExpectColumnValuesToBeBetween`).",
    )
    kwargs: dict[str, Any] = Field(
        default_factory=dict, description="The expectation's arguments, e.g. `{column: age, min_value: 0}`."
    )
    policy: Policy | None = Field(
        default=None,
        description="`quarantine` (hold back failing rows; default for row and batch level), "
        "`warn` (report only) or `fail` (stop the run; default for dataset level).",
    )
    name: str | None = Field(
        default=None,
        description="Label in reasons and reports; defaults to `type(column)`.",
    )
    notes: str = Field(default="", description="Why this expectation exists (shown in Data Docs).")
    meta: dict[str, Any] = Field(default_factory=dict, description="Free GX `meta` passed through.")

    @field_validator("type")
    @classmethod
    def _known_form(cls, value: str) -> str:
        value = _snake(value)
        if not value.startswith("expect_") and value not in _UNSUPPORTED:
            msg = f"{value!r} is not a GX expectation name (they start with `expect_`)"
            raise ValueError(msg)
        if value in _UNSUPPORTED:
            msg = f"{value} is not supported by the validate stage: {_UNSUPPORTED[value]}"
            raise ValueError(msg)
        return value

    @model_validator(mode="after")
    def _policy_fits_level(self) -> ExpectationSpec:
        if self.policy == "quarantine" and self.level == "dataset":
            msg = (
                f"{self.type} is judged on the whole output after the shards are written, so its "
                "rows cannot be quarantined: use policy `fail` or `warn` (to drop duplicate ids "
                "before validation, add an `exact_dedup` step)"
            )
            raise ValueError(msg)
        return self

    @property
    def level(self) -> Level:
        return expectation_level(self.type)

    @property
    def effective_policy(self) -> Policy:
        if self.policy is not None:
            return self.policy
        return "fail" if self.level == "dataset" else "quarantine"

    @property
    def columns(self) -> list[str]:
        """The columns this expectation reads (for reading only what is needed)."""
        found: list[str] = []
        for key in ("column", "column_A", "column_B"):
            if isinstance(self.kwargs.get(key), str):
                found.append(self.kwargs[key])
        for key in ("column_list", "column_set"):
            if isinstance(self.kwargs.get(key), list):
                found.extend(str(c) for c in self.kwargs[key])
        return found

    @property
    def label(self) -> str:
        if self.name:
            return self.name
        cols = self.columns
        return f"{self.type}({', '.join(cols)})" if cols else self.type


class ColumnRule(_Model):
    """Compact rules for one column; each set field becomes one GX expectation."""

    type: ColumnType | None = Field(
        default=None, description="Declared type: string, int, float, bool or timestamp."
    )
    nullable: bool = Field(default=True, description="false: nulls fail (expect_column_values_to_not_be_null).")
    unique: bool = Field(
        default=False, description="Values are unique across the whole output (dataset level)."
    )
    min: float | int | str | None = Field(default=None, description="Smallest allowed value (inclusive).")
    max: float | int | str | None = Field(default=None, description="Largest allowed value (inclusive).")
    allowed: list[Any] | None = Field(default=None, description="The only values allowed (nulls aside).")
    regex: str | None = Field(default=None, description="Values must contain a match of this regex.")
    forbid_regex: str | None = Field(default=None, description="Values must not contain a match of this regex.")
    min_length: int | None = Field(default=None, ge=0, description="Shortest allowed string length.")
    max_length: int | None = Field(default=None, ge=0, description="Longest allowed string length.")
    mean_min: float | None = Field(default=None, description="Dataset-level lower bound of the mean.")
    mean_max: float | None = Field(default=None, description="Dataset-level upper bound of the mean.")
    optional: bool = Field(
        default=False,
        description="The column may be absent; its rules then do not apply. Otherwise a missing "
        "column fails expect_column_to_exist.",
    )
    personal: bool = Field(
        default=False,
        description="Personal data: reasons, reports and Data Docs show the value's type, never the value.",
    )
    policy: Policy | None = Field(
        default=None, description="Policy of this column's row and batch level rules (default quarantine)."
    )

    def merged(self, override: ColumnRule) -> ColumnRule:
        """This rule with the fields set explicitly in `override` replacing ours."""
        return self.model_copy(update={k: getattr(override, k) for k in override.model_fields_set})

    def expectations(self, column: str) -> list[ExpectationSpec]:
        out: list[ExpectationSpec] = []
        row_policy = self.policy

        def add(gx_type: str, policy: Policy | None = row_policy, **kwargs: Any) -> None:
            out.append(ExpectationSpec(type=gx_type, kwargs={"column": column, **kwargs}, policy=policy))

        if not self.optional:
            add("expect_column_to_exist")
        if self.type is not None:
            add("expect_column_values_to_be_of_type", type_=GX_TYPES[self.type])
        if not self.nullable:
            add("expect_column_values_to_not_be_null")
        if self.min is not None or self.max is not None:
            add("expect_column_values_to_be_between", min_value=self.min, max_value=self.max)
        if self.allowed is not None:
            add("expect_column_values_to_be_in_set", value_set=list(self.allowed))
        if self.min_length is not None or self.max_length is not None:
            add("expect_column_value_lengths_to_be_between", min_value=self.min_length, max_value=self.max_length)
        if self.regex is not None:
            add("expect_column_values_to_match_regex", regex=self.regex)
        if self.forbid_regex is not None:
            add("expect_column_values_to_not_match_regex", regex=self.forbid_regex)
        dataset_policy = None if self.policy == "quarantine" else self.policy
        if self.unique:
            add("expect_column_values_to_be_unique", policy=dataset_policy)
        if self.mean_min is not None or self.mean_max is not None:
            add(
                "expect_column_mean_to_be_between",
                policy=dataset_policy,
                min_value=self.mean_min,
                max_value=self.mean_max,
            )
        return out


class SuiteSpec(_Model):
    """A named, versioned expectation suite."""

    name: str = Field(default="inline", pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$", description="Suite name.")
    version: str = Field(default="1", description="Suite version, recorded in reports and the manifest.")
    description: str = Field(default="", description="What the suite guarantees, for Data Docs.")
    columns: dict[str, ColumnRule] = Field(
        default_factory=dict, description="Compact per-column rules (see ColumnRule)."
    )
    expectations: list[ExpectationSpec] = Field(
        default_factory=list, description="Further GX expectations, any GX 1.x name and arguments."
    )
    personal_columns: list[str] = Field(
        default_factory=list, description="Columns whose values never appear in reasons or reports."
    )

    def resolved(self, *, id_field: str, text_field: str | None) -> SuiteSpec:
        """`$id_field`/`$text_field` replaced by the run's columns (rules of an absent text field dropped)."""
        names = {"$id_field": id_field, "$text_field": text_field}

        def sub(value: Any) -> Any:
            if isinstance(value, str) and value in names:
                return names[value]
            if isinstance(value, list):
                return [sub(v) for v in value]
            if isinstance(value, dict):
                return {k: sub(v) for k, v in value.items()}
            return value

        columns: dict[str, ColumnRule] = {}
        for key, rule in self.columns.items():
            column = sub(key)
            if column is None:
                continue
            columns[column] = columns[column].merged(rule) if column in columns else rule
        expectations = [
            e.model_copy(update={"kwargs": sub(e.kwargs)})
            for e in self.expectations
            if None not in [sub(c) for c in e.columns]
        ]
        personal = [c for c in (sub(p) for p in self.personal_columns) if c is not None]
        return self.model_copy(update={"columns": columns, "expectations": expectations, "personal_columns": personal})

    def with_overrides(
        self,
        *,
        columns: dict[str, ColumnRule] | None = None,
        expectations: list[ExpectationSpec] | None = None,
        personal_columns: list[str] | None = None,
    ) -> SuiteSpec:
        """This suite with a step's additions: column rules merge field by field."""
        merged = dict(self.columns)
        for column, rule in (columns or {}).items():
            merged[column] = merged[column].merged(rule) if column in merged else rule
        return self.model_copy(
            update={
                "columns": merged,
                "expectations": [*self.expectations, *(expectations or [])],
                "personal_columns": sorted({*self.personal_columns, *(personal_columns or [])}),
            }
        )

    def all_expectations(self) -> list[ExpectationSpec]:
        """Every expectation: the expansion of `columns` first, then the explicit ones."""
        out: list[ExpectationSpec] = []
        for column, rule in self.columns.items():
            out.extend(rule.expectations(column))
        out.extend(self.expectations)
        labels: dict[str, int] = {}
        unique: list[ExpectationSpec] = []
        for e in out:  # two rules with the same label (e.g. two regexes) get #2, #3 ...
            n = labels.get(e.label, 0) + 1
            labels[e.label] = n
            unique.append(e if n == 1 else e.model_copy(update={"name": f"{e.label}#{n}"}))
        return unique

    def personal(self) -> set[str]:
        return {*self.personal_columns, *(c for c, r in self.columns.items() if r.personal)}

    def optional_columns(self) -> set[str]:
        return {c for c, r in self.columns.items() if r.optional}

    def to_yaml(self) -> str:
        data: dict[str, Any] = {"name": self.name, "version": self.version}
        if self.description:
            data["description"] = self.description
        if self.personal_columns:
            data["personal_columns"] = list(self.personal_columns)
        data["columns"] = {c: r.model_dump(mode="json", exclude_defaults=True) for c, r in self.columns.items()}
        data["expectations"] = [e.model_dump(mode="json", exclude_defaults=True) for e in self.expectations]
        return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def shipped_suites() -> list[str]:
    """Names of the suites shipped with Datalab."""
    return sorted(p.stem for p in SUITES_DIR.glob("*.yaml"))


def load_suite(ref: str | dict[str, Any] | SuiteSpec) -> SuiteSpec:
    """A suite by shipped name, by path to a YAML file (local or fsspec URL), or inline."""
    if isinstance(ref, SuiteSpec):
        return ref
    if isinstance(ref, dict):
        return SuiteSpec.model_validate(ref)
    shipped = SUITES_DIR / f"{ref}.yaml"
    if "/" not in ref and not ref.endswith((".yaml", ".yml")):
        if not shipped.exists():
            msg = f"unknown suite {ref!r}; shipped suites: {shipped_suites()} (or give a path to a suite YAML file)"
            raise ValueError(msg)
        return SuiteSpec.model_validate(yaml.safe_load(shipped.read_text()))
    import fsspec

    try:
        with fsspec.open(ref, "r") as handle:
            data = yaml.safe_load(handle)
    except FileNotFoundError:
        msg = f"suite file {ref!r} does not exist; write one with `datalab suggest-suite DATA -o {ref}`"
        raise ValueError(msg) from None
    if not isinstance(data, dict):
        msg = f"suite file {ref!r} must hold a mapping with `expectations:` and/or `columns:`"
        raise ValueError(msg)
    return SuiteSpec.model_validate(data)
