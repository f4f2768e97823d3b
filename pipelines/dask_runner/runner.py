"""`DaskRunner`: runs a batch Beam pipeline on a Dask distributed cluster.

    options = PipelineOptions(["--dask_address=tcp://10.0.0.5:8786"])
    with beam.Pipeline(runner=DaskRunner(), options=options) as p:
        ...

Without `--dask_address` the runner uses the Dask client already active in the process, else it
starts a `LocalCluster` for the run and closes it afterwards.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.runners.runner import PipelineResult, PipelineRunner, PipelineState

from pipelines.dask_runner import execution
from pipelines.dask_runner.translate import translate

_LOG = logging.getLogger(__name__)


class DaskRunnerOptions(PipelineOptions):
    """Options of `DaskRunner` (named apart from Beam's own `DaskOptions`, which may be loaded
    in the same process)."""

    @classmethod
    def _add_argparse_args(cls, parser) -> None:
        parser.add_argument(
            "--dask_address",
            default=None,
            help="Address of the Dask scheduler (tcp://HOST:PORT). Default: the active Dask "
            "client, else a LocalCluster started for this run.",
        )
        parser.add_argument(
            "--dask_partitions",
            type=int,
            default=None,
            help="Partitions after each shuffle (GroupByKey, Reshuffle, CombinePerKey). Default: "
            "twice the number of worker threads of the cluster.",
        )
        parser.add_argument(
            "--dask_workers",
            type=int,
            default=None,
            help="Worker processes of the LocalCluster started when there is no address and no "
            "active client. Default: Dask's choice (one per core).",
        )
        parser.add_argument(
            "--dask_connect_timeout",
            type=float,
            default=30.0,
            help="Seconds to wait for the scheduler to answer.",
        )


class DaskPipelineResult(PipelineResult):
    """A running or finished pipeline. `wait_until_finish` raises the first worker error."""

    def __init__(self, client: Any, futures: dict[str, Any], run_id: str, *, owns_client: bool):
        super().__init__(PipelineState.RUNNING)
        self._client = client
        self._futures = futures
        self._owns_client = owns_client
        self.run_id = run_id
        self.leaf_counts: dict[str, int] = {}
        """Elements in each PCollection nothing consumed (sink outputs), once finished."""

    def wait_until_finish(self, duration: int | None = None) -> str:
        if self._state in (PipelineState.DONE, PipelineState.FAILED, PipelineState.CANCELLED):
            return self._state
        try:
            counts = self._client.gather(list(self._futures.values()))
            if duration is not None:
                _LOG.debug("DaskRunner waits until the run finishes; `duration` is ignored")
            self.leaf_counts = dict(zip(self._futures, counts, strict=True))
            self._state = PipelineState.DONE
        except BaseException:
            self._state = PipelineState.FAILED
            raise
        finally:
            self._release()
        return self._state

    def cancel(self) -> str:
        self._client.cancel(list(self._futures.values()))
        self._state = PipelineState.CANCELLED
        self._release()
        return self._state

    def metrics(self):
        msg = "DaskRunner does not collect Beam metrics; stages report through their outputs"
        raise NotImplementedError(msg)

    def _release(self) -> None:
        if self._client is None:
            return
        try:
            self._client.run(execution.teardown_run, self.run_id)
        except Exception:  # noqa: BLE001 - teardown is best effort, the result already stands
            _LOG.warning("DoFn teardown on the Dask workers failed", exc_info=True)
        if self._owns_client:
            cluster = self._client.cluster
            self._client.close()
            if cluster is not None:
                cluster.close()
        self._client = None


class DaskRunner(PipelineRunner):
    """Executes a batch pipeline (global window) on Dask distributed.

    Unlike `apache_beam.runners.dask.DaskRunner` (Beam 2.77), it keeps one bag per output
    PCollection (so tagged outputs are split), computes every leaf (so every sink runs) and
    partitions GroupByKey by a stable hash of the deterministically encoded key.
    """

    def run_pipeline(self, pipeline, options: PipelineOptions) -> DaskPipelineResult:
        opts = options.view_as(DaskRunnerOptions)
        client, owns_client = _connect(opts)
        try:
            threads = sum(client.nthreads().values()) or 1
            partitions = opts.dask_partitions or 2 * threads
            run_id = uuid.uuid4().hex
            translation = translate(pipeline, partitions=partitions, run_id=run_id)
            leaves = translation.leaves()
            futures = dict(zip(leaves, client.compute(list(leaves.values())), strict=True))
        except BaseException:
            if owns_client:
                client.close()
            raise
        return DaskPipelineResult(client, futures, run_id, owns_client=owns_client)


def _connect(opts: DaskRunnerOptions) -> tuple[Any, bool]:
    try:
        from distributed import Client, LocalCluster, default_client
    except ImportError as exc:  # pragma: no cover - the dask extra is missing
        msg = "the Dask runner needs the dask extra: pip install 'datalab[dask]'"
        raise ImportError(msg) from exc
    if opts.dask_address:
        return Client(opts.dask_address, timeout=opts.dask_connect_timeout), True
    try:
        return default_client(), False
    except ValueError:
        cluster = LocalCluster(
            n_workers=opts.dask_workers, processes=True, dashboard_address=None
        )
        return Client(cluster), True
