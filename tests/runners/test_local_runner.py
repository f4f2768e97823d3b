"""`pipelines.local_runner.LocalRunner`: the FnApiRunner without DirectRunner's Prism attempt, and
without the timed data-plane flushes that lose elements in its parallel modes."""

from __future__ import annotations

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


def test_parallel_modes_deliver_every_element_through_a_shuffle(tmp_path):
    options = PipelineOptions([f"--runner={LOCAL_RUNNER}", "--direct_num_workers=2",
                               "--direct_running_mode=multi_threading"])
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
