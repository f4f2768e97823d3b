"""`synthetic_report.json` and a self-contained HTML page (inline SVG, no script, no network).

The plot data (histogram bins, category frequencies) is computed once from the real and synthetic
frames and stored in the JSON, so the HTML is a pure rendering of the JSON and can be rebuilt.
"""

from __future__ import annotations

import html
import json
import math
from typing import TYPE_CHECKING, Any

import fsspec
import numpy as np

if TYPE_CHECKING:
    import pandas as pd

BINS = 20
TOP_CATEGORIES = 12
REAL_COLOUR, SYNTH_COLOUR = "#1f77b4", "#ff7f0e"


def plot_data(
    real: pd.DataFrame, synthetic: pd.DataFrame, sdtypes: dict[str, str], *, temporal: dict[str, str] | None = None
) -> dict[str, Any]:
    """Per column: shared histogram bins (numbers, dates) or top-category shares, both sides."""
    import pandas as pd

    plots: dict[str, Any] = {}
    for name in real.columns:
        kind = sdtypes.get(name, "categorical")
        r, s = real[name], synthetic[name] if name in synthetic.columns else real[name].iloc[:0]
        if kind in {"numerical", "datetime"}:
            unit = (temporal or {}).get(name)
            is_date = unit or ("ns" if pd.api.types.is_datetime64_any_dtype(r) else None)
            rv, sv = _floats(r), _floats(s)
            both = np.concatenate([rv, sv])
            if both.size == 0:
                continue
            low, high = float(both.min()), float(both.max())
            edges = np.linspace(low, high if high > low else low + 1, BINS + 1)
            rh = np.histogram(rv, edges)[0] / max(rv.size, 1)
            sh = np.histogram(sv, edges)[0] / max(sv.size, 1)
            labels = [_edge_label(e, is_date) for e in edges]
            plots[name] = {
                "kind": "histogram",
                "edges": labels,
                "real": rh.round(5).tolist(),
                "synthetic": sh.round(5).tolist(),
                "null_share": {"real": _null_share(r), "synthetic": _null_share(s)},
            }
        elif kind != "id":
            rc = r.astype(str).where(r.notna(), "(null)").value_counts(normalize=True)
            sc = s.astype(str).where(s.notna(), "(null)").value_counts(normalize=True)
            top = list(rc.index[:TOP_CATEGORIES])
            plots[name] = {
                "kind": "categories",
                "categories": [str(c) for c in top],
                "real": [round(float(rc.get(c, 0.0)), 5) for c in top],
                "synthetic": [round(float(sc.get(c, 0.0)), 5) for c in top],
                "other": {"real": round(float(rc.iloc[TOP_CATEGORIES:].sum()), 5), "synthetic": round(float(sc.drop(top, errors="ignore").sum()), 5)},
            }
    return plots


def _floats(column: pd.Series) -> np.ndarray:
    import pandas as pd

    column = column.dropna()
    if pd.api.types.is_datetime64_any_dtype(column):
        return column.astype("int64").to_numpy(dtype=np.float64)
    return pd.to_numeric(column, errors="coerce").dropna().to_numpy(dtype=np.float64)


def _edge_label(value: float, unit: str | None) -> str:
    if unit:
        import pandas as pd

        scale = {"days": 86_400 * 10**9, "seconds": 10**9, "ns": 1}[unit]
        return str(pd.Timestamp(int(value * scale)).date())
    return f"{value:.4g}"


def _null_share(column: pd.Series) -> float:
    return round(float(column.isna().mean()), 5) if len(column) else 0.0


def write_reports(report: dict[str, Any], directory: str) -> None:
    """`directory/synthetic_report.json` and `directory/synthetic_report.html`."""
    with fsspec.open(f"{directory}/synthetic_report.json", "w", auto_mkdir=True) as handle:
        json.dump(report, handle, indent=2, default=_json_default)
    with fsspec.open(f"{directory}/synthetic_report.html", "w", auto_mkdir=True) as handle:
        handle.write(render_html(report))


def _json_default(value: Any) -> Any:
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating,)):
        return None if math.isnan(value) else float(value)
    return str(value)


# --- HTML -----------------------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem;color:#222;max-width:1100px}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.25rem .6rem;text-align:left}
.pass{color:#1a7f37;font-weight:bold}.fail{color:#cf222e;font-weight:bold}
.grid{display:flex;flex-wrap:wrap;gap:1rem}.plot{border:1px solid #eee;padding:.4rem}
.legend span{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 1rem;vertical-align:middle}
code{background:#f6f8fa;padding:0 .2rem}
"""


def _e(value: Any) -> str:
    return html.escape(str(value))


def _score(value: Any) -> str:
    return "n/a" if value is None else f"{float(value):.3f}"


def render_html(report: dict[str, Any]) -> str:
    step = report.get("step", "synthesise")
    gate = report.get("gate", {})
    passed = gate.get("passed", False)
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>Synthetic data report: {_e(step)}</title><style>{_CSS}</style></head><body>",
        f"<h1>Synthetic data report: <code>{_e(step)}</code></h1>",
        f"<p>Decision: <span class='{'pass' if passed else 'fail'}'>"
        f"{'synthetic rows published' if passed else 'synthetic rows NOT published'}</span></p>",
    ]
    if gate.get("reasons"):
        parts.append("<ul>" + "".join(f"<li>{_e(r)}</li>" for r in gate["reasons"]) + "</ul>")
    if "error" in report:
        parts.append("</body></html>")
        return "".join(parts)
    rows = report["rows"]
    quality, privacy = report["quality"], report["privacy"]
    dcr = privacy["dcr"]
    parts.append("<h2>Generator</h2><table>")
    for key, value in (
        ("generator", report["generator"]), ("SDV", report["sdv_version"]), ("seed", report["seed"]),
        ("model hash", report["model_hash"]), ("model reused", report["model_reused"]),
        ("real rows", rows["real"]), ("fitted on", rows["train"]), ("holdout", rows["holdout"]),
        ("synthetic sampled", rows["synthetic_sampled"]), ("synthetic published", rows["synthetic_published"]),
        ("learnt columns", ", ".join(report["columns"])), ("not learnt", ", ".join(report["not_learnt"]) or "-"),
    ):
        parts.append(f"<tr><th>{_e(key)}</th><td>{_e(value)}</td></tr>")
    parts.append("</table><h2>Quality</h2><table>")
    parts.append(
        f"<tr><th>overall score</th><td>{_score(quality['score'])} (minimum {quality['min_score']})</td></tr>"
    )
    for key, value in quality["properties"].items():
        parts.append(f"<tr><th>{_e(key)}</th><td>{_score(value)}</td></tr>")
    parts.append(
        f"<tr><th>diagnostic score</th><td>{_score(quality['diagnostic_score'])} (minimum {quality['min_diagnostic']})</td></tr>"
    )
    for key, value in quality["diagnostic_properties"].items():
        parts.append(f"<tr><th>{_e(key)}</th><td>{_score(value)}</td></tr>")
    parts.append("</table><h3>Worst column pairs</h3><table><tr><th>columns</th><th>metric</th><th>score</th><th>real corr.</th><th>synthetic corr.</th></tr>")
    for pair in quality["worst_pairs"]:
        parts.append(
            f"<tr><td>{_e(' / '.join(pair['columns']))}</td><td>{_e(pair['metric'])}</td><td>{_score(pair['score'])}</td>"
            f"<td>{_score(pair['real_correlation'])}</td><td>{_score(pair['synthetic_correlation'])}</td></tr>"
        )
    parts.append("</table><h2>Privacy</h2><table>")
    for key, value in (
        ("exact copies of real rows", f"{privacy['exact_matches']} ({privacy['exact_match_rate']:.2%}, allowed {privacy['max_exact_match_rate']:.2%})"),
        ("compared columns", ", ".join(privacy["exact_match_columns"])),
        ("median DCR synthetic → train", f"{dcr['synthetic_median']:.4f}"),
        ("median DCR holdout → train", f"{dcr['holdout_median']:.4f} (margin {dcr['margin']:.0%})"),
        ("synthetic rows closer than holdout's 5th percentile", f"{dcr['synthetic_share_below_holdout_p5']:.2%}"),
        ("NewRowSynthesis", _score(privacy["new_row_synthesis"])),
    ):
        parts.append(f"<tr><th>{_e(key)}</th><td>{_e(value)}</td></tr>")
    parts.append("</table>")
    if report.get("constraints"):
        parts.append("<h2>Constraints</h2><table><tr><th>constraint</th><th>rows breaking it</th></tr>")
        for key, value in report["constraints"].items():
            parts.append(f"<tr><td>{_e(key)}</td><td>{_e(value)}</td></tr>")
        parts.append("</table>")
    balance = report.get("sampling", {}).get("balance")
    if balance:
        parts.append(f"<h2>Balance of <code>{_e(balance['column'])}</code></h2><table><tr><th>category</th><th>real</th><th>synthetic</th><th>output share</th></tr>")
        for key, share in balance["output_shares"].items():
            parts.append(
                f"<tr><td>{_e(key)}</td><td>{balance['real_counts'].get(key, 0)}</td>"
                f"<td>{balance['synthetic_counts'].get(key, 0)}</td><td>{share:.2%}</td></tr>"
            )
        parts.append(f"</table><p>Target share: {balance['target_share']:.2%}</p>")
    plots = report.get("plots", {})
    if plots:
        parts.append(
            "<h2>Real vs synthetic, per column</h2><p class='legend'>"
            f"<span style='background:{REAL_COLOUR}'></span>real<span style='background:{SYNTH_COLOUR}'></span>synthetic</p>"
            "<div class='grid'>"
        )
        for name, plot in plots.items():
            score = quality["columns"].get(name, {}).get("score")
            parts.append(f"<div class='plot'><div><b>{_e(name)}</b> (shape score {_score(score)})</div>{_svg(plot)}</div>")
        parts.append("</div>")
    parts.append("</body></html>")
    return "".join(parts)


def _svg(plot: dict[str, Any], width: int = 320, height: int = 160) -> str:
    real, synth = plot["real"], plot["synthetic"]
    labels = plot["edges"][:-1] if plot["kind"] == "histogram" else plot["categories"]
    n = max(len(real), 1)
    top = max([*real, *synth, 1e-9])
    pad_bottom, pad_left = 30, 4
    inner_h = height - pad_bottom - 6
    slot = (width - pad_left) / n
    bar = max(slot / 2 - 1, 0.5)
    shapes = []
    for i, (r, s) in enumerate(zip(real, synth, strict=False)):
        x = pad_left + i * slot
        for offset, value, colour in ((0, r, REAL_COLOUR), (bar, s, SYNTH_COLOUR)):
            h = inner_h * value / top
            shapes.append(
                f"<rect x='{x + offset:.1f}' y='{6 + inner_h - h:.1f}' width='{bar:.1f}' height='{h:.1f}' fill='{colour}'>"
                f"<title>{_e(labels[i] if i < len(labels) else '')}: real {r:.3f}, synthetic {s:.3f}</title></rect>"
            )
    first = _e(labels[0]) if labels else ""
    last = _e(plot["edges"][-1] if plot["kind"] == "histogram" else (labels[-1] if labels else ""))
    axis = (
        f"<line x1='{pad_left}' y1='{6 + inner_h}' x2='{width}' y2='{6 + inner_h}' stroke='#999'/>"
        f"<text x='{pad_left}' y='{height - 10}' font-size='10'>{first}</text>"
        f"<text x='{width - 2}' y='{height - 10}' font-size='10' text-anchor='end'>{last}</text>"
    )
    return f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' role='img'>{''.join(shapes)}{axis}</svg>"
