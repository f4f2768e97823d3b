"""`datalab synthesise IN... -o OUT (--rows N | --ratio r) [--balance COL] [--synthesizer S]`."""

from __future__ import annotations

from typing import Annotated, Literal

import typer

from pipelines.commands.common import IdField, Inputs, Output, Overwrite, Workers, run_stage_command
from pipelines.console import out, report_run

Synthesizer = Literal["gaussian_copula", "ctgan", "tvae"]


def register(app: typer.Typer) -> None:
    @app.command(rich_help_panel="Stages")
    def synthesise(
        inputs: Inputs,
        output: Output,
        rows: Annotated[int | None, typer.Option("--rows", min=1, help="Synthetic rows to add.")] = None,
        ratio: Annotated[float | None, typer.Option("--ratio", min=0.0, help="Synthetic rows as a multiple of the real rows.")] = None,
        balance: Annotated[str | None, typer.Option("--balance", help="Categorical column whose categories are brought to an equal share.")] = None,
        balance_share: Annotated[float | None, typer.Option("--balance-share", help="Target share of each category (default: equal).")] = None,
        synthesizer: Annotated[Synthesizer, typer.Option("--synthesizer", help="SDV synthesizer.")] = "gaussian_copula",
        seed: Annotated[int, typer.Option("--seed", min=0, help="Random seed (same seed, same rows).")] = 0,
        epochs: Annotated[int, typer.Option("--epochs", min=1, help="Training epochs of ctgan/tvae.")] = 300,
        exclude: Annotated[list[str], typer.Option("--exclude", help="Column never learnt, e.g. a personal one (repeatable).")] = [],  # noqa: B006
        identifier: Annotated[list[str], typer.Option("--identifier", help="Direct-identifier column: refuse to learn it (repeatable).")] = [],  # noqa: B006
        exact_match_exclude: Annotated[list[str], typer.Option("--exact-match-exclude", help="Low-cardinality column left out of the exact-copy check (repeatable).")] = [],  # noqa: B006
        min_quality: Annotated[float, typer.Option("--min-quality", min=0.0, max=1.0, help="Minimum sdmetrics quality score.")] = 0.8,
        publish_real_on_failure: Annotated[bool, typer.Option("--publish-real-on-failure", help="When a gate fails, commit the real rows alone instead of failing.")] = False,
        save_model: Annotated[bool, typer.Option("--save-model", help="Save the fitted model in OUT/models/.")] = False,
        model_path: Annotated[str | None, typer.Option("--model", help="Sample from a saved model instead of fitting.")] = None,
        text_field: Annotated[str, typer.Option("--text-field", help="Free-text column (not learnt); '' for none.")] = "",
        id_field: IdField = "id",
        overwrite: Overwrite = False,
        workers: Workers = 1,
    ) -> None:
        """Add SDV synthetic rows (marked `_synthetic`) to a table; they are published only if
        the quality and privacy gates pass. Report: OUT/reports/synthesise/synthetic_report.html."""
        if rows is None and ratio is None and balance is None:
            raise typer.BadParameter("give --rows N, --ratio r or --balance COLUMN")
        step: dict = {
            "stage": "synthesise",
            "synthesizer": synthesizer,
            "rows": rows,
            "ratio": ratio,
            "balance": balance,
            "balance_share": balance_share,
            "seed": seed,
            "epochs": epochs,
            "exclude_columns": list(exclude),
            "identifier_columns": list(identifier),
            "quality": {"min_score": min_quality},
            "privacy": {"exact_match_exclude": list(exact_match_exclude)},
            "on_gate_failure": "publish_real" if publish_real_on_failure else "fail",
            "save_model": save_model,
            "model_path": model_path,
        }
        result = run_stage_command(
            inputs, output, step, text_field=text_field or None, id_field=id_field, overwrite=overwrite, workers=workers
        )
        report_run(result)
        entry = result.manifest.get("extensions", {}).get("synthesise", {})
        if entry:
            state = "published" if entry.get("published") else "NOT published: " + "; ".join(entry.get("refusal", []))
            out.print(
                f"synthetic rows {state}; quality {entry.get('quality_score')}, generator {entry.get('generator')}"
            )
            out.print(f"report: {result.output.rstrip('/')}/{entry.get('report', '').replace('.json', '.html')}")
