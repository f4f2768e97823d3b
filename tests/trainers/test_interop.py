"""A release is plain Parquet: datasets, polars, duckdb and pyarrow (over S3) read it."""

from __future__ import annotations

import pyarrow.compute as pc
import pyarrow.dataset as pads
import pytest

from datalab.reader import open_dataset
from pipelines.releases import publish_release
from tests.trainers.conftest import make_table, write_dataset


@pytest.fixture(scope="module")
def release(tmp_path_factory, dataset_dir) -> str:
    root = tmp_path_factory.mktemp("releases")
    return publish_release(dataset_dir, str(root), "corpus")


def test_hf_datasets_loads_a_release(release, tmp_path):
    datasets = pytest.importorskip("datasets")
    ds = open_dataset(release)
    loaded = datasets.load_dataset(
        "parquet", data_files=ds.files, split="train", cache_dir=str(tmp_path / "cache")
    )
    assert loaded.num_rows == 1000
    assert loaded.column_names == ds.columns
    assert sorted(loaded["id"]) == [f"doc-{i:06d}" for i in range(1000)]


def test_hf_datasets_loads_the_release_folder_through_its_card(release, tmp_path):
    datasets = pytest.importorskip("datasets")
    loaded = datasets.load_dataset(release, split="train", cache_dir=str(tmp_path / "cache"))
    assert loaded.num_rows == 1000  # README.md configs list only the shards (not removed/)
    assert str(loaded.features["n"].dtype) == "int64"


def test_polars_scan_parquet_queries_a_release(release):
    pl = pytest.importorskip("polars")
    files = open_dataset(release).files
    frame = (
        pl.scan_parquet(files)
        .filter(pl.col("lang") == "fr")
        .group_by("lang")
        .agg(pl.len().alias("rows"), pl.col("n").max().alias("max_n"))
        .collect()
    )
    assert frame.to_dicts() == [{"lang": "fr", "rows": 334, "max_n": 999}]


def test_duckdb_queries_a_release(release):
    duckdb = pytest.importorskip("duckdb")
    files = [f.removeprefix("file://") for f in open_dataset(release).files]
    con = duckdb.connect()
    rows = con.execute(
        "SELECT lang, count(*) AS n FROM read_parquet(?) GROUP BY lang ORDER BY lang", [files]
    ).fetchall()
    assert rows == [("en", 666), ("fr", 334)]


def test_pyarrow_dataset_streams_shards_from_s3(s3_options, tmp_path):
    import boto3

    boto3.client(
        "s3", endpoint_url=s3_options["endpoint_url"], region_name="us-east-1",
        aws_access_key_id="testing", aws_secret_access_key="testing",
    ).create_bucket(Bucket="lab")
    manifest = write_dataset("s3://lab/releases/news/v1", make_table(300), rows_per_shard=100,
                             storage_options=s3_options)
    ds = open_dataset("s3://lab/releases/news", storage_options=s3_options)  # newest version
    assert ds.verify() == [] and ds.num_rows == 300
    assert ds.files[0].startswith("s3://lab/releases/news/v1/part-")
    # plain pyarrow.dataset over the s3:// URLs, streamed batch by batch
    from pyarrow import fs as pafs

    s3 = pafs.S3FileSystem(
        access_key="testing", secret_key="testing", endpoint_override=s3_options["endpoint_url"],
        scheme="http", region="us-east-1",
    )
    paths = [f.removeprefix("s3://") for f in ds.files]
    dataset = pads.dataset(paths, format="parquet", filesystem=s3)
    seen = 0
    for batch in dataset.to_batches(columns=["id"], filter=pc.field("lang") == "en", batch_size=32):
        seen += batch.num_rows
    assert seen == 200
    assert len(manifest["shards"]) == 3
    # and the reader's own streaming over fsspec
    assert ds.to_table(columns=["n"], filter=pc.field("n") >= 290)["n"].to_pylist() == list(range(290, 300))
