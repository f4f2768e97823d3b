"""Real services on 127.0.0.1, shared by the tests of this folder: a two-process Dask cluster,
and Beam's Python job service with an SDK worker pool for the portable runner."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def dask_address():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=2,
        processes=True,
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=True,
    )
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close(timeout=30)


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


@pytest.fixture(scope="session")
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


@pytest.fixture(scope="session")
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
