"""The `datalab` command. Start-up imports only typer and rich: every command imports what it
needs when it runs, so `datalab --help` stays fast and a dedup run never loads Presidio."""

from __future__ import annotations

import importlib
import logging
import sys
import warnings
from pathlib import Path
from typing import Annotated

import typer

COMMAND_MODULES = [
    "pipelines.commands.stages",
    "pipelines.commands.dedup",
    "pipelines.commands.connectors",
    "pipelines.commands.dev",
    "pipelines.commands.releases",
    "pipelines.commands.cluster",
    "pipelines.commands.validate",
    "pipelines.commands.anonymise",
    "pipelines.commands.synthesise",
]

app = typer.Typer(
    name="datalab",
    help="Curation pipelines for AI Factory data labs: pull, deduplicate, anonymise, augment, "
    "validate and shard data with Apache Beam.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

Spec = Annotated[Path, typer.Argument(help="The pipeline spec (YAML).", exists=False)]
Sets = Annotated[list[str], typer.Option("--set", help="Override a spec field: a.b=value (repeatable).")]


@app.command(
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
    rich_help_panel="Pipelines",
)
def run(
    ctx: typer.Context,
    spec: Spec,
    output: Annotated[str | None, typer.Option("-o", "--output", help="Override output.path.")] = None,
    set_: Sets = [],  # noqa: B006
    workers: Annotated[int | None, typer.Option(help="Local workers (runner.workers).")] = None,
    parallelism: Annotated[
        str | None, typer.Option(help="Local workers as auto, threads or processes (runner.parallelism).")
    ] = None,
    release: Annotated[str | None, typer.Option(help="Publish as the next version of RELEASE_ROOT/NAME (output.release).")] = None,
    engine: Annotated[str | None, typer.Option(help="local or dask (runner.engine).")] = None,
    dask_address: Annotated[str | None, typer.Option(help="Dask scheduler, tcp://HOST:PORT (runner.dask_address).")] = None,
) -> None:
    """Run the pipeline a spec describes. Unknown options (e.g. --runner FlinkRunner
    --flink_master host:8081) pass through to Beam unchanged."""
    from pipelines.console import report_run
    from pipelines.run import run_spec
    from schemas.loader import load_spec

    overrides = list(set_)
    if output is not None:
        overrides.append(f"output.path={output}")
    if workers is not None:
        overrides.append(f"runner.workers={workers}")
    if parallelism is not None:
        overrides.append(f"runner.parallelism={parallelism}")
    if release is not None:
        overrides.append(f"output.release={release}")
    if engine is not None:
        overrides.append(f"runner.engine={engine}")
    if dask_address is not None:
        overrides.append(f"runner.dask_address={dask_address}")
    loaded = load_spec(spec, overrides)
    report_run(run_spec(loaded, beam_args=list(ctx.args)))


@app.command("validate-spec", rich_help_panel="Pipelines")
def validate_spec(spec: Spec, set_: Sets = []) -> None:  # noqa: B006
    """Check a spec without running it: every problem with its line, field and a fix hint (exit 2)."""
    from pipelines.console import out
    from pipelines.validation import check_spec

    loaded = check_spec(spec, list(set_))
    steps = " -> ".join(s.name or s.stage for s in loaded.steps) or "(no steps)"
    out.print(f"[green]ok[/] {spec}: {loaded.source.connector} -> {steps} -> {loaded.output.path}")


def _quiet(record: logging.LogRecord) -> bool:
    """Drop Beam's apitools notice and libraries' INFO lines (GX resets its own logger levels)."""
    if "apitools" in record.getMessage():
        return False
    return record.levelno >= logging.WARNING or record.name.startswith(("datalab", "pipelines"))


def _register_commands() -> None:
    for module in COMMAND_MODULES:
        importlib.import_module(module).register(app)


def main(argv: list[str] | None = None) -> None:
    """Entry point: runs the app and turns Datalab errors into messages and exit codes
    (2 for a bad spec, 1 for other errors that need the user to act). Usage errors are typer's."""
    from datalab.errors import DatalabError, SpecError

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:
        handler.addFilter(_quiet)
    # Third-party advice that says nothing to a steward (each stage reports what matters).
    warnings.filterwarnings("ignore", message="We strongly recommend saving the metadata")
    _register_commands()
    try:
        app(args=argv)
    except SpecError as error:
        from pipelines.console import print_spec_error

        print_spec_error(error)
        sys.exit(2)
    except DatalabError as error:
        from pipelines.console import console

        console.print(f"[red]error:[/] {error}", highlight=False)
        for note in getattr(error, "__notes__", ()):
            console.print(note, highlight=False)
        sys.exit(1)


if __name__ == "__main__":
    main()
