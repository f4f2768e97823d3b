"""From the spec's `runner` section (plus pass-through Beam arguments) to Beam pipeline options.

Three ways to run, one mapping:

- `engine: local` - Beam's FnApiRunner (`pipelines.local_runner.LocalRunner`, not DirectRunner,
  which first tries to download and start Prism); `workers: N > 1` runs N workers, as threads of
  this process or as SDK worker processes (`parallelism`).
- `engine: dask` - `pipelines.dask_runner.DaskRunner` on the cluster at `dask_address` (or a local
  cluster of `workers` processes started for the run).
- any `--runner=...` in `beam_options` or on the command line (FlinkRunner, SparkRunner,
  DataflowRunner, PortableRunner, ...) - passed through to Beam unchanged, with its own options.

Arguments given on the command line come after the spec's `beam_options`, so they win.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from apache_beam.options.pipeline_options import PipelineOptions

from datalab.errors import SpecError
from pipelines.local_runner import LOCAL_RUNNER
from schemas.stages import STAGES

DASK_RUNNER = "pipelines.dask_runner.DaskRunner"
"""What `--runner` names for the Dask engine (Beam imports runners given by dotted path)."""

_DASK_RUNNER_NAMES = {DASK_RUNNER.lower(), "daskrunner", "dask"}


RUNNING_MODES = {"threads": "in_memory", "processes": "multi_processing"}
"""`runner.parallelism` -> the FnApiRunner's `direct_running_mode`. Threads use the in-memory
workers, not Beam's `multi_threading` mode: that one runs the same threads behind a gRPC data
plane, encoding every element for nothing (1.2x slower on the foundation benchmark)."""


class RunnerLike(Protocol):
    """What `engine_args` reads: `schemas.spec.RunnerSpec` or anything shaped like it."""

    engine: str
    workers: int
    parallelism: str
    beam_options: list[str]

    @property
    def dask_address(self) -> str | None: ...


@dataclass(frozen=True)
class Engine:
    """The resolved engine: a name for reports and the Beam options that select it."""

    name: str
    """`local`, `dask` or the Beam runner given by `--runner` (e.g. `FlinkRunner`)."""
    options: PipelineOptions
    args: tuple[str, ...]


def engine_args(
    runner: RunnerLike, beam_args: list[str] | None = None, stages: Iterable[str] = ()
) -> tuple[str, list[str]]:
    """(engine name, Beam arguments) for a runner section and pass-through arguments; `stages`
    (the spec's step stages) decide `parallelism: auto`."""
    args = [*runner.beam_options, *(beam_args or [])]
    explicit = _explicit_runner(args)
    engine = runner.engine
    dask_address = getattr(runner, "dask_address", None)

    if explicit is not None and explicit.lower() in _DASK_RUNNER_NAMES:
        args = _drop_runner(args)
        explicit, engine = None, "dask"
    if explicit is not None:
        if engine == "dask":
            msg = (
                f"runner.engine is `dask` but the Beam options also select --runner={explicit}; "
                "remove one of them (Flink, Spark and Dataflow are chosen by --runner alone)"
            )
            raise SpecError(msg)
        return explicit, args
    if dask_address and engine != "dask":
        msg = "runner.dask_address is set but runner.engine is `local`; set `engine: dask`"
        raise SpecError(msg)

    if engine == "dask":
        extra = [f"--runner={DASK_RUNNER}"]
        if dask_address:
            extra.append(f"--dask_address={dask_address}")
        elif not _has(args, "--dask_address"):
            extra.append(f"--dask_workers={runner.workers}")
        return "dask", [*extra, *args]

    extra = [f"--runner={LOCAL_RUNNER}"]
    if runner.workers > 1 and not _has(args, "--direct_num_workers"):
        mode = RUNNING_MODES[local_parallelism(runner.parallelism, stages)]
        extra += [f"--direct_num_workers={runner.workers}", f"--direct_running_mode={mode}"]
    return "local", [*extra, *args]


def local_parallelism(parallelism: str, stages: Iterable[str]) -> str:
    """`threads` or `processes`: `auto` is processes when a stage's work holds Python's lock
    (measured: anonymise on 2 threads took 1.2x its 1-worker time, on 2 processes 0.7x)."""
    if parallelism != "auto":
        return parallelism
    return "processes" if any(STAGES[s].python_bound for s in stages if s in STAGES) else "threads"


def resolve_engine(runner: RunnerLike, beam_args: list[str] | None = None, stages: Iterable[str] = ()) -> Engine:
    """The engine and its `PipelineOptions`; `beam.Pipeline(options=engine.options)` runs on it."""
    name, args = engine_args(runner, beam_args, stages)
    return Engine(name=name, options=PipelineOptions(args), args=tuple(args))


def _explicit_runner(args: list[str]) -> str | None:
    """The value of the last `--runner` in `args` (`--runner=X` or `--runner X`), if any."""
    found = None
    for i, arg in enumerate(args):
        if arg.startswith("--runner="):
            found = arg.split("=", 1)[1]
        elif arg == "--runner" and i + 1 < len(args):
            found = args[i + 1]
    return found


def _drop_runner(args: list[str]) -> list[str]:
    out, skip = [], False
    for arg in args:
        if skip:
            skip = False
        elif arg == "--runner":
            skip = True
        elif not arg.startswith("--runner="):
            out.append(arg)
    return out


def _has(args: list[str], flag: str) -> bool:
    return any(a == flag or a.startswith(f"{flag}=") for a in args)
