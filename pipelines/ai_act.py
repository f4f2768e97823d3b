"""Draft of the EU AI Act public summary of training content, pre-filled from a release.

Article 53(1)(d) of the AI Act obliges providers of general-purpose AI models to publish a
summary of the content used to train the model, following the template the Commission
published in July 2025. The template has three parts:

1. General information: provider and model identification; modalities, training-data size
   per modality, types of content, latest collection date, linguistic characteristics.
2. List of data sources: 2.1 publicly available datasets; 2.2 private non-publicly available
   datasets obtained from third parties (2.2.1 commercially licensed by rightsholders,
   2.2.2 other private datasets); 2.3 data crawled and scraped from online sources;
   2.4 user data; 2.5 synthetic data; 2.6 other sources.
3. Data processing aspects: 3.1 respect of reservations of rights from the text-and-data-mining
   exception (opt-outs); 3.2 removal of illegal content; 3.3 other information.

A data lab knows a curated dataset's lineage but not the model: this draft fills in what the
manifest proves (sources with their type, licence and usage policy, sizes, languages, share of
synthetic rows, processing steps with their settings) and marks every statement only the model
provider can make with `PROVIDER_TO_COMPLETE`. The JSON is the machine-readable form; the
Markdown mirrors it section by section.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from pipelines.cards import licences, size_category

TEMPLATE = (
    "European Commission, Explanatory Notice and Template for the Public Summary of Training "
    "Content for general-purpose AI models, Article 53(1)(d) of Regulation (EU) 2024/1689 "
    "(AI Act), July 2025"
)
PROVIDER = "PROVIDER_TO_COMPLETE"
OPEN_LICENCE = re.compile(
    r"^(cc0|cc-by(-sa)?|pddl|odc-by|odbl|etalab|ogl|dl-de|apache|mit|bsd|cdla|public.?domain|"
    r"http(s)?://creativecommons\.org/(licenses/by(-sa)?|publicdomain))",
    re.IGNORECASE,
)
SOURCE_TYPES = {
    "public": "2.1 publicly available dataset",
    "licensed": "2.2.1 private dataset commercially licensed by rightsholders",
    "data_space": "2.2.2 private dataset obtained from a third party (data-space agreement)",
    "crawled": "2.3 data crawled and scraped from online sources",
    "user": "2.4 user data",
    "synthetic": "2.5 synthetic data",
    "other": "2.6 other source",
}
_BYTES_PER_TOKEN = 4  # rough for European-language text; stated as an estimate in the summary


def provider_field(hint: str) -> dict[str, Any]:
    """A field only the model provider can fill, with what to write."""
    return {"value": None, "status": PROVIDER, "hint": hint}


def classify_source(source: dict[str, Any]) -> str:
    """The template category of a manifest source (an explicit `type` wins)."""
    explicit = source.get("type") or source.get("source_type")
    if explicit in SOURCE_TYPES:
        return explicit
    connector = str(source.get("connector", "")).lower()
    if connector in {"synthetic", "sdv"}:
        return "synthetic"
    if connector in {"crawl", "crawler", "web"}:
        return "crawled"
    if connector == "dsp" or source.get("policy"):
        return "data_space"
    licence = str(source.get("licence") or "")
    if licence and OPEN_LICENCE.match(licence):
        return "public"
    if licence:
        return "licensed"
    return "other"


def _size_range(tokens: int) -> str:
    if tokens < 1_000_000_000:
        return "less than 1 billion tokens"
    if tokens <= 10_000_000_000_000:
        return "1 billion to 10 trillion tokens"
    return "more than 10 trillion tokens"


def _modality(manifest: dict[str, Any]) -> str:
    text_field = (manifest.get("record") or {}).get("text_field")
    names = [f.get("name") for f in (manifest.get("schema") or {}).get("fields", []) if isinstance(f, dict)]
    return "text" if text_field and text_field in names else "other (tabular / structured data)"


def _synthetic_rows(manifest: dict[str, Any]) -> int:
    counts = manifest.get("counts") or {}
    rows = int(counts.get("synthetic_rows", 0) or 0)
    for step in counts.get("steps", []):
        if step.get("stage") == "synthetic" and not rows:
            rows = int(step.get("added", step.get("rows_out", 0) - step.get("rows_in", 0)) or 0)
    for extension in (manifest.get("extensions") or {}).values():
        if isinstance(extension, dict) and not rows:
            rows = int(extension.get("synthetic_rows", 0) or 0)
    rows += sum(
        int(s.get("rows", 0) or 0) for s in manifest.get("sources", []) if classify_source(s) == "synthetic"
    )
    return rows


def _processing(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    spec_steps = (manifest.get("spec") or {}).get("steps", [])
    extensions = manifest.get("extensions") or {}
    out = []
    for i, step in enumerate((manifest.get("counts") or {}).get("steps", [])):
        entry = {k: step.get(k) for k in ("step", "stage", "rows_in", "rows_out", "removed", "quarantined")}
        options = next(
            (s for s in spec_steps if isinstance(s, dict) and (s.get("name") or s.get("label") or s.get("stage")) == step.get("step")),
            spec_steps[i - 1] if 0 < i <= len(spec_steps) and isinstance(spec_steps[i - 1], dict) else None,
        )
        if options:
            entry["settings_sha256"] = hashlib.sha256(
                json.dumps(options, sort_keys=True, default=str).encode()
            ).hexdigest()
        ext = extensions.get(step.get("step")) or extensions.get(step.get("stage"))
        if isinstance(ext, dict):
            for key in ("policy_sha256", "policy", "suite", "threshold"):
                if key in ext:
                    entry[key] = ext[key]
        out.append(entry)
    return out


def summary(
    manifest: dict[str, Any], langs: list[str], release: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The summary draft as a JSON-able dict following the template's numbering."""
    rows = int(manifest.get("rows", 0))
    size = int(manifest.get("bytes", 0))
    modality = _modality(manifest)
    tokens = size // _BYTES_PER_TOKEN
    sources = manifest.get("sources", [])
    by_type: dict[str, list[dict[str, Any]]] = {k: [] for k in SOURCE_TYPES}
    for s in sources:
        kind = classify_source(s)
        by_type[kind].append(
            {
                "dataset_id": s.get("dataset_id"),
                "connector": s.get("connector"),
                "category": SOURCE_TYPES[kind],
                "licence": s.get("licence"),
                "usage_policy": s.get("policy"),
                "rows": s.get("rows"),
                "share_of_rows": round(int(s.get("rows", 0) or 0) / rows, 4) if rows else None,
                "modality": modality,
            }
        )
    synthetic = _synthetic_rows(manifest)
    processing = _processing(manifest)
    stages = {p.get("stage") for p in processing}

    def section(kind: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        listed = by_type[kind]
        return {"used_in_this_dataset": bool(listed), "datasets": listed, **(extra or {})}

    return {
        "template": TEMPLATE,
        "status": (
            "Draft pre-filled by Datalab from the lineage of one curated dataset. Fields with "
            f"status {PROVIDER} can only be stated by the provider of the model trained on it; "
            "if the model is trained on other data too, merge this draft into the model's summary."
        ),
        "dataset": {
            "name": (release or {}).get("name") or manifest.get("name"),
            "version": (release or {}).get("version"),
            "url": (release or {}).get("url"),
            "run_id": manifest.get("run_id"),
            "spec_sha256": manifest.get("spec_sha256"),
        },
        "1_general_information": {
            "1_1_provider_identification": {
                "provider_name_and_contact": provider_field("Legal name and contact of the model provider."),
                "authorised_representative": provider_field(
                    "Name and contact of the EU authorised representative, if the provider is "
                    "established outside the Union."
                ),
            },
            "1_2_model_identification": {
                "versioned_model_name": provider_field("Model name(s) and version(s) this summary covers."),
                "model_dependencies": provider_field(
                    "If the model is a modification or fine-tuning of another model: that model "
                    "and a link to its summary."
                ),
                "date_of_placement_on_the_market": provider_field("Date the model is placed on the EU market."),
            },
            "1_3_modalities_size_and_characteristics": {
                "modalities": [modality],
                "training_data_size": {
                    modality: {
                        "rows": rows,
                        "bytes": size,
                        "estimated_tokens": tokens if modality == "text" else None,
                        "size_range": _size_range(tokens) if modality == "text" else size_category(rows),
                        "note": f"tokens estimated as bytes / {_BYTES_PER_TOKEN} of compressed shards; "
                        "replace with the tokenizer count of the model",
                    }
                },
                "types_of_content": provider_field(
                    "Types of content (e.g. news, fiction, health records, code) in plain words."
                ),
                "latest_date_of_data_collection": manifest.get("finished_at"),
                "linguistic_characteristics": {"languages": langs},
                "other_characteristics": provider_field("Other relevant characteristics (optional)."),
            },
        },
        "2_list_of_data_sources": {
            "2_1_publicly_available_datasets": section("public"),
            "2_2_private_non_publicly_available_datasets_from_third_parties": {
                "2_2_1_commercially_licensed_by_rightsholders": section("licensed"),
                "2_2_2_other_private_datasets": section("data_space"),
            },
            "2_3_data_crawled_and_scraped_from_online_sources": section(
                "crawled",
                {"crawlers_period_and_top_domains": provider_field(
                    "Crawler names, collection period and the top domain names, if crawled data "
                    "was used anywhere in training."
                )} if by_type["crawled"] else None,
            ),
            "2_4_user_data": {
                "used_in_this_dataset": bool(by_type["user"]),
                "datasets": by_type["user"],
                "provider_statement": provider_field(
                    "Whether data from users of the provider's services was used, and from which services."
                ),
            },
            "2_5_synthetic_data": {
                "used_in_this_dataset": synthetic > 0 or "synthetic" in stages,
                "synthetic_rows": synthetic,
                "share_of_rows": round(synthetic / rows, 4) if rows else 0.0,
                "generator": "SDV (Datalab synthetic stage)" if "synthetic" in stages else None,
                "datasets": by_type["synthetic"],
            },
            "2_6_other_sources": section("other"),
        },
        "3_data_processing_aspects": {
            "3_1_respect_of_reservation_of_rights_from_tdm_exception": {
                "licences_and_policies_recorded": [
                    {"dataset_id": s.get("dataset_id"), "licence": s.get("licence"), "usage_policy": s.get("policy")}
                    for s in sources
                ],
                "distinct_licences": licences(manifest),
                "note": (
                    "Every source entered through a connector that recorded its licence and, for "
                    "data-space data, the usage policy of the contract agreement."
                ),
                "provider_measures": provider_field(
                    "Measures taken to identify and respect machine-readable opt-outs (e.g. "
                    "robots.txt, TDM reservation protocols) for all training data, and the "
                    "copyright policy followed."
                ),
            },
            "3_2_removal_of_illegal_content": {
                "curation_steps_applied": [
                    p for p in processing if p.get("stage") not in {"read"}
                ],
                "provider_measures": provider_field(
                    "Measures taken before and during training to remove illegal content "
                    "(e.g. CSAM, terrorist content) beyond the curation listed here."
                ),
            },
            "3_3_other_information": {
                "deduplication": [p for p in processing if "dedup" in str(p.get("stage"))],
                "anonymisation": [p for p in processing if str(p.get("stage")).startswith("anonymi")],
                "filtering_and_validation": [
                    p for p in processing if p.get("stage") in {"filter", "validate", "normalise"}
                ],
                "removed_rows": (manifest.get("counts") or {}).get("removed"),
                "quarantined_rows": (manifest.get("counts") or {}).get("quarantined"),
            },
        },
    }


def _value(item: Any) -> str:
    if isinstance(item, dict) and item.get("status") == PROVIDER:
        return f"**[{PROVIDER}]** _{item['hint']}_"
    if item is None or item == []:
        return "none"
    if isinstance(item, (dict, list)):
        return "`" + json.dumps(item, ensure_ascii=False) + "`"
    return str(item)


def _source_table(listed: list[dict[str, Any]]) -> list[str]:
    if not listed:
        return ["None in this dataset.", ""]
    lines = [
        "| Dataset | Connector | Licence | Usage policy | Rows | Share |",
        "|---|---|---|---|---|---|",
    ]
    for s in listed:
        policy = "recorded (see JSON)" if s.get("usage_policy") else "none"
        lines.append(
            f"| {s['dataset_id']} | {s['connector']} | {s.get('licence') or 'unknown'} | {policy} "
            f"| {s.get('rows')} | {s.get('share_of_rows')} |"
        )
    return [*lines, ""]


def _steps_table(steps: list[dict[str, Any]]) -> list[str]:
    if not steps:
        return ["None.", ""]
    lines = ["| Step | Stage | Rows in | Rows out | Removed | Quarantined | Settings / policy |",
             "|---|---|---|---|---|---|---|"]
    for p in steps:
        detail = p.get("policy_sha256") or p.get("settings_sha256") or ""
        lines.append(
            f"| {p.get('step')} | {p.get('stage')} | {p.get('rows_in')} | {p.get('rows_out')} "
            f"| {p.get('removed')} | {p.get('quarantined')} | {str(detail)[:16]} |"
        )
    return [*lines, ""]


def summary_markdown(data: dict[str, Any]) -> str:
    """The Markdown rendering of `summary()`."""
    g = data["1_general_information"]
    s = data["2_list_of_data_sources"]
    p = data["3_data_processing_aspects"]
    size = g["1_3_modalities_size_and_characteristics"]
    private = s["2_2_private_non_publicly_available_datasets_from_third_parties"]
    syn = s["2_5_synthetic_data"]
    out = [
        "# Public summary of training content (draft)",
        "",
        f"Following the {data['template']}.",
        "",
        f"> {data['status']}",
        "",
        f"Dataset: **{data['dataset']['name']}** {data['dataset'].get('version') or ''} "
        f"(run `{data['dataset']['run_id']}`).",
        "",
        "## 1. General information",
        "",
        "### 1.1 Provider identification",
        "",
        f"- Provider name and contact details: {_value(g['1_1_provider_identification']['provider_name_and_contact'])}",
        f"- Authorised representative: {_value(g['1_1_provider_identification']['authorised_representative'])}",
        "",
        "### 1.2 Model identification",
        "",
        f"- Versioned model name(s): {_value(g['1_2_model_identification']['versioned_model_name'])}",
        f"- Model dependencies: {_value(g['1_2_model_identification']['model_dependencies'])}",
        f"- Date of placement on the Union market: {_value(g['1_2_model_identification']['date_of_placement_on_the_market'])}",
        "",
        "### 1.3 Modalities, overall training data size and other characteristics",
        "",
        f"- Modalities: {', '.join(size['modalities'])}",
    ]
    for modality, figures in size["training_data_size"].items():
        out.append(
            f"- Size ({modality}): {figures['rows']} rows, {figures['bytes']} bytes; range: "
            f"{figures['size_range']} ({figures['note']})"
        )
    out += [
        f"- Types of content: {_value(size['types_of_content'])}",
        f"- Latest date of data collection: {size['latest_date_of_data_collection']}",
        f"- Languages: {', '.join(size['linguistic_characteristics']['languages']) or 'not recorded'}",
        f"- Other characteristics: {_value(size['other_characteristics'])}",
        "",
        "## 2. List of data sources",
        "",
        "### 2.1 Publicly available datasets",
        "",
        *_source_table(s["2_1_publicly_available_datasets"]["datasets"]),
        "### 2.2 Private non-publicly available datasets obtained from third parties",
        "",
        "#### 2.2.1 Datasets commercially licensed by rightsholders or their representatives",
        "",
        *_source_table(private["2_2_1_commercially_licensed_by_rightsholders"]["datasets"]),
        "#### 2.2.2 Private datasets obtained from other third parties (data-space agreements)",
        "",
        *_source_table(private["2_2_2_other_private_datasets"]["datasets"]),
        "### 2.3 Data crawled and scraped from online sources",
        "",
        *_source_table(s["2_3_data_crawled_and_scraped_from_online_sources"]["datasets"]),
        "### 2.4 User data",
        "",
        f"- {_value(s['2_4_user_data']['provider_statement'])}",
        "",
        "### 2.5 Synthetic data",
        "",
        f"- Used: {'yes' if syn['used_in_this_dataset'] else 'no'}; synthetic rows: "
        f"{syn['synthetic_rows']} (share {syn['share_of_rows']:.2%}); generator: {syn['generator'] or 'n/a'}",
        "",
        "### 2.6 Other sources of data",
        "",
        *_source_table(s["2_6_other_sources"]["datasets"]),
        "## 3. Data processing aspects",
        "",
        "### 3.1 Respect of reservation of rights from text and data mining exception or limitation",
        "",
        f"- Licences recorded for the sources: {', '.join(p['3_1_respect_of_reservation_of_rights_from_tdm_exception']['distinct_licences']) or 'none'}",
        f"- {p['3_1_respect_of_reservation_of_rights_from_tdm_exception']['note']}",
        f"- Provider measures: {_value(p['3_1_respect_of_reservation_of_rights_from_tdm_exception']['provider_measures'])}",
        "",
        "### 3.2 Removal of illegal content",
        "",
        "Curation applied by the data lab:",
        "",
        *_steps_table(p["3_2_removal_of_illegal_content"]["curation_steps_applied"]),
        f"- Provider measures: {_value(p['3_2_removal_of_illegal_content']['provider_measures'])}",
        "",
        "### 3.3 Other information",
        "",
        f"- Deduplication steps: {len(p['3_3_other_information']['deduplication'])}; anonymisation "
        f"steps: {len(p['3_3_other_information']['anonymisation'])} (policy hashes in the table above "
        "and in the JSON); rows removed: "
        f"{p['3_3_other_information']['removed_rows']}, quarantined: {p['3_3_other_information']['quarantined_rows']}.",
        "",
    ]
    return "\n".join(out)
