"""Multi-table synthesis (SDV HMA) when the spec declares related tables."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from datalab.errors import StageFailed
from schemas.steps.synthesise import SynthesiseStep
from synthetic.engine import synthesise_table
from synthetic.stage import load_related


def _customers_and_orders(customers: int = 80, seed: int = 0) -> tuple[pa.Table, pa.Table]:
    rng = np.random.default_rng(seed)
    ids = [f"c{i:04d}" for i in range(customers)]
    age = rng.integers(18, 80, customers)
    income = np.round(age * 700 + rng.normal(0, 3000, customers), 2)
    main = pa.table({"id": ids, "age": pa.array(age, pa.int64()), "income": income, "region": rng.choice(["n", "s", "e"], customers)})
    per = rng.integers(0, 4, customers)
    cust = np.repeat(ids, per)
    amount = np.round(rng.gamma(2, 20, len(cust)), 2)
    orders = pa.table({
        "order_id": [f"o{i:05d}" for i in range(len(cust))],
        "customer_id": cust,
        "amount": amount,
        "channel": rng.choice(["web", "shop"], len(cust)),
    })
    return main, orders


def test_hma_synthesises_related_tables_with_consistent_keys(tmp_path):
    main, orders = _customers_and_orders()
    pq.write_table(orders, tmp_path / "orders.parquet")
    step = SynthesiseStep(
        ratio=0.5,
        primary_key="id",
        quality={"min_score": 0.5},
        related_tables=[{
            "name": "orders", "paths": [str(tmp_path / "*.parquet")], "primary_key": "order_id",
            "foreign_keys": [{"column": "customer_id", "parent_table": "main"}],
        }],
    )
    related = load_related(step)
    assert related["orders"].num_rows == orders.num_rows
    result = synthesise_table(main, step, related=related)
    assert result.report["synthesizer"] == "hma" and ":hma:" in result.report["generator"]
    assert result.passed, result.report["gate"]["reasons"]
    synthetic_ids = set(result.synthetic.column("id").to_pylist())
    assert synthetic_ids.isdisjoint(main.column("id").to_pylist())
    synthetic_orders = result.related["orders"]
    assert synthetic_orders.num_rows > 0
    assert synthetic_orders.schema.names == orders.schema.names
    # Every synthetic order points at a synthetic customer.
    assert set(synthetic_orders.column("customer_id").to_pylist()) <= synthetic_ids


def test_related_tables_need_a_primary_key():
    main, orders = _customers_and_orders(30)
    step = SynthesiseStep(
        rows=10,
        related_tables=[{"name": "orders", "paths": ["x"], "foreign_keys": [{"column": "customer_id"}]}],
    )
    with pytest.raises(StageFailed, match="primary_key"):
        synthesise_table(main, step, related={"orders": orders})
