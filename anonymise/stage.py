"""`anonymise` as a pipeline stage: the batch kernel through `map_batches`, the report at commit.

Workers write two things below the run's staging folder: `detections/<step>-*.parquet` (the
audit table) and small per-batch stats files; the driver's `on_commit` hook merges the stats,
computes k-anonymity / l-diversity on the written shards, and writes
`reports/anonymisation_report.json` and `.html` with each shard's sha256.
"""

from __future__ import annotations

import functools
import json
import logging
from typing import Any

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from datalab.errors import MissingDependency

try:  # fail when the step is built, with the install line, not halfway through a run
    import phonenumbers  # noqa: F401
    import presidio_analyzer  # noqa: F401
    import py3langid  # noqa: F401
    import spacy  # noqa: F401
    import stdnum  # noqa: F401
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    msg = f"the anonymise stage needs {exc.name!r}; install it with `pip install 'datalab[anonymise]'`"
    raise MissingDependency(msg) from exc

from anonymise.engine import EngineConfig, describe, installed_model
from anonymise.kernel import STATS_DIR, make_kernel
from anonymise.policy import key_id, load_policy, read_key, uses_pseudonyms
from anonymise.report import build_report, k_anonymity, render_html
from schemas.steps.anonymise import AnonymiseStep
from transforms.stage import StageContext, StageOutputs, map_batches, merge_stats

log = logging.getLogger(__name__)


def report_name(label: str) -> str:
    return "anonymisation_report" if label == "anonymise" else f"anonymisation_report-{label}"


def build_stage(pcoll, step: AnonymiseStep, ctx: StageContext) -> StageOutputs:
    loaded = load_policy(step.policy)  # fail at build time on a bad policy file
    for language, model in step.models.items():
        installed_model(language, model)  # ... on a named spaCy model that is not installed
    if uses_pseudonyms(loaded.policy):
        read_key(loaded.policy.pseudonym_key)  # ... or a missing key, before any data is read
    factory = functools.partial(make_kernel, step.model_dump_json(), ctx.record.id_field,
                                ctx.record.text_field, ctx.label, ctx.work_dir)
    outputs = map_batches(pcoll, ctx.label, factory)
    outputs.on_commit = functools.partial(commit_report, step.model_dump_json(), ctx.label,
                                          ctx.run_id, ctx.record.id_field, ctx.work_dir)
    return outputs


def _fs_and_root(commit, work_dir: str):
    root = getattr(commit, "work_dir", None) or work_dir
    fs = getattr(commit, "fs", None)
    if fs is None:
        fs, _ = fsspec.core.url_to_fs(root)
    _, root_path = fsspec.core.url_to_fs(root)
    return fs, root_path


def _read_output(fs, root: str, shards: list[dict], columns: list[str]) -> pa.Table | None:
    tables = []
    for shard in shards:
        path = str(shard.get("path", ""))
        full = path if path.startswith("/") or "://" in path else f"{root}/{path}"
        with fs.open(full, "rb") as handle:
            if full.endswith(".arrow"):
                table = pa.ipc.open_file(pa.BufferReader(handle.read())).read_all()
            else:
                table = pq.read_table(handle)
        tables.append(table.select([c for c in columns if c in table.column_names]))
    if not tables:
        return None
    return pa.concat_tables(tables, promote_options="default")


def commit_report(step_json: str, label: str, run_id: str, id_field: str, work_dir: str, commit) -> dict[str, Any]:
    """Merge the workers' stats, check k-anonymity on the shards, write the JSON and HTML report."""
    step = AnonymiseStep.model_validate_json(step_json)
    loaded = load_policy(step.policy)
    policy = loaded.policy
    fs, root = _fs_and_root(commit, work_dir)
    parts_dir = f"{root}/{STATS_DIR}/{label}"
    parts = []
    for path in sorted(fs.glob(f"{parts_dir}/*.json")):
        with fs.open(path, "r") as handle:
            parts.append(json.load(handle))
    stats = merge_stats(parts) if parts else {}
    shards = [dict(s) for s in (getattr(commit, "shards", None) or [])]
    k_anon = None
    if policy.quasi_identifiers:
        table = _read_output(fs, root, shards, [id_field, *policy.quasi_identifiers, *policy.sensitive_attributes])
        if table is not None:
            k_anon = k_anonymity(table, list(policy.quasi_identifiers), list(policy.sensitive_attributes),
                                 k=policy.k, l=policy.l, id_field=id_field)
    languages = sorted(stats.get("languages", {}))
    engine = describe(EngineConfig(models=dict(step.models), ner=step.ner,
                                   recognizers=tuple(policy.recognizers)), languages)
    key = read_key(policy.pseudonym_key) if uses_pseudonyms(policy) else None
    report = build_report(
        label=label, run_id=run_id, stats=stats,
        policy={"sha256": loaded.sha256, "source": loaded.source, "file_sha256": loaded.file_sha256,
                "document": policy.model_dump(mode="json")},
        engine=engine, languages_ner=engine["models"], shards=shards, k_anon=k_anon,
        key_id=key_id(key) if key is not None else None,
    )
    name = report_name(label)
    fs.makedirs(f"{root}/reports", exist_ok=True)
    with fs.open(f"{root}/reports/{name}.json", "w") as handle:
        json.dump(report, handle, indent=2, ensure_ascii=False)
    with fs.open(f"{root}/reports/{name}.html", "w") as handle:
        handle.write(render_html(report))
    if fs.exists(parts_dir):
        fs.rm(parts_dir, recursive=True)
    if fs.exists(f"{root}/{STATS_DIR}") and not fs.ls(f"{root}/{STATS_DIR}"):
        fs.rm(f"{root}/{STATS_DIR}", recursive=True)
    manifest = getattr(commit, "manifest", None)
    if isinstance(manifest, dict):
        manifest.setdefault("extensions", {})[label] = {
            "report": f"reports/{name}.json", "policy_sha256": loaded.sha256,
            "detections": stats.get("detections", 0), "residual_hits": report["residual_scan"]["hits"],
            "languages_without_ner": report["languages"]["without_ner"],
            "k": (k_anon or {}).get("k"),
        }
    log.info("anonymise %s: %s detections, %s residual hits, report %s", label,
             stats.get("detections", 0), report["residual_scan"]["hits"], name)
    return report
