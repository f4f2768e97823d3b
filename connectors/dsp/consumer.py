"""Datalab as a direct DSP consumer: version discovery, catalogue, negotiation, transfer.

The flow (DSP 2025-1 and 2024-1, HTTPS binding):

1. `GET <root>/.well-known/dspace-version` -> the base path of the newest version both sides
   speak (EDC's `2024/1` spelling is normalised); a versioned endpoint given directly also works;
2. `POST <base>/catalog/request`, following `Link: <...>; rel="next"` pages;
3. `POST <base>/negotiations/request` with the catalogue's offer copied exactly (plus `target`
   and `assigner`), then the provider's asynchronous messages arrive at our callback endpoint:
   offer (we accept) or agreement -> we verify -> FINALIZED; TERMINATED carries the reason;
4. `POST <base>/transfers/request` (`HttpData-PULL`) -> TransferStartMessage with the data address;
5. download with the token; `TransferCompletionMessage` when done, termination on failure.

Every message sent is validated against the official schema of the version first.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

import httpx

from connectors.dsp import messages as m
from connectors.dsp import schemas
from connectors.dsp.callback import CallbackEndpoint
from connectors.http import make_client, request
from datalab.errors import ConnectorError, ConnectorUnavailable, PolicyRefused

_LINK = re.compile(r'<([^>]+)>\s*;\s*rel="?next"?')


class NegotiationTerminated(PolicyRefused):
    """The provider terminated the contract negotiation (its reason is in the message)."""


class TransferTerminated(ConnectorError):
    """The provider terminated the transfer process."""


@dataclass
class Agreement:
    id: str
    offer_id: str
    policy: dict[str, Any]
    provider_pid: str
    consumer_pid: str


@dataclass
class Transfer:
    provider_pid: str
    consumer_pid: str
    data_address: m.DataAddress


def _join_version_path(root: str, path: str) -> str:
    """`path` of `/.well-known/dspace-version` is appended to the root the document was found at
    (EDC: root `.../protocol` + `/2025-1`); a path that already repeats the root's own path
    (`/protocol/2025-1`) is taken from the host instead."""
    url = httpx.URL(root)
    root_path = url.path.rstrip("/")
    if not path:
        return root
    if root_path and path.startswith(root_path + "/"):
        return str(url.copy_with(path=path, query=None)).rstrip("/")
    return root.rstrip("/") + "/" + path.lstrip("/")


def uid() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


class DspClient:
    def __init__(self, endpoint: str, *, name: str, headers: dict[str, str] | None = None,
                 version: str = "auto", timeout: float = 30.0, retries: int = 3) -> None:
        from connectors.http import RetryPolicy

        self.endpoint = endpoint.rstrip("/")
        self.name = name
        self.client = make_client(headers=headers, timeout=timeout, retry=RetryPolicy(retries=retries))
        self.wanted = version
        self._base: str | None = None
        self._version: str | None = None

    def close(self) -> None:
        self.client.close()

    # -- version discovery ------------------------------------------------------------------------

    def resolve(self) -> tuple[str, str]:
        """(base URL, version) for the newest version both sides speak."""
        if self._base:
            return self._base, self._version or "2025-1"
        tail = self.endpoint.rsplit("/", 1)[-1]
        direct = m.normalise_version(tail) if re.fullmatch(r"20\d\d[-/]\d", tail) else None
        roots = [self.endpoint]
        origin = str(httpx.URL(self.endpoint).copy_with(path="/", query=None)).rstrip("/")
        if origin != self.endpoint:
            roots.append(origin)
        offered: list[dict[str, Any]] = []
        for root in roots:
            try:
                resp = self.client.get(f"{root}/.well-known/dspace-version")
            except httpx.ConnectError as exc:
                msg = (f"{self.name}: cannot reach the DSP endpoint {self.endpoint} (connection refused); "
                       "check the `endpoint` option and that the provider is running")
                raise ConnectorUnavailable(msg) from exc
            except httpx.HTTPError as exc:
                msg = f"{self.name}: the DSP endpoint {self.endpoint} did not answer ({exc})"
                raise ConnectorUnavailable(msg) from exc
            if resp.status_code == 200:
                try:
                    offered = list(resp.json().get("protocolVersions") or [])
                except ValueError:
                    offered = []
                if offered:
                    root_url = root
                    break
        if not offered:
            if direct:
                self._base, self._version = self.endpoint, direct
                return self._base, direct
            msg = (f"{self.name}: {self.endpoint} has no /.well-known/dspace-version; give the versioned DSP "
                   "base as the endpoint (e.g. https://provider/api/dsp/2025-1)")
            raise ConnectorError(msg)
        versions = {}
        for item in offered:
            v = m.normalise_version(str(item.get("version", "")))
            if v in m.VERSIONS and v not in versions and str(item.get("binding", "HTTPS")).upper() == "HTTPS":
                versions[v] = str(item.get("path") or "")
        order = [self.wanted] if self.wanted != "auto" else list(m.VERSIONS)
        if direct and direct in versions:
            order = [direct]
        for v in order:
            if v in versions:
                path = versions[v]
                if direct and (self.endpoint.endswith(path.rstrip("/")) or not path):
                    base = self.endpoint
                else:
                    base = _join_version_path(root_url, path)
                self._base, self._version = base.rstrip("/"), v
                return self._base, v
        msg = (f"{self.name}: the provider speaks DSP {', '.join(sorted(str(i.get('version')) for i in offered))}, "
               f"Datalab speaks {', '.join(m.VERSIONS)}" + (f" (asked for {self.wanted})" if self.wanted != "auto" else ""))
        raise ConnectorError(msg)

    @property
    def dialect(self) -> m.Dialect:
        return m.Dialect(self.resolve()[1])

    def _post(self, path: str, message: dict[str, Any], *, what: str, ok: tuple[int, ...] = (200, 201)) -> httpx.Response:
        base, version = self.resolve()
        schemas.validate_message(message, version, who=self.name)
        return request(self.client, "POST", f"{base}{path}", connector=self.name, what=what, ok=ok, json=message)

    # -- catalogue --------------------------------------------------------------------------------

    def catalog(self) -> tuple[str | None, list[m.DspDataset]]:
        """Every dataset of the provider's catalogue, following `Link rel=next` pages."""
        participant, datasets = None, []
        base, _ = self.resolve()
        url: str | None = "/catalog/request"
        seen = set()
        while url and url not in seen:
            seen.add(url)
            path = url if url.startswith("/") else url[len(base):] if url.startswith(base) else None
            if path is None:
                msg = f"{self.name}: catalogue page link {url} leaves the provider's base {base}; refused"
                raise ConnectorError(msg)
            resp = self._post(path, self.dialect.catalog_request(), what="catalogue request")
            try:
                doc = resp.json()
            except ValueError as exc:
                msg = f"{self.name}: the catalogue answer from {base} is not JSON"
                raise ConnectorError(msg) from exc
            pid, found = m.parse_catalog(doc)
            participant = participant or pid
            datasets.extend(found)
            nxt = _LINK.search(resp.headers.get("Link", ""))
            url = str(httpx.URL(base + "/").join(nxt.group(1))) if nxt else None
            if url and url.startswith(base):
                url = url[len(base):]
        return participant, datasets

    # -- negotiation ------------------------------------------------------------------------------

    def negotiate(self, callback: CallbackEndpoint, dataset: m.DspDataset, offer: m.Offer, *,
                  participant: str | None, timeout: float) -> Agreement:
        d = self.dialect
        cpid = uid()
        proc = callback.expect("negotiation", cpid)
        body = d.contract_request(consumer_pid=cpid, callback=callback.url,
                                  offer=d.offer_for_request(offer.raw, target=dataset.id, assigner=participant))
        resp = self._post("/negotiations/request", body, what="contract request", ok=(200, 201))
        reply = m.read_message(resp.json())
        callback.bind(cpid, reply.provider_pid)
        while True:
            proc = callback.wait(cpid, {"OFFERED", "AGREED", "FINALIZED"}, timeout)
            if proc.state == "OFFERED":  # the provider made an offer: accept it
                callback.set_state(cpid, "ACCEPTED")
                self._post(f"/negotiations/{proc.provider_pid}/events",
                           d.event(provider_pid=proc.provider_pid, consumer_pid=cpid, event="ACCEPTED"),
                           what="acceptance of the provider's offer")
                continue
            if proc.state == "AGREED":
                callback.set_state(cpid, "VERIFIED")
                self._post(f"/negotiations/{proc.provider_pid}/agreement/verification",
                           d.verification(provider_pid=proc.provider_pid, consumer_pid=cpid),
                           what="agreement verification")
                continue
            break
        if proc.state == "TERMINATED":
            msg = (f"{self.name}: the provider terminated the contract negotiation for dataset {dataset.id} "
                   f"(offer {offer.id}): {proc.reason}")
            raise NegotiationTerminated(msg)
        if proc.state != "FINALIZED":
            self._terminate_negotiation(proc, "consumer timed out")
            msg = (f"{self.name}: the contract negotiation for {dataset.id} did not reach FINALIZED within "
                   f"{timeout:g} s (last state {proc.state}); the provider may be slow (raise `negotiation_timeout`) "
                   f"or cannot reach the callback address {callback.url} (set `callback_public_url`)")
            raise ConnectorUnavailable(msg)
        from connectors.dsp import jsonld as ld

        agreement = proc.agreement or {}
        return Agreement(ld.ident(agreement) or "", offer.id, ld.plain(agreement) if agreement else offer.plain,
                         proc.provider_pid or "", cpid)

    def _terminate_negotiation(self, proc: Any, reason: str) -> None:
        if not proc.provider_pid:
            return
        try:
            self._post(f"/negotiations/{proc.provider_pid}/termination",
                       self.dialect.negotiation_termination(provider_pid=proc.provider_pid, consumer_pid=proc.consumer_pid,
                                                            code="timeout", reason=reason), what="negotiation termination")
        except ConnectorError:
            pass

    # -- transfer ---------------------------------------------------------------------------------

    def transfer(self, callback: CallbackEndpoint, agreement: Agreement, *, fmt: str, timeout: float) -> Transfer:
        d = self.dialect
        cpid = uid()
        callback.expect("transfer", cpid)
        body = d.transfer_request(consumer_pid=cpid, agreement_id=agreement.id, format=fmt, callback=callback.url)
        resp = self._post("/transfers/request", body, what="transfer request", ok=(200, 201))
        reply = m.read_message(resp.json())
        callback.bind(cpid, reply.provider_pid)
        proc = callback.wait(cpid, {"STARTED"}, timeout)
        if proc.state == "TERMINATED":
            msg = f"{self.name}: the provider terminated the transfer of agreement {agreement.id}: {proc.reason}"
            raise TransferTerminated(msg)
        if proc.state != "STARTED" or proc.data_address is None:
            if proc.provider_pid:
                self.terminate_transfer(proc.provider_pid, cpid, "consumer timed out waiting for the start")
            msg = (f"{self.name}: the transfer did not start within {timeout:g} s (state {proc.state}); "
                   f"check that the provider can reach {callback.url}")
            raise ConnectorUnavailable(msg)
        if not proc.data_address.endpoint:
            msg = f"{self.name}: the provider started the transfer without a data address endpoint"
            raise ConnectorError(msg)
        return Transfer(proc.provider_pid or "", cpid, proc.data_address)

    def complete_transfer(self, provider_pid: str, consumer_pid: str) -> None:
        self._post(f"/transfers/{provider_pid}/completion",
                   self.dialect.transfer_completion(provider_pid=provider_pid, consumer_pid=consumer_pid),
                   what="transfer completion")

    def terminate_transfer(self, provider_pid: str, consumer_pid: str, reason: str) -> None:
        try:
            self._post(f"/transfers/{provider_pid}/termination",
                       self.dialect.transfer_termination(provider_pid=provider_pid, consumer_pid=consumer_pid,
                                                         code="consumer", reason=reason), what="transfer termination")
        except ConnectorError:
            pass
