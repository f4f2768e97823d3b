"""A protocol-accurate DSP provider with a data plane, for tests and demos (not production).

It speaks DSP 2025-1 and 2024-1 over the HTTPS binding (plain HTTP on 127.0.0.1 here):
version discovery, catalogue with `Link` paging and gzip, contract negotiation and transfer
process state machines with the provider's *asynchronous* callbacks to the consumer, a data plane
that checks the token (raw or `Bearer`), expires it, and supports `Range`. Every message it
receives and sends is validated against the official schemas; violations are recorded in
`schema_violations` (and answered 400 for received messages), so it keeps consumers honest.

Scenarios (from the DSP TCK consumer suites) are chosen per provider or per dataset:
`negotiation`: `agree` (request -> agreement -> verification -> FINALIZED, EDC's usual path),
`offer` (request -> provider offer -> consumer ACCEPTED -> agreement -> ... -> FINALIZED),
`terminate` (provider terminates with `reason`), `terminate_after_verification` (the provider
terminates instead of finalising), `offer_then_terminate` (the provider's offer is accepted,
then it terminates), `finalize_early` (negative: FINALIZED sent before the agreement); `transfer`: `start`, `terminate`, `complete_early` (negative).

`datalab dev dsp-provider --data PATH` serves a folder this way: one dataset per file.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from connectors.dsp import messages as m
from connectors.dsp import schemas
from connectors.dsp import state as sm
from connectors.dsp.server import JsonServer, Request, Response

HTTP_PULL = "HttpData-PULL"


@dataclass
class ProviderDataset:
    id: str
    path: str
    title: str | None = None
    description: str | None = None
    media_type: str | None = None
    licence: str | None = None
    permission: list[dict[str, Any]] = field(default_factory=lambda: [{"action": "use"}])
    offer_id: str | None = None
    negotiation: str | None = None
    transfer: str | None = None
    reason: str = "Policy violation: the consumer is not a member of this data space"

    def __post_init__(self) -> None:
        self.offer_id = self.offer_id or f"{self.id}:offer"
        if not self.media_type:
            self.media_type = _media_type(self.path)


def _media_type(path: str) -> str:
    suffix = Path(path).suffix.lower()
    return {".jsonl": "application/x-ndjson", ".ndjson": "application/x-ndjson", ".parquet": "application/vnd.apache.parquet",
            ".csv": "text/csv", ".json": "application/json"}.get(suffix) or mimetypes.guess_type(path)[0] or "application/octet-stream"


def datasets_from_folder(folder: str | Path, *, licence: str | None = None) -> list[ProviderDataset]:
    """One dataset per data file of `folder` (id `urn:datalab:dataset:<stem>`)."""
    folder = Path(folder)
    files = [folder] if folder.is_file() else sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    out = []
    for p in files:
        if p.suffix.lower() not in (".csv", ".jsonl", ".ndjson", ".json", ".parquet"):
            continue
        out.append(ProviderDataset(id=f"urn:datalab:dataset:{p.stem}", path=str(p), title=p.stem.replace("_", " "),
                                   licence=licence))
    return out


@dataclass
class _Negotiation:
    provider_pid: str
    consumer_pid: str
    callback: str
    dataset: ProviderDataset
    version: str
    state: str = "REQUESTED"
    agreement_id: str | None = None


@dataclass
class _Transfer:
    provider_pid: str
    consumer_pid: str
    callback: str
    agreement_id: str
    dataset: ProviderDataset
    version: str
    state: str = "REQUESTED"
    token: str = ""
    issued: float = 0.0


class DspTestProvider:
    """A DSP provider on 127.0.0.1 (see the module docstring). Use as a context manager."""

    def __init__(
        self,
        datasets: list[ProviderDataset],
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        participant_id: str = "urn:datalab:test-provider",
        versions: tuple[str, ...] = ("2025-1", "2024-1"),
        edc_version_spelling: bool = False,
        auth_token: str | None = None,
        page_size: int | None = None,
        gzip: bool = True,
        negotiation: str = "agree",
        transfer: str = "start",
        data_address_style: str = "spec",
        token_style: str = "bearer",
        token_ttl: float | None = None,
        callback_delay: float = 0.02,
    ) -> None:
        self.datasets = {d.id: d for d in datasets}
        self.participant_id = participant_id
        self.versions = versions
        self.edc_version_spelling = edc_version_spelling
        self.auth_token = auth_token
        self.page_size = page_size
        self.negotiation_scenario = negotiation
        self.transfer_scenario = transfer
        self.data_address_style = data_address_style
        self.token_style = token_style
        self.token_ttl = token_ttl
        self.callback_delay = callback_delay
        self.negotiations: dict[str, _Negotiation] = {}
        self.transfers: dict[str, _Transfer] = {}
        self.schema_violations: list[str] = []
        self.callback_errors: list[str] = []
        self.received: list[str] = []
        self.data_requests: list[dict[str, str]] = []
        self.lock = threading.RLock()
        self.http = httpx.Client(timeout=10)  # one client (and TLS context) for every callback
        self.server = JsonServer(host, port, gzip_responses=gzip)
        s = self.server
        s.route("GET", "/.well-known/dspace-version", self._versions)
        for v in versions:
            b = self.base_path(v)
            s.route("POST", f"{b}/catalog/request", lambda r, v=v: self._catalog(r, v))
            s.route("GET", f"{b}/catalog/datasets/{{id}}", lambda r, v=v: self._dataset(r, v))
            s.route("POST", f"{b}/negotiations/request", lambda r, v=v: self._negotiation_request(r, v))
            s.route("GET", f"{b}/negotiations/{{pid}}", lambda r, v=v: self._negotiation_get(r, v))
            s.route("POST", f"{b}/negotiations/{{pid}}/request", lambda r, v=v: self._negotiation_msg(r, v, "ContractRequestMessage"))
            s.route("POST", f"{b}/negotiations/{{pid}}/events", lambda r, v=v: self._negotiation_msg(r, v, "event"))
            s.route("POST", f"{b}/negotiations/{{pid}}/agreement/verification",
                    lambda r, v=v: self._negotiation_msg(r, v, "ContractAgreementVerificationMessage"))
            s.route("POST", f"{b}/negotiations/{{pid}}/termination",
                    lambda r, v=v: self._negotiation_msg(r, v, "ContractNegotiationTerminationMessage"))
            s.route("POST", f"{b}/transfers/request", lambda r, v=v: self._transfer_request(r, v))
            s.route("GET", f"{b}/transfers/{{pid}}", lambda r, v=v: self._transfer_get(r, v))
            for action, kind in (("completion", "TransferCompletionMessage"), ("termination", "TransferTerminationMessage"),
                                 ("suspension", "TransferSuspensionMessage"), ("start", "TransferStartMessage")):
                s.route("POST", f"{b}/transfers/{{pid}}/{action}", lambda r, v=v, k=kind: self._transfer_msg(r, v, k))
        s.route("GET", "/public/{tpid}", self._data)

    # -- lifecycle --------------------------------------------------------------------------------

    @staticmethod
    def base_path(version: str) -> str:
        return f"/dsp/{version}"

    @property
    def url(self) -> str:
        return self.server.url

    def start(self) -> DspTestProvider:
        self.server.start()
        return self

    def stop(self) -> None:
        self.server.stop()
        self.http.close()

    def __enter__(self) -> DspTestProvider:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # -- helpers ------------------------------------------------------------------------------------

    def _authorised(self, req: Request) -> bool:
        return self.auth_token is None or req.headers.get("Authorization") == self.auth_token

    def _check(self, message: dict[str, Any], version: str, direction: str) -> list[str]:
        problems = schemas.errors(message, version)
        if problems:
            with self.lock:
                self.schema_violations.append(f"{direction} {schemas.message_type(message)}: {problems[:3]}")
        return problems

    def _receive(self, req: Request, version: str, expected: str) -> tuple[dict[str, Any] | None, Response | None]:
        try:
            body = req.json()
        except ValueError:
            return None, Response(400, m.Dialect(version).error("ContractNegotiationError", code="400", reason="body is not JSON"))
        kind = schemas.message_type(body) if isinstance(body, dict) else ""
        self.received.append(kind)
        err_kind = "TransferError" if kind.startswith("Transfer") else "CatalogError" if kind.startswith("Catalog") else "ContractNegotiationError"
        if kind != expected:
            return None, Response(400, m.Dialect(version).error(err_kind, code="400", reason=f"expected a {expected}, got {kind!r}"))
        problems = self._check(body, version, "received")
        if problems:
            return None, Response(400, m.Dialect(version).error(err_kind, code="400", reason=f"invalid {kind}: {problems[0]}"))
        return body, None

    def _send(self, url: str, message: dict[str, Any], version: str) -> None:
        """POST a message to the consumer's callback (after a short delay, like a real provider)."""
        time.sleep(self.callback_delay)
        self._check(message, version, "sent")
        try:
            resp = self.http.post(url, json=message)
            if resp.status_code >= 300:
                with self.lock:
                    self.callback_errors.append(f"{url} -> {resp.status_code} {resp.text[:200]}")
        except httpx.HTTPError as exc:
            with self.lock:
                self.callback_errors.append(f"{url} -> {exc}")

    def _versions(self, req: Request) -> Response:
        items = []
        for v in self.versions:
            spelled = v.replace("-", "/") if self.edc_version_spelling and v == "2024-1" else v
            items.append({"version": spelled, "path": self.base_path(v), "binding": "HTTPS",
                          "serviceId": "datalab-test-provider"})
        return Response(200, {"protocolVersions": items})

    # -- catalogue ----------------------------------------------------------------------------------

    def offer(self, ds: ProviderDataset, version: str) -> dict[str, Any]:
        if version == "2025-1":
            return {"@id": ds.offer_id, "@type": "Offer", "permission": ds.permission}
        perms = [{f"odrl:{k}": (f"odrl:{v}" if k == "action" else v) for k, v in p.items()} for p in ds.permission]
        return {"@id": ds.offer_id, "@type": "odrl:Offer", "odrl:assigner": self.participant_id, "odrl:permission": perms}

    def dataset_json(self, ds: ProviderDataset, version: str, service_id: str) -> dict[str, Any]:
        if version == "2025-1":
            out: dict[str, Any] = {"@id": ds.id, "@type": "Dataset", "hasPolicy": [self.offer(ds, version)],
                                   "distribution": [{"@type": "Distribution", "format": HTTP_PULL,
                                                     "accessService": service_id}]}
            if ds.title:
                out["dct:title"] = ds.title
            if ds.description:
                out["dct:description"] = ds.description
            if ds.licence:
                out["dct:license"] = ds.licence
            out["dcat:mediaType"] = ds.media_type
            return out
        out = {"@id": ds.id, "@type": "dcat:Dataset", "odrl:hasPolicy": [self.offer(ds, version)],
               "dcat:distribution": [{"@type": "dcat:Distribution", "dct:format": HTTP_PULL,
                                      "dcat:accessService": [{"@id": service_id, "@type": "dcat:DataService",
                                                              "dcat:endpointURL": self.url + self.base_path(version)}]}]}
        if ds.title:
            out["dct:title"] = ds.title
        if ds.description:
            out["dct:description"] = [{"@value": ds.description, "@language": "en"}]
        if ds.licence:
            out["dct:license"] = ds.licence
        out["dcat:mediaType"] = ds.media_type
        return out

    def _catalog(self, req: Request, version: str) -> Response:
        d = m.Dialect(version)
        if not self._authorised(req):
            return Response(401, d.error("CatalogError", code="401", reason="unauthorised: missing or wrong Authorization"))
        body, err = self._receive(req, version, "CatalogRequestMessage")
        if err:
            return err
        if body.get(d.key("filter")):
            return Response(400, d.error("CatalogError", code="400", reason="filters are not supported"))
        items = list(self.datasets.values())
        start = int(req.query.get("continuationToken", "0") or 0)
        headers = {}
        if self.page_size:
            page = items[start:start + self.page_size]
            if start + self.page_size < len(items):
                headers["Link"] = f'<{self.url}{self.base_path(version)}/catalog/request?continuationToken={start + self.page_size}>; rel="next"'
            if start:
                headers["Link"] = ", ".join(filter(None, [headers.get("Link"), f'<{self.url}{self.base_path(version)}/catalog/request?continuationToken={max(0, start - self.page_size)}>; rel="previous"']))
        else:
            page = items
        service_id = "urn:datalab:test-provider:dsp"
        if version == "2025-1":
            cat = {"@context": d.context, "@id": "urn:datalab:test-provider:catalog", "@type": "Catalog",
                   "participantId": self.participant_id,
                   "service": [{"@id": service_id, "@type": "DataService", "endpointURL": self.url + self.base_path(version)}],
                   "dataset": [self.dataset_json(x, version, service_id) for x in page]}
        else:
            cat = {"@context": d.context, "@id": "urn:datalab:test-provider:catalog", "@type": "dcat:Catalog",
                   "dspace:participantId": self.participant_id,
                   "dcat:service": [{"@id": service_id, "@type": "dcat:DataService",
                                     "dcat:endpointURL": self.url + self.base_path(version)}],
                   "dcat:dataset": [self.dataset_json(x, version, service_id) for x in page]}
        self._check(cat, version, "sent")
        return Response(200, cat, headers)

    def _dataset(self, req: Request, version: str) -> Response:
        d = m.Dialect(version)
        ds = self.datasets.get(req.params["id"])
        if ds is None or not self._authorised(req):
            return Response(404, d.error("CatalogError", code="404", reason="unknown dataset"))
        body = {"@context": d.context, **self.dataset_json(ds, version, "urn:datalab:test-provider:dsp")}
        return Response(200, body)

    # -- negotiation --------------------------------------------------------------------------------

    def _scenario(self, ds: ProviderDataset, kind: str) -> str:
        return (ds.negotiation if kind == "negotiation" else ds.transfer) or (
            self.negotiation_scenario if kind == "negotiation" else self.transfer_scenario)

    def _negotiation_request(self, req: Request, version: str) -> Response:
        d = m.Dialect(version)
        if not self._authorised(req):
            return Response(404, d.error("ContractNegotiationError", code="404", reason="unknown negotiation"))
        body, err = self._receive(req, version, "ContractRequestMessage")
        if err:
            return err
        msg = m.read_message(body)
        from connectors.dsp import jsonld as ld

        offers = ld.nodes(msg.node, "offer")
        offer_id = ld.ident(offers[0]) if offers else None
        target = ld.text(offers[0], "target") if offers else None
        ds = next((x for x in self.datasets.values() if x.offer_id == offer_id), None)
        callback = ld.text(msg.node, "callbackAddress")
        if ds is None or (target and target != ds.id):
            return Response(400, d.error("ContractNegotiationError", code="400", consumer_pid=msg.consumer_pid,
                                         reason=f"offer {offer_id!r} is not an offer of this catalogue for target {target!r}"))
        if msg.provider_pid:  # a counter-offer to an existing negotiation
            return self._negotiation_msg(req, version, "ContractRequestMessage")
        neg = _Negotiation(f"urn:uuid:{uuid.uuid4()}", msg.consumer_pid or "", callback or "", ds, version)
        with self.lock:
            self.negotiations[neg.provider_pid] = neg
        reply = d.negotiation(provider_pid=neg.provider_pid, consumer_pid=neg.consumer_pid, state="REQUESTED")
        self._check(reply, version, "sent")
        return Response(201, reply, after=lambda: self._drive_negotiation(neg))

    def _cb(self, neg: _Negotiation | _Transfer, path: str) -> str:
        return f"{neg.callback.rstrip('/')}/{path}"

    def _drive_negotiation(self, neg: _Negotiation) -> None:
        d = m.Dialect(neg.version)
        scenario = self._scenario(neg.dataset, "negotiation")
        if scenario == "terminate":
            neg.state = "TERMINATED"
            self._send(self._cb(neg, f"negotiations/{neg.consumer_pid}/termination"),
                       d.negotiation_termination(provider_pid=neg.provider_pid, consumer_pid=neg.consumer_pid,
                                                 code="policy", reason=neg.dataset.reason), neg.version)
        elif scenario in ("offer", "offer_then_terminate"):
            neg.state = "OFFERED"
            self._send(self._cb(neg, f"negotiations/{neg.consumer_pid}/offers"),
                       d.message("ContractOfferMessage", providerPid=neg.provider_pid, consumerPid=neg.consumer_pid,
                                 offer={**self.offer(neg.dataset, neg.version), ("target" if neg.version == "2025-1" else "odrl:target"): neg.dataset.id}),
                       neg.version)
        elif scenario == "finalize_early":
            self._send(self._cb(neg, f"negotiations/{neg.consumer_pid}/events"),
                       d.event(provider_pid=neg.provider_pid, consumer_pid=neg.consumer_pid, event="FINALIZED"), neg.version)
            self._send_agreement(neg)
        else:
            self._send_agreement(neg)

    def _send_agreement(self, neg: _Negotiation) -> None:
        d = m.Dialect(neg.version)
        neg.agreement_id = f"urn:uuid:{uuid.uuid4()}"
        neg.state = "AGREED"
        ts = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        if neg.version == "2025-1":
            agreement = {"@id": neg.agreement_id, "@type": "Agreement", "target": neg.dataset.id, "timestamp": ts,
                         "assigner": self.participant_id, "assignee": "urn:datalab:consumer", "permission": neg.dataset.permission}
        else:
            perms = [{f"odrl:{k}": (f"odrl:{v}" if k == "action" else v) for k, v in p.items()} for p in neg.dataset.permission]
            agreement = {"@id": neg.agreement_id, "@type": "odrl:Agreement", "odrl:target": neg.dataset.id,
                         "dspace:timestamp": ts, "odrl:assigner": self.participant_id,
                         "odrl:assignee": "urn:datalab:consumer", "odrl:permission": perms}
        msg = d.message("ContractAgreementMessage", providerPid=neg.provider_pid, consumerPid=neg.consumer_pid,
                        agreement=agreement, callbackAddress=self.url + self.base_path(neg.version))
        self._send(self._cb(neg, f"negotiations/{neg.consumer_pid}/agreement"), msg, neg.version)

    def _negotiation_get(self, req: Request, version: str) -> Response:
        d = m.Dialect(version)
        neg = self.negotiations.get(req.params["pid"])
        if neg is None or not self._authorised(req):
            return Response(404, d.error("ContractNegotiationError", code="404", reason="unknown negotiation"))
        return Response(200, d.negotiation(provider_pid=neg.provider_pid, consumer_pid=neg.consumer_pid, state=neg.state))

    def _negotiation_msg(self, req: Request, version: str, kind: str) -> Response:
        d = m.Dialect(version)
        neg = self.negotiations.get(req.params.get("pid", ""))
        if neg is None or not self._authorised(req):
            return Response(404, d.error("ContractNegotiationError", code="404", reason="unknown negotiation"))
        expected = "ContractNegotiationEventMessage" if kind == "event" else kind
        body, err = self._receive(req, version, expected)
        if err:
            return err
        msg = m.read_message(body)
        move = msg.event if kind == "event" else kind
        nxt = sm.move(sm.CONSUMER_NEGOTIATION_MOVES, neg.state, move or "")
        if nxt is None:
            return Response(400, d.error("ContractNegotiationError", code="400", provider_pid=neg.provider_pid,
                                         consumer_pid=neg.consumer_pid, reason=f"{move} not allowed in state {neg.state}"))
        neg.state = nxt
        after = None
        if nxt == "ACCEPTED" and self._scenario(neg.dataset, "negotiation") == "offer_then_terminate":
            def withdraw() -> None:
                neg.state = "TERMINATED"
                self._send(self._cb(neg, f"negotiations/{neg.consumer_pid}/termination"),
                           d.negotiation_termination(provider_pid=neg.provider_pid, consumer_pid=neg.consumer_pid,
                                                     code="withdrawn", reason=neg.dataset.reason), version)
            after = withdraw
        elif nxt == "ACCEPTED":
            after = lambda: self._send_agreement(neg)  # noqa: E731
        elif nxt == "VERIFIED" and self._scenario(neg.dataset, "negotiation") == "terminate_after_verification":
            def terminate() -> None:
                neg.state = "TERMINATED"
                self._send(self._cb(neg, f"negotiations/{neg.consumer_pid}/termination"),
                           d.negotiation_termination(provider_pid=neg.provider_pid, consumer_pid=neg.consumer_pid,
                                                     code="revoked", reason=neg.dataset.reason), version)
            after = terminate
        elif nxt == "VERIFIED":
            def finalize() -> None:
                neg.state = "FINALIZED"
                self._send(self._cb(neg, f"negotiations/{neg.consumer_pid}/events"),
                           d.event(provider_pid=neg.provider_pid, consumer_pid=neg.consumer_pid, event="FINALIZED"), version)
            after = finalize
        elif nxt == "REQUESTED":  # counter-offer: this provider does not negotiate, it terminates
            def refuse() -> None:
                neg.state = "TERMINATED"
                self._send(self._cb(neg, f"negotiations/{neg.consumer_pid}/termination"),
                           d.negotiation_termination(provider_pid=neg.provider_pid, consumer_pid=neg.consumer_pid,
                                                     code="counter-offer", reason="counter-offers are not accepted"), version)
            after = refuse
        return Response(200, after=after)

    # -- transfer -----------------------------------------------------------------------------------

    def _transfer_request(self, req: Request, version: str) -> Response:
        d = m.Dialect(version)
        if not self._authorised(req):
            return Response(404, d.error("TransferError", code="404", reason="unknown transfer"))
        body, err = self._receive(req, version, "TransferRequestMessage")
        if err:
            return err
        msg = m.read_message(body)
        from connectors.dsp import jsonld as ld

        agreement_id = ld.text(msg.node, "agreementId")
        fmt = ld.text(msg.node, "format")
        neg = next((n for n in self.negotiations.values() if n.agreement_id == agreement_id), None)
        if neg is None or neg.state != "FINALIZED":
            return Response(400, d.error("TransferError", code="400", consumer_pid=msg.consumer_pid,
                                         reason=f"agreement {agreement_id!r} is unknown or not FINALIZED"))
        if fmt and ld.local(fmt) != HTTP_PULL:
            return Response(400, d.error("TransferError", code="400", consumer_pid=msg.consumer_pid,
                                         reason=f"format {fmt!r} is not offered (only {HTTP_PULL})"))
        with self.lock:
            existing = next((t for t in self.transfers.values() if t.consumer_pid == msg.consumer_pid), None)
            if existing:  # idempotent on consumerPid
                return Response(201, d.transfer_process(provider_pid=existing.provider_pid,
                                                        consumer_pid=existing.consumer_pid, state=existing.state))
            tp = _Transfer(f"urn:uuid:{uuid.uuid4()}", msg.consumer_pid or "", ld.text(msg.node, "callbackAddress") or "",
                           agreement_id or "", neg.dataset, version)
            self.transfers[tp.provider_pid] = tp
        reply = d.transfer_process(provider_pid=tp.provider_pid, consumer_pid=tp.consumer_pid, state="REQUESTED")
        return Response(201, reply, after=lambda: self._drive_transfer(tp))

    def data_address(self, tp: _Transfer) -> dict[str, Any]:
        d = m.Dialect(tp.version)
        endpoint = f"{self.url}/public/{tp.provider_pid.rsplit(':', 1)[-1]}"
        token = tp.token
        k = d.key
        if self.data_address_style == "edc":
            edc = "https://w3id.org/edc/v0.0.1/ns/"
            props = [(f"{edc}endpoint", endpoint), (f"{edc}authorization", token),
                     (f"{edc}authType", "bearer" if self.token_style == "bearer" else "header")]
            return {"@type": d.type("DataAddress"), k("endpointType"): "https://w3id.org/idsa/v4.1/HTTP",
                    k("endpointProperties"): [{"@type": d.type("EndpointProperty"), k("name"): n, k("value"): v} for n, v in props]}
        props = [("authorization", token)]
        if self.token_style == "bearer":
            props.append(("authType", "bearer"))
        if self.token_ttl:
            props.append(("expiresIn", str(int(self.token_ttl))))
        return {"@type": d.type("DataAddress"), k("endpointType"): "https://w3id.org/idsa/v4.1/HTTP", k("endpoint"): endpoint,
                k("endpointProperties"): [{"@type": d.type("EndpointProperty"), k("name"): n, k("value"): v} for n, v in props]}

    def _drive_transfer(self, tp: _Transfer) -> None:
        d = m.Dialect(tp.version)
        scenario = self._scenario(tp.dataset, "transfer")
        if scenario == "terminate":
            tp.state = "TERMINATED"
            self._send(self._cb(tp, f"transfers/{tp.consumer_pid}/termination"),
                       d.transfer_termination(provider_pid=tp.provider_pid, consumer_pid=tp.consumer_pid,
                                              code="provider", reason=tp.dataset.reason), tp.version)
            return
        if scenario == "complete_early":
            self._send(self._cb(tp, f"transfers/{tp.consumer_pid}/completion"),
                       d.transfer_completion(provider_pid=tp.provider_pid, consumer_pid=tp.consumer_pid), tp.version)
        tp.token = f"tok-{uuid.uuid4().hex}"
        tp.issued = time.monotonic()
        tp.state = "STARTED"
        msg = d.message("TransferStartMessage", providerPid=tp.provider_pid, consumerPid=tp.consumer_pid,
                        dataAddress=self.data_address(tp))
        self._send(self._cb(tp, f"transfers/{tp.consumer_pid}/start"), msg, tp.version)

    def _transfer_get(self, req: Request, version: str) -> Response:
        d = m.Dialect(version)
        tp = self.transfers.get(req.params["pid"])
        if tp is None or not self._authorised(req):
            return Response(404, d.error("TransferError", code="404", reason="unknown transfer"))
        return Response(200, d.transfer_process(provider_pid=tp.provider_pid, consumer_pid=tp.consumer_pid, state=tp.state))

    def _transfer_msg(self, req: Request, version: str, kind: str) -> Response:
        d = m.Dialect(version)
        tp = self.transfers.get(req.params["pid"])
        if tp is None or not self._authorised(req):
            return Response(404, d.error("TransferError", code="404", reason="unknown transfer"))
        _, err = self._receive(req, version, kind)
        if err:
            return err
        nxt = sm.move(sm.TRANSFER_MOVES, tp.state, kind)
        if nxt is None:
            return Response(400, d.error("TransferError", code="400", provider_pid=tp.provider_pid, consumer_pid=tp.consumer_pid,
                                         reason=f"{kind} not allowed in state {tp.state}"))
        tp.state = nxt
        return Response(200)

    # -- data plane ---------------------------------------------------------------------------------

    def _data(self, req: Request) -> Response:
        tp = next((t for t in self.transfers.values() if t.provider_pid.endswith(req.params["tpid"])), None)
        if tp is None:
            return Response(404, {"message": "unknown transfer"})
        given = req.headers.get("Authorization") or ""
        self.data_requests.append({"authorization": given, "range": req.headers.get("Range") or ""})
        expected = f"Bearer {tp.token}" if self.token_style == "bearer" else tp.token
        if given != expected:
            return Response(401, {"message": "missing or wrong token" + (" (expected the Bearer scheme)" if self.token_style == "bearer" else " (send the token raw, without Bearer)")})
        if tp.state != "STARTED":
            return Response(403, {"message": f"transfer is {tp.state}"})
        if self.token_ttl is not None and time.monotonic() - tp.issued > self.token_ttl:
            return Response(401, {"message": "token expired"})
        data = Path(tp.dataset.path).read_bytes()
        headers = {"Content-Type": tp.dataset.media_type or "application/octet-stream", "Accept-Ranges": "bytes",
                   "ETag": hashlib.sha256(data).hexdigest()[:16]}
        rng = req.headers.get("Range")
        if rng and rng.startswith("bytes="):
            start = int(rng[6:].split("-", 1)[0] or 0)
            headers["Content-Range"] = f"bytes {start}-{len(data) - 1}/{len(data)}"
            return Response(206, raw=data[start:], headers=headers)
        return Response(200, raw=data, headers=headers)


def main(data: str, *, host: str = "127.0.0.1", port: int = 0, licence: str | None = None,
         auth_token: str | None = None) -> None:  # pragma: no cover - interactive
    provider = DspTestProvider(datasets_from_folder(data, licence=licence), host=host, port=port, auth_token=auth_token)
    provider.start()
    print(json.dumps({"endpoint": provider.url, "datasets": list(provider.datasets)}))
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        provider.stop()
