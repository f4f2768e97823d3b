"""The README's spec reference is the one the models generate (no drift between docs and code)."""

from schemas.reference import readme_section, reference


def test_readme_spec_reference_is_current():
    assert readme_section() == reference().strip("\n") + "\n", (
        "README spec reference is stale: run `python -m schemas.reference --write`"
    )


def test_every_stage_option_is_documented():
    text = reference()
    from schemas.stages import STAGES, options_model

    for stage in STAGES:
        for name, field in options_model(stage).model_fields.items():
            assert field.description or name == "stage", f"{stage}.{name} has no description"
            assert name == "stage" or f"| `{name}` |" in text
