"""Cutting Arrow rows by an integer key for a shuffle, a bundle's worth at a time.

Stages that shuffle small per-row records (hashes, row addresses) send them as Arrow pieces, one
per key. Cut per input element, that is (elements x keys) tiny pieces, whose per-element cost in
the runner outweighs the rows they carry; `BufferedCutFn` collects a bundle's rows first.
"""

from __future__ import annotations

import time

import apache_beam as beam
import numpy as np
import pyarrow as pa
from apache_beam.transforms.window import GlobalWindow
from apache_beam.utils.windowed_value import WindowedValue

from transforms.stage import STATS


def cut_by(table: pa.Table, keys: np.ndarray) -> list[tuple[int, pa.RecordBatch]]:
    """(key, rows) for each distinct value of `keys` (one per row of `table`): one stable sort,
    one `take`, then zero-copy slices."""
    if not keys.size:
        return []
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    ordered = table.take(pa.array(order)).combine_chunks()
    starts = np.r_[0, np.flatnonzero(np.diff(keys)) + 1]
    ends = np.r_[starts[1:], keys.size]
    return [
        (int(keys[a]), batch)
        for a, z in zip(starts, ends, strict=True)
        for batch in ordered.slice(a, z - a).to_batches()
    ]


class BufferedCutFn(beam.DoFn):
    """Collects small Arrow tables over a bundle (up to `_BUFFER_ROWS` rows) and emits them cut
    by `_cut`, so a shuffle moves one piece per key per bundle rather than per input element."""

    _BUFFER_ROWS = 1_000_000

    def start_bundle(self) -> None:
        self._buffer: list[pa.Table] = []
        self._buffered = 0

    def _cut(self, table: pa.Table) -> list[tuple[str, object]]:
        """The buffered rows as (output tag, value) pairs."""
        raise NotImplementedError

    def _add(self, table: pa.Table):
        self._buffer.append(table)
        self._buffered += table.num_rows
        if self._buffered >= self._BUFFER_ROWS:
            for tag, value in self._flush():
                yield beam.pvalue.TaggedOutput(tag, value)

    def finish_bundle(self):
        window = GlobalWindow()
        for tag, value in self._flush():
            yield beam.pvalue.TaggedOutput(tag, WindowedValue(value, window.max_timestamp(), [window]))

    def _flush(self) -> list[tuple[str, object]]:
        """The buffer cut, and the seconds cutting it took."""
        if not self._buffer:
            return []
        started = time.perf_counter()
        table = pa.concat_tables(self._buffer)
        self._buffer, self._buffered = [], 0
        return [*self._cut(table), (STATS, {"cpu_seconds": time.perf_counter() - started})]
