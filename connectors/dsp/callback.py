"""The consumer's callback endpoint: where a DSP provider sends its asynchronous messages.

Datalab, as a direct DSP consumer, announces `callbackAddress` in its contract and transfer
requests; the provider then POSTs the offer, agreement, FINALIZED event, transfer start (with the
data address), completion or termination to it. This endpoint enforces the state machines: a
message out of order is answered 400 with a `ContractNegotiationError`/`TransferError` and does
not move the process; an unknown process id is 404.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

from connectors.dsp import messages as m
from connectors.dsp import state as sm
from connectors.dsp.server import JsonServer, Request, Response


@dataclass
class Process:
    kind: str  # "negotiation" | "transfer"
    consumer_pid: str
    provider_pid: str | None = None
    state: str = "REQUESTED"
    history: list[str] = field(default_factory=list)
    agreement: dict[str, Any] | None = None
    data_address: m.DataAddress | None = None
    reason: str | None = None
    rejected: list[str] = field(default_factory=list)


class CallbackEndpoint:
    """Runs on `host:port` (port 0: a free port) and advertises `public_url` (default: the
    bound address) as the callback address."""

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, public_url: str | None = None,
                 version: str = "2025-1") -> None:
        self.server = JsonServer(host, port)
        self.dialect = m.Dialect(version)
        self._public_url = public_url
        self.processes: dict[str, Process] = {}
        self.changed = threading.Condition()
        s = self.server
        s.route("GET", "/negotiations/{pid}", self._get_negotiation)
        s.route("POST", "/negotiations/offers", self._initial_offer)
        s.route("POST", "/negotiations/{pid}/offers", lambda r: self._negotiation(r, "ContractOfferMessage"))
        s.route("POST", "/negotiations/{pid}/agreement", lambda r: self._negotiation(r, "ContractAgreementMessage"))
        s.route("POST", "/negotiations/{pid}/events", lambda r: self._negotiation(r, "event"))
        s.route("POST", "/negotiations/{pid}/termination",
                lambda r: self._negotiation(r, "ContractNegotiationTerminationMessage"))
        s.route("GET", "/transfers/{pid}", self._get_transfer)
        for action, kind in (("start", "TransferStartMessage"), ("completion", "TransferCompletionMessage"),
                             ("suspension", "TransferSuspensionMessage"), ("termination", "TransferTerminationMessage")):
            s.route("POST", f"/transfers/{{pid}}/{action}", lambda r, k=kind: self._transfer(r, k))

    @property
    def url(self) -> str:
        return (self._public_url or self.server.url).rstrip("/")

    def start(self) -> CallbackEndpoint:
        self.server.start()
        return self

    def stop(self) -> None:
        self.server.stop()

    def __enter__(self) -> CallbackEndpoint:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    def expect(self, kind: str, consumer_pid: str) -> Process:
        with self.changed:
            proc = Process(kind, consumer_pid)
            self.processes[consumer_pid] = proc
            return proc

    def wait(self, consumer_pid: str, states: set[str], timeout: float) -> Process:
        """Block until the process reaches one of `states` (or a terminal one) or time runs out."""
        deadline = time.monotonic() + timeout
        with self.changed:
            while True:
                proc = self.processes[consumer_pid]
                terminal = sm.NEGOTIATION_TERMINAL if proc.kind == "negotiation" else sm.TRANSFER_TERMINAL
                if proc.state in states or proc.state in terminal:
                    return proc
                left = deadline - time.monotonic()
                if left <= 0:
                    return proc
                self.changed.wait(left)

    def bind(self, consumer_pid: str, provider_pid: str | None) -> None:
        """Record the provider's pid from its reply, without touching the state: the provider's
        first callback may arrive before its HTTP reply is read."""
        with self.changed:
            proc = self.processes[consumer_pid]
            proc.provider_pid = proc.provider_pid or provider_pid

    def set_state(self, consumer_pid: str, state: str, provider_pid: str | None = None) -> None:
        with self.changed:
            proc = self.processes[consumer_pid]
            proc.state = state
            proc.history.append(state)
            if provider_pid:
                proc.provider_pid = proc.provider_pid or provider_pid
            self.changed.notify_all()

    # -- handlers -----------------------------------------------------------------------------

    def _error(self, kind: str, status: int, reason: str, proc: Process | None, pid: str) -> Response:
        err = "ContractNegotiationError" if kind == "negotiation" else "TransferError"
        body = self.dialect.error(err, code=str(status), reason=reason,
                                  provider_pid=proc.provider_pid if proc else None, consumer_pid=pid)
        return Response(status, body)

    def _lookup(self, req: Request, kind: str) -> tuple[Process | None, Response | None]:
        pid = req.params["pid"]
        proc = self.processes.get(pid)
        if proc is None or proc.kind != kind:
            return None, self._error(kind, 404, f"unknown {kind} {pid}", None, pid)
        return proc, None

    def _get_negotiation(self, req: Request) -> Response:
        proc, err = self._lookup(req, "negotiation")
        if err:
            return err
        return Response(200, self.dialect.negotiation(provider_pid=proc.provider_pid or "urn:uuid:unknown",
                                                      consumer_pid=proc.consumer_pid, state=proc.state))

    def _get_transfer(self, req: Request) -> Response:
        proc, err = self._lookup(req, "transfer")
        if err:
            return err
        return Response(200, self.dialect.transfer_process(provider_pid=proc.provider_pid or "urn:uuid:unknown",
                                                           consumer_pid=proc.consumer_pid, state=proc.state))

    def _initial_offer(self, req: Request) -> Response:
        return self._error("negotiation", 400, "this consumer does not accept provider-initiated offers", None,
                           "urn:uuid:unknown")

    def _parse(self, req: Request) -> m.Received | None:
        try:
            return m.read_message(req.json())
        except Exception:  # noqa: BLE001 - malformed body
            return None

    def _negotiation(self, req: Request, kind: str) -> Response:
        with self.changed:
            proc, err = self._lookup(req, "negotiation")
            if err:
                return err
            msg = self._parse(req)
            if msg is None:
                return self._error("negotiation", 400, "the body is not a JSON-LD DSP message", proc, proc.consumer_pid)
            if kind == "event":
                kind = msg.event or ""
                if kind != "FINALIZED":
                    proc.rejected.append(f"event {kind}")
                    return self._error("negotiation", 400, f"a provider may not send event {kind!r}", proc,
                                       proc.consumer_pid)
            nxt = sm.move(sm.PROVIDER_NEGOTIATION_MOVES, proc.state, kind)
            if nxt is None:
                proc.rejected.append(f"{kind} in {proc.state}")
                return self._error("negotiation", 400, f"{kind} is not allowed in state {proc.state}", proc,
                                   proc.consumer_pid)
            if msg.provider_pid:
                proc.provider_pid = proc.provider_pid or msg.provider_pid
            if kind == "ContractAgreementMessage":
                from connectors.dsp import jsonld as ld

                agreements = ld.nodes(msg.node, "agreement")
                proc.agreement = agreements[0] if agreements else None
            if kind == "ContractNegotiationTerminationMessage":
                proc.reason = m.reasons(msg.node)
            proc.state = nxt
            proc.history.append(nxt)
            self.changed.notify_all()
        return Response(200)

    def _transfer(self, req: Request, kind: str) -> Response:
        with self.changed:
            proc, err = self._lookup(req, "transfer")
            if err:
                return err
            msg = self._parse(req)
            if msg is None:
                return self._error("transfer", 400, "the body is not a JSON-LD DSP message", proc, proc.consumer_pid)
            nxt = sm.move(sm.TRANSFER_MOVES, proc.state, kind)
            if nxt is None:
                proc.rejected.append(f"{kind} in {proc.state}")
                return self._error("transfer", 400, f"{kind} is not allowed in state {proc.state}", proc,
                                   proc.consumer_pid)
            if msg.provider_pid:
                proc.provider_pid = proc.provider_pid or msg.provider_pid
            if kind == "TransferStartMessage":
                proc.data_address = m.parse_data_address(msg.node)
            if kind == "TransferTerminationMessage":
                proc.reason = m.reasons(msg.node)
            proc.state = nxt
            proc.history.append(nxt)
            self.changed.notify_all()
        return Response(200)
