"""datalab.reader: open by manifest, verify sha256, projection and filter."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from datalab.errors import SourceError
from datalab.reader import IntegrityError, open_dataset
from tests.trainers.conftest import make_table, write_dataset


def test_open_by_folder_or_manifest_reads_every_row_in_order(dataset_dir, fixture_table):
    for url in (dataset_dir, f"{dataset_dir}/manifest.json", f"file://{dataset_dir}"):
        ds = open_dataset(url)
        assert ds.num_rows == 1000 and len(ds.shards) == 10
        assert ds.schema == fixture_table.schema
        assert ds.to_table().equals(fixture_table)


def test_projection_and_filter_push_down(dataset_dir, fixture_table):
    ds = open_dataset(dataset_dir)
    table = ds.to_table(columns=["id"], filter=(pc.field("lang") == "fr") & (pc.field("n") >= 500))
    expected = [f"doc-{i:06d}" for i in range(500, 1000) if i % 3 == 0]
    assert table.column_names == ["id"] and table["id"].to_pylist() == expected
    rows = list(ds.iter_rows(columns=["n", "score"], filter=pc.field("n") < 3))
    assert rows == [{"n": i, "score": i / 7} for i in range(3)]
    assert ds.to_table(columns=["id"], filter=pc.field("n") < 0).num_rows == 0
    with pytest.raises(KeyError, match="unknown column"):
        ds.to_table(columns=["missing"])


def test_units_cover_every_row_group(dataset_dir):
    ds = open_dataset(dataset_dir)
    units = ds.units()
    assert len(units) == 40 and sum(u.rows for u in units) == 1000
    assert len(ds.units(split="shard")) == 10
    read = sum(b.num_rows for u in units for b in ds.iter_unit(u, columns=["id"]))
    assert read == 1000
    assert sum(ds.count_rows(units, pc.field("lang") == "fr")) == 334


def test_verify_detects_a_corrupted_shard(tmp_path, dataset_dir):
    copy = tmp_path / "copy"
    shutil.copytree(dataset_dir, copy)
    assert open_dataset(str(copy), verify=True).verify() == []
    shard = copy / "part-00003-of-00010.parquet"
    data = bytearray(shard.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same size, one flipped byte
    shard.write_bytes(bytes(data))
    ds = open_dataset(str(copy))
    with pytest.raises(IntegrityError, match="part-00003-of-00010.parquet") as excinfo:
        ds.verify()
    assert [m.problem for m in excinfo.value.mismatches] == ["sha256"]
    assert [m.path for m in ds.verify(raise_on_error=False)] == ["part-00003-of-00010.parquet"]
    # reading with verify=True fails before yielding the corrupt shard's rows
    with pytest.raises(IntegrityError):
        list(ds.iter_batches(verify=True))
    (copy / "part-00004-of-00010.parquet").unlink()
    problems = {m.path: m.problem for m in open_dataset(str(copy)).verify(raise_on_error=False)}
    assert problems == {"part-00003-of-00010.parquet": "sha256", "part-00004-of-00010.parquet": "missing"}


def test_pyarrow_dataset_lists_only_manifest_shards(tmp_path):
    root = tmp_path / "out"
    write_dataset(str(root), make_table(50), rows_per_shard=20)
    (root / "removed" / "exact_dedup").mkdir(parents=True)
    pa.parquet.write_table(make_table(5), root / "removed" / "exact_dedup" / "part-00000.parquet")
    assert open_dataset(str(root)).to_pyarrow_dataset().count_rows() == 50


def test_release_root_opens_newest_committed_version(tmp_path):
    write_dataset(str(tmp_path / "news" / "v1"), make_table(10))
    write_dataset(str(tmp_path / "news" / "v2"), make_table(20))
    unfinished = tmp_path / "news" / "v3"
    write_dataset(str(unfinished), make_table(30))
    (unfinished / "manifest.json").unlink()  # a publication that never committed
    assert open_dataset(str(tmp_path / "news")).num_rows == 20


def test_clear_errors_for_missing_or_unknown_manifests(tmp_path):
    with pytest.raises(SourceError, match="no manifest.json"):
        open_dataset(str(tmp_path))
    write_dataset(str(tmp_path / "ds"), make_table(3))
    manifest = json.loads(Path(tmp_path / "ds" / "manifest.json").read_text())
    manifest["format_version"] = 2
    Path(tmp_path / "ds" / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(SourceError, match="format_version"):
        open_dataset(str(tmp_path / "ds"))
