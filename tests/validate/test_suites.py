"""Suites as data: shipped suites, placeholders, step overrides, levels and policies, bad input."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from schemas.loader import spec_from_dict
from schemas.spec import RecordSpec
from schemas.steps.validate import ValidateStep
from schemas.suites import ExpectationSpec, SuiteSpec, expectation_level, load_suite, shipped_suites


def test_shipped_suites_load_and_are_versioned():
    assert {"text_corpus", "tabular_basic"} <= set(shipped_suites())
    for name in shipped_suites():
        suite = load_suite(name)
        assert suite.name == name and suite.version


def test_text_corpus_covers_the_issue_rules_with_record_columns():
    suite = ValidateStep().resolved_suite(id_field="doc_id", text_field="body")
    labels = {e.label: e for e in suite.all_expectations()}
    assert "expect_column_values_to_not_be_null(doc_id)" in labels
    assert labels["expect_column_values_to_be_unique(doc_id)"].level == "dataset"
    assert "expect_column_value_lengths_to_be_between(body)" in labels
    assert "expect_column_values_to_not_match_regex(body)" in labels  # control characters
    assert "expect_column_values_to_not_be_null(source)" in labels
    assert labels["expect_column_values_to_be_in_set(language)"].kwargs["value_set"][:2] == ["bg", "cs"]
    assert "expect_column_to_exist(language)" not in labels  # language is optional
    assert labels["expect_table_row_count_to_be_between"].effective_policy == "fail"


def test_tables_without_text_drop_text_rules():
    suite = ValidateStep().resolved_suite(id_field="id", text_field=None)
    assert not [e for e in suite.all_expectations() if "None" in e.label or "$text_field" in e.label]


def test_step_columns_merge_field_by_field_and_policies_override():
    step = ValidateStep(
        columns={"$text_field": {"max_length": 50}, "score": {"type": "float", "min": 0, "max": 1, "policy": "warn"}},
        policies={"expect_column_values_to_be_unique": "warn", "expect_column_values_to_not_be_null(text)": "fail"},
    )
    suite = step.resolved_suite(id_field="id", text_field="text")
    text = suite.columns["text"]
    assert text.max_length == 50 and text.min_length == 1 and not text.nullable  # rest kept
    by_label = {e.label: e for e in suite.all_expectations()}
    assert step.policy_of(by_label["expect_column_values_to_be_between(score)"]) == "warn"
    assert step.policy_of(by_label["expect_column_values_to_be_unique(id)"]) == "warn"
    assert step.policy_of(by_label["expect_column_values_to_not_be_null(text)"]) == "fail"
    assert step.policy_of(by_label["expect_column_values_to_not_be_null(id)"]) == "quarantine"


@pytest.mark.parametrize(
    ("gx_type", "level"),
    [
        ("expect_column_values_to_be_between", "row"),
        ("expect_column_value_lengths_to_be_between", "row"),
        ("expect_column_pair_values_a_to_be_greater_than_b", "row"),
        ("expect_multicolumn_sum_to_equal", "row"),
        ("expect_column_values_to_be_unique", "dataset"),
        ("expect_compound_columns_to_be_unique", "dataset"),
        ("expect_column_values_to_be_of_type", "batch"),
        ("expect_column_to_exist", "batch"),
        ("expect_table_row_count_to_be_between", "dataset"),
        ("expect_column_mean_to_be_between", "dataset"),
        ("expect_column_quantile_values_to_be_between", "dataset"),
    ],
)
def test_levels(gx_type, level):
    assert expectation_level(gx_type) == level


def test_class_names_are_accepted():
    assert ExpectationSpec(type="ExpectColumnValuesToBeBetween", kwargs={"column": "a"}).type == "expect_column_values_to_be_between"


def test_quarantine_is_refused_for_dataset_level():
    with pytest.raises(ValidationError, match="use policy `fail` or `warn`"):
        ExpectationSpec(type="expect_column_values_to_be_unique", kwargs={"column": "id"}, policy="quarantine")


def test_unexpected_rows_expectation_is_refused_with_the_alternative():
    with pytest.raises(ValidationError, match="SQL only"):
        ExpectationSpec(type="unexpected_rows_expectation", kwargs={"unexpected_rows_query": "select 1"})


def test_unknown_suite_lists_the_shipped_ones():
    with pytest.raises(ValidationError, match="shipped suites: .*tabular_basic"):
        ValidateStep(suite="text_corpsu")


def test_missing_suite_file_says_how_to_make_one(tmp_path):
    with pytest.raises(ValidationError, match="datalab suggest-suite"):
        ValidateStep(suite=str(tmp_path / "nope.yaml"))


def test_suite_file_and_inline_suite(tmp_path):
    suite = SuiteSpec(name="meters", columns={"kwh": {"type": "float", "min": 0}})
    path = tmp_path / "meters.yaml"
    path.write_text(suite.to_yaml())
    assert load_suite(str(path)) == suite
    inline = ValidateStep.model_validate({"suite": {"name": "x", "expectations": [{"type": "expect_column_to_exist", "kwargs": {"column": "a"}}]}})
    assert [e.label for e in inline.resolved_suite(id_field="id", text_field=None).all_expectations()] == ["expect_column_to_exist(a)"]


def test_validate_step_in_a_spec():
    spec = spec_from_dict(
        {
            "source": {"connector": "files", "options": {"paths": ["x.parquet"]}},
            "steps": [{"stage": "validate", "suite": "tabular_basic", "columns": {"age": {"type": "int", "min": 0}}}],
            "output": {"path": "out"},
        }
    )
    assert spec.steps[0].stage == "validate"


def test_invalid_gx_arguments_fail_when_the_stage_is_built():
    from datalab.errors import SpecError
    from transforms.validate import check_suite

    step = ValidateStep(suite="tabular_basic", expectations=[{"type": "expect_column_values_to_be_between", "kwargs": {"column": "a", "minimum": 5}}])
    with pytest.raises(SpecError, match=r"(?s)expect_column_values_to_be_between\(a\) is invalid for GX.*minimum"):
        check_suite(step, RecordSpec(text_field=None))
    step = ValidateStep(suite="tabular_basic", expectations=[{"type": "expect_column_values_to_be_nice", "kwargs": {"column": "a"}}])
    with pytest.raises(SpecError, match="expect_column_values_to_be_nice"):
        check_suite(step, RecordSpec(text_field=None))
