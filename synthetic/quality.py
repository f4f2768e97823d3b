"""Quality gate: sdmetrics QualityReport (column shapes, column pair trends) and DiagnosticReport.

The scores are kept whatever the decision (`gate` decides from them), so a report can show how
far a refused run was from the threshold.
"""

from __future__ import annotations

import math
import warnings
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from schemas.steps.synthesise import QualityGate

WORST_PAIRS = 10


def metadata_dict(metadata: Any, table_name: str) -> dict[str, Any]:
    """The single-table metadata dict sdmetrics expects, from an SDV `Metadata`."""
    table = metadata.to_dict()["tables"][table_name]
    return {"columns": table["columns"], **({"primary_key": table["primary_key"]} if "primary_key" in table else {})}


def _cap(frame: pd.DataFrame, rows: int, seed: int) -> pd.DataFrame:
    return frame if len(frame) <= rows else frame.sample(n=rows, random_state=seed)


def quality_scores(
    real: pd.DataFrame, synthetic: pd.DataFrame, metadata: dict[str, Any], gate: QualityGate, *, seed: int
) -> dict[str, Any]:
    """Scores of `synthetic` against `real`: overall, per property, per column, and worst pairs."""
    real_s, synth_s = _cap(real, gate.max_rows, seed), _cap(synthetic, gate.max_rows, seed + 1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # The single-table reports (deprecated alias in sdmetrics 0.2x+, still the stable API).
        from sdmetrics.reports.single_table import DiagnosticReport, QualityReport

        quality = QualityReport()
        quality.generate(real_s, synth_s, metadata, verbose=False)
        diagnostic = DiagnosticReport()
        diagnostic.generate(real_s, synth_s, metadata, verbose=False)
    shapes = quality.get_details("Column Shapes")
    pairs = quality.get_details("Column Pair Trends")
    column_scores = {
        str(row["Column"]): {"metric": str(row["Metric"]), "score": _num(row["Score"])}
        for _, row in shapes.iterrows()
    }
    pair_rows = []
    for _, row in pairs.iterrows():
        pair_rows.append(
            {
                "columns": [str(row["Column 1"]), str(row["Column 2"])],
                "metric": str(row["Metric"]),
                "score": _num(row["Score"]),
                "real_correlation": _num(row.get("Real Correlation")),
                "synthetic_correlation": _num(row.get("Synthetic Correlation")),
            }
        )
    scored = [p for p in pair_rows if p["score"] is not None]
    worst = sorted(scored, key=lambda p: p["score"])[:WORST_PAIRS]
    properties = {str(r["Property"]): _num(r["Score"]) for _, r in quality.get_properties().iterrows()}
    diagnostics = {str(r["Property"]): _num(r["Score"]) for _, r in diagnostic.get_properties().iterrows()}
    score = _num(quality.get_score())
    diagnostic_score = _num(diagnostic.get_score())
    reasons = []
    if score is None or score < gate.min_score:
        reasons.append(
            f"quality score {_fmt(score)} is below the minimum {gate.min_score} "
            f"(column shapes {_fmt(properties.get('Column Shapes'))}, "
            f"column pair trends {_fmt(properties.get('Column Pair Trends'))})"
        )
    if diagnostic_score is None or diagnostic_score < gate.min_diagnostic:
        reasons.append(f"diagnostic score {_fmt(diagnostic_score)} is below the minimum {gate.min_diagnostic} ({diagnostics})")
    return {
        "score": score,
        "min_score": gate.min_score,
        "properties": properties,
        "diagnostic_score": diagnostic_score,
        "min_diagnostic": gate.min_diagnostic,
        "diagnostic_properties": diagnostics,
        "columns": column_scores,
        "worst_pairs": worst,
        "rows_compared": {"real": len(real_s), "synthetic": len(synth_s)},
        "passed": not reasons,
        "reasons": reasons,
    }


def _num(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else round(number, 6)


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"
