"""Bad input: rows that do not parse go to quarantine with file, line and reason; a whole file
that cannot be read is an error naming it, or with `on_error: skip` is skipped and reported."""

from __future__ import annotations

import gzip
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from connectors.files import FilesConnector
from datalab.errors import SourceError
from tests.connectors_files.conftest import read_all


def test_csv_row_with_the_wrong_number_of_fields(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("id,text,lang\n1,good,fr\n2,too,many,fields,here\n\n3,short\n4,fine,de\n")
    read = read_all({"paths": [str(path)]})
    assert read.column("id") == ["1", "4"]
    assert read.column("source") == [f"{path}#2", f"{path}#6"]
    assert read.reasons() == [
        (f"{path}#3", "CSV row has 5 fields, expected 3"),
        (f"{path}#5", "CSV row has 2 fields, expected 3"),
    ]
    q = read.quarantined
    assert q.column_names == ["source", "raw", "_reason", "_stage"]
    assert q.column("raw").to_pylist() == ["2,too,many,fields,here", "3,short"]
    assert set(q.column("_stage").to_pylist()) == {"read"}
    assert read.stats["rows_read"] == 4 and read.stats["rows_quarantined"] == 2


def test_json_line_that_does_not_parse(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"id": 1, "text": "ok"}\n'
        '{"id": 2, "text": "x" "y"}\n'
        "\n"
        '[1, 2, 3]\n'
        '{"id": 5, "text": "two"}{"id": 6}\n'
        '{"id": 7, "text": "fine"}\n'
    )
    read = read_all({"paths": [str(path)]})
    assert read.column("id") == ["1", "7"]
    assert read.column("source") == [f"{path}#1", f"{path}#6"]
    assert read.reasons() == [
        (f"{path}#2", "invalid JSON: Expecting ',' delimiter at column 23"),
        (f"{path}#4", "JSON line is an array, expected an object"),
        (f"{path}#5", "invalid JSON: Extra data at column 25"),
    ]
    assert read.quarantined.column("raw").to_pylist()[0] == '{"id": 2, "text": "x" "y"}'
    cut = tmp_path / "cut.jsonl"
    cut.write_text('{"text": "ok"}\n{"id": 1, "text": "cut off\n')
    assert read_all({"paths": [str(cut)]}).reasons() == [
        (f"{cut}#2", "invalid JSON: Unterminated string starting at column 19")
    ]


def test_only_the_failing_block_is_parsed_line_by_line(tmp_path):
    path = tmp_path / "a.jsonl"
    lines = [json.dumps({"id": i, "text": f"t{i}", "score": 0.5}) for i in range(20_000)]
    lines[12_345] = '{"id": 12345, "text": '
    path.write_text("\n".join(lines) + "\n")
    read = read_all({"paths": [str(path)]}, batch_rows=4096)
    assert read.kept.num_rows == 19_999
    assert read.reasons() == [(f"{path}#12346", "invalid JSON: Expecting value at column 23")]
    assert read.kept.schema.field("score").type == pa.float64()


def test_raw_text_of_a_huge_bad_line_is_truncated(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "ok"}\n{"text": "' + "x" * 50_000 + "\n")
    read = read_all({"paths": [str(path)]})
    raw = read.quarantined.column("raw").to_pylist()[0]
    assert len(raw) <= 10_001 and raw.endswith("…")


def test_invalid_utf8_lines_are_quarantined(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"text": "ok"}\n{"text": "caf\xe9"}\n{"text": "fine"}\n')
    read = read_all({"paths": [str(path)]})
    assert read.column("text") == ["ok", "fine"]
    assert read.reasons() == [(f"{path}#2", "invalid UTF-8 at byte 14")]
    csv = tmp_path / "a.csv"
    csv.write_bytes(b"id,text\n1,ok\n2,caf\xe9\n3,fine\n")
    read = read_all({"paths": [str(csv)]})
    assert read.column("text") == ["ok", "fine"]
    assert read.column("source") == [f"{csv}#2", f"{csv}#4"]
    assert read.reasons() == [(f"{csv}#3", "invalid UTF-8 at byte 6")]


def test_a_column_whose_json_type_changes_is_read_as_text(tmp_path):
    path = tmp_path / "a.jsonl"
    rows = [{"text": "a", "age": 31}, {"text": "b", "age": "thirty"}, {"text": "c", "age": None},
            {"text": "d", "age": {"years": 3}}, {"text": "e", "age": 2.5}, {"text": "f", "age": True}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    read = read_all({"paths": [str(path)]})
    assert read.kept.schema.field("age").type == pa.string()
    assert read.column("age") == ["31", "thirty", None, '{"years":3}', "2.5", "true"]
    assert read.quarantined is None


def test_ints_and_floats_widen_and_types_stay_stable_across_blocks(tmp_path):
    path = tmp_path / "a.jsonl"
    rows = [{"text": str(i), "v": 1, "opt": None} for i in range(3)] + [{"text": "x", "v": 1.5, "opt": "set"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    read = read_all({"paths": [str(path)]})
    assert read.kept.schema.field("v").type == pa.float64()
    assert read.column("opt") == [None, None, None, "set"]


def test_null_text_is_kept_for_normalise_to_quarantine(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": 1, "text": null}\n{"id": 2}\n{"id": 3, "text": "ok"}\n')
    read = read_all({"paths": [str(path)]})
    assert read.column("text") == [None, None, "ok"]


def test_non_string_text_becomes_text(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": 12}\n{"text": "ok"}\n{"text": ["a", "b"]}\n')
    assert read_all({"paths": [str(path)]}).column("text") == ["12", "ok", '["a","b"]']


def test_absent_text_column_is_an_error_naming_the_file(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("id,body\n1,hello\n")
    with pytest.raises(SourceError) as info:
        read_all({"paths": [str(path)]})
    message = str(info.value)
    assert str(path) in message and "'text'" in message and "columns: id, body" in message
    assert "text_field" in message
    # the same for Parquet, caught while planning
    pq.write_table(pa.table({"body": ["x"]}), tmp_path / "b.parquet")
    with pytest.raises(SourceError, match=r"b\.parquet: has no text column 'text'"):
        FilesConnector.from_options({"paths": [str(tmp_path / "b.parquet")]}).plan()
    # with the right option it reads
    assert read_all({"paths": [str(path)], "text_field": "body"}).column("text") == ["hello"]


def test_id_from_column_requires_the_column(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "a"}\n')
    with pytest.raises(SourceError, match="has no id column 'id'"):
        read_all({"paths": [str(path)], "id_from": "column"})


def test_missing_file_and_empty_glob_are_errors_naming_them(tmp_path):
    missing = tmp_path / "nope.jsonl"
    with pytest.raises(SourceError, match=f"{missing}: no such file"):
        FilesConnector.from_options({"paths": [str(missing)]}).plan()
    pattern = str(tmp_path / "*.parquet")
    with pytest.raises(SourceError, match=r"no file matches this pattern"):
        FilesConnector.from_options({"paths": [pattern]}).plan()


def test_skip_mode_lists_skipped_files_in_the_stats(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text('{"text": "kept"}\n')
    corrupt = tmp_path / "corrupt.parquet"
    corrupt.write_bytes(b"PAR1 this is not parquet at all")
    missing = tmp_path / "missing.csv"
    read = read_all({"paths": [str(good), str(corrupt), str(missing)], "on_error": "skip"})
    assert read.column("text") == ["kept"]
    skipped = {item["uri"]: item["reason"] for item in read.stats["skipped_files"]}
    assert set(skipped) == {str(corrupt), str(missing)}
    assert "not a readable Parquet file" in skipped[str(corrupt)]
    assert "no such file" in skipped[str(missing)]
    assert read.stats["files_read"] == 1


def test_corrupt_parquet_is_an_error_naming_the_file(tmp_path):
    path = tmp_path / "bad.parquet"
    path.write_bytes(b"definitely not a parquet file")
    with pytest.raises(SourceError, match=rf"{path}: not a readable Parquet file"):
        FilesConnector.from_options({"paths": [str(path)]}).plan()


def test_parquet_with_corrupt_pages_fails_at_read_naming_the_file(tmp_path):
    path = tmp_path / "pages.parquet"
    pq.write_table(pa.table({"text": [f"row {i} " * 20 for i in range(5000)]}), path, compression="zstd")
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 2000] = b"\x00" * 2000  # damage data pages, keep the footer
    path.write_bytes(bytes(data))
    with pytest.raises(SourceError, match=str(path)):
        read_all({"paths": [str(path)]})
    read = read_all({"paths": [str(path)], "on_error": "skip"})
    assert [item["uri"] for item in read.stats["skipped_files"]] == [str(path)]


def test_truncated_gzip_fails_naming_the_file_or_is_skipped(tmp_path):
    path = tmp_path / "a.jsonl.gz"
    payload = gzip.compress(b"".join(b'{"text": "line %d"}\n' % i for i in range(20_000)))
    path.write_bytes(payload[: len(payload) // 2])
    with pytest.raises(SourceError, match=str(path)):
        read_all({"paths": [str(path)]})
    from unittest import mock

    with mock.patch("connectors.files.source.BLOCK_BYTES", 4096):  # read in small blocks
        read = read_all({"paths": [str(path)], "on_error": "skip"}, batch_rows=3000)
    (item,) = read.stats["skipped_files"]
    assert item["uri"] == str(path) and str(path) in item["reason"]
    # what was read before the damage is kept and counted: rows in = rows out
    assert read.kept.num_rows == item["rows_before"] == read.stats["rows_read"] > 0
    assert read.column("text")[:2] == ["line 0", "line 1"]


def test_empty_files(tmp_path):
    (tmp_path / "a.jsonl").write_text("")
    (tmp_path / "b.csv").write_text("id,text\n")
    read = read_all({"paths": [str(tmp_path / "a.jsonl"), str(tmp_path / "b.csv")]})
    assert read.kept.num_rows == 0 and read.stats["files_read"] == 2
    (tmp_path / "c.csv").write_text("")
    with pytest.raises(SourceError, match="the CSV file is empty"):
        read_all({"paths": [str(tmp_path / "c.csv")]})


def test_unterminated_quote_is_a_bad_row_not_a_hang(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text('id,text\n1,ok\n2,"never closed\n3,b\n4,c\n')
    read = read_all({"paths": [str(path)], "csv": {"newlines_in_values": True}})
    assert read.column("text") == ["ok"]
    assert read.reasons() == [(f"{path}#3", "unterminated quoted value: the quote is never closed")]
    assert read.quarantined.column("raw").to_pylist() == ['2,"never closed\n3,b\n4,c']


def test_unset_secret_reference_is_a_clear_error(tmp_path, monkeypatch):
    from datalab.errors import ConnectorAuthError

    monkeypatch.delenv("FILES_TEST_UNSET", raising=False)
    connector = FilesConnector.from_options(
        {"paths": ["s3://bucket/x.jsonl"], "storage_options": {"secret": "env:FILES_TEST_UNSET"}}
    )
    with pytest.raises(ConnectorAuthError, match="FILES_TEST_UNSET"):
        connector.plan()


def test_a_json_array_file_is_a_clear_error(tmp_path):
    path = tmp_path / "export.json"
    path.write_text('[\n  {"text": "a"},\n  {"text": "b"}\n]\n')
    with pytest.raises(SourceError, match=r"holds one JSON array, not JSON Lines"):
        read_all({"paths": [str(path)]})
    lines = tmp_path / "lines.json"
    lines.write_text('{"text": "a"}\n{"text": "b"}\n')
    assert read_all({"paths": [str(lines)]}).column("text") == ["a", "b"]


def test_large_string_text_becomes_string(tmp_path):
    path = tmp_path / "a.parquet"
    pq.write_table(pa.table({"id": pa.array(["1"], pa.large_string()), "text": pa.array(["x"], pa.large_string())}), path)
    read = read_all({"paths": [str(path)]})
    assert read.kept.schema.field("text").type == pa.string()
    assert read.kept.schema.field("id").type == pa.string()


def test_check_names_what_is_wrong(tmp_path):
    result = FilesConnector.from_options({"paths": [str(tmp_path / "gone.jsonl")]}).check()
    assert not result.ok and "gone.jsonl: no such file" in result.message
