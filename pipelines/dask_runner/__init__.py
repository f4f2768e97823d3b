"""A Beam runner for Dask distributed that keeps Beam's semantics (see `runner.DaskRunner`)."""

from pipelines.dask_runner.runner import DaskPipelineResult, DaskRunner, DaskRunnerOptions
from pipelines.dask_runner.translate import UnsupportedTransform

__all__ = ["DaskPipelineResult", "DaskRunner", "DaskRunnerOptions", "UnsupportedTransform"]
