"""Small generated tables for the synthetic tests and the benchmark (no data files needed)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyarrow as pa


def mixed_table(rows: int = 400, seed: int = 7) -> pa.Table:
    """Numbers, categories, dates, booleans and nulls, with a correlation and an inequality
    (`start` <= `end`), plus an id, a text and a personal e-mail column."""
    rng = np.random.default_rng(seed)
    age = rng.integers(18, 90, rows)
    income = np.round(age * 800 + rng.normal(0, 4000, rows), 2)
    region = rng.choice(["north", "south", "east", "west"], rows, p=[0.4, 0.3, 0.2, 0.1])
    plan = np.where(age > 60, "senior", np.where(income > 40000, "premium", "basic"))
    start = np.array([dt.date(2020, 1, 1) + dt.timedelta(days=int(d)) for d in rng.integers(0, 700, rows)])
    end = np.array([s + dt.timedelta(days=int(d)) for s, d in zip(start, rng.integers(1, 300, rows), strict=True)])
    active = rng.random(rows) < 0.7
    score = rng.normal(50, 10, rows)
    score_mask = rng.random(rows) < 0.1
    active_mask = rng.random(rows) < 0.05
    return pa.table(
        {
            "id": pa.array([f"r{i:05d}" for i in range(rows)]),
            "text": pa.array([f"note {i}" for i in range(rows)]),
            "age": pa.array(age, pa.int64()),
            "income": pa.array(income, pa.float64()),
            "region": pa.array(region),
            "plan": pa.array(plan),
            "start": pa.array(start, pa.date32()),
            "end": pa.array(end, pa.date32()),
            "active": pa.array(active, mask=active_mask),
            "score": pa.array(score, mask=score_mask),
        }
    )
