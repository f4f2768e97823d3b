"""The CLI as a user runs it (subprocesses), a killed run, S3 in and out, and a light start-up."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import polars as pl
import pytest

from tests.core.conftest import FOUNDATION_STEPS, REPO, write_jsonl

DATALAB = [sys.executable, "-m", "pipelines.cli"]
HEAVY = ("presidio_analyzer", "spacy", "great_expectations", "sdv", "torch")


def datalab(*args: str, cwd: Path = REPO, env: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([*DATALAB, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def test_validate_spec_reports_line_field_and_hint_with_exit_code_2(tmp_path):
    spec = tmp_path / "broken.yaml"
    spec.write_text("source:\n  connector: files\n  options: {paths: [x]}\nsteps:\n  - stage: filter\n    min_chars: lots\noutput: {}\n")
    result = datalab("validate-spec", str(spec))
    assert result.returncode == 2
    assert f"{spec}:6:5: steps.0.min_chars" in result.stderr
    assert f"{spec}:7:1: output.path: Field required (hint: add `path:` here)" in result.stderr


def test_validate_spec_checks_the_connector_options_before_any_work(tmp_path):
    spec = tmp_path / "bad-source.yaml"
    spec.write_text("source:\n  connector: files\n  options: {pathz: [x]}\noutput: {path: o}\n")
    result = datalab("validate-spec", str(spec))
    assert result.returncode == 2 and "pathz" in result.stderr and ":3" in result.stderr
    spec.write_text("source:\n  connector: ftp\noutput: {path: o}\n")
    result = datalab("validate-spec", str(spec))
    assert result.returncode == 2 and "unknown connector 'ftp'" in result.stderr and "files" in result.stderr


def test_run_with_output_override_and_set(tmp_path):
    out = tmp_path / "cli-out"
    result = datalab("run", "examples/quickstart.yaml", "-o", str(out), *[f"--set={s}" for s in FOUNDATION_STEPS],
                     "--set", "output.shard_rows=500")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert len(manifest["shards"]) >= 5 and "committed" in result.stdout
    again = datalab("run", "examples/quickstart.yaml", "-o", str(out), *[f"--set={s}" for s in FOUNDATION_STEPS])
    assert again.returncode == 1 and "already holds a committed dataset" in again.stderr and "Traceback" not in again.stderr


def test_stage_subcommands_write_the_standard_layout(tmp_path):
    rows = [{"id": f"r{i}", "text": t} for i, t in enumerate(["same text here", "same  text here ", "other text", None])]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    result = datalab("normalise", str(source), "-o", str(tmp_path / "n"), "--match-copy")
    assert result.returncode == 0, result.stderr
    assert pl.read_parquet(tmp_path / "n/quarantine/normalise/*.parquet")["id"].to_list() == ["r3"]
    result = datalab("dedup-exact", str(tmp_path / "n/part-*.parquet"), "-o", str(tmp_path / "d"))
    assert result.returncode == 0, result.stderr
    assert sorted(pl.read_parquet(tmp_path / "d/part-*.parquet")["id"]) == ["r0", "r2"]
    assert pl.read_parquet(tmp_path / "d/removed/exact_dedup/*.parquet")["_duplicate_of"].to_list() == ["r0"]
    result = datalab("filter", str(source), "-o", str(tmp_path / "f"), "--min-chars", "12", "--text-field", "text")
    assert result.returncode == 0 and (tmp_path / "f/manifest.json").exists()


def test_a_run_killed_between_shards_leaves_no_dataset_and_a_rerun_completes(tmp_path):
    rows = [{"id": f"{i:07d}", "text": f"document {i} " + "lorem ipsum dolor " * 20} for i in range(120_000)]
    source = write_jsonl(tmp_path / "big.jsonl", rows)
    out = tmp_path / "out"
    args = ["run", "examples/quickstart.yaml", "-o", str(out), f"--set=source.options.paths=[{source}]",
            "--set=steps=[{stage: normalise}]", "--set=output.release=null", "--set=output.shard_rows=2000", "--set=runner.batch_rows=1000"]
    process = subprocess.Popen([*DATALAB, *args], cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and not list(tmp_path.glob("out.datalab-tmp-*/tmp-*.parquet")):
        time.sleep(0.05)
    assert process.poll() is None, "the run finished before it could be killed"
    time.sleep(0.3)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert not (out / "manifest.json").exists() and not out.exists(), "nothing is visible at the output"
    assert list(tmp_path.glob("out.datalab-tmp-*")), "the killed run's staging is left behind"
    result = datalab(*args)
    assert result.returncode == 0, result.stderr
    assert json.loads((out / "manifest.json").read_text())["rows"] == len(rows)
    assert not list(tmp_path.glob("out.datalab-tmp-*")), "the re-run removed the stale staging"


def test_help_is_fast_and_a_dedup_run_never_imports_heavy_libraries(tmp_path):
    started = time.monotonic()
    assert datalab("--help").returncode == 0
    assert time.monotonic() - started < 10
    code = (
        "import sys, json\n"
        "from tests.core.conftest import foundation_spec\n"
        "from pipelines.run import run_spec\n"
        f"run_spec(foundation_spec(__import__('pathlib').Path({str(tmp_path / 'o')!r})))\n"
        f"print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


@pytest.fixture
def moto_s3(monkeypatch):
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    for key, value in {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test", "AWS_DEFAULT_REGION": "us-east-1",
                       "AWS_ENDPOINT_URL": endpoint, "AWS_CONFIG_FILE": os.devnull, "AWS_SHARED_CREDENTIALS_FILE": os.devnull}.items():
        monkeypatch.setenv(key, value)
    import boto3

    boto3.client("s3", endpoint_url=endpoint).create_bucket(Bucket="lab")
    yield endpoint
    server.stop()


def test_reads_from_s3_and_commits_to_s3(moto_s3, tmp_path):
    import fsspec
    import s3fs

    from pipelines.run import run_spec
    from tests.core.conftest import foundation_spec

    s3fs.S3FileSystem.clear_instance_cache()
    fs = fsspec.filesystem("s3")
    fs.put(str(REPO / "examples/data/corpus/part-0.jsonl"), "lab/raw/part-0.jsonl")
    spec = foundation_spec("s3://lab/curated/v1", "source.options.paths=[s3://lab/raw/*.jsonl]")
    result = run_spec(spec)
    manifest = json.loads(fs.cat("lab/curated/v1/manifest.json"))
    assert manifest["rows"] == result.manifest["rows"] > 0
    listed = {p.rsplit("/", 1)[-1] for p in fs.ls("lab/curated/v1")}
    assert {"manifest.json", "reports", "removed", *[s["path"] for s in manifest["shards"]]} <= listed
    assert all(fs.info(f"lab/curated/v1/{s['path']}")["size"] == s["bytes"] for s in manifest["shards"])
    assert not fs.exists("lab/curated/v1/_staging")
    frame = pl.read_parquet([f"s3://lab/curated/v1/{s['path']}" for s in manifest["shards"]],
                            storage_options={"endpoint_url": moto_s3, "aws_access_key_id": "test", "aws_secret_access_key": "test", "region": "us-east-1"})
    assert frame.height == manifest["rows"] and frame["source"][0].startswith("s3://lab/raw/part-0.jsonl#")


def test_validate_spec_builds_every_step_so_bad_stage_arguments_fail_early(tmp_path):
    spec = tmp_path / "bad-gx.yaml"
    spec.write_text(
        "source:\n  connector: files\n  options: {paths: [examples/data/corpus/]}\n"
        "steps:\n  - stage: validate\n    suite:\n      name: mine\n      expectations:\n"
        "        - type: expect_column_values_to_be_between\n          kwargs: {column: text, minimum: 1}\n"
        f"output: {{path: {tmp_path / 'never'}}}\n"
    )
    result = datalab("validate-spec", str(spec))
    assert result.returncode == 2, result.stderr
    assert f"{spec}:4:1: steps:" in result.stderr and "minimum" in result.stderr
    assert not (tmp_path / "never").exists()


def test_validate_spec_leaves_no_temporary_folders_behind(tmp_path):
    """Beam makes a `beam-pipeline-temp*` folder for every pipeline object; validate-spec builds
    one it never runs, so it must remove it itself (a steward's /tmp filled with them)."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    result = datalab("validate-spec", str(REPO / "examples/quickstart.yaml"), env={"TMPDIR": str(scratch)})
    assert result.returncode == 0, result.stderr
    assert list(scratch.iterdir()) == []
