"""`datalab releases list|show|diff|check|publish ROOT/NAME`: numbered, immutable releases.

`datalab run --release ROOT/NAME` publishes a committed run through `publish_release` (see
`pipelines/releases.py`); these commands inspect what was published. Heavy imports stay
inside the commands so that `datalab --help` stays fast.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

releases_app = typer.Typer(
    name="releases",
    help="Numbered, immutable dataset releases for trainers: list, show, diff, check, publish.",
    no_args_is_help=True,
)

Release = Annotated[
    str,
    typer.Argument(
        help="Release folder ROOT/NAME (local path or fsspec URL); ROOT/NAME/vN or ROOT/NAME@vN "
        "names one version."
    ),
]
AsJson = Annotated[bool, typer.Option("--json", help="Machine-readable JSON on stdout.")]


def _version(value: str | None) -> int | None:
    if value is None:
        return None
    from pipelines.releases import _parse_version

    return _parse_version(value)


def _human_bytes(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if size < 1024 or unit == "TB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"


@releases_app.command("list")
def list_(release: Release, as_json: AsJson = False) -> None:
    """Committed versions, oldest first."""
    from rich.table import Table

    from pipelines.console import out
    from pipelines.releases import list_versions

    versions = list_versions(release)
    if as_json:
        typer.echo(json.dumps([v.as_dict() for v in versions], indent=2))
        return
    if not versions:
        out.print(f"{release}: no committed version yet (publish with `datalab run SPEC --release {release}`)")
        return
    table = Table(title=release, title_justify="left")
    for column in ("version", "rows", "size", "shards", "published", "run"):
        table.add_column(column, justify="right" if column in {"rows", "size", "shards"} else "left")
    for v in versions:
        table.add_row(
            f"v{v.version}", f"{v.rows:,}", _human_bytes(v.bytes), str(v.shards),
            v.published_at or "", v.run_id or "",
        )
    out.print(table)


@releases_app.command("show")
def show(
    release: Release,
    version: Annotated[str | None, typer.Option("--version", "-v", help="vN (default: newest).")] = None,
    as_json: AsJson = False,
) -> None:
    """One version: counts, schema, sources, shards and files."""
    from pipelines.console import out
    from pipelines.releases import show_version

    info = show_version(release, _version(version))
    if as_json:
        typer.echo(json.dumps(info, indent=2, default=str))
        return
    out.print(f"[bold]{info['version']}[/] {info['url']}", highlight=False)
    out.print(f"published {info['published_at']} from {info['published_from']} (run {info['run_id']})")
    out.print(f"{info['rows']:,} rows, {_human_bytes(info['bytes'] or 0)} in {len(info['shards'])} shard(s)")
    out.print("schema: " + ", ".join(f"{f['name']}: {f['type']}" for f in info["schema"]), highlight=False)
    for s in info["sources"]:
        out.print(
            f"source: {s.get('connector')} {s.get('dataset_id')} ({s.get('licence') or 'no licence'}) "
            f"{s.get('rows', 0):,} rows",
            highlight=False,
        )
    for step in (info["counts"] or {}).get("steps", []):
        out.print(
            f"step {step['step']}: {step['rows_in']:,} -> {step['rows_out']:,} "
            f"(removed {step['removed']:,}, quarantined {step['quarantined']:,})"
        )


def _print_diff(diff: dict[str, Any]) -> None:
    from pipelines.console import out

    rows = diff["rows"]
    out.print(f"[bold]{diff['release']}[/] {diff['from']} -> {diff['to']}", highlight=False)
    out.print(
        f"rows: {rows['from']:,} -> {rows['to']:,}: [green]+{rows['added']:,}[/] added, "
        f"[red]-{rows['removed']:,}[/] removed (by id), {rows['unchanged_ids']:,} ids kept"
    )
    for label, key in (("added", "added_sample"), ("removed", "removed_sample")):
        if rows[key]:
            more = rows[label] - len(rows[key])
            out.print(f"  {label}: {', '.join(rows[key])}" + (f" ... (+{more})" if more > 0 else ""), highlight=False)
    schema = diff["schema"]
    if not any(schema.values()):
        out.print("schema: unchanged")
    for f in schema["added"]:
        out.print(f"schema: [green]+ {f['name']}[/] ({f.get('type')})", highlight=False)
    for f in schema["removed"]:
        out.print(f"schema: [red]- {f['name']}[/] ({f.get('type')})", highlight=False)
    for f in schema["type_changed"]:
        out.print(f"schema: ~ {f['name']} {f['from']} -> {f['to']}", highlight=False)
    sources = diff["sources"]
    if not any(sources.values()):
        out.print("sources: unchanged")
    for s in sources["added"]:
        out.print(f"source: [green]+ {s.get('connector')} {s.get('dataset_id')}[/]", highlight=False)
    for s in sources["removed"]:
        out.print(f"source: [red]- {s.get('connector')} {s.get('dataset_id')}[/]", highlight=False)
    for s in sources["changed"]:
        detail = "; ".join(f"{k}: {v['from']} -> {v['to']}" for k, v in s["changes"].items())
        out.print(f"source: ~ {s['source']}: {detail}", highlight=False)


@releases_app.command("diff")
def diff(
    release: Release,
    old: Annotated[str | None, typer.Option("--from", help="Older version vN (default: the one before --to).")] = None,
    new: Annotated[str | None, typer.Option("--to", help="Newer version vN (default: newest).")] = None,
    as_json: AsJson = False,
) -> None:
    """Rows added and removed (by id), schema changes and source changes between versions."""
    from pipelines.releases import diff_versions

    result = diff_versions(release, _version(old), _version(new))
    if as_json:
        typer.echo(json.dumps(result, indent=2, default=str))
    else:
        _print_diff(result)


@releases_app.command("check")
def check(
    release: Release,
    version: Annotated[str | None, typer.Option("--version", "-v", help="vN (default: every version).")] = None,
) -> None:
    """Verify that published versions are unchanged (sha256 of every file); exit 1 if not."""
    from pipelines.console import console, out
    from pipelines.releases import check_release, list_versions

    numbers = [_version(version)] if version else [v.version for v in list_versions(release)]
    bad = 0
    for number in numbers:
        problems = check_release(release, number)
        if problems:
            bad += 1
            for problem in problems:
                console.print(f"[red]modified:[/] {problem}", highlight=False)
        else:
            out.print(f"[green]intact[/] v{number}")
    if bad:
        raise typer.Exit(1)


@releases_app.command("publish")
def publish(
    dataset: Annotated[str, typer.Argument(help="A committed dataset folder (with manifest.json).")],
    release: Release,
    version: Annotated[str | None, typer.Option("--version", "-v", help="Ask for vN (refused if taken).")] = None,
) -> None:
    """Publish a committed dataset as the next version of ROOT/NAME (with its card files)."""
    import posixpath

    from pipelines.console import out
    from pipelines.releases import publish_release

    root, name = posixpath.split(release.rstrip("/"))
    url = publish_release(dataset, root or ".", name, version=_version(version))
    out.print(f"[green]published[/] {url}", highlight=False)


def register(app: typer.Typer) -> None:
    app.add_typer(releases_app, name="releases", rich_help_panel="Trainers")
