"""How the CLI talks to people: run summaries, located spec errors, errors without tracebacks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from datalab.errors import SpecError
    from pipelines.run import RunResult

console = Console(stderr=True, soft_wrap=True)
out = Console()


def report_run(result: RunResult) -> None:
    """Print the per-step counts of a committed run and where its output and reports are."""
    counts = result.manifest["counts"]
    table = Table(title=f"{result.manifest['name']} -> {result.output}", title_justify="left")
    adds = any(step.get("added") for step in counts["steps"])
    columns = ["step", "rows in", "rows out", *(["added"] if adds else []), "removed", "quarantined", "CPU s"]
    for column in columns:
        table.add_column(column, justify="left" if column == "step" else "right")
    for step in counts["steps"]:
        added = [f"{step.get('added', 0):,}"] if adds else []
        table.add_row(
            step["step"], f"{step['rows_in']:,}", f"{step['rows_out']:,}", *added, f"{step['removed']:,}",
            f"{step['quarantined']:,}", f"{step['cpu_seconds']:.2f}",
        )
    out.print(table)
    shards = result.manifest["shards"]
    out.print(
        f"[green]committed[/] {counts['output_rows']:,} rows in {len(shards)} shard(s); "
        f"report: {result.output}/reports/report.html"
    )
    if result.release:
        out.print(f"[green]published[/] release {result.release}")


def print_spec_error(error: SpecError) -> None:
    console.print(f"[red]error:[/] {error}")
    for problem in error.problems:
        console.print(f"  {problem}", markup=False, highlight=False)
