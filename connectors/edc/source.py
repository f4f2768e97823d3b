"""DSP through the consumer's own EDC connector: the EDC Management API v3 (v4 adapter).

This is how most participants of a data space work: their connector holds the identity (DCP,
verifiable credentials), speaks DSP and receives the callbacks; Datalab drives it:
catalogue request -> contract negotiation (polled to FINALIZED, or TERMINATED with its
`errorDetail`) -> transfer process `HttpData-PULL` (STARTED is enough: pull transfers stay
STARTED) -> EDR data address from the cache -> GET the data plane with the raw token (refreshed
once through `auto_refresh` on 401/403). Responses are read by meaning: `state` or `edc:state`,
collapsed arrays, `dcat:` prefixes with any namespace spelling.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator
from typing import Any, ClassVar

import httpx

from connectors.base import CheckResult, Connector, DatasetInfo, Distribution, Provenance, ReadTask
from connectors.dsp import jsonld as ld
from connectors.dsp import messages as m
from connectors.edc.config import EdcOptions
from connectors.http import RetryPolicy, download, make_client, request
from connectors.payload import format_from, read_payload
from connectors.policy import check_licence, choose_offer, policy_text
from connectors.registry import Redacted, resolve_secret
from datalab.errors import ConnectorAuthError, ConnectorError, ConnectorUnavailable, DatalabError, PolicyRefused, SpecError
from transforms.stage import BatchResult

EDC_VOCAB = {"@vocab": "https://w3id.org/edc/v0.0.1/ns/"}
V4_CONTEXT = "https://w3id.org/edc/connector/management/v2"


class EdcConnector(Connector):
    type_name: ClassVar[str] = "edc"
    Options = EdcOptions
    secret_options = frozenset({"api_key"})
    options: EdcOptions

    # -- management API -------------------------------------------------------------------------

    def _client(self, api_key_ref: str | None = None) -> httpx.Client:
        key = resolve_secret(api_key_ref if api_key_ref is not None else self.options.api_key, option="api_key",
                             connector=self.name)
        return make_client(headers={"X-Api-Key": key} if key else None, timeout=self.options.timeout,
                           retry=RetryPolicy(retries=self.options.retries))

    def _url(self, path: str, *, version: str | None = None) -> str:
        return f"{self.options.management_url.rstrip('/')}/{version or self.options.api_version}{path}"

    def _body(self, kind: str, **fields: Any) -> dict[str, Any]:
        ctx: Any = EDC_VOCAB if self.options.api_version == "v3" else [V4_CONTEXT]
        return {"@context": ctx, "@type": kind, **fields}

    def _call(self, client: httpx.Client, method: str, path: str, *, what: str, version: str | None = None, **kw: Any) -> Any:
        try:
            resp = request(client, method, self._url(path, version=version), connector=self.name, what=what, **kw)
        except ConnectorAuthError as exc:
            msg = (f"{self.name}: the EDC Management API refused the {what} ({exc}); check `api_key` "
                   "(the consumer connector's X-Api-Key, as env:NAME or file:PATH)")
            raise ConnectorAuthError(msg) from exc
        except ConnectorUnavailable as exc:
            if "credentials" in str(exc).lower():
                msg = (f"{self.name}: the consumer connector cannot obtain credentials to talk to "
                       f"{self.options.counter_party_id} ({exc}); this is the connector's identity (DCP/VC) "
                       "configuration, not a provider error")
                raise ConnectorAuthError(msg) from exc
            raise
        return resp.json() if resp.content else None

    def _catalog(self, client: httpx.Client) -> tuple[str | None, list[m.DspDataset]]:
        body = self._body("CatalogRequest", counterPartyAddress=self.options.counter_party_address,
                          counterPartyId=self.options.counter_party_id, protocol=self.options.protocol,
                          querySpec={"offset": 0, "limit": 10000})
        if self.options.api_version == "v4":
            body["counterPartyId"] = self.options.counter_party_id
        doc = self._call(client, "POST", "/catalog/request", what="catalogue request", json=body)
        participant, datasets = m.parse_catalog(doc)
        return participant or self.options.counter_party_id, datasets

    def discover(self) -> list[DatasetInfo]:
        with self._client() as client:
            participant, datasets = self._catalog(client)
        return [DatasetInfo(id=d.id, title=d.title, description=d.description, licence=d.licence,
                            policies=[{"@id": o.id, **o.plain} for o in d.offers],
                            distributions=[Distribution(format=f) for f in d.formats],
                            metadata={"participant_id": participant}) for d in datasets]

    def check(self) -> CheckResult:
        try:
            with self._client() as client:
                participant, datasets = self._catalog(client)
        except DatalabError as exc:
            return CheckResult(False, str(exc))
        return CheckResult(True, f"{self.name}: EDC Management API {self.options.api_version} at "
                           f"{self.options.management_url} reached provider {participant}: {len(datasets)} dataset(s)",
                           {"datasets": len(datasets), "participant_id": participant})

    def _poll(self, client: httpx.Client, kind: str, ident: str, goal: set[str], timeout: float) -> dict[str, Any]:
        """Poll `/{kind}/{id}/state` until a goal or TERMINATED; returns the full entity."""
        deadline = time.monotonic() + timeout
        delay = self.options.poll_interval
        state = None
        while True:
            body = self._call(client, "GET", f"/{kind}/{ident}/state", what=f"{kind} state")
            state = _state(body)
            if state in goal or state == "TERMINATED":
                return {**(self._call(client, "GET", f"/{kind}/{ident}", what=kind) or {}), "_state": state}
            if time.monotonic() > deadline:
                msg = (f"{self.name}: {kind} {ident} did not reach {'/'.join(sorted(goal))} within {timeout:g} s "
                       f"(last state {state}); raise the timeout or check the connectors' logs")
                raise ConnectorUnavailable(msg)
            time.sleep(delay)
            delay = min(delay * 2, 5.0)

    def plan(self, dataset_id: str | None = None, *, id_field: str = "id", text_field: str | None = "text") -> list[ReadTask]:
        dataset_id = dataset_id or self.options.dataset
        if not dataset_id:
            msg = f"{self.name}: which dataset? set the option `dataset` (or run `datalab pull {self.name} ID`)"
            raise SpecError(msg)
        o = self.options
        with self._client() as client:
            participant, datasets = self._catalog(client)
            ds = next((d for d in datasets if d.id == dataset_id), None)
            if ds is None:
                msg = (f"{self.name}: provider {o.counter_party_id} offers no dataset {dataset_id!r}; it offers: "
                       f"{', '.join(d.id for d in datasets[:20]) or 'none'}")
                raise ConnectorError(msg)
            check_licence(self.name, ds.id, ds.licence, o.allowed_licences)
            offer_id, _ = choose_offer(self.name, ds.id, [(x.id, x.plain) for x in ds.offers], o.allowed_policies, o.offer)
            offer = next(x for x in ds.offers if x.id == offer_id)
            policy = {k: v for k, v in offer.raw.items() if k != "@context"}
            policy = {**{("odrl:" + k[5:] if k.startswith("odrl:") else k): v for k, v in policy.items()}}
            policy.setdefault("@type", "odrl:Offer")
            if not any(ld.local(k) == "assigner" for k in policy):
                policy["odrl:assigner"] = {"@id": participant or o.counter_party_id}
            if not any(ld.local(k) == "target" for k in policy):
                policy["odrl:target"] = {"@id": ds.id}
            body = self._body("ContractRequest", counterPartyAddress=o.counter_party_address,
                              counterPartyId=o.counter_party_id, protocol=o.protocol, policy=policy)
            body["@context"] = {**EDC_VOCAB, "odrl": "http://www.w3.org/ns/odrl/2/"} if o.api_version == "v3" else [V4_CONTEXT]
            created = self._call(client, "POST", "/contractnegotiations", what="contract negotiation request", json=body)
            neg_id = _id(created)
            neg = self._poll(client, "contractnegotiations", neg_id, {"FINALIZED"}, o.negotiation_timeout)
            if neg["_state"] == "TERMINATED":
                msg = (f"{self.name}: the contract negotiation {neg_id} for {ds.id} was TERMINATED: "
                       f"{_field(neg, 'errorDetail') or 'no errorDetail given'}")
                raise PolicyRefused(msg)
            agreement_id = _field(neg, "contractAgreementId")
            body = self._body("TransferRequest", counterPartyAddress=o.counter_party_address, contractId=agreement_id,
                              protocol=o.protocol, transferType=o.transfer_type, connectorId=o.counter_party_id)
            created = self._call(client, "POST", "/transferprocesses", what="transfer request", json=body)
            tp_id = _id(created)
            tp = self._poll(client, "transferprocesses", tp_id, {"STARTED", "COMPLETED"}, o.transfer_timeout)
            if tp["_state"] == "TERMINATED":
                msg = f"{self.name}: the transfer process {tp_id} was TERMINATED: {_field(tp, 'errorDetail') or 'no errorDetail given'}"
                raise ConnectorError(msg)
            edr = self._edr(client, tp_id)
        prov = Provenance(connector=self.name, dataset_id=ds.id, distribution=f"edc:{tp_id}", licence=ds.licence,
                          policy=policy_text(agreement_id, offer.plain))
        return [ReadTask(uri=edr.endpoint or "", provenance=prov, params={
            "token": Redacted(edr.token) if edr.token else None, "transfer_process": tp_id, "api_key_ref": o.api_key, "id_field": id_field, "text_field": text_field,
            "format": o.format, "timeout": o.timeout, "max_bytes": o.max_bytes})]

    def _edr(self, client: httpx.Client, tp_id: str, *, refresh: bool = True) -> m.DataAddress:
        # the EDR cache API is v3 in every EDC release that has it (also next to v4)
        doc = self._call(client, "GET", f"/edrs/{tp_id}/dataaddress", what="EDR lookup", version="v3",
                         params={"auto_refresh": "true"} if refresh else None)
        da = m.parse_data_address(ld.expand(doc)[0] if doc else {})
        if da is None or not da.endpoint:
            msg = f"{self.name}: the EDR of transfer {tp_id} has no endpoint"
            raise ConnectorError(msg)
        return da

    # -- worker side -------------------------------------------------------------------------------

    def _headers(self, token: str | None) -> dict[str, str]:
        if not token:
            return {}
        raw = token[7:] if token.lower().startswith("bearer ") else token
        return {"Authorization": f"Bearer {raw}" if self.options.token_style == "bearer" else raw}

    def read(self, task: ReadTask, *, batch_rows: int) -> Iterator[BatchResult]:
        params = task.params
        with tempfile.TemporaryDirectory(prefix="datalab-edc-") as tmp:
            dest = f"{tmp}/payload"
            with make_client(timeout=params.get("timeout", 30.0)) as client:
                try:
                    got = download(client, task.uri, dest, connector=self.name, headers=self._headers(params.get("token")),
                                   max_bytes=params.get("max_bytes"), what="data-plane download")
                except ConnectorAuthError:
                    with self._client(params.get("api_key_ref")) as mgmt:  # EDR tokens expire (~300 s): refresh once
                        edr = self._edr(mgmt, params["transfer_process"])
                    try:
                        got = download(client, edr.endpoint or task.uri, dest, connector=self.name,
                                       headers=self._headers(edr.token), max_bytes=params.get("max_bytes"),
                                       what="data-plane download")
                    except ConnectorAuthError as exc:
                        msg = (f"{self.name}: the data plane refused the EDR token of transfer {params['transfer_process']} "
                               f"even after a refresh (token expired or revoked): {exc}")
                        raise ConnectorAuthError(msg) from exc
            fmt = format_from(option=params.get("format", "auto"), media_type=got.content_type, path=dest)
            first = True
            for result in read_payload(dest, fmt, uri=f"edc://{task.provenance.dataset_id}", provenance=task.provenance,
                                       batch_rows=batch_rows, id_field=params.get("id_field", "id"),
                                       text_field=params.get("text_field")):
                if first:
                    result.stats["downloads"] = [{"dataset_id": task.provenance.dataset_id, "bytes": got.bytes,
                                                  "sha256": got.sha256, "content_type": got.content_type}]
                    first = False
                yield result


def _expanded(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        return {}
    out = ld.expand(body)
    return out[0] if out else {}


def _state(body: Any) -> str | None:
    return ld.name(_expanded(body), "state") if body else None


def _field(body: dict[str, Any], term: str) -> str | None:
    return ld.text(_expanded({k: v for k, v in body.items() if k != "_state"}), term)


def _id(body: Any) -> str:
    if isinstance(body, dict) and body.get("@id"):
        return str(body["@id"])
    msg = f"the EDC answered without an `@id`: {str(body)[:200]}"
    raise ConnectorError(msg)
