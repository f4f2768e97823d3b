"""Validation throughput: the `validate` stage with `tabular_basic` on a 5-million-row table.

    python benchmarks/validate.py                  # 5,000,000 rows (target: >= 1M rows/s, one worker)
    python benchmarks/validate.py --quick          # 500,000 rows, a smoke run
    python benchmarks/validate.py --e2e            # also `datalab validate` on Parquet (read+write)

Prints, for one worker (one process, one core):
* `gx kernel`: the stage's kernel (Arrow -> pandas, GX validation of every row and batch-level
  expectation with COMPLETE unexpected index lists, quarantine split) over batches of
  `--batch-rows` rows: the figure the 1M rows/s target is about;
* `pyarrow baseline`: the same checks as hand-written pyarrow.compute masks, measured in the
  same run: what the data costs without GX;
* with `--e2e`, the whole command (files connector, Beam, shards, commit hook, Data Docs).
About 0.1 % of rows violate one rule, so the quarantine path is exercised too.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

COLUMNS = {
    "meter_id": {"type": "string", "nullable": False},
    "country": {"type": "string", "nullable": False, "allowed": ["DE", "FR", "NL", "IT", "ES", "PL"]},
    "kwh": {"type": "float", "nullable": False, "min": 0, "max": 10_000},
    "tariff": {"type": "float", "min": 0.05, "max": 2.0},
    "persons": {"type": "int", "nullable": False, "min": 1, "max": 12},
    "has_solar": {"type": "bool", "nullable": False},
}


def make_table(rows: int, seed: int = 7) -> tuple[pa.Table, int]:
    rng = np.random.default_rng(seed)
    kwh = rng.gamma(2.0, 150.0, rows)
    tariff = rng.uniform(0.1, 0.6, rows)
    persons = rng.integers(1, 7, rows)
    countries = np.array(["DE", "FR", "NL", "IT", "ES", "PL"])[rng.integers(0, 6, rows)]
    bad = rng.choice(rows, size=rows // 1000, replace=False)
    kinds = bad % 3
    kwh[bad[kinds == 0]] = -1.0
    persons[bad[kinds == 1]] = 40
    countries = countries.astype(object)
    countries[bad[kinds == 2]] = "XX"
    tariff_arr = pa.array(tariff, mask=rng.random(rows) < 0.01)  # 1 % unknown tariffs (allowed)
    table = pa.table(
        {
            "id": pa.array(np.char.add("r", np.arange(rows).astype(str))),
            "meter_id": pa.array(np.char.add("m", (np.arange(rows) % 50_000).astype(str))),
            "country": pa.array(countries.astype(str)),
            "kwh": kwh,
            "tariff": tariff_arr,
            "persons": persons,
            "has_solar": rng.random(rows) < 0.3,
        }
    )
    return table, len(bad)


def pyarrow_baseline(table: pa.Table) -> int:
    ok = pc.and_(pc.is_valid(table["meter_id"]), pc.is_valid(table["country"]))
    ok = pc.and_(ok, pc.is_in(table["country"], value_set=pa.array(COLUMNS["country"]["allowed"])))
    ok = pc.and_(ok, pc.and_(pc.greater_equal(table["kwh"], 0), pc.less_equal(table["kwh"], 10_000)))
    tariff_ok = pc.and_(pc.greater_equal(table["tariff"], 0.05), pc.less_equal(table["tariff"], 2.0))
    ok = pc.and_(ok, pc.fill_null(tariff_ok, True))
    ok = pc.and_(ok, pc.and_(pc.greater_equal(table["persons"], 1), pc.less_equal(table["persons"], 12)))
    ok = pc.and_(ok, pc.is_valid(table["has_solar"]))
    return int(pc.sum(pc.invert(ok)).as_py())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=5_000_000)
    parser.add_argument("--quick", action="store_true", help="500,000 rows")
    parser.add_argument("--batch-rows", type=int, default=1_000_000, help="rows per GX validation (the step's batch_rows)")
    parser.add_argument("--repeat", type=int, default=1, help="run the kernel pass N times; report best and median")
    parser.add_argument("--e2e", action="store_true", help="also run `datalab validate` end to end on Parquet")
    args = parser.parse_args()
    rows = 500_000 if args.quick else args.rows

    table, planted = make_table(rows)
    print(f"table: {rows:,} rows, {table.nbytes / 1e6:.0f} MB in Arrow, {planted:,} planted violations")

    started = time.perf_counter()
    bad = pyarrow_baseline(table)
    base_s = time.perf_counter() - started
    print(f"pyarrow baseline : {rows / base_s:>12,.0f} rows/s  ({base_s:.2f} s, {bad:,} failing rows)")

    from schemas.spec import RecordSpec
    from schemas.steps.validate import ValidateStep
    from transforms.validate.kernel import ValidateKernel

    step = ValidateStep(suite="tabular_basic", columns=COLUMNS, batch_rows=args.batch_rows)
    started = time.perf_counter()
    kernel = ValidateKernel(step, RecordSpec(text_field=None), "validate")
    setup_s = time.perf_counter() - started
    print(f"gx setup         : {setup_s:.2f} s (import + ephemeral context, once per worker)")

    batches = table.to_batches(max_chunksize=args.batch_rows)
    kernel(batches[0].slice(0, 1000))  # first call prepares GX's processed configurations
    times = []
    for _ in range(max(1, args.repeat)):
        passed = quarantined = 0
        started = time.perf_counter()
        for batch in batches:
            result = kernel(batch)
            passed += result.kept.num_rows
            quarantined += result.quarantined.num_rows if result.quarantined is not None else 0
        times.append(time.perf_counter() - started)
        assert passed + quarantined == rows and quarantined == planted, (passed, quarantined, planted)
    best, median = min(times), sorted(times)[len(times) // 2]
    print(
        f"gx kernel        : {rows / best:>12,.0f} rows/s  (best of {len(times)}: {best:.2f} s, median "
        f"{rows / median:,.0f} rows/s; batches of {args.batch_rows:,}, {quarantined:,} quarantined, "
        f"{len(kernel.batch_indices)} expectations per batch)"
    )

    if args.e2e:
        import pyarrow.parquet as pq

        from pipelines.commands.common import run_stage_command

        with tempfile.TemporaryDirectory() as tmp:
            data = Path(tmp) / "meters.parquet"
            pq.write_table(table, data, row_group_size=262_144)
            step_dict = {"stage": "validate", "suite": "tabular_basic", "columns": COLUMNS, "batch_rows": args.batch_rows}
            started = time.perf_counter()
            result = run_stage_command([str(data)], f"{tmp}/out", step_dict, text_field=None)
            e2e_s = time.perf_counter() - started
            print(f"datalab validate : {rows / e2e_s:>12,.0f} rows/s  ({e2e_s:.2f} s incl. read, Beam, shards, commit, Data Docs; {result.manifest['rows']:,} rows out)")


if __name__ == "__main__":
    main()
