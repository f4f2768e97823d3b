"""The defects of Beam 2.77's own `apache_beam.runners.dask.DaskRunner` that made us write
`pipelines.dask_runner`. Each test asserts the *wrong* result the stock runner gives today, next
to the right one ours gives; when a Beam upgrade fixes a defect, its test fails and says so.
"""

from __future__ import annotations

import apache_beam as beam
import pytest

from pipelines.dask_runner import DaskRunner
from tests.runners._pipelines import collected, dump, run, split_fives

stock = pytest.importorskip("apache_beam.runners.dask.dask_runner")


def tagged_outputs(p, out):
    nums = p | beam.Create(list(range(100)))
    parts = nums | "SplitFives" >> beam.ParDo(split_fives).with_outputs("fives", main="rest")
    dump((parts.rest, parts.fives) | beam.Flatten(), out, "flattened")
    # Written last, so that the stock runner computes this sink (see `two_sinks`).
    dump(parts.rest, out, "rest")


def two_sinks(p, out):
    nums = p | beam.Create(list(range(10)))
    dump(nums, out, "first")
    dump(nums | beam.Map(lambda x: x * 2), out, "second")


def runs(build, tmp_path, address):
    stock_out, ours_out = str(tmp_path / "stock"), str(tmp_path / "ours")
    result = run(build, stock_out, stock.DaskRunner(), [f"--dask_client_address={address}"])
    result.client.close()  # the stock runner leaves its client open
    run(build, ours_out, DaskRunner(), [f"--dask_address={address}"])
    return stock_out, ours_out


def test_stock_runner_sends_every_tagged_output_to_each_consumer(tmp_path, dask_address):
    stock_out, ours_out = runs(tagged_outputs, tmp_path, dask_address)
    # 80 of 100 numbers are not multiples of 5; the stock runner gives the main output's
    # consumer all 100 elements (main and tagged), because it keys bags by transform.
    assert len(collected(stock_out, "rest")) == 100
    assert len(collected(ours_out, "rest")) == 80


def test_stock_runner_computes_only_the_last_sink(tmp_path, dask_address):
    stock_out, ours_out = runs(two_sinks, tmp_path, dask_address)
    assert collected(stock_out, "first") is None  # silently never written
    assert sorted(collected(stock_out, "second")) == [x * 2 for x in range(10)]
    assert sorted(collected(ours_out, "first")) == list(range(10))
    assert sorted(collected(ours_out, "second")) == [x * 2 for x in range(10)]
