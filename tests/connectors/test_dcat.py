"""The DCAT-AP connector: RDF catalogues (Hydra pages, RDF/XML, Turtle, JSON-LD with a remote
context that must not be fetched) and the data.europa.eu search API, served on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pytest

from connectors.dcat import DcatConnector
from connectors.dcat import rdf
from datalab.errors import ConnectorError, PolicyRefused, SourceError
from tests.connectors.conftest import shared
from tests.dataspace_servers.catalogues import PiveauServer

FIX = Path(__file__).parent / "fixtures" / "dcat"
FILES = {"air.csv": b"station,text\nA1,no2 high\nB2,no2 low\n", "rivers.jsonl": b'{"id": "r1", "text": "rhine 3.2m"}\n'}


class CatalogueServer(PiveauServer):
    """Serves the project's DCAT fixtures with HOST replaced by the server's address."""

    def __init__(self) -> None:
        super().__init__(search_results=[], files=FILES)
        s = self.server
        s.routes.insert(0, ("GET", __import__("re").compile(r"^/catalog\.rdf/?$"), self._page))
        s.route("GET", "/doc/{name}", lambda r: self._doc(r.params["name"]))

    def _fix(self, name: str) -> bytes:
        return (FIX / name).read_bytes().replace(b"http://HOST", self.url.encode())

    def _page(self, req):
        from connectors.dsp.server import Response

        if req.query.get("page") == "2":
            return Response(200, raw=self._fix("page2.ttl"), headers={"Content-Type": "text/turtle"})
        return Response(200, raw=self._fix("page1.rdf"), headers={"Content-Type": "application/rdf+xml"})

    def _doc(self, name):
        from connectors.dsp.server import Response

        return Response(200, raw=self._fix(name), headers={"Content-Type": "application/ld+json"})

    def start_search(self):
        self.results.extend(json.loads(self._fix("search.json"))["result"]["results"])


@pytest.fixture()
def server():
    s = CatalogueServer()
    with s:
        s.start_search()
        yield s


def table(conn, dataset):
    return pa.Table.from_batches([r.kept for t in conn.plan(dataset) for r in conn.read(t, batch_rows=100) if r.kept.num_rows])


def test_rdf_catalogue_with_hydra_pages(server):
    c = DcatConnector.from_options({"catalog_url": f"{server.url}/catalog.rdf?page=1"}, name="rdfcat")
    found = {d.id: d for d in c.discover()}
    assert set(found) == {"air-quality", "closed", "rivers"}
    assert found["air-quality"].title == "Air quality" and found["air-quality"].licence == "CC-BY-4.0"
    assert found["rivers"].licence == "CC0-1.0"  # from the distribution
    assert c.check().ok and "3 dataset(s)" in c.check().message


def test_download_url_then_access_url_and_format_variants(server):
    c = DcatConnector.from_options({"catalog_url": f"{server.url}/catalog.rdf?page=1"}, name="rdfcat")
    tasks = c.plan("air-quality")
    assert [t.uri for t in tasks] == [f"{server.url}/files/air.csv"]  # downloadURL literal; HTML skipped
    t = table(c, "air-quality")
    assert t.column("station").to_pylist() == ["A1", "B2"]
    assert t.column("provenance")[0].as_py()["licence"] == "CC-BY-4.0"
    assert len(t.column("id")[0].as_py()) == 32  # no id column: the content hash, as for files
    t = table(c, "rivers")  # accessURL only, format from a dct:IMT blank node
    assert t.column("text").to_pylist() == ["rhine 3.2m"]


def test_licence_allow_list(server):
    c = DcatConnector.from_options({"catalog_url": f"{server.url}/catalog.rdf", "allowed_licences": ["CC-BY-4.0"]}, name="x")
    with pytest.raises(PolicyRefused, match="closed .*refused by policy: its licence is http://example.org/licences/proprietary"):
        c.plan("closed")
    assert c.plan("air-quality")


def test_jsonld_remote_context_is_never_fetched(server):
    c = DcatConnector.from_options({"catalog_url": f"{server.url}/doc/remote-context.jsonld"}, name="ld")
    (d,) = c.discover()
    assert d.id == "jsonld" and d.distributions[0].url == f"{server.url}/files/air.csv"


def test_search_api_tolerant_of_old_and_new_fields(server):
    c = DcatConnector.from_options({"search_url": f"{server.url}/search", "limit": 2}, name="europa")
    found = {d.id: d for d in c.discover()}
    assert set(found) == {"air-quality", "old-style", "no-data"}
    assert found["air-quality"].licence == "CC-BY-4.0" and found["air-quality"].title == "Air quality"
    assert table(c, "air-quality").num_rows == 2
    assert table(c, "old-style").column("id").to_pylist() == ["r1"]
    with pytest.raises(ConnectorError, match="no-data has no distribution in a readable format .*HTML"):
        c.plan("no-data")
    with pytest.raises(ConnectorError, match="no dataset 'missing'"):
        c.plan("missing")


def test_options_need_a_source():
    with pytest.raises(ValueError, match="search_url.*catalog_url"):
        DcatConnector.from_options({}, name="x")


@pytest.mark.shared
def test_every_ckanext_dcat_variant():
    folder = shared("dcat-ap/ckanext-dcat")
    parsed = {}
    for path in sorted(folder.iterdir()):
        if path.suffix not in (".rdf", ".ttl", ".jsonld"):
            continue
        if path.name == "dataset.ttl":  # malformed upstream: a clean, located error
            with pytest.raises(SourceError, match=r"dataset.ttl: not valid DCAT-AP TURTLE .*healthdcatap"):
                rdf.parse_graph(path.read_bytes(), name=path.name)
            continue
        parsed[path.name] = rdf.datasets(rdf.parse_graph(path.read_bytes(), name=path.name))
    assert parsed["dataset_gov_de.rdf"][0].licence == "http://dcat-ap.de/def/licenses/cc-zero"
    gml = parsed["dataset_gov_de.rdf"][0].distributions
    assert any(d.download_url is None and d.access_url.endswith("/wfs") for d in gml)
    csv = [d for d in parsed["catalog_datasets_list.rdf"][0].distributions if d.media_type == "text/csv"]
    assert csv and csv[0].download_url.endswith("1.csv")
    assert parsed["catalog_with_at_graph.jsonld"][0].distributions[0].download_url == "http://example2.org/files/download.zip"


@pytest.mark.shared
def test_piveau_recorded_search_response(tmp_path):
    recorded = json.loads(shared("data-europa-piveau/piveau-hub-search__example_search_response.json").read_text())
    with PiveauServer(recorded["result"]["results"]) as s:
        found = DcatConnector.from_options({"search_url": f"{s.url}/search"}, name="eu").discover()
        assert [d.id for d in found] == [r["id"] for r in recorded["result"]["results"]]


def test_search_discovery_with_hub_repo_rdf_metadata(server):
    server.rdf["air-quality"] = ("application/rdf+xml", server._fix("page1.rdf"))
    server.rdf["broken"] = ("text/turtle", b"@prefix dcat: <http://www.w3.org/ns/dcat#> .\n<x> a healthdcatap:Thing .")
    c = DcatConnector.from_options({"search_url": f"{server.url}/search", "repo_url": f"{server.url}/repo"}, name="eu")
    tasks = c.plan("air-quality")  # metadata from the RDF record, not the search JSON
    assert tasks[0].provenance.distribution == f"{server.url}/dataset/air-quality/csv"
    assert tasks[0].provenance.licence == "CC-BY-4.0"
    with pytest.raises(SourceError, match=r"/repo/datasets/broken: not valid DCAT-AP TURTLE"):
        c.plan("broken")
    assert len(c.discover()) == 3  # one broken record does not break discovery
