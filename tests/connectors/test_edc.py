"""The EDC connector against a fake EDC Management API on 127.0.0.1 (states over time,
EDC's compaction variants, EDR refresh), and against the recorded EDC payloads."""

from __future__ import annotations

import json
import time

import pyarrow as pa
import pytest

from connectors.dsp import messages as m
from connectors.edc import EdcConnector
from datalab.errors import ConnectorAuthError, ConnectorUnavailable, PolicyRefused
from tests.connectors.conftest import free_port, shared
from tests.dataspace_servers.edc import Asset, FakeEdc


@pytest.fixture()
def assets(data_dir):
    return [Asset("asset-corpus", str(data_dir / "corpus.csv"), licence="CC-BY-4.0"),
            Asset("asset-refused", str(data_dir / "corpus.csv"), negotiation="terminate"),
            Asset("asset-withdrawn", str(data_dir / "corpus.csv"), transfer="terminate",
                  error_detail="Asset asset-withdrawn is no longer available")]


def edc(server: FakeEdc, monkeypatch, **options) -> EdcConnector:
    monkeypatch.setenv("EDC_KEY", "mgmt-key")
    return EdcConnector.from_options({"management_url": server.management_url, "api_key": "env:EDC_KEY",
                                      "counter_party_address": "http://provider:19194/protocol/2025-1",
                                      "counter_party_id": "BPNL000PROVIDER", "poll_interval": 0.01, **options}, name="myedc")


def read(conn, dataset):
    return pa.Table.from_batches([r.kept for t in conn.plan(dataset) for r in conn.read(t, batch_rows=1000) if r.kept.num_rows])


@pytest.mark.parametrize("style", ["vocab", "prefixed"])
def test_pull_through_the_management_api(assets, monkeypatch, style):
    with FakeEdc(assets, style=style) as server:
        conn = edc(server, monkeypatch)
        assert conn.check().ok
        assert {d.id for d in conn.discover()} == {"asset-corpus", "asset-refused", "asset-withdrawn"}
        table = read(conn, "asset-corpus")
        assert table.num_rows == 50
        prov = table.column("provenance")[0].as_py()
        assert prov["licence"] == "CC-BY-4.0" and json.loads(prov["policy"])["agreement"]
        # the offer was sent unchanged plus assigner/target, with EDC's v3 context
        kind, version, body = next(r for r in server.requests if r[0] == "negotiation")
        assert body["@context"]["@vocab"] == "https://w3id.org/edc/v0.0.1/ns/" and body["@type"] == "ContractRequest"
        assert body["policy"]["@id"] == "MQ==:asset-corpus:offer" and body["policy"]["odrl:assigner"]
        transfer = next(r for r in server.requests if r[0] == "transfer")[2]
        assert transfer["transferType"] == "HttpData-PULL" and transfer["protocol"] == "dataspace-protocol-http:2025-1"


def test_v4_adapter(assets, monkeypatch):
    with FakeEdc(assets) as server:
        table = read(edc(server, monkeypatch, api_version="v4"), "asset-corpus")
        assert table.num_rows == 50
        assert {v for _, v, _ in server.requests} == {"v4"}


def test_negotiation_terminated_with_error_detail(assets, monkeypatch):
    with FakeEdc(assets) as server:
        with pytest.raises(PolicyRefused, match="TERMINATED: Contract offer is not valid: policy-01-policy-enforcement"):
            edc(server, monkeypatch).plan("asset-refused")
        with pytest.raises(Exception, match="TERMINATED: Asset asset-withdrawn is no longer available"):
            edc(server, monkeypatch).plan("asset-withdrawn")


def test_bad_api_key(assets, monkeypatch):
    with FakeEdc(assets) as server:
        conn = edc(server, monkeypatch)
        monkeypatch.setenv("EDC_KEY", "wrong")
        with pytest.raises(ConnectorAuthError, match="refused the catalogue request .*HTTP 401.*could not be authenticated.*X-Api-Key"):
            conn.discover()


def test_connector_without_credentials_is_diagnosed(assets, monkeypatch):
    with FakeEdc(assets, credentials_ok=False) as server:
        result = edc(server, monkeypatch, retries=0).check()
        assert not result.ok and "cannot obtain credentials to talk to BPNL000PROVIDER" in result.message
        assert "identity" in result.message


def test_expired_edr_token_is_refreshed_once(assets, monkeypatch):
    with FakeEdc(assets, token_ttl=0.2) as server:
        conn = edc(server, monkeypatch)
        tasks = conn.plan("asset-corpus")
        time.sleep(0.4)
        table = pa.Table.from_batches([r.kept for r in conn.read(tasks[0], batch_rows=1000) if r.kept.num_rows])
        assert table.num_rows == 50


def test_slow_negotiation_hits_the_deadline(assets, monkeypatch):
    with FakeEdc(assets) as server:
        conn = edc(server, monkeypatch, poll_interval=0.05, negotiation_timeout=0.01)
        with pytest.raises(ConnectorUnavailable, match="did not reach FINALIZED within"):
            conn.plan("asset-corpus")


def test_unreachable_management_api(monkeypatch):
    monkeypatch.setenv("EDC_KEY", "k")
    conn = EdcConnector.from_options({"management_url": f"http://127.0.0.1:{free_port()}/management", "api_key": "env:EDC_KEY",
                                      "counter_party_address": "http://p", "counter_party_id": "p", "retries": 0}, name="e")
    with pytest.raises(ConnectorUnavailable, match=r"cannot reach .*\(connection refused\)"):
        conn.discover()


def test_refused_by_policy(assets, monkeypatch):
    with FakeEdc(assets) as server:
        with pytest.raises(PolicyRefused, match="none of its offers"):
            edc(server, monkeypatch, allowed_policies=["urn:other"]).plan("asset-corpus")
        assert not any(r[0] == "negotiation" for r in server.requests)


@pytest.mark.shared
def test_recorded_edc_payloads_read_by_meaning():
    cat = json.loads(shared("edc-management-v3/catalog-response.management-v3.json").read_text())
    participant, datasets = m.parse_catalog(cat)
    assert participant == "anonymous" and datasets[0].id == "assetId"
    assert datasets[0].offers[0].id.startswith("MQ==") and "HttpData" in datasets[0].formats
    tx = json.loads(shared("tractusx-edc/mgmt-catalog-response.dsp2025.json").read_text())
    _, datasets = m.parse_catalog(tx)
    assert "HttpData-PULL" in datasets[0].formats
    from connectors.dsp import jsonld as ld
    edr = json.loads(shared("edc-management-v3/edr-dataaddress-response.json").read_text())
    da = m.parse_data_address(ld.expand(edr)[0])
    assert da.endpoint == "http://localhost:19291/public" and da.token.startswith("eyJ")
