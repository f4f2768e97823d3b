"""A CKAN Action API server replaying recorded (or synthesised) packages, with a file host, a
301 legacy path, private datasets behind an API token, and CKAN's paging rules (rows default 10,
capped at 1000, `start`); plus a data.europa.eu (piveau hub-search / hub-repo) style server."""

from __future__ import annotations

import json
from typing import Any

from connectors.dsp.server import JsonServer, Request, Response

CKAN_HELP = "https://demo.ckan.org/api/3/action/help_show?name="


class CkanServer:
    def __init__(self, packages: list[dict[str, Any]], files: dict[str, bytes] | None = None, *,
                 api_key: str | None = None, private: set[str] | None = None, version: str = "2.10.4") -> None:
        self.packages = packages
        self.files = files or {}
        self.api_key = api_key
        self.private = private or set()
        self.version = version
        self.calls: list[tuple[str, dict[str, str]]] = []
        self.server = JsonServer()
        s = self.server
        s.route("GET", "/api/3/action/{action}", self._action)
        s.route("GET", "/legacy/api/3/action/{action}", self._legacy)
        s.route("GET", "/files/{name}", self._file)
        s.route("GET", "/moved/{name}", lambda r: Response(302, headers={"Location": f"{self.url}/files/{r.params['name']}"}))

    @property
    def url(self) -> str:
        return self.server.url

    def __enter__(self) -> CkanServer:
        self.server.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.stop()

    def _envelope(self, action: str, result: Any) -> Response:
        return Response(200, {"help": CKAN_HELP + action, "success": True, "result": result})

    def _error(self, action: str, status: int, kind: str, message: str) -> Response:
        return Response(status, {"help": CKAN_HELP + action, "success": False,
                                 "error": {"__type": kind, "message": message}})

    def _legacy(self, req: Request) -> Response:
        query = "&".join(f"{k}={v}" for k, v in req.query.items())
        return Response(301, headers={"Location": f"{self.url}/api/3/action/{req.params['action']}?{query}"})

    def _visible(self, req: Request) -> list[dict[str, Any]]:
        authorised = self.api_key is not None and req.headers.get("Authorization") == self.api_key
        return [p for p in self.packages if authorised or p.get("name") not in self.private]

    def _action(self, req: Request) -> Response:
        from urllib.parse import unquote_plus

        action = req.params["action"]
        q = {k: unquote_plus(v) for k, v in req.query.items()}
        self.calls.append((action, q))
        if self.api_key is not None and req.headers.get("Authorization") not in (None, self.api_key):
            return self._error(action, 403, "Authorization Error", "Access denied: invalid API token")
        if action == "status_show":
            return self._envelope(action, {"ckan_version": self.version, "site_url": self.url})
        if action == "package_search":
            unknown = set(q) - {"q", "fq", "rows", "start", "sort", "facet.field"}
            if unknown:
                return self._error(action, 400, "Search Query Error", f"Invalid search parameters: {sorted(unknown)}")
            rows = min(int(q.get("rows", 10)), 1000)
            start = int(q.get("start", 0))
            visible = self._visible(req)
            if q.get("fq"):
                key, _, value = q["fq"].partition(":")
                visible = [p for p in visible if str((p.get(key) if key != "organization" else (p.get("organization") or {}).get("name"))) == value]
            if q.get("sort", "").startswith("id"):
                visible = sorted(visible, key=lambda p: p["id"])
            return self._envelope(action, {"count": len(visible), "sort": q.get("sort", "score desc"),
                                           "results": visible[start:start + rows], "facets": {}, "search_facets": {}})
        if action == "package_show":
            ident = q.get("id")
            for p in self.packages:
                if ident in (p.get("id"), p.get("name")):
                    if p.get("name") in self.private and p not in self._visible(req):
                        return self._error(action, 403, "Authorization Error", f"User not authorized to read package {ident}")
                    return self._envelope(action, p)
            return self._error(action, 404, "Not Found Error", "Not found")
        return self._error(action, 400, "Bad Request", f"unknown action {action}")

    def _file(self, req: Request) -> Response:
        name = req.params["name"]
        if name not in self.files:
            return Response(404, raw=b"not found")
        ctype = {"csv": "text/csv", "json": "application/json", "jsonl": "application/x-ndjson",
                 "parquet": "application/octet-stream"}.get(name.rsplit(".", 1)[-1], "application/octet-stream")
        return Response(200, raw=self.files[name], headers={"Content-Type": ctype, "Accept-Ranges": "bytes"})


def package(i: int, *, url: str, licence: str = "cc-by", resources: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A synthetic package shaped like CKAN 2.10 output."""
    return {
        "id": f"{i:08d}-0000-4000-8000-000000000000", "name": f"dataset-{i}", "title": f"Dataset {i}",
        "notes": f"Synthetic dataset {i}", "license_id": licence, "license_title": licence, "isopen": True,
        "metadata_modified": "2026-11-01T00:00:00", "organization": {"name": "lab", "title": "Lab"},
        "resources": resources if resources is not None else [
            {"id": f"r{i}", "name": f"data-{i}.csv", "url": f"{url}/files/data-{i}.csv", "format": "CSV", "mimetype": None}],
    }


class PiveauServer:
    """data.europa.eu style: hub-search `/search` and `/datasets/{id}`, hub-repo RDF at
    `/repo/datasets/{id}` (RDF/XML or Turtle as recorded)."""

    def __init__(self, search_results: list[dict[str, Any]], rdf: dict[str, tuple[str, bytes]] | None = None,
                 files: dict[str, bytes] | None = None) -> None:
        self.results = search_results
        self.rdf = rdf or {}
        self.files = files or {}
        self.server = JsonServer()
        s = self.server
        s.route("GET", "/search/search", self._search)
        s.route("GET", "/search/datasets/{id}", self._dataset)
        s.route("GET", "/repo/datasets/{id}", self._repo)
        s.route("GET", "/catalog.rdf", lambda r: self._raw("catalog.rdf", r))
        s.route("GET", "/files/{name}", lambda r: self._raw(r.params["name"], r, files=True))

    @property
    def url(self) -> str:
        return self.server.url

    def __enter__(self) -> PiveauServer:
        self.server.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.stop()

    def _search(self, req: Request) -> Response:
        limit = min(int(req.query.get("limit", 10)), 1000)
        page = int(req.query.get("page", 0))
        items = self.results[page * limit:(page + 1) * limit]
        return Response(200, {"success": True, "result": {"count": len(self.results), "results": items}})

    def _dataset(self, req: Request) -> Response:
        for r in self.results:
            if r.get("id") == req.params["id"]:
                return Response(200, {"success": True, "result": r})
        return Response(404, {"success": False, "message": "dataset not found"})

    def _repo(self, req: Request) -> Response:
        ident = req.params["id"]
        for suffix in ("", ".rdf", ".ttl"):
            if ident.endswith(suffix) and ident[: len(ident) - len(suffix)] in self.rdf and suffix:
                ident = ident[: len(ident) - len(suffix)]
        if ident not in self.rdf:
            return Response(404, {"message": "not found"})
        ctype, body = self.rdf[ident]
        return Response(200, raw=body, headers={"Content-Type": ctype})

    def _raw(self, name: str, req: Request, files: bool = False) -> Response:
        store = self.files if files else {k: v for k, (_, v) in self.rdf.items()}
        if name not in store:
            return Response(404, raw=b"not found")
        ctype = "text/csv" if name.endswith(".csv") else "application/rdf+xml"
        return Response(200, raw=store[name], headers={"Content-Type": ctype})


__all__ = ["CkanServer", "PiveauServer", "package", "json"]
