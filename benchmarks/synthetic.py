"""Benchmark of the `synthesise` stage's engine: fit + sample with the Gaussian copula on a generated
table (default 100,000 rows x 20 columns), peak memory and the sdmetrics quality score.

    python benchmarks/synthetic.py              # 100k rows, the issue's target
    python benchmarks/synthetic.py --quick      # 10k rows, for development
    python benchmarks/synthetic.py --rows 50000 --synthesizer ctgan --epochs 5

Targets: fit + sample of 100k rows under 60 s on one worker; quality score >= 0.85.
Baseline (same run): a column-wise bootstrap (each column resampled on its own), which keeps
every column's shape but no relation between columns: the copula must beat its pair-trend score.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow as pa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def benchmark_table(rows: int, seed: int = 42) -> pa.Table:
    """20 columns: 8 correlated numbers, 2 integers, 5 categories, 2 dates, 2 booleans, 1 id."""
    rng = np.random.default_rng(seed)
    base = rng.normal(size=(rows, 3))
    age = np.clip(np.round(40 + 12 * base[:, 0]), 18, 95).astype(np.int64)
    income = np.round(np.exp(10 + 0.4 * base[:, 0] + 0.3 * base[:, 1]), 2)
    spend = np.round(income * 0.3 * np.exp(0.2 * rng.normal(size=rows)), 2)
    savings = np.round(income * 0.1 + 2000 * base[:, 1] + 5000, 2)
    debt = np.round(np.abs(8000 - 3000 * base[:, 2] + 1000 * rng.normal(size=rows)), 2)
    score = np.round(600 + 60 * base[:, 1] - 40 * base[:, 2], 1)
    height = np.round(170 + 9 * rng.normal(size=rows), 1)
    weight = np.round(0.9 * (height - 100) + 8 * rng.normal(size=rows), 1)
    bmi = np.round(weight / (height / 100) ** 2, 2)
    visits = rng.poisson(3 + np.clip(base[:, 2], -2, 2), rows).astype(np.int64)
    region = rng.choice(["north", "south", "east", "west", "centre"], rows, p=[0.3, 0.25, 0.2, 0.15, 0.1])
    segment = np.where(income > 30000, "high", np.where(income > 15000, "mid", "low"))
    channel = rng.choice(["web", "store", "phone"], rows, p=[0.6, 0.3, 0.1])
    product = rng.choice([f"p{i}" for i in range(12)], rows)
    status = np.where(debt > 10000, "watch", "ok")
    start = np.datetime64("2020-01-01") + rng.integers(0, 1500, rows).astype("timedelta64[D]")
    last = start + rng.integers(0, 400, rows).astype("timedelta64[D]")
    member = rng.random(rows) < 0.4
    churned = (rng.random(rows) < 0.1 + 0.2 * (score < 560))
    return pa.table({
        "id": pa.array([f"c{i:07d}" for i in range(rows)]),
        "age": age, "income": income, "spend": spend, "savings": savings, "debt": debt,
        "score": score, "height": height, "weight": weight, "bmi": bmi, "visits": visits,
        "region": region, "segment": segment, "channel": channel, "product": product, "status": status,
        "start": pa.array(start.astype("datetime64[D]"), pa.date32()),
        "last_seen": pa.array(last.astype("datetime64[D]"), pa.date32()),
        "member": member, "churned": churned,
    })


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _bootstrap_baseline(frame, rows: int, seed: int):
    rng = np.random.default_rng(seed)
    import pandas as pd

    return pd.DataFrame({c: frame[c].to_numpy()[rng.integers(0, len(frame), rows)] for c in frame.columns})


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000, help="Rows of the generated table (default 100000).")
    parser.add_argument("--quick", action="store_true", help="10,000 rows, for development.")
    parser.add_argument("--synthesizer", default="gaussian_copula", choices=["gaussian_copula", "ctgan", "tvae"])
    parser.add_argument("--epochs", type=int, default=10, help="Epochs of ctgan/tvae.")
    parser.add_argument("--distribution", default="truncnorm", help="Copula marginal distribution (the stage's default, truncnorm).")
    parser.add_argument("--json", action="store_true", help="Print the figures as JSON too.")
    args = parser.parse_args(argv)
    rows = 10_000 if args.quick else args.rows

    import warnings

    warnings.simplefilter("ignore")
    from schemas.steps.synthesise import SynthesiseStep
    from synthetic import metadata as md
    from synthetic import modes, quality
    from synthetic import synthesizer as synth

    rss_start = _rss_mb()
    table = benchmark_table(rows)
    step = SynthesiseStep(
        rows=rows, synthesizer=args.synthesizer, epochs=args.epochs, default_distribution=args.distribution,
        constraints=[{"kind": "inequality", "low_column": "start", "high_column": "last_seen"}],
    )
    columns = md.learnt_columns(table.schema, step, id_field="id", text_field=None)
    frame = md.to_pandas(table, columns)
    rss_data = _rss_mb()

    t0, c0 = time.perf_counter(), time.process_time()
    metadata = md.build_metadata(frame, step, temporal=md.temporal_columns(table.schema, columns))
    model = synth.make_synthesizer(metadata, step)
    model.add_constraints(modes.sdv_constraints(step))
    synth.fit(model, frame, step.seed)
    fit_s, fit_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0, c0 = time.perf_counter(), time.process_time()
    synth.reseed(model, step.seed)
    sampled, _ = modes.sample(model, step, frame, rows)
    sample_s, sample_cpu = time.perf_counter() - t0, time.process_time() - c0
    rss_peak = _rss_mb()

    meta = quality.metadata_dict(model.get_metadata(), md.MAIN_TABLE)
    t0 = time.perf_counter()
    scores = quality.quality_scores(frame, sampled[columns], meta, step.quality, seed=0)
    quality_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    baseline = _bootstrap_baseline(frame, rows, 1)
    baseline_s = time.perf_counter() - t0
    base_scores = quality.quality_scores(frame, baseline, meta, step.quality, seed=0)

    figures = {
        "rows": rows,
        "columns": len(table.schema) ,
        "learnt_columns": len(columns),
        "synthesizer": args.synthesizer,
        "fit_seconds": round(fit_s, 2),
        "sample_seconds": round(sample_s, 2),
        "fit_plus_sample_seconds": round(fit_s + sample_s, 2),
        "fit_cpu_seconds": round(fit_cpu, 2),
        "sample_cpu_seconds": round(sample_cpu, 2),
        "peak_rss_mb": round(rss_peak, 1),
        "rss_before_mb": round(rss_start, 1),
        "rss_after_data_mb": round(rss_data, 1),
        "quality_score": scores["score"],
        "column_shapes": scores["properties"].get("Column Shapes"),
        "column_pair_trends": scores["properties"].get("Column Pair Trends"),
        "quality_report_seconds": round(quality_s, 2),
        "baseline_bootstrap_seconds": round(baseline_s, 3),
        "baseline_bootstrap_quality": base_scores["score"],
        "baseline_bootstrap_pair_trends": base_scores["properties"].get("Column Pair Trends"),
    }
    print(f"synthetic benchmark: {rows:,} rows x {len(table.schema)} columns, {args.synthesizer}")
    print(f"  fit            {fit_s:8.2f} s   (CPU {fit_cpu:.1f} s: on a shared machine, wall time exceeds CPU time)")
    print(f"  sample         {sample_s:8.2f} s   ({rows / max(sample_s, 1e-9):,.0f} rows/s)")
    print(f"  fit + sample   {fit_s + sample_s:8.2f} s   (CPU {fit_cpu + sample_cpu:.1f} s; target < 60 s for 100k rows)")
    print(f"  peak RSS       {rss_peak:8.1f} MB  (process start {rss_start:.0f} MB, table loaded {rss_data:.0f} MB)")
    print(f"  quality        {scores['score']:8.3f}     (target >= 0.85; shapes {figures['column_shapes']:.3f}, pairs {figures['column_pair_trends']:.3f}; report {quality_s:.1f} s)")
    print(f"  baseline       {base_scores['score']:8.3f}     column-wise bootstrap (pairs {figures['baseline_bootstrap_pair_trends']:.3f})")
    if args.json:
        print(json.dumps(figures))
    return figures


if __name__ == "__main__":
    main()
