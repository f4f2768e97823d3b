"""Shared, session-scoped syntheses: each fit is done once and inspected by several tests."""

from __future__ import annotations

import pytest

from schemas.steps.synthesise import SynthesiseStep
from tests.synthetic.tables import mixed_table

pytest.importorskip("sdv", reason="the synthetic extra is not installed (pip install 'datalab[synthetic]')")


@pytest.fixture(scope="session")
def mixed():
    return mixed_table(400)


@pytest.fixture(scope="session")
def constrained_step() -> SynthesiseStep:
    return SynthesiseStep(
        rows=300,
        default_distribution="truncnorm",
        constraints=[
            {"kind": "inequality", "low_column": "start", "high_column": "end"},
            {"kind": "range", "column": "age", "min": 20, "max": 85},
        ],
    )


@pytest.fixture(scope="session")
def constrained(mixed, constrained_step):
    from synthetic.engine import synthesise_table

    return synthesise_table(mixed, constrained_step)
