"""The anonymisation report: JSON for machines, one self-contained HTML page for auditors.

Everything in it is counts, types, offsets, record ids, digests and versions: it never contains a
detected value. k-anonymity and l-diversity are computed on the *output* shards (after
generalisation), so they describe what a trainer receives.
"""

from __future__ import annotations

import html
import json
from datetime import datetime, timezone
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

MAX_LISTED_RECORDS = 1000


def k_anonymity(table: pa.Table, quasi: list[str], sensitive: list[str], *, k: int, l: int,  # noqa: E741
                id_field: str) -> dict[str, Any]:
    """k (smallest group over the quasi-identifiers), the groups/records under `k`, and l per
    sensitive attribute (fewest distinct values in a group)."""
    present = [c for c in quasi if c in table.column_names]
    missing = [c for c in quasi if c not in table.column_names]
    out: dict[str, Any] = {"quasi_identifiers": quasi, "required_k": k, "missing_columns": missing}
    if not present or table.num_rows == 0:
        out.update({"k": None, "groups": 0, "violating_groups": 0, "violating_records": 0,
                    "violating_record_ids": []})
        return out
    keyed = table.select(present)
    keyed = pa.table({c: pc.cast(keyed[c], pa.string()) for c in present})
    groups = keyed.group_by(present, use_threads=False).aggregate([([], "count_all")])
    sizes = groups["count_all"]
    small = groups.filter(pc.less(sizes, k))
    out["k"] = int(pc.min(sizes).as_py())
    out["groups"] = groups.num_rows
    out["violating_groups"] = small.num_rows
    ids = table[id_field] if id_field in table.column_names else pa.array([str(i) for i in range(table.num_rows)])
    with_ids = keyed.append_column("__id", pc.cast(ids, pa.string()))
    joined = with_ids.join(small, keys=present, join_type="inner")
    out["violating_records"] = joined.num_rows
    out["violating_record_ids"] = joined["__id"].to_pylist()[:MAX_LISTED_RECORDS]
    diversity = {}
    for attribute in sensitive:
        if attribute not in table.column_names:
            diversity[attribute] = {"missing": True}
            continue
        data = keyed.append_column(attribute, pc.cast(table[attribute], pa.string()))
        per_group = data.group_by(present, use_threads=False).aggregate([(attribute, "count_distinct")])
        distinct = per_group[f"{attribute}_count_distinct"]
        diversity[attribute] = {"required_l": l, "l": int(pc.min(distinct).as_py()),
                                "violating_groups": int(pc.sum(pc.less(distinct, l)).as_py() or 0)}
    out["l_diversity"] = diversity
    return out


def build_report(*, label: str, run_id: str, stats: dict[str, Any], policy: dict[str, Any],
                 engine: dict[str, Any], languages_ner: dict[str, str | None], shards: list[dict],
                 k_anon: dict[str, Any] | None, key_id: str | None) -> dict[str, Any]:
    seen = stats.get("languages", {})
    without = sorted(lang for lang in seen if not languages_ner.get(lang))
    residual = stats.get("residual", {"hits": 0, "records": 0, "by_entity": {}, "samples": []})
    return {
        "report": "anonymisation", "format_version": 1, "step": label, "run_id": run_id,
        "generated_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "policy": policy,
        "pseudonym_key_id": key_id,
        "engine": engine,
        "languages": {"documents": seen, "ner_models": {k: v for k, v in languages_ner.items() if k in seen},
                      "without_ner": without,
                      "note": "Languages in `without_ner` ran pattern, checksum, context and name-rule "
                              "recognisers only (no statistical NER model installed)."},
        "totals": {"rows": stats.get("rows", 0), "documents": stats.get("documents", 0),
                   "characters": stats.get("chars", 0), "detections": stats.get("detections", 0),
                   "seconds": stats.get("seconds", {})},
        "counts": stats.get("counts", {}),
        "score_distribution": stats.get("scores", {}),
        "recognizers": stats.get("recognizers", {}),
        "columns": stats.get("column_rows", {}),
        "residual_scan": {"hits": residual.get("hits", 0), "records": residual.get("records", 0),
                          "by_entity": residual.get("by_entity", {}),
                          "samples": residual.get("samples", [])[:200]},
        "k_anonymity": k_anon,
        "shards": shards,
    }


def _table(headers: list[str], rows: list[list[Any]]) -> str:
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body or '<tr><td colspan=99>none</td></tr>'}</tbody></table>"


def render_html(report: dict[str, Any]) -> str:
    e = html.escape
    counts_rows = [[ent, col, op, n] for ent, cols in sorted(report["counts"].items())
                   for col, ops in sorted(cols.items()) for op, n in sorted(ops.items())]
    score_rows = [[ent] + [buckets.get(f"{b / 10:.1f}", 0) for b in range(10)]
                  for ent, buckets in sorted(report["score_distribution"].items())]
    langs = report["languages"]
    lang_rows = [[lang, n, langs["ner_models"].get(lang) or "none (patterns + rules only)"]
                 for lang, n in sorted(langs["documents"].items(), key=lambda kv: -kv[1])]
    residual = report["residual_scan"]
    res_rows = [[s["record_id"], s["column"], s["entity_type"], s["start"], s["end"], s["score"], s["recognizer"]]
                for s in residual["samples"]]
    shard_rows = [[s.get("path"), s.get("rows"), s.get("bytes"), s.get("sha256")] for s in report["shards"]]
    versions = report["engine"].get("versions", {})
    version_rows = [[k, json.dumps(v) if isinstance(v, (dict, list)) else v] for k, v in versions.items() if k != "recognizers"]
    recognizer_rows = [[k, v] for k, v in sorted(report["recognizers"].items())]
    k_anon = report.get("k_anonymity")
    if k_anon:
        k_html = _table(["quasi-identifiers", "k", "required k", "groups", "groups under k", "records under k"],
                        [[", ".join(k_anon["quasi_identifiers"]), k_anon.get("k"), k_anon["required_k"],
                          k_anon.get("groups"), k_anon.get("violating_groups"), k_anon.get("violating_records")]])
        k_html += _table(["sensitive attribute", "l", "required l", "groups under l"],
                         [[a, d.get("l"), d.get("required_l"), d.get("violating_groups")]
                          for a, d in (k_anon.get("l_diversity") or {}).items()])
        ids = k_anon.get("violating_record_ids") or []
        if ids:
            k_html += f"<p>Records in groups under k (first {len(ids)}): <code>{e(', '.join(map(str, ids[:200])))}</code></p>"
    else:
        k_html = "<p>No quasi-identifiers declared in the policy.</p>"
    policy = report["policy"]
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Anonymisation report - {e(report['step'])}</title>
<style>body{{font-family:system-ui,sans-serif;margin:2em;max-width:75em;color:#222}}
table{{border-collapse:collapse;margin:.5em 0 1.5em}}td,th{{border:1px solid #ccc;padding:.25em .6em;text-align:left;font-size:.9em}}
th{{background:#f0f0f0}}code{{word-break:break-all}}.ok{{color:#070}}.bad{{color:#b00}}</style></head><body>
<h1>Anonymisation report</h1>
<p>Step <b>{e(report['step'])}</b>, run <code>{e(report['run_id'])}</code>, generated {e(report['generated_at'])}.</p>
<h2>Policy</h2>
<p>sha256 <code>{e(policy['sha256'])}</code> (canonical JSON), source {e(policy['source'])}{', file sha256 <code>' + e(policy['file_sha256']) + '</code>' if policy.get('file_sha256') else ''}, version {e(str(policy['document'].get('version')))}, threshold {e(str(policy['document'].get('threshold')))}.
Pseudonym key id: <code>{e(str(report.get('pseudonym_key_id')))}</code>.</p>
<details><summary>Policy document</summary><pre>{e(json.dumps(policy['document'], indent=2, ensure_ascii=False))}</pre></details>
<h2>Totals</h2>
{_table(["rows", "documents", "characters", "detections"], [[report['totals'][k] for k in ("rows", "documents", "characters", "detections")]])}
<h2>Languages</h2>
{_table(["language", "documents", "NER model"], lang_rows)}
<p>Without NER: {e(', '.join(langs['without_ner']) or 'none')}. {e(langs['note'])}</p>
<h2>Detections by entity type, column and operator</h2>
{_table(["entity type", "column", "operator", "count"], counts_rows)}
<h2>Score distribution</h2>
{_table(["entity type"] + [f"{b / 10:.1f}" for b in range(10)], score_rows)}
<h2>Recognisers</h2>
{_table(["recogniser", "detections"], recognizer_rows)}
<h2>Residual scan</h2>
<p class="{'ok' if not residual['hits'] else 'bad'}">The analyzer, run again over the anonymised output, found {residual['hits']} span(s) in {residual['records']} record(s).</p>
{_table(["record id", "column", "entity type", "start", "end", "score", "recogniser"], res_rows)}
<h2>k-anonymity and l-diversity of the output</h2>
{k_html}
<h2>Output shards</h2>
{_table(["path", "rows", "bytes", "sha256"], shard_rows)}
<h2>Engine and versions</h2>
{_table(["component", "version"], version_rows)}
</body></html>
"""
