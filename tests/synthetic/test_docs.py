"""The README's synthetic section documents every option of the stage (one source of truth)."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemas.steps.synthesise import PrivacyGate, QualityGate, SynthesiseStep

README = Path(__file__).resolve().parents[2] / "README.md"


def _section() -> str:
    text = README.read_text(encoding="utf-8")
    return text[text.index("<!-- section:synthetic -->"): text.index("<!-- /section:synthetic -->")]


@pytest.mark.parametrize("model", [SynthesiseStep, QualityGate, PrivacyGate])
def test_every_option_is_in_the_readme(model):
    section = _section()
    missing = [name for name in model.model_fields if name not in {"name", "stage"} and f"`{name}`" not in section]
    assert not missing, f"README section `synthetic` does not mention {missing}"


@pytest.mark.parametrize("model", [SynthesiseStep, QualityGate, PrivacyGate])
def test_every_option_has_a_description(model):
    assert all(field.description for name, field in model.model_fields.items() if name != "stage")
