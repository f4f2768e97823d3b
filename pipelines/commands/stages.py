"""`datalab normalise|filter|dedup-exact IN... -o OUT`: the foundation stages on their own."""

from __future__ import annotations

from typing import Annotated

import typer

from pipelines.commands.common import IdField, Inputs, Output, Overwrite, TextField, Workers, run_stage_command
from pipelines.console import report_run


def register(app: typer.Typer) -> None:
    @app.command(rich_help_panel="Stages")
    def normalise(
        inputs: Inputs,
        output: Output,
        text_field: TextField = "text",
        id_field: IdField = "id",
        match_copy: Annotated[bool, typer.Option(help="Add the `_match_text` copy dedup compares.")] = False,
        overwrite: Overwrite = False,
        workers: Workers = 1,
    ) -> None:
        """Unicode NFC, whitespace and control characters; null texts go to quarantine."""
        step = {"stage": "normalise", "match_copy": match_copy}
        report_run(run_stage_command(inputs, output, step, text_field=text_field, id_field=id_field, overwrite=overwrite, workers=workers))

    @app.command("filter", rich_help_panel="Stages")
    def filter_(
        inputs: Inputs,
        output: Output,
        text_field: TextField = "text",
        id_field: IdField = "id",
        min_chars: Annotated[int | None, typer.Option(help="Minimum text length.")] = 1,
        max_chars: Annotated[int | None, typer.Option(help="Maximum text length.")] = None,
        min_words: Annotated[int | None, typer.Option(help="Minimum number of words.")] = None,
        heuristic: Annotated[list[str], typer.Option(help="NAME=THRESHOLD, e.g. min_alpha_ratio=0.6 (repeatable).")] = [],  # noqa: B006
        overwrite: Overwrite = False,
        workers: Workers = 1,
    ) -> None:
        """Quarantine rows that are too short, too long or fail named quality heuristics."""
        heuristics = {}
        for item in heuristic:
            name, _, value = item.partition("=")
            heuristics[name] = float(value)
        step = {"stage": "filter", "min_chars": min_chars, "max_chars": max_chars, "min_words": min_words, "heuristics": heuristics}
        report_run(run_stage_command(inputs, output, step, text_field=text_field, id_field=id_field, overwrite=overwrite, workers=workers))

    @app.command("dedup-exact", rich_help_panel="Stages")
    def dedup_exact(
        inputs: Inputs,
        output: Output,
        text_field: TextField = "text",
        id_field: IdField = "id",
        overwrite: Overwrite = False,
        workers: Workers = 1,
    ) -> None:
        """Normalise, then remove exact copies keeping the first by id; copies go to removed/."""
        step = [{"stage": "normalise"}, {"stage": "exact_dedup"}]
        report_run(run_stage_command(inputs, output, step, text_field=text_field, id_field=id_field, overwrite=overwrite, workers=workers))
