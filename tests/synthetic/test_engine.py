"""The synthesis engine on real SDV models (no Beam): types, markers, constraints, seeds, gates."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pytest

from datalab.errors import StageFailed
from schemas.steps.synthesise import SynthesiseStep
from synthetic.engine import split_holdout, synthesise_table
from synthetic.metadata import GENERATOR, SYNTHETIC, IdentifierRefused
from tests.synthetic.tables import mixed_table


def test_mixed_table_fit_and_sample(mixed, constrained):
    assert constrained.passed, constrained.report["gate"]["reasons"]
    synthetic = constrained.synthetic
    assert synthetic.num_rows == 300
    # Same columns and types as the real rows, plus the two markers.
    assert synthetic.schema.names == [*mixed.schema.names, SYNTHETIC, GENERATOR]
    for field in mixed.schema:
        assert synthetic.schema.field(field.name).type == field.type
    assert pc.all(synthetic.column(SYNTHETIC)).as_py() is True
    assert set(synthetic.column(GENERATOR).to_pylist()) == {constrained.report["generator"]}
    assert constrained.report["generator"].startswith("sdv-") and ":gaussian_copula:seed=0" in constrained.report["generator"]
    # Fresh ids, none equal to a real id; free text is not learnt.
    assert set(synthetic.column("id").to_pylist()).isdisjoint(mixed.column("id").to_pylist())
    assert synthetic.column("text").null_count == synthetic.num_rows
    assert "text" in constrained.report["not_learnt"]
    # Categories come from the real ones; nulls are reproduced where the real data has them.
    assert set(synthetic.column("region").to_pylist()) <= {"north", "south", "east", "west"}
    assert synthetic.column("score").null_count > 0
    assert isinstance(synthetic.column("start")[0].as_py(), dt.date)
    assert set(synthetic.column("active").drop_null().to_pylist()) <= {True, False}
    quality = constrained.report["quality"]
    assert quality["score"] >= 0.8 and quality["passed"]
    assert set(quality["columns"]) == {"age", "income", "region", "plan", "start", "end", "active", "score"}
    assert quality["worst_pairs"] and quality["worst_pairs"][0]["score"] <= quality["worst_pairs"][-1]["score"]


def test_constraints_hold_in_every_synthetic_row(constrained):
    synthetic = constrained.synthetic
    start, end = synthetic.column("start"), synthetic.column("end")
    assert pc.all(pc.less_equal(start, end)).as_py()
    age = synthetic.column("age")
    assert pc.min(age).as_py() >= 20 and pc.max(age).as_py() <= 85
    assert constrained.report["constraints"] == {"inequality start <= end": 0, "range 20.0 <= age <= 85.0": 0}


def test_privacy_passes_on_a_normal_table(constrained):
    privacy = constrained.report["privacy"]
    assert privacy["exact_matches"] == 0
    dcr = privacy["dcr"]
    assert dcr["synthetic_median"] >= dcr["holdout_median"] * (1 - dcr["margin"])
    assert privacy["new_row_synthesis"] >= 0.95


def test_same_seed_same_rows_other_seed_other_rows():
    table = mixed_table(200, seed=3)
    step = SynthesiseStep(rows=100, default_distribution="norm", seed=11)
    first, second = synthesise_table(table, step), synthesise_table(table, step)
    assert first.synthetic.equals(second.synthetic)
    assert first.report["synthetic_sha256"] == second.report["synthetic_sha256"]
    other = synthesise_table(table, step.model_copy(update={"seed": 12}))
    assert not other.synthetic.drop_columns([GENERATOR]).equals(first.synthetic.drop_columns([GENERATOR]))


def test_quality_gate_fails_on_a_broken_model_setting():
    # CTGAN trained for a single epoch has learnt nothing: the gate refuses its rows.
    table = mixed_table(150, seed=5)
    step = SynthesiseStep(
        rows=150, synthesizer="ctgan", epochs=1, batch_size=50, columns=["age", "income", "region", "plan"]
    )
    result = synthesise_table(table, step)
    assert not result.passed
    assert result.synthetic.num_rows == 0
    assert result.report["rows"]["synthetic_sampled"] == 150
    assert result.report["quality"]["score"] < 0.8
    assert any("quality score" in reason for reason in result.report["gate"]["reasons"])


def test_privacy_gate_fails_when_the_model_memorises():
    # 30 unique rows over three small categorical columns, sampled 50 times over: the synthetic
    # rows necessarily repeat real rows.
    rng = np.random.default_rng(0)
    combos = [(a, b, c) for a in "abc" for b in "xyz" for c in ("p", "q", "r", "s")][:30]
    rows = [combos[i] for i in rng.permutation(30)]
    table = pa.table({
        "id": [str(i) for i in range(30)],
        "a": [r[0] for r in rows], "b": [r[1] for r in rows], "c": [r[2] for r in rows],
    })
    result = synthesise_table(table, SynthesiseStep(ratio=50, quality={"min_score": 0}))
    assert not result.passed and result.synthetic.num_rows == 0
    privacy = result.report["privacy"]
    assert privacy["exact_matches"] > 0 and not privacy["passed"]
    assert any("copy a real row" in reason for reason in result.report["gate"]["reasons"])


def test_excluding_low_cardinality_columns_from_the_exact_match_check():
    table = mixed_table(150, seed=9)
    step = SynthesiseStep(rows=50, default_distribution="norm", privacy={"exact_match_exclude": ["region", "plan"]})
    result = synthesise_table(table, step)
    assert "region" not in result.report["privacy"]["exact_match_columns"]
    assert "age" in result.report["privacy"]["exact_match_columns"]


def test_refuses_a_detected_direct_identifier():
    table = mixed_table(60).append_column("email", pa.array([f"person{i}@example.org" for i in range(60)]))
    with pytest.raises(IdentifierRefused, match="email"):
        synthesise_table(table, SynthesiseStep(rows=10))
    # Excluding it is the fix; the synthetic rows then carry null there.
    step = SynthesiseStep(rows=10, exclude_columns=["email"], default_distribution="norm", quality={"min_score": 0})
    result = synthesise_table(table, step)
    assert result.report["rows"]["synthetic_sampled"] == 10
    assert "email" in result.report["not_learnt"]


def test_refuses_a_declared_identifier_column():
    table = mixed_table(60)
    with pytest.raises(IdentifierRefused, match="region"):
        synthesise_table(table, SynthesiseStep(rows=10, identifier_columns=["region"]))
    with pytest.raises(ValueError, match="direct identifiers"):
        SynthesiseStep(rows=10, columns=["age", "region"], identifier_columns=["region"])


def test_too_few_rows_is_a_clear_error():
    with pytest.raises(StageFailed, match="at least 10 real rows"):
        synthesise_table(mixed_table(5), SynthesiseStep(rows=10))


def test_holdout_split_is_seeded_and_disjoint():
    train, hold = split_holdout(100, 0.2, 3)
    assert len(hold) == 20 and len(train) == 80 and not set(train) & set(hold)
    assert (split_holdout(100, 0.2, 3)[1] == hold).all()


def test_saved_model_samples_without_refitting(constrained, mixed, constrained_step):
    again = synthesise_table(mixed, constrained_step, model_blob=constrained.model)
    assert again.report["model_reused"] is True
    assert again.report["model_hash"] == constrained.report["model_hash"]
    assert again.synthetic.equals(constrained.synthetic)


def test_tvae_smoke():
    table = mixed_table(120, seed=2)
    step = SynthesiseStep(rows=40, synthesizer="tvae", epochs=2, batch_size=40, quality={"min_score": 0})
    result = synthesise_table(table, step)
    assert result.report["rows"]["synthetic_sampled"] == 40
    assert result.report["synthesizer"] == "tvae"


def test_dcr_gate_catches_near_copies_that_are_not_exact():
    # "Synthetic" rows that are training rows plus a tiny jitter: no exact copy, but far closer
    # to the training rows than unseen real rows are.
    from synthetic.privacy import privacy_scores
    from schemas.steps.synthesise import PrivacyGate

    rng = np.random.default_rng(0)
    import pandas as pd

    real = pd.DataFrame({"x": rng.normal(size=600), "y": rng.normal(size=600), "c": rng.choice(list("abc"), 600)})
    train, holdout = real.iloc[:500].reset_index(drop=True), real.iloc[500:].reset_index(drop=True)
    near = train.sample(n=300, random_state=1).reset_index(drop=True)
    near[["x", "y"]] += rng.normal(scale=1e-4, size=(300, 2))
    metadata = {"columns": {"x": {"sdtype": "numerical"}, "y": {"sdtype": "numerical"}, "c": {"sdtype": "categorical"}}}
    scores = privacy_scores(train=train, holdout=holdout, synthetic=near, metadata=metadata, gate=PrivacyGate(), seed=0)
    assert scores["exact_matches"] == 0
    assert not scores["dcr"]["passed"] and not scores["passed"]
    assert scores["dcr"]["synthetic_median"] < scores["dcr"]["holdout_median"] / 10
    assert any("memorises" in reason for reason in scores["reasons"])
    # Fresh draws from the same distribution pass.
    fresh = pd.DataFrame({"x": rng.normal(size=300), "y": rng.normal(size=300), "c": rng.choice(list("abc"), 300)})
    assert privacy_scores(train=train, holdout=holdout, synthetic=fresh, metadata=metadata, gate=PrivacyGate(), seed=0)["dcr"]["passed"]
