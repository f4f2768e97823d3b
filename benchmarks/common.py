"""Helpers shared by the benchmark scripts: run a command and watch its process tree's memory."""

from __future__ import annotations

import subprocess
import threading
import time
from dataclasses import dataclass

import psutil


@dataclass
class Measured:
    seconds: float
    peak_rss_bytes: int
    peak_worker_rss_bytes: int
    returncode: int
    stderr: str


def measure(command: list[str], *, cwd: str | None = None, env: dict | None = None) -> Measured:
    """Run `command`, sampling the RSS of it and all its children every 50 ms.

    `peak_rss_bytes` is the peak of the sum over the tree (what the machine must hold);
    `peak_worker_rss_bytes` the largest single process (what one worker must hold)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peaks = {"tree": 0, "one": 0}
    stop = threading.Event()

    def sample() -> None:
        root = psutil.Process(process.pid)
        while not stop.is_set():
            try:
                tree = [root, *root.children(recursive=True)]
                sizes = []
                for proc in tree:
                    try:
                        sizes.append(proc.memory_info().rss)
                    except psutil.Error:
                        continue
                peaks["tree"] = max(peaks["tree"], sum(sizes))
                peaks["one"] = max(peaks["one"], max(sizes, default=0))
            except psutil.Error:
                pass
            stop.wait(0.05)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    _, stderr = process.communicate()
    stop.set()
    watcher.join()
    return Measured(time.perf_counter() - started, peaks["tree"], peaks["one"], process.returncode, stderr)
