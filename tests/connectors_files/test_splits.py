"""Split reading: byte ranges and row-group ranges give exactly the rows of a whole-file read,
with the physical line numbers of the file."""

from __future__ import annotations

import itertools
import json

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from connectors.files import FilesConnector
from tests.connectors_files.conftest import read_all

_counter = itertools.count()

texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)
json_records = st.one_of(
    st.tuples(st.just("doc"), texts),
    st.tuples(st.just("blank"), st.sampled_from(["", "   ", "\t"])),
    st.tuples(st.just("bad"), st.sampled_from(['{"text": "x",, }', "[1, 2]", '{"text": ', "nope"])),
)


def _expected_jsonl(items, newline):
    """(file bytes, [(text, line)], [bad line numbers])."""
    lines, good, bad = [], [], []
    for number, (kind, value) in enumerate(items, start=1):
        if kind == "doc":
            lines.append(json.dumps({"text": value, "k": number}, ensure_ascii=False))
            good.append((value, number))
        elif kind == "blank":
            lines.append(value)
        else:
            lines.append(value)
            bad.append(number)
    return (newline.join(lines) + newline).encode("utf-8"), good, bad


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    items=st.lists(json_records, min_size=1, max_size=40),
    split=st.integers(min_value=1, max_value=400),
    batch_rows=st.integers(min_value=1, max_value=16),
    newline=st.sampled_from(["\n", "\r\n"]),
)
def test_jsonl_splits_read_the_same_rows_and_lines(items, split, batch_rows, newline):
    data, good, bad = _expected_jsonl(items, newline)
    url = f"memory://splits/j{next(_counter)}.jsonl"
    fsspec.filesystem("memory").pipe(url, data)
    whole = read_all({"paths": [url], "split_bytes": 0}, batch_rows=batch_rows)
    parts = read_all({"paths": [url], "split_bytes": split}, batch_rows=batch_rows)
    assert whole.tasks == 1
    prefix = url.replace("memory://", "memory:///")
    for read in (whole, parts):
        assert read.column("text") == [t for t, _ in good]
        assert read.column("source") == [f"{prefix}#{line}" for _, line in good]
        assert [s for s, _ in read.reasons()] == [f"{prefix}#{n}" for n in bad]
        assert read.stats["rows_read"] == len(good) + len(bad)
        assert read.stats["bytes_read"] == len(data)
        assert read.stats["files_read"] == 1
    assert sorted(s for s, _ in parts.reasons()) == sorted(s for s, _ in whole.reasons())
    assert parts.column("id") == whole.column("id")


csv_values = st.text(alphabet=st.sampled_from(list('ab ,"\né')), max_size=12)


def _csv_field(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(st.tuples(csv_values, st.booleans()), min_size=1, max_size=40),
    split=st.integers(min_value=1, max_value=300),
    batch_rows=st.integers(min_value=1, max_value=16),
)
def test_csv_splits_with_quoted_newlines_keep_record_lines(rows, split, batch_rows):
    lines = ["id,text"]
    expected = []  # (id, text, line)
    line = 2
    for i, (value, short) in enumerate(rows):
        record = f"{i},{_csv_field(value)}" if not short else f"{i},{_csv_field(value)},extra"
        if not short:
            expected.append((str(i), value, line))
        lines.append(record)
        line += record.count("\n") + 1
    data = ("\n".join(lines) + "\n").encode()
    url = f"memory://splits/c{next(_counter)}.csv"
    fsspec.filesystem("memory").pipe(url, data)
    options = {"paths": [url], "csv": {"newlines_in_values": True}}
    whole = read_all({**options, "split_bytes": 0}, batch_rows=batch_rows)
    parts = read_all({**options, "split_bytes": split}, batch_rows=batch_rows)
    prefix = url.replace("memory://", "memory:///")
    for read in (whole, parts):
        assert read.column("id") == [e[0] for e in expected]
        assert read.column("text") == [e[1] for e in expected]
        assert read.column("source") == [f"{prefix}#{e[2]}" for e in expected]
        assert len(read.reasons()) == sum(1 for _, short in rows if short)
        assert all(reason == "CSV row has 3 fields, expected 2" for _, reason in read.reasons())
    assert parts.reasons() == whole.reasons() or sorted(parts.reasons()) == sorted(whole.reasons())


def test_a_big_file_is_split_at_line_starts_with_exact_line_numbers(tmp_path):
    path = tmp_path / "big.jsonl"
    docs = [{"id": str(i), "text": "word " * (i % 50)} for i in range(5000)]
    path.write_text("".join(json.dumps(d) + "\n" for d in docs))
    connector = FilesConnector.from_options({"paths": [str(path)], "split_bytes": 20_000})
    tasks = connector.plan()
    assert len(tasks) > 10
    starts = [t.params["start"] for t in tasks]
    data = path.read_bytes()
    assert starts[0] == 0 and all(data[s - 1 : s] == b"\n" for s in starts[1:])
    assert [t.params["first_line"] for t in tasks] == [data[:s].count(b"\n") + 1 for s in starts]
    assert tasks[-1].params["end"] == len(data)
    read = read_all({"paths": [str(path)], "split_bytes": 20_000}, batch_rows=500)
    assert read.column("id") == [d["id"] for d in docs]
    assert read.column("source") == [f"{path}#{i + 1}" for i in range(5000)]
    assert read.stats["files_read"] == 1 and read.stats["bytes_read"] == len(data)


def test_compressed_files_are_one_task(tmp_path):
    import gzip

    path = tmp_path / "big.jsonl.gz"
    path.write_bytes(gzip.compress(b"".join(b'{"text": "%d"}\n' % i for i in range(3000))))
    connector = FilesConnector.from_options({"paths": [str(path)], "split_bytes": 100})
    assert len(connector.plan()) == 1


def test_parquet_splits_by_row_group_ranges(tmp_path):
    path = tmp_path / "t.parquet"
    table = pa.table({"id": [str(i) for i in range(10_000)], "text": [f"t{i}" * 5 for i in range(10_000)]})
    pq.write_table(table, path, row_group_size=700)
    connector = FilesConnector.from_options({"paths": [str(path)], "split_bytes": 10_000})
    tasks = connector.plan()
    assert len(tasks) > 2
    groups = [t.params["row_groups"] for t in tasks]
    assert groups[0][0] == 0 and groups[-1][1] == 15
    assert all(a[1] == b[0] for a, b in itertools.pairwise(groups))
    read = read_all({"paths": [str(path)], "split_bytes": 10_000}, batch_rows=1000)
    assert read.column("id") == table.column("id").to_pylist()
    assert read.column("source") == [f"{path}#{i}" for i in range(10_000)]
    assert read.stats["files_read"] == 1
    whole = read_all({"paths": [str(path)], "split_bytes": 0}, batch_rows=1000)
    assert whole.tasks == 1 and whole.column("source") == read.column("source")


def test_csv_without_quoted_newlines_splits_at_every_line(tmp_path):
    path = tmp_path / "a.csv"
    rows = "".join(f"{i},text {i}\n" for i in range(2000))
    path.write_text("id,text\n" + rows)
    read = read_all({"paths": [str(path)], "split_bytes": 997}, batch_rows=300)
    assert read.tasks > 10
    assert read.column("id") == [str(i) for i in range(2000)]
    assert read.column("source") == [f"{path}#{i + 2}" for i in range(2000)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    items=st.lists(json_records, min_size=1, max_size=40),
    block=st.integers(min_value=1, max_value=120),
    batch_rows=st.integers(min_value=1, max_value=7),
)
def test_tiny_read_blocks_change_nothing(items, block, batch_rows):
    """Blocks smaller than a record grow to hold it; rows, lines and reasons stay the same."""
    from unittest import mock

    data, good, bad = _expected_jsonl(items, "\n")
    url = f"memory://splits/b{next(_counter)}.jsonl"
    fsspec.filesystem("memory").pipe(url, data)
    prefix = url.replace("memory://", "memory:///")
    with mock.patch("connectors.files.source.BLOCK_BYTES", block):
        read = read_all({"paths": [url]}, batch_rows=batch_rows)
    assert read.column("text") == [t for t, _ in good]
    assert read.column("source") == [f"{prefix}#{line}" for _, line in good]
    assert [s for s, _ in read.reasons()] == [f"{prefix}#{n}" for n in bad]
    assert all(size == batch_rows for size in read.batch_sizes[:-1])


def test_types_stay_stable_across_blocks_of_a_task(tmp_path):
    from unittest import mock

    path = tmp_path / "a.csv"
    path.write_text("id,text,v,opt\n" + "".join(f"{i},t,{i},\n" for i in range(50)) + "50,t,2.5,x\n51,t,abc,\n")
    with mock.patch("connectors.files.source.BLOCK_BYTES", 40):
        read = read_all({"paths": [str(path)]}, batch_rows=1000)
    # one batch, one schema: the blocks were conformed to each other
    assert read.batch_sizes == [52]
    assert read.kept.schema.field("opt").type == pa.string()
    values = read.column("v")
    assert values[-2:] == ["2.5", "abc"] and values[0] == "0"
