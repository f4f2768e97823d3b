"""The EU AI Act training-content summary draft, pre-filled from the lineage."""

from __future__ import annotations

import json
from pathlib import Path

from pipelines.ai_act import PROVIDER, classify_source, summary, summary_markdown
from pipelines.releases import publish_release
from tests.trainers.conftest import make_table, write_dataset


def provider_fields(node, path=""):
    if isinstance(node, dict):
        if node.get("status") == PROVIDER:
            yield path
        for key, value in node.items():
            yield from provider_fields(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from provider_fields(value, f"{path}[{i}]")


def test_release_carries_the_summary_in_both_forms(tmp_path, small_dataset_dir):
    release = Path(publish_release(small_dataset_dir, str(tmp_path), "news"))
    data = json.loads((release / "ai_act_summary.json").read_text())
    assert data["dataset"]["version"] == "v1" and "July 2025" in data["template"]
    general = data["1_general_information"]["1_3_modalities_size_and_characteristics"]
    assert general["modalities"] == ["text"]
    assert general["training_data_size"]["text"]["rows"] == 103
    assert general["training_data_size"]["text"]["size_range"] == "less than 1 billion tokens"
    assert general["linguistic_characteristics"]["languages"] == ["en", "fr"]
    sources = data["2_list_of_data_sources"]
    public = sources["2_1_publicly_available_datasets"]["datasets"]
    assert [s["dataset_id"] for s in public] == ["examples/data/corpus"]
    private = sources["2_2_private_non_publicly_available_datasets_from_third_parties"]
    agreed = private["2_2_2_other_private_datasets"]["datasets"]
    assert [s["dataset_id"] for s in agreed] == ["urn:uuid:3f7c-health-notes"]
    assert agreed[0]["usage_policy"]["odrl:permission"][0]["purpose"] == "ai-training"
    assert sources["2_5_synthetic_data"]["used_in_this_dataset"] is False
    processing = data["3_data_processing_aspects"]
    dedup = processing["3_3_other_information"]["deduplication"]
    assert dedup[0]["removed"] == 30 and len(dedup[0]["settings_sha256"]) == 64
    anon = processing["3_3_other_information"]["anonymisation"][0]
    assert anon["policy_sha256"] == "ab" * 32
    missing = set(provider_fields(data))
    for expected in ("provider_name_and_contact", "versioned_model_name", "types_of_content",
                     "provider_measures", "date_of_placement_on_the_market"):
        assert any(path.endswith(expected) for path in missing), expected
    text = (release / "ai_act_summary.md").read_text()
    for heading in ("## 1. General information", "### 1.1 Provider identification",
                    "### 2.1 Publicly available datasets", "#### 2.2.1", "### 2.3 Data crawled",
                    "### 2.4 User data", "### 2.5 Synthetic data", "### 2.6 Other sources",
                    "### 3.1 Respect of reservation of rights", "### 3.2 Removal of illegal content"):
        assert heading in text, heading
    assert text.count(f"[{PROVIDER}]") == len(missing)


def test_classification_and_synthetic_share(tmp_path):
    sources = [
        {"connector": "files", "dataset_id": "wiki", "licence": "CC-BY-SA-4.0", "policy": None},
        {"connector": "files", "dataset_id": "press", "licence": "Proprietary licence 2026-04", "policy": None},
        {"connector": "synthetic", "dataset_id": "sdv:patients", "licence": None, "policy": None},
        {"connector": "files", "dataset_id": "web", "type": "crawled", "licence": None, "policy": None},
        {"connector": "files", "dataset_id": "notes", "licence": None, "policy": None},
    ]
    assert [classify_source(s) for s in sources] == ["public", "licensed", "synthetic", "crawled", "other"]
    manifest = write_dataset(str(tmp_path), make_table(100), sources=sources, synthetic_rows=0)
    data = summary(manifest, ["en"])
    syn = data["2_list_of_data_sources"]["2_5_synthetic_data"]
    assert syn["synthetic_rows"] == 20 and syn["share_of_rows"] == 0.2  # 100 rows / 5 sources
    crawled = data["2_list_of_data_sources"]["2_3_data_crawled_and_scraped_from_online_sources"]
    assert crawled["crawlers_period_and_top_domains"]["status"] == PROVIDER
    md = summary_markdown(data)
    assert "(share 20.00%)" in md and "Proprietary licence 2026-04" in md
