"""The spec loader: located errors with hints, overrides, defaults that work."""

from __future__ import annotations

import pytest

from datalab.errors import SpecError
from schemas.loader import apply_override, parse_spec

GOOD = """\
name: demo
source:
  connector: files
  options:
    paths: [data/*.jsonl]
steps:
  - stage: normalise
    match_copy: true
  - stage: filter
    min_chars: 20
output:
  path: out/demo
"""


def problems_of(text: str, overrides: list[str] | None = None):
    with pytest.raises(SpecError) as caught:
        parse_spec(text, source="spec.yaml", overrides=overrides)
    return caught.value.problems


def test_a_minimal_spec_gets_working_defaults():
    spec = parse_spec(GOOD)
    assert spec.record.text_field == "text" and spec.record.id_field == "id"
    assert [s.stage for s in spec.steps] == ["normalise", "filter"]
    assert spec.output.format == "parquet" and spec.output.compression == "zstd"
    assert spec.output.overwrite is False and spec.runner.workers == 1


def test_every_error_is_reported_with_its_line_and_field():
    text = GOOD.replace("min_chars: 20", "min_chars: -1\n    colour: blue").replace("  path: out/demo", "  shard_rows: many")
    found = {p.field: p for p in problems_of(text)}
    assert found["steps.1.min_chars"].line == 10
    assert found["steps.1.colour"].line == 11 and "remove `colour`" in found["steps.1.colour"].hint
    assert found["output.shard_rows"].line == 13
    assert found["output.path"].message == "Field required" and found["output.path"].hint == "add `path:` here"


def test_an_unknown_stage_names_the_available_ones():
    (problem,) = problems_of(GOOD.replace("stage: filter", "stage: filtre"))
    assert problem.line == 9 and problem.field == "steps.1"
    assert "exact_dedup" in problem.hint and "filter" in problem.hint


def test_broken_yaml_names_the_line():
    (problem,) = problems_of("source:\n  connector: files\n   options: [\n")
    assert problem.line is not None and "YAML" in problem.message


def test_repeated_stage_without_a_name_is_refused():
    text = GOOD + "  - stage: filter\n    min_chars: 5\n"
    text = text.replace("output:\n  path: out/demo\n", "") + "output:\n  path: out/demo\n"
    (problem,) = problems_of(text)
    assert "labelled 'filter'" in problem.message


@pytest.mark.parametrize(
    ("override", "check"),
    [
        ("output.path=s3://bucket/x", lambda s: s.output.path == "s3://bucket/x"),
        ("steps.filter.min_chars=99", lambda s: s.steps[1].min_chars == 99),
        ("steps.0.match_copy=false", lambda s: s.steps[0].match_copy is False),
        ("runner.workers=2", lambda s: s.runner.workers == 2),
        ("output.shard_bytes=64MB", lambda s: int(s.output.shard_bytes) == 64_000_000),
    ],
)
def test_overrides_reach_the_field(override, check):
    assert check(parse_spec(GOOD, overrides=[override]))


def test_a_bad_override_is_a_spec_error():
    with pytest.raises(SpecError, match="no list item 'dedup'"):
        apply_override({"steps": [{"stage": "filter"}]}, "steps.dedup.threshold=1")
    with pytest.raises(SpecError, match="field.path=value"):
        apply_override({}, "no-equals-sign")
