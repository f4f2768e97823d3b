"""End to end: the real quickstart pipeline, published as a release that trainers' tools read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from datalab.reader import open_dataset
from pipelines.releases import check_release, publish_release

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def quickstart_release(tmp_path_factory) -> Path:
    pytest.importorskip("apache_beam")
    from pipelines.run import run_spec
    from schemas.loader import load_spec

    spec_path = REPO / "examples" / "quickstart.yaml"
    if not (REPO / "examples" / "data" / "corpus").exists():
        pytest.skip("examples/data/corpus is absent (run examples/make_data.py)")
    tmp = tmp_path_factory.mktemp("quickstart")
    import os

    cwd = os.getcwd()
    os.chdir(REPO)  # the spec's paths are relative to the repository
    try:
        result = run_spec(load_spec(spec_path, [f"output.path={tmp / 'out'}", "output.release=null"]))
    finally:
        os.chdir(cwd)
    return Path(publish_release(str(result.output), str(tmp / "releases"), "quickstart"))


def test_quickstart_release_has_cards_and_reads_everywhere(quickstart_release, tmp_path):
    release = quickstart_release
    for name in ("README.md", "croissant.json", "dcat.jsonld", "ai_act_summary.md",
                 "ai_act_summary.json", "release.json", "manifest.json", "reports/report.json"):
        assert (release / name).exists(), name
    assert check_release(str(release.parent), 1) == []
    ds = open_dataset(str(release.parent), verify=True)
    manifest = json.loads((release / "manifest.json").read_text())
    assert ds.num_rows == manifest["rows"] > 0
    # nested and timezone-aware columns of a real run survive the card round trips
    datasets = pytest.importorskip("datasets")
    loaded = datasets.load_dataset(str(release), split="train", cache_dir=str(tmp_path / "hf"))
    assert loaded.num_rows == ds.num_rows
    mlc = pytest.importorskip("mlcroissant")
    croissant = mlc.Dataset(jsonld=str(release / "croissant.json"))
    assert croissant.metadata.issues.errors == set()
    assert sum(1 for _ in croissant.records("default")) == ds.num_rows
    summary = json.loads((release / "ai_act_summary.json").read_text())
    langs = summary["1_general_information"]["1_3_modalities_size_and_characteristics"][
        "linguistic_characteristics"]["languages"]
    assert len(langs) >= 5  # the quickstart corpus is multilingual
    torch_dataset = pytest.importorskip("datalab.torch_dataset")
    rows = list(torch_dataset.DatalabIterableDataset(str(release.parent), columns=["id"]))
    assert len({r["id"] for r in rows}) == len(rows) == ds.num_rows
