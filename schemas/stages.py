"""The stage registry: stage name -> its options model and the builder of its Beam transform.

Both are named by import path and loaded only when a spec uses the stage, so checking a spec that
runs dedup never imports Presidio, GX or SDV. Adding a stage is one line here plus its two modules.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class StageEntry:
    """Where a stage's parts live. `options` is light (pydantic only); `builder` may be heavy."""

    options: str
    builder: str
    summary: str
    python_bound: bool = False
    """Its work mostly holds Python's lock (spaCy, Great Expectations): several local workers
    then need separate processes, as threads would take turns (`runner.parallelism: auto`)."""


STAGES: dict[str, StageEntry] = {
    "normalise": StageEntry(
        "schemas.steps.normalise:NormaliseStep",
        "transforms.normalise:build_stage",
        "Unicode NFC, whitespace and control characters for text; casts to a target schema for tables.",
    ),
    "filter": StageEntry(
        "schemas.steps.filter:FilterStep",
        "transforms.filter:build_stage",
        "Drops rows by length, required fields and named quality heuristics, with the reason.",
    ),
    "exact_dedup": StageEntry(
        "schemas.steps.exact_dedup:ExactDedupStep",
        "transforms.exact_dedup:build_stage",
        "Removes exact copies of the normalised text across the whole input, keeping the first id.",
    ),
    "synthesise": StageEntry(
        "schemas.steps.synthesise:SynthesiseStep",
        "synthetic.stage:build_stage",
        "Adds SDV synthetic rows (rows, ratio or class balance), published only if quality and privacy gates pass.",
    ),
    "near_dedup": StageEntry(
        "schemas.steps.near_dedup:NearDedupStep",
        "transforms.near_dedup:build_stage",
        "Removes near-duplicates (MinHash LSH, verified, clustered), keeping one per cluster; incremental across releases.",
    ),
    "anonymise": StageEntry(
        "schemas.steps.anonymise:AnonymiseStep",
        "anonymise.stage:build_stage",
        "Finds personal data (EU identifiers, contacts, names) in text and columns and applies a policy, with an audit report.",
        python_bound=True,
    ),
    "validate": StageEntry(
        "schemas.steps.validate:ValidateStep",
        "transforms.validate:build_stage",
        "Checks rows against a Great Expectations suite; failing rows go to quarantine with the expectations they failed.",
        python_bound=True,
    ),
}


def load_object(path: str) -> Any:
    """Import `module:attribute` (the form used in STAGES and in entry points)."""
    module_name, _, attribute = path.partition(":")
    return getattr(importlib.import_module(module_name), attribute)


def stage_names() -> list[str]:
    return sorted(STAGES)


def options_model(stage: str) -> type:
    return load_object(STAGES[stage].options)


def stage_builder(stage: str):
    return load_object(STAGES[stage].builder)
