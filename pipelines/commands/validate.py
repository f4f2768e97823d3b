"""`datalab validate IN... --suite S -o OUT` and `datalab suggest-suite IN... -o suite.yaml`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipelines.commands.common import IdField, Inputs, Output, Overwrite, Workers, run_stage_command
from pipelines.console import out, report_run

Suite = Annotated[
    str,
    typer.Option("--suite", "-s", help="Shipped suite (text_corpus, tabular_basic) or path to a suite YAML file."),
]
TextFieldOrNone = Annotated[
    str, typer.Option("--text-field", help="Column holding the text; '' for tables without one.")
]


def register(app: typer.Typer) -> None:
    @app.command(rich_help_panel="Stages")
    def validate(
        inputs: Inputs,
        output: Output,
        suite: Suite = "text_corpus",
        text_field: TextFieldOrNone = "text",
        id_field: IdField = "id",
        personal: Annotated[
            list[str], typer.Option("--personal", help="Column holding personal data: reports show types, never values (repeatable).")
        ] = [],  # noqa: B006
        warn_only: Annotated[
            bool, typer.Option("--warn-only", help="Report every failure without quarantining or failing (a dry check).")
        ] = False,
        batch_rows: Annotated[int, typer.Option(help="Most rows GX validates at once.")] = 1_000_000,
        overwrite: Overwrite = False,
        workers: Workers = 1,
    ) -> None:
        """Validate data (e.g. a published release) with a GX suite: passing rows to OUT, failing
        rows to OUT/quarantine/validate/ with reasons, GX results and Data Docs in OUT/datadocs/."""
        step: dict = {"stage": "validate", "suite": suite, "personal_columns": list(personal), "batch_rows": batch_rows}
        if warn_only:
            from schemas.suites import load_suite

            step["policies"] = {e.type: "warn" for e in load_suite(suite).all_expectations()}
        result = run_stage_command(
            inputs, output, step, text_field=text_field or None, id_field=id_field, overwrite=overwrite, workers=workers
        )
        report_run(result)
        ext = result.manifest.get("extensions", {}).get("validate", {})
        if ext:
            state = "passed" if ext.get("success") else f"failed: {', '.join(ext.get('failed_expectations', []))}"
            out.print(f"suite {ext.get('suite')} v{ext.get('suite_version')} {state}")
            if ext.get("data_docs"):
                out.print(f"Data Docs: {result.output.rstrip('/')}/{ext['data_docs']}")

    @app.command("suggest-suite", rich_help_panel="Stages")
    def suggest_suite(
        inputs: Inputs,
        output: Annotated[Path, typer.Option("-o", "--output", help="Suite YAML file to write.")],
        text_field: TextFieldOrNone = "text",
        id_field: IdField = "id",
        sample: Annotated[int, typer.Option(help="Rows to profile.", min=1)] = 100_000,
        name: Annotated[str | None, typer.Option(help="Suite name (default: the file name).")] = None,
        overwrite: Overwrite = False,
    ) -> None:
        """Profile a sample and write a starting expectation suite a steward can edit."""
        from datalab.errors import OutputExists
        from transforms.validate.suggest import HEADER, read_sample
        from transforms.validate.suggest import suggest_suite as suggest

        if output.exists() and not overwrite:
            msg = f"{output} exists; pass --overwrite to replace it"
            raise OutputExists(msg)
        table = read_sample(list(inputs), rows=sample, id_field=id_field, text_field=text_field or None)
        suite_name = name or output.stem.replace(" ", "_")
        suite = suggest(table, name=suite_name, id_field=id_field, text_field=text_field or None)
        header = HEADER.format(rows=table.num_rows, inputs=" ".join(inputs), path=output)
        output.write_text(header + suite.to_yaml())
        out.print(
            f"wrote {output}: {len(suite.columns)} columns, {len(suite.all_expectations())} "
            f"expectations from {table.num_rows:,} rows"
        )
