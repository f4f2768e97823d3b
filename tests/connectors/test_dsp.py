"""The direct DSP consumer against the project's DSP provider (real HTTP on 127.0.0.1), the TCK
consumer scenarios, the failure paths with their messages, and the official fixtures."""

from __future__ import annotations

import json
import time
import uuid

import httpx
import pyarrow as pa
import pytest

from connectors.dsp import DspConnector
from connectors.dsp import messages as m
from connectors.dsp import schemas
from connectors.dsp.callback import CallbackEndpoint
from connectors.dsp.testing_provider import DspTestProvider, ProviderDataset, datasets_from_folder
from datalab.errors import ConnectorAuthError, ConnectorError, ConnectorUnavailable, PolicyRefused, SourceError
from tests.connectors.conftest import SHARED, free_port, shared

CORPUS = "urn:datalab:dataset:corpus"


def connector(provider: DspTestProvider, **options) -> DspConnector:
    return DspConnector.from_options({"endpoint": provider.url, "negotiation_timeout": 10, "transfer_timeout": 10,
                                      **options}, name="prov")


def read_all(conn: DspConnector, dataset: str = CORPUS, text_field: str | None = "text"):
    tasks = conn.plan(dataset, text_field=text_field)
    kept, quarantined, stats = [], [], []
    for task in tasks:
        for result in conn.read(task, batch_rows=1000):
            kept.append(result.kept)
            if result.quarantined is not None:
                quarantined.append(result.quarantined)
            stats.append(result.stats)
    table = pa.Table.from_batches([b for b in kept if b.num_rows]) if any(b.num_rows for b in kept) else None
    return tasks, table, quarantined, stats


@pytest.fixture()
def provider(data_dir):
    with DspTestProvider(datasets_from_folder(data_dir, licence="CC-BY-4.0")) as p:
        yield p


# -- the happy path in both message styles --------------------------------------------------------


@pytest.mark.parametrize("version", ["2025-1", "2024-1"])
def test_pull_negotiates_transfers_and_reads_with_provenance(data_dir, version):
    with DspTestProvider(datasets_from_folder(data_dir, licence="CC-BY-4.0"), versions=(version,)) as p:
        tasks, table, quarantined, stats = read_all(connector(p))
        assert not p.schema_violations, p.schema_violations  # everything we sent validated
        assert not p.callback_errors
        assert table.num_rows == 50
        assert table.column("text")[0].as_py() == "document number 1 about data spaces"
        assert table.column("source")[0].as_py() == f"dsp://{CORPUS}#2"
        prov = table.column("provenance")[0].as_py()
        assert prov["connector"] == "prov" and prov["dataset_id"] == CORPUS and prov["licence"] == "CC-BY-4.0"
        policy = json.loads(prov["policy"])
        assert policy["agreement"].startswith("urn:uuid:") and policy["policy"]["target"] == CORPUS
        assert prov["distribution"].startswith(f"dsp:{version}:urn:uuid:")
        # the bad CSV row is quarantined with its reason, not lost
        bad = pa.Table.from_batches(quarantined)
        assert bad.num_rows == 1 and "fields, expected 3" in bad.column("_reason")[0].as_py()
        # the consumer completed the transfer after the download; the provider saw each step
        assert [t.state for t in p.transfers.values()] == ["COMPLETED"]
        assert [n.state for n in p.negotiations.values()] == ["FINALIZED"]
        assert p.received[-3:] == ["ContractAgreementVerificationMessage", "TransferRequestMessage", "TransferCompletionMessage"]
        download = stats[0]["downloads"][0]
        assert download["bytes"] == (data_dir / "corpus.csv").stat().st_size and len(download["sha256"]) == 64


def test_jsonl_and_parquet_payloads(provider):
    _, table, quarantined, _ = read_all(connector(provider), "urn:datalab:dataset:notes")
    assert table.column("id").to_pylist() == ["n1", "n2"]
    assert "invalid JSON" in quarantined[0].column("_reason")[0].as_py()
    assert quarantined[0].column("source")[0].as_py().endswith("#2")
    with pytest.raises(SourceError, match=r"dsp://urn:datalab:dataset:table: has no text column 'text' \(columns: id, value\)"):
        read_all(connector(provider), "urn:datalab:dataset:table")
    _, table, _, _ = read_all(connector(provider), "urn:datalab:dataset:table", text_field=None)
    assert table.num_rows == 200 and table.column("value").to_pylist()[-1] == 199


def test_catalogue_paging_with_link_headers_and_gzip(data_dir):
    datasets = [ProviderDataset(id=f"urn:ds:{i}", path=str(data_dir / "corpus.csv")) for i in range(7)]
    with DspTestProvider(datasets, page_size=3, gzip=True) as p:
        found = connector(p).discover()
        assert [d.id for d in found] == [f"urn:ds:{i}" for i in range(7)]
        assert p.received.count("CatalogRequestMessage") == 3
        resp = httpx.post(f"{p.url}/dsp/2025-1/catalog/request", json=m.Dialect("2025-1").catalog_request(),
                          headers={"Accept-Encoding": "gzip"})
        assert resp.headers["Content-Encoding"] == "gzip" and 'rel="next"' in resp.headers["Link"]


def test_edc_version_spelling_and_versioned_endpoint(data_dir):
    with DspTestProvider(datasets_from_folder(data_dir), versions=("2024-1",), edc_version_spelling=True) as p:
        conn = connector(p)
        assert conn.check().details["version"] == "2024-1"
        direct = DspConnector.from_options({"endpoint": f"{p.url}/dsp/2024-1"}, name="x")
        assert direct.check().ok


@pytest.mark.parametrize("style,token_style", [("spec", "bearer"), ("spec", "raw"), ("edc", "raw"), ("edc", "bearer")])
def test_data_address_styles_and_token_with_and_without_bearer(data_dir, style, token_style):
    with DspTestProvider(datasets_from_folder(data_dir), data_address_style=style, token_style=token_style) as p:
        _, table, _, _ = read_all(connector(p))
        assert table.num_rows == 50
        used = [r["authorization"] for r in p.data_requests]
        assert used[-1].startswith("Bearer ") == (token_style == "bearer")


# -- TCK consumer scenarios (CN_C, TP_C) ------------------------------------------------------------


def test_cn_c_01_01_provider_offer_is_accepted_then_agreed_and_finalized(data_dir):
    with DspTestProvider(datasets_from_folder(data_dir), negotiation="offer") as p:
        _, table, _, _ = read_all(connector(p))
        assert table.num_rows == 50
        assert "ContractNegotiationEventMessage" in p.received  # our ACCEPTED event
        assert not p.schema_violations and not p.callback_errors


@pytest.mark.parametrize("scenario", ["terminate", "offer_then_terminate", "terminate_after_verification"])
def test_negotiation_terminated_carries_the_providers_reason(data_dir, scenario):
    """CN_C:01-02/02-0x: the provider terminates after the request, after our acceptance of its
    offer, or after our verification; each time the consumer stops with the provider's reason."""
    datasets = datasets_from_folder(data_dir)
    datasets[0].negotiation = scenario
    datasets[0].reason = "Consumer is not a member of the health data space"
    with DspTestProvider(datasets) as p:
        with pytest.raises(PolicyRefused, match="terminated the contract negotiation.*not a member of the health data space"):
            connector(p).plan(CORPUS)
        assert not p.transfers and not p.schema_violations


def test_cn_c_03_out_of_order_finalized_is_rejected_and_does_not_advance(data_dir):
    with DspTestProvider(datasets_from_folder(data_dir), negotiation="finalize_early") as p:
        _, table, _, _ = read_all(connector(p))  # the agreement that follows still completes the flow
        assert table.num_rows == 50
        assert any("/events -> 400" in e and "ContractNegotiationError" in e for e in p.callback_errors), p.callback_errors


def test_transfer_terminated_by_provider(data_dir):
    datasets = datasets_from_folder(data_dir)
    datasets[0].transfer = "terminate"
    datasets[0].reason = "Dataset withdrawn"
    with DspTestProvider(datasets) as p:
        with pytest.raises(ConnectorError, match="terminated the transfer.*Dataset withdrawn"):
            connector(p).plan(CORPUS)


def test_tp_c_03_completion_before_start_is_rejected(data_dir):
    with DspTestProvider(datasets_from_folder(data_dir), transfer="complete_early") as p:
        _, table, _, _ = read_all(connector(p))
        assert table.num_rows == 50
        assert any("/completion -> 400" in e for e in p.callback_errors), p.callback_errors


def test_callback_endpoint_state_machine_and_paths():
    with CallbackEndpoint(port=free_port()) as cb:
        d = m.Dialect("2025-1")
        cb.expect("negotiation", "urn:uuid:c1")
        url = cb.url
        # unknown process -> 404 with a ContractNegotiationError body
        r = httpx.post(f"{url}/negotiations/urn:uuid:nope/agreement", json={})
        assert r.status_code == 404 and r.json()["@type"] == "ContractNegotiationError"
        assert not schemas.errors(r.json(), "2025-1")
        # FINALIZED while REQUESTED -> 400, state unchanged; trailing slash tolerated
        r = httpx.post(f"{url}/negotiations/urn:uuid:c1/events/",
                       json=d.event(provider_pid="urn:uuid:p1", consumer_pid="urn:uuid:c1", event="FINALIZED"))
        assert r.status_code == 400 and cb.processes["urn:uuid:c1"].state == "REQUESTED"
        r = httpx.get(f"{url}/negotiations/urn:uuid:c1")
        assert r.status_code == 200 and r.json()["state"] == "REQUESTED"
        # a transfer completed before it started -> 400 TransferError
        cb.expect("transfer", "urn:uuid:t1")
        r = httpx.post(f"{url}/transfers/urn:uuid:t1/completion",
                       json=d.transfer_completion(provider_pid="urn:uuid:p2", consumer_pid="urn:uuid:t1"))
        assert r.status_code == 400 and r.json()["@type"] == "TransferError"
        assert httpx.post(f"{url}/negotiations/offers", json={}).status_code == 400


def test_callback_on_configured_port_and_public_url(data_dir):
    port = free_port()
    with DspTestProvider(datasets_from_folder(data_dir)) as p:
        conn = connector(p, callback_port=port, callback_public_url=f"http://localhost:{port}/")
        _, table, _, _ = read_all(conn)
        assert table.num_rows == 50


# -- failure paths --------------------------------------------------------------------------------


def test_unreachable_provider():
    conn = DspConnector.from_options({"endpoint": f"http://127.0.0.1:{free_port()}", "retries": 0}, name="gone")
    with pytest.raises(ConnectorUnavailable, match=r"gone: cannot reach the DSP endpoint .* \(connection refused\)"):
        conn.discover()
    result = conn.check()
    assert not result.ok and "connection refused" in result.message


def test_bad_credentials(data_dir, monkeypatch):
    with DspTestProvider(datasets_from_folder(data_dir), auth_token="right-token") as p:
        monkeypatch.setenv("PROV_TOKEN", "wrong-token")
        conn = connector(p, auth_token="env:PROV_TOKEN")
        with pytest.raises(ConnectorAuthError, match="refused with HTTP 401.*unauthorised.*check the credentials"):
            conn.discover()
        monkeypatch.setenv("PROV_TOKEN", "right-token")
        assert conn.check().ok


def test_missing_secret_variable(data_dir, monkeypatch):
    monkeypatch.delenv("NOT_SET_TOKEN", raising=False)
    with DspTestProvider(datasets_from_folder(data_dir)) as p:
        with pytest.raises(ConnectorAuthError, match="NOT_SET_TOKEN, which is not set; `export NOT_SET_TOKEN=...`"):
            connector(p, auth_token="env:NOT_SET_TOKEN").discover()


def test_token_expired(data_dir):
    with DspTestProvider(datasets_from_folder(data_dir), token_ttl=0.2) as p:
        conn = connector(p)
        tasks = conn.plan(CORPUS)
        time.sleep(0.4)
        with pytest.raises(ConnectorAuthError, match="data-plane token expired .* run the pull again"):
            list(conn.read(tasks[0], batch_rows=100))
        assert [t.state for t in p.transfers.values()] == ["TERMINATED"]  # we told the provider


def test_refused_by_policy_before_negotiating(provider):
    with pytest.raises(PolicyRefused, match=r"refused by policy: none of its offers \(urn:datalab:dataset:corpus:offer\) is in .allowed_policies"):
        connector(provider, allowed_policies=["urn:some:other-offer"]).plan(CORPUS)
    with pytest.raises(PolicyRefused, match="refused by policy: its licence is CC-BY-4.0.*allowed_licences"):
        connector(provider, allowed_licences=["CC0-1.0"]).plan(CORPUS)
    assert provider.negotiations == {}  # nothing was negotiated
    tasks = connector(provider, allowed_policies=[f"{CORPUS}:offer"],
                      allowed_licences=["https://creativecommons.org/licenses/by/4.0/"]).plan(CORPUS)
    assert tasks and tasks[0].provenance.licence == "CC-BY-4.0"


def test_unknown_dataset_lists_what_is_offered(provider):
    with pytest.raises(ConnectorError, match="no dataset 'urn:nope'; it offers: urn:datalab:dataset:corpus"):
        connector(provider).plan("urn:nope")


# -- the official fixtures (../shared) and the messages we build ------------------------------------


@pytest.mark.parametrize("version", ["2025-1", "2024-1"])
def test_every_message_we_build_validates(version):
    d = m.Dialect(version)
    offer = d.offer_for_request({"@id": "urn:o", "@type": d.type("Offer") if version == "2025-1" else "odrl:Offer",
                                 ("permission" if version == "2025-1" else "odrl:permission"):
                                     [{("action" if version == "2025-1" else "odrl:action"): "use" if version == "2025-1" else "odrl:use"}]},
                                target="urn:t", assigner="urn:a")
    built = [
        d.catalog_request(),
        d.contract_request(consumer_pid="urn:uuid:c", offer=offer, callback="http://127.0.0.1:1/cb"),
        d.verification(provider_pid="urn:uuid:p", consumer_pid="urn:uuid:c"),
        d.event(provider_pid="urn:uuid:p", consumer_pid="urn:uuid:c", event="ACCEPTED"),
        d.negotiation_termination(provider_pid="urn:uuid:p", consumer_pid="urn:uuid:c", code="1", reason="r"),
        d.transfer_request(consumer_pid="urn:uuid:c", agreement_id="urn:uuid:a", format="HttpData-PULL", callback="http://x"),
        d.transfer_completion(provider_pid="urn:uuid:p", consumer_pid="urn:uuid:c"),
        d.transfer_termination(provider_pid="urn:uuid:p", consumer_pid="urn:uuid:c", code="1", reason="r"),
        d.error("ContractNegotiationError", code="400", reason="r", provider_pid="urn:uuid:p", consumer_pid="urn:uuid:c"),
        d.error("TransferError", code="400", reason="r"),
    ]
    for message in built:
        assert schemas.errors(message, version) == [], message
        got = m.read_message(message)
        assert got.version == version
    with pytest.raises(schemas.InvalidMessage, match="does not validate against the DSP"):
        schemas.validate_message({"@context": d.context, "@type": d.type("TransferRequestMessage")}, version)


@pytest.mark.shared
@pytest.mark.parametrize("version", ["2025-1", "2024-1"])
def test_official_examples_validate_and_read(version):
    folder = shared(version)
    for path in sorted(folder.glob("*__*.json")):
        doc = json.loads(path.read_text())
        if "@type" not in doc or "contract.agreement.message.http" in path.name:  # known-bad upstream example
            continue
        assert schemas.errors(doc, version) == [], path.name
        got = m.read_message(doc)
        assert got.type, path.name
    participant, datasets = m.parse_catalog(json.loads((folder / "catalog__catalog.json").read_text()))
    assert participant == "urn:example:DataProviderA"
    assert datasets[0].offers[0].id == "urn:uuid:3dd1add8-4d2d-569e-d634-8394a8836a88"
    start = m.read_message(json.loads((folder / "transfer__transfer-start-message.json").read_text()))
    da = m.parse_data_address(start.node)
    assert (da.endpoint, da.token, da.auth_type) == ("http://example.com", "TOKEN-ABCDEFG", "bearer")
    term = m.read_message(json.loads((folder / "negotiation__contract-negotiation-termination-message.json").read_text()))
    assert "License model does not fit." in m.reasons(term.node)


@pytest.mark.shared
def test_edc_wire_captured_data_addresses():
    folder = shared("wire-captured-edc-dsp08")
    start = json.loads((folder / "tx-0.7.1__transfer_start_message.json").read_text())
    da = m.parse_data_address(m.read_message(start).node)
    assert da.endpoint == "http://provider-data-plane:9192/public" and da.token.startswith("eyJ")
    old = json.loads((folder / "consumer_TransferStartMessage_received_from_EDC.json").read_text())
    da = m.parse_data_address(m.read_message(old).node)
    assert da.endpoint == "http://provider-data-plane:9192/public" and da.token.startswith("eyJ")


def test_project_fixtures_cover_the_edc_data_address_variants():
    """The same variants as the wire captures, written here so the test never needs ../shared."""
    edc = "https://w3id.org/edc/v0.0.1/ns/"
    for doc in (
        {"@context": [m.Dialect("2025-1").context[0]], "@type": "TransferStartMessage", "providerPid": "urn:p",
         "consumerPid": "urn:c", "dataAddress": {"@type": "DataAddress", "endpointType": "https://w3id.org/idsa/v4.1/HTTP",
                                                  "endpointProperties": [{"@type": "EndpointProperty", "name": f"{edc}endpoint", "value": "http://dp/public"},
                                                                         {"@type": "EndpointProperty", "name": f"{edc}authorization", "value": "T"}]}},
        {"@context": {"edc": edc, "dspace": "https://w3id.org/dspace/v0.8/"}, "@type": "dspace:TransferStartMessage",
         "dspace:dataAddress": {"@type": "edc:DataAddress", "edc:endpoint": "http://dp/public", "edc:authKey": "Authorization",
                                "edc:authCode": "T"}},
    ):
        da = m.parse_data_address(m.read_message(doc).node)
        assert (da.endpoint, da.token) == ("http://dp/public", "T")


def test_shared_folder_location_is_known():
    assert SHARED.name == "dataspaces"


@pytest.fixture(scope="module")
def callbacks():
    """One running callback endpoint per wire style, shared by the table-driven TCK tests."""
    with CallbackEndpoint() as c25, CallbackEndpoint(version="2024-1") as c24:
        yield {"2025-1": c25, "2024-1": c24}


NEGOTIATION_PATHS = {  # provider message -> callback path suffix
    "offer": ("offers", "ContractOfferMessage"),
    "agreement": ("agreement", "ContractAgreementMessage"),
    "finalized": ("events", "ContractNegotiationEventMessage"),
    "terminate": ("termination", "ContractNegotiationTerminationMessage"),
}


def _provider_message(d: m.Dialect, what: str, cpid: str) -> dict:
    base = {"providerPid": "urn:uuid:p", "consumerPid": cpid}
    if what == "offer":
        return d.message("ContractOfferMessage", **base, offer={"@id": "urn:o", "@type": "Offer", "target": "urn:t",
                                                                "permission": [{"action": "use"}]})
    if what == "agreement":
        return d.message("ContractAgreementMessage", **base, agreement={
            "@id": "urn:a", "@type": "Agreement", "target": "urn:t", "timestamp": "2026-01-01T00:00:00Z",
            "assigner": "urn:p", "assignee": "urn:c", "permission": [{"action": "use"}]})
    if what == "finalized":
        return d.event(provider_pid="urn:uuid:p", consumer_pid=cpid, event="FINALIZED")
    return d.negotiation_termination(provider_pid="urn:uuid:p", consumer_pid=cpid, code="x", reason="stop")


@pytest.mark.parametrize("sequence,expected_statuses,final", [
    # TCK CN_C:01-04 and 01-01 (consumer side moves are set by the consumer itself)
    (["agreement", "@VERIFIED", "finalized"], [200, 200], "FINALIZED"),
    (["offer", "@ACCEPTED", "agreement", "@VERIFIED", "finalized"], [200, 200, 200], "FINALIZED"),
    # CN_C:02: the provider terminates at each stage
    (["terminate"], [200], "TERMINATED"),
    (["offer", "terminate"], [200, 200], "TERMINATED"),
    (["agreement", "@VERIFIED", "terminate"], [200, 200], "TERMINATED"),
    # CN_C:03 negative: out-of-order messages are refused and do not move the process
    (["finalized"], [400], "REQUESTED"),
    (["agreement", "offer"], [200, 400], "AGREED"),
    (["agreement", "finalized"], [200, 400], "AGREED"),
    (["agreement", "@VERIFIED", "agreement"], [200, 400], "VERIFIED"),
    (["terminate", "agreement"], [200, 400], "TERMINATED"),
])
def test_tck_consumer_negotiation_transitions(callbacks, sequence, expected_statuses, final):
    d = m.Dialect("2025-1")
    cb = callbacks["2025-1"]
    cpid = f"urn:uuid:{uuid.uuid4()}"
    cb.expect("negotiation", cpid)
    statuses = []
    for step in sequence:
        if step.startswith("@"):
            cb.set_state(cpid, step[1:])
            continue
        path, _ = NEGOTIATION_PATHS[step]
        r = httpx.post(f"{cb.url}/negotiations/{cpid}/{path}", json=_provider_message(d, step, cpid))
        statuses.append(r.status_code)
        if r.status_code == 400:
            assert r.json()["@type"] == "ContractNegotiationError" and not schemas.errors(r.json(), "2025-1")
    assert statuses == expected_statuses
    assert cb.processes[cpid].state == final


@pytest.mark.parametrize("sequence,expected_statuses,final", [
    (["start", "completion"], [200, 200], "COMPLETED"),                       # TP_C:01-02
    (["start", "suspension", "start", "completion"], [200] * 4, "COMPLETED"),  # TP_C:01-04
    (["start", "termination"], [200, 200], "TERMINATED"),                     # TP_C:01-01
    (["termination"], [200], "TERMINATED"),                                   # TP_C:01-05
    (["suspension"], [400], "REQUESTED"),                                     # TP_C:03 negative
    (["termination", "start"], [200, 400], "TERMINATED"),
    (["start", "completion", "start"], [200, 200, 400], "COMPLETED"),
])
def test_tck_consumer_transfer_transitions(callbacks, sequence, expected_statuses, final):
    d = m.Dialect("2024-1")  # the 2024-1 wire style
    kinds = {"start": "TransferStartMessage", "completion": "TransferCompletionMessage",
             "suspension": "TransferSuspensionMessage", "termination": "TransferTerminationMessage"}
    cb = callbacks["2024-1"]
    cpid = f"urn:uuid:{uuid.uuid4()}"
    cb.expect("transfer", cpid)
    statuses = []
    for step in sequence:
        fields = {"providerPid": "urn:uuid:p", "consumerPid": cpid}
        if step == "start":
            fields["dataAddress"] = {"@type": "dspace:DataAddress", "dspace:endpointType": "https://w3id.org/idsa/v4.1/HTTP",
                                     "dspace:endpoint": "http://127.0.0.1:1/public"}
        if step in ("termination", "suspension"):
            fields.update(code="x", reason=["r"])
        message = d.message(kinds[step], **fields)
        assert not schemas.errors(message, "2024-1")
        statuses.append(httpx.post(f"{cb.url}/transfers/{cpid}/{step}", json=message).status_code)
    assert statuses == expected_statuses
    assert cb.processes[cpid].state == final


@pytest.mark.parametrize("root,path,base", [
    ("http://h:19194/protocol", "/2025-1", "http://h:19194/protocol/2025-1"),        # EDC: appended to the root
    ("http://h:19194/protocol", "/protocol/2025-1", "http://h:19194/protocol/2025-1"),  # path repeating the root
    ("http://h:1", "/dsp/2025-1", "http://h:1/dsp/2025-1"),
    ("http://h:1/api/dsp", "2025-1", "http://h:1/api/dsp/2025-1"),
])
def test_version_path_is_resolved_against_the_root(root, path, base):
    from connectors.dsp.consumer import _join_version_path

    assert _join_version_path(root, path) == base


def test_data_plane_token_never_shows_in_a_task_repr(provider):
    import pickle

    (task,) = connector(provider).plan(CORPUS)
    token = task.params["token"]
    assert token.startswith("tok-") and token not in repr(task) and "'***'" in repr(task)
    again = pickle.loads(pickle.dumps(task))
    assert again.params["token"] == token and token not in repr(again)
