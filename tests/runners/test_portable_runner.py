"""The path Flink, Spark and Dataflow share, on this machine: Beam's `PortableRunner` submits the
pipeline as a proto to Beam's own Python job service (a separate process), stages Datalab's wheel
as an artifact, and SDK workers started by a worker pool (more separate processes, as the Beam
worker-pool sidecar of a Flink or Spark deployment) unpickle and run the DoFns on Arrow batches.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import apache_beam as beam
import pytest

from tests.runners._pipelines import arrow_pipeline, collected, dump, make_batches, run, table_rows

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            msg = f"{proc.args} exited with {proc.returncode} before listening on {port}"
            raise RuntimeError(msg)
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    msg = f"nothing listens on 127.0.0.1:{port} after {timeout} s"
    raise TimeoutError(msg)


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="module")
def datalab_wheel(tmp_path_factory) -> Path:
    """Datalab's wheel, built from the committed tree (as for `--extra_package` on a cluster)."""
    src = tmp_path_factory.mktemp("src")
    archive = subprocess.run(["git", "-C", str(REPO), "archive", "HEAD"], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(src)], input=archive.stdout, check=True)
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist), str(src)],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("datalab-*.whl")
    return wheel


@pytest.fixture(scope="module")
def portable_services(tmp_path_factory):
    """(job endpoint, worker pool endpoint, staging dir, worker pool pid)."""
    staging = tmp_path_factory.mktemp("staging")
    env = {
        **os.environ,
        # The worker pool starts `python` from PATH: the interpreter with Datalab installed.
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    }
    job_port, pool_port = free_port(), free_port()
    job = subprocess.Popen(
        [sys.executable, "-m", "apache_beam.runners.portability.local_job_service_main",
         "--port", str(job_port), "--staging_dir", str(staging)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    pool = subprocess.Popen(
        [sys.executable, "-m", "apache_beam.runners.worker.worker_pool_main", "--service_port", str(pool_port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(job_port, job)
        wait_for_port(pool_port, pool)
        yield f"localhost:{job_port}", f"localhost:{pool_port}", staging, (job.pid, pool.pid)
    finally:
        stop(pool)
        stop(job)


class PidFn(beam.DoFn):
    def process(self, batch):
        yield os.getpid()


def test_arrow_pipeline_through_portable_runner(tmp_path, portable_services, datalab_wheel):
    job_endpoint, pool_endpoint, staging, service_pids = portable_services
    args = [
        "--runner=PortableRunner",
        f"--job_endpoint={job_endpoint}",
        "--environment_type=EXTERNAL",
        f"--environment_config={pool_endpoint}",
        f"--extra_package={datalab_wheel}",
    ]
    portable, local = str(tmp_path / "portable"), str(tmp_path / "local")

    def build(p, out):
        arrow_pipeline(p, out)
        pids = p | "Probe" >> beam.Create(make_batches(2, 10)) | beam.ParDo(PidFn())
        dump(pids, out, "pids")

    run(build, portable, args=args)
    run(build, local)

    for name in ("kept", "removed"):
        assert table_rows(collected(portable, name)) == table_rows(collected(local, name))
    assert collected(portable, "rows") == collected(local, "rows") == [3000]
    assert sorted(collected(portable, "bucket_rows")) == sorted(collected(local, "bucket_rows"))
    # The DoFns ran in SDK worker processes: neither here nor in the job service or the pool.
    worker_pids = set(collected(portable, "pids"))
    assert worker_pids and worker_pids.isdisjoint({os.getpid(), *service_pids})
    # The wheel travelled as a staged artifact, intact.
    staged = [p for p in staging.rglob("*") if p.is_file() and zipfile.is_zipfile(p)]
    assert any(
        "pipelines/dask_runner/execution.py" in zipfile.ZipFile(p).namelist() for p in staged
    ), sorted(p.name for p in staging.rglob("*"))
