"""What every stage subcommand shares: run one stage over files into the standard layout."""

from __future__ import annotations

from typing import Annotated, Any

import typer

TextField = Annotated[str, typer.Option("--text-field", help="Column holding the text.")]
IdField = Annotated[str, typer.Option("--id-field", help="Column holding the record id.")]
Output = Annotated[str, typer.Option("-o", "--output", help="Output folder or fsspec URL.")]
Overwrite = Annotated[bool, typer.Option("--overwrite", help="Replace a dataset already at the output.")]
Workers = Annotated[int, typer.Option("--workers", min=1, help="Local workers (1 = in-process; threads, or processes for Python-bound stages).")]
Inputs = Annotated[list[str], typer.Argument(help="Input files or globs (Parquet, CSV, JSON Lines; local or fsspec URLs).")]


def stage_command_spec(
    inputs: list[str],
    output: str,
    step: dict[str, Any] | list[dict[str, Any]],
    *,
    text_field: str | None = "text",
    id_field: str = "id",
    overwrite: bool = False,
    workers: int = 1,
    name: str | None = None,
) -> dict[str, Any]:
    """The spec a stage subcommand runs: files connector -> `step` (or steps) -> shards at `output`."""
    steps = step if isinstance(step, list) else [step]
    return {
        "name": name or steps[-1]["stage"].replace("_", "-"),
        "record": {"id_field": id_field, "text_field": text_field},
        "source": {"connector": "files", "options": {"paths": list(inputs)}},
        "steps": steps,
        "output": {"path": output, "overwrite": overwrite},
        "runner": {"workers": workers},
    }


def run_stage_command(inputs: list[str], output: str, step: dict[str, Any] | list[dict[str, Any]], **options: Any):
    """Run one stage over `inputs` into `output` (same layout as `datalab run`); `options` are
    those of `stage_command_spec` (text_field, id_field, overwrite, workers)."""
    from pipelines.run import run_spec
    from schemas.loader import spec_from_dict

    data = stage_command_spec(inputs, output, step, **options)
    return run_spec(spec_from_dict(data, source=f"datalab {data['name']}"))
