"""A fake EDC Management API (v3, and v4 paths) with its own data plane, moving negotiations and
transfer processes through EDC's states as they are polled, answering in EDC's compaction
(`@vocab` edc, `dcat:`/`odrl:` prefixes, collapsed single-element arrays, or `edc:`-prefixed keys)."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from connectors.dsp.server import JsonServer, Request, Response

CTX = {"@vocab": "https://w3id.org/edc/v0.0.1/ns/", "edc": "https://w3id.org/edc/v0.0.1/ns/",
       "dct": "https://purl.org/dc/terms/", "dcat": "https://www.w3.org/ns/dcat/", "odrl": "http://www.w3.org/ns/odrl/2/",
       "dspace": "https://w3id.org/dspace/2025/1/"}
NEGOTIATION_PATH = ["REQUESTING", "REQUESTED", "AGREED", "VERIFIED", "FINALIZED"]
TRANSFER_PATH = ["INITIAL", "REQUESTING", "REQUESTED", "STARTED"]


@dataclass
class Asset:
    id: str
    path: str
    licence: str | None = None
    negotiation: str = "agree"  # agree | terminate
    transfer: str = "start"  # start | terminate
    error_detail: str = "Contract offer is not valid: policy-01-policy-enforcement failed"
    offer_id: str = ""

    def __post_init__(self) -> None:
        self.offer_id = self.offer_id or f"MQ==:{self.id}:offer"


@dataclass
class _Entity:
    id: str
    kind: str
    path: list[str]
    asset: Asset
    step: int = 0
    state_key: str = "state"
    extra: dict[str, Any] = field(default_factory=dict)


class FakeEdc:
    def __init__(self, assets: list[Asset], *, api_key: str = "mgmt-key", counter_party_id: str = "BPNL000PROVIDER",
                 style: str = "vocab", credentials_ok: bool = True, token_ttl: float | None = None) -> None:
        self.assets = {a.id: a for a in assets}
        self.api_key = api_key
        self.counter_party_id = counter_party_id
        self.style = style
        self.credentials_ok = credentials_ok
        self.token_ttl = token_ttl
        self.entities: dict[str, _Entity] = {}
        self.tokens: dict[str, tuple[str, float]] = {}
        self.requests: list[tuple[str, str, Any]] = []
        self.server = JsonServer()
        s = self.server
        for v in ("v3", "v4"):
            s.route("POST", f"/management/{v}/catalog/request", lambda r, v=v: self._catalog(r, v))
            s.route("POST", f"/management/{v}/contractnegotiations", lambda r, v=v: self._create(r, "negotiation", v))
            s.route("GET", f"/management/{v}/contractnegotiations/{{id}}/state", lambda r: self._state(r, "negotiation"))
            s.route("GET", f"/management/{v}/contractnegotiations/{{id}}", lambda r: self._get(r, "negotiation"))
            s.route("POST", f"/management/{v}/transferprocesses", lambda r, v=v: self._create(r, "transfer", v))
            s.route("GET", f"/management/{v}/transferprocesses/{{id}}/state", lambda r: self._state(r, "transfer"))
            s.route("GET", f"/management/{v}/transferprocesses/{{id}}", lambda r: self._get(r, "transfer"))
        s.route("GET", "/management/v3/edrs/{id}/dataaddress", self._edr)
        s.route("GET", "/public/{tp}", self._data)

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def management_url(self) -> str:
        return f"{self.url}/management"

    def __enter__(self) -> FakeEdc:
        self.server.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.stop()

    def _denied(self, req: Request) -> Response | None:
        if req.headers.get("X-Api-Key") != self.api_key:
            return Response(401, [{"message": "Request could not be authenticated", "type": "AuthenticationFailed"}])
        return None

    def _key(self, name: str) -> str:
        return f"edc:{name}" if self.style == "prefixed" else name

    def _catalog(self, req: Request, version: str) -> Response:
        if (denied := self._denied(req)) is not None:
            return denied
        body = req.json()
        self.requests.append(("catalog", version, body))
        if version == "v4" and "https://w3id.org/edc/connector/management/v2" not in (body.get("@context") or []):
            return Response(400, [{"message": "@context must contain https://w3id.org/edc/connector/management/v2", "type": "ValidationFailure"}])
        if not self.credentials_ok:
            return Response(502, [{"message": "Unable to obtain credentials: Empty optional", "type": "BadGateway"}])
        datasets = []
        for a in self.assets.values():
            ds = {"@id": a.id, "@type": "dcat:Dataset",
                  "odrl:hasPolicy": {"@id": a.offer_id, "@type": "odrl:Offer", "odrl:permission": {"odrl:action": {"@id": "odrl:use"}},
                                     "odrl:prohibition": [], "odrl:obligation": [], "odrl:target": {"@id": a.id}},
                  "dcat:distribution": [{"@type": "dcat:Distribution", "dct:format": {"@id": "HttpData-PULL"},
                                         "dcat:accessService": "svc"}],
                  "id": a.id, "contenttype": "text/csv"}
            if a.licence:
                ds["dct:license"] = a.licence
            datasets.append(ds)
        catalog = {"@id": str(uuid.uuid4()), "@type": "dcat:Catalog",
                   "dcat:dataset": datasets[0] if len(datasets) == 1 else datasets,
                   "dcat:service": {"@id": "svc", "@type": "dcat:DataService", "dct:endpointUrl": body.get("counterPartyAddress")},
                   "participantId" if self.style == "vocab" else "dspace:participantId": self.counter_party_id, "@context": CTX}
        return Response(200, catalog)

    def _create(self, req: Request, kind: str, version: str) -> Response:
        if (denied := self._denied(req)) is not None:
            return denied
        body = req.json()
        self.requests.append((kind, version, body))
        if kind == "negotiation":
            policy = body.get("policy") or {}
            asset_id = policy.get("odrl:target") or policy.get("target")
            asset_id = asset_id.get("@id") if isinstance(asset_id, dict) else asset_id
            asset = self.assets.get(asset_id or "")
            if asset is None or policy.get("@id") != asset.offer_id:
                return Response(400, [{"message": f"policy {policy.get('@id')} does not match any offer", "type": "InvalidRequest"}])
            ent = _Entity(str(uuid.uuid4()), kind, NEGOTIATION_PATH, asset)
        else:
            neg = next((e for e in self.entities.values() if e.extra.get("agreement") == body.get("contractId")), None)
            if neg is None:
                return Response(400, [{"message": f"unknown contract {body.get('contractId')}", "type": "InvalidRequest"}])
            ent = _Entity(str(uuid.uuid4()), kind, TRANSFER_PATH, neg.asset)
        self.entities[ent.id] = ent
        return Response(200, {"@context": CTX, "@type": "IdResponse", "@id": ent.id, "createdAt": int(time.time() * 1000)})

    def _advance(self, ent: _Entity) -> str:
        fail = (ent.kind == "negotiation" and ent.asset.negotiation == "terminate") or (
            ent.kind == "transfer" and ent.asset.transfer == "terminate")
        if fail and ent.step >= 1:
            ent.extra["state"] = "TERMINATED"
            return "TERMINATED"
        ent.step = min(ent.step + 1, len(ent.path) - 1)
        state = ent.path[ent.step]
        if state == "FINALIZED":
            ent.extra.setdefault("agreement", str(uuid.uuid4()))
        if state == "STARTED" and ent.id not in self.tokens:
            self.tokens[ent.id] = (f"eyJ{uuid.uuid4().hex}", time.monotonic())
        ent.extra["state"] = state
        return state

    def _state(self, req: Request, kind: str) -> Response:
        if (denied := self._denied(req)) is not None:
            return denied
        ent = self.entities.get(req.params["id"])
        if ent is None or ent.kind != kind:
            return Response(404, [{"message": "Object not found", "type": "ObjectNotFound"}])
        state = ent.extra["state"] if ent.extra.get("state") in ("TERMINATED", ent.path[-1]) else self._advance(ent)
        return Response(200, {"@context": CTX, "@type": "edc:NegotiationState" if kind == "negotiation" else "TransferState",
                              self._key("state"): state})

    def _get(self, req: Request, kind: str) -> Response:
        if (denied := self._denied(req)) is not None:
            return denied
        ent = self.entities.get(req.params["id"])
        if ent is None or ent.kind != kind:
            return Response(404, [{"message": "Object not found", "type": "ObjectNotFound"}])
        state = ent.extra.get("state", ent.path[0])
        body = {"@context": CTX, "@id": ent.id, "@type": "ContractNegotiation" if kind == "negotiation" else "TransferProcess",
                self._key("state"): state, self._key("type"): "CONSUMER"}
        if ent.extra.get("agreement"):
            body[self._key("contractAgreementId")] = ent.extra["agreement"]
        if state == "TERMINATED":
            body[self._key("errorDetail")] = ent.asset.error_detail
        return Response(200, body)

    def _edr(self, req: Request) -> Response:
        if (denied := self._denied(req)) is not None:
            return denied
        tp = req.params["id"]
        if tp not in self.tokens:
            return Response(404, [{"message": f"no EDR for {tp}", "type": "ObjectNotFound"}])
        token, issued = self.tokens[tp]
        if req.query.get("auto_refresh") == "true" and self.token_ttl is not None and time.monotonic() - issued > self.token_ttl:
            token, issued = f"eyJ{uuid.uuid4().hex}", time.monotonic()
            self.tokens[tp] = (token, issued)
        return Response(200, {"@type": "DataAddress", "endpointType": "https://w3id.org/idsa/v4.1/HTTP",
                              "type": "https://w3id.org/idsa/v4.1/HTTP", "endpoint": f"{self.url}/public/{tp}",
                              "authType": "bearer", "authorization": token, "tx-auth:expiresIn": "300",
                              "@context": {**CTX, "tx-auth": "https://w3id.org/tractusx/auth/"}})

    def _data(self, req: Request) -> Response:
        tp = req.params["tp"]
        token, issued = self.tokens.get(tp, ("", 0.0))
        if not token or req.headers.get("Authorization") != token:  # EDC's public API takes the raw token
            return Response(401, {"message": "unauthorized"})
        if self.token_ttl is not None and time.monotonic() - issued > self.token_ttl:
            return Response(401, {"message": "token expired"})
        ent = self.entities[tp]
        return Response(200, raw=Path(ent.asset.path).read_bytes(), headers={"Content-Type": "text/csv"})
