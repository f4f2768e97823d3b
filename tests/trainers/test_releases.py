"""Release folders: numbering, immutability, refusal, check, diff and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from datalab.reader import open_dataset
from pipelines.releases import (
    ReleaseExists,
    check_release,
    diff_versions,
    list_versions,
    publish_release,
    show_version,
)
from tests.trainers.conftest import make_table, write_dataset

V2_SOURCES = [
    {"connector": "files", "dataset_id": "examples/data/corpus", "licence": "CC-BY-SA-4.0",
     "policy": None, "rows": 0},
    {"connector": "ckan", "dataset_id": "https://data.europa.eu/88u/dataset/air-quality",
     "licence": "CC0-1.0", "policy": None, "rows": 0},
]


@pytest.fixture
def two_outputs(tmp_path):
    """v1: ids 0..102; v2: ids 20..139, a new float32 column, one source changed licence,
    one source dropped and one added."""
    first, second = str(tmp_path / "run1"), str(tmp_path / "run2")
    write_dataset(first, make_table(103), rows_per_shard=30, run_id="run-1")
    write_dataset(second, make_table(120, start=20, extra_column=True), rows_per_shard=50,
                  run_id="run-2", sources=V2_SOURCES)
    return first, second


def test_publish_allocates_versions_and_copies_everything(tmp_path, two_outputs):
    root = str(tmp_path / "releases")
    first, second = two_outputs
    v1 = publish_release(first, root, "news")
    v2 = publish_release(second, root, "news")
    assert v1.endswith("/news/v1") and v2.endswith("/news/v2")
    assert [v.version for v in list_versions(f"{root}/news")] == [1, 2]
    files = sorted(p.name for p in Path(v1).iterdir())
    for expected in ("manifest.json", "release.json", "README.md", "croissant.json", "dcat.jsonld",
                     "ai_act_summary.md", "ai_act_summary.json", "reports"):
        assert expected in files
    # the manifest is the committed run's, byte for byte in content
    assert json.loads(Path(v1, "manifest.json").read_text()) == json.loads(
        Path(first, "manifest.json").read_text())
    assert open_dataset(v1, verify=True).num_rows == 103
    assert open_dataset(f"{root}/news").num_rows == 120  # newest
    info = json.loads(Path(v2, "release.json").read_text())
    assert info["version"] == "v2" and info["source"].endswith("run2")
    assert set(info["files"]) >= {"part-00000-of-00003.parquet", "README.md", "reports/report.json"}
    assert not [p for p in Path(root, "news").iterdir() if p.name.startswith(".")]  # no staging left


def test_second_write_to_a_version_is_refused(tmp_path, two_outputs):
    root = str(tmp_path / "releases")
    first, second = two_outputs
    publish_release(first, root, "news")
    before = sorted(p.name for p in Path(root, "news", "v1").rglob("*"))
    with pytest.raises(ReleaseExists, match="v1 is already published.*immutable.*v2"):
        publish_release(second, root, "news", version=1)
    assert sorted(p.name for p in Path(root, "news", "v1").rglob("*")) == before
    assert check_release(f"{root}/news", 1) == []
    assert publish_release(second, root, "news", version=5).endswith("/v5")
    assert publish_release(first, root, "news").endswith("/v6")


def test_a_source_changed_after_commit_is_not_published(tmp_path, two_outputs):
    first, _ = two_outputs
    shard = Path(first, "part-00001-of-00004.parquet")
    shard.write_bytes(shard.read_bytes()[:-1] + b"\0")
    with pytest.raises(Exception, match="changed after commit"):
        publish_release(first, str(tmp_path / "releases"), "news")
    assert list_versions(str(tmp_path / "releases" / "news")) == []
    assert not list(Path(tmp_path, "releases", "news").iterdir())


def test_check_release_detects_modification(tmp_path, two_outputs):
    root = str(tmp_path / "releases")
    v1 = Path(publish_release(two_outputs[0], root, "news"))
    assert check_release(f"{root}/news") == []
    shard = v1 / "part-00002-of-00004.parquet"
    shard.write_bytes(shard.read_bytes() + b"x")
    (v1 / "extra.txt").write_text("sneaked in")
    card = v1 / "README.md"
    card.write_text(card.read_text() + "edited\n")
    problems = check_release(f"{root}/news", 1)
    assert any("part-00002-of-00004.parquet was modified" in p for p in problems)
    assert any("extra.txt was added" in p for p in problems)
    assert any("README.md was modified" in p for p in problems)


def test_diff_reports_rows_schema_and_sources(tmp_path, two_outputs):
    root = str(tmp_path / "releases")
    for output in two_outputs:
        publish_release(output, root, "news")
    diff = diff_versions(f"{root}/news")
    assert (diff["from"], diff["to"]) == ("v1", "v2")
    rows = diff["rows"]
    assert (rows["from"], rows["to"], rows["added"], rows["removed"]) == (103, 120, 37, 20)
    assert rows["added_sample"][0] == "doc-000103" and rows["removed_sample"][0] == "doc-000000"
    assert [f["name"] for f in diff["schema"]["added"]] == ["quality"]
    assert diff["schema"]["removed"] == [] and diff["schema"]["type_changed"] == []
    sources = diff["sources"]
    assert [s["dataset_id"] for s in sources["added"]] == ["https://data.europa.eu/88u/dataset/air-quality"]
    assert [s["dataset_id"] for s in sources["removed"]] == ["urn:uuid:3f7c-health-notes"]
    licence = sources["changed"][0]["changes"]["licence"]
    assert licence == {"from": "CC-BY-4.0", "to": "CC-BY-SA-4.0"}
    # the reverse direction swaps added and removed
    back = diff_versions(f"{root}/news", 2, 1)
    assert (back["rows"]["added"], back["rows"]["removed"]) == (20, 37)
    assert [f["name"] for f in back["schema"]["removed"]] == ["quality"]


def test_show_version(tmp_path, two_outputs):
    root = str(tmp_path / "releases")
    publish_release(two_outputs[0], root, "news")
    info = show_version(f"{root}/news@v1")
    assert info["version"] == "v1" and info["rows"] == 103 and len(info["shards"]) == 4
    assert info["run_id"] == "run-1" and "croissant.json" in info["files"]


def test_cli_list_show_diff_check(tmp_path, two_outputs):
    from pipelines.cli import _register_commands, app

    _register_commands()
    runner = CliRunner()
    root = str(tmp_path / "releases")
    result = runner.invoke(app, ["releases", "publish", two_outputs[0], f"{root}/news"])
    assert result.exit_code == 0, result.output
    publish_release(two_outputs[1], root, "news")
    listed = runner.invoke(app, ["releases", "list", f"{root}/news", "--json"])
    assert [v["version"] for v in json.loads(listed.stdout)] == ["v1", "v2"]
    table = runner.invoke(app, ["releases", "list", f"{root}/news"])
    assert "v2" in table.stdout and "120" in table.stdout
    shown = runner.invoke(app, ["releases", "show", f"{root}/news", "-v", "v1"])
    assert shown.exit_code == 0 and "103 rows" in shown.stdout
    diff = runner.invoke(app, ["releases", "diff", f"{root}/news"])
    assert diff.exit_code == 0, diff.output
    assert "+37" in diff.stdout and "-20" in diff.stdout and "quality" in diff.stdout
    as_json = json.loads(runner.invoke(app, ["releases", "diff", f"{root}/news", "--from", "v1",
                                             "--to", "v2", "--json"]).stdout)
    assert as_json["rows"]["added"] == 37
    assert runner.invoke(app, ["releases", "check", f"{root}/news"]).exit_code == 0
    Path(root, "news", "v1", "croissant.json").write_text("{}")
    assert runner.invoke(app, ["releases", "check", f"{root}/news"]).exit_code == 1
    refused = runner.invoke(app, ["releases", "publish", two_outputs[0], f"{root}/news", "-v", "v2"])
    assert refused.exit_code != 0 and isinstance(refused.exception, ReleaseExists)


def test_publish_to_s3(s3_options, tmp_path, two_outputs):
    import boto3

    boto3.client(
        "s3", endpoint_url=s3_options["endpoint_url"], region_name="us-east-1",
        aws_access_key_id="testing", aws_secret_access_key="testing",
    ).create_bucket(Bucket="releases")
    url = publish_release(two_outputs[0], "s3://releases/lab", "news", storage_options=s3_options)
    assert url == "s3://releases/lab/news/v1"
    assert open_dataset(url, storage_options=s3_options).verify() == []
    assert check_release("s3://releases/lab/news", storage_options=s3_options) == []
    with pytest.raises(ReleaseExists):
        publish_release(two_outputs[1], "s3://releases/lab", "news", version=1,
                        storage_options=s3_options)
    v2 = publish_release(two_outputs[1], "s3://releases/lab", "news", storage_options=s3_options)
    assert v2.endswith("/v2")
    assert diff_versions("s3://releases/lab/news", storage_options=s3_options)["rows"]["added"] == 37
