"""`datalab dedup IN... -o OUT`: near-duplicate removal with MinHash LSH, optionally against
earlier releases."""

from __future__ import annotations

from typing import Annotated

import typer

from pipelines.commands.common import IdField, Inputs, Output, Overwrite, TextField, Workers


def register(app: typer.Typer) -> None:
    @app.command(rich_help_panel="Stages")
    def dedup(
        inputs: Inputs,
        output: Output,
        threshold: Annotated[float, typer.Option(help="Jaccard similarity at which two documents are duplicates.")] = 0.8,
        ngram: Annotated[int, typer.Option(help="Units per shingle.")] = 5,
        shingle: Annotated[str, typer.Option(help="Shingle unit: word or char.")] = "word",
        num_perm: Annotated[int, typer.Option("--num-perm", help="MinHash permutations.")] = 128,
        verify: Annotated[str, typer.Option(help="Check of LSH candidates: exact, signature or none.")] = "exact",
        keep: Annotated[str, typer.Option(help="Kept document of a cluster: first, longest, newest, highest.")] = "first",
        keep_column: Annotated[str | None, typer.Option("--keep-column", help="Column for keep newest/highest.")] = None,
        against: Annotated[list[str], typer.Option("--against", help="Earlier release folder to deduplicate against (repeatable).")] = [],  # noqa: B006
        no_index: Annotated[bool, typer.Option("--no-index", help="Do not write near_dedup_index/ for later releases.")] = False,
        component_rounds: Annotated[int, typer.Option("--component-rounds", help="Distributed label-propagation rounds before the one-worker residue (0 = all on one worker).")] = 0,
        text_field: TextField = "text",
        id_field: IdField = "id",
        overwrite: Overwrite = False,
        workers: Workers = 1,
    ) -> None:
        """Remove near-duplicates (MinHash LSH, verified, clustered); removed rows go to removed/
        with the id they duplicate, and near_dedup_index/ lets later releases dedup against this one."""
        from pipelines.commands.common import run_stage_command
        from pipelines.console import report_run

        step = {
            "stage": "near_dedup", "threshold": threshold, "ngram": ngram, "shingle": shingle, "num_perm": num_perm,
            "verify": verify, "keep": keep, "keep_column": keep_column, "against": list(against),
            "write_index": not no_index, "component_rounds": component_rounds,
        }
        report_run(
            run_stage_command(
                inputs, output, step, text_field=text_field, id_field=id_field, overwrite=overwrite, workers=workers
            )
        )
