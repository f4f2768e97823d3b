"""Shared, session-scoped real engines (spaCy models load once for the whole anonymise suite)."""

from __future__ import annotations

import pytest

KEY = "test-key-0123456789abcdef"
OTHER_KEY = "another-key-fedcba9876543210"


@pytest.fixture(scope="session")
def engine():
    from anonymise.engine import Engine, EngineConfig

    return Engine(EngineConfig())


@pytest.fixture(scope="session")
def pattern_engine():
    """No NER at all: what every language without a model gets."""
    from anonymise.engine import Engine, EngineConfig

    return Engine(EngineConfig(ner=False))


@pytest.fixture
def pseudonym_key(monkeypatch):
    monkeypatch.setenv("DATALAB_PSEUDONYM_KEY", KEY)
    return KEY
