"""Dataset cards generated from a manifest: Hugging Face card, Croissant 1.0, DCAT-AP.

`write_cards(fs, dataset_dir, manifest)` writes, next to the shards:

- `README.md`: a Hugging Face dataset card (YAML header with licence, languages, size
  category, features, splits and data files; then a readable summary of lineage and counts);
- `croissant.json`: MLCommons Croissant 1.0 metadata (one FileObject per shard with its sha256,
  a FileSet over the shards, and a RecordSet with every field and its type);
- `dcat.jsonld`: a DCAT-AP dataset (distributions with checksums and licences, languages from
  the EU authority table, `prov:wasDerivedFrom` each source dataset) to register the curated
  dataset back in a data-space catalogue;
- `ai_act_summary.md` / `.json`: the EU AI Act training-content summary draft
  (see `pipelines/ai_act.py`).

The lead calls it at commit time (before `manifest.json` is written) and `publish_release`
calls it again for each release version, with the release's name, version and URL.
"""

from __future__ import annotations

import json
import posixpath
import re
from typing import Any

import fsspec
import pyarrow as pa

LANGUAGE_COLUMNS = ("lang", "language", "_lang", "_language")
CROISSANT_CONFORMS_TO = "http://mlcommons.org/croissant/1.0"
EU_LANGUAGE = "http://publications.europa.eu/resource/authority/language/"
EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"
CARD_FILES = ("README.md", "croissant.json", "dcat.jsonld", "ai_act_summary.md", "ai_act_summary.json")

# Hugging Face licence identifiers for common SPDX ids (the Hub uses lower-case SPDX-like ids).
_HF_LICENCES = {
    "apache-2.0", "mit", "cc-by-4.0", "cc-by-sa-4.0", "cc-by-nc-4.0", "cc-by-nc-sa-4.0",
    "cc-by-nd-4.0", "cc-by-nc-nd-4.0", "cc0-1.0", "odc-by", "odbl", "pddl", "cc-by-3.0",
    "cc-by-sa-3.0", "gpl-3.0", "lgpl-3.0", "bsd-3-clause", "bsd-2-clause", "etalab-2.0",
    "ogl-3.0", "cdla-permissive-2.0", "cdla-sharing-1.0", "openrail", "unknown",
}
_SPDX_ALIASES = {"odc-by-1.0": "odc-by", "odbl-1.0": "odbl", "pddl-1.0": "pddl"}


# -- shared helpers -------------------------------------------------------------------------


def manifest_schema(manifest: dict[str, Any]) -> pa.Schema | None:
    from datalab.reader import _decode_schema

    return _decode_schema(manifest)


def licences(manifest: dict[str, Any]) -> list[str]:
    """Distinct licences of the sources, in source order."""
    seen: list[str] = []
    for source in manifest.get("sources", []):
        licence = source.get("licence") or source.get("license")
        if licence and licence not in seen:
            seen.append(str(licence))
    return seen


def as_iri(url: str) -> str:
    """A local path as a `file://` IRI; URLs unchanged (JSON-LD needs absolute IRIs)."""
    return f"file://{url}" if url.startswith("/") else url


def licence_iri(licence: str) -> str:
    if re.match(r"^[a-z][a-z0-9+.-]*:", licence, re.IGNORECASE):
        return licence
    return f"http://spdx.org/licenses/{licence}"


def languages(fs: fsspec.AbstractFileSystem, dataset_dir: str, manifest: dict[str, Any]) -> list[str]:
    """ISO 639-1 codes: declared in the manifest (top level, spec or a stage extension), else
    the distinct values of a language column (`lang`, `language`) read from the shards."""
    declared = manifest.get("languages") or (manifest.get("spec") or {}).get("languages")
    for extension in (manifest.get("extensions") or {}).values():
        if not declared and isinstance(extension, dict) and extension.get("languages"):
            declared = extension["languages"]
    if declared:
        return sorted(declared if isinstance(declared, list) else list(declared))
    schema = manifest_schema(manifest)
    names = schema.names if schema is not None else [
        f.get("name") for f in (manifest.get("schema") or {}).get("fields", []) if isinstance(f, dict)
    ]
    column = next((c for c in LANGUAGE_COLUMNS if c in names), None)
    if column is None or not manifest.get("shards"):
        return []
    import pyarrow.compute as pc

    from datalab.reader import DatalabDataset

    dataset = DatalabDataset(fs, dataset_dir, manifest)
    values: set[str] = set()
    for batch in dataset.iter_batches(columns=[column]):
        values.update(v for v in pc.unique(batch.column(0)).to_pylist() if v)
    return sorted(values)


def size_category(rows: int) -> str:
    """The Hugging Face `size_categories` bucket of a row count."""
    bounds = [
        (1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
        (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M"), (100_000_000, "10M<n<100M"),
        (1_000_000_000, "100M<n<1B"), (10_000_000_000, "1B<n<10B"),
        (100_000_000_000, "10B<n<100B"), (1_000_000_000_000, "100B<n<1T"),
    ]
    for bound, label in bounds:
        if rows < bound:
            return label
    return "n>1T"


def _fields(manifest: dict[str, Any]) -> list[pa.Field]:
    schema = manifest_schema(manifest)
    if schema is not None:
        return list(schema)
    out = []
    for f in (manifest.get("schema") or {}).get("fields", []):
        if isinstance(f, dict):
            try:
                typ = pa.type_for_alias(f.get("type", "string"))
            except ValueError:
                typ = pa.string()
            out.append(pa.field(f["name"], typ, f.get("nullable", True)))
    return out


def _title(manifest: dict[str, Any], release: dict[str, Any] | None) -> str:
    name = (release or {}).get("name") or manifest.get("name") or "dataset"
    version = (release or {}).get("version")
    return f"{name} {version}" if version else name


def _description(manifest: dict[str, Any], release: dict[str, Any] | None) -> str:
    counts = manifest.get("counts") or {}
    steps = ", ".join(s.get("stage", s.get("step", "?")) for s in counts.get("steps", []))
    sources = len(manifest.get("sources", []))
    return (
        f"{_title(manifest, release)}: {manifest.get('rows', 0)} rows curated by Datalab "
        f"(run {manifest.get('run_id')}) from {sources} source dataset(s)"
        + (f" through the steps {steps}." if steps else ".")
    )


# -- Hugging Face dataset card --------------------------------------------------------------


def _hf_licence(licence: str) -> str | None:
    key = _SPDX_ALIASES.get(licence.lower(), licence.lower())
    return key if key in _HF_LICENCES else None


def _hf_feature(field: pa.Field) -> dict[str, Any]:
    """A `dataset_info.features` entry, in the YAML form `datasets` reads back."""
    body = _hf_type(field.type)
    return {"name": field.name, **body}


def _hf_type(typ: pa.DataType) -> dict[str, Any]:
    if pa.types.is_struct(typ):
        return {"struct": [_hf_feature(typ.field(i)) for i in range(typ.num_fields)]}
    if pa.types.is_list(typ) or pa.types.is_large_list(typ) or pa.types.is_fixed_size_list(typ):
        key = "large_list" if pa.types.is_large_list(typ) else "list"
        inner = _hf_type(typ.value_type)
        return {key: inner["dtype"] if list(inner) == ["dtype"] else inner.get("struct", inner)}
    return {"dtype": _hf_dtype(typ)}


def _hf_dtype(typ: pa.DataType) -> str:
    """The `datasets` dtype name of an Arrow type (as `datasets.features` spells it)."""
    if pa.types.is_dictionary(typ):
        return _hf_dtype(typ.value_type)
    if pa.types.is_string_view(typ):
        return "string"
    if pa.types.is_boolean(typ):
        return "bool"
    if pa.types.is_float16(typ):
        return "float16"
    if pa.types.is_float32(typ):
        return "float32"
    if pa.types.is_float64(typ):
        return "float64"
    if pa.types.is_timestamp(typ):
        return f"timestamp[{typ.unit}, tz={typ.tz}]" if typ.tz else f"timestamp[{typ.unit}]"
    if pa.types.is_date32(typ):
        return "date32"
    if pa.types.is_date64(typ):
        return "date64"
    if pa.types.is_decimal(typ):
        return f"decimal{typ.bit_width}({typ.precision}, {typ.scale})"
    # int8..uint64, string, large_string, binary, large_binary, time32[...], duration[...]
    return str(typ)


def _yaml(value: Any, indent: int = 0) -> str:
    """A small YAML emitter for the card header (block style, stable key order)."""
    pad = "  " * indent
    if isinstance(value, dict):
        lines = []
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                lines.append(f"{pad}{key}:\n{_yaml(item, indent + 1)}")
            else:
                lines.append(f"{pad}{key}: {_yaml_scalar(item)}")
        return "\n".join(lines)
    if isinstance(value, list):
        lines = []
        for item in value:
            if isinstance(item, dict) and item:
                body = _yaml(item, indent + 1).lstrip()
                lines.append(f"{pad}- {body}")
            else:
                lines.append(f"{pad}- {_yaml_scalar(item)}")
        return "\n".join(lines)
    return pad + _yaml_scalar(value)


def _yaml_scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, (list, dict)):
        return "[]" if isinstance(value, list) else "{}"
    return json.dumps(str(value), ensure_ascii=False)


def hf_card(
    manifest: dict[str, Any], langs: list[str], release: dict[str, Any] | None = None
) -> str:
    """README.md text: Hugging Face dataset-card YAML header plus a lineage summary."""
    lics = licences(manifest)
    hf = [_hf_licence(lic) for lic in lics]
    header: dict[str, Any] = {}
    if len(lics) == 1 and hf[0]:
        header["license"] = hf[0]
    elif lics and all(hf):
        header["license"] = hf
    elif lics:
        header["license"] = "other"
        if len(lics) == 1:
            header["license_name"] = re.sub(r"\W+", "-", lics[0]).strip("-").lower()
            header["license_link"] = licence_iri(lics[0])
        else:  # one licence per source: the Sources table below lists them
            header["license_name"] = "mixed-per-source"
    if langs:
        header["language"] = langs
    header["size_categories"] = [size_category(int(manifest.get("rows", 0)))]
    header["pretty_name"] = _title(manifest, release)
    header["tags"] = ["datalab"]
    shards = manifest.get("shards", [])
    header["configs"] = [
        {
            "config_name": "default",
            "data_files": [{"split": "train", "path": [s["path"] for s in shards]}],
        }
    ]
    header["dataset_info"] = {
        "features": [_hf_feature(f) for f in _fields(manifest)],
        "splits": [
            {"name": "train", "num_bytes": int(manifest.get("bytes", 0)),
             "num_examples": int(manifest.get("rows", 0))}
        ],
        "download_size": int(manifest.get("bytes", 0)),
        "dataset_size": int(manifest.get("bytes", 0)),
    }
    counts = manifest.get("counts") or {}
    lines = [
        "---",
        _yaml(header),
        "---",
        "",
        f"# {_title(manifest, release)}",
        "",
        _description(manifest, release),
        "",
        "## Sources",
        "",
        "| Source | Connector | Licence | Usage policy | Rows |",
        "|---|---|---|---|---|",
    ]
    for s in manifest.get("sources", []):
        policy = "yes (see manifest.json)" if s.get("policy") else "none recorded"
        lines.append(
            f"| {s.get('dataset_id')} | {s.get('connector')} | {s.get('licence') or 'unknown'} "
            f"| {policy} | {s.get('rows', '')} |"
        )
    lines += [
        "",
        "## Processing",
        "",
        "| Step | Stage | Rows in | Rows out | Removed | Quarantined |",
        "|---|---|---|---|---|---|",
    ]
    for step in counts.get("steps", []):
        lines.append(
            f"| {step.get('step')} | {step.get('stage')} | {step.get('rows_in')} | "
            f"{step.get('rows_out')} | {step.get('removed')} | {step.get('quarantined')} |"
        )
    lines += [
        "",
        "## Files",
        "",
        "Shards are listed with their sha256 in `manifest.json`; `croissant.json` (MLCommons "
        "Croissant 1.0) and `dcat.jsonld` (DCAT-AP) describe the same dataset for ML tools and "
        "data-space catalogues. `ai_act_summary.md` is a draft of the EU AI Act training-content "
        "summary for model providers who train on this dataset.",
        "",
        "```python",
        "from datalab.reader import open_dataset",
        "",
        'ds = open_dataset(".")  # this folder, or its URL',
        "for batch in ds.iter_batches(verify=True):",
        "    ...",
        "```",
        "",
    ]
    return "\n".join(lines)


# -- Croissant ------------------------------------------------------------------------------


def croissant_context() -> dict[str, Any]:
    """The JSON-LD @context of Croissant 1.0 (inline, so nothing is fetched to read it)."""
    return {
        "@language": "en",
        "@vocab": "https://schema.org/",
        "citeAs": "cr:citeAs",
        "column": "cr:column",
        "conformsTo": "dct:conformsTo",
        "cr": "http://mlcommons.org/croissant/",
        "rai": "http://mlcommons.org/croissant/RAI/",
        "data": {"@id": "cr:data", "@type": "@json"},
        "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
        "dct": "http://purl.org/dc/terms/",
        "equivalentProperty": "cr:equivalentProperty",
        "examples": {"@id": "cr:examples", "@type": "@json"},
        "extract": "cr:extract",
        "field": "cr:field",
        "fileProperty": "cr:fileProperty",
        "fileObject": "cr:fileObject",
        "fileSet": "cr:fileSet",
        "format": "cr:format",
        "includes": "cr:includes",
        "isLiveDataset": "cr:isLiveDataset",
        "jsonPath": "cr:jsonPath",
        "key": "cr:key",
        "md5": "cr:md5",
        "parentField": "cr:parentField",
        "path": "cr:path",
        "recordSet": "cr:recordSet",
        "references": "cr:references",
        "regex": "cr:regex",
        "repeated": "cr:repeated",
        "replace": "cr:replace",
        "samplingRate": "cr:samplingRate",
        "sc": "https://schema.org/",
        "separator": "cr:separator",
        "source": "cr:source",
        "subField": "cr:subField",
        "transform": "cr:transform",
    }


def _croissant_type(typ: pa.DataType) -> str:
    if pa.types.is_boolean(typ):
        return "sc:Boolean"
    if pa.types.is_integer(typ):
        return "sc:Integer"
    if pa.types.is_floating(typ) or pa.types.is_decimal(typ):
        return "sc:Float"
    if pa.types.is_timestamp(typ):
        return "sc:DateTime"
    if pa.types.is_date(typ):
        return "sc:Date"
    if pa.types.is_binary(typ) or pa.types.is_large_binary(typ):
        return "sc:Text"
    if pa.types.is_dictionary(typ):
        return _croissant_type(typ.value_type)
    return "sc:Text"


def _croissant_field(field: pa.Field, prefix: str, column_path: list[str], file_set: str) -> dict:
    field_id = f"{prefix}/{field.name}"
    typ = field.type
    out: dict[str, Any] = {"@type": "cr:Field", "@id": field_id, "name": field.name}
    out["description"] = f"Column `{'.'.join(column_path)}` ({typ})."
    source = {"fileSet": {"@id": file_set}, "extract": {"column": column_path[0]}}
    if len(column_path) > 1:
        source["transform"] = {"jsonPath": "$." + ".".join(column_path[1:])}
    if pa.types.is_list(typ) or pa.types.is_large_list(typ) or pa.types.is_fixed_size_list(typ):
        typ = typ.value_type
        out["repeated"] = True
    if pa.types.is_struct(typ):
        out["dataType"] = "sc:Text"
        out["subField"] = [
            _croissant_field(typ.field(i), field_id, [*column_path, typ.field(i).name], file_set)
            for i in range(typ.num_fields)
        ]
        source.pop("transform", None)
        if len(column_path) == 1:
            out["source"] = source
        else:
            out["source"] = {"fileSet": {"@id": file_set}, "extract": {"column": column_path[0]},
                             "transform": {"jsonPath": "$." + ".".join(column_path[1:])}}
        return out
    out["dataType"] = _croissant_type(typ)
    out["source"] = source
    return out


def croissant(manifest: dict[str, Any], release: dict[str, Any] | None = None) -> dict[str, Any]:
    """Croissant 1.0 metadata: distribution with each shard's sha256, one record set."""
    fmt = manifest.get("format", "parquet")
    media = "application/x-parquet" if fmt == "parquet" else "application/vnd.apache.arrow.file"
    ext = "parquet" if fmt == "parquet" else "arrow"
    lics = licences(manifest)
    distribution: list[dict[str, Any]] = [
        {
            "@type": "cr:FileObject",
            "@id": shard["path"],
            "name": shard["path"],
            "contentUrl": shard["path"],
            "encodingFormat": media,
            "contentSize": f"{shard.get('bytes', 0)} B",
            "sha256": shard.get("sha256"),
        }
        for shard in manifest.get("shards", [])
    ]
    distribution.append(
        {
            "@type": "cr:FileSet",
            "@id": "shards",
            "name": "shards",
            "description": f"All {len(manifest.get('shards', []))} shards of the dataset.",
            "encodingFormat": media,
            "includes": f"part-*.{ext}",
        }
    )
    fields = [_croissant_field(f, "default", [f.name], "shards") for f in _fields(manifest)]
    metadata: dict[str, Any] = {
        "@context": croissant_context(),
        "@type": "sc:Dataset",
        "conformsTo": CROISSANT_CONFORMS_TO,
        "name": re.sub(r"[^A-Za-z0-9_.-]+", "-", _title(manifest, release)),
        "description": _description(manifest, release),
        "license": [licence_iri(lic) for lic in lics] if len(lics) > 1 else (
            licence_iri(lics[0]) if lics else "https://spdx.org/licenses/NOASSERTION"
        ),
        "url": as_iri((release or {}).get("url") or "./"),
        "version": str((release or {}).get("version", "v0")).lstrip("v") + ".0.0",
        "datePublished": (release or {}).get("published_at") or manifest.get("finished_at"),
        "citeAs": f"{_title(manifest, release)}, curated with Datalab (run {manifest.get('run_id')}).",
        "isBasedOn": [_source_iri(s) for s in manifest.get("sources", [])],
        "distribution": distribution,
        "recordSet": [
            {
                "@type": "cr:RecordSet",
                "@id": "default",
                "name": "default",
                "description": "One record per row of the shards.",
                "field": fields,
            }
        ],
    }
    id_field = (manifest.get("record") or {}).get("id_field")
    if id_field and any(f.name == id_field for f in _fields(manifest)):
        metadata["recordSet"][0]["key"] = {"@id": f"default/{id_field}"}
    return metadata


# -- DCAT-AP --------------------------------------------------------------------------------


def _source_iri(source: dict[str, Any]) -> str:
    ident = str(source.get("dataset_id") or "unknown")
    if re.match(r"^[a-z][a-z0-9+.-]*:", ident, re.IGNORECASE):
        return ident
    connector = source.get("connector", "source")
    return f"urn:datalab:{connector}:{re.sub(r'[^A-Za-z0-9._~/-]', '-', ident)}"


def _eu_language(code: str) -> str | None:
    import pycountry

    lang = pycountry.languages.get(alpha_2=code) if len(code) == 2 else pycountry.languages.get(alpha_3=code)
    if lang is None:
        return None
    return EU_LANGUAGE + getattr(lang, "alpha_3", code).upper()


def dcat(
    manifest: dict[str, Any], langs: list[str], release: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A DCAT-AP 3 dataset in JSON-LD with one distribution per shard."""
    base = as_iri(((release or {}).get("url") or "").rstrip("/"))
    dataset_id = base or f"urn:datalab:dataset:{manifest.get('name')}:{manifest.get('run_id')}"
    fmt = manifest.get("format", "parquet")
    file_type = EU_FILE_TYPE + ("PARQUET" if fmt == "parquet" else "BIN")
    media = (
        "https://www.iana.org/assignments/media-types/application/vnd.apache.parquet"
        if fmt == "parquet"
        else "https://www.iana.org/assignments/media-types/application/vnd.apache.arrow.file"
    )
    lics = licences(manifest)
    licence_nodes = [{"@id": licence_iri(lic)} for lic in lics]
    distributions = []
    for shard in manifest.get("shards", []):
        url = f"{base}/{shard['path']}" if base else shard["path"]
        dist: dict[str, Any] = {
            "@id": f"{dataset_id}#{shard['path']}",
            "@type": "dcat:Distribution",
            "dct:title": shard["path"],
            "dcat:accessURL": {"@id": url},
            "dcat:downloadURL": {"@id": url},
            "dct:format": {"@id": file_type},
            "dcat:mediaType": {"@id": media},
            "dcat:byteSize": {"@value": str(shard.get("bytes", 0)), "@type": "xsd:nonNegativeInteger"},
            "spdx:checksum": {
                "@type": "spdx:Checksum",
                "spdx:algorithm": {"@id": "spdx:checksumAlgorithm_sha256"},
                "spdx:checksumValue": {"@value": shard.get("sha256"), "@type": "xsd:hexBinary"},
            },
        }
        if len(licence_nodes) == 1:
            dist["dct:license"] = licence_nodes[0]
        elif licence_nodes:
            dist["dct:rights"] = {
                "@type": "dct:RightsStatement",
                "rdfs:label": "Derived from sources under: " + ", ".join(lics),
            }
        distributions.append(dist)
    issued = (release or {}).get("published_at") or manifest.get("finished_at")
    doc: dict[str, Any] = {
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "prov": "http://www.w3.org/ns/prov#",
            "spdx": "http://spdx.org/rdf/terms#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "adms": "http://www.w3.org/ns/adms#",
            "owl": "http://www.w3.org/2002/07/owl#",
        },
        "@id": dataset_id,
        "@type": "dcat:Dataset",
        "dct:title": {"@value": _title(manifest, release), "@language": "en"},
        "dct:description": {"@value": _description(manifest, release), "@language": "en"},
        "dct:identifier": dataset_id,
        "dcat:version": (release or {}).get("version") or manifest.get("run_id"),
        "dct:issued": {"@value": issued, "@type": "xsd:dateTime"} if issued else None,
        "dct:language": [{"@id": iri} for iri in (_eu_language(c) for c in langs) if iri],
        "dct:accessRights": {"@id": "http://publications.europa.eu/resource/authority/access-right/RESTRICTED"},
        "dct:provenance": {
            "@type": "dct:ProvenanceStatement",
            "rdfs:label": "Curated by Datalab: " + ", ".join(
                f"{s.get('step')} ({s.get('rows_in')} -> {s.get('rows_out')} rows)"
                for s in (manifest.get("counts") or {}).get("steps", [])
            ),
        },
        "prov:wasDerivedFrom": [
            {
                "@id": _source_iri(s),
                "@type": "dcat:Dataset",
                "dct:identifier": str(s.get("dataset_id")),
                **({"dct:license": {"@id": licence_iri(s["licence"])}} if s.get("licence") else {}),
            }
            for s in manifest.get("sources", [])
        ],
        "prov:wasGeneratedBy": {
            "@id": f"urn:datalab:run:{manifest.get('run_id')}",
            "@type": "prov:Activity",
            "prov:startedAtTime": {"@value": manifest.get("started_at"), "@type": "xsd:dateTime"},
            "prov:endedAtTime": {"@value": manifest.get("finished_at"), "@type": "xsd:dateTime"},
        },
        "dcat:distribution": distributions,
    }
    if len(licence_nodes) == 1:
        doc["dct:license"] = licence_nodes[0]
    return {k: v for k, v in doc.items() if v is not None}


# -- writer ---------------------------------------------------------------------------------


def write_cards(
    fs: fsspec.AbstractFileSystem,
    dataset_dir: str,
    manifest: dict[str, Any],
    *,
    release: dict[str, Any] | None = None,
    ai_act: bool = True,
) -> list[str]:
    """Write the card files into `dataset_dir` (a path on `fs`); return their relative paths.

    `manifest` is the dataset's manifest dict (the shards must already be in `dataset_dir` if
    languages have to be read from a language column). `release` (name, version, url,
    published_at) is filled in by `publish_release`.
    """
    langs = languages(fs, dataset_dir, manifest)
    docs = {
        "README.md": hf_card(manifest, langs, release),
        "croissant.json": json.dumps(croissant(manifest, release), indent=2, ensure_ascii=False),
        "dcat.jsonld": json.dumps(dcat(manifest, langs, release), indent=2, ensure_ascii=False),
    }
    if ai_act:
        from pipelines.ai_act import summary, summary_markdown

        data = summary(manifest, langs, release)
        docs["ai_act_summary.json"] = json.dumps(data, indent=2, ensure_ascii=False)
        docs["ai_act_summary.md"] = summary_markdown(data)
    for rel, text in docs.items():
        with fs.open(posixpath.join(dataset_dir, rel), "wb") as handle:
            handle.write(text.encode("utf-8") + (b"" if text.endswith("\n") else b"\n"))
    return list(docs)


