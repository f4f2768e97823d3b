"""Spec-level checks of `synthesise` steps, for `validate-spec` and `run` (light: pydantic only).

`identifier_problems(spec)` refuses a synthesise step that would learn a column an earlier
`anonymise` step marks as a direct identifier. The anonymise options are read tolerantly, so the
check works whatever shape that model takes; it recognises, on the anonymise step:

* a list of column names under `identifier_columns` or `direct_identifiers`;
* a `columns` mapping (`{name: {...}}`) or list of items (`{column|name: ..., ...}`) whose item
  says `direct_identifier: true`, `identifier: direct`, `role: direct_identifier` or
  `kind: direct_identifier`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

_LIST_KEYS = ("identifier_columns", "direct_identifiers", "direct_identifier_columns")
_FLAG_VALUES = {"direct", "direct_identifier", "direct-identifier", "identifier"}


@dataclass(frozen=True)
class IdentifierProblem:
    """One refusal: which step, which field, what is wrong and how to fix it."""

    step_index: int
    field: str
    message: str
    hint: str


def direct_identifiers(step: Any) -> set[str]:
    """Columns an anonymise step (model or dict) marks as direct identifiers."""
    data = step.model_dump(by_alias=True) if hasattr(step, "model_dump") else dict(step)
    found: set[str] = set()
    for key in _LIST_KEYS:
        value = data.get(key)
        if isinstance(value, (list, tuple, set)):
            found |= {str(v) for v in value if isinstance(v, str)}
    columns = data.get("columns")
    items: list[tuple[str | None, Any]] = []
    if isinstance(columns, dict):
        items = [(str(name), value) for name, value in columns.items()]
    elif isinstance(columns, list):
        items = [(None, value) for value in columns]
    for name, value in items:
        if not isinstance(value, dict):
            continue
        column = name or value.get("column") or value.get("name")
        if column and _marks_direct(value):
            found.add(str(column))
    return found


def _marks_direct(item: dict[str, Any]) -> bool:
    if item.get("direct_identifier") is True:
        return True
    return any(str(item.get(key, "")).lower() in _FLAG_VALUES for key in ("identifier", "role", "kind"))


def identifier_problems(spec: Any) -> list[IdentifierProblem]:
    """Refusals for every synthesise step that would learn an anonymise step's direct identifier
    (explicitly through `columns`, or by default because the column is not excluded)."""
    problems: list[IdentifierProblem] = []
    marked: set[str] = set()
    for index, step in enumerate(spec.steps):
        stage = getattr(step, "stage", None)
        if stage == "anonymise":
            marked |= direct_identifiers(step)
        elif stage == "synthesise" and marked:
            dropped = set(step.exclude_columns)
            record = getattr(spec, "record", None)
            skipped = {getattr(record, "id_field", "id"), getattr(record, "text_field", None)}
            used = set(step.columns) if step.columns is not None else marked - dropped - skipped
            clash = sorted(used & marked)
            if clash:
                problems.append(
                    IdentifierProblem(
                        step_index=index,
                        field=f"steps.{index}.columns" if step.columns is not None else f"steps.{index}.exclude_columns",
                        message=(
                            f"synthesise would learn {clash}, which the anonymise step marks as direct "
                            "identifiers; a synthesizer must not be fitted on them"
                        ),
                        hint=f"add {clash} to `exclude_columns` of this step (synthetic rows get null there)",
                    )
                )
    return problems


def effective_identifiers(spec: Any, index: int) -> list[str]:
    """Direct identifiers declared by anonymise steps before step `index`."""
    marked: set[str] = set()
    for step in spec.steps[:index]:
        if getattr(step, "stage", None) == "anonymise":
            marked |= direct_identifiers(step)
    return sorted(marked)
