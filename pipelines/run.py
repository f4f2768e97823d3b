"""Run a spec: plan the read, build and run the Beam pipeline, then commit the output atomically."""

from __future__ import annotations

import logging
import posixpath
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import apache_beam as beam

from connectors.base import Connector
from pipelines.builder import build_pipeline
from pipelines.cards import write_cards
from pipelines.engines import resolve_engine
from pipelines.commit import finalise, start_manifest, write_manifest
from pipelines.console import console
from pipelines.progress import ProgressDisplay
from pipelines.report import build_report, stage_report_links, write_reports
from pipelines.storage import (clear_failed_reports, commit_output, discard_staging, keep_failed_reports,
                               prepare_output)
from schemas.spec import PipelineSpec

log = logging.getLogger("datalab")


@dataclass(frozen=True)
class RunResult:
    """A committed run: where it is, its manifest and its report."""

    output: str
    manifest: dict[str, Any]
    report: dict[str, Any]
    release: str | None = None
    """The published version folder (`ROOT/NAME/vN`) when the spec sets `output.release`."""


def new_run_id(now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    return f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


def build_connector(spec: PipelineSpec) -> Connector:
    """The spec's source as a connector: a registered instance or a connector type."""
    from connectors import registry

    return registry.build_connector(spec.source.connector, dict(spec.source.options))


def run_spec(spec: PipelineSpec, *, beam_args: list[str] | None = None) -> RunResult:
    """Execute `spec` and commit its output; on any failure nothing becomes visible. With
    `output.release`, the committed output is then published as the next immutable version."""
    started = time.perf_counter()
    started_at = datetime.now(UTC)
    run_id = new_run_id(started_at)
    connector = build_connector(spec)
    location = prepare_output(spec.output.path, run_id, overwrite=spec.output.overwrite)
    try:
        tasks = connector.plan(id_field=spec.record.id_field, text_field=spec.record.text_field)
        log.info("%s: %d read task(s) from %s", spec.name, len(tasks), connector.name)
        engine = resolve_engine(spec.runner, beam_args, [step.stage for step in spec.steps])
        log.info("%s: running on %s", spec.name, engine.name)
        pipeline = beam.Pipeline(options=engine.options)
        built = build_pipeline(
            pipeline, spec, connector, tasks, work_dir=location.url(location.staging), run_id=run_id
        )
        with ProgressDisplay(location.staging, [label for label, _ in built.steps], console):
            pipeline.run().wait_until_finish()
        manifest = start_manifest(spec, run_id, started_at)
        finalise(location, spec, built, manifest)
        report = build_report(
            manifest,
            output=location.url(location.final),
            wall_seconds=time.perf_counter() - started,
            links=stage_report_links(location),
        )
        write_reports(location, report)
        manifest["artefacts"]["cards"] = write_cards(location.fs, location.staging, manifest)
        write_manifest(location, manifest)
        commit_output(location)
        clear_failed_reports(location)
    except BaseException as error:
        kept = keep_failed_reports(location)
        discard_staging(location)
        if kept:
            error.add_note(f"The reports this failed run wrote are kept in {kept}")
        raise
    output = location.url(location.final)
    release = None
    if spec.output.release:
        from pipelines.releases import publish_release

        root, name = posixpath.split(spec.output.release.rstrip("/"))
        release = publish_release(output, root, name)
        log.info("published %s", release)
    return RunResult(output=output, manifest=manifest, report=report, release=release)
