"""The path Flink, Spark and Dataflow share, on this machine: Beam's `PortableRunner` submits the
pipeline as a proto to Beam's own Python job service (a separate process), stages Datalab's wheel
as an artifact, and SDK workers started by a worker pool (more separate processes, as the Beam
worker-pool sidecar of a Flink or Spark deployment) unpickle and run the DoFns on Arrow batches.
"""

from __future__ import annotations

import os
import zipfile

import apache_beam as beam

from tests.runners._pipelines import (
    arrow_pipeline,
    collected,
    dump,
    make_batches,
    portable_args,
    run,
    table_rows,
)


class PidFn(beam.DoFn):
    def process(self, batch):
        yield os.getpid()


def test_arrow_pipeline_through_portable_runner(tmp_path, portable_services, datalab_wheel):
    _, _, staging, service_pids = portable_services
    args = [*portable_args(portable_services), f"--extra_package={datalab_wheel}"]
    portable, local = str(tmp_path / "portable"), str(tmp_path / "local")

    def build(p, out):
        arrow_pipeline(p, out)
        pids = p | "Probe" >> beam.Create(make_batches(2, 10)) | beam.ParDo(PidFn())
        dump(pids, out, "pids")

    run(build, portable, args=args)
    run(build, local)

    for name in ("kept", "removed"):
        assert table_rows(collected(portable, name)) == table_rows(collected(local, name))
    assert collected(portable, "rows") == collected(local, "rows") == [3000]
    assert sorted(collected(portable, "bucket_rows")) == sorted(collected(local, "bucket_rows"))
    # The DoFns ran in SDK worker processes: neither here nor in the job service or the pool.
    worker_pids = set(collected(portable, "pids"))
    assert worker_pids and worker_pids.isdisjoint({os.getpid(), *service_pids})
    # The wheel travelled as a staged artifact, intact.
    staged = [p for p in staging.rglob("*") if p.is_file() and zipfile.is_zipfile(p)]
    assert any(
        "pipelines/dask_runner/execution.py" in zipfile.ZipFile(p).namelist() for p in staged
    ), sorted(p.name for p in staging.rglob("*"))
