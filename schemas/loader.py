"""Load a spec file, apply `--set` overrides, and turn validation errors into located problems.

Line numbers come from ruamel's round-trip parser, so every problem names the YAML line of the
field at fault (or of its parent, when the field is missing), with a hint on how to fix it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError

from datalab.errors import SpecError, SpecProblem
from schemas.spec import PipelineSpec
from schemas.stages import STAGES


def load_spec(path: str | Path, overrides: list[str] | None = None) -> PipelineSpec:
    """Read and validate the spec at `path`. Raises `SpecError` listing every problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        msg = f"cannot read spec {path}: {exc.strerror or exc}"
        raise SpecError(msg, [SpecProblem(path=str(path), field="", message=msg)]) from exc
    return parse_spec(text, source=str(path), overrides=overrides)


def parse_spec(text: str, *, source: str = "<spec>", overrides: list[str] | None = None) -> PipelineSpec:
    """Validate spec text. `source` names it in messages; overrides are `a.b=value` strings."""
    try:
        document = YAML(typ="rt").load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark
        problem = SpecProblem(
            path=source,
            field="",
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
            message=f"not valid YAML: {exc.problem}",
            hint="check indentation and quoting on this line",
        )
        raise SpecError(f"{source} is not valid YAML", [problem]) from exc
    if not isinstance(document, dict):
        problem = SpecProblem(
            path=source, field="", line=1, message="the spec must be a mapping",
            hint="start with `source:`, `steps:` and `output:` keys (see examples/quickstart.yaml)",
        )
        raise SpecError(f"{source} is not a spec", [problem])
    for override in overrides or []:
        apply_override(document, override, source=source)
    try:
        return PipelineSpec.model_validate(_plain(document))
    except ValidationError as exc:
        problems = [_problem(error, document, source) for error in exc.errors()]
        summary = f"{source}: {len(problems)} problem(s) in the spec"
        raise SpecError(summary, problems) from None


def spec_from_dict(data: dict[str, Any], *, source: str = "<spec>") -> PipelineSpec:
    """Validate a spec given as a dict (what stage subcommands build)."""
    return parse_spec(yaml.safe_dump(data, sort_keys=False), source=source)


def apply_override(document: dict[str, Any], override: str, *, source: str = "--set") -> None:
    """Apply `a.b.c=value` to the raw spec. List items are addressed by index or by the step's
    `name`/`stage` (`steps.near_dedup.threshold=0.9`). The value is parsed as YAML."""
    key, sep, raw_value = override.partition("=")
    if not sep or not key:
        msg = f"--set {override!r} must look like field.path=value"
        raise SpecError(msg, [SpecProblem(path=source, field=override, message=msg)])
    value = yaml.safe_load(raw_value) if raw_value else ""
    parts = key.split(".")
    node: Any = document
    for position, part in enumerate(parts):
        last = position == len(parts) - 1
        if isinstance(node, list):
            index = _list_index(node, part)
            if index is None:
                msg = f"--set {key}: no list item {part!r} (use an index or a step's name/stage)"
                raise SpecError(msg, [SpecProblem(path=source, field=key, message=msg)])
            if last:
                node[index] = value
            else:
                node = node[index]
        elif isinstance(node, dict):
            if last:
                node[part] = value
            else:
                node = node.setdefault(part, {})
        else:
            msg = f"--set {key}: {'.'.join(parts[:position])} is a value, not a section"
            raise SpecError(msg, [SpecProblem(path=source, field=key, message=msg)])


def _list_index(items: list[Any], part: str) -> int | None:
    if part.lstrip("-").isdigit():
        index = int(part)
        return index if -len(items) <= index < len(items) else None
    for index, item in enumerate(items):
        if isinstance(item, dict) and part in (item.get("name"), item.get("stage")):
            return index
    return None


def _plain(node: Any) -> Any:
    """ruamel's commented containers as plain dicts and lists."""
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return node


def _problem(error: dict[str, Any], document: Any, source: str) -> SpecProblem:
    loc = _yaml_path(error["loc"], document)
    line, column = field_position(document, loc)
    field = ".".join(str(p) for p in loc)
    return SpecProblem(
        path=source,
        field=field,
        line=line,
        column=column,
        message=error["msg"],
        hint=_hint(error, loc),
    )


def _yaml_path(loc: tuple[Any, ...], document: Any) -> list[Any]:
    """Pydantic's error location as a path into the YAML document: drop the union tags pydantic
    inserts for discriminated steps (`steps.1.filter.min_chars` -> `steps.1.min_chars`)."""
    path: list[Any] = []
    node = document
    for part in loc:
        if isinstance(node, dict) and part not in node and part in STAGES:
            continue
        path.append(part)
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            node = None
    return path


def field_position(document: Any, path: list[Any]) -> tuple[int | None, int | None]:
    """(line, column), 1-based, of the deepest node of `path` the document has."""
    line: int | None = 1
    column: int | None = 1
    node = document
    for part in path:
        if isinstance(node, CommentedMap) and part in node:
            key_line, key_col = node.lc.key(part)
            line, column = key_line + 1, key_col + 1
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
            item_line, item_col = node.lc.item(part)
            line, column = item_line + 1, item_col + 1
            node = node[part]
        else:
            break
    return line, column


def _hint(error: dict[str, Any], loc: list[Any]) -> str | None:
    kind = error["type"]
    field = str(loc[-1]) if loc else ""
    if kind == "missing":
        return f"add `{field}:` here"
    if kind == "extra_forbidden":
        return f"remove `{field}` or check its spelling (the README spec reference lists every field)"
    if kind == "union_tag_invalid":
        return f"`stage` must be one of: {', '.join(sorted(STAGES))}"
    if kind == "union_tag_not_found":
        return f"every step needs `stage:` (one of: {', '.join(sorted(STAGES))})"
    if kind.startswith(("int_", "float_", "bool_", "string_", "literal_", "greater", "less")):
        expected = error.get("ctx", {}).get("expected")
        return f"expected {expected}" if expected else "fix the value's type or range"
    return None
