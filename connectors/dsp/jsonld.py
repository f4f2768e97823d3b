"""JSON-LD for DSP: expansion with the bundled contexts (never the network) and accessors.

The same fact arrives as `dcat:dataset`, `dataset` or `http://www.w3.org/ns/dcat#dataset`, as an
object or a list, and a state as `REQUESTED`, `dspace:REQUESTED` or a full IRI, depending on the
DSP version and the implementation. So every message received is expanded with pyld, against the
official contexts shipped in `connectors/dsp/data/`, and read through the accessors below, which
compare *local names* (what follows the last `/`, `#` or `:`).
"""

from __future__ import annotations

import copy
import json
from functools import cache
from importlib.resources import files
from typing import Any

from pyld import jsonld

DSPACE_2025 = "https://w3id.org/dspace/2025/1/"
DSPACE_2024 = "https://w3id.org/dspace/2024/1/"
CONTEXT_2025 = "https://w3id.org/dspace/2025/1/context.jsonld"
ODRL_PROFILE_2025 = "https://w3id.org/dspace/2025/1/odrl-profile.jsonld"
CONTEXT_2024 = "https://w3id.org/dspace/2024/1/context.json"
EDC_NS = "https://w3id.org/edc/v0.0.1/ns/"

_BUNDLED = {
    CONTEXT_2025: "2025-1/context.jsonld",
    ODRL_PROFILE_2025: "2025-1/odrl-profile.jsonld",
    CONTEXT_2024: "2024-1/context.json",
}


@cache
def bundled(url: str) -> dict[str, Any] | None:
    """The bundled document for a context URL (with or without a trailing slash / http)."""
    key = url.rstrip("/").replace("http://", "https://", 1)
    rel = _BUNDLED.get(key)
    if rel is None:
        return None
    return json.loads(files("connectors.dsp").joinpath("data", rel).read_text(encoding="utf-8"))


def document_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """pyld loader serving the bundled contexts. Unknown remote contexts (EDC, Tractus-X,
    Catena-X policy contexts) are replaced by an empty context: they are never fetched, and the
    accessors match terms by local name, so their compact keys still read correctly."""
    document = bundled(url)
    if document is None:
        document = {"@context": {}}
    return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url, "document": document}


def expand(document: dict[str, Any] | list[Any]) -> list[dict[str, Any]]:
    """Expanded JSON-LD of a received message (no network access, ever).

    Keys that no context defines (bare `state`, `edc:`-prefixed keys whose prefix is unknown)
    would be dropped by JSON-LD; they are kept under an `urn:datalab:term:` IRI so that the
    accessors still find them by local name.
    """
    doc = _vocab_fallback(copy.deepcopy(document))
    return jsonld.expand(doc, {"documentLoader": document_loader, "base": None})


def _vocab_fallback(doc: Any) -> Any:
    """Give the top-level context an `@vocab` fallback unless it has one, without overriding
    protected terms: bare keys then expand instead of disappearing."""
    if isinstance(doc, dict):
        ctx = doc.get("@context")
        listed = ctx if isinstance(ctx, list) else [ctx]
        if any(isinstance(c, str) and bundled(c) is not None for c in listed):
            return doc  # an official DSP context defines every term: keep its meaning exact
        extra = {"@vocab": "urn:datalab:term:"}
        if ctx is None:
            doc["@context"] = extra
        elif isinstance(ctx, list):
            if not any(isinstance(c, dict) and "@vocab" in c for c in ctx):
                doc["@context"] = [extra, *ctx]
        elif isinstance(ctx, dict):
            if "@vocab" not in ctx:
                doc["@context"] = [extra, ctx]
        else:
            doc["@context"] = [extra, ctx]
    return doc


def compact(expanded: Any, context: str | list[Any]) -> dict[str, Any]:
    return jsonld.compact(expanded, context, {"documentLoader": document_loader})


def local(name: str) -> str:
    """Local name of an IRI, a prefixed name or a plain term: `dspace:REQUESTED` -> `REQUESTED`."""
    for sep in ("#", "/", ":"):
        if sep in name:
            name = name.rsplit(sep, 1)[-1]
    return name


def values(node: dict[str, Any] | None, term: str) -> list[Any]:
    """All values of `term` (matched by local name) in an expanded node."""
    if not isinstance(node, dict):
        return []
    out: list[Any] = []
    for key, value in node.items():
        if key.startswith("@") and key != f"@{term}":
            continue
        if local(key) == term or key == f"@{term}":
            out.extend(value if isinstance(value, list) else [value])
    return out


def nodes(node: dict[str, Any] | None, term: str) -> list[dict[str, Any]]:
    """Values of `term` that are nodes (objects), unwrapping `@list`."""
    out = []
    for value in values(node, term):
        if isinstance(value, dict) and "@list" in value:
            out.extend(v for v in value["@list"] if isinstance(v, dict))
        elif isinstance(value, dict):
            out.append(value)
    return out


def text(node: dict[str, Any] | None, term: str, *, lang: str | None = None) -> str | None:
    """First scalar of `term`: an `@value` or an `@id`, as given (preferring `lang`)."""
    found = [_scalar(v) for v in values(node, term)]
    found = [f for f in found if f is not None]
    if lang:
        for v in values(node, term):
            if isinstance(v, dict) and v.get("@language") == lang and "@value" in v:
                return str(v["@value"])
    return found[0] if found else None


def texts(node: dict[str, Any] | None, term: str) -> list[str]:
    return [s for v in values(node, term) if (s := _scalar(v)) is not None]


def name(node: dict[str, Any] | None, term: str) -> str | None:
    """A value reduced to its local name (states, event types, types of a node)."""
    value = text(node, term)
    return local(value) if value else None


def types(node: dict[str, Any] | None) -> set[str]:
    if not isinstance(node, dict):
        return set()
    raw = node.get("@type", [])
    return {local(t) for t in (raw if isinstance(raw, list) else [raw])}


def ident(node: dict[str, Any] | None) -> str | None:
    return node.get("@id") if isinstance(node, dict) else None


def _scalar(value: Any) -> str | None:
    if isinstance(value, dict):
        if "@value" in value:
            return str(value["@value"])
        if "@id" in value and len(value) == 1:
            return str(value["@id"])
        if "@id" in value:
            return str(value["@id"])
        return None
    if value is None:
        return None
    return str(value)


def find_typed(expanded: list[dict[str, Any]], type_name: str) -> dict[str, Any] | None:
    """The first top-level node of `type_name` (by local name), else the first node."""
    for node in expanded:
        if type_name in types(node):
            return node
    return expanded[0] if expanded else None


def plain(node: Any) -> Any:
    """An expanded node as plain JSON with local-name keys (for manifests and `--json`)."""
    if isinstance(node, list):
        items = [plain(v) for v in node]
        return items[0] if len(items) == 1 else items
    if isinstance(node, dict):
        if "@value" in node:
            return node["@value"]
        if set(node) == {"@id"}:
            return node["@id"]
        if "@list" in node:
            return [plain(v) for v in node["@list"]]
        out = {}
        for key, value in node.items():
            k = key if key in ("@id", "@type") else local(key)
            if key == "@type":
                value = [local(t) for t in value] if isinstance(value, list) else local(value)
                out[k] = value[0] if isinstance(value, list) and len(value) == 1 else value
            else:
                out[k] = plain(value)
        return out
    return node
