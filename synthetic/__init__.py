"""SDV synthesis for the `synthesise` stage: fit, sample, and gate on quality and privacy.

Importing this package is light (no SDV, sdmetrics or torch until a synthesis runs).

* `synthesise_table(table, step, ...)`: one synthesis on an Arrow table, no Beam (`engine`).
* `build_stage(pcoll, step, ctx)`: the Beam stage (`stage`).
* `identifier_problems(spec)`: spec-level refusal of anonymised direct identifiers (`spec_checks`).
"""

from __future__ import annotations

from typing import Any

__all__ = ["build_stage", "identifier_problems", "synthesise_table"]


def __getattr__(name: str) -> Any:
    if name == "synthesise_table":
        from synthetic.engine import synthesise_table

        return synthesise_table
    if name == "build_stage":
        from synthetic.stage import build_stage

        return build_stage
    if name == "identifier_problems":
        from synthetic.spec_checks import identifier_problems

        return identifier_problems
    msg = f"module 'synthetic' has no attribute {name!r}"
    raise AttributeError(msg)
