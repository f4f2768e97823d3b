"""The files connector: plan read tasks over fsspec files, read them into Arrow record batches.

Planning (driver): expand paths and globs, tell each file's format and compression, and cut big
files into tasks: uncompressed CSV/JSON Lines into byte ranges that start at a record (with the
line number there), Parquet into row-group ranges, compressed files one task each.

Reading (workers): a task is read block by block; each block of whole records is parsed by one
pyarrow call; rows get the run's id and text column names, a `source` (`<uri>#<line>`, or
`#<row index>` for Parquet) and the `provenance` struct. Records that do not parse go to the
quarantine with their line and the reason.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import fsspec
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import xxhash
from fsspec.core import url_to_fs
from fsspec.utils import infer_compression

from connectors.base import (
    PROVENANCE,
    SOURCE,
    CheckResult,
    Connector,
    DatasetInfo,
    Distribution,
    Provenance,
    ReadTask,
)
from connectors.files.config import FilesOptions
from connectors.files.lines import RecordTooLong, iter_blocks, plan_splits, records, terminators
from connectors.files.parse import (
    CsvSettings,
    Parsed,
    column_as_text,
    csv_header,
    parse_csv,
    parse_jsonl,
)
from datalab.errors import SourceError
from transforms.stage import REASON, STAGE, BatchResult

READ_STAGE = "read"
RAW = "raw"
BOM = b"\xef\xbb\xbf"
BLOCK_BYTES = 8 * 1024 * 1024
MAX_RECORD_BYTES = 256 * 1024 * 1024
NULL_TEXT = b"\xff"
"""Hashed for a null text: not valid UTF-8, so no real text hashes the same."""

EXTENSIONS = {
    ".parquet": "parquet",
    ".pq": "parquet",
    ".csv": "csv",
    ".tsv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
}
MEDIA_TYPES = {
    "parquet": "application/vnd.apache.parquet",
    "csv": "text/csv",
    "jsonl": "application/jsonl",
}
COMPRESSIONS = {"gzip", "zstd", "bz2", "xz"}

QUARANTINE_SCHEMA = pa.schema(
    [(SOURCE, pa.string()), (RAW, pa.string()), (REASON, pa.string()), (STAGE, pa.string())]
)


@dataclass(frozen=True)
class FileEntry:
    """One input file found by planning."""

    uri: str
    path: str
    size: int | None
    format: str
    compression: str | None
    pattern: str


class FilesConnector(Connector):
    """Parquet, CSV and JSON Lines files (plain, .gz, .zst) from local disks, S3, HTTP(S) or any
    other fsspec filesystem."""

    type_name = "files"
    Options = FilesOptions
    options: FilesOptions

    # -----------------------------------------------------------------------------------------
    # driver side

    def discover(self) -> list[DatasetInfo]:
        """Every input file, as one dataset each (id = its URI)."""
        files, skipped = self._expand(self.options.paths)
        datasets = [
            DatasetInfo(
                id=f.uri,
                title=posixpath.basename(f.path.rstrip("/")),
                licence=self.options.licence,
                distributions=[
                    Distribution(
                        id=f.uri,
                        url=f.uri,
                        format=f.format,
                        media_type=MEDIA_TYPES[f.format],
                        byte_size=f.size,
                        compression=f.compression,
                    )
                ],
                metadata={"pattern": f.pattern},
            )
            for f in files
        ]
        for item in skipped:
            datasets.append(DatasetInfo(id=item["uri"], metadata={"skipped": item["reason"]}))
        return datasets

    def check(self) -> CheckResult:
        """Every path resolves, and the first file of each can be opened and read."""
        try:
            files, skipped = self._expand(self.options.paths)
            fs_cache: dict[str, Any] = {}
            for entry in files[:1]:
                fs = fs_cache.setdefault(entry.uri.split("://")[0], self._fs(entry.uri))
                with fs.open(entry.path, "rb") as handle:
                    handle.read(1)
        except Exception as exc:  # noqa: BLE001 - the diagnosis is the message
            return CheckResult(False, f"{self.name}: {exc}")
        total = sum(f.size or 0 for f in files)
        message = f"{self.name}: {len(files)} file(s), {total} bytes"
        if skipped:
            message += f"; {len(skipped)} path(s) skipped: " + "; ".join(s["reason"] for s in skipped)
        return CheckResult(True, message, {"files": [f.uri for f in files], "skipped_files": skipped})

    def plan(
        self,
        dataset_id: str | None = None,
        *,
        id_field: str = "id",
        text_field: str | None = "text",
    ) -> list[ReadTask]:
        """Read tasks for every input file (or only `dataset_id`: a file URI or a path/glob).

        `id_field` / `text_field` are the run's record columns (`spec.record`): the files' id and
        text columns (options `id_field` / `text_field`, default the same names) are renamed to
        them. `text_field=None` reads tables without a text column.
        """
        paths = [dataset_id] if dataset_id else list(self.options.paths)
        files, skipped = self._expand(paths)
        columns = {
            "id_out": id_field,
            "id_in": self.options.id_field or id_field,
            "text_out": text_field,
            "text_in": (self.options.text_field or text_field) if text_field else None,
        }
        tasks: list[ReadTask] = []
        for entry in files:
            try:
                parts = self._split(entry, columns)
            except SourceError as exc:
                if self.options.on_error == "fail":
                    raise
                skipped.append({"uri": entry.uri, "reason": str(exc)})
                continue
            provenance = Provenance(
                connector=self.name,
                dataset_id=entry.pattern,
                distribution=entry.uri,
                licence=self.options.licence,
            )
            for index, part in enumerate(parts):
                params = {
                    "url": entry.uri,
                    "path": entry.path,
                    "format": entry.format,
                    "compression": entry.compression,
                    "size": entry.size,
                    "part": index,
                    "parts": len(parts),
                    **columns,
                    **part,
                }
                tasks.append(ReadTask(uri=entry.uri, provenance=provenance, params=params))
        for item in skipped:
            # A task that reads nothing and reports the skipped input, so it reaches the run report.
            provenance = Provenance(connector=self.name, dataset_id=item["uri"], distribution=item["uri"])
            tasks.append(ReadTask(uri=item["uri"], provenance=provenance, params={"skipped": item["reason"]}))
        return tasks

    # -----------------------------------------------------------------------------------------
    # worker side

    def read(self, task: ReadTask, *, batch_rows: int) -> Iterator[BatchResult]:
        """Batches of about `batch_rows` rows, with the quarantined records and stats increments
        (`files_read`, `rows_read` = kept + quarantined, `bytes_read`, `rows_quarantined`,
        `skipped_files`)."""
        params = task.params
        if "skipped" in params:
            yield BatchResult(_empty(), stats={"skipped_files": [{"uri": task.uri, "reason": params["skipped"]}]})
            return
        reader = _TaskReader(self, task, batch_rows)
        try:
            yield from reader.results()
        except (SourceError, OSError, pa.ArrowException, RecordTooLong, EOFError, ValueError) as exc:
            error = exc if isinstance(exc, SourceError) else _source_error(task.uri, exc, reader.where())
            if self.options.on_error == "fail":
                raise error from exc
            yield from reader.flush()
            yield BatchResult(
                _empty(),
                stats={"skipped_files": [{"uri": task.uri, "reason": str(error), "rows_before": reader.rows}]},
            )

    # -----------------------------------------------------------------------------------------
    # helpers

    def _fs(self, url: str) -> fsspec.AbstractFileSystem:
        fs, _ = url_to_fs(url, **resolve_storage_options(self.options.storage_options, self.name))
        return fs

    def _expand(self, patterns: list[str]) -> tuple[list[FileEntry], list[dict[str, str]]]:
        """Files matched by `patterns`, sorted and without duplicates, and the skipped paths."""
        storage = resolve_storage_options(self.options.storage_options, self.name)
        found: dict[str, FileEntry] = {}
        skipped: list[dict[str, str]] = []

        def fail(uri: str, reason: str) -> None:
            if self.options.on_error == "fail":
                raise SourceError(reason)
            skipped.append({"uri": uri, "reason": reason})

        for pattern in patterns:
            try:
                fs, path = url_to_fs(pattern, **storage)
                infos = self._match(fs, path)
            except SourceError as exc:
                fail(pattern, str(exc))
                continue
            except (OSError, ValueError) as exc:
                fail(pattern, f"{pattern}: cannot be listed ({type(exc).__name__}: {exc})")
                continue
            if not infos:
                fail(pattern, f"{pattern}: no such file, or no file matches this pattern")
                continue
            for info in infos:
                file_path = info["name"]
                uri = _uri(fs, file_path)
                try:
                    fmt, compression = self._format_of(file_path)
                except SourceError as exc:
                    fail(uri, str(exc))
                    continue
                found.setdefault(uri, FileEntry(uri, file_path, info.get("size"), fmt, compression, pattern))
        return sorted(found.values(), key=lambda f: f.uri), skipped

    def _match(self, fs: fsspec.AbstractFileSystem, path: str) -> list[dict[str, Any]]:
        if any(c in path for c in "*?["):
            matches = fs.glob(path, detail=True)
            return [info for info in matches.values() if info.get("type") != "directory"]
        try:
            info = fs.info(path)
        except FileNotFoundError:
            return []
        if info.get("type") == "directory":
            listing = fs.find(path, detail=True)
            return [i for name, i in sorted(listing.items()) if _known_format(name)]
        return [info]

    def _format_of(self, path: str) -> tuple[str, str | None]:
        compression = infer_compression(path)
        if compression not in COMPRESSIONS:
            compression = None
        stem = path
        if compression:
            stem = path.rsplit(".", 1)[0]
        if self.options.format != "auto":
            fmt = self.options.format
        else:
            fmt = EXTENSIONS.get(posixpath.splitext(stem)[1].lower())
            if fmt is None:
                msg = (
                    f"{path}: cannot tell the format from the file name; name it .parquet, .csv, "
                    ".tsv or .jsonl (optionally + .gz/.zst), or set the connector's `format`"
                )
                raise SourceError(msg)
        if fmt == "parquet" and compression:
            msg = f"{path}: a compressed Parquet file cannot be read; Parquet compresses its pages itself"
            raise SourceError(msg)
        return fmt, compression

    def _split(self, entry: FileEntry, columns: dict[str, Any]) -> list[dict[str, Any]]:
        """Per-task parameters of one file (row-group or byte ranges)."""
        split = int(self.options.split_bytes)
        fs = self._fs(entry.uri)
        if entry.format == "parquet":
            return self._split_parquet(fs, entry, columns, split)
        if entry.compression or not entry.size or not split or entry.size <= split:
            return [{"start": 0, "end": None, "first_line": 1}]
        quote = self.options.csv.quote if entry.format == "csv" and self.options.csv.newlines_in_values else None
        try:
            with fs.open(entry.path, "rb") as handle:
                splits = plan_splits(handle, entry.size, split, quote)
        except OSError as exc:
            raise _source_error(entry.uri, exc, "while planning") from exc
        return [{"start": s.start, "end": s.end, "first_line": s.first_line} for s in splits]

    def _split_parquet(
        self, fs: fsspec.AbstractFileSystem, entry: FileEntry, columns: dict[str, Any], split: int
    ) -> list[dict[str, Any]]:
        try:
            with fs.open(entry.path, "rb") as handle:
                meta = pq.ParquetFile(handle).metadata
                schema = meta.schema.to_arrow_schema()
        except Exception as exc:  # noqa: BLE001 - any failure here means an unreadable file
            msg = f"{entry.uri}: not a readable Parquet file ({type(exc).__name__}: {exc})"
            raise SourceError(msg) from exc
        _require_columns(entry.uri, schema.names, columns, self.options.id_from)
        parts: list[dict[str, Any]] = []
        start_group, first_row, rows, size = 0, 0, 0, 0
        for g in range(meta.num_row_groups):
            group = meta.row_group(g)
            rows += group.num_rows
            size += sum(group.column(c).total_compressed_size for c in range(group.num_columns))
            if split and size >= split and g + 1 < meta.num_row_groups:
                parts.append({"row_groups": [start_group, g + 1], "first_row": first_row})
                start_group, first_row, size = g + 1, first_row + rows, 0
                rows = 0
        parts.append({"row_groups": [start_group, meta.num_row_groups], "first_row": first_row})
        return parts


# ---------------------------------------------------------------------------------------------
# reading one task


class _TaskReader:
    """Reads one task: blocks -> parsed tables -> finished batches of about `batch_rows` rows."""

    def __init__(self, connector: FilesConnector, task: ReadTask, batch_rows: int) -> None:
        self.connector = connector
        self.options = connector.options
        self.task = task
        self.params = task.params
        self.batch_rows = batch_rows
        self.known: dict[str, pa.DataType] = {}
        self.text_columns: set[str] = set()
        self.pending: list[pa.Table] = []
        self.line = int(self.params.get("first_line", 1))
        self.rows = 0
        self.stats: dict[str, Any] = {}
        self.prefix = pa.scalar(f"{task.uri}#")
        self._provenance_row: pa.Array | None = None

    def where(self) -> str:
        return f"near line {self.line}" if self.params["format"] != "parquet" else f"after row {self.rows}"

    def results(self) -> Iterator[BatchResult]:
        self.stats = {
            "files_read": 1 if self.params["part"] == 0 else 0,
            "rows_read": 0,
            "rows_quarantined": 0,
            "bytes_read": 0,
        }
        for table, quarantined, block_stats in self._tables():
            stats = self.stats
            for key, value in block_stats.items():
                stats[key] = stats.get(key, 0) + value
            if quarantined is not None:
                stats["rows_quarantined"] = stats.get("rows_quarantined", 0) + quarantined.num_rows
                stats["rows_read"] = stats.get("rows_read", 0) + quarantined.num_rows
            if table is not None and table.num_rows:
                stats["rows_read"] = stats.get("rows_read", 0) + table.num_rows
                self.rows += table.num_rows
            batches = list(self._rebatch(table, final=False))
            if not batches and quarantined is None:
                continue
            self.stats = {}
            for i, batch in enumerate(batches or [_empty()]):
                last = i == max(len(batches), 1) - 1
                yield BatchResult(batch, quarantined=quarantined if last else None, stats=stats if last else {})
        yield from self.flush()

    def flush(self) -> Iterator[BatchResult]:
        """The rows held for a full batch and the stats not yet reported (also after an error, so
        that what was read is counted and kept)."""
        stats, self.stats = self.stats, {}
        batches = list(self._rebatch(None, final=True))
        if not batches:
            if not stats:
                return
            batches = [_empty()]
        for i, batch in enumerate(batches):
            yield BatchResult(batch, stats=stats if i == len(batches) - 1 else {})

    # blocks -> tables ------------------------------------------------------------------------

    def _tables(self) -> Iterator[tuple[pa.Table | None, pa.RecordBatch | None, dict[str, int]]]:
        if self.params["format"] == "parquet":
            yield from self._parquet_tables()
        else:
            yield from self._text_tables()

    def _open(self):
        # `url` opens the file; `task.uri` only names it (in `source`, errors), so a caller may
        # read a local copy under the name of where it came from
        fs = self.connector._fs(self.params.get("url", self.task.uri))
        path = self.params["path"]
        kwargs: dict[str, Any] = {}
        if self.params.get("compression"):
            kwargs["compression"] = self.params["compression"]
        try:
            return fs.open(path, "rb", **kwargs)
        except FileNotFoundError as exc:
            msg = f"{self.task.uri}: the file no longer exists (it was listed when the run was planned)"
            raise SourceError(msg) from exc

    def _text_tables(self):
        params = self.params
        start, end = int(params.get("start") or 0), params.get("end")
        fmt = params["format"]
        csv_settings = self._csv_settings() if fmt == "csv" else None
        quote = None
        if fmt == "csv" and self.options.csv.newlines_in_values:
            quote = self.options.csv.quote
        with self._open() as handle:
            if start:
                handle.seek(start)
            length = None if end is None else int(end) - start
            header_pending = fmt == "csv" and self.options.csv.header and start == 0
            first = True
            # bytes_read counts stored bytes: a compressed file counts its size once, at the end
            compressed = bool(params.get("compression"))
            for block, ends_at, last in iter_blocks(
                handle, length=length, block_bytes=BLOCK_BYTES, quote=quote, max_record_bytes=MAX_RECORD_BYTES
            ):
                block_line = self.line
                unterminated = None
                if last and quote and terminators(block, quote)[1]:
                    # a quote opened in the last record is never closed: that record is bad
                    cut = int(ends_at[-1]) + 1 if len(ends_at) else 0
                    opened = block_line + block.count(b"\n", 0, cut)
                    unterminated = Parsed(None, np.empty(0, np.int64))
                    unterminated.reject(opened, block[cut:].rstrip(b"\r\n"), "unterminated quoted value: the quote is never closed")
                    block = block[:cut]
                self.line += block.count(b"\n")
                nbytes = 0 if compressed else len(block)
                if first and start == 0 and block.startswith(BOM):
                    block = block[len(BOM) :]
                    ends_at = ends_at - len(BOM)
                if first and start == 0 and fmt == "jsonl" and _looks_like_json_array(params["path"], block):
                    msg = (
                        f"{self.task.uri}: holds one JSON array, not JSON Lines (one object per line); "
                        "convert it, e.g. `jq -c '.[]' FILE > FILE.jsonl`"
                    )
                    raise SourceError(msg)
                first = False
                recs = records(block, ends_at, block_line, blank_if_whitespace=fmt == "jsonl", quoted=quote is not None)
                if header_pending:
                    solid = np.flatnonzero(~recs.blank)
                    if not len(solid):
                        yield None, None, {"bytes_read": nbytes}
                        continue
                    # the header record: cut it (and anything before it) off this block
                    header_pending = False
                    cut = int(recs.ends[solid[0]])
                    cut = block.find(b"\n", cut) + 1 or len(block)
                    block_line += block.count(b"\n", 0, cut)
                    block, ends_at = block[cut:], ends_at[ends_at >= cut] - cut
                    recs = records(block, ends_at, block_line, blank_if_whitespace=False, quoted=quote is not None)
                if fmt == "jsonl":
                    parsed = parse_jsonl(block, recs, self.text_columns)
                else:
                    try:
                        parsed = parse_csv(block, recs, csv_settings)
                    except pa.ArrowInvalid as exc:
                        lines = recs.lines
                        where = f"lines {lines[0]}-{lines[-1]}" if len(lines) else "a block"
                        msg = f"{self.task.uri}: CSV cannot be parsed in {where}: {exc}"
                        raise SourceError(msg) from exc
                if unterminated is not None:
                    parsed.bad_lines += unterminated.bad_lines
                    parsed.bad_raw += unterminated.bad_raw
                    parsed.bad_reasons += unterminated.bad_reasons
                yield self._finish(parsed), self._quarantine(parsed), {"bytes_read": nbytes}
            if compressed:
                yield None, None, {"bytes_read": int(params.get("size") or handle_size(handle))}

    def _csv_settings(self) -> CsvSettings:
        opts = self.options.csv
        delimiter = opts.delimiter or ("\t" if ".tsv" in self.params["path"].lower() else ",")
        names: list[str]
        probe = CsvSettings(delimiter, opts.quote, opts.newlines_in_values, (), ())
        if opts.header:
            header = self._header_bytes()
            if not header.strip():
                msg = f"{self.task.uri}: the CSV file is empty (no header line)"
                raise SourceError(msg)
            names = _unique(csv_header(header, probe))
        elif opts.column_names:
            names = list(opts.column_names)
        else:
            names = []  # filled from the first record's width below
        if not names:
            names = [f"f{i}" for i in range(self._first_record_width(probe))]
        if opts.infer_types:
            text_types = tuple(c for c in (self.params.get("text_in"), self.params.get("id_in")) if c in names)
        else:
            text_types = tuple(names)
        return CsvSettings(delimiter, opts.quote, opts.newlines_in_values, tuple(names), text_types)

    def _header_bytes(self) -> bytes:
        quote = self.options.csv.quote if self.options.csv.newlines_in_values else None
        with self._open() as handle:
            for block, ends_at, _ in iter_blocks(
                handle, length=None, block_bytes=1 << 16, quote=quote, max_record_bytes=MAX_RECORD_BYTES
            ):
                if block.startswith(BOM):
                    block, ends_at = block[len(BOM) :], ends_at - len(BOM)
                recs = records(block, ends_at, 1, blank_if_whitespace=False, quoted=quote is not None)
                for i in np.flatnonzero(~recs.blank):
                    return block[recs.starts[i] : recs.ends[i]]
        return b""

    def _first_record_width(self, probe: CsvSettings) -> int:
        return len(csv_header(self._header_bytes(), probe))

    def _parquet_tables(self):
        first_group, end_group = self.params["row_groups"]
        row = int(self.params["first_row"])
        with self._open() as handle:
            try:
                file = pq.ParquetFile(handle)
            except Exception as exc:  # noqa: BLE001 - any failure here means an unreadable file
                msg = f"{self.task.uri}: not a readable Parquet file ({type(exc).__name__}: {exc})"
                raise SourceError(msg) from exc
            groups = list(range(first_group, end_group))
            size = sum(
                file.metadata.row_group(g).column(c).total_compressed_size
                for g in groups
                for c in range(file.metadata.num_columns)
            )
            counted = False
            for batch in file.iter_batches(batch_size=self.batch_rows, row_groups=groups, use_threads=False):
                table = pa.Table.from_batches([batch])
                lines = np.arange(row, row + batch.num_rows, dtype=np.int64)
                row += batch.num_rows
                self.line = row
                parsed = Parsed(table, lines)
                yield self._finish(parsed), None, {"bytes_read": 0 if counted else size}
                counted = True
            if not counted:
                yield None, None, {"bytes_read": size}

    # tables -> finished batches --------------------------------------------------------------

    def _quarantine(self, parsed: Parsed) -> pa.RecordBatch | None:
        if not parsed.bad_lines:
            return None
        source = pc.binary_join_element_wise(
            self.prefix, pa.array(parsed.bad_lines, pa.int64()).cast(pa.string()), ""
        )
        n = len(parsed.bad_lines)
        return pa.RecordBatch.from_arrays(
            [source, pa.array(parsed.bad_raw, pa.string()), pa.array(parsed.bad_reasons, pa.string()),
             pa.array([READ_STAGE] * n, pa.string())],
            schema=QUARANTINE_SCHEMA,
        )

    def _finish(self, parsed: Parsed) -> pa.Table | None:
        table = parsed.table
        if table is None or not table.num_rows:
            return None
        table = self._conform(table)
        p = self.params
        text_in, text_out, id_in, id_out = p["text_in"], p["text_out"], p["id_in"], p["id_out"]
        names = table.column_names
        _require_columns(self.task.uri, names, p, self.options.id_from)
        out_names: list[str] = [id_out]
        out_cols: list[Any] = []
        text = None
        if text_out:
            text = _plain_string(column_as_text(table.column(text_in)))
        use_column = self.options.id_from != "content" and id_in in names
        consumed = {text_in} if text_out else set()
        if use_column:
            consumed.add(id_in)
        rest = [n for n in names if n not in consumed]
        if use_column:
            ids = _plain_string(column_as_text(table.column(id_in)))
            if ids.null_count:
                hashes = self._content_ids(table, text, rest)
                ids = pc.if_else(pc.is_null(ids), hashes, ids)
        else:
            ids = self._content_ids(table, text, rest)
        out_cols.append(ids)
        if text_out:
            out_names.append(text_out)
            out_cols.append(text)
        reserved = {id_out, text_out, SOURCE, PROVENANCE}
        for name in rest:
            out_names.append(f"{name}_original" if name in reserved else name)
            out_cols.append(table.column(name))
        out_names += [SOURCE, PROVENANCE]
        lines = pa.array(parsed.lines, pa.int64()).cast(pa.string())
        out_cols.append(pc.binary_join_element_wise(self.prefix, lines, ""))
        out_cols.append(self._provenance(table.num_rows))
        return pa.table(out_cols, names=out_names)

    def _provenance(self, rows: int) -> pa.Array:
        """`Provenance.column(rows)`, built once per task and repeated without Python per row."""
        if self._provenance_row is None:
            self._provenance_row = self.task.provenance.column(1)
        return self._provenance_row.take(pa.array(np.zeros(rows, dtype=np.int32)))

    def _content_ids(self, table: pa.Table, text: Any, rest: list[str]) -> pa.Array:
        """Hex xxh3-128 of the text, or of the whole row (columns in name order) for tables."""
        if text is not None:
            values = text.to_pylist()
            digest = xxhash.xxh3_128_hexdigest
            return pa.array(
                [digest(NULL_TEXT if v is None else v.encode("utf-8")) for v in values], pa.string()
            )
        columns = sorted(rest)
        parts = [pc.fill_null(column_as_text(table.column(c)), "\x00") for c in columns]
        header = "\x1e".join(columns) + "\x1e"
        if parts:
            joined = pc.binary_join_element_wise(*parts, "\x1f").to_pylist()
        else:
            joined = [""] * table.num_rows
        digest = xxhash.xxh3_128_hexdigest
        return pa.array([digest((header + v).encode("utf-8")) for v in joined], pa.string())

    def _conform(self, table: pa.Table) -> pa.Table:
        """Keep one schema through a task: null columns take the known type, a column missing in
        this block is null, ints widen to floats, and a column whose type changes to another kind
        becomes text (numbers and booleans as their text)."""
        table = table.combine_chunks()
        for name, kind in zip(table.column_names, table.schema.types, strict=True):
            known = self.known.get(name)
            if known is None or pa.types.is_null(known):
                self.known[name] = kind
            elif known != kind and not pa.types.is_null(kind):
                self.known[name] = _common_type(known, kind)
        columns, names = [], []
        for name, kind in self.known.items():
            if name in table.column_names:
                column = table.column(name)
                if column.type != kind:
                    column = column_as_text(column) if pa.types.is_string(kind) else column.cast(kind)
            else:
                column = pa.nulls(table.num_rows, kind)
            columns.append(column)
            names.append(name)
        return pa.table(columns, names=names)

    def _rebatch(self, table: pa.Table | None, *, final: bool) -> Iterator[pa.RecordBatch]:
        if table is not None and table.num_rows:
            if self.pending and not self.pending[0].schema.equals(table.schema):
                # the schema only widens within a task (null -> T, int -> float, T -> text):
                # rows not yet emitted take the new schema, so batches stay uniform
                try:
                    self.pending = [_widen(t, table.schema) for t in self.pending]
                except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
                    yield from _slices(pa.concat_tables(self.pending), self.batch_rows)
                    self.pending = []
            self.pending.append(table)
        total = sum(t.num_rows for t in self.pending)
        if not self.pending or (total < self.batch_rows and not final):
            return
        merged = pa.concat_tables(self.pending).combine_chunks()
        self.pending = []
        full = (merged.num_rows // self.batch_rows) * self.batch_rows
        if final:
            full = merged.num_rows
        yield from _slices(merged.slice(0, full), self.batch_rows)
        if full < merged.num_rows:
            self.pending = [merged.slice(full)]


def handle_size(handle: Any) -> int:
    """Stored size of an open (possibly decompressing) file: what was read of the raw file."""
    raw = getattr(handle, "fileobj", None) or getattr(handle, "fp", None)
    try:
        return int(raw.tell()) if raw is not None else 0
    except (OSError, ValueError):
        return 0


def _plain_string(column: Any) -> Any:
    """Ids and texts are `string` in every batch (not `large_string`), so files of both kinds mix."""
    return column.cast(pa.string()) if pa.types.is_large_string(column.type) else column


def _widen(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """`table` in `schema`: columns cast (to text through `column_as_text`), missing ones null."""
    columns = []
    for target in schema:
        if target.name in table.column_names:
            column = table.column(target.name)
            if column.type != target.type:
                column = column_as_text(column) if pa.types.is_string(target.type) else column.cast(target.type)
        else:
            column = pa.nulls(table.num_rows, target.type)
        columns.append(column)
    return pa.table(columns, schema=schema)


def _slices(table: pa.Table, size: int) -> Iterator[pa.RecordBatch]:
    for batch in table.combine_chunks().to_batches(max_chunksize=size):
        if batch.num_rows:
            yield batch


def _common_type(a: pa.DataType, b: pa.DataType) -> pa.DataType:
    if pa.types.is_integer(a) and pa.types.is_integer(b):
        return pa.int64()
    if (pa.types.is_integer(a) or pa.types.is_floating(a)) and (pa.types.is_integer(b) or pa.types.is_floating(b)):
        return pa.float64()
    return pa.string()


def _require_columns(uri: str, names: list[str], columns: dict[str, Any], id_from: str) -> None:
    text_in = columns.get("text_in")
    if columns.get("text_out") and text_in not in names:
        msg = (
            f"{uri}: has no text column {text_in!r} (columns: {', '.join(names) or 'none'}); set the "
            "files connector's `text_field` to the column holding the text, or `record.text_field: null` "
            "for tabular data"
        )
        raise SourceError(msg)
    if id_from == "column" and columns.get("id_in") not in names:
        msg = (
            f"{uri}: has no id column {columns.get('id_in')!r} (columns: {', '.join(names) or 'none'}); set "
            "the files connector's `id_field`, or `id_from: auto` to derive ids from the content"
        )
        raise SourceError(msg)


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for name in names:
        if name in seen:
            seen[name] += 1
            name = f"{name}_{seen[name]}"
        else:
            seen[name] = 1
        out.append(name)
    return out


def _empty() -> pa.RecordBatch:
    return pa.record_batch([], names=[])


def _uri(fs: fsspec.AbstractFileSystem, path: str) -> str:
    if "://" in path:
        return path
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    if protocol in ("file", "local"):
        return path
    return fs.unstrip_protocol(path)


def _looks_like_json_array(path: str, block: bytes) -> bool:
    """A `.json` file whose first non-blank byte opens an array that does not close on that line."""
    name = path.lower().removesuffix(".gz").removesuffix(".zst")
    if not name.endswith(".json"):
        return False
    head = block.lstrip()
    if not head.startswith(b"["):
        return False
    first_line = head.split(b"\n", 1)[0].rstrip()
    return not first_line.endswith(b"]") or b"\n" not in head.rstrip()


def _known_format(name: str) -> bool:
    stem = name
    if infer_compression(name) in COMPRESSIONS:
        stem = name.rsplit(".", 1)[0]
    return posixpath.splitext(stem)[1].lower() in EXTENSIONS


def _source_error(uri: str, exc: BaseException, where: str) -> SourceError:
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, FileNotFoundError):
        return SourceError(f"{uri}: no such file")
    return SourceError(f"{uri}: cannot be read {where} ({type(exc).__name__}: {detail})")


def resolve_storage_options(options: dict[str, Any], connector: str) -> dict[str, Any]:
    """`storage_options` with `env:NAME` / `file:PATH` references replaced by their values."""
    from connectors.registry import is_reference, resolve_secret

    resolved: dict[str, Any] = {}
    for key, value in options.items():
        if isinstance(value, dict):
            resolved[key] = resolve_storage_options(value, connector)
        elif is_reference(value):
            resolved[key] = resolve_secret(value, option=f"storage_options.{key}", connector=connector)
        else:
            resolved[key] = value
    return resolved
