"""Builders of the DSP messages in both wire styles, and readers of what providers send.

One logical message (`ContractRequestMessage` with `consumerPid`, `offer`, ...) is written in
the style of the negotiated protocol version:

- 2025-1: `@context: [".../2025/1/context.jsonld"]`, unprefixed terms, `state: "REQUESTED"`;
- 2024-1: `@context: ".../2024/1/context.json"`, `dspace:`/`odrl:`/`dct:` prefixed terms,
  `dspace:state: "dspace:REQUESTED"`, reasons as language-tagged values.

Everything received is read by meaning (expanded JSON-LD, local names), so either style, EDC's
variants and the TCK's `reason: [{"message": ...}]` are all accepted.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from connectors.dsp import jsonld as ld

VERSIONS = ("2025-1", "2024-1")

_PREFIX_2024 = {"format": "dct:format"}
_ODRL_TERMS = {
    "permission", "prohibition", "obligation", "action", "constraint", "leftOperand", "operator",
    "rightOperand", "target", "assigner", "assignee", "duty", "profile", "and", "or", "xone",
    "andSequence", "refinement", "uid", "remedy", "consequence",
}


def normalise_version(version: str) -> str:
    """`2024/1` (EDC's spelling) and `2024-1` are the same protocol version."""
    return version.strip().replace("/", "-")


@dataclass(frozen=True)
class Dialect:
    """The wire style of one DSP version."""

    version: str

    @property
    def context(self) -> Any:
        return [ld.CONTEXT_2025] if self.version == "2025-1" else ld.CONTEXT_2024

    def key(self, term: str) -> str:
        if self.version == "2025-1":
            return term
        return _PREFIX_2024.get(term, f"dspace:{term}")

    def enum(self, value: str) -> str:
        return value if self.version == "2025-1" else f"dspace:{value}"

    def type(self, name: str) -> str:
        return name if self.version == "2025-1" else f"dspace:{name}"

    def reason(self, reasons: list[str]) -> list[Any]:
        if self.version == "2025-1":
            return list(reasons)
        return [{"@value": r, "@language": "en"} for r in reasons]

    def message(self, kind: str, **fields: Any) -> dict[str, Any]:
        """A message of type `kind`; fields by local name, `None` values left out."""
        msg: dict[str, Any] = {"@context": self.context, "@type": self.type(kind)}
        for term, value in fields.items():
            if value is None:
                continue
            if term in ("state", "eventType"):
                value = self.enum(value)
            elif term == "reason":
                value = self.reason(value)
            msg[self.key(term)] = value
        return msg

    # -- consumer messages -------------------------------------------------------------------

    def catalog_request(self) -> dict[str, Any]:
        return self.message("CatalogRequestMessage", filter=[])

    def contract_request(self, *, consumer_pid: str, offer: dict[str, Any], callback: str,
                         provider_pid: str | None = None) -> dict[str, Any]:
        return self.message("ContractRequestMessage", providerPid=provider_pid, consumerPid=consumer_pid,
                            offer=offer, callbackAddress=callback)

    def verification(self, *, provider_pid: str, consumer_pid: str) -> dict[str, Any]:
        return self.message("ContractAgreementVerificationMessage", providerPid=provider_pid, consumerPid=consumer_pid)

    def event(self, *, provider_pid: str, consumer_pid: str, event: str) -> dict[str, Any]:
        return self.message("ContractNegotiationEventMessage", providerPid=provider_pid, consumerPid=consumer_pid,
                            eventType=event)

    def negotiation_termination(self, *, provider_pid: str, consumer_pid: str, code: str, reason: str) -> dict[str, Any]:
        return self.message("ContractNegotiationTerminationMessage", providerPid=provider_pid,
                            consumerPid=consumer_pid, code=code, reason=[reason])

    def transfer_request(self, *, consumer_pid: str, agreement_id: str, format: str, callback: str) -> dict[str, Any]:
        return self.message("TransferRequestMessage", consumerPid=consumer_pid, agreementId=agreement_id,
                            format=format, callbackAddress=callback)

    def transfer_completion(self, *, provider_pid: str, consumer_pid: str) -> dict[str, Any]:
        return self.message("TransferCompletionMessage", providerPid=provider_pid, consumerPid=consumer_pid)

    def transfer_termination(self, *, provider_pid: str, consumer_pid: str, code: str, reason: str) -> dict[str, Any]:
        return self.message("TransferTerminationMessage", providerPid=provider_pid, consumerPid=consumer_pid,
                            code=code, reason=[reason])

    # -- replies and errors (both sides) -----------------------------------------------------

    def negotiation(self, *, provider_pid: str, consumer_pid: str, state: str) -> dict[str, Any]:
        return self.message("ContractNegotiation", providerPid=provider_pid, consumerPid=consumer_pid, state=state)

    def transfer_process(self, *, provider_pid: str, consumer_pid: str, state: str) -> dict[str, Any]:
        return self.message("TransferProcess", providerPid=provider_pid, consumerPid=consumer_pid, state=state)

    def error(self, kind: str, *, code: str, reason: str, provider_pid: str | None = None,
              consumer_pid: str | None = None) -> dict[str, Any]:
        """`ContractNegotiationError`, `TransferError` or `CatalogError`."""
        if kind == "CatalogError":
            return self.message(kind, code=code, reason=[reason])
        return self.message(kind, providerPid=provider_pid or "urn:uuid:unknown",
                            consumerPid=consumer_pid or "urn:uuid:unknown", code=code, reason=[reason])

    def offer_for_request(self, raw_offer: dict[str, Any], *, target: str, assigner: str | None) -> dict[str, Any]:
        """The catalogue's offer, unchanged, plus `target` (and `assigner`): the policy must be
        an exact copy or EDC-style providers refuse the agreement. Rules lose any `target`."""
        offer = copy.deepcopy(raw_offer)
        offer.pop("@context", None)
        odrl = (lambda t: t) if self.version == "2025-1" else (lambda t: f"odrl:{t}")
        if not any(ld.local(k) == "target" for k in offer):
            offer[odrl("target")] = target
        if assigner and not any(ld.local(k) == "assigner" for k in offer):
            offer[odrl("assigner")] = assigner
        for rule_key in [k for k in offer if ld.local(k) in ("permission", "prohibition", "obligation")]:
            rules = offer[rule_key] if isinstance(offer[rule_key], list) else [offer[rule_key]]
            for rule in rules:
                if isinstance(rule, dict):
                    for k in [k for k in rule if ld.local(k) == "target"]:
                        rule.pop(k)
            offer[rule_key] = rules
        if not offer.get("@type"):
            offer["@type"] = odrl("Offer")
        return offer


# ---------------------------------------------------------------------------------------------
# readers


@dataclass
class Offer:
    id: str
    raw: dict[str, Any]
    plain: dict[str, Any]


@dataclass
class DspDataset:
    id: str
    title: str | None
    description: str | None
    licence: str | None
    offers: list[Offer] = field(default_factory=list)
    formats: list[str] = field(default_factory=list)
    media_type: str | None = None
    keywords: list[str] = field(default_factory=list)


def _raw_index(doc: Any, out: dict[str, dict[str, Any]] | None = None) -> dict[str, dict[str, Any]]:
    """Raw (compact) objects by `@id`, to send an offer back exactly as the provider wrote it."""
    out = {} if out is None else out
    if isinstance(doc, dict):
        if isinstance(doc.get("@id"), str) and any(ld.local(k) in ("permission", "prohibition", "obligation") for k in doc):
            out.setdefault(doc["@id"], doc)
        for value in doc.values():
            _raw_index(value, out)
    elif isinstance(doc, list):
        for value in doc:
            _raw_index(value, out)
    return out


def parse_catalog(document: dict[str, Any]) -> tuple[str | None, list[DspDataset]]:
    """The participant id and the datasets of a Catalog (nested catalogs flattened)."""
    expanded = ld.expand(document)
    raw = _raw_index(document)
    catalog = ld.find_typed(expanded, "Catalog") or {}
    participant = ld.text(catalog, "participantId")
    datasets: list[DspDataset] = []

    def walk(cat: dict[str, Any]) -> None:
        for node in ld.nodes(cat, "dataset"):
            datasets.append(parse_dataset_node(node, raw))
        for sub in ld.nodes(cat, "catalog"):
            walk(sub)

    walk(catalog)
    if not datasets and "Dataset" in ld.types(catalog):
        datasets.append(parse_dataset_node(catalog, raw))
    return participant, datasets


def parse_dataset_node(node: dict[str, Any], raw: dict[str, dict[str, Any]]) -> DspDataset:
    offers = []
    for pol in ld.nodes(node, "hasPolicy"):
        pid = ld.ident(pol) or ""
        offers.append(Offer(pid, raw.get(pid) or ld.plain(pol), ld.plain(pol)))
    formats = []
    for dist in ld.nodes(node, "distribution"):
        formats.extend(ld.local(f) if f.startswith(("dspace:", ld.DSPACE_2024, ld.DSPACE_2025)) else f
                       for f in ld.texts(dist, "format"))
    licence = ld.text(node, "license") or ld.text(node, "licence")
    return DspDataset(
        id=ld.ident(node) or ld.text(node, "id") or "",
        title=ld.text(node, "title", lang="en"),
        description=ld.text(node, "description", lang="en"),
        licence=licence,
        offers=offers,
        formats=formats,
        media_type=ld.text(node, "mediaType"),
        keywords=ld.texts(node, "keyword"),
    )


@dataclass
class Received:
    """A message received, read by meaning."""

    type: str
    provider_pid: str | None
    consumer_pid: str | None
    state: str | None
    event: str | None
    node: dict[str, Any]
    version: str | None


def read_message(document: dict[str, Any]) -> Received:
    expanded = ld.expand(document)
    node = expanded[0] if expanded else {}
    ts = ld.types(node)
    version = None
    for key in node:
        if key.startswith(ld.DSPACE_2025):
            version = "2025-1"
        elif key.startswith(ld.DSPACE_2024):
            version = "2024-1"
    return Received(
        type=next(iter(ts), ""),
        provider_pid=ld.text(node, "providerPid"),
        consumer_pid=ld.text(node, "consumerPid"),
        state=ld.name(node, "state"),
        event=ld.name(node, "eventType"),
        node=node,
        version=version,
    )


def reasons(node: dict[str, Any]) -> str:
    """The provider's reasons, whatever their style (strings, language maps, TCK `{message}`)."""
    out = []
    for value in ld.values(node, "reason"):
        if isinstance(value, dict) and "@value" in value:
            out.append(str(value["@value"]))
        elif isinstance(value, dict):
            msg = ld.text(value, "message")
            out.append(msg or str(ld.plain(value)))
        else:
            out.append(str(value))
    code = ld.text(node, "code")
    text = "; ".join(o for o in out if o)
    if code and text:
        return f"{text} (code {code})"
    return text or (f"code {code}" if code else "no reason given")


@dataclass
class DataAddress:
    endpoint: str | None
    token: str | None
    auth_type: str | None
    endpoint_type: str | None
    properties: dict[str, str]


_ENDPOINT_NAMES = {"endpoint"}
_TOKEN_NAMES = {"authorization", "authCode", "authKey", "token"}


def parse_data_address(node: dict[str, Any]) -> DataAddress | None:
    """The DataAddress of a TransferStartMessage (or an EDR), in any of its known styles:
    spec (`endpoint` + `authorization`/`authType` properties), EDC's properties named with full
    `https://w3id.org/edc/v0.0.1/ns/...` IRIs, and 0.5-era `authKey`/`authCode`."""
    candidates = ld.nodes(node, "dataAddress") or ([node] if node else [])
    if not candidates:
        return None
    da = candidates[0]
    props: dict[str, str] = {}
    for prop in ld.nodes(da, "endpointProperties"):
        pname, pvalue = ld.text(prop, "name"), ld.text(prop, "value")
        if pname and pvalue is not None:
            props[ld.local(pname)] = pvalue
    for key, vals in da.items():
        if key.startswith("@") or ld.local(key) == "endpointProperties":
            continue
        scalar = ld.text(da, ld.local(key))
        if scalar is not None:
            props.setdefault(ld.local(key), scalar)
    endpoint = ld.text(da, "endpoint") or next((props[n] for n in _ENDPOINT_NAMES if n in props), None)
    token = next((props[n] for n in ("authorization", "authCode", "token") if n in props), None)
    auth_type = props.get("authType") or ("header" if "authKey" in props and token else None)
    if auth_type and ld.local(auth_type) != auth_type:
        auth_type = ld.local(auth_type)
    return DataAddress(endpoint, token, auth_type, ld.text(da, "endpointType") or props.get("endpointType"), props)


def is_official_context(document: dict[str, Any], version: str) -> bool:
    ctx = document.get("@context")
    ctxs = ctx if isinstance(ctx, list) else [ctx]
    want = ld.CONTEXT_2025 if version == "2025-1" else ld.CONTEXT_2024
    return want in ctxs
