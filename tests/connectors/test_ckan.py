"""The CKAN connector against a CKAN Action API server on 127.0.0.1 (synthesised packages and
the recorded EnviDat / Birmingham responses)."""

from __future__ import annotations

import io
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from connectors.ckan import CkanConnector
from datalab.errors import ConnectorAuthError, ConnectorError, ConnectorUnavailable, PolicyRefused
from tests.connectors.conftest import free_port, shared
from tests.dataspace_servers.catalogues import CkanServer, package


def parquet_bytes() -> bytes:
    buf = io.BytesIO()
    pq.write_table(pa.table({"id": ["x", "y"], "text": ["parquet one", "parquet two"]}), buf)
    return buf.getvalue()


def files() -> dict[str, bytes]:
    out = {f"data-{i}.csv": f"id,text\n{i}-a,alpha {i}\n{i}-b,beta {i}\n".encode() for i in range(3)}
    out["records.json"] = json.dumps({"records": [{"id": "j1", "text": "json one"}, {"id": "j2", "text": "json two"}]}).encode()
    out["rows.jsonl"] = b'{"id": "l1", "text": "line one"}\n'
    out["table.parquet"] = parquet_bytes()
    out["report.pdf"] = b"%PDF-1.4"
    return out


@pytest.fixture()
def ckan():
    server = CkanServer([], files(), api_key="ckan-token", private={"dataset-2"})
    with server:
        url = server.url
        server.packages.extend([package(i, url=url) for i in range(3)])
        server.packages.append(package(3, url=url, licence="other-closed", resources=[
            {"id": "j", "name": "records", "url": f"{url}/files/records.json", "format": "JSON"},
            {"id": "l", "name": "rows", "url": f"{url}/moved/rows.jsonl", "format": "", "mimetype": None},
            {"id": "p", "name": "table", "url": f"{url}/files/table.parquet", "format": "Parquet"},
            {"id": "pdf", "name": "report", "url": f"{url}/files/report.pdf", "format": "PDF"},
        ]))
        yield server


def conn(server: CkanServer, **options) -> CkanConnector:
    return CkanConnector.from_options({"url": server.url, **options}, name="portal")


def rows(c: CkanConnector, dataset: str) -> pa.Table:
    batches = [r.kept for t in c.plan(dataset) for r in c.read(t, batch_rows=100) if r.kept.num_rows]
    return pa.Table.from_batches(batches)


def test_check_and_catalog(ckan):
    result = conn(ckan).check()
    assert result.ok and "CKAN 2.10.4" in result.message and "3 dataset(s)" in result.message  # private one hidden
    found = conn(ckan).discover()
    assert [d.id for d in found] == ["dataset-0", "dataset-1", "dataset-3"]
    assert found[0].licence == "CC-BY-4.0" and found[0].distributions[0].format == "CSV"


def test_pull_csv_with_licence_in_provenance(ckan):
    table = rows(conn(ckan), "dataset-1")
    assert table.column("text").to_pylist() == ["alpha 1", "beta 1"]
    prov = table.column("provenance")[0].as_py()
    assert (prov["connector"], prov["dataset_id"], prov["licence"], prov["distribution"]) == ("portal", "dataset-1", "CC-BY-4.0", "r1")
    assert table.column("source")[0].as_py() == f"{ckan.url}/files/data-1.csv#2"


def test_json_jsonl_parquet_resources_and_redirects(ckan):
    c = conn(ckan)
    tasks = c.plan("dataset-3")
    assert [t.provenance.distribution for t in tasks] == ["j", "l", "p"]  # the PDF is skipped
    table = rows(c, "dataset-3")
    assert sorted(table.column("id").to_pylist()) == ["j1", "j2", "l1", "x", "y"]


def test_legacy_path_301_is_followed(ckan):
    c = CkanConnector.from_options({"url": f"{ckan.url}/legacy"}, name="portal")
    assert c.check().ok


def test_paging_past_the_1000_row_cap():
    with CkanServer([]) as server:
        server.packages.extend(package(i, url=server.url) for i in range(2345))
        found = CkanConnector.from_options({"url": server.url}, name="big").discover()
        assert len(found) == 2345 and len({d.id for d in found}) == 2345
        starts = [int(q["start"]) for a, q in server.calls if a == "package_search"]
        assert starts == [0, 1000, 2000]


def test_private_dataset_needs_the_token(ckan, monkeypatch):
    with pytest.raises(ConnectorAuthError, match="Authorization Error.*api_key"):
        conn(ckan).plan("dataset-2")
    monkeypatch.setenv("CKAN_TOKEN", "ckan-token")
    assert rows(conn(ckan, api_key="env:CKAN_TOKEN"), "dataset-2").num_rows == 2
    monkeypatch.setenv("CKAN_TOKEN", "wrong")
    with pytest.raises(ConnectorAuthError, match="invalid API token"):
        conn(ckan, api_key="env:CKAN_TOKEN").discover()


def test_refused_by_licence(ckan):
    with pytest.raises(PolicyRefused, match="dataset-3 is refused by policy: its licence is other-closed"):
        conn(ckan, allowed_licences=["CC-BY-4.0", "CC0-1.0"]).plan("dataset-3")
    assert conn(ckan, allowed_licences=["https://creativecommons.org/licenses/by/4.0/"]).plan("dataset-0")


def test_unknown_dataset_and_unreadable_resources(ckan):
    with pytest.raises(ConnectorError, match="Not Found Error.*connectors catalog portal"):
        conn(ckan).plan("nope")
    with pytest.raises(ConnectorError, match="no resource in a readable format .*report \\(PDF\\)"):
        conn(ckan, resources=["report"]).plan("dataset-3")


def test_unreachable():
    c = CkanConnector.from_options({"url": f"http://127.0.0.1:{free_port()}", "retries": 0}, name="down")
    with pytest.raises(ConnectorUnavailable, match="down: cannot reach .* \\(connection refused\\)"):
        c.discover()


@pytest.mark.shared
@pytest.mark.parametrize("name", ["envidat__package_search.json", "birmingham__package_search.json"])
def test_replays_recorded_portal_responses(name):
    recorded = json.loads(shared(f"ckan/{name}").read_text())["result"]
    with CkanServer([]) as server:
        for pkg in recorded["results"]:
            for res in pkg.get("resources", []):
                fname = res["url"].rsplit("/", 1)[-1]
                res["url"] = f"{server.url}/files/{fname}"
                server.files[fname] = b"id,text\n1,recorded\n"
            server.packages.append(pkg)
        c = CkanConnector.from_options({"url": server.url}, name="rec")
        found = c.discover()
        assert len(found) == len(recorded["results"]) and all(d.licence for d in found)
        licences = {d.licence for d in found}
        assert licences & {"CC-BY-4.0", "OGL-UK-3.0"}
        readable = [d for d in found if any((x.format or "").upper() == "CSV" for x in d.distributions)]
        if readable:
            assert rows(c, readable[0].id).num_rows >= 1
