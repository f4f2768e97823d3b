"""What runs on the Dask workers: ParDo bundles, shuffle splits and groups, combiner phases.

Every function here is a task of the graph that `translate.py` builds. A partition of a Dask bag is
one Beam bundle: a ParDo task runs `start_bundle`, `process` for each element and `finish_bundle`
on a DoFn instance that the worker keeps between tasks, so `setup` runs once per worker (and per
concurrent thread), not once per partition. `teardown_run` is run on every worker at the end.

Only the global window exists here: elements travel as bare values, and are wrapped in a
`WindowedValue` of the global window just before a DoFn sees them.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import xxhash
from apache_beam.coders import Coder
from apache_beam.internal import pickler
from apache_beam.runners.common import DoFnRunner, Receiver
from apache_beam.transforms.core import CombineFn, Windowing
from apache_beam.transforms.sideinputs import SideInputMap
from apache_beam.transforms.window import GlobalWindow, GlobalWindows
from apache_beam.utils.timestamp import MIN_TIMESTAMP
from apache_beam.utils.windowed_value import WindowedValue

_GLOBAL_WINDOWS = (GlobalWindow(),)
_GLOBAL_WINDOWING = Windowing(GlobalWindows())


def _windowed(value: Any) -> WindowedValue:
    return WindowedValue(value, MIN_TIMESTAMP, _GLOBAL_WINDOWS)


# ---------------------------------------------------------------------------------------------
# ParDo


@dataclass(frozen=True)
class ParDoPayload:
    """A ParDo as shipped to the workers: the DoFn and its arguments pickled once in the driver
    (with Beam's own pickler, as a portable runner would), plus the output tags to collect."""

    token: str
    """Unique per run and transform: the key under which workers keep their DoFn instances."""
    step_name: str
    pickled: bytes
    """`pickler.dumps((dofn, args, kwargs, side_input_views))`."""
    tags: tuple[str | None, ...]
    """Output tags, main output (None) included, in the order the task returns them."""


class _Collector(Receiver):
    def __init__(self) -> None:
        self.values: list[Any] = []

    def receive(self, windowed_value: WindowedValue) -> None:
        self.values.append(windowed_value.value)


class _DroppingReceiver(Receiver):
    def receive(self, windowed_value: WindowedValue) -> None:
        pass


class _Receivers(dict):
    """Output tags nobody consumes are dropped, as on Beam's other runners."""

    def __missing__(self, tag: str | None) -> Receiver:
        return _DroppingReceiver()


class _BundleProcessor:
    """One DoFn instance, set up once and then reused for bundle after bundle."""

    def __init__(self, payload: ParDoPayload, side_values: Sequence[list[Any]]) -> None:
        dofn, args, kwargs, views = pickler.loads(payload.pickled)
        side_inputs = [
            SideInputMap(view_class, view_options, [_windowed(v) for v in values])
            for (view_class, view_options), values in zip(views, side_values, strict=True)
        ]
        self.collectors = {tag: _Collector() for tag in payload.tags}
        self.runner = DoFnRunner(
            dofn,
            args,
            kwargs,
            side_inputs,
            _GLOBAL_WINDOWING,
            tagged_receivers=_Receivers(self.collectors),
            step_name=payload.step_name,
        )
        self.runner.setup()

    def run_bundle(self, elements: Iterable[Any]) -> tuple[list[Any], ...]:
        for collector in self.collectors.values():
            collector.values = []
        self.runner.start()
        for element in elements:
            self.runner.process(_windowed(element))
        self.runner.finish()
        self.runner.finalize()
        return tuple(collector.values for collector in self.collectors.values())


# Per worker process: idle DoFn instances by payload token. An instance is taken out while a
# bundle runs, so two threads of one worker never share a DoFn (DoFns need not be thread-safe).
_IDLE: dict[str, list[_BundleProcessor]] = {}
_LOCK = threading.Lock()


def run_pardo(payload: ParDoPayload, elements: Iterable[Any], *side_values: list[Any]):
    """Task: one bundle through the ParDo; returns one list of outputs per tag of `payload.tags`."""
    with _LOCK:
        idle = _IDLE.setdefault(payload.token, [])
        processor = idle.pop() if idle else None
    if processor is None:
        processor = _BundleProcessor(payload, side_values)
    outputs = processor.run_bundle(elements)
    with _LOCK:
        _IDLE.setdefault(payload.token, []).append(processor)
    return outputs


def teardown_run(run_id: str) -> int:
    """Calls `teardown` on this worker's DoFn instances of run `run_id`; returns how many."""
    prefix = f"{run_id}/"
    with _LOCK:
        tokens = [token for token in _IDLE if token.startswith(prefix)]
        processors = [p for token in tokens for p in _IDLE.pop(token)]
    for processor in processors:
        processor.runner.teardown()
    return len(processors)


# ---------------------------------------------------------------------------------------------
# Shuffle: split every input partition into one bucket per output partition, then merge buckets.


def stable_partition(encoded_key: bytes, partitions: int) -> int:
    """The output partition of a key, from its deterministic encoding: the same in every process
    (Python's `hash` of str and bytes is salted per process, so it cannot be used here)."""
    return xxhash.xxh64_intdigest(encoded_key) % partitions


def split_by_key(elements: Iterable[Any], key_coder: Coder, partitions: int) -> list[list[Any]]:
    """Task: bucket (key, value) pairs by the stable hash of the encoded key. Each item becomes
    (encoded key, key, value) so the group step need not encode again."""
    buckets: list[list[Any]] = [[] for _ in range(partitions)]
    encode = key_coder.encode
    for key, value in elements:
        encoded = encode(key)
        buckets[stable_partition(encoded, partitions)].append((encoded, key, value))
    return buckets


def split_round_robin(elements: Iterable[Any], partitions: int, offset: int) -> list[list[Any]]:
    """Task: spread elements evenly over the output partitions (for Reshuffle)."""
    buckets: list[list[Any]] = [[] for _ in range(partitions)]
    for index, element in enumerate(elements, start=offset):
        buckets[index % partitions].append(element)
    return buckets


def concat(parts: Sequence[Iterable[Any]]) -> list[Any]:
    """Task: the elements of several buckets or partitions, in order."""
    return [element for part in parts for element in part]


def group_by_key(buckets: Sequence[list[Any]]) -> list[tuple[Any, list[Any]]]:
    """Task: (key, [values]) per distinct encoded key. Keys compare by their encoding, as in Beam,
    so unhashable keys (lists, dicts with a deterministic coder) group correctly too."""
    groups: dict[bytes, tuple[Any, list[Any]]] = {}
    for bucket in buckets:
        for encoded, key, value in bucket:
            group = groups.get(encoded)
            if group is None:
                groups[encoded] = (key, [value])
            else:
                group[1].append(value)
    return list(groups.values())


# ---------------------------------------------------------------------------------------------
# CombinePerKey with combiner lifting: partial combine before the shuffle, merge after it.


def combine_partial(
    elements: Iterable[Any], pickled_fn: bytes, key_coder: Coder, partitions: int
) -> list[list[Any]]:
    """Task: one accumulator per key of the partition, bucketed like `split_by_key`."""
    combine_fn: CombineFn = pickler.loads(pickled_fn)
    combine_fn.setup()
    accumulators: dict[bytes, list[Any]] = {}
    encode = key_coder.encode
    for key, value in elements:
        encoded = encode(key)
        entry = accumulators.get(encoded)
        if entry is None:
            entry = accumulators[encoded] = [key, combine_fn.create_accumulator()]
        entry[1] = combine_fn.add_input(entry[1], value)
    buckets: list[list[Any]] = [[] for _ in range(partitions)]
    for encoded, (key, accumulator) in accumulators.items():
        bucket = buckets[stable_partition(encoded, partitions)]
        bucket.append((encoded, key, combine_fn.compact(accumulator)))
    combine_fn.teardown()
    return buckets


def combine_merge(buckets: Sequence[list[Any]], pickled_fn: bytes) -> list[tuple[Any, Any]]:
    """Task: merge the partial accumulators of each key and extract the output."""
    combine_fn: CombineFn = pickler.loads(pickled_fn)
    combine_fn.setup()
    out = [
        (key, combine_fn.extract_output(combine_fn.merge_accumulators(accumulators)))
        for key, accumulators in group_by_key(buckets)
    ]
    combine_fn.teardown()
    return out


# ---------------------------------------------------------------------------------------------
# Sources and sinks


def read_bundle(bundle: Any) -> list[Any]:
    """Task: every record of one `SourceBundle` of a bounded source."""
    source = bundle.source
    return list(source.read(source.get_range_tracker(bundle.start_position, bundle.stop_position)))


def count(elements: Iterable[Any]) -> int:
    """Task: drains a leaf partition on the worker; only its size travels to the client."""
    return sum(1 for _ in elements)


def total(counts: Sequence[int]) -> int:
    return sum(counts)
