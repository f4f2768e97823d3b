"""The Beam stage on Beam's TestPipeline, its sample combiner, commit hook and reports."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import apache_beam as beam
import pyarrow as pa
import pytest
from apache_beam.testing.test_pipeline import TestPipeline as BeamTestPipeline
from apache_beam.testing.util import assert_that

from datalab.errors import StageFailed
from schemas.spec import RecordSpec
from schemas.steps.synthesise import SynthesiseStep
from synthetic.metadata import GENERATOR, SYNTHETIC
from synthetic.stage import BottomKRows, build_stage
from tests.synthetic.tables import mixed_table
from transforms.stage import StageContext


_COLLECTED: dict[str, object] = {}
"""Filled by the matchers below (the in-process runner shares this module with the test)."""


def _collect_kept(got):
    _COLLECTED["kept"] = pa.Table.from_batches(got) if got else None


def _collect_stats(got):
    _COLLECTED["stats"] = list(got)


def _run(table: pa.Table, step: SynthesiseStep, work_dir: Path, label: str = "synth"):
    """Run the stage; return (all kept rows as a table, stats items, the commit hook)."""
    _COLLECTED.clear()
    ctx = StageContext(label=label, record=RecordSpec(), work_dir=str(work_dir), run_id="test-run")
    with BeamTestPipeline() as pipeline:
        batches = pipeline | beam.Create(table.to_batches(max_chunksize=90))
        outputs = build_stage(batches, step, ctx)
        assert_that(outputs.kept, _collect_kept, label="kept")
        assert_that(outputs.stats, _collect_stats, label="stats")
    return _COLLECTED["kept"], _COLLECTED["stats"], outputs.on_commit


@pytest.fixture(scope="module")
def passed_run(tmp_path_factory):
    work_dir = tmp_path_factory.mktemp("synth-stage")
    step = SynthesiseStep(ratio=0.5, default_distribution="norm", save_model=True)
    kept, stats, hook = _run(mixed_table(300, seed=4), step, work_dir)
    return work_dir, kept, stats, hook


def test_stage_emits_real_and_synthetic_rows(passed_run):
    _, kept, stats, _ = passed_run
    real = kept.filter(pa.compute.equal(kept.column(SYNTHETIC), False))
    synthetic = kept.filter(kept.column(SYNTHETIC))
    assert real.num_rows == 300 and synthetic.num_rows == 150
    assert real.column(GENERATOR).null_count == 300
    assert synthetic.column(GENERATOR).null_count == 0
    assert sorted(real.column("id").to_pylist()) == sorted(mixed_table(300, seed=4).column("id").to_pylist())
    (stat,) = [s for s in stats if "synthetic_rows" in s]
    assert stat["synthetic_rows"] == 150 and stat["rows_added"] == 150 and stat["gate_failed"] == 0


def test_commit_hook_records_the_generator_in_the_manifest(passed_run):
    work_dir, _, _, hook = passed_run
    commit = SimpleNamespace(work_dir=str(work_dir), manifest={})
    hook(commit)
    entry = commit.manifest["extensions"]["synth"]
    assert entry["published"] is True
    assert entry["generator"].endswith(":gaussian_copula:seed=0")
    assert entry["sdv_version"] and entry["seed"] == 0
    assert entry["model_hash"].startswith("sha256:") and entry["model_saved"] == "models/synth.pkl"
    saved = (work_dir / "models" / "synth.pkl").read_bytes()
    import hashlib

    assert entry["model_hash"] == "sha256:" + hashlib.sha256(saved).hexdigest()


def test_reports_are_written_and_self_contained(passed_run):
    work_dir, *_ = passed_run
    report = json.loads((work_dir / "reports" / "synth" / "synthetic_report.json").read_text())
    assert report["gate"]["passed"] and report["rows"]["synthetic_published"] == 150
    assert set(report["plots"]) >= {"age", "region", "start"}
    page = (work_dir / "reports" / "synth" / "synthetic_report.html").read_text()
    assert page.count("<svg") == len(report["plots"])
    assert "Worst column pairs" in page and "synthetic rows published" in page
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "") and "https://" not in page
    assert "<script" not in page


def test_failed_gate_publishes_no_synthetic_row_and_the_hook_says_why(tmp_path):
    step = SynthesiseStep(rows=100, default_distribution="norm", quality={"min_score": 0.999})
    kept, stats, hook = _run(mixed_table(120, seed=6), step, tmp_path)
    assert kept.num_rows == 120 and not any(kept.column(SYNTHETIC).to_pylist())
    commit = SimpleNamespace(work_dir=str(tmp_path), manifest={})
    with pytest.raises(StageFailed, match="not published because quality score"):
        hook(commit)
    assert commit.manifest["extensions"]["synth"]["published"] is False
    page = (tmp_path / "reports" / "synth" / "synthetic_report.html").read_text()
    assert "NOT published" in page


def test_publish_real_records_the_refusal_without_failing(tmp_path):
    step = SynthesiseStep(rows=50, default_distribution="norm", quality={"min_score": 0.999}, on_gate_failure="publish_real")
    kept, _, hook = _run(mixed_table(100, seed=8), step, tmp_path)
    assert kept.num_rows == 100
    commit = SimpleNamespace(work_dir=str(tmp_path), manifest={})
    hook(commit)
    entry = commit.manifest["extensions"]["synth"]
    assert entry["published"] is False and entry["refusal"]


def test_identifier_refusal_fails_the_run_at_commit(tmp_path):
    table = mixed_table(50).append_column("email", pa.array([f"p{i}@example.org" for i in range(50)]))
    kept, _, hook = _run(table, SynthesiseStep(rows=10), tmp_path)
    assert kept.num_rows == 50
    with pytest.raises(StageFailed, match="direct identifiers"):
        hook(SimpleNamespace(work_dir=str(tmp_path), manifest={}))


def test_bottom_k_sample_does_not_depend_on_batching():
    table = mixed_table(500, seed=1)
    combiner = BottomKRows(120, "id", seed=3)

    def sample(batches):
        acc = combiner.create_accumulator()
        for batch in batches:
            acc = combiner.add_input(acc, batch)
        return combiner.extract_output(acc)

    one = sample(table.to_batches(max_chunksize=500))
    many = sample(list(reversed(table.to_batches(max_chunksize=37))))
    halves = combiner.merge_accumulators([sample(table.slice(0, 250).to_batches()), sample(table.slice(250).to_batches())])
    assert one.num_rows == 120
    assert one.equals(many) and one.equals(halves)
    other_seed = BottomKRows(120, "id", seed=4)
    assert other_seed.extract_output(other_seed.add_input(None, table.to_batches()[0])).column("id") != one.column("id")
