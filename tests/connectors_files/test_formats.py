"""Every format and compression reads the same rows, with the run's column names, ids and sources."""

from __future__ import annotations

import gzip
import json

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest
import xxhash
import zstandard

from connectors.files import FilesConnector, FilesOptions
from datalab.errors import SourceError
from tests.connectors_files.conftest import read_all

DOCS = [
    {"id": f"d{i}", "text": f"Document {i}, with a comma and \"quotes\"", "lang": "fr" if i % 2 else "de", "n": i}
    for i in range(1, 26)
]


def _jsonl(rows) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()


def _csv(rows, delimiter=",") -> bytes:
    import io

    sink = io.BytesIO()
    pacsv.write_csv(pa.Table.from_pylist(rows), sink, write_options=pacsv.WriteOptions(delimiter=delimiter))
    return sink.getvalue()


def _parquet(rows, **kwargs) -> bytes:
    import io

    sink = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows), sink, **kwargs)
    return sink.getvalue()


WRITERS = {
    "a.jsonl": _jsonl,
    "a.ndjson": _jsonl,
    "a.csv": _csv,
    "a.tsv": lambda rows: _csv(rows, "\t"),
    "a.parquet": _parquet,
    "a.jsonl.gz": lambda rows: gzip.compress(_jsonl(rows)),
    "a.jsonl.zst": lambda rows: zstandard.compress(_jsonl(rows)),
    "a.csv.gz": lambda rows: gzip.compress(_csv(rows)),
    "a.csv.zst": lambda rows: zstandard.compress(_csv(rows)),
}


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_every_format_reads_the_same_rows(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(WRITERS[name](DOCS))
    read = read_all({"paths": [str(path)]})
    assert read.column("id") == [d["id"] for d in DOCS]
    assert read.column("text") == [d["text"] for d in DOCS]
    assert read.column("lang") == [d["lang"] for d in DOCS]
    assert read.column("n") == [d["n"] for d in DOCS]
    assert read.kept.column_names == ["id", "text", "lang", "n", "source", "provenance"]
    # lines for text formats (the CSV header is line 1), 0-based row index for Parquet
    first = 0 if name.endswith(".parquet") else 2 if ".csv" in name or ".tsv" in name else 1
    assert read.column("source") == [f"{path}#{first + i}" for i in range(len(DOCS))]
    assert read.stats["files_read"] == 1
    assert read.stats["rows_read"] == len(DOCS)
    assert read.stats.get("rows_quarantined", 0) == 0
    if name.endswith(".parquet"):  # the column chunks of its row groups (not the footer)
        assert 0 < read.stats["bytes_read"] < path.stat().st_size
    else:
        assert read.stats["bytes_read"] == path.stat().st_size
    assert read.quarantined is None


def test_memory_glob_over_several_formats_is_sorted_and_complete():
    import fsspec

    fs = fsspec.filesystem("memory")
    fs.pipe("/globtest/x/b.jsonl", _jsonl(DOCS[:5]))
    fs.pipe("/globtest/x/a.csv", _csv(DOCS[5:10]))
    fs.pipe("/globtest/x/c.parquet", _parquet(DOCS[10:]))
    fs.pipe("/globtest/x/notes.txt", b"not data")
    read = read_all({"paths": ["memory://globtest/x/[abc].*"]})  # not notes.txt
    assert sorted(read.column("id")) == sorted(d["id"] for d in DOCS)
    assert read.column("source")[0] == "memory:///globtest/x/a.csv#2"
    assert read.stats["files_read"] == 3


def test_a_folder_means_its_files_of_known_formats(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.jsonl").write_bytes(_jsonl(DOCS[:3]))
    (tmp_path / "two.csv.gz").write_bytes(gzip.compress(_csv(DOCS[3:6])))
    (tmp_path / "README.md").write_text("ignored")
    read = read_all({"paths": [str(tmp_path)]})
    assert sorted(read.column("id")) == sorted(d["id"] for d in DOCS[:6])


def test_format_option_overrides_the_extension(tmp_path):
    path = tmp_path / "export.txt"
    path.write_bytes(_jsonl(DOCS[:4]))
    with pytest.raises(SourceError, match="cannot tell the format"):
        read_all({"paths": [str(path)]})
    assert read_all({"paths": [str(path)], "format": "jsonl"}).column("id") == ["d1", "d2", "d3", "d4"]


def test_file_columns_are_renamed_to_the_run_record_fields(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(_jsonl([{"doc_id": 7, "body": "hello", "id": "other"}]))
    read = read_all(
        {"paths": [str(path)], "id_field": "doc_id", "text_field": "body"}, id_field="rid", text_field="content"
    )
    assert read.kept.column_names == ["rid", "content", "id", "source", "provenance"]
    assert read.kept.to_pylist()[0]["rid"] == "7"  # ids are always text
    assert read.kept.to_pylist()[0]["content"] == "hello"
    # a file column that clashes with a run column is kept under another name
    clash = tmp_path / "b.jsonl"
    clash.write_bytes(_jsonl([{"doc_id": 1, "body": "x", "rid": "was here", "source": "web"}]))
    read = read_all({"paths": [str(clash)], "id_field": "doc_id", "text_field": "body"}, id_field="rid")
    row = read.kept.to_pylist()[0]
    assert row["rid_original"] == "was here" and row["source_original"] == "web"
    assert row["source"] == f"{clash}#1"


def test_content_ids_are_a_stable_hash_of_the_text(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(_jsonl([{"text": "héllo"}, {"text": None}, {"text": "héllo"}, {"text": "world"}]))
    first = read_all({"paths": [str(path)]}).column("id")
    second = read_all({"paths": [str(path)], "id_from": "content"}).column("id")
    assert first == second
    # pinned value: the same on every machine and every run
    assert first[0] == xxhash.xxh3_128_hexdigest("héllo".encode()) == "5c04d7f26e6ecfce2ad2fc5553253f9c"
    assert first[0] == first[2] and first[1] != first[3] and len(set(first)) == 3


def test_auto_ids_use_the_column_and_fill_nulls_from_content(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(_jsonl([{"id": 1, "text": "a"}, {"id": None, "text": "b"}, {"text": "c"}]))
    ids = read_all({"paths": [str(path)]}).column("id")
    assert ids[0] == "1"
    assert ids[1] == xxhash.xxh3_128_hexdigest(b"b") and ids[2] == xxhash.xxh3_128_hexdigest(b"c")
    # id_from: content ignores the column (kept under another name)
    read = read_all({"paths": [str(path)], "id_from": "content"})
    assert read.column("id")[0] == xxhash.xxh3_128_hexdigest(b"a")
    assert read.column("id_original") == [1, None, None]


def test_table_ids_hash_the_whole_row_whatever_the_column_order(tmp_path):
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    one.write_bytes(b"country,amount,day\nFR,1.5,2024-01-02\nDE,,2024-01-03\n")
    two.write_bytes(b"day,country,amount\n2024-01-02,FR,1.5\n")
    first = read_all({"paths": [str(one)]}, text_field=None)
    second = read_all({"paths": [str(two)]}, text_field=None)
    assert "text" not in first.kept.column_names
    ids = first.column("id")
    assert len(set(ids)) == 2 and all(len(i) == 32 for i in ids)
    assert ids[0] == second.column("id")[0]
    assert read_all({"paths": [str(one)]}, text_field=None).column("id") == ids


def test_provenance_records_licence_pattern_and_file(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(_jsonl(DOCS[:2]))
    read = read_all({"paths": [str(tmp_path / "*.jsonl")], "licence": "CC-BY-4.0"})
    prov = read.column("provenance")[0]
    assert prov["connector"] == "files"
    assert prov["licence"] == "CC-BY-4.0"
    assert prov["dataset_id"] == str(tmp_path / "*.jsonl")
    assert prov["distribution"] == str(path)
    assert prov["retrieved_at"] is not None


def test_batches_hold_batch_rows_rows(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(_jsonl({"id": str(i), "text": "x" * (i % 7)} for i in range(1000)))
    read = read_all({"paths": [str(path)]}, batch_rows=128)
    assert read.batch_sizes == [128] * 7 + [104]


def test_csv_options_delimiter_quote_and_newlines_in_values(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(b"id;text\n1;'multi\nline; value'\n2;plain\n")
    read = read_all({"paths": [str(path)], "csv": {"delimiter": ";", "quote": "'", "newlines_in_values": True}})
    assert read.column("text") == ["multi\nline; value", "plain"]
    assert read.column("source") == [f"{path}#2", f"{path}#4"]


def test_csv_without_header_names_columns(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(b"1,hello\n2,world\n")
    read = read_all({"paths": [str(path)], "csv": {"header": False, "column_names": ["id", "text"]}})
    assert read.column("text") == ["hello", "world"]
    assert read.column("source") == [f"{path}#1", f"{path}#2"]
    read = read_all({"paths": [str(path)], "csv": {"header": False}, "text_field": "f1", "id_field": "f0"})
    assert read.column("id") == ["1", "2"]


def test_text_and_id_columns_are_always_text(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(b"id,text\n1,123\n2,456\n")
    read = read_all({"paths": [str(path)]})
    assert read.kept.schema.field("text").type == pa.string()
    assert read.column("text") == ["123", "456"]


def test_bom_is_ignored(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(b"\xef\xbb\xbfid,text\n1,a\n")
    assert read_all({"paths": [str(path)]}).column("text") == ["a"]
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"text": "a"}\n')
    assert read_all({"paths": [str(path)]}).column("text") == ["a"]


def test_tasks_are_small_and_picklable(tmp_path):
    import pickle

    path = tmp_path / "a.jsonl"
    path.write_bytes(_jsonl(DOCS))
    connector = FilesConnector.from_options({"paths": [str(path)]})
    (task,) = connector.plan()
    assert len(pickle.dumps(task)) < 2000
    assert pickle.loads(pickle.dumps(connector)).options == connector.options


def test_discover_lists_files(tmp_path):
    (tmp_path / "a.jsonl").write_bytes(_jsonl(DOCS[:2]))
    (tmp_path / "b.parquet").write_bytes(_parquet(DOCS[:2]))
    connector = FilesConnector.from_options({"paths": [str(tmp_path / "*")], "licence": "CC0-1.0"})
    found = connector.discover()
    assert [d.id for d in found] == [str(tmp_path / "a.jsonl"), str(tmp_path / "b.parquet")]
    assert found[1].distributions[0].format == "parquet"
    assert found[1].distributions[0].byte_size == (tmp_path / "b.parquet").stat().st_size
    assert found[0].licence == "CC0-1.0"
    result = connector.check()
    assert result.ok and "2 file(s)" in result.message


def test_options_are_documented_with_defaults():
    for name, field in FilesOptions.model_fields.items():
        assert field.description, name
        if name != "paths":
            assert not field.is_required(), name
    with pytest.raises(ValueError, match="must not be written in clear"):
        FilesOptions(paths=["s3://b/x"], storage_options={"secret": "plaintext"})
    assert FilesOptions(paths="a.jsonl").paths == ["a.jsonl"]


def test_readme_documents_every_option():
    from pathlib import Path

    from connectors.files import CsvOptions

    readme = Path(__file__).resolve().parents[2] / "README.md"
    text = readme.read_text(encoding="utf-8")
    section = text.split("### Files", 1)[1].split("<!-- /section:connectors -->", 1)[0]
    for name in FilesOptions.model_fields:
        assert f"| `{name}` |" in section, f"README's Files table lacks option {name!r}"
    for name in CsvOptions.model_fields:
        assert f"`{name}`" in section, f"README's Files section lacks csv option {name!r}"


def test_crlf_csv_with_blank_lines_keeps_line_numbers(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(b"id,text\r\n1,a\r\n\r\n2,b\r\n3,c,extra\r\n4,d")
    read = read_all({"paths": [str(path)]})
    assert read.column("text") == ["a", "b", "d"]
    assert read.column("source") == [f"{path}#2", f"{path}#4", f"{path}#6"]
    assert read.reasons() == [(f"{path}#5", "CSV row has 3 fields, expected 2")]
    assert read.quarantined.column("raw").to_pylist() == ["3,c,extra"]


def test_a_task_can_name_a_local_copy_after_its_origin(tmp_path):
    import dataclasses

    path = tmp_path / "download.jsonl"
    path.write_bytes(_jsonl(DOCS[:2]))
    connector = FilesConnector.from_options({"paths": [str(path)]})
    (task,) = connector.plan()
    renamed = dataclasses.replace(task, uri="https://provider.example/data.jsonl")
    rows = [r for result in connector.read(renamed, batch_rows=10) for r in result.kept.to_pylist()]
    assert [r["source"] for r in rows] == ["https://provider.example/data.jsonl#1", "https://provider.example/data.jsonl#2"]
