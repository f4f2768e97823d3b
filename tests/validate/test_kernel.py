"""The per-batch kernel on the real GX engine: which rows pass, which are held back and why."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest

from schemas.spec import RecordSpec
from tests.validate.conftest import corpus_batch
from transforms.validate.engine import to_pandas
from transforms.validate.kernel import EXPECTATIONS

TABLE = RecordSpec(text_field=None)
METERS = {
    "meter_id": {"type": "string", "nullable": False},
    "kwh": {"type": "float", "nullable": False, "min": 0, "max": 1000},
    "persons": {"type": "int", "min": 1, "max": 12},
    "country": {"type": "string", "allowed": ["DE", "FR", "NL"]},
}


def _reasons(result) -> dict[str, str]:
    q = result.quarantined.to_pydict()
    return dict(zip(q["id"], q["_reason"], strict=True))


def test_clean_batch_passes_whole(make_kernel):
    kernel = make_kernel()
    batch = corpus_batch(500)
    result = kernel(batch)
    assert result.kept.equals(batch)
    assert result.quarantined is None
    assert result.stats["rows_passed"] == 500 and result.stats["rows_quarantined"] == 0
    assert all(s["rows_unexpected"] == 0 for s in result.stats["expectations"].values())


@pytest.mark.parametrize(
    ("column", "value", "expected", "shown"),
    [
        ("id", None, "expect_column_values_to_not_be_null(id): observed null", None),
        ("id", "", "expect_column_value_lengths_to_be_between(id): observed str", "''"),
        ("text", "", "expect_column_value_lengths_to_be_between(text): observed str", "''"),
        ("text", None, "expect_column_values_to_not_be_null(text): observed null", None),
        ("text", "bell\x07here", "expect_column_values_to_not_match_regex(text): observed str", "'bell\\x07here'"),
        ("text", "x" * 1_000_001, "expect_column_value_lengths_to_be_between(text): observed str", "'xxxxx"),
        ("source", None, "expect_column_values_to_not_be_null(source): observed null", None),
        ("language", "xx", "expect_column_values_to_be_in_set(language): observed str", "'xx'"),
    ],
)
def test_each_planted_violation_is_quarantined_with_its_reason(make_kernel, column, value, expected, shown):
    batch = corpus_batch(200).to_pydict()
    batch[column][17] = value
    victim = batch["id"][17]
    result = make_kernel()(pa.RecordBatch.from_pydict(batch))
    assert result.kept.num_rows == 199 and result.quarantined.num_rows == 1
    q = result.quarantined.to_pydict()
    assert q["id"] == [victim]
    assert q["_reason"] == [expected]  # expectation and observed type: a category reports count
    label = expected.split(":")[0]
    assert q[EXPECTATIONS][0] == [label]
    assert q["_stage"] == ["validate"]
    if shown is None:
        assert q["_observed"] == [None]
    else:
        assert q["_observed"][0].startswith(f"{label}: {shown}")
        assert len(q["_observed"][0]) < 200  # long values are cut
    assert victim not in result.kept.column("id").to_pylist()


def test_several_failures_of_one_row_are_all_named(make_kernel):
    batch = corpus_batch(10).to_pydict()
    batch["text"][3] = ""
    batch["language"][3] = "tlh"
    batch["source"][3] = None
    result = make_kernel()(pa.RecordBatch.from_pydict(batch))
    assert sorted(result.quarantined.column(EXPECTATIONS)[0].as_py()) == [
        "expect_column_value_lengths_to_be_between(text)",
        "expect_column_values_to_be_in_set(language)",
        "expect_column_values_to_not_be_null(source)",
    ]


def test_personal_columns_show_the_type_never_the_value(make_kernel):
    batch = corpus_batch(20).to_pydict()
    batch["text"][2] = "Call Jane Doe on +33 6 12 34 56 78\x01"
    batch["language"][2] = "xx"
    result = make_kernel(personal_columns=["text"])(pa.RecordBatch.from_pydict(batch))
    q = result.quarantined.to_pydict()
    assert q["_reason"] == [
        "expect_column_values_to_not_match_regex(text): observed str; "
        "expect_column_values_to_be_in_set(language): observed str"
    ]
    assert q["_observed"] == ["expect_column_values_to_be_in_set(language): 'xx'"]  # text withheld
    assert "Jane" not in repr({k: v for k, v in q.items() if k != "text"})


def test_tabular_types_ranges_nulls_and_allowed_values(make_kernel):
    kernel = make_kernel(record=TABLE, suite="tabular_basic", columns=METERS)
    batch = pa.RecordBatch.from_pydict(
        {
            "id": ["a", "b", "c", "d", "e", "f"],
            "meter_id": ["m1", "m2", None, "m4", "m5", "m6"],
            "kwh": [1.5, -2.0, 3.0, None, 5.0, 6.0],
            "persons": pa.array([1, 2, 3, 4, 99, None], pa.int64()),
            "country": ["DE", "FR", "NL", "DE", "DE", "XX"],
        }
    )
    result = kernel(batch)
    reasons = _reasons(result)
    assert reasons == {
        "b": "expect_column_values_to_be_between(kwh): observed float",
        "c": "expect_column_values_to_not_be_null(meter_id): observed null",
        "d": "expect_column_values_to_not_be_null(kwh): observed null",
        "e": "expect_column_values_to_be_between(persons): observed int",
        "f": "expect_column_values_to_be_in_set(country): observed str",
    }
    assert result.quarantined.column("_observed").to_pylist() == [
        "expect_column_values_to_be_between(kwh): -2.0",
        None,
        None,
        "expect_column_values_to_be_between(persons): 99",
        "expect_column_values_to_be_in_set(country): 'XX'",
    ]
    assert result.kept.column("id").to_pylist() == ["a"]  # a null `persons` is allowed (nullable)


def test_wrong_column_type_or_missing_column_holds_back_the_batch(make_kernel):
    kernel = make_kernel(record=TABLE, suite="tabular_basic", columns=METERS)
    batch = pa.RecordBatch.from_pydict(
        {"id": ["a", "b"], "meter_id": ["m1", "m2"], "kwh": ["1.5", "2"], "persons": [1, 2]}
    )
    result = kernel(batch)
    assert result.kept.num_rows == 0
    reason = result.quarantined.column("_reason")[0].as_py()
    assert "expect_column_values_to_be_of_type(kwh): observed" in reason
    assert "expect_column_to_exist(country): column missing" in reason


def test_warn_policy_reports_but_keeps_rows(make_kernel):
    kernel = make_kernel(policies={"expect_column_values_to_be_in_set(language)": "warn"})
    batch = corpus_batch(50).to_pydict()
    batch["language"][:5] = ["xx"] * 5
    result = kernel(pa.RecordBatch.from_pydict(batch))
    assert result.kept.num_rows == 50 and result.quarantined is None
    stat = result.stats["expectations"]["expect_column_values_to_be_in_set(language)"]
    assert stat["rows_unexpected"] == 5 and stat["failed_batches"] == 1 and stat["policy"] == "warn"


def test_fail_policy_rows_are_held_back_and_counted(make_kernel):
    kernel = make_kernel(policies={"expect_column_values_to_not_be_null(source)": "fail"})
    batch = corpus_batch(30).to_pydict()
    batch["source"][4] = None
    result = kernel(pa.RecordBatch.from_pydict(batch))
    assert result.quarantined.num_rows == 1 and result.stats["fail_policy_rows"] == 1


def test_mostly_decides_success_but_listed_rows_are_still_held_back(make_kernel):
    kernel = make_kernel(
        record=TABLE,
        suite="tabular_basic",
        expectations=[{"type": "expect_column_values_to_be_between", "kwargs": {"column": "v", "min_value": 0, "mostly": 0.9}}],
    )
    batch = pa.RecordBatch.from_pydict({"id": [str(i) for i in range(100)], "v": [-1.0] * 5 + [1.0] * 95})
    result = kernel(batch)
    assert result.quarantined.num_rows == 5
    stat = result.stats["expectations"]["expect_column_values_to_be_between(v)"]
    assert stat["failed_batches"] == 0 and stat["rows_unexpected"] == 5


def test_more_than_ten_thousand_failing_rows_in_one_batch_are_all_caught(make_kernel):
    """GX caps partial lists at 20 and UnexpectedRowsExpectation at 200: none of that may leak."""
    n, bad = 60_000, 23_456
    rng = np.random.default_rng(7)
    failing = np.sort(rng.choice(n, size=bad, replace=False))
    kwh = np.full(n, 10.0)
    kwh[failing] = -1.0
    batch = pa.RecordBatch.from_pydict(
        {
            "id": [f"r{i}" for i in range(n)],
            "meter_id": [f"m{i}" for i in range(n)],
            "kwh": kwh,
            "persons": np.full(n, 2),
            "country": ["DE"] * n,
        }
    )
    result = make_kernel(record=TABLE, suite="tabular_basic", columns=METERS)(batch)
    assert result.kept.num_rows + result.quarantined.num_rows == n
    assert result.quarantined.num_rows == bad
    assert result.quarantined.column("id").to_pylist() == [f"r{i}" for i in failing]
    assert set(result.quarantined.column("kwh").to_pylist()) == {-1.0}
    assert set(result.kept.column("kwh").to_pylist()) == {10.0}


def test_frames_share_arrow_buffers():
    batch = pa.RecordBatch.from_pydict({"x": np.arange(1000, dtype=np.float64), "s": ["a"] * 1000})
    frame = to_pandas(batch)
    assert np.shares_memory(frame["x"].to_numpy(), batch.column("x").to_numpy())
    assert str(frame["s"].dtype) == "string[pyarrow]"


def test_capped_unexpected_lists_are_completed_by_rerunning_gx():
    """Under GX's capped SUMMARY format (20 listed rows per run) the engine still finds every
    failing row: it re-runs GX on the rows not yet listed until the count is reached."""
    from schemas.suites import ExpectationSpec, SuiteSpec
    from transforms.validate.engine import GxEngine

    spec = ExpectationSpec(type="expect_column_values_to_be_between", kwargs={"column": "v", "min_value": 0})
    engine = GxEngine([spec], id_field="id", suite=SuiteSpec(name="capped"), result_format="SUMMARY")
    n = 1000
    values = np.ones(n)
    failing = np.arange(3, n, 7)  # 143 rows
    values[failing] = -5.0
    batch = pa.RecordBatch.from_pydict({"id": [f"r{i}" for i in range(n)], "v": values})
    (outcome,) = engine.evaluate(batch, [0])
    assert outcome.unexpected_count == len(failing)
    np.testing.assert_array_equal(np.sort(outcome.positions), failing)


def test_dataset_level_results_never_carry_personal_values():
    from schemas.suites import ExpectationSpec
    from transforms.validate.commit import _scrub

    spec = ExpectationSpec(type="expect_column_values_to_be_unique", kwargs={"column": "email"})
    gx_result = {
        "element_count": 4,
        "unexpected_count": 2,
        "partial_unexpected_list": ["jane@example.org", "jane@example.org"],
        "partial_unexpected_counts": [{"value": "jane@example.org", "count": 2}],
        "unexpected_list": ["jane@example.org", "jane@example.org"],
        "unexpected_index_list": [{"email": "jane@example.org", "__datalab_row": 1}],
    }
    scrubbed = _scrub(gx_result, spec, {"email"})
    assert "jane" not in repr(scrubbed)
    assert scrubbed["partial_unexpected_list"] == ["str", "str"] and scrubbed["unexpected_count"] == 2
    assert "unexpected_list" not in scrubbed and "unexpected_index_list" not in scrubbed
    kept = _scrub(gx_result, spec, set())
    assert kept["partial_unexpected_list"] == ["jane@example.org", "jane@example.org"]


def test_rules_on_a_missing_required_column_fail_rather_than_skip(make_kernel):
    kernel = make_kernel(
        record=TABLE,
        suite="tabular_basic",
        columns={"language": {"optional": True, "allowed": ["en"]}},
        expectations=[{"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "kwh"}}],
    )
    batch = pa.RecordBatch.from_pydict({"id": ["a", "b"], "v": [1, 2]})
    result = kernel(batch)
    assert result.kept.num_rows == 0
    assert result.quarantined.column("_reason")[0].as_py() == "expect_column_values_to_not_be_null(kwh): column(s) ['kwh'] missing"
    stats = result.stats["expectations"]
    assert stats["expect_column_values_to_be_in_set(language)"]["skipped_batches"] == 1  # optional: skipped
