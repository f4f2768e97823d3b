"""`datalab dev ...`: tools for trying Datalab locally (a DSP provider to pull from)."""

from __future__ import annotations

from typing import Annotated

import typer

dev_app = typer.Typer(name="dev", help="Local development helpers (test servers for demos).", no_args_is_help=True)


@dev_app.command("dsp-provider")
def dsp_provider(
    data: Annotated[str, typer.Option("--data", help="A data file or a folder of CSV/JSONL/JSON/Parquet files: one dataset each.")],
    port: Annotated[int, typer.Option("--port", help="Port to listen on (0: a free port).")] = 19194,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    licence: Annotated[str | None, typer.Option("--licence", help="Licence stated for every dataset (e.g. CC-BY-4.0).")] = None,
    version: Annotated[list[str], typer.Option("--version", help="DSP versions served (repeatable).")] = ["2025-1", "2024-1"],  # noqa: B006
    negotiation: Annotated[str, typer.Option(help="Scenario: agree | offer | terminate.")] = "agree",
    token_style: Annotated[str, typer.Option(help="Data-plane token: bearer | raw.")] = "bearer",
) -> None:
    """Serve a folder as a Dataspace Protocol provider (catalogue, negotiation, transfer, data
    plane) on HOST:PORT until Ctrl-C. For demos and tests; not a production connector."""
    import time
    from pathlib import Path

    from connectors.dsp.testing_provider import DspTestProvider, datasets_from_folder
    from datalab.errors import SourceError
    from pipelines.console import out

    if not Path(data).exists():
        msg = f"--data {data}: no such file or folder"
        raise SourceError(msg)
    datasets = datasets_from_folder(data, licence=licence)
    if not datasets:
        msg = f"--data {data}: no CSV, JSONL, JSON or Parquet file to serve"
        raise SourceError(msg)
    provider = DspTestProvider(datasets, host=host, port=port, versions=tuple(version), negotiation=negotiation,
                               token_style=token_style)
    provider.start()
    out.print(f"DSP provider on [bold]{provider.url}[/] (versions {', '.join(version)}), {len(datasets)} dataset(s):")
    for d in datasets:
        out.print(f"  {d.id}  ({Path(d.path).name}, {d.media_type})", highlight=False)
    out.print(f"register it: datalab connectors add demo --type dsp --option endpoint={provider.url}", soft_wrap=True)
    out.file.flush()
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        provider.stop()


def register(app: typer.Typer) -> None:
    app.add_typer(dev_app, name="dev", rich_help_panel="Development")
