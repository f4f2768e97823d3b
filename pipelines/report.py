"""The run report: `reports/report.json` for machines and `reports/report.html` for people.

The HTML page is self-contained (inline CSS and SVG, no scripts, no network), so a steward can
open it from a laptop or attach it to a ticket.
"""

from __future__ import annotations

import json
import posixpath
from typing import Any

from jinja2 import Environment, select_autoescape

from pipelines.storage import OutputLocation

REPORTS_DIR = "reports"

_TEMPLATE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Datalab run {{ r.name }}</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:980px;color:#1d2330;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem}.muted{color:#667}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{padding:.35rem .6rem;border-bottom:1px solid #e2e5ec;text-align:right}
th:first-child,td:first-child,.text{text-align:left}th{background:#f4f6fa}
.ok{color:#137333}.bad{color:#b3261e}.legend span{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 1rem;vertical-align:middle}
code{background:#f4f6fa;padding:0 .25rem;border-radius:3px}
</style></head><body>
<h1>Datalab run <code>{{ r.name }}</code></h1>
<p class="muted">run {{ r.run_id }} · {{ r.started_at }} → {{ r.finished_at }} · {{ "%.1f"|format(r.wall_seconds) }} s · output <code>{{ r.output }}</code></p>
<p><b>{{ "{:,}".format(r.counts.source_rows) }}</b> rows read →
<b>{{ "{:,}".format(r.counts.output_rows) }}</b> rows in {{ r.shards|length }} shard(s),{% if r.counts.added %} {{ "{:,}".format(r.counts.added) }} added,{% endif %}
{{ "{:,}".format(r.counts.removed) }} removed, {{ "{:,}".format(r.counts.quarantined) }} quarantined.
<span class="{{ 'ok' if r.counts_add_up else 'bad' }}">{{ 'Counts add up at every step.' if r.counts_add_up else 'Counts do not add up.' }}</span></p>
<h2>Steps</h2>
<table><tr><th>step</th><th class="text">stage</th><th>rows in</th><th>rows out</th><th>added</th><th>removed</th><th>quarantined</th><th>MB out</th><th>CPU s</th></tr>
{% for s in r.counts.steps %}<tr><td>{{ s.step }}</td><td class="text">{{ s.stage }}</td><td>{{ "{:,}".format(s.rows_in) }}</td><td>{{ "{:,}".format(s.rows_out) }}</td>
<td>{{ "{:,}".format(s.added) }}</td><td>{{ "{:,}".format(s.removed) }}</td><td>{{ "{:,}".format(s.quarantined) }}</td><td>{{ "%.2f"|format(s.bytes_out / 1e6) }}</td><td>{{ s.cpu_seconds }}</td></tr>
{% endfor %}</table>
<svg width="100%" viewBox="0 0 900 {{ 30 * r.counts.steps|length + 10 }}" role="img" aria-label="rows per step">
{% set top = [r.counts.steps[0].rows_in + r.counts.added, 1]|max %}
{% for s in r.counts.steps %}{% set y = 30 * loop.index0 + 5 %}
<text x="0" y="{{ y + 15 }}" font-size="13">{{ s.step }}</text>
<rect x="160" y="{{ y }}" height="20" width="{{ 700 * s.rows_out / top }}" fill="#3b6fd8"/>
<rect x="{{ 160 + 700 * s.rows_out / top }}" y="{{ y }}" height="20" width="{{ 700 * s.removed / top }}" fill="#f0a23b"/>
<rect x="{{ 160 + 700 * (s.rows_out + s.removed) / top }}" y="{{ y }}" height="20" width="{{ 700 * s.quarantined / top }}" fill="#d64541"/>
{% endfor %}</svg>
<p class="legend"><span style="background:#3b6fd8"></span>kept<span style="background:#f0a23b"></span>removed<span style="background:#d64541"></span>quarantined</p>
{% for s in r.counts.steps if s.reasons %}
<h3>Why rows left <code>{{ s.step }}</code></h3>
<table><tr><th>reason</th><th>rows</th></tr>{% for reason, n in s.reasons.items() %}{% if loop.index <= 20 %}<tr><td>{{ reason }}</td><td>{{ "{:,}".format(n) }}</td></tr>{% endif %}{% endfor %}
{% if s.reasons|length > 20 %}<tr><td class="muted">{{ s.reasons|length - 20 }} more reasons in report.json</td><td></td></tr>{% endif %}</table>
{% endfor %}
{% if r.skipped_files %}<h3>Skipped inputs</h3><table><tr><th>input</th><th>reason</th></tr>
{% for f in r.skipped_files %}<tr><td>{{ f.uri }}</td><td>{{ f.reason }}</td></tr>{% endfor %}</table>{% endif %}
<h2>Sources</h2>
<table><tr><th>connector</th><th class="text">dataset</th><th class="text">licence</th><th class="text">policy</th><th>rows out</th></tr>
{% for s in r.sources %}<tr><td>{{ s.connector }}</td><td class="text">{{ s.dataset_id }}</td><td class="text">{{ s.licence or '' }}</td><td class="text">{{ s.policy or '' }}</td><td>{{ "{:,}".format(s.rows) }}</td></tr>{% endfor %}</table>
<h2>Shards</h2>
<table><tr><th>file</th><th>rows</th><th>bytes</th><th>sha256</th></tr>
{% for s in r.shards %}<tr><td>{{ s.path }}</td><td>{{ "{:,}".format(s.rows) }}</td><td>{{ "{:,}".format(s.bytes) }}</td><td><code>{{ s.sha256[:16] }}…</code></td></tr>{% endfor %}</table>
{% if r.links %}<h2>Stage reports</h2><ul>{% for l in r.links %}<li><a href="{{ l }}">{{ l }}</a></li>{% endfor %}</ul>{% endif %}
</body></html>
"""


def build_report(manifest: dict[str, Any], *, output: str, wall_seconds: float, links: list[str]) -> dict[str, Any]:
    """The machine-readable run report, derived from the manifest so the two never disagree."""
    counts = manifest["counts"]
    skipped = counts["steps"][0]["details"].get("skipped_files", []) if counts["steps"] else []
    return {
        "name": manifest["name"],
        "run_id": manifest["run_id"],
        "started_at": manifest["started_at"],
        "finished_at": manifest["finished_at"],
        "wall_seconds": round(wall_seconds, 3),
        "output": output,
        "counts": counts,
        "counts_add_up": True,
        "shards": manifest["shards"],
        "sources": manifest["sources"],
        "skipped_files": skipped,
        "links": links,
    }


def write_reports(location: OutputLocation, report: dict[str, Any]) -> None:
    """Write report.json and report.html into the staged `reports/` folder."""
    fs, folder = location.fs, f"{location.staging}/{REPORTS_DIR}"
    fs.makedirs(folder, exist_ok=True)
    with fs.open(f"{folder}/report.json", "w") as handle:
        json.dump(report, handle, indent=2, default=str)
    env = Environment(autoescape=select_autoescape(default=True))
    html = env.from_string(_TEMPLATE).render(r=report)
    with fs.open(f"{folder}/report.html", "w") as handle:
        handle.write(html)


def stage_report_links(location: OutputLocation) -> list[str]:
    """Relative links (from reports/) to every stage report and HTML artefact that was staged."""
    staging = location.staging
    links = []
    for path in sorted(location.fs.find(staging)):
        relative = posixpath.relpath(path, staging)
        if relative.startswith(REPORTS_DIR + "/") and posixpath.basename(relative).startswith("report."):
            continue
        if relative.endswith((".html", ".json")) and not relative.startswith(("_meta", "removed", "quarantine")):
            links.append(posixpath.relpath(relative, REPORTS_DIR))
    return links
