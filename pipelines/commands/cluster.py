"""`datalab cluster local`: a Dask cluster on this machine, to try the Dask engine."""

from __future__ import annotations

from typing import Annotated

import typer

cluster_app = typer.Typer(name="cluster", help="Compute clusters for the Dask engine.", no_args_is_help=True)


@cluster_app.command("local")
def local(
    workers: Annotated[int, typer.Option("--workers", min=1, help="Worker processes.")] = 2,
    threads: Annotated[int, typer.Option("--threads", min=1, help="Threads per worker process.")] = 1,
    host: Annotated[str, typer.Option("--host", help="Interface the scheduler and workers listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Scheduler port (0: a free port).")] = 8786,
    memory_limit: Annotated[str, typer.Option("--memory-limit", help="Per worker, e.g. 4GB ('auto': RAM / workers).")] = "auto",
    dashboard: Annotated[bool, typer.Option("--dashboard/--no-dashboard", help="Serve Dask's dashboard (needs bokeh).")] = False,
) -> None:
    """Start a Dask scheduler and WORKERS worker processes, print the scheduler address and
    serve until Ctrl-C (or SIGTERM). Run a spec on it with `datalab run SPEC --set runner.engine=dask
    --set runner.dask_address=ADDRESS`."""
    import signal
    import time

    from datalab.errors import MissingDependency
    from pipelines.console import out

    try:
        from distributed import LocalCluster
    except ImportError as exc:
        msg = "the Dask engine needs the dask extra: pip install 'datalab[dask]'"
        raise MissingDependency(msg) from exc

    def _interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _interrupt)  # `kill PID` closes the workers as Ctrl-C does
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=threads,
        processes=True,
        host=host,
        scheduler_port=port,
        memory_limit=memory_limit,
        dashboard_address=":8787" if dashboard else None,
    )
    try:
        address = cluster.scheduler_address
        out.print(address, highlight=False, soft_wrap=True)
        out.print(
            f"Dask cluster: {workers} worker process(es) x {threads} thread(s). "
            f"Run on it with --set runner.engine=dask --set runner.dask_address={address}; "
            "Ctrl-C stops it.",
            highlight=False,
        )
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        cluster.close()


def register(app: typer.Typer) -> None:
    app.add_typer(cluster_app, name="cluster", rich_help_panel="Development")
