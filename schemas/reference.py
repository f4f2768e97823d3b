"""The spec reference in Markdown, generated from the pydantic models so it cannot drift.

    python -m schemas.reference            # print it
    python -m schemas.reference --write    # refresh the README section between its markers

A test fails when the README's copy differs from what this prints.
"""

from __future__ import annotations

import sys
import typing

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from datalab.readme import read_section, write_section
from schemas.spec import OutputSpec, RecordSpec, RunnerSpec, SourceSpec
from schemas.stages import STAGES, options_model

BEGIN, END = "<!-- spec-reference:begin -->", "<!-- spec-reference:end -->"


def _type_name(annotation: object) -> str:
    text = str(annotation).replace("typing.", "")
    if isinstance(annotation, type):
        text = annotation.__name__
    for prefix in ("schemas.steps.normalise.", "pydantic.types.", "<class '", "'>"):
        text = text.replace(prefix, "")
    if typing.get_origin(annotation) is typing.Literal:
        text = " \\| ".join(f"`{v}`" for v in typing.get_args(annotation))
    return text.replace("|", "\\|") if "`" not in text else text


def _default(field: FieldInfo) -> str:
    if field.default is PydanticUndefined and field.default_factory is None:
        return "**required**"
    value = field.default_factory() if field.default_factory is not None else field.default
    if isinstance(value, BaseModel):
        return "(defaults)"
    return f"`{value!r}`"


def model_table(model: type[BaseModel], skip: tuple[str, ...] = ()) -> str:
    rows = ["| field | type | default | meaning |", "|---|---|---|---|"]
    for name, field in model.model_fields.items():
        if name in skip:
            continue
        description = (field.description or "").replace("\n", " ").replace("|", "\\|")
        rows.append(f"| `{name}` | {_type_name(field.annotation)} | {_default(field)} | {description} |")
    return "\n".join(rows)


def reference() -> str:
    parts = [
        "A spec has six sections; only `source` and `output` are required.\n",
        "#### `record`\n", model_table(RecordSpec),
        "\n#### `source`\n", model_table(SourceSpec),
        "\n#### `output`\n", model_table(OutputSpec),
        "\n#### `runner`\n", model_table(RunnerSpec),
        "\n#### `steps`\n",
        "Each item names its `stage` and that stage's options; `name` labels it in reports.\n",
    ]
    for stage, entry in STAGES.items():
        model = options_model(stage)
        parts += [f"\n##### `{stage}`\n", f"{entry.summary}\n", model_table(model, skip=("stage",))]
        for nested in nested_models(model):
            doc = (nested.__doc__ or "").strip().splitlines()[0]
            parts += [f"\n`{nested.__name__}` ({doc})\n", model_table(nested)]
    return "\n".join(parts) + "\n"


def nested_models(model: type[BaseModel], seen: set[type] | None = None) -> list[type[BaseModel]]:
    """Models used inside `model`'s fields (e.g. a table schema and its column rules)."""
    seen = seen if seen is not None else set()
    found: list[type[BaseModel]] = []
    for field in model.model_fields.values():
        for candidate in _annotation_types(field.annotation):
            if isinstance(candidate, type) and issubclass(candidate, BaseModel) and candidate not in seen:
                seen.add(candidate)
                found += [candidate, *nested_models(candidate, seen)]
    return found


def _annotation_types(annotation: object) -> list[object]:
    args = typing.get_args(annotation)
    return [annotation] if not args else [t for a in args for t in _annotation_types(a)]


def readme_section() -> str:
    """The copy of the reference in README.md."""
    return read_section(BEGIN, END)


if __name__ == "__main__":
    if "--write" in sys.argv:
        write_section(BEGIN, END, reference())
    else:
        sys.stdout.write(reference())
