"""`pipelines.local_runner.LocalRunner`: the FnApiRunner without DirectRunner's Prism attempt, and
without the timed data-plane flushes that lose elements in its parallel modes."""

from __future__ import annotations

import logging
import threading

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.runners.portability.fn_api_runner import fn_runner, worker_handlers

from pipelines.local_runner import LOCAL_RUNNER
from tests.runners._pipelines import collected, dump

ROWS_PER_SEED = 1_500_000
"""Long enough that each worker's bundle writes for several seconds: with Beam's stock 1 s timed
flush, this pipeline lost 7,000-35,000 of its 3,000,000 rows in each of 4 multi-threaded runs."""


def _rows(seed: int):
    for i in range(ROWS_PER_SEED):
        yield i % 16, seed


@pytest.mark.parametrize("mode", ["multi_threading", "in_memory"])
def test_parallel_modes_deliver_every_element_through_a_shuffle(tmp_path, mode):
    options = PipelineOptions([f"--runner={LOCAL_RUNNER}", "--direct_num_workers=2",
                               f"--direct_running_mode={mode}"])
    with beam.Pipeline(options=options) as p:
        counts = (
            p
            | beam.Create([1, 2], reshuffle=False)
            | beam.Reshuffle()
            | "Rows" >> beam.FlatMap(_rows)
            | beam.GroupByKey()
            | beam.MapTuple(lambda key, seeds: (key, len(list(seeds))))
        )
        dump(counts, tmp_path, "counts")
    per_key = dict(collected(tmp_path, "counts"))
    assert sum(per_key.values()) == 2 * ROWS_PER_SEED
    assert per_key == {key: 2 * ROWS_PER_SEED // 16 for key in range(16)}
    assert worker_handlers.DATA_BUFFER_TIME_LIMIT_MS == 1000, "the runner must put Beam's setting back"


@pytest.mark.parametrize("workers", [1, 2])
def test_runs_on_the_fn_api_runner_itself(tmp_path, workers):
    """DirectRunner would first try to download Prism; LocalRunner goes straight to FnApiRunner."""
    options = PipelineOptions([f"--runner={LOCAL_RUNNER}", f"--direct_num_workers={workers}",
                               "--direct_running_mode=multi_threading"])
    pipeline = beam.Pipeline(options=options)
    dump(pipeline | beam.Create(range(10)) | beam.Map(lambda x: x * x), tmp_path, "squares")
    result = pipeline.run()
    result.wait_until_finish()
    assert isinstance(result, fn_runner.RunnerResult)
    assert sorted(collected(tmp_path, "squares")) == [x * x for x in range(10)]


TWO_BUNDLES = threading.Barrier(2, timeout=60)
"""Each bundle waits here for the other: only workers that run side by side get past it."""


def _meet(element: int):
    TWO_BUNDLES.wait()
    yield element, threading.get_ident()


def test_in_memory_workers_run_bundles_at_once(tmp_path, caplog):
    """`parallelism: threads`: two in-memory workers process their halves of a stage at the same
    time, in threads of this process, and Beam's warning that they would not is not shown."""
    TWO_BUNDLES.reset()
    options = PipelineOptions([f"--runner={LOCAL_RUNNER}", "--direct_num_workers=2",
                               "--direct_running_mode=in_memory"])
    with caplog.at_level(logging.WARNING), beam.Pipeline(options=options) as p:
        met = p | beam.Create([1, 2], reshuffle=False) | beam.Reshuffle() | beam.FlatMap(_meet)
        dump(met, tmp_path, "met")
    by_element = dict(collected(tmp_path, "met"))
    assert sorted(by_element) == [1, 2]
    assert len(set(by_element.values())) == 2, "both bundles ran on one thread"
    assert not TWO_BUNDLES.broken
    assert "direct_num_workers" not in caplog.text
