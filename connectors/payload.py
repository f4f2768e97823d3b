"""Turn a downloaded payload (CSV, JSON Lines, JSON, Parquet) into Arrow batches with `source`
and `provenance` columns; rows that cannot be parsed are quarantined with a reason.

Used by the catalogue and data space connectors for what they download. The format comes from
the connector option, else the media type, else the file name, else the first bytes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa

from connectors.base import PROVENANCE, SOURCE, Provenance
from datalab.errors import SourceError
from transforms.stage import BatchResult

FORMATS = ("csv", "jsonl", "json", "parquet")
_MEDIA = {
    "text/csv": "csv", "application/csv": "csv", "text/comma-separated-values": "csv",
    "application/x-ndjson": "jsonl", "application/jsonl": "jsonl", "application/jsonlines": "jsonl",
    "application/json": "json", "application/ld+json": "json",
    "application/vnd.apache.parquet": "parquet", "application/x-parquet": "parquet", "application/parquet": "parquet",
}


def format_from(*, option: str = "auto", media_type: str | None = None, name: str | None = None,
                declared: str | None = None, path: str | None = None) -> str | None:
    """The payload format, by the first source that knows it."""
    if option and option != "auto":
        return option
    if media_type:
        mt = media_type.split(";", 1)[0].strip().lower()
        if mt in _MEDIA:
            return _MEDIA[mt]
        if "iana.org/assignments/media-types/" in mt:
            return _MEDIA.get(mt.split("media-types/", 1)[1])
    if declared:
        d = declared.strip().lower().rsplit("/", 1)[-1]
        d = {"ndjson": "jsonl", "json-ld": "json", "geojson": "json", "json_ld": "json"}.get(d, d)
        if d in FORMATS:
            return d
    if name:
        suffix = Path(name.split("?", 1)[0]).suffix.lower().lstrip(".")
        suffix = {"ndjson": "jsonl"}.get(suffix, suffix)
        if suffix in FORMATS:
            return suffix
    if path:
        head = Path(path).read_bytes()[:4096]
        if head.startswith(b"PAR1"):
            return "parquet"
        text = head.lstrip()
        if text.startswith(b"{") and b"\n{" in text:
            return "jsonl"
        if text.startswith((b"[", b"{")):
            return "json"
        if b"," in head or b";" in head:
            return "csv"
    return None


def _with_columns(table: pa.Table, uri: str, first_row: int, provenance: Provenance) -> pa.RecordBatch:
    n = table.num_rows
    cols = [c for c in table.column_names if c not in (SOURCE, PROVENANCE)]
    table = table.select(cols)
    source = pa.array([f"{uri}#{first_row + i}" for i in range(n)], pa.string())
    table = table.append_column(SOURCE, source).append_column(PROVENANCE, provenance.column(n))
    return table.combine_chunks().to_batches()[0] if n else pa.RecordBatch.from_pylist([], schema=table.schema)


def _quarantine(rows: list[tuple[int, str, str]], uri: str, provenance: Provenance) -> pa.RecordBatch | None:
    if not rows:
        return None
    return pa.RecordBatch.from_arrays(
        [pa.array([f"{uri}#{r[0]}" for r in rows]), pa.array([r[1] for r in rows]), provenance.column(len(rows)),
         pa.array([r[2] for r in rows]), pa.array(["read"] * len(rows))],
        names=[SOURCE, "raw", PROVENANCE, "_reason", "_stage"],
    )


def read_payload(path: str, fmt: str | None, *, uri: str, provenance: Provenance,
                 batch_rows: int = 8192, id_field: str = "id", text_field: str | None = None) -> Iterator[BatchResult]:
    """Batches of the file at `path`; `uri` names it in `source` (`<uri>#<line>`) and in errors.

    CSV, JSON Lines and Parquet go through the files connector's readers (same parsing, typing,
    quarantine reasons and content-hash ids as local files); a JSON document (an array of
    objects, or an object holding one) is read here. Rows without `id_field` get an id.
    """
    fmt = fmt or format_from(path=path)
    if fmt in ("csv", "jsonl", "parquet"):
        yield from _via_files(path, fmt, uri=uri, provenance=provenance, batch_rows=batch_rows,
                              id_field=id_field, text_field=text_field)
        return
    for result in _read_payload(path, fmt, uri=uri, provenance=provenance, batch_rows=batch_rows):
        kept = result.kept
        if kept.num_rows and id_field not in kept.schema.names:
            kept = kept.append_column(id_field, kept.column(SOURCE))
        result.kept = kept
        yield result


def _via_files(path: str, fmt: str, *, uri: str, provenance: Provenance, batch_rows: int, id_field: str,
               text_field: str | None) -> Iterator[BatchResult]:
    from connectors.base import ReadTask
    from connectors.files import FilesConnector

    import pyarrow.compute as pc

    reader = FilesConnector.from_options({"paths": [path], "format": fmt, "split_bytes": 0}, name=provenance.connector)

    def renamed(batch: pa.RecordBatch | None, local: str) -> pa.RecordBatch | None:
        if batch is None or SOURCE not in batch.schema.names:
            return batch
        i = batch.schema.get_field_index(SOURCE)
        fixed = pc.replace_substring(batch.column(i), pattern=local, replacement=f"{uri}#", max_replacements=1)
        return batch.set_column(i, SOURCE, fixed)

    try:
        tasks = reader.plan(id_field=id_field, text_field=text_field)
    except SourceError as exc:  # name what the user knows, not the temporary file
        raise SourceError(str(exc).replace(path, uri)) from exc
    for task in tasks:
        local = f"{task.uri}#"
        for result in reader.read(ReadTask(uri=task.uri, provenance=provenance, params=task.params), batch_rows=batch_rows):
            result.kept = renamed(result.kept, local)
            result.quarantined = renamed(result.quarantined, local)
            yield result


def _read_payload(path: str, fmt: str | None, *, uri: str, provenance: Provenance,
                  batch_rows: int = 8192) -> Iterator[BatchResult]:
    fmt = fmt or format_from(path=path)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        try:
            pf = pq.ParquetFile(path)
        except Exception as exc:  # noqa: BLE001
            msg = f"{uri}: not a readable Parquet file ({exc})"
            raise SourceError(msg) from exc
        row = 0
        for batch in pf.iter_batches(batch_size=batch_rows):
            t = pa.Table.from_batches([batch])
            yield BatchResult(kept=_with_columns(t, uri, row, provenance), stats={"rows_read": t.num_rows})
            row += t.num_rows
        return
    if fmt == "csv":
        yield from _read_csv(path, uri=uri, provenance=provenance, batch_rows=batch_rows)
        return
    if fmt == "jsonl":
        yield from _read_jsonl(path, uri=uri, provenance=provenance, batch_rows=batch_rows)
        return
    if fmt == "json":
        try:
            doc = json.loads(Path(path).read_bytes())
        except ValueError:
            yield from _read_jsonl(path, uri=uri, provenance=provenance, batch_rows=batch_rows)
            return
        records = doc
        if isinstance(doc, dict):
            records = next((v for v in doc.values() if isinstance(v, list) and v and isinstance(v[0], dict)), [doc])
        if not isinstance(records, list):
            records = [records]
        good = [(i, r) for i, r in enumerate(records) if isinstance(r, dict)]
        bad = [(i, json.dumps(r), "not a JSON object") for i, r in enumerate(records) if not isinstance(r, dict)]
        for start in range(0, max(len(good), 1), batch_rows):
            chunk = good[start:start + batch_rows]
            table = pa.Table.from_pylist([_flat(r) for _, r in chunk]) if chunk else pa.table({})
            q = _quarantine(bad, uri, provenance) if start == 0 else None
            if chunk or q is not None:
                yield BatchResult(kept=_with_columns(table, uri, chunk[0][0] if chunk else 0, provenance), quarantined=q,
                                  stats={"rows_read": len(chunk)})
        return
    msg = (f"{uri}: cannot tell the payload format (media type and name say nothing known); set the "
           f"connector option `format` to one of {', '.join(FORMATS)}")
    raise SourceError(msg)


def _flat(record: dict) -> dict:
    return {k: (json.dumps(v) if isinstance(v, (dict, list)) else v) for k, v in record.items()}


def _read_jsonl(path: str, *, uri: str, provenance: Provenance, batch_rows: int) -> Iterator[BatchResult]:
    good: list[dict] = []
    bad: list[tuple[int, str, str]] = []
    first = 1
    with open(path, encoding="utf-8", errors="replace") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
                if not isinstance(value, dict):
                    raise ValueError("not a JSON object")
                good.append(_flat(value))
            except ValueError as exc:
                bad.append((lineno, line.rstrip("\n")[:10000], f"unparseable JSON line: {exc}"))
            if len(good) >= batch_rows:
                yield BatchResult(kept=_with_columns(pa.Table.from_pylist(good), uri, first, provenance),
                                  quarantined=_quarantine(bad, uri, provenance), stats={"rows_read": len(good)})
                good, bad, first = [], [], lineno + 1
    if good or bad:
        yield BatchResult(kept=_with_columns(pa.Table.from_pylist(good) if good else pa.table({}), uri, first, provenance),
                          quarantined=_quarantine(bad, uri, provenance), stats={"rows_read": len(good)})


def _read_csv(path: str, *, uri: str, provenance: Provenance, batch_rows: int) -> Iterator[BatchResult]:
    import pyarrow.csv as pacsv

    bad: list[tuple[int, str, str]] = []

    def on_invalid(row: pacsv.InvalidRow) -> str:
        bad.append((row.number or 0, row.text or "", f"CSV row has {row.actual_columns} fields, expected {row.expected_columns}"))
        return "skip"

    head = Path(path).read_bytes()[:65536].decode("utf-8", "replace")
    first_line = head.split("\n", 1)[0]
    delimiter = max((",", ";", "\t", "|"), key=first_line.count)
    try:
        reader = pacsv.open_csv(
            path,
            read_options=pacsv.ReadOptions(block_size=1 << 22),
            parse_options=pacsv.ParseOptions(delimiter=delimiter, invalid_row_handler=on_invalid, newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(strings_can_be_null=True),
        )
    except pa.ArrowInvalid as exc:
        msg = f"{uri}: not a readable CSV file ({exc})"
        raise SourceError(msg) from exc
    row = 2  # line 1 is the header
    for batch in reader:
        t = pa.Table.from_batches([batch])
        for start in range(0, t.num_rows, batch_rows):
            part = t.slice(start, batch_rows)
            yield BatchResult(kept=_with_columns(part, uri, row, provenance),
                              quarantined=_quarantine(bad, uri, provenance), stats={"rows_read": part.num_rows})
            bad = []
            row += part.num_rows
    if bad:
        yield BatchResult(kept=_with_columns(pa.table({}), uri, row, provenance), quarantined=_quarantine(bad, uri, provenance))
