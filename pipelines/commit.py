"""Everything the driver does after the Beam pipeline finished and before the dataset is visible:
name the shards, drop files of retried bundles, reconcile the counts, run the stages' commit hooks,
write the reports and, last, the manifest.
"""

from __future__ import annotations

import base64
import hashlib
import json
import platform
import posixpath
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from typing import Any

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from datalab.errors import DatalabError
from pipelines.builder import META_DIR, SOURCES_KEY, BuiltPipeline
from pipelines.progress import PROGRESS_DIR
from pipelines.storage import MANIFEST, OutputLocation
from schemas.spec import PipelineSpec
from transforms.shards import EXTENSIONS

FORMAT_VERSION = 1
_VERSIONED = ("datalab", "apache-beam", "pyarrow", "polars", "presidio-analyzer", "great-expectations", "sdv")


class CountsDoNotAddUp(DatalabError):
    """rows in != rows out + removed + quarantined somewhere: a bug, so nothing is committed."""


@dataclass
class Commit:
    """What commit hooks of stages see and may extend (`manifest["extensions"][label]`)."""

    location: OutputLocation
    manifest: dict[str, Any]
    shards: list[dict[str, Any]] = field(default_factory=list)

    @property
    def fs(self) -> fsspec.AbstractFileSystem:
        return self.location.fs

    @property
    def work_dir(self) -> str:
        """The staging folder (a URL workers could use, like `StageContext.work_dir`)."""
        return self.location.url(self.location.staging)

    def shard_urls(self) -> list[str]:
        return [self.location.url(f"{self.location.staging}/{s['path']}") for s in self.shards]


def read_meta(location: OutputLocation, name: str, default: Any) -> Any:
    path = f"{location.staging}/{META_DIR}/{name}"
    if not location.fs.exists(path):
        return default
    with location.fs.open(path, "r") as handle:
        return json.load(handle)


def name_shards(location: OutputLocation, infos: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Rename the staged files of each kind to `part-0000i-of-0000N` (ordered by content hash, so
    names do not depend on which worker finished first); delete unlisted files of retried bundles."""
    fs, staging = location.fs, location.staging
    listed = {_staged_path(location, info["url"]) for info in infos}
    for path in fs.find(staging):
        if posixpath.basename(path).startswith("tmp-") and path not in listed:
            fs.rm(path)
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for info in infos:
        by_kind.setdefault(info["kind"], []).append(info)
    named: dict[str, list[dict[str, Any]]] = {}
    for kind, group in sorted(by_kind.items()):
        group.sort(key=lambda info: info["sha256"])
        folder = "" if kind == "data" else f"{kind}/"
        entries = []
        for index, info in enumerate(group):
            extension = posixpath.splitext(info["url"])[1]
            relative = f"{folder}part-{index:05d}-of-{len(group):05d}{extension}"
            fs.mv(_staged_path(location, info["url"]), f"{staging}/{relative}")
            entries.append({"path": relative, "rows": info["rows"], "bytes": info["bytes"], "sha256": info["sha256"]})
        named[kind] = entries
    return named


def _staged_path(location: OutputLocation, url: str) -> str:
    return fsspec.core.url_to_fs(url)[1] if not location.is_local else posixpath.normpath(url)


def reconcile(steps: list[tuple[str, str]], stats: dict[str, Any], output_rows: int) -> list[dict[str, Any]]:
    """Per-step counts; raises if any step or the chain between steps does not add up.

    A step may add rows (synthesis reports them as `rows_added`): then
    rows in + added = rows out + removed + quarantined. A step that shuffles data of its own
    reports `<what>_sent` and `<what>_received` (e.g. near dedup's candidate pairs): they must
    be equal, or the runner lost or repeated data inside the step."""
    rows: list[dict[str, Any]] = []
    previous_out: int | None = None
    for label, stage in steps:
        numbers = stats.get(label, {})
        out = numbers.get("rows_out", 0)
        removed = numbers.get("removed", 0)
        quarantined = numbers.get("quarantined", 0)
        details = numbers.get("details", {})
        added = int(details.pop("rows_added", 0))
        rows_in = out + removed + quarantined - added if previous_out is None else numbers.get("rows_in", 0)
        if previous_out is not None and rows_in != previous_out:
            msg = f"step {label!r} received {rows_in} rows but the step before it produced {previous_out}"
            raise CountsDoNotAddUp(msg)
        for key in sorted(k for k in details if k.endswith("_sent")):
            stem = key.removesuffix("_sent")
            received = details.get(f"{stem}_received", 0)
            if details[key] != received:
                what = stem.replace("_", " ")
                msg = (
                    f"step {label!r}: {details[key]} {what} went into a shuffle inside the step but "
                    f"{received} came out: the runner lost or repeated data"
                )
                raise CountsDoNotAddUp(msg)
        if rows_in + added != out + removed + quarantined:
            plus_added = f" + {added} added" if added else ""
            msg = (
                f"step {label!r}: {rows_in} rows in{plus_added} != {out} out + {removed} removed"
                f" + {quarantined} quarantined"
            )
            raise CountsDoNotAddUp(msg)
        rows.append(
            {
                "step": label,
                "stage": stage,
                "rows_in": rows_in,
                "rows_out": out,
                "added": added,
                "removed": removed,
                "quarantined": quarantined,
                "bytes_in": numbers.get("rows_in_bytes", numbers.get("rows_out_bytes", 0) if previous_out is None else 0),
                "bytes_out": numbers.get("rows_out_bytes", 0),
                "cpu_seconds": round(float(details.pop("cpu_seconds", 0.0)), 3),
                "reasons": dict(sorted(numbers.get("reasons", {}).items(), key=lambda kv: -kv[1])),
                "details": details,
            }
        )
        previous_out = out
    if previous_out is not None and previous_out != output_rows:
        msg = f"the last step produced {previous_out} rows but the shards hold {output_rows}"
        raise CountsDoNotAddUp(msg)
    return rows


def output_schema(location: OutputLocation, shards: list[dict[str, Any]], fmt: str) -> pa.Schema | None:
    """The schema of the first shard (all shards of a run share it unless the data changed type)."""
    if not shards:
        return None
    path = f"{location.staging}/{shards[0]['path']}"
    with location.fs.open(path, "rb") as handle:
        if fmt == "parquet":
            return pq.read_schema(handle)
        return pa.ipc.open_file(handle).schema


def describe_schema(schema: pa.Schema | None) -> dict[str, Any]:
    if schema is None:
        return {"fields": [], "arrow": None}
    return {
        "fields": [{"name": f.name, "type": str(f.type), "nullable": f.nullable} for f in schema],
        "arrow": base64.b64encode(schema.serialize().to_pybytes()).decode("ascii"),
    }


def package_versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in _VERSIONED:
        try:
            versions[name] = version(name)
        except PackageNotFoundError:
            continue
    return versions


def spec_document(spec: PipelineSpec) -> tuple[dict[str, Any], str]:
    document = spec.model_dump(mode="json")
    digest = hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()
    return document, digest


def start_manifest(spec: PipelineSpec, run_id: str, started_at: datetime) -> dict[str, Any]:
    document, digest = spec_document(spec)
    return {
        "format_version": FORMAT_VERSION,
        "name": spec.name,
        "run_id": run_id,
        "started_at": started_at.isoformat(timespec="seconds"),
        "finished_at": None,
        "format": spec.output.format,
        "record": spec.record.model_dump(),
        "spec": document,
        "spec_sha256": digest,
        "versions": package_versions(),
        "artefacts": {"removed": "removed/", "quarantine": "quarantine/", "reports": "reports/"},
        "extensions": {},
    }


def finalise(
    location: OutputLocation,
    spec: PipelineSpec,
    built: BuiltPipeline,
    manifest: dict[str, Any],
) -> Commit:
    """Name shards, reconcile counts, run stage hooks and stage the manifest. Nothing is visible
    at the final location yet; `pipelines.storage.commit_output` does that."""
    infos = read_meta(location, "shards.json", [])
    stats = read_meta(location, "stats.json", {})
    sources = source_summary(stats.pop(SOURCES_KEY, {}))
    named = name_shards(location, infos)
    shards = named.get("data", [])
    output_rows = sum(s["rows"] for s in shards)
    steps = reconcile(built.steps, stats, output_rows)
    manifest.update(
        rows=output_rows,
        bytes=sum(s["bytes"] for s in shards),
        shards=shards,
        schema=describe_schema(output_schema(location, shards, spec.output.format)),
        counts={
            "source_rows": steps[0]["rows_in"],
            "output_rows": output_rows,
            "added": sum(s["added"] for s in steps),
            "removed": sum(s["removed"] for s in steps),
            "quarantined": sum(s["quarantined"] for s in steps),
            "steps": steps,
        },
        sources=sources,
        side_outputs={kind: entries for kind, entries in named.items() if kind != "data"},
    )
    commit = Commit(location=location, manifest=manifest, shards=shards)
    for _label, hook in built.on_commit:
        hook(commit)
    manifest["finished_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    for scratch in (META_DIR, PROGRESS_DIR):
        if location.fs.exists(f"{location.staging}/{scratch}"):
            location.fs.rm(f"{location.staging}/{scratch}", recursive=True)
    return commit


def source_summary(counts: dict[str, int]) -> list[dict[str, Any]]:
    """The manifest's `sources`: output rows per connector, dataset, licence and usage policy."""
    keys = ("connector", "dataset_id", "licence", "policy")
    summary = [dict(zip(keys, json.loads(key), strict=True), rows=rows) for key, rows in counts.items()]
    return sorted(summary, key=lambda s: (-s["rows"], str(s["dataset_id"])))


def write_manifest(location: OutputLocation, manifest: dict[str, Any]) -> None:
    with location.fs.open(f"{location.staging}/{MANIFEST}", "w") as handle:
        json.dump(manifest, handle, indent=2, default=str)
