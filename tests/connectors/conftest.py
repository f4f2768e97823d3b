from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "dataspaces"
if not SHARED.exists():
    SHARED = Path("/work/shared/fixtures/dataspaces")


def shared(rel: str) -> Path:
    """A file of ../shared/fixtures/dataspaces, or skip the test with the reason."""
    path = SHARED / rel
    if not path.exists():
        pytest.skip(f"../shared/fixtures/dataspaces/{rel} is not available on this machine (reference fixtures)")
    return path


@pytest.fixture(autouse=True)
def isolated_registry(tmp_path, monkeypatch):
    """Every test gets its own registry file and keeps the environment it found."""
    path = tmp_path / "registry" / "datalab.connectors.yaml"
    monkeypatch.setenv("DATALAB_REGISTRY", str(path))
    return path


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory) -> Path:
    """A small corpus served by the providers: CSV (one bad row), JSONL (one bad line), Parquet."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = tmp_path_factory.mktemp("provider-data")
    (folder / "corpus.csv").write_text(
        "id,text,lang\n" + "".join(f"{i},document number {i} about data spaces,en\n" for i in range(1, 51))
        + '51,"broken,row",en,extra\n', encoding="utf-8")
    (folder / "notes.jsonl").write_text(
        '{"id": "n1", "text": "first note"}\n{not json\n{"id": "n2", "text": "second note"}\n', encoding="utf-8")
    pq.write_table(pa.table({"id": [f"p{i}" for i in range(200)], "value": list(range(200))}), folder / "table.parquet")
    return folder


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def read_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture()
def env(monkeypatch):
    def set_(name: str, value: str) -> None:
        monkeypatch.setenv(name, value)
    return set_


__all__ = ["SHARED", "shared", "free_port", "read_json", "os"]
