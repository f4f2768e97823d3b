"""`datalab validate-spec`: everything that can be checked before any data is read."""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml import YAML

from datalab.errors import DatalabError, SpecError, SpecProblem
from schemas.loader import field_position, load_spec
from schemas.spec import PipelineSpec


def check_spec(path: Path, overrides: list[str]) -> PipelineSpec:
    """Load and validate the spec, then resolve its connector and options (no data is read).
    Raises `SpecError` with every located problem."""
    spec = load_spec(path, overrides)
    try:
        from pipelines.run import build_connector

        connector = build_connector(spec)
    except (DatalabError, ValueError) as error:
        document = YAML(typ="rt").load(path.read_text(encoding="utf-8"))
        field = ["source", "options"] if spec.source.options else ["source", "connector"]
        line, column = field_position(document, field)
        problem = SpecProblem(
            path=str(path), field=".".join(field), line=line, column=column,
            message=str(error).replace("\n", " "),
            hint="`datalab connectors list` shows the connector types, instances and their options",
        )
        raise SpecError(f"{path}: the source cannot be used", [problem]) from None
    _build_graph(spec, connector, path)
    return spec


def _build_graph(spec: PipelineSpec, connector, path: Path) -> None:
    """Build the whole Beam graph with no read tasks: every stage builder checks its options and
    dependencies (GX arguments, SDV installed, policies, suites), and nothing is read, negotiated
    or run."""
    import shutil
    import tempfile

    import apache_beam as beam

    from pipelines.builder import build_pipeline

    pipeline = beam.Pipeline()
    with tempfile.TemporaryDirectory() as work_dir:
        try:
            build_pipeline(pipeline, spec, connector, [], work_dir=work_dir, run_id="validate-spec")
        except (DatalabError, ValueError, ImportError) as error:
            document = YAML(typ="rt").load(path.read_text(encoding="utf-8"))
            line, column = field_position(document, ["steps"])
            problem = SpecProblem(
                path=str(path), field="steps", line=line, column=column,
                message=str(error).replace("\n", " "),
                hint="the message names the step; the README spec reference lists each stage's options",
            )
            raise SpecError(f"{path}: a step cannot be built", [problem]) from None
        finally:
            # Beam makes this folder for every Pipeline and removes it only in run(), which a
            # graph built to be checked never reaches.
            shutil.rmtree(pipeline.local_tempdir, ignore_errors=True)
