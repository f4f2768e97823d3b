"""The CLI reference in Markdown, generated from the typer app so it cannot drift.

    python -m pipelines.cli_reference            # print it
    python -m pipelines.cli_reference --write    # refresh the README section between its markers
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

README = Path(__file__).resolve().parent.parent / "README.md"
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


def readme_section(text: str) -> str:
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    return text[start:end].strip("\n") + "\n"


def write_readme() -> None:
    text = README.read_text(encoding="utf-8")
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    README.write_text(text[:start] + "\n" + reference().strip("\n") + "\n" + text[end:], encoding="utf-8")


if __name__ == "__main__":
    if "--write" in sys.argv:
        write_readme()
    else:
        sys.stdout.write(reference())
