"""Shard writing (sizes, checksums, formats) and the atomic commit of an output folder."""

from __future__ import annotations

import hashlib
import json

import pyarrow as pa
import pyarrow.ipc as ipc
import pyarrow.parquet as pq
import pytest

from datalab.errors import OutputExists
from pipelines.commit import CountsDoNotAddUp, reconcile
from pipelines.storage import MANIFEST, commit_output, discard_staging, prepare_output
from transforms.shards import ShardSettings, ShardWriter


def batches(n_batches: int, rows: int):
    for b in range(n_batches):
        yield pa.RecordBatch.from_pydict({"id": [f"{b}-{i}" for i in range(rows)], "x": list(range(rows))})


@pytest.mark.parametrize("fmt", ["parquet", "arrow"])
def test_shards_are_cut_by_rows_and_their_checksums_match(tmp_path, fmt):
    writer = ShardWriter(str(tmp_path), ShardSettings(format=fmt, shard_rows=1000, row_group_rows=250))
    infos = [info for b in batches(7, 300) for info in writer.write(b)] + writer.close()
    assert [i["rows"] for i in infos] == [1000, 1000, 100]
    for info in infos:
        data = open(info["url"], "rb").read()
        assert info["sha256"] == hashlib.sha256(data).hexdigest() and info["bytes"] == len(data)
    reader = pq.read_table if fmt == "parquet" else (lambda p: ipc.open_file(p).read_all())
    assert sum(reader(i["url"]).num_rows for i in infos) == 2100


def test_shards_are_cut_by_bytes(tmp_path):
    writer = ShardWriter(str(tmp_path), ShardSettings(shard_bytes=20_000))
    infos = [info for b in batches(20, 500) for info in writer.write(b)] + writer.close()
    assert len(infos) > 3 and sum(i["rows"] for i in infos) == 10_000


def test_a_schema_change_starts_a_new_shard(tmp_path):
    writer = ShardWriter(str(tmp_path), ShardSettings())
    first = writer.write(pa.RecordBatch.from_pydict({"a": [1]}))
    second = writer.write(pa.RecordBatch.from_pydict({"a": ["x"]}))
    assert first == [] and len(second) == 1 and len(writer.close()) == 1


def test_commit_is_one_rename_and_refuses_to_clobber(tmp_path):
    final = tmp_path / "out"
    location = prepare_output(str(final), "run1", overwrite=False)
    assert not final.exists(), "nothing is visible at the output while the run works"
    (tmp_path / f"out.datalab-tmp-run1/{MANIFEST}").write_text("{}")
    commit_output(location)
    assert (final / MANIFEST).exists() and not list(tmp_path.glob("*.datalab-tmp-*"))
    with pytest.raises(OutputExists, match="output.overwrite=true"):
        prepare_output(str(final), "run2", overwrite=False)


def test_overwrite_replaces_the_dataset_and_stale_staging_is_cleared(tmp_path):
    final = tmp_path / "out"
    first = prepare_output(str(final), "a", overwrite=False)
    (tmp_path / "out.datalab-tmp-a" / "old.txt").write_text("old")
    commit_output(first)
    (tmp_path / "out.datalab-tmp-killed").mkdir()  # what a killed run leaves
    second = prepare_output(str(final), "b", overwrite=True)
    assert not (tmp_path / "out.datalab-tmp-killed").exists()
    (tmp_path / "out.datalab-tmp-b" / "new.txt").write_text("new")
    commit_output(second)
    assert sorted(p.name for p in final.iterdir()) == ["new.txt"]


def test_a_failed_run_leaves_the_previous_dataset_untouched(tmp_path):
    final = tmp_path / "out"
    first = prepare_output(str(final), "a", overwrite=False)
    (tmp_path / "out.datalab-tmp-a" / MANIFEST).write_text(json.dumps({"run": "a"}))
    commit_output(first)
    second = prepare_output(str(final), "b", overwrite=True)
    discard_staging(second)
    assert json.loads((final / MANIFEST).read_text()) == {"run": "a"}
    assert not list(tmp_path.glob("*.datalab-tmp-*"))


def test_a_non_dataset_folder_is_never_used_as_output(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.docx").write_text("precious")
    with pytest.raises(OutputExists, match="not a Datalab dataset"):
        prepare_output(str(tmp_path / "mine"), "r", overwrite=False)


def test_counts_must_add_up_at_every_step_and_between_steps():
    good = {"read": {"rows_out": 10, "quarantined": 2}, "f": {"rows_in": 10, "rows_out": 7, "quarantined": 3}}
    steps = reconcile([("read", "read"), ("f", "filter")], good, output_rows=7)
    assert [(s["rows_in"], s["rows_out"]) for s in steps] == [(12, 10), (10, 7)]
    with pytest.raises(CountsDoNotAddUp, match="10 rows in != 7 out"):
        reconcile([("read", "read"), ("f", "filter")], {**good, "f": {"rows_in": 10, "rows_out": 7}}, output_rows=7)
    with pytest.raises(CountsDoNotAddUp, match="shards hold 6"):
        reconcile([("read", "read"), ("f", "filter")], good, output_rows=6)


def test_a_step_that_adds_rows_is_accounted_for():
    stats = {"read": {"rows_out": 10}, "synth": {"rows_in": 10, "rows_out": 15, "details": {"rows_added": 5}}}
    steps = reconcile([("read", "read"), ("synth", "synthesise")], stats, output_rows=15)
    assert steps[1]["added"] == 5 and steps[1]["rows_in"] == 10
    with pytest.raises(CountsDoNotAddUp, match="10 rows in \\+ 4 added"):
        bad = {**stats, "synth": {"rows_in": 10, "rows_out": 15, "details": {"rows_added": 4}}}
        reconcile([("read", "read"), ("synth", "synthesise")], bad, output_rows=15)


def test_data_a_step_shuffles_internally_must_all_arrive():
    """Near dedup sends candidate pairs through shuffles of its own; rows still add up when some
    are lost there (fewer duplicates found), so the sent/received counts are checked too."""
    def stats(received):
        details = {"pair_rows_sent": 93_535, "pair_rows_received": received}
        return {"read": {"rows_out": 10}, "near": {"rows_in": 10, "rows_out": 8, "removed": 2, "details": details}}

    assert reconcile([("read", "read"), ("near", "near_dedup")], stats(93_535), output_rows=8)
    with pytest.raises(CountsDoNotAddUp, match="93535 pair rows went into a shuffle .* but 85452 came out"):
        reconcile([("read", "read"), ("near", "near_dedup")], stats(85_452), output_rows=8)


def test_one_large_batch_is_sliced_into_several_shards(tmp_path):
    writer = ShardWriter(str(tmp_path), ShardSettings(shard_rows=1000))
    infos = writer.write(next(batches(1, 2321))) + writer.close()
    assert [i["rows"] for i in infos] == [1000, 1000, 321]
