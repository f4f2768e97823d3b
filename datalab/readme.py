"""Generated parts of README.md live between marker comments; this reads and refreshes them."""

from __future__ import annotations

from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def read_section(begin: str, end: str, path: Path = README) -> str:
    """The text between the `begin` and `end` markers, without surrounding blank lines."""
    text = path.read_text(encoding="utf-8")
    return text[text.index(begin) + len(begin) : text.index(end)].strip("\n") + "\n"


def write_section(begin: str, end: str, body: str, path: Path = README) -> None:
    """Replace what stands between the markers with `body`."""
    text = path.read_text(encoding="utf-8")
    start, stop = text.index(begin) + len(begin), text.index(end)
    path.write_text(text[:start] + "\n" + body.strip("\n") + "\n" + text[stop:], encoding="utf-8")
