"""`datalab cluster local` starts a real scheduler + worker processes and stops on Ctrl-C."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def datalab_command() -> list[str]:
    exe = Path(sys.executable).with_name("datalab")
    return [str(exe)] if exe.exists() else [shutil.which("datalab") or "datalab"]


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "term"])
def test_cluster_local_serves_until_stopped(stop_signal):
    pids: set[int] = set()
    proc = subprocess.Popen(
        [*datalab_command(), "cluster", "local", "--workers", "2", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "200"},
    )
    try:
        address = proc.stdout.readline().strip()
        assert address.startswith("tcp://127.0.0.1:"), address
        with distributed.Client(address, timeout=30) as client:
            client.wait_for_workers(2, timeout=60)
            info = client.scheduler_info(n_workers=-1)["workers"]
            assert len(info) == 2
            assert len({w["id"] for w in info.values()}) == 2
            pids = set(client.run(os.getpid).values())
            assert len(pids) == 2 and proc.pid not in pids  # separate worker processes
        proc.send_signal(stop_signal)
        assert proc.wait(timeout=60) == 0
        deadline = time.monotonic() + 20
        while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(_alive(pid) for pid in pids)  # the worker processes went with it
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
