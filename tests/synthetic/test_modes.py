"""Row counts, the balance plan and conditional sampling, constraints from the spec, spec checks."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from pydantic import ValidationError

from datalab.errors import StageFailed
from schemas.loader import spec_from_dict
from schemas.steps.synthesise import SynthesiseStep
from synthetic.engine import synthesise_table
from synthetic.modes import balance_plan, requested_rows
from synthetic.spec_checks import direct_identifiers, identifier_problems


@pytest.mark.parametrize(
    ("counts", "share", "total", "expected"),
    [
        ({"a": 70, "b": 20, "c": 10}, None, None, {"b": 50, "c": 60}),  # equal thirds: 70 each
        ({"a": 70, "b": 20, "c": 10}, 0.2, None, {"b": 4, "c": 14}),  # 118 rows, 24 (>= 23.6) each
        ({"a": 70, "b": 20, "c": 10}, None, 30, {"c": 20, "b": 5, "c_": 0}),
        ({"a": 5, "b": 5}, None, None, {}),
    ],
)
def test_balance_plan(counts, share, total, expected):
    expected = {k: v for k, v in expected.items() if not k.endswith("_")}
    plan = balance_plan(counts, share=share, total=total)
    if total == 30:
        # Water-filling: c rises to b's level (10 rows), then both share the remaining 20.
        assert plan == {"c": 20, "b": 10}
        return
    assert plan == expected
    out_total = sum(counts.values()) + sum(plan.values())
    target = share or 1 / len(counts)
    assert all((counts[k] + plan.get(k, 0)) / out_total >= target - 1e-9 for k in counts)


def test_balance_share_that_cannot_add_up_is_refused():
    with pytest.raises(StageFailed, match="more than 1"):
        balance_plan({"a": 1, "b": 1, "c": 1}, share=0.5, total=None)


def test_requested_rows():
    assert requested_rows(SynthesiseStep(rows=7), 100) == 7
    assert requested_rows(SynthesiseStep(ratio=0.25), 100) == 25
    assert requested_rows(SynthesiseStep(balance="x"), 100) is None


def test_balance_mode_reaches_the_target_share():
    rng = np.random.default_rng(1)
    rows = 300
    label = rng.choice(["common", "rare", "very_rare"], rows, p=[0.8, 0.15, 0.05])
    x = rng.normal(0, 1, rows) + (label == "rare") * 2 + (label == "very_rare") * 4
    table = pa.table({"id": [str(i) for i in range(rows)], "x": x, "label": label})
    step = SynthesiseStep(balance="label", default_distribution="norm")
    result = synthesise_table(table, step)
    assert result.passed, result.report["gate"]["reasons"]
    synthetic = result.synthetic
    real_counts = dict(zip(*np.unique(label, return_counts=True), strict=True))
    total = rows + synthetic.num_rows
    for category in ("common", "rare", "very_rare"):
        synthetic_count = pc.sum(pc.equal(synthetic.column("label"), category)).as_py() or 0
        assert (real_counts[category] + synthetic_count) / total >= 1 / 3 - 0.01
    assert result.report["sampling"]["balance"]["synthetic_counts"].get("common", 0) == 0
    # Conditional rows keep the relation with x: the very rare class stays shifted.
    very_rare = synthetic.filter(pc.equal(synthetic.column("label"), "very_rare"))
    assert pc.mean(very_rare.column("x")).as_py() > 2.5


def test_options_validation_messages():
    with pytest.raises(ValidationError, match="say how many synthetic rows"):
        SynthesiseStep()
    with pytest.raises(ValidationError, match="not both"):
        SynthesiseStep(rows=1, ratio=1)
    with pytest.raises(ValidationError, match="either fixed bounds"):
        SynthesiseStep(rows=1, constraints=[{"kind": "range", "column": "a"}])
    with pytest.raises(ValidationError, match="multiple of 10"):
        SynthesiseStep(rows=1, synthesizer="ctgan", batch_size=55)
    step = SynthesiseStep(rows=1, constraints=[{"kind": "fixed_combinations", "columns": ["a", "b"]}])
    assert step.constrained_columns() == {"a", "b"}


def test_constraint_on_a_column_that_is_not_learnt_is_refused():
    from tests.synthetic.tables import mixed_table

    step = SynthesiseStep(rows=5, exclude_columns=["age"], constraints=[{"kind": "range", "column": "age", "min": 1}])
    with pytest.raises(StageFailed, match="not learnt"):
        synthesise_table(mixed_table(50), step)


def test_fixed_combinations_hold():
    from tests.synthetic.tables import mixed_table

    table = mixed_table(200, seed=12)
    step = SynthesiseStep(
        rows=150, default_distribution="norm", quality={"min_score": 0.5},
        constraints=[{"kind": "fixed_combinations", "columns": ["region", "plan"]}],
    )
    result = synthesise_table(table, step)
    real = set(zip(table.column("region").to_pylist(), table.column("plan").to_pylist(), strict=True))
    sampled = result.report["rows"]["synthetic_sampled"]
    assert sampled == 150 and result.report["constraints"] == {"fixed_combinations region+plan": 0}
    if result.passed:
        synthetic = set(zip(result.synthetic.column("region").to_pylist(), result.synthetic.column("plan").to_pylist(), strict=True))
        assert synthetic <= real


# --- spec-level identifier check ------------------------------------------------------------


class _Step:
    """A stand-in for an anonymise options model (that model belongs to another stage)."""

    stage = "anonymise"

    def __init__(self, **data):
        self._data = data

    def model_dump(self, **_):
        return self._data


@pytest.mark.parametrize(
    "options",
    [
        {"identifier_columns": ["email"]},
        {"direct_identifiers": ["email"]},
        {"columns": {"email": {"direct_identifier": True}, "age": {"operator": "keep"}}},
        {"columns": [{"column": "email", "role": "direct_identifier"}, {"column": "age"}]},
        {"columns": [{"name": "email", "identifier": "direct"}]},
    ],
)
def test_direct_identifiers_are_read_from_anonymise_options(options):
    assert direct_identifiers(_Step(**options)) == {"email"}


def test_spec_check_refuses_synthesising_an_anonymised_identifier():
    spec = spec_from_dict({
        "record": {"text_field": None},
        "source": {"connector": "files", "options": {"paths": ["x.parquet"]}},
        "steps": [{"stage": "synthesise", "rows": 10}],
        "output": {"path": "out"},
    })
    anonymise = _Step(identifier_columns=["email", "name"])

    class _Spec:
        record = spec.record
        steps = [anonymise, spec.steps[0]]

    (problem,) = identifier_problems(_Spec)
    assert problem.step_index == 1 and "['email', 'name']" in problem.message
    assert "exclude_columns" in problem.hint
    excluded = spec.steps[0].model_copy(update={"exclude_columns": ["email", "name"]})
    _Spec.steps = [anonymise, excluded]
    assert identifier_problems(_Spec) == []
    explicit = spec.steps[0].model_copy(update={"columns": ["age", "email"], "exclude_columns": ["name"]})
    _Spec.steps = [anonymise, explicit]
    (problem,) = identifier_problems(_Spec)
    assert "['email']" in problem.message and problem.field == "steps.1.columns"
