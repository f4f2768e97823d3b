"""`datalab connectors list|add|remove|check|catalog` and `datalab pull NAME DATASET_ID -o OUT`.

Connector types come from the `datalab.connectors` entry points; instances live in the registry
file (`datalab.connectors.yaml` here, or `$DATALAB_REGISTRY`). Heavy imports happen inside the
commands so that `datalab --help` stays fast.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

connectors_app = typer.Typer(
    name="connectors",
    help="Manage data sources: connector types, registered instances, their catalogues.",
    no_args_is_help=True,
)

Name = Annotated[str, typer.Argument(help="Name of a registered connector instance (or a connector type).")]
AsJson = Annotated[bool, typer.Option("--json", help="Machine-readable JSON on stdout.")]


def _parse_options(pairs: list[str]) -> dict[str, Any]:
    """`key=value` pairs; values that are JSON (numbers, true/false, lists) are decoded, and a
    key given twice becomes a list (`--option allowed_licences=CC-BY-4.0 --option allowed_licences=CC0-1.0`)."""
    from datalab.errors import SpecError

    options: dict[str, Any] = {}
    for pair in pairs:
        if "=" not in pair:
            msg = f"--option {pair!r} is not key=value (e.g. --option endpoint=https://provider/dsp)"
            raise SpecError(msg)
        key, value = pair.split("=", 1)
        key = key.strip()
        parsed: Any = value
        if value[:1] in "[{0123456789-" or value in ("true", "false", "null"):
            try:
                parsed = json.loads(value)
            except ValueError:
                parsed = value
        if key in options:
            prev = options[key]
            options[key] = [*(prev if isinstance(prev, list) else [prev]), *(parsed if isinstance(parsed, list) else [parsed])]
        else:
            options[key] = parsed
    return options


def _listy(options: dict[str, Any], cls: Any) -> dict[str, Any]:
    """Wrap a single value in a list where the option's type is a list."""
    out = dict(options)
    for key, value in options.items():
        field = cls.Options.model_fields.get(key)
        if field is not None and not isinstance(value, list) and "list" in str(field.annotation):
            out[key] = [value]
    return out


def _type_options(type_name: str) -> dict[str, Any]:
    """A type's options (name, required, default, secret, description), or why it cannot load:
    a broken plugin is reported, not fatal."""
    from connectors.registry import connector_class
    from datalab.errors import DatalabError

    try:
        cls = connector_class(type_name)
    except DatalabError as exc:
        return {"error": str(exc)}
    out = []
    for name, field in cls.Options.model_fields.items():
        default = None if field.is_required() else field.get_default(call_default_factory=True)
        if hasattr(default, "model_dump"):
            default = default.model_dump(mode="json")
        out.append({"name": name, "required": field.is_required(), "default": default,
                    "secret": name in cls.secret_options, "description": field.description or ""})
    return {"options": out}


@connectors_app.command("list")
def list_(as_json: AsJson = False) -> None:
    """Connector types installed (entry points) and instances registered (registry file)."""
    from connectors.registry import Registry, connector_types
    from pipelines.console import out

    registry = Registry.load()
    types = connector_types()
    if as_json:
        data = {
            "registry": str(registry.path),
            "types": [{"name": n, "object": ep.value, "package": ep.dist.name if ep.dist else None,
                       **_type_options(n)} for n, ep in sorted(types.items())],
            "instances": [{"name": i.name, **i.as_dict()} for _, i in sorted(registry.instances.items())],
        }
        typer.echo(json.dumps(data, indent=2, default=str))
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(title="connector types", title_justify="left")
    table.add_column("type")
    table.add_column("provided by")
    table.add_column("options (* required, \\[secret])", overflow="fold")
    for n, ep in sorted(types.items()):
        info = _type_options(n)
        if "error" in info:
            opts = f"cannot be loaded: {info['error']}"
        else:
            opts = ", ".join(o["name"] + ("*" if o["required"] else "") + (" [secret]" if o["secret"] else "")
                             for o in info["options"])
        table.add_row(Text(n), Text(f"{ep.value} ({ep.dist.name if ep.dist else '?'})"), Text(opts))
    out.print(table)
    table = Table(title=f"registered instances ({registry.path})", title_justify="left")
    for col in ("name", "type", "options"):
        table.add_column(col)
    for name, inst in sorted(registry.instances.items()):
        table.add_row(Text(name), Text(inst.type), Text(", ".join(f"{k}={v}" for k, v in inst.options.items())))
    if not registry.instances:
        table.add_row("(none)", "", "datalab connectors add NAME --type TYPE --option key=value")
    out.print(table)


@connectors_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="Name of the new instance.")],
    type_: Annotated[str, typer.Option("--type", help="Connector type (see `datalab connectors list`).")],
    option: Annotated[list[str], typer.Option("--option", "-o", help="key=value (repeatable); secrets as env:NAME or file:PATH.")] = [],  # noqa: B006
    replace: Annotated[bool, typer.Option("--replace", help="Replace an instance with the same name.")] = False,
) -> None:
    """Register a connector instance in the registry file (validated; secrets only as references)."""
    from connectors.registry import Registry, connector_class
    from pipelines.console import out

    registry = Registry.load()
    options = _listy(_parse_options(option), connector_class(type_))
    registry.add(name, type_, options, replace=replace)
    registry.save()
    out.print(f"[green]added[/] {name} ({type_}) to {registry.path}; try `datalab connectors check {name}`")


@connectors_app.command("remove")
def remove(name: Name) -> None:
    """Remove an instance from the registry file."""
    from connectors.registry import Registry
    from pipelines.console import out

    registry = Registry.load()
    registry.remove(name)
    registry.save()
    out.print(f"[green]removed[/] {name} from {registry.path}")


@connectors_app.command("check")
def check(name: Name, as_json: AsJson = False) -> None:
    """Reachability and credentials of a connector, with a precise diagnosis (exit 1 if not ok)."""
    from connectors.registry import build_connector
    from pipelines.console import console, out

    result = build_connector(name).check()
    if as_json:
        typer.echo(json.dumps({"ok": result.ok, "message": result.message, "details": result.details}, indent=2, default=str))
    elif result.ok:
        out.print(f"[green]ok[/] {result.message}", highlight=False)
    else:
        console.print(f"[red]failed[/] {result.message}", highlight=False)
    if not result.ok:
        raise SystemExit(1)  # (typer.Exit is swallowed when the app runs with standalone_mode=False)


@connectors_app.command("catalog")
def catalog(name: Name, as_json: AsJson = False) -> None:
    """The datasets a connector offers (id, title, licence, offers, formats)."""
    from connectors.registry import build_connector
    from pipelines.console import out

    datasets = build_connector(name).discover()
    if as_json:
        typer.echo(json.dumps([d.model_dump(mode="json", exclude_none=True) for d in datasets], indent=2))
        return
    from rich.table import Table

    from rich.text import Text

    table = Table(title=f"{name}: {len(datasets)} dataset(s)", title_justify="left")
    for col in ("id", "title", "licence", "offers", "formats"):
        table.add_column(col, overflow="fold")
    for d in datasets:
        formats = sorted({x.format or x.media_type or "?" for x in d.distributions})
        cells = [d.id, d.title or "", d.licence or "", ", ".join(str(p.get("@id", "")) for p in d.policies),
                 ", ".join(formats)]
        table.add_row(*(Text(c) for c in cells))
    out.print(table)


def pull_spec(name: str, dataset_id: str, output: str, *, overwrite: bool = False,
              options: dict[str, Any] | None = None, workers: int = 1) -> dict[str, Any]:
    """The spec `datalab pull` runs: the instance's connector with `dataset` set, no steps."""
    import re

    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", f"pull-{name}-{dataset_id.rsplit(':', 1)[-1]}").strip("-")[:100]
    return {
        "name": safe,
        "description": f"datalab pull {name} {dataset_id}",
        "record": {"text_field": None},
        "source": {"connector": name, "options": {"dataset": dataset_id, **(options or {})}},
        "steps": [],
        "output": {"path": output, "overwrite": overwrite},
        "runner": {"workers": workers},
    }


def register(app: typer.Typer) -> None:
    app.add_typer(connectors_app, name="connectors", rich_help_panel="Data sources")

    @app.command("pull", rich_help_panel="Data sources")
    def pull(
        name: Name,
        dataset_id: Annotated[str, typer.Argument(help="Dataset id as `datalab connectors catalog NAME` lists it.")],
        output: Annotated[str, typer.Option("-o", "--output", help="Output folder or fsspec URL.")],
        option: Annotated[list[str], typer.Option("--option", help="Extra connector option key=value (repeatable).")] = [],  # noqa: B006
        overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace a dataset already at the output.")] = False,
    ) -> None:
        """Fetch one dataset (negotiating a contract where the source requires it) into the
        standard output layout, with a manifest carrying its licence and usage policy."""
        from pipelines.console import report_run
        from pipelines.run import run_spec
        from schemas.loader import spec_from_dict

        data = pull_spec(name, dataset_id, output, overwrite=overwrite, options=_parse_options(option))
        report_run(run_spec(spec_from_dict(data, source=f"datalab pull {name}")))
