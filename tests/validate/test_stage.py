"""The validate stage in real runs: Beam pipeline, shards, commit hook, Data Docs, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml

from datalab.errors import StageFailed
from pipelines.run import run_spec
from schemas.loader import spec_from_dict
from tests.validate.conftest import CORPUS, REPO, corpus_batch


def _spec(inputs: list[Path], out: Path, step: dict, *, text_field: str | None = "text", batch_rows: int = 8192) -> dict:
    return {
        "name": "validate-test",
        "record": {"id_field": "id", "text_field": text_field},
        "source": {"connector": "files", "options": {"paths": [str(p) for p in inputs]}},
        "steps": [{"stage": "validate", **step}],
        "output": {"path": str(out)},
        "runner": {"batch_rows": batch_rows},
    }


def _write(path: Path, batch: pa.RecordBatch | dict) -> Path:
    table = pa.Table.from_pydict(batch) if isinstance(batch, dict) else pa.Table.from_batches([batch])
    pq.write_table(table, path)
    return path


def _summary(out: Path) -> dict:
    return json.loads((out / "reports" / "validate.json").read_text())


def test_clean_dataset_passes_with_results_docs_and_summary(tmp_path):
    data = _write(tmp_path / "clean.parquet", corpus_batch(1500))
    out = tmp_path / "out"
    result = run_spec(spec_from_dict(_spec([data], out, {"suite": "text_corpus"})))
    assert result.manifest["rows"] == 1500
    ext = result.manifest["extensions"]["validate"]
    assert ext["success"] is True and ext["failed_expectations"] == []
    assert (out / "datadocs" / "index.html").is_file()
    pages = list((out / "datadocs" / "validations").rglob("*.html"))
    assert pages and "values must never be null" in pages[0].read_text()
    gx_result = json.loads((out / "datadocs" / "validation_result.json").read_text())
    assert gx_result["success"] is True
    assert len(gx_result["results"]) == len(_summary(out)["expectations"])
    summary = _summary(out)
    assert summary["rows_validated"] == summary["rows_passed"] == 1500
    assert all(row["pass_rate"] in (1.0, None) for row in summary["expectations"])
    unique = next(r for r in summary["expectations"] if r["expectation"] == "expect_column_values_to_be_unique(id)")
    assert unique["level"] == "dataset" and unique["rows_evaluated"] == 1500
    assert not (out / "quarantine").exists() or not list((out / "quarantine").rglob("*.parquet"))
    assert not (out / "datadocs" / "_batch_results.json").exists()


def test_planted_violations_go_to_quarantine_and_counts_add_up(tmp_path):
    first = corpus_batch(700).to_pydict()
    second = corpus_batch(700, start=700).to_pydict()
    planted = {}
    for rows, pos, column, value, expectation in [
        (first, 3, "text", "", "expect_column_value_lengths_to_be_between(text)"),
        (first, 10, "text", "tab\x0bvertical", "expect_column_values_to_not_match_regex(text)"),
        (first, 650, "language", "klingon", "expect_column_values_to_be_in_set(language)"),
        (second, 0, "language", "xx", "expect_column_values_to_be_in_set(language)"),
        (second, 699, "text", "e" * 1_000_001, "expect_column_value_lengths_to_be_between(text)"),
    ]:
        rows[column][pos] = value
        planted[rows["id"][pos]] = expectation
    inputs = [_write(tmp_path / "a.parquet", first), _write(tmp_path / "b.parquet", second)]
    out = tmp_path / "out"
    # small reader batches, gathered to 500 rows per GX validation
    result = run_spec(spec_from_dict(_spec(inputs, out, {"batch_rows": 500}, batch_rows=128)))
    step = next(s for s in result.manifest["counts"]["steps"] if s["step"] == "validate")
    assert step["rows_in"] == 1400 == step["rows_out"] + step["quarantined"]
    assert step["quarantined"] == len(planted)
    assert step["reasons"] == {  # the run report's "why rows left" table
        "expect_column_value_lengths_to_be_between(text): observed str": 2,
        "expect_column_values_to_be_in_set(language): observed str": 2,
        "expect_column_values_to_not_match_regex(text): observed str": 1,
    }
    quarantined = pq.read_table(out / "quarantine" / "validate").to_pydict()
    assert dict(zip(quarantined["id"], [e[0] for e in quarantined["_expectations"]], strict=True)) == planted
    assert all(r.startswith(planted[i]) for i, r in zip(quarantined["id"], quarantined["_reason"], strict=True))
    kept = [i for s in result.manifest["shards"] for i in pq.read_table(out / s["path"], columns=["id"]).column("id").to_pylist()]
    assert set(kept).isdisjoint(planted) and len(kept) == 1400 - len(planted)
    summary = _summary(out)
    assert summary["gx_validations"] >= 3  # 1400 rows in batches of >= 500
    in_set = next(r for r in summary["expectations"] if r["expectation"] == "expect_column_values_to_be_in_set(language)")
    assert in_set["rows_unexpected"] == 2 and in_set["pass_rate"] == pytest.approx(1 - 2 / 1400, abs=1e-6)
    assert result.manifest["extensions"]["validate"]["success"] is False  # failed on input, held back


def test_fail_policy_stops_the_run_and_nothing_is_committed(tmp_path):
    rows = corpus_batch(300).to_pydict()
    rows["language"][42] = "xx"
    data = _write(tmp_path / "in.parquet", rows)
    out = tmp_path / "out"
    step = {"policies": {"expect_column_values_to_be_in_set(language)": "fail"}}
    with pytest.raises(StageFailed, match=r"expect_column_values_to_be_in_set\(language\) \(1 of 300 rows\)"):
        run_spec(spec_from_dict(_spec([data], out, step)))
    assert not (out / "manifest.json").exists()


def test_uniqueness_is_judged_across_the_whole_output(tmp_path):
    # the same id in two files: each batch alone is fine, the dataset is not
    a = corpus_batch(200).to_pydict()
    b = corpus_batch(200, start=200).to_pydict()
    b["id"][150] = a["id"][5]
    inputs = [_write(tmp_path / "a.parquet", a), _write(tmp_path / "b.parquet", b)]
    with pytest.raises(StageFailed, match=r"expect_column_values_to_be_unique\(id\)"):
        run_spec(spec_from_dict(_spec(inputs, tmp_path / "strict", {"batch_rows": 100}, batch_rows=100)))
    assert not (tmp_path / "strict" / "manifest.json").exists()

    out = tmp_path / "lenient"
    step = {"batch_rows": 100, "policies": {"expect_column_values_to_be_unique": "warn"}}
    result = run_spec(spec_from_dict(_spec(inputs, out, step, batch_rows=100)))
    assert result.manifest["rows"] == 400
    assert result.manifest["extensions"]["validate"]["failed_expectations"] == ["expect_column_values_to_be_unique(id)"]
    unique = next(r for r in _summary(out)["expectations"] if r["level"] == "dataset" and "unique" in r["type"])
    assert unique["rows_unexpected"] == 2 and unique["success"] is False


def test_the_shipped_suites_dataset_checks_read_no_column_in_the_driver(tmp_path, monkeypatch):
    """Uniqueness is counted by the workers and the row count needs no column, so the commit
    loads nothing of the output (at 5e10 rows one id column would not fit in one process)."""
    import transforms.validate.commit as commit

    def refuse(*args, **kwargs):
        raise AssertionError("the commit read a shard")

    monkeypatch.setattr(commit, "_read_shard", refuse)
    a = corpus_batch(300).to_pydict()
    b = corpus_batch(300, start=300).to_pydict()
    b["id"][7] = b["id"][8] = a["id"][3]
    inputs = [_write(tmp_path / "a.parquet", a), _write(tmp_path / "b.parquet", b)]
    out = tmp_path / "out"
    step = {"policies": {"expect_column_values_to_be_unique": "warn"}}
    run_spec(spec_from_dict(_spec(inputs, out, step, batch_rows=64)))
    rows = {r["expectation"]: r for r in _summary(out)["expectations"] if r["level"] == "dataset"}
    unique = rows["expect_column_values_to_be_unique(id)"]
    assert (unique["rows_evaluated"], unique["rows_unexpected"], unique["success"]) == (600, 3, False)
    assert rows["expect_table_row_count_to_be_between"]["success"] is True
    result = json.loads((out / "datadocs" / "validation_result.json").read_text())
    gx = next(r for r in result["results"] if r["expectation_config"]["type"] == "expect_column_values_to_be_unique")
    assert gx["result"]["unexpected_count"] == 3 and gx["result"]["element_count"] == 600
    assert not list((out / "datadocs").glob("_*.json")), "the pipeline's scratch counts are not published"


def test_table_level_row_count_and_distribution_bounds(tmp_path, monkeypatch):
    """The mean comes from per-batch stats merged by the workers: the commit reads no shard."""
    import transforms.validate.commit as commit

    def refuse(*args, **kwargs):
        raise AssertionError("the commit read a shard")

    monkeypatch.setattr(commit, "_read_shard", refuse)
    rows = {"id": [f"m{i}" for i in range(1000)], "kwh": [float(i % 100) for i in range(1000)]}
    data = _write(tmp_path / "meters.parquet", rows)
    step = {
        "suite": "tabular_basic",
        "columns": {"kwh": {"type": "float", "min": 0, "mean_min": 60, "mean_max": 80}},
        "expectations": [{"type": "expect_table_row_count_to_be_between", "kwargs": {"min_value": 10, "max_value": 5000}}],
    }
    with pytest.raises(StageFailed, match=r"expect_column_mean_to_be_between\(kwh\) \(observed 49.5\)"):
        run_spec(spec_from_dict(_spec([data], tmp_path / "out", step, text_field=None)))
    step["columns"]["kwh"]["mean_min"] = 40
    result = run_spec(spec_from_dict(_spec([data], tmp_path / "ok", step, text_field=None)))
    assert result.manifest["extensions"]["validate"]["success"] is True
    table = {r["expectation"]: r for r in _summary(tmp_path / "ok")["expectations"]}
    assert table["expect_column_mean_to_be_between(kwh)"]["observed"] == 49.5
    assert table["expect_table_row_count_to_be_between#2"]["observed"] == 1000


def test_aggregates_the_workers_do_not_measure_are_judged_by_gx_on_the_loaded_column(tmp_path):
    rows = {"id": [f"m{i}" for i in range(1000)], "kwh": [float(i % 100) for i in range(1000)]}
    data = _write(tmp_path / "meters.parquet", rows)
    median = {"type": "expect_column_median_to_be_between", "kwargs": {"column": "kwh", "min_value": 60}}
    step = {"suite": "tabular_basic", "expectations": [median]}
    with pytest.raises(StageFailed, match=r"expect_column_median_to_be_between\(kwh\) \(observed 49.5\)"):
        run_spec(spec_from_dict(_spec([data], tmp_path / "out", step, text_field=None)))


@pytest.mark.skipif(not CORPUS.exists(), reason="examples/data/corpus is absent")
def test_quickstart_spec_validates_its_output(tmp_path):
    spec = yaml.safe_load((REPO / "examples" / "quickstart.yaml").read_text())
    spec["source"]["options"]["paths"] = [str(CORPUS) + "/"]
    if not any(step["stage"] == "validate" for step in spec["steps"]):
        spec["steps"].append({"stage": "validate", "suite": "text_corpus"})
    spec["output"] = {"path": str(tmp_path / "qs")}
    result = run_spec(spec_from_dict(spec))
    assert result.manifest["extensions"]["validate"]["success"] is True
    assert (tmp_path / "qs" / "datadocs" / "index.html").is_file()


@pytest.mark.skipif(not CORPUS.exists(), reason="examples/data/corpus is absent")
def test_cli_suggest_suite_then_validate_with_it(tmp_path):
    from typer.testing import CliRunner

    from pipelines.cli import _register_commands, app

    _register_commands()
    runner = CliRunner()
    suite_path = tmp_path / "corpus.yaml"
    inputs = [str(p) for p in sorted(CORPUS.iterdir()) if p.name.endswith((".jsonl", ".jsonl.gz"))]
    made = runner.invoke(app, ["suggest-suite", *inputs, "-o", str(suite_path)])
    assert made.exit_code == 0, made.output
    suggested = yaml.safe_load(suite_path.read_text())
    assert suggested["columns"]["id"]["unique"] is True and suggested["columns"]["id"]["nullable"] is False
    assert suggested["columns"]["text"]["forbid_regex"]
    assert set(suggested["columns"]["language"]["allowed"]) >= {"en", "fr", "de"}
    assert suite_path.read_text().startswith("# Starting suite suggested")

    out = tmp_path / "checked"
    checked = runner.invoke(app, ["validate", *inputs, "--suite", str(suite_path), "-o", str(out)])
    assert checked.exit_code == 0, checked.output
    assert "passed" in checked.output and (out / "datadocs" / "index.html").is_file()
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["extensions"]["validate"]["suite"] == "corpus"


def test_cli_warn_only_reports_without_holding_back(tmp_path):
    from typer.testing import CliRunner

    from pipelines.cli import _register_commands, app

    _register_commands()
    rows = corpus_batch(100).to_pydict()
    rows["language"][7] = "xx"
    data = _write(tmp_path / "in.parquet", rows)
    out = tmp_path / "out"
    checked = CliRunner().invoke(app, ["validate", str(data), "-o", str(out), "--warn-only"])
    assert checked.exit_code == 0, checked.output
    assert "failed: expect_column_values_to_be_in_set(language)" in checked.output
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["rows"] == 100 and manifest["counts"]["quarantined"] == 0
