"""Column min, max, mean and sum merged from per-batch stats give GX's verdicts on the whole
column, and what they cannot settle is left to GX."""

from __future__ import annotations

import math
from functools import reduce

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.suites import ExpectationSpec, SuiteSpec
from tests.validate.conftest import cut_into_batches
from transforms.validate.column_stats import batch_stats, measured_here, merge, stats_outcome

BOUNDS = [
    {"min_value": 2, "max_value": 5},
    {"min_value": 3.5},
    {"max_value": 4, "strict_max": True},
    {"min_value": 0, "max_value": 0, "strict_min": False},
    {"min_value": 1, "strict_min": True},
]
SPECS = [
    ExpectationSpec(type=f"expect_column_{kind}_to_be_between", kwargs={"column": column, **bounds},
                    name=f"{kind} {column} {n}")
    for kind in ("min", "max", "mean", "sum")
    for column in ("i", "f")
    for n, bounds in enumerate(BOUNDS)
]


@pytest.fixture(scope="module")
def gx_engine():
    from transforms.validate.engine import GxEngine

    return GxEngine(SPECS, id_field="i", suite=SuiteSpec(name="column-stats-test"))


@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.tuples(st.one_of(st.none(), st.integers(-3, 9)),
                       st.one_of(st.none(), st.just(math.nan), st.floats(-3, 9, allow_nan=False))),
             min_size=1, max_size=40),
    st.lists(st.integers(1, 10), min_size=1, max_size=6),
)
def test_merged_batch_stats_give_gx_verdicts(gx_engine, rows, cuts):
    table = pa.table({"i": pa.array([r[0] for r in rows], pa.int64()), "f": pa.array([r[1] for r in rows], pa.float64())})
    batches = cut_into_batches(table, cuts)
    expected = gx_engine.evaluate(table, list(range(len(SPECS))))
    for spec, gx in zip(SPECS, expected, strict=True):
        assert measured_here(spec)
        stats = reduce(merge, (batch_stats(b, spec.columns[0]) for b in batches), {})
        outcome = stats_outcome(spec, stats)
        if outcome is None:  # no value: left to GX
            assert not stats.get("count")
            continue
        assert outcome.success == gx.success, spec.label
        assert outcome.observed == pytest.approx(gx.observed), spec.label


def test_an_absent_or_text_column_leaves_the_expectation_to_gx():
    spec = SPECS[0]
    for batch in (pa.RecordBatch.from_pydict({"x": [1]}), pa.RecordBatch.from_pydict({"i": ["1"]})):
        stats = merge(batch_stats(pa.RecordBatch.from_pydict({"i": [1, 2]}), "i"), batch_stats(batch, "i"))
        assert stats["rows"] == 3 and stats_outcome(spec, stats) is None


def test_other_arguments_leave_the_expectation_to_gx():
    assert not measured_here(ExpectationSpec(type="expect_column_mean_to_be_between",
                                             kwargs={"column": "i", "min_value": 1, "row_condition": "f>1"}))
    assert not measured_here(ExpectationSpec(type="expect_column_median_to_be_between", kwargs={"column": "i", "min_value": 1}))
