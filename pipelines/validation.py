"""`datalab validate-spec`: everything that can be checked before any data is read."""

from __future__ import annotations

from pathlib import Path

from datalab.errors import DatalabError, SpecError, SpecProblem
from schemas.loader import load_spec


def check_spec(path: Path, overrides: list[str]) -> object:
    """Load and validate the spec, then resolve its connector and options (no data is read).
    Raises `SpecError` with every located problem."""
    spec = load_spec(path, overrides)
    try:
        from pipelines.run import build_connector

        build_connector(spec)
    except DatalabError as error:
        problem = SpecProblem(path=str(path), field="source", message=str(error), line=_line_of(path, "source"))
        raise SpecError(f"{path}: the source cannot be used", [problem]) from None
    except ValueError as error:  # pydantic validation of the connector's options
        problem = SpecProblem(
            path=str(path), field="source.options", message=str(error).replace("\n", " "), line=_line_of(path, "options"),
            hint="`datalab connectors list` shows each type's options",
        )
        raise SpecError(f"{path}: the source options are invalid", [problem]) from None
    return spec


def _line_of(path: Path, key: str) -> int | None:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip().startswith(f"{key}:"):
            return number
    return None
