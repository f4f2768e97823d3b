"""The CLI reference in Markdown, generated from the typer app so it cannot drift.

    python -m pipelines.cli_reference            # print it
    python -m pipelines.cli_reference --write    # refresh the README section between its markers
"""

from __future__ import annotations

import sys

import typer

from datalab.readme import read_section, write_section

BEGIN, END = "<!-- cli-reference:begin -->", "<!-- cli-reference:end -->"


# typer vendors its own click, so commands are recognised by shape, not by click's classes.


def _commands(group, prefix: str) -> list[tuple[str, object]]:
    found: list[tuple[str, object]] = []
    for name, command in sorted(group.commands.items()):
        if command.hidden:
            continue
        if hasattr(command, "commands"):
            found += _commands(command, f"{prefix} {name}")
        else:
            found.append((f"{prefix} {name}", command))
    return found


def _is_argument(param) -> bool:
    return param.param_type_name == "argument"


def _usage(path: str, command) -> str:
    pieces = [path]
    for param in command.params:
        if _is_argument(param):
            name = (param.name or "").upper()
            pieces.append(f"{name}..." if param.nargs == -1 else name)
    if any(not _is_argument(p) for p in command.params):
        pieces.append("[OPTIONS]")
    return " ".join(pieces)


def reference() -> str:
    from pipelines.cli import _register_commands, app

    _register_commands()
    root = typer.main.get_command(app)
    lines: list[str] = []
    for path, command in _commands(root, "datalab"):
        summary = (command.help or "").strip().split("\n\n")[0].replace("\n", " ")
        lines += [f"#### `{path}`", "", summary, "", f"```\n{_usage(path, command)}\n```", ""]
        options = [p for p in command.params if not _is_argument(p) and p.name != "help"]
        if options:
            lines += ["| option | meaning |", "|---|---|"]
            for option in options:
                flags = ", ".join(f"`{o}`" for o in option.opts + option.secondary_opts)
                text = (option.help or "").replace("|", "\\|").replace("\n", " ")
                lines.append(f"| {flags} | {text} |")
            lines.append("")
    return "\n".join(lines)


def readme_section() -> str:
    """The copy of the reference in README.md."""
    return read_section(BEGIN, END)


if __name__ == "__main__":
    if "--write" in sys.argv:
        write_section(BEGIN, END, reference())
    else:
        sys.stdout.write(reference())
