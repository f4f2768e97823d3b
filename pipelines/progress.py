"""Live progress: rows seen per step while a pipeline runs, on any local runner.

Workers may be other processes, so the counting DoFns publish their running totals as a small
JSON file per process under the staging folder (at most once a second); the driver sums the files
and shows them with rich. Remote staging (object stores) skips this: nothing is written there.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.live import Live
from rich.table import Table

PROGRESS_DIR = "_progress"
_INTERVAL = 1.0


class ProgressBoard:
    """This process's running counts: {step: {key: rows}}, flushed to a file now and then."""

    _boards: dict[str, ProgressBoard] = {}
    _lock = threading.RLock()  # one board per process, shared by Beam's worker threads

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.last_flush = 0.0
        self.path = folder / f"{socket.gethostname()}-{os.getpid()}-{id(self)}.json"

    @classmethod
    def for_folder(cls, folder: str) -> ProgressBoard | None:
        if "://" in folder:
            return None
        with cls._lock:
            if folder not in cls._boards:
                path = Path(folder) / PROGRESS_DIR
                path.mkdir(parents=True, exist_ok=True)
                cls._boards[folder] = ProgressBoard(path)
            return cls._boards[folder]

    def add(self, step: str, key: str, rows: int) -> None:
        with self._lock:
            self.counts[step][key] += rows
            now = time.monotonic()
            if now - self.last_flush >= _INTERVAL:
                self.flush(now)

    def flush(self, now: float | None = None) -> None:
        with self._lock:
            self.last_flush = now or time.monotonic()
            temporary = self.path.with_suffix(".tmp")
            temporary.write_text(json.dumps(self.counts))
            temporary.replace(self.path)


def read_progress(work_dir: str) -> dict[str, dict[str, int]]:
    """Sum of every worker's published counts."""
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for path in Path(work_dir, PROGRESS_DIR).glob("*.json"):
        try:
            data: dict[str, Any] = json.loads(path.read_text())
        except (OSError, ValueError):
            continue
        for step, counts in data.items():
            for key, rows in counts.items():
                totals[step][key] += rows
    return totals


class ProgressDisplay:
    """A rich live table of rows per step, refreshed from the workers' files in a thread."""

    def __init__(self, work_dir: str, steps: list[str], console: Console) -> None:
        self._work_dir = work_dir
        self._steps = steps
        self._console = console
        self._stop = threading.Event()
        self._started = time.monotonic()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _table(self) -> Table:
        counts = read_progress(self._work_dir)
        table = Table(title=f"running {time.monotonic() - self._started:.0f} s", title_justify="left")
        for column in ("step", "rows out", "removed", "quarantined"):
            table.add_column(column, justify="left" if column == "step" else "right")
        for step in self._steps:
            c = counts.get(step, {})
            table.add_row(step, f"{c.get('rows_out', 0):,}", f"{c.get('removed', 0):,}", f"{c.get('quarantined', 0):,}")
        return table

    def _loop(self) -> None:
        with Live(self._table(), console=self._console, refresh_per_second=2, transient=True) as live:
            while not self._stop.wait(0.5):
                live.update(self._table())

    def __enter__(self) -> ProgressDisplay:
        if "://" not in self._work_dir and self._console.is_terminal:
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
