"""`pipelines.dask_runner.DaskRunner` gives the same results as Beam's local runner.

Every pipeline runs twice, on Beam's default local runner (the FnApiRunner) and on a real
two-process Dask cluster, and the outputs are compared element for element.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import apache_beam as beam
import pytest
from apache_beam.transforms import window

from pipelines.dask_runner import DaskRunner, UnsupportedTransform
from tests.runners._pipelines import (
    FEATURE_OUTPUTS,
    arrow_pipeline,
    collected,
    dump,
    features,
    make_batches,
    multiset,
    run,
    table_rows,
    text_lines,
)


def dask_args(address: str, *extra: str) -> list[str]:
    return [f"--dask_address={address}", *extra]


@pytest.fixture(scope="module")
def feature_runs(tmp_path_factory, dask_address):
    local = str(tmp_path_factory.mktemp("local"))
    dask = str(tmp_path_factory.mktemp("dask"))
    run(features, local)
    result = run(features, dask, DaskRunner(), dask_args(dask_address, "--dask_partitions=3"))
    return local, dask, result


@pytest.mark.parametrize("name", FEATURE_OUTPUTS)
def test_output_matches_local_runner(feature_runs, name):
    local, dask, _ = feature_runs
    expected = collected(local, name)
    assert expected is not None
    assert multiset(collected(dask, name)) == multiset(expected)


def test_tagged_outputs_are_split(feature_runs):
    _, dask, _ = feature_runs
    assert sorted(collected(dask, "rest")) == [x for x in range(100) if x % 5]
    assert sorted(collected(dask, "fives")) == list(range(0, 100, 5))
    assert sorted(collected(dask, "evens")) == [x for x in range(100) if x % 3 and x % 2 == 0]
    assert len(collected(dask, "flattened")) == 80 + 20 + 33


def test_every_sink_runs(feature_runs):
    _, dask, result = feature_runs
    assert sorted(map(int, text_lines(dask, "rest"))) == [x for x in range(100) if x % 5]
    assert sorted(map(int, text_lines(dask, "fives"))) == list(range(0, 100, 5))
    # Every leaf PCollection was computed: each dump and both text sinks.
    leaves = set(result.leaf_counts)
    assert {f"Dump {name}.main" for name in FEATURE_OUTPUTS} <= leaves
    assert any(leaf.startswith("WriteRest/") for leaf in leaves)
    assert any(leaf.startswith("WriteFives/") for leaf in leaves)


def test_groups_are_not_split_across_workers(feature_runs):
    _, dask, _ = feature_runs
    for kind in ("str", "bytes", "tuple", "int"):
        keys = [key for key, _ in collected(dask, f"group_{kind}")]
        assert len(keys) == len(set(keys)), kind


def test_arrow_batches_match_local_runner(tmp_path, dask_address):
    local, dask = str(tmp_path / "local"), str(tmp_path / "dask")
    run(arrow_pipeline, local)
    run(arrow_pipeline, dask, DaskRunner(), dask_args(dask_address))
    for name in ("kept", "removed"):
        assert table_rows(collected(dask, name)) == table_rows(collected(local, name))
    all_rows = table_rows(make_batches())
    assert len(table_rows(collected(dask, "kept"))) + len(table_rows(collected(dask, "removed"))) == len(all_rows)
    assert collected(dask, "rows") == [len(all_rows)]
    assert sorted(collected(dask, "bucket_rows")) == sorted(collected(local, "bucket_rows"))


class LifecycleFn(beam.DoFn):
    """Leaves one marker file per lifecycle call, named after the process and the instance."""

    def __init__(self, folder: str) -> None:
        self.folder = folder

    def _mark(self, event: str) -> None:
        Path(self.folder, f"{event}-{os.getpid()}-{id(self)}-{os.urandom(4).hex()}").touch()

    def setup(self):
        self._mark("setup")

    def start_bundle(self):
        self._mark("start")

    def process(self, element):
        yield element

    def finish_bundle(self):
        self._mark("finish")

    def teardown(self):
        self._mark("teardown")


def test_dofn_lifecycle_once_per_worker(tmp_path, dask_address):
    marks = tmp_path / "marks"
    marks.mkdir()

    def build(p, out):
        nums = p | beam.Create(list(range(64))) | beam.Reshuffle()
        dump(nums | beam.ParDo(LifecycleFn(str(marks))), out, "out")

    run(build, str(tmp_path), DaskRunner(), dask_args(dask_address, "--dask_partitions=8"))
    events = [name.name.split("-") for name in marks.iterdir()]
    by_event = {e: [(pid, inst) for ev, pid, inst, _ in events if ev == e] for e in ("setup", "start", "finish", "teardown")}
    assert sorted(collected(tmp_path, "out")) == list(range(64))
    # One bundle per partition; one DoFn instance per worker process (one thread each).
    assert len(by_event["start"]) == len(by_event["finish"]) == 8
    assert 1 <= len(by_event["setup"]) <= 2
    assert len({pid for pid, _ in by_event["setup"]}) == len(by_event["setup"])
    assert sorted(by_event["teardown"]) == sorted(by_event["setup"])
    assert set(by_event["start"]) <= set(by_event["setup"])


def test_non_global_windows_are_refused(tmp_path, dask_address):
    def build(p, out):
        nums = p | beam.Create([1, 2, 3]) | beam.WindowInto(window.FixedWindows(10))
        dump(nums | beam.Map(lambda x: (x, x)) | beam.GroupByKey(), out, "out")

    with pytest.raises(UnsupportedTransform, match="global window"):
        run(build, str(tmp_path), DaskRunner(), dask_args(dask_address))


def test_worker_errors_reach_the_caller(tmp_path, dask_address):
    def explode(x):
        raise ValueError(f"bad element {x}")

    def build(p, out):
        dump(p | beam.Create([1]) | "Explode" >> beam.Map(explode), out, "out")

    with pytest.raises(ValueError, match="bad element 1"):
        run(build, str(tmp_path), DaskRunner(), dask_args(dask_address))


def test_key_partitioning_ignores_the_hash_seed():
    """Workers are separate processes with their own str/bytes hash salt; the partition of a
    key must not depend on it. Another process with another seed must bucket keys as we do."""
    from apache_beam import coders

    from pipelines.dask_runner.execution import split_by_key

    code = (
        "import sys\n"
        "from apache_beam import coders\n"
        "from pipelines.dask_runner.execution import split_by_key\n"
        "coder = coders.registry.get_coder(object).as_deterministic_coder('t')\n"
        "pairs = [(k, 1) for k in eval(sys.argv[1])]\n"
        "print(hash(sys.argv[1]), [[e[1] for e in b] for b in split_by_key(pairs, coder, 4)])\n"
    )
    keys = ["a", "b", b"c", ("d", 1), 7, "épée", (b"x", "y"), "k" * 100]
    seed = "1" if os.environ.get("PYTHONHASHSEED") != "1" else "2"
    other = subprocess.run(
        [sys.executable, "-c", code, repr(keys)],
        env={**os.environ, "PYTHONHASHSEED": seed},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split(" ", 1)
    coder = coders.registry.get_coder(object).as_deterministic_coder("t")
    ours = [[e[1] for e in b] for b in split_by_key([(k, 1) for k in keys], coder, 4)]
    assert int(other[0]) != hash(repr(keys))  # the other process really hashes differently
    assert other[1].strip() == repr(ours)


def test_without_address_runs_on_its_own_local_cluster(tmp_path):
    def build(p, out):
        dump(p | beam.Create(list(range(20))) | beam.Map(lambda x: (x % 2, x)) | beam.CombinePerKey(sum), out, "out")

    result = run(build, str(tmp_path), DaskRunner(), ["--dask_workers=1"])
    assert sorted(collected(tmp_path, "out")) == [(0, 90), (1, 100)]
    assert result.state == "DONE"
