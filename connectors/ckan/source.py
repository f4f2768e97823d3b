"""The CKAN connector: Action API over httpx (GET, redirects followed, explicit User-Agent).

Discovery pages `package_search` with `rows`/`start` (CKAN caps `rows` at 1000 and defaults to
10), sorted by `id asc` so that deep paging is stable. `plan` reads `package_show`, checks the
licence against `allowed_licences`, and makes one task per readable resource; workers download
the resource and parse it (CSV, JSON Lines, JSON, Parquet). The licence (`license_id`, title,
URL) goes into every row's provenance.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

import httpx

from connectors.base import CheckResult, Connector, DatasetInfo, Distribution, Provenance, ReadTask
from connectors.ckan.config import CkanOptions
from connectors.download_read import read_url_task
from connectors.http import RetryPolicy, make_client, request
from connectors.payload import format_from
from connectors.policy import check_licence, normalise_licence
from connectors.registry import resolve_secret
from datalab.errors import ConnectorAuthError, ConnectorError, ConnectorUnavailable, DatalabError, SpecError
from transforms.stage import BatchResult


class CkanConnector(Connector):
    type_name: ClassVar[str] = "ckan"
    Options = CkanOptions
    secret_options = frozenset({"api_key"})
    options: CkanOptions

    def _client(self) -> httpx.Client:
        token = resolve_secret(self.options.api_key, option="api_key", connector=self.name)
        return make_client(headers={"Authorization": token} if token else None, timeout=self.options.timeout,
                           retry=RetryPolicy(retries=self.options.retries))

    def _action(self, client: httpx.Client, action: str, **params: Any) -> Any:
        url = f"{self.options.url.rstrip('/')}/api/3/action/{action}"
        params = {k: v for k, v in params.items() if v is not None}  # older CKAN rejects unknown params
        resp = request(client, "GET", url, connector=self.name, what=f"CKAN {action}", params=params,
                       ok=(200, 400, 403, 404, 409))
        try:
            body = resp.json()
        except ValueError as exc:
            msg = (f"{self.name}: {resp.request.url} did not answer with CKAN JSON (HTTP {resp.status_code}); "
                   "check that `url` is the CKAN site root")
            raise ConnectorError(msg) from exc
        if not isinstance(body, dict) or not body.get("success"):
            err = body.get("error", {}) if isinstance(body, dict) else {}
            kind = err.get("__type", "error")
            text = err.get("message") or err.get("q") or err
            msg = f"{self.name}: CKAN {action} failed: {kind}: {text}"
            if kind == "Authorization Error" or resp.status_code == 403:
                raise ConnectorAuthError(msg + "; check the `api_key` option (an env:/file: reference)")
            if kind == "Not Found Error" or resp.status_code == 404:
                raise ConnectorError(msg + f"; `datalab connectors catalog {self.name}` lists the datasets")
            raise ConnectorError(msg)
        return body["result"]

    def packages(self, client: httpx.Client) -> Iterator[dict[str, Any]]:
        """Every package of the search, page by page (past the 1000-row cap)."""
        start, seen = 0, 0
        while True:
            result = self._action(client, "package_search", q=self.options.query, fq=self.options.filter_query,
                                  rows=self.options.rows, start=start, sort="id asc")
            page = result.get("results") or []
            for pkg in page:
                yield pkg
                seen += 1
                if self.options.max_datasets and seen >= self.options.max_datasets:
                    return
            start += len(page)
            if not page or start >= int(result.get("count") or 0):
                return

    def info(self, pkg: dict[str, Any]) -> DatasetInfo:
        return DatasetInfo(
            id=pkg.get("name") or pkg.get("id"),
            title=pkg.get("title"),
            description=(pkg.get("notes") or "")[:2000] or None,
            licence=_licence(pkg),
            distributions=[Distribution(id=r.get("id"), url=r.get("url"), media_type=r.get("mimetype"),
                                        format=(r.get("format") or None), byte_size=_int(r.get("size")))
                           for r in pkg.get("resources") or []],
            metadata={"ckan_id": pkg.get("id"), "organization": (pkg.get("organization") or {}).get("name"),
                      "metadata_modified": pkg.get("metadata_modified"), "license_id": pkg.get("license_id"),
                      "license_title": pkg.get("license_title"), "license_url": pkg.get("license_url"),
                      "isopen": pkg.get("isopen")},
        )

    def discover(self) -> list[DatasetInfo]:
        with self._client() as client:
            return [self.info(p) for p in self.packages(client)]

    def check(self) -> CheckResult:
        try:
            with self._client() as client:
                try:
                    status = self._action(client, "status_show")
                except (ConnectorAuthError, ConnectorUnavailable):
                    raise
                except ConnectorError:  # some portals disable status_show; the search still tells
                    status = {}
                result = self._action(client, "package_search", q=self.options.query, fq=self.options.filter_query, rows=0)
        except DatalabError as exc:
            return CheckResult(False, str(exc))
        version = status.get("ckan_version", "?") if isinstance(status, dict) else "?"
        return CheckResult(True, f"{self.name}: CKAN {version} at {self.options.url}: {result.get('count', 0)} dataset(s)",
                           {"ckan_version": version, "datasets": result.get("count")})

    def plan(self, dataset_id: str | None = None, *, id_field: str = "id", text_field: str | None = "text") -> list[ReadTask]:
        dataset_id = dataset_id or self.options.dataset
        with self._client() as client:
            if dataset_id:
                packages = [self._action(client, "package_show", id=dataset_id)]
            elif self.options.query != "*:*" or self.options.filter_query or self.options.max_datasets:
                packages = list(self.packages(client))
            else:
                msg = (f"{self.name}: which dataset? set the option `dataset` (or `datalab pull {self.name} ID`), or a "
                       "`query`/`filter_query`/`max_datasets` to pull every matching dataset")
                raise SpecError(msg)
        tasks = []
        for pkg in packages:
            tasks.extend(self._tasks(pkg, id_field, text_field))
        return tasks

    def _tasks(self, pkg: dict[str, Any], id_field: str, text_field: str | None) -> list[ReadTask]:
        ident = pkg.get("name") or pkg.get("id")
        licence = _licence(pkg)
        check_licence(self.name, ident, licence, self.options.allowed_licences)
        wanted = set(self.options.resources or [])
        readable = {f.lower() for f in self.options.resource_formats}
        tasks, skipped = [], []
        for res in pkg.get("resources") or []:
            if wanted and not ({res.get("id"), res.get("name")} & wanted):
                continue
            fmt = format_from(option=self.options.format, media_type=res.get("mimetype"), declared=res.get("format"),
                              name=res.get("url"))
            if not res.get("url") or fmt not in readable:
                skipped.append(f"{res.get('name') or res.get('id')} ({res.get('format') or res.get('mimetype') or '?'})")
                continue
            prov = Provenance(connector=self.name, dataset_id=ident, distribution=res.get("id") or res["url"],
                              licence=licence, policy=None)
            tasks.append(ReadTask(uri=res["url"], provenance=prov, params={
                "format": fmt, "media_type": res.get("mimetype"), "auth_header": self.options.api_key,
                "timeout": self.options.timeout, "max_bytes": self.options.max_bytes, "id_field": id_field, "text_field": text_field,
                "format_option": self.options.format}))
        if not tasks:
            msg = (f"{self.name}: dataset {ident} has no resource in a readable format "
                   f"({', '.join(sorted(readable))}); resources: {', '.join(skipped) or 'none'}")
            raise ConnectorError(msg)
        return tasks

    def read(self, task: ReadTask, *, batch_rows: int) -> Iterator[BatchResult]:
        yield from read_url_task(self.name, task, batch_rows=batch_rows)


def _licence(pkg: dict[str, Any]) -> str | None:
    """The SPDX id when known, else CKAN's license_id / URL / title."""
    for value in (pkg.get("license_id"), pkg.get("license_url"), pkg.get("license_title")):
        if value and value not in ("notspecified", "other-undefined"):
            norm = normalise_licence(value)
            if norm != value or value == pkg.get("license_url") or value == pkg.get("license_id"):
                return norm
    return pkg.get("license_id") or None


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
