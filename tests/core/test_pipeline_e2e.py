"""The Beam pipeline end to end on the bundled quickstart data, read back by other tools."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import duckdb
import polars as pl
import pyarrow.dataset as ds
import pyarrow.ipc as ipc
import pyarrow.parquet as pq
import pytest

from datalab.errors import SourceError
from pipelines.run import run_spec
from tests.core.conftest import foundation_spec, write_jsonl


def test_manifest_checksums_match_the_shards(quickstart_run):
    out, manifest = quickstart_run.output, quickstart_run.manifest
    assert manifest["format_version"] == 1 and manifest["shards"]
    for shard in manifest["shards"]:
        data = open(f"{out}/{shard['path']}", "rb").read()
        assert hashlib.sha256(data).hexdigest() == shard["sha256"] and len(data) == shard["bytes"]
        assert pq.ParquetFile(f"{out}/{shard['path']}").metadata.num_rows == shard["rows"]
    assert sum(s["rows"] for s in manifest["shards"]) == manifest["rows"]
    fields = {f["name"] for f in manifest["schema"]["fields"]}
    assert {"id", "text", "language", "source", "provenance"} <= fields
    assert "_match_text" not in fields, "the pre-anonymisation matching copy never reaches the shards"


def test_pyarrow_polars_and_duckdb_read_the_shards(quickstart_run):
    out, rows = quickstart_run.output, quickstart_run.manifest["rows"]
    shards = [f"{out}/{s['path']}" for s in quickstart_run.manifest["shards"]]
    assert ds.dataset(shards, format="parquet").count_rows() == rows
    assert pl.scan_parquet(f"{out}/part-*.parquet").select(pl.len()).collect().item() == rows
    assert duckdb.sql(f"select count(distinct id) from '{out}/part-*.parquet'").fetchall()[0][0] == rows


def test_counts_add_up_and_every_row_that_left_is_accounted_for(quickstart_run):
    out, counts = quickstart_run.output, quickstart_run.manifest["counts"]
    steps = {s["step"]: s for s in counts["steps"]}
    assert counts["source_rows"] == counts["output_rows"] + counts["removed"] + counts["quarantined"]
    assert steps["read"]["quarantined"] == 1 and steps["normalise"]["quarantined"] == 3
    assert steps["filter"]["quarantined"] == 3 and steps["exact_dedup"]["removed"] > 100
    quarantined = pl.read_parquet(f"{out}/quarantine/read/*.parquet")
    (source,) = quarantined["source"].to_list()
    assert source.endswith("examples/data/corpus/part-1.jsonl#18"), "file and line of the broken record"
    assert quarantined["_reason"][0].startswith("invalid JSON")
    assert set(pl.read_parquet(f"{out}/quarantine/normalise/*.parquet")["_reason"]) == {"text is null"}
    removed = pl.read_parquet(f"{out}/removed/exact_dedup/*.parquet")
    kept_ids = set(pl.read_parquet(f"{out}/part-*.parquet")["id"])
    assert removed.height == steps["exact_dedup"]["removed"]
    assert set(removed["_duplicate_of"]) <= kept_ids and not set(removed["id"]) & kept_ids


def test_reports_are_written_and_agree_with_the_manifest(quickstart_run):
    out = quickstart_run.output
    report = json.load(open(f"{out}/reports/report.json"))
    assert report["counts"] == quickstart_run.manifest["counts"]
    html = open(f"{out}/reports/report.html").read()
    assert "Counts add up at every step" in html and "exact duplicate" in html
    assert all(step["cpu_seconds"] > 0 for step in report["counts"]["steps"]), "every step reports its time"
    assert quickstart_run.manifest["sources"][0]["licence"] == "CC-BY-4.0"


def test_two_worker_processes_give_the_same_rows(quickstart_run, tmp_path):
    result = run_spec(foundation_spec(tmp_path / "out", "runner.workers=2"))
    def ids(out):
        return sorted(pl.read_parquet(f"{out}/part-*.parquet")["id"].to_list())
    assert ids(result.output) == ids(quickstart_run.output)
    def rows(manifest):
        return [(s["step"], s["rows_in"], s["rows_out"], s["removed"], s["quarantined"]) for s in manifest["counts"]["steps"]]
    assert rows(result.manifest) == rows(quickstart_run.manifest)


def test_arrow_ipc_shards(tmp_path):
    result = run_spec(foundation_spec(tmp_path / "out", "output.format=arrow"))
    shard = result.manifest["shards"][0]
    assert shard["path"].endswith(".arrow")
    with ipc.open_file(f"{result.output}/{shard['path']}") as reader:
        assert reader.read_all().num_rows == shard["rows"]


def test_a_missing_input_is_a_clear_error_and_nothing_is_written(tmp_path):
    spec = foundation_spec(tmp_path / "out", f"source.options.paths=[{tmp_path}/nope/*.jsonl]")
    with pytest.raises(SourceError, match="nope"):
        run_spec(spec)
    assert not (tmp_path / "out").exists() and not list(tmp_path.glob("out.datalab-tmp-*"))


def test_skip_mode_lists_the_unreadable_file_in_the_report(tmp_path):
    good = write_jsonl(tmp_path / "good.jsonl", [{"id": "1", "text": "a perfectly fine document text"}])
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"PAR1 this is not parquet")
    spec = foundation_spec(tmp_path / "out", f"source.options.paths=[{good}, {bad}]", "source.options.on_error=skip")
    result = run_spec(spec)
    assert result.manifest["rows"] == 1
    assert [f["uri"] for f in result.report["skipped_files"]] == [str(bad)]


def test_a_release_leaves_out_the_stewards_raw_side_outputs(quickstart_run, tmp_path):
    from pipelines.releases import publish_release

    version = publish_release(quickstart_run.output, str(tmp_path / "rel"), "qs")
    files = {p.relative_to(version).as_posix() for p in Path(version).rglob("*") if p.is_file()}
    assert {s["path"] for s in quickstart_run.manifest["shards"]} <= files
    assert not [f for f in files if f.startswith(("removed/", "quarantine/"))]
    assert (Path(quickstart_run.output) / "removed").is_dir(), "the run's own output keeps them"
