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

        build_connector(spec)
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
    return spec
