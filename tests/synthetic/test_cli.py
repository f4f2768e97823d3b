"""`datalab synthesise` end to end: files connector -> synthesise -> shards + manifest + reports."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from datalab.errors import StageFailed
from pipelines.commands.common import run_stage_command
from tests.synthetic.tables import mixed_table


@pytest.fixture(scope="module")
def table_file(tmp_path_factory):
    folder = tmp_path_factory.mktemp("synth-cli-in")
    pq.write_table(mixed_table(240, seed=2), folder / "t.parquet")
    return str(folder / "t.parquet")


def _read_output(path):
    import pyarrow.dataset as ds

    return ds.dataset(path, format="parquet", exclude_invalid_files=True).to_table()


def test_synthesise_adds_marked_rows_and_records_the_generator(table_file, tmp_path):
    step = {"stage": "synthesise", "ratio": 0.5, "default_distribution": "norm"}
    result = run_stage_command([table_file], str(tmp_path / "out"), step, text_field="text")
    (step_counts,) = [s for s in result.manifest["counts"]["steps"] if s["step"] == "synthesise"]
    assert step_counts["added"] == 120 and step_counts["rows_out"] == step_counts["rows_in"] + 120
    entry = result.manifest["extensions"]["synthesise"]
    assert entry["published"] and entry["seed"] == 0 and entry["model_hash"].startswith("sha256:")
    data = pq.read_table(sorted((tmp_path / "out").glob("part-*.parquet"))[0])
    assert data.num_rows == 240 + 120
    assert sum(data.column("_synthetic").to_pylist()) == 120
    assert (tmp_path / "out" / "reports" / "synthesise" / "synthetic_report.html").exists()


def test_failed_gate_stops_the_run_and_says_why(table_file, tmp_path):
    step = {"stage": "synthesise", "rows": 50, "default_distribution": "norm", "quality": {"min_score": 0.999}}
    with pytest.raises(StageFailed, match="not published because quality score .* below the minimum 0.999") as failed:
        run_stage_command([table_file], str(tmp_path / "out"), step, text_field="text")
    assert not (tmp_path / "out" / "manifest.json").exists()
    # the scores that made the gate fail survive the failed run, beside (not in) the output
    kept = tmp_path / "out.failed-run-reports"
    assert any(str(kept) in note for note in failed.value.__notes__)
    report = json.loads((kept / "synthesise" / "synthetic_report.json").read_text())
    assert report["gate"]["passed"] is False and (kept / "synthesise" / "synthetic_report.html").exists()


def test_publish_real_commits_real_rows_and_the_refusal(table_file, tmp_path):
    step = {
        "stage": "synthesise", "rows": 50, "default_distribution": "norm",
        "quality": {"min_score": 0.999}, "on_gate_failure": "publish_real",
    }
    result = run_stage_command([table_file], str(tmp_path / "out"), step, text_field="text")
    entry = result.manifest["extensions"]["synthesise"]
    assert entry["published"] is False and "quality score" in entry["refusal"][0]
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["extensions"]["synthesise"]["published"] is False
    assert result.manifest["counts"]["output_rows"] == 240
    report = json.loads((tmp_path / "out" / "reports" / "synthesise" / "synthetic_report.json").read_text())
    assert report["rows"]["synthetic_sampled"] == 50 and report["rows"]["synthetic_published"] == 0
