"""`pipelines.engines`: the spec's runner section -> Beam options, and the Dask engine end to end."""

from __future__ import annotations

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import DirectOptions, StandardOptions

from datalab.errors import SpecError
from pipelines.dask_runner import DaskRunnerOptions
from pipelines.engines import DASK_RUNNER, resolve_engine
from pipelines.local_runner import LOCAL_RUNNER
from schemas.spec import RunnerSpec
from tests.runners._pipelines import collected, dump


@pytest.mark.parametrize(
    ("runner", "beam_args", "name", "expected"),
    [
        (RunnerSpec(), [], "local", [f"--runner={LOCAL_RUNNER}"]),
        (
            RunnerSpec(workers=3),
            [],
            "local",
            [f"--runner={LOCAL_RUNNER}", "--direct_num_workers=3", "--direct_running_mode=in_memory"],
        ),
        (
            RunnerSpec(workers=2, parallelism="processes"),
            [],
            "local",
            [f"--runner={LOCAL_RUNNER}", "--direct_num_workers=2", "--direct_running_mode=multi_processing"],
        ),
        (
            RunnerSpec(workers=2),
            ["--direct_running_mode=multi_threading"],
            "local",
            [f"--runner={LOCAL_RUNNER}", "--direct_num_workers=2", "--direct_running_mode=in_memory",
             "--direct_running_mode=multi_threading"],
        ),
        (
            RunnerSpec(engine="dask", dask_address="tcp://10.0.0.5:8786"),
            [],
            "dask",
            [f"--runner={DASK_RUNNER}", "--dask_address=tcp://10.0.0.5:8786"],
        ),
        (RunnerSpec(engine="dask", workers=2), [], "dask", [f"--runner={DASK_RUNNER}", "--dask_workers=2"]),
        (
            RunnerSpec(beam_options=["--runner=FlinkRunner"]),
            ["--flink_master=flink:8081"],
            "FlinkRunner",
            ["--runner=FlinkRunner", "--flink_master=flink:8081"],
        ),
        (
            RunnerSpec(),
            ["--runner", "DaskRunner", "--dask_address=tcp://h:1"],
            "dask",
            [f"--runner={DASK_RUNNER}", "--dask_address=tcp://h:1"],
        ),
    ],
)
def test_engine_args(runner, beam_args, name, expected):
    engine = resolve_engine(runner, beam_args)
    assert engine.name == name
    assert list(engine.args) == expected


@pytest.mark.parametrize(
    ("parallelism", "stages", "mode"),
    [
        ("auto", ["normalise", "exact_dedup", "near_dedup"], "in_memory"),
        ("auto", ["normalise", "anonymise"], "multi_processing"),
        ("auto", ["validate"], "multi_processing"),
        ("threads", ["anonymise"], "in_memory"),
        ("processes", ["exact_dedup"], "multi_processing"),
    ],
)
def test_parallelism_follows_the_stages(parallelism, stages, mode):
    engine = resolve_engine(RunnerSpec(workers=2, parallelism=parallelism), [], stages)
    assert engine.options.view_as(DirectOptions).direct_running_mode == mode
    assert resolve_engine(RunnerSpec(parallelism=parallelism), [], stages).args == (f"--runner={LOCAL_RUNNER}",)


def test_options_are_parsed():
    engine = resolve_engine(RunnerSpec(engine="dask", dask_address="tcp://h:8786"))
    assert engine.options.view_as(StandardOptions).runner == DASK_RUNNER
    assert engine.options.view_as(DaskRunnerOptions).dask_address == "tcp://h:8786"
    local = resolve_engine(RunnerSpec(workers=2)).options.view_as(DirectOptions)
    assert local.direct_num_workers == 2


def test_conflicting_runner_is_a_spec_error():
    with pytest.raises(SpecError, match="remove one"):
        resolve_engine(RunnerSpec(engine="dask"), ["--runner=FlinkRunner"])
    with pytest.raises(SpecError, match="engine: dask"):
        resolve_engine(RunnerSpec(dask_address="tcp://h:1"))


def test_spec_accepts_the_dask_engine_and_stays_backward_compatible():
    assert RunnerSpec().engine == "local" and RunnerSpec().dask_address is None
    spec = RunnerSpec.model_validate({"engine": "dask", "dask_address": "tcp://h:1"})
    assert spec.dask_address == "tcp://h:1"
    with pytest.raises(ValueError, match="engine"):
        RunnerSpec.model_validate({"engine": "spark"})


def test_dask_engine_runs_a_pipeline(tmp_path, dask_address):
    engine = resolve_engine(RunnerSpec(engine="dask", dask_address=dask_address))
    with beam.Pipeline(options=engine.options) as p:
        words = p | beam.Create(["a b", "b c", "c"]) | beam.FlatMap(str.split)
        dump(words | beam.combiners.Count.PerElement(), str(tmp_path), "counts")
    assert type(p.runner).__name__ == "DaskRunner"
    assert sorted(collected(tmp_path, "counts")) == [("a", 1), ("b", 2), ("c", 2)]

