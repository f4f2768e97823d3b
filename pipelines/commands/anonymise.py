"""`datalab anonymise IN... -o OUT [--policy P] [--text-field text ...] [--language auto|en|...]`."""

from __future__ import annotations

from typing import Annotated

import typer

from pipelines.commands.common import IdField, Inputs, Output, Overwrite, Workers, run_stage_command


def register(app: typer.Typer) -> None:
    @app.command(rich_help_panel="Stages")
    def anonymise(
        inputs: Inputs,
        output: Output,
        policy: Annotated[
            str | None, typer.Option("--policy", "-p", help="Policy YAML file (default: tag every detected entity).")
        ] = None,
        text_field: Annotated[
            list[str], typer.Option("--text-field", help="Free-text column to analyse (repeatable; '' for tables without one).")
        ] = ["text"],  # noqa: B006
        id_field: IdField = "id",
        language: Annotated[
            str, typer.Option("--language", help="auto (detect per document) or an ISO 639-1 code for all rows.")
        ] = "auto",
        language_field: Annotated[
            str | None, typer.Option("--language-field", help="Column holding each row's language code.")
        ] = None,
        no_residual_scan: Annotated[
            bool, typer.Option("--no-residual-scan", help="Skip re-analysing the output (halves the cost; the report then has no residual scan).")
        ] = False,
        overwrite: Overwrite = False,
        workers: Workers = 1,
    ) -> None:
        """Find personal data (EU ids, contacts, names) and apply a policy: anonymised shards to OUT,
        the audit table to OUT/detections/, and OUT/reports/anonymisation_report.{json,html}."""
        from pipelines.console import out, report_run

        fields = [f for f in text_field if f]
        step: dict = {"stage": "anonymise", "language": language, "text_fields": fields,
                      "residual_scan": not no_residual_scan}
        if policy:
            step["policy"] = policy
        if language_field:
            step["language_field"] = language_field
        result = run_stage_command(
            inputs, output, step, text_field=fields[0] if fields else None, id_field=id_field,
            overwrite=overwrite, workers=workers,
        )
        report_run(result)
        ext = result.manifest.get("extensions", {}).get("anonymise", {})
        if ext:
            without = ", ".join(ext.get("languages_without_ner") or []) or "none"
            out.print(f"{ext.get('detections', 0)} detections, residual scan: {ext.get('residual_hits', 0)} hit(s); "
                      f"languages without NER: {without}")
            out.print(f"report: {result.output.rstrip('/')}/{ext.get('report', '').replace('.json', '.html')}")
