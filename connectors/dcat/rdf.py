"""DCAT-AP RDF read with rdflib, tolerant of what real catalogues publish.

- download URL: `dcat:downloadURL` (URIRef or `xsd:anyURI` literal), else `dcat:accessURL`;
- format: a literal (`CSV`, `text/csv`), an EU file-type authority URI, or a blank node
  (`dct:IMT` with `rdf:value`); `dcat:mediaType` as a literal or an IANA URI;
- licence: on the dataset, on a distribution, or missing;
- JSON-LD is expanded with pyld first, with remote contexts never fetched (SSRF), then parsed;
- Hydra paging (`hydra:next` of a PagedCollection / PartialCollectionView).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from datalab.errors import SourceError

DCAT = "http://www.w3.org/ns/dcat#"
DCT = "http://purl.org/dc/terms/"
HYDRA_NS = ("http://www.w3.org/ns/hydra/core#", "http://www.w3.org/ns/hydra/")


@dataclass
class DcatDistribution:
    id: str
    url: str | None
    download_url: str | None
    access_url: str | None
    format: str | None
    media_type: str | None
    licence: str | None
    byte_size: int | None
    title: str | None


@dataclass
class DcatDataset:
    id: str
    uri: str
    title: str | None
    description: str | None
    licence: str | None
    distributions: list[DcatDistribution] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)


def _syntax(data: bytes, content_type: str | None, name: str | None) -> str:
    ct = (content_type or "").split(";")[0].strip().lower()
    head = data.lstrip()[:200]
    if "json" in ct or head.startswith((b"{", b"[")):
        return "json-ld"
    if ct in ("text/turtle", "application/x-turtle") or (name or "").endswith(".ttl") or head.startswith((b"@prefix", b"@base", b"PREFIX")):
        return "turtle"
    if ct in ("text/n3",) or (name or "").endswith(".n3"):
        return "n3"
    return "xml"


def parse_graph(data: bytes, *, content_type: str | None = None, name: str = "<rdf>") -> Any:
    """An rdflib Graph of a DCAT document, or `SourceError` naming the document and the problem."""
    import rdflib

    syntax = _syntax(data, content_type, name)
    graph = rdflib.Graph()
    try:
        if syntax == "json-ld":
            from connectors.dsp.jsonld import document_loader
            from pyld import jsonld

            doc = json.loads(data)
            expanded = jsonld.expand(doc, {"documentLoader": document_loader, "base": name})
            graph.parse(data=json.dumps(expanded), format="json-ld")
        else:
            graph.parse(data=data, format=syntax, publicID=name)
    except Exception as exc:  # noqa: BLE001 - rdflib raises many types
        detail = " ".join(str(exc).split())[:300]
        msg = f"{name}: not valid DCAT-AP {syntax.upper()} ({type(exc).__name__}: {detail})"
        raise SourceError(msg) from exc
    return graph


def _lit(graph: Any, node: Any, pred: Any, lang: str | None = None) -> str | None:
    values = list(graph.objects(node, pred))
    if not values:
        return None
    if lang:
        for v in values:
            if getattr(v, "language", None) == lang:
                return str(v)
    for v in values:  # prefer untagged / first
        if getattr(v, "language", None) in (None, ""):
            return str(v)
    return str(values[0])


def _term(graph: Any, node: Any, pred: Any) -> str | None:
    """A URI or literal value; for a blank node, its rdf:value / skos:prefLabel / rdfs:label."""
    from rdflib import RDF, RDFS, BNode
    from rdflib.namespace import SKOS

    for v in graph.objects(node, pred):
        if isinstance(v, BNode):
            for p in (RDF.value, SKOS.prefLabel, RDFS.label):
                inner = graph.value(v, p)
                if inner is not None:
                    return str(inner)
            continue
        return str(v)
    return None


def _format(value: str | None) -> str | None:
    if not value:
        return None
    if "/file-type/" in value:
        return value.rsplit("/", 1)[-1].lower()
    if "iana.org/assignments/media-types/" in value:
        return value.split("media-types/", 1)[1]
    return value


def datasets(graph: Any, *, locale: str = "en") -> list[DcatDataset]:
    from rdflib import RDF, Namespace

    dcat, dct = Namespace(DCAT), Namespace(DCT)
    out = []
    for ds in sorted(set(graph.subjects(RDF.type, dcat.Dataset)), key=str):
        dists = []
        for dist in graph.objects(ds, dcat.distribution):
            download = _term(graph, dist, dcat.downloadURL)
            access = _term(graph, dist, dcat.accessURL)
            size = _term(graph, dist, dcat.byteSize)
            dists.append(DcatDistribution(
                id=str(dist), url=download or access, download_url=download, access_url=access,
                format=_format(_term(graph, dist, dct["format"])), media_type=_format(_term(graph, dist, dcat.mediaType)),
                licence=_term(graph, dist, dct.license), byte_size=int(float(size)) if size and size.replace(".", "", 1).isdigit() else None,
                title=_lit(graph, dist, dct.title, locale)))
        dists.sort(key=lambda d: d.id)
        licence = _term(graph, ds, dct.license) or next((d.licence for d in dists if d.licence), None)
        ident = _lit(graph, ds, dct.identifier) or str(ds)
        out.append(DcatDataset(id=ident, uri=str(ds), title=_lit(graph, ds, dct.title, locale),
                               description=_lit(graph, ds, dct.description, locale), licence=licence,
                               distributions=dists, keywords=sorted(str(k) for k in graph.objects(ds, dcat.keyword))))
    return out


def hydra_next(graph: Any) -> str | None:
    from rdflib import URIRef

    for ns in HYDRA_NS:
        for pred in ("next", "nextPage"):
            for _, _, o in graph.triples((None, URIRef(ns + pred), None)):
                return str(o)
    return None
