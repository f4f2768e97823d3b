"""Fixtures of the pipeline tests: the quickstart run once per session, a generated corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FOUNDATION_STEPS = [
    "steps=[{stage: normalise, match_copy: true}, {stage: filter, min_chars: 20}, {stage: exact_dedup}]",
    "output.release=null",
]


def foundation_spec(output: Path, *extra: str):
    """The quickstart spec limited to the foundation stages (read, normalise, filter, exact dedup)."""
    from schemas.loader import load_spec

    return load_spec(
        REPO / "examples/quickstart.yaml", [f"output.path={output}", *FOUNDATION_STEPS, *extra]
    )


@pytest.fixture(scope="session")
def quickstart_run(tmp_path_factory):
    from pipelines.run import run_spec

    return run_spec(foundation_spec(tmp_path_factory.mktemp("qs") / "out"))


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path
