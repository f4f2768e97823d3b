"""The README's CLI reference is the one the typer app generates (no drift)."""

from pipelines.cli_reference import readme_section, reference


def test_readme_cli_reference_is_current():
    assert readme_section() == reference().strip("\n") + "\n", (
        "README CLI reference is stale: run `python -m pipelines.cli_reference --write`"
    )


def test_every_command_and_option_has_help():
    text = reference()
    assert "#### `datalab run`" in text and "#### `datalab connectors add`" in text
    assert "|  |" not in text, "an option without help text"
