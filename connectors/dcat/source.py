"""The DCAT-AP / data.europa.eu connector.

Discovery: the piveau hub-search API (`search_url`: `/search?q=&filter=dataset&limit=&page=`) or a
DCAT-AP RDF catalogue (`catalog_url`, Hydra pages followed). Metadata: DCAT-AP RDF through rdflib
(from hub-repo `repo_url/datasets/{id}` when given, else the catalogue), or hub-search's JSON read
tolerantly (old and new field spellings). Download URL: `downloadURL`, then `accessURL`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

import httpx

from connectors.base import CheckResult, Connector, DatasetInfo, Distribution, Provenance, ReadTask
from connectors.dcat import rdf
from connectors.dcat.config import DcatOptions
from connectors.download_read import read_url_task
from connectors.http import RetryPolicy, make_client, request
from connectors.payload import format_from
from connectors.policy import check_licence, normalise_licence
from datalab.errors import ConnectorError, DatalabError, SpecError
from transforms.stage import BatchResult


class DcatConnector(Connector):
    type_name: ClassVar[str] = "dcat"
    Options = DcatOptions
    options: DcatOptions

    def _client(self) -> httpx.Client:
        return make_client(timeout=self.options.timeout, retry=RetryPolicy(retries=self.options.retries),
                           headers={"Accept": "application/rdf+xml, text/turtle;q=0.9, application/ld+json;q=0.8, application/json;q=0.7"})

    # -- RDF catalogue ----------------------------------------------------------------------------

    def _catalog(self, client: httpx.Client) -> list[rdf.DcatDataset]:
        url: str | None = self.options.catalog_url
        out: list[rdf.DcatDataset] = []
        seen: set[str] = set()
        while url and url not in seen and (not self.options.max_datasets or len(out) < self.options.max_datasets):
            seen.add(url)
            resp = request(client, "GET", url, connector=self.name, what="catalogue download")
            graph = rdf.parse_graph(resp.content, content_type=resp.headers.get("Content-Type"), name=url)
            out.extend(rdf.datasets(graph, locale=self.options.locale))
            nxt = rdf.hydra_next(graph)
            url = str(httpx.URL(url).join(nxt)) if nxt else None
        return out[: self.options.max_datasets] if self.options.max_datasets else out

    def _repo(self, client: httpx.Client, dataset_id: str) -> rdf.DcatDataset:
        url = f"{self.options.repo_url.rstrip('/')}/datasets/{dataset_id}"
        resp = request(client, "GET", url, connector=self.name, what="DCAT-AP record download", ok=(200, 404))
        if resp.status_code == 404:
            msg = f"{self.name}: no dataset {dataset_id!r} at {url}; `datalab connectors catalog {self.name}` lists them"
            raise ConnectorError(msg)
        graph = rdf.parse_graph(resp.content, content_type=resp.headers.get("Content-Type"), name=url)
        found = rdf.datasets(graph, locale=self.options.locale)
        if not found:
            msg = f"{self.name}: {url} holds no dcat:Dataset"
            raise ConnectorError(msg)
        return next((d for d in found if dataset_id in (d.id, d.uri) or d.uri.endswith(dataset_id)), found[0])

    # -- search API (tolerant JSON) -----------------------------------------------------------------

    def _search(self, client: httpx.Client) -> Iterator[dict[str, Any]]:
        base = self.options.search_url.rstrip("/")
        page, seen = 0, 0
        while True:
            params = {"filter": "dataset", "limit": self.options.limit, "page": page}
            if self.options.query:
                params["q"] = self.options.query
            body = request(client, "GET", f"{base}/search", connector=self.name, what="dataset search", params=params).json()
            result = body.get("result", body)
            items = result.get("results") or []
            for item in items:
                yield item
                seen += 1
                if self.options.max_datasets and seen >= self.options.max_datasets:
                    return
            page += 1
            if not items or page * self.options.limit >= int(result.get("count") or 0):
                return

    def _from_json(self, item: dict[str, Any]) -> rdf.DcatDataset:
        dists = []
        for i, d in enumerate(item.get("distributions") or []):
            download = _first(d.get("download_url")) or _first(d.get("download_urls")) or _first(d.get("downloadURL"))
            access = _first(d.get("access_url")) or _first(d.get("access_urls")) or _first(d.get("accessURL"))
            fmt = _label(d.get("format"))
            dists.append(rdf.DcatDistribution(
                id=str(d.get("id") or i), url=download or access, download_url=download, access_url=access,
                format=rdf._format(fmt), media_type=_label(d.get("media_type") or d.get("mediaType")),
                licence=_label(d.get("licence") or d.get("license")), byte_size=None, title=_text(d.get("title"), self.options.locale)))
        licence = _label(item.get("licence") or item.get("license")) or next((d.licence for d in dists if d.licence), None)
        return rdf.DcatDataset(id=str(item.get("id")), uri=str(item.get("resource") or item.get("id")),
                               title=_text(item.get("title"), self.options.locale),
                               description=_text(item.get("description"), self.options.locale),
                               licence=licence, distributions=dists,
                               keywords=[_label(k) or "" for k in (item.get("keywords") or [])])

    # -- Connector ----------------------------------------------------------------------------------

    def _all(self, client: httpx.Client) -> list[rdf.DcatDataset]:
        if self.options.catalog_url:
            return self._catalog(client)
        return [self._from_json(i) for i in self._search(client)]

    def discover(self) -> list[DatasetInfo]:
        with self._client() as client:
            found = self._all(client)
        return [_info(d) for d in found]

    def check(self) -> CheckResult:
        try:
            with self._client() as client:
                if self.options.catalog_url:
                    n = len(self._catalog(client))
                else:
                    base = self.options.search_url.rstrip("/")
                    body = request(client, "GET", f"{base}/search", connector=self.name, what="dataset search",
                                   params={"filter": "dataset", "limit": 1}).json()
                    n = int(body.get("result", body).get("count") or 0)
        except DatalabError as exc:
            return CheckResult(False, str(exc))
        where = self.options.catalog_url or self.options.search_url
        return CheckResult(True, f"{self.name}: DCAT catalogue at {where}: {n} dataset(s)", {"datasets": n})

    def _dataset(self, client: httpx.Client, dataset_id: str) -> rdf.DcatDataset:
        if self.options.repo_url:
            return self._repo(client, dataset_id)
        if self.options.catalog_url:
            for d in self._catalog(client):
                if dataset_id in (d.id, d.uri):
                    return d
            msg = f"{self.name}: the catalogue {self.options.catalog_url} has no dataset {dataset_id!r}"
            raise ConnectorError(msg)
        base = self.options.search_url.rstrip("/")
        resp = request(client, "GET", f"{base}/datasets/{dataset_id}", connector=self.name, what="dataset lookup",
                       ok=(200, 404))
        if resp.status_code == 404:
            msg = f"{self.name}: no dataset {dataset_id!r} in {base}; `datalab connectors catalog {self.name}` lists them"
            raise ConnectorError(msg)
        body = resp.json()
        return self._from_json(body.get("result", body))

    def plan(self, dataset_id: str | None = None, *, id_field: str = "id", text_field: str | None = "text") -> list[ReadTask]:
        dataset_id = dataset_id or self.options.dataset
        if not dataset_id:
            msg = f"{self.name}: which dataset? set the option `dataset` (or run `datalab pull {self.name} ID`)"
            raise SpecError(msg)
        with self._client() as client:
            ds = self._dataset(client, dataset_id)
        check_licence(self.name, ds.id, ds.licence, self.options.allowed_licences)
        readable = {f.lower() for f in self.options.resource_formats}
        tasks, skipped = [], []
        for dist in ds.distributions:
            url = dist.download_url or dist.access_url
            fmt = format_from(option=self.options.format, media_type=dist.media_type, declared=dist.format, name=url)
            if not url or fmt not in readable:
                skipped.append(f"{dist.title or dist.id} ({dist.format or dist.media_type or '?'})")
                continue
            licence = normalise_licence(dist.licence or ds.licence)
            if dist.licence and dist.licence != ds.licence:
                check_licence(self.name, f"{ds.id} ({dist.id})", dist.licence, self.options.allowed_licences)
            prov = Provenance(connector=self.name, dataset_id=ds.id, distribution=dist.id, licence=licence)
            tasks.append(ReadTask(uri=url, provenance=prov, params={
                "format": fmt, "media_type": dist.media_type, "timeout": self.options.timeout,
                "max_bytes": self.options.max_bytes, "id_field": id_field, "text_field": text_field, "format_option": self.options.format}))
        if not tasks:
            msg = (f"{self.name}: dataset {ds.id} has no distribution in a readable format ({', '.join(sorted(readable))}) "
                   f"with a downloadURL or accessURL; distributions: {', '.join(skipped) or 'none'}")
            raise ConnectorError(msg)
        return tasks

    def read(self, task: ReadTask, *, batch_rows: int) -> Iterator[BatchResult]:
        yield from read_url_task(self.name, task, batch_rows=batch_rows)


def _info(d: rdf.DcatDataset) -> DatasetInfo:
    return DatasetInfo(id=d.id, title=d.title, description=d.description, licence=normalise_licence(d.licence),
                       distributions=[Distribution(id=x.id, url=x.url, media_type=x.media_type, format=x.format,
                                                   byte_size=x.byte_size) for x in d.distributions],
                       metadata={"uri": d.uri, "keywords": d.keywords, "licence_uri": d.licence})


def _first(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("id") or value.get("resource") or value.get("@id")
    return str(value) if value else None


def _label(value: Any) -> str | None:
    """str | {id, label, resource} | list of those -> one string (id/resource first)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return value.get("resource") or value.get("id") or value.get("label")
    return str(value) if value else None


def _text(value: Any, locale: str) -> str | None:
    if isinstance(value, dict):
        return value.get(locale) or next(iter(value.values()), None)
    return str(value) if value else None
