"""The near_dedup stage end to end: Beam pipeline, output layout, audit trail, incremental runs."""

from __future__ import annotations

import glob
import json
from collections import Counter

import pyarrow.parquet as pq
import pytest

from datalab.errors import SpecError
from pipelines.commands.common import stage_command_spec
from pipelines.run import run_spec
from schemas.loader import spec_from_dict

from .conftest import make_corpus, truth, write_jsonl


def run(inputs, output, step=None, *, batch_rows=None, workers=1, id_field="id"):
    data = stage_command_spec(list(inputs), str(output), {"stage": "near_dedup", **(step or {})}, id_field=id_field, workers=workers)
    if batch_rows:
        data["runner"]["batch_rows"] = batch_rows
    return run_spec(spec_from_dict(data))


def read_ids(folder) -> list[str]:
    files = sorted(glob.glob(f"{folder}/part-*.parquet"))
    return [i for f in files for i in pq.read_table(f, columns=["id"]).column("id").to_pylist()]


def removed_rows(folder, label="near_dedup") -> list[dict]:
    files = sorted(glob.glob(f"{folder}/removed/{label}/*.parquet"))
    return [r for f in files for r in pq.read_table(f).to_pylist()]


@pytest.fixture(scope="module")
def first(tmp_path_factory, corpus):
    base = tmp_path_factory.mktemp("nd")
    path = write_jsonl(base / "in.jsonl", corpus)
    result = run([path], base / "out")
    return {"base": base, "input": path, "out": base / "out", "result": result}


def test_clusters_match_the_exact_ground_truth(first, corpus):
    kept = set(read_ids(first["out"]))
    for group in truth(corpus):
        assert len(group & kept) == 1, group  # exactly one member of each true cluster survives
    in_groups = set().union(*truth(corpus))
    assert {r["id"] for r in corpus} - in_groups <= kept  # documents below the threshold all stay


def test_identical_near_transitive_and_far(first):
    kept = set(read_ids(first["out"]))
    removed = {r["id"]: r for r in removed_rows(first["out"])}
    assert "exact-2" in removed and removed["exact-2"]["_duplicate_of"] == "exact-1"
    assert removed["d0005-near"]["_duplicate_of"] == "d0005" and removed["d0005-near"]["_similarity"] > 0.9
    assert "d0007-far" in kept  # ~0.6 similar: kept apart
    # chain-a ~ chain-b ~ chain-c, but a and c are only ~0.71 alike: one cluster all the same
    assert "chain-a" in kept and {"chain-b", "chain-c"} <= set(removed)
    assert removed["chain-c"]["_duplicate_of"] == "chain-a" and removed["chain-c"]["_cluster"] == "chain-a"


def test_empty_and_short_documents(first):
    kept = set(read_ids(first["out"]))
    removed = {r["id"]: r for r in removed_rows(first["out"])}
    assert {"empty-1", "empty-2"} <= kept  # no shingle: never anyone's duplicate
    assert removed["short-2"]["_duplicate_of"] == "short-1"  # same single shingle "hello there"
    assert "short-3" in kept
    report = json.loads((first["out"] / "reports" / "near_dedup.json").read_text())
    assert report["empty_docs"] == 2 and report["short_docs"] == 3


def test_audit_trail_is_complete(first, corpus):
    kept = set(read_ids(first["out"]))
    removed = removed_rows(first["out"])
    ids = [r["id"] for r in removed]
    assert len(ids) == len(set(ids))  # each removed id once
    assert len(kept) + len(ids) == len(corpus) and not (kept & set(ids))
    for row in removed:
        assert row["_duplicate_of"] in kept
        assert row["_stage"] == "near_dedup" and row["_reason"] == "near duplicate"
        assert 0.8 <= row["_similarity"] <= 1.0 and row["_cluster"] <= row["_duplicate_of"]
    report = json.loads((first["out"] / "reports" / "near_dedup.json").read_text())
    assert report["removed"] == len(ids) and report["kept"] == len(kept) and report["docs_in"] == len(corpus)
    assert sum(int(size) * count for size, count in report["cluster_size_histogram"].items()) == report["docs_in_clusters"]
    assert sum((int(size) - 1) * count for size, count in report["cluster_size_histogram"].items()) == len(ids)
    settings = report["settings"]
    assert (settings["bands"], settings["rows"]) == (20, 6) and 0 < settings["false_negative_rate"] < 0.01
    manifest = json.loads((first["out"] / "manifest.json").read_text())
    step = next(s for s in manifest["counts"]["steps"] if s["step"] == "near_dedup")
    assert step["removed"] == len(ids) and step["rows_out"] == len(kept)
    # what the stage sent through its own shuffles all arrived (checked again at commit)
    details = step["details"]
    assert details["pair_rows_sent"] == details["pair_rows_received"] > 0
    assert details["half_rows_sent"] == details["half_rows_received"] == report["candidate_pairs"]


def test_index_written_and_recorded(first):
    manifest = json.loads((first["out"] / "manifest.json").read_text())
    entry = manifest["extensions"]["near_dedup"]
    assert entry["format"] == "datalab-near-dedup-index-v1" and entry["num_perm"] == 128
    files = glob.glob(str(first["out"] / "near_dedup_index" / "*.parquet"))
    ids = [i for f in files for i in pq.read_table(f).column("id").to_pylist()]
    assert sorted(ids) == sorted(read_ids(first["out"])) == sorted(set(ids))
    assert entry["rows"] == len(ids)


def test_same_output_whatever_the_batching_and_workers(first, tmp_path):
    other = run([first["input"]], tmp_path / "other", batch_rows=17, workers=2)
    assert sorted(read_ids(other.output if isinstance(other.output, str) else tmp_path / "other")) == sorted(read_ids(first["out"]))
    key = lambda r: (r["id"], r["_duplicate_of"], r["_cluster"], round(r["_similarity"], 9))  # noqa: E731
    assert sorted(map(key, removed_rows(tmp_path / "other"))) == sorted(map(key, removed_rows(first["out"])))


@pytest.mark.parametrize(("keep", "column", "expected"), [("longest", None, "c"), ("highest", "score", "b"), ("newest", "updated", "a")])
def test_keep_rules(tmp_path, keep, column, expected):
    words = " ".join(f"w{i}" for i in range(100))
    rows = [
        {"id": "a", "text": words, "score": 1.0, "updated": "2026-03-01T10:00:00"},
        {"id": "b", "text": words + " tail", "score": 3.0, "updated": "2025-12-31T23:59:59"},
        {"id": "c", "text": words + " tail end", "score": 2.0, "updated": "2026-01-15T00:00:00"},
    ]
    path = write_jsonl(tmp_path / "in.jsonl", rows)
    run([path], tmp_path / "out", {"keep": keep, "keep_column": column})
    assert read_ids(tmp_path / "out") == [expected]
    assert {r["_duplicate_of"] for r in removed_rows(tmp_path / "out")} == {expected}


def test_incremental_against_an_earlier_release(first, tmp_path, corpus):
    new = make_corpus(21, 20, prefix="n")
    by_id = {r["id"]: r for r in corpus}
    new += [
        {"id": "n-copy-of-d0010", "text": by_id["d0010"]["text"]},
        {"id": "n-near-d0015", "text": by_id["d0015"]["text"].replace(by_id["d0015"]["text"].split()[50], "changed", 1)},
        {"id": "n-copy-of-removed", "text": by_id["exact-2"]["text"]},
    ]
    path = write_jsonl(tmp_path / "new.jsonl", new)
    run([path], tmp_path / "v2", {"against": [str(first["out"])]})
    kept_v1 = set(read_ids(first["out"]))
    kept = set(read_ids(tmp_path / "v2"))
    removed = {r["id"]: r for r in removed_rows(tmp_path / "v2")}
    assert removed["n-copy-of-d0010"]["_duplicate_of"] == "d0010"
    assert removed["n-near-d0015"]["_duplicate_of"] == "d0015"
    assert removed["n-copy-of-removed"]["_duplicate_of"] == "exact-1"  # the kept copy of the release
    assert removed["n-copy-of-d0010"]["_reason"] == f"near duplicate of release {first['out']}"
    for row in removed.values():
        assert row["_duplicate_of"] in kept | kept_v1
    assert not (kept & kept_v1) and len(kept) + len(removed) == len(new)
    # within the new data, dedup still happens (its own near variants)
    assert any(r["_reason"] == "near duplicate" for r in removed.values())
    manifest = json.loads((tmp_path / "v2" / "manifest.json").read_text())
    assert manifest["extensions"]["near_dedup"]["against"] == [str(first["out"])]


def test_against_a_folder_without_index_says_what_to_do(tmp_path, first):
    with pytest.raises(SpecError, match="no manifest.json"):
        run([first["input"]], tmp_path / "x", {"against": [str(tmp_path)]})
    other = run([first["input"]], tmp_path / "char", {"shingle": "char", "ngram": 9})
    assert other is not None
    with pytest.raises(SpecError, match="other settings"):
        run([first["input"]], tmp_path / "y", {"against": [str(tmp_path / "char")]})


def test_cli_dedup(tmp_path, first):
    from typer.testing import CliRunner

    from pipelines.cli import _register_commands, app

    _register_commands()
    result = CliRunner().invoke(app, ["dedup", first["input"], "-o", str(tmp_path / "cli"), "--threshold", "0.9", "--no-index"])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "cli" / "near_dedup_index").exists()
    report = json.loads((tmp_path / "cli" / "reports" / "near_dedup.json").read_text())
    assert report["settings"]["threshold"] == 0.9
    assert Counter(r["_reason"] for r in removed_rows(tmp_path / "cli"))["near duplicate"] == report["removed"]


@pytest.mark.parametrize("rounds", [1, 3])
def test_distributed_components_give_the_same_clusters(first, tmp_path, rounds):
    run([first["input"]], tmp_path / "rounds", {"component_rounds": rounds, "partitions": 4}, batch_rows=25)
    assert sorted(read_ids(tmp_path / "rounds")) == sorted(read_ids(first["out"]))
    key = lambda r: (r["id"], r["_duplicate_of"], r["_cluster"], round(r["_similarity"], 9))  # noqa: E731
    assert sorted(map(key, removed_rows(tmp_path / "rounds"))) == sorted(map(key, removed_rows(first["out"])))
    report = json.loads((tmp_path / "rounds" / "reports" / "near_dedup.json").read_text())
    baseline = json.loads((first["out"] / "reports" / "near_dedup.json").read_text())
    for name in ("clusters", "docs_in_clusters", "cluster_size_histogram", "largest_cluster", "removed"):
        assert report[name] == baseline[name]
    assert report.get("component_residue_edges", 0) <= (3 if rounds == 1 else 0)
