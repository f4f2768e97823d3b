"""The `local` engine: Beam's FnApiRunner, named explicitly rather than reached through DirectRunner.

Beam 2.77's `DirectRunner` first tries the Prism runner: it downloads a Go binary from the
project's GitHub releases on any machine that lacks it, starts it, and only falls back to the
FnApiRunner when that fails. Offline (a data lab's usual place) every run paid a failed download,
could hang as long as the resolver does, and left three temporary folders behind; online the same
spec silently ran on a different engine than the one Datalab is tested on. `LocalRunner` does
what `DirectRunner` does after its fallback, and nothing before it. Prism stays one option away
(`--runner=PrismRunner`).
"""

from __future__ import annotations

from apache_beam.runners.runner import PipelineRunner

LOCAL_RUNNER = "pipelines.local_runner.LocalRunner"
"""What `--runner` names for the local engine (Beam imports runners given by dotted path)."""


class LocalRunner(PipelineRunner):
    """Runs a batch pipeline on Beam's FnApiRunner, in-process or with `direct_num_workers`."""

    def is_fnapi_compatible(self) -> bool:
        return True

    def run_pipeline(self, pipeline, options):
        from apache_beam.portability.api import beam_provision_api_pb2
        from apache_beam.runners.portability.fn_api_runner import fn_runner
        from apache_beam.runners.portability.portable_runner import JobServiceHandle

        # The pipeline options travel in the provision info, as DirectRunner sends them, so SDK
        # worker processes (`multi_processing`) see the same options as the driver.
        encoded = JobServiceHandle.encode_pipeline_options(options.get_all_options())
        provision = fn_runner.ExtendedProvisionInfo(beam_provision_api_pb2.ProvisionInfo(pipeline_options=encoded))
        return fn_runner.FnApiRunner(provision_info=provision).run_pipeline(pipeline, options)
