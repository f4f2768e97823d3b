"""Same results everywhere: the quickstart spec on the local runner (in-process, with two worker
processes and with two worker threads), through the portable runner and on a two-process Dask
cluster gives the same output rows (ids and content; shard boundaries may differ) and the same
report counts."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipelines.engines import resolve_engine
from pipelines.run import run_spec
from schemas.loader import load_spec
from schemas.spec import RunnerSpec
from tests.runners._pipelines import portable_args

REPO = Path(__file__).resolve().parents[2]
QUICKSTART = REPO / "examples" / "quickstart.yaml"

pytestmark = pytest.mark.skipif(not QUICKSTART.exists(), reason="examples/quickstart.yaml is absent")

COUNTED = ("rows_in", "rows_out", "removed", "quarantined")


def run_quickstart(tmp_path: Path, name: str, beam_args: list[str], monkeypatch) -> tuple[pa.Table, dict]:
    monkeypatch.chdir(REPO)  # the spec's source paths are relative to the repository
    out = tmp_path / name
    spec = load_spec(str(QUICKSTART), [f"output.path={out}", "output.release=null"])
    result = run_spec(spec, beam_args=beam_args)
    table = pq.read_table(sorted(Path(result.output).glob("*.parquet")))
    return content(table).sort_by(spec.record.id_field), result.report["counts"]


def content(table: pa.Table) -> pa.Table:
    """The rows without what differs by design between two runs: when a source was read."""
    table = table.flatten()
    return table.drop_columns([c for c in table.column_names if c.endswith(".retrieved_at")])


def comparable_counts(counts: dict) -> dict:
    """Row counts of the run and of every step (bytes and CPU seconds depend on batching)."""
    steps = {s["step"]: {k: s[k] for k in COUNTED} for s in counts["steps"]}
    return {**{k: v for k, v in counts.items() if k != "steps"}, "steps": steps}


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        return run_quickstart(tmp_path_factory.mktemp("eq"), "local", [], mp)


@pytest.mark.parametrize("engine", ["local-2-processes", "local-2-threads", "portable", "dask"])
def test_quickstart_same_everywhere(engine, reference, tmp_path, monkeypatch, request):
    if engine.startswith("local-2-"):
        args = list(resolve_engine(RunnerSpec(workers=2, parallelism=engine.removeprefix("local-2-"))).args)
    elif engine == "portable":
        args = portable_args(request.getfixturevalue("portable_services"))
    else:
        address = request.getfixturevalue("dask_address")
        args = list(resolve_engine(RunnerSpec(engine="dask", dask_address=address)).args)
    table, counts = run_quickstart(tmp_path, engine, args, monkeypatch)
    expected_table, expected_counts = reference
    assert table.num_rows == expected_table.num_rows > 0
    assert table.column_names == expected_table.column_names
    assert table.equals(expected_table), "same ids, different content"
    assert comparable_counts(counts) == comparable_counts(expected_counts)
