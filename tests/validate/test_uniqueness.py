"""Uniqueness counted by the workers gives what GX gives on the whole column, and the commit
then reads no column of the output."""

from __future__ import annotations

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.suites import ExpectationSpec, SuiteSpec
from tests.validate.conftest import cut_into_batches
from transforms.validate.uniqueness import gx_result, measured_here, repeated_rows, value_hashes

SPECS = [
    ExpectationSpec(type="expect_column_values_to_be_unique", kwargs={"column": "a"}, name="u"),
    ExpectationSpec(type="expect_column_values_to_be_unique", kwargs={"column": "b", "mostly": 0.6}, name="u mostly"),
    ExpectationSpec(type="expect_compound_columns_to_be_unique", kwargs={"column_list": ["a", "b"]}, name="c"),
    *(
        ExpectationSpec(type="expect_compound_columns_to_be_unique", name=f"c {rule}",
                        kwargs={"column_list": ["a", "b"], "ignore_row_if": rule, "mostly": 0.5})
        for rule in ("any_value_is_missing", "never")
    ),
]


@pytest.fixture(scope="module")
def gx_engine():
    from transforms.validate.engine import GxEngine

    return GxEngine(SPECS, id_field="a", suite=SuiteSpec(name="uniqueness-test"))


def counted(batches: list[pa.RecordBatch], spec: ExpectationSpec) -> dict[str, int]:
    """What the pipeline merges for `spec`: per-batch counts, and repeats over all hashes."""
    totals, hashes = {"rows": 0, "missing": 0, "absent": 0}, []
    for batch in batches:
        h, counts = value_hashes(batch, spec)
        hashes.append(h)
        totals = {k: totals[k] + counts[k] for k in totals}
    return {**totals, "unexpected": repeated_rows(pa.concat_tables(hashes)) if hashes else 0}


@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.tuples(st.one_of(st.none(), st.integers(0, 6)), st.one_of(st.none(), st.sampled_from("xyz"))),
             min_size=0, max_size=40),
    st.lists(st.integers(1, 10), min_size=1, max_size=6),
)
def test_counts_from_hashes_match_gx_on_the_whole_column(gx_engine, rows, cuts):
    table = pa.table({"a": pa.array([r[0] for r in rows], pa.int64()), "b": pa.array([r[1] for r in rows], pa.string())})
    batches = cut_into_batches(table, cuts)
    expected = gx_engine.evaluate(table, list(range(len(SPECS))))
    for spec, gx in zip(SPECS, expected, strict=True):
        assert measured_here(spec)
        success, result = gx_result(spec, counted(batches, spec))
        assert (spec.label, success) == (spec.label, gx.success)
        for key in ("element_count", "missing_count", "unexpected_count"):
            assert (spec.label, key, result[key]) == (spec.label, key, gx.result[key])
        for key in ("unexpected_percent", "unexpected_percent_total", "missing_percent"):
            assert result[key] == pytest.approx(gx.result[key]), (spec.label, key)


def test_an_argument_not_reproduced_here_leaves_the_expectation_to_gx():
    spec = ExpectationSpec(type="expect_column_values_to_be_unique", kwargs={"column": "a", "row_condition": "b=='x'"})
    assert not measured_here(spec)
    assert not measured_here(ExpectationSpec(type="expect_column_mean_to_be_between", kwargs={"column": "a"}))


def test_a_column_absent_from_a_batch_counts_its_rows_as_absent_and_missing():
    spec = SPECS[0]
    hashes, counts = value_hashes(pa.RecordBatch.from_pydict({"b": ["x", "y"]}), spec)
    assert hashes.num_rows == 0 and counts == {"rows": 2, "absent": 2, "missing": 2}


def test_dictionary_encoded_and_plain_batches_hash_a_value_alike():
    spec = SPECS[1]
    plain, _ = value_hashes(pa.RecordBatch.from_pydict({"b": ["x", "y"]}), spec)
    encoded, _ = value_hashes(pa.RecordBatch.from_pydict({"b": pa.array(["y", "x"]).dictionary_encode()}), spec)
    assert repeated_rows(pa.concat_tables([plain, encoded])) == 4
