"""Dataset cards: Hugging Face README, Croissant 1.0 (validated by mlcroissant), DCAT-AP."""

from __future__ import annotations

import json
from pathlib import Path

import fsspec
import pyarrow as pa
import pytest
import yaml

from pipelines.cards import croissant, size_category, write_cards
from pipelines.releases import publish_release
from tests.trainers.conftest import make_table, write_dataset


@pytest.fixture(scope="module")
def release(tmp_path_factory, small_dataset_dir) -> Path:
    return Path(publish_release(small_dataset_dir, str(tmp_path_factory.mktemp("rel")), "news"))


def front_matter(text: str) -> dict:
    assert text.startswith("---\n")
    return yaml.safe_load(text.split("---\n", 2)[1])


def test_hf_card_header(release):
    header = front_matter((release / "README.md").read_text())
    assert header["license"] == "other" and header["license_name"] == "mixed-per-source"
    assert header["language"] == ["en", "fr"]  # read from the `lang` column
    assert header["size_categories"] == ["n<1K"]
    assert header["pretty_name"] == "news v1"
    features = {f["name"]: f["dtype"] for f in header["dataset_info"]["features"]}
    assert features == {"id": "string", "text": "string", "lang": "string", "n": "int64",
                        "score": "float64", "source": "string"}
    assert header["dataset_info"]["splits"][0]["num_examples"] == 103
    files = header["configs"][0]["data_files"][0]["path"]
    assert files == [f"part-{i:05d}-of-00004.parquet" for i in range(4)]


def test_hf_card_single_licence_nested_types_and_sizes(tmp_path):
    table = make_table(5).append_column(
        "provenance", pa.array([{"uri": "a", "row": i} for i in range(5)])
    ).append_column("tags", pa.array([["x", "y"]] * 5, pa.list_(pa.string())))
    manifest = write_dataset(str(tmp_path), table, sources=[
        {"connector": "files", "dataset_id": "d", "licence": "CC-BY-4.0", "policy": None, "rows": 0}])
    manifest["languages"] = ["de"]
    write_cards(fsspec.filesystem("file"), str(tmp_path), manifest)
    header = front_matter((tmp_path / "README.md").read_text())
    assert header["license"] == "cc-by-4.0" and header["language"] == ["de"]
    features = {f["name"]: f for f in header["dataset_info"]["features"]}
    assert features["provenance"]["struct"] == [{"name": "uri", "dtype": "string"},
                                                {"name": "row", "dtype": "int64"}]
    assert features["tags"]["list"] == "string"
    assert [size_category(n) for n in (999, 1000, 2_500_000, 10**13)] == [
        "n<1K", "1K<n<10K", "1M<n<10M", "n>1T"]


def test_croissant_validates_with_mlcroissant_and_yields_every_record(release):
    mlc = pytest.importorskip("mlcroissant")
    metadata = json.loads((release / "croissant.json").read_text())
    manifest = json.loads((release / "manifest.json").read_text())
    objects = [d for d in metadata["distribution"] if d["@type"] == "cr:FileObject"]
    assert {(d["contentUrl"], d["sha256"]) for d in objects} == {
        (s["path"], s["sha256"]) for s in manifest["shards"]}
    fields = metadata["recordSet"][0]["field"]
    assert {f["name"]: f["dataType"] for f in fields} == {
        "id": "sc:Text", "text": "sc:Text", "lang": "sc:Text", "n": "sc:Integer",
        "score": "sc:Float", "source": "sc:Text"}
    dataset = mlc.Dataset(jsonld=str(release / "croissant.json"))  # raises on validation errors
    assert dataset.metadata.issues.errors == set()
    records = list(dataset.records("default"))
    assert len(records) == 103
    assert sorted(r["default/n"] for r in records) == list(range(103))


def test_croissant_nested_fields_validate(tmp_path):
    mlc = pytest.importorskip("mlcroissant")
    table = make_table(4).append_column(
        "provenance", pa.array([{"uri": "a", "row": i} for i in range(4)]))
    manifest = write_dataset(str(tmp_path), table)
    (tmp_path / "croissant.json").write_text(json.dumps(croissant(manifest)))
    dataset = mlc.Dataset(jsonld=str(tmp_path / "croissant.json"))
    assert dataset.metadata.issues.errors == set()
    sub = [f for f in dataset.metadata.record_sets[0].fields if f.name == "provenance"][0]
    assert [s.name for s in sub.sub_fields] == ["uri", "row"]


def test_dcat_ap_dataset_with_distributions_licence_and_provenance(release):
    rdflib = pytest.importorskip("rdflib")
    graph = rdflib.Graph().parse(data=(release / "dcat.jsonld").read_text(), format="json-ld")
    manifest = json.loads((release / "manifest.json").read_text())
    q = """
    PREFIX dcat: <http://www.w3.org/ns/dcat#>
    PREFIX dct: <http://purl.org/dc/terms/>
    PREFIX prov: <http://www.w3.org/ns/prov#>
    PREFIX spdx: <http://spdx.org/rdf/terms#>
    """
    datasets = list(graph.query(q + "SELECT ?d WHERE { ?d a dcat:Dataset ; dct:title ?t }"))
    assert len(datasets) == 1
    sums = {str(r.v) for r in graph.query(q + """SELECT ?v WHERE {
        ?d dcat:distribution ?dist . ?dist a dcat:Distribution ; spdx:checksum ?c .
        ?c spdx:checksumValue ?v }""")}
    assert sums == {s["sha256"] for s in manifest["shards"]}
    derived = {str(r.s) for r in graph.query(q + "SELECT ?s WHERE { ?d prov:wasDerivedFrom ?s }")}
    assert derived == {"urn:datalab:files:examples/data/corpus", "urn:uuid:3f7c-health-notes"}
    licences = {str(r.l) for r in graph.query(q + """SELECT ?l WHERE {
        ?d prov:wasDerivedFrom ?s . ?s dct:license ?l }""")}
    assert licences == {"http://spdx.org/licenses/CC-BY-4.0", "https://example.org/licences/dsp-agreement-17"}
    langs = {str(r.l) for r in graph.query(q + "SELECT ?l WHERE { ?d dct:language ?l }")}
    assert langs == {"http://publications.europa.eu/resource/authority/language/ENG",
                     "http://publications.europa.eu/resource/authority/language/FRA"}
    urls = {str(r.u) for r in graph.query(q + "SELECT ?u WHERE { ?x dcat:downloadURL ?u }")}
    assert urls == {f"file://{release}/{s['path']}" for s in manifest["shards"]}
