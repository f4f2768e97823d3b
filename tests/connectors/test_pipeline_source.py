"""A pipeline spec whose `source.connector` names a registered data-space instance: rows flow
through stages with their provenance, the manifest summarises licence and agreement, and a
licence outside the allow-list stops the run before anything is written."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from connectors.dsp.testing_provider import DspTestProvider, datasets_from_folder
from connectors.registry import Registry
from datalab.errors import PolicyRefused
from pipelines.run import run_spec
from schemas.loader import spec_from_dict


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("space")
    lines = [{"id": f"d{i}", "text": f"Report {i % 7} on  regional   air quality."} for i in range(40)]
    (folder / "reports.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines))
    return folder


def spec(output, **options):
    return spec_from_dict({
        "name": "from-dataspace",
        "source": {"connector": "space", "options": {"dataset": "urn:datalab:dataset:reports", **options}},
        "steps": [{"stage": "normalise", "match_copy": True}, {"stage": "exact_dedup"}],
        "output": {"path": str(output)},
    }, source="test")


def test_spec_source_names_a_registered_instance(tmp_path, corpus):
    with DspTestProvider(datasets_from_folder(corpus, licence="CC-BY-4.0"), versions=("2024-1",)) as provider:
        reg = Registry.load()
        reg.add("space", "dsp", {"endpoint": provider.url, "allowed_licences": ["CC-BY-4.0"]})
        reg.save()
        result = run_spec(spec(tmp_path / "out"))
        with pytest.raises(PolicyRefused, match="refused by policy: its licence is CC-BY-4.0"):
            run_spec(spec(tmp_path / "refused", allowed_licences=["CC0-1.0"]))  # the spec narrows the instance
    assert not (tmp_path / "refused" / "manifest.json").exists()
    manifest = result.manifest
    assert manifest["rows"] == 7  # 40 reports, 7 distinct after normalisation
    (source,) = manifest["sources"]
    assert source["connector"] == "space" and source["licence"] == "CC-BY-4.0"
    assert json.loads(source["policy"])["agreement"].startswith("urn:uuid:")
    table = pq.read_table(tmp_path / "out" / manifest["shards"][0]["path"])
    assert set(table.column("provenance").to_pylist()[0]) >= {"connector", "dataset_id", "licence", "policy"}
    assert table.column("source")[0].as_py().startswith("dsp://urn:datalab:dataset:reports#")
