"""Parse one block of whole records (JSON Lines or CSV) into an Arrow table plus bad records.

The good path is one pyarrow call per block. Only a block that pyarrow rejects is looked at line
by line, to find the lines at fault (they go to quarantine with their line number and reason)
and to parse the rest again with pyarrow.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.json as pajson

from connectors.files.lines import Records

RAW_LIMIT = 10_000
"""Characters of a bad record kept in the quarantine's `raw` column."""

_CHANGED = re.compile(r"Column\((/[^)]*)\) changed from (\w+) to (\w+)")


@dataclass
class Parsed:
    """The outcome of parsing one block: rows with their line numbers, and the bad records."""

    table: pa.Table | None
    lines: np.ndarray
    bad_lines: list[int] = field(default_factory=list)
    bad_raw: list[str] = field(default_factory=list)
    bad_reasons: list[str] = field(default_factory=list)

    def reject(self, line: int, raw: bytes, reason: str) -> None:
        self.bad_lines.append(int(line))
        self.bad_raw.append(raw_text(raw))
        self.bad_reasons.append(reason)


def raw_text(raw: bytes) -> str:
    text = raw.decode("utf-8", errors="replace")
    return text if len(text) <= RAW_LIMIT else text[:RAW_LIMIT] + "…"


def _kind(value: Any) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return "null"


# ---------------------------------------------------------------------------------------------
# JSON Lines


def parse_jsonl(block: bytes, recs: Records, text_columns: set[str]) -> Parsed:
    """Parse a block of JSON lines. `text_columns` (updated in place) are columns whose JSON type
    changed within the file: they are read as text (numbers and booleans as their JSON text,
    objects and arrays as compact JSON) from then on."""
    solid = ~recs.blank
    lines = recs.lines[solid]
    if not len(lines):
        return Parsed(None, lines)
    try:
        table = _read_json(block)
    except pa.ArrowInvalid:
        table = None
    if table is not None and table.num_rows == len(lines) and _valid_utf8(table):
        return Parsed(stringify(table, text_columns), lines)
    return _parse_jsonl_lines(block, recs, solid, text_columns)


def _valid_utf8(table: pa.Table) -> bool:
    """pyarrow's JSON reader does not check UTF-8; invalid text must not reach the stages."""
    try:
        table.validate(full=True)
    except pa.ArrowInvalid:
        return False
    return True


def _read_json(data: bytes) -> pa.Table:
    options = pajson.ReadOptions(use_threads=False, block_size=max(len(data) + 1, 1 << 16))
    return pajson.read_json(io.BytesIO(data), read_options=options)


def _parse_jsonl_lines(block: bytes, recs: Records, solid: np.ndarray, text_columns: set[str]) -> Parsed:
    parsed = Parsed(None, np.empty(0, np.int64))
    good_rows: list[dict[str, Any]] = []
    good_raw: list[bytes] = []
    good_lines: list[int] = []
    for i in np.flatnonzero(solid):
        raw = block[recs.starts[i] : recs.ends[i]]
        line = int(recs.lines[i])
        try:
            value = json.loads(raw)
        except UnicodeDecodeError as exc:
            parsed.reject(line, raw, f"invalid UTF-8 at byte {exc.start + 1}")
            continue
        except json.JSONDecodeError as exc:
            where = "column" if exc.msg.endswith(" at") else "at column"  # "Unterminated string starting at"
            parsed.reject(line, raw, f"invalid JSON: {exc.msg} {where} {exc.colno}")
            continue
        if not isinstance(value, dict):
            parsed.reject(line, raw, f"JSON line is {_kind(value)}, expected an object")
            continue
        good_rows.append(value)
        good_raw.append(raw)
        good_lines.append(line)
    if good_rows:
        table, keep = _table_from_rows(good_rows, good_raw, text_columns, parsed, good_lines)
        parsed.table = table
        parsed.lines = np.asarray([good_lines[i] for i in keep], dtype=np.int64)
    return parsed


def _table_from_rows(
    rows: list[dict[str, Any]],
    raws: list[bytes],
    text_columns: set[str],
    parsed: Parsed,
    lines: list[int],
) -> tuple[pa.Table | None, list[int]]:
    """Parse valid JSON objects with pyarrow, resolving type changes by reading as text."""
    keep = list(range(len(rows)))
    data = b"\n".join(raws)
    for _ in range(len(rows[0]) + 64):
        try:
            return stringify(_read_json(data), text_columns), keep
        except pa.ArrowInvalid as exc:
            match = _CHANGED.search(str(exc))
            column = match.group(1).split("/")[1] if match else None
            if column is None or column in text_columns:
                break
            text_columns.add(column)
            data = b"\n".join(_dump(_text_row(rows[i], text_columns)) for i in keep)
    # Something pyarrow refuses but Python's json accepts (NaN, huge integers): find the lines.
    accepted = []
    for i in keep:
        line_data = _dump(_text_row(rows[i], text_columns))
        try:
            _read_json(line_data)
        except pa.ArrowInvalid as exc:
            parsed.reject(lines[i], raws[i], f"invalid JSON: {_arrow_message(exc)}")
        else:
            accepted.append(i)
    if not accepted:
        return None, []
    data = b"\n".join(_dump(_text_row(rows[i], text_columns)) for i in accepted)
    return stringify(_read_json(data), text_columns), accepted


def _arrow_message(exc: Exception) -> str:
    return str(exc).removeprefix("JSON parse error: ").split(" in row ")[0]


def _dump(row: dict[str, Any]) -> bytes:
    return json.dumps(row, ensure_ascii=False, allow_nan=True).encode("utf-8")


def _text_row(row: dict[str, Any], text_columns: set[str]) -> dict[str, Any]:
    if not text_columns.intersection(row):
        return row
    return {k: (as_text(v) if k in text_columns else v) for k, v in row.items()}


def as_text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def stringify(table: pa.Table, columns: set[str] | frozenset[str]) -> pa.Table:
    """`table` with `columns` (where present and not already text) converted to text."""
    for name in columns:
        if name not in table.column_names:
            continue
        index = table.column_names.index(name)
        table = table.set_column(index, name, column_as_text(table.column(index)))
    return table


def column_as_text(column: pa.ChunkedArray | pa.Array) -> pa.ChunkedArray | pa.Array:
    """A column as text: strings unchanged, scalars cast, nested values as compact JSON."""
    kind = column.type
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        return column
    if pa.types.is_null(kind):
        return column.cast(pa.string())
    if pa.types.is_boolean(kind) or pa.types.is_integer(kind) or pa.types.is_floating(kind):
        return pc.cast(column, pa.string())
    if pa.types.is_nested(kind):
        return pa.array([as_text(v) for v in column.to_pylist()], pa.string())
    return pc.cast(column, pa.string())


# ---------------------------------------------------------------------------------------------
# CSV


@dataclass(frozen=True)
class CsvSettings:
    delimiter: str
    quote: str | None
    newlines_in_values: bool
    column_names: tuple[str, ...]
    text_types: tuple[str, ...]
    """Columns always read as text (the id and text columns, or all with `infer_types: false`)."""


def parse_csv(block: bytes, recs: Records, settings: CsvSettings) -> Parsed:
    """Parse a block of CSV records (no header). Rows with the wrong number of fields and rows that
    are not UTF-8 go to quarantine with their line number."""
    solid = np.flatnonzero(~recs.blank)
    if not len(solid):
        return Parsed(None, np.empty(0, np.int64))
    parsed = Parsed(None, np.empty(0, np.int64))
    try:
        table, good = _read_csv(block, settings, parsed, recs, solid)
    except pa.ArrowInvalid as first_error:
        valid = []
        for i in solid:
            raw = block[recs.starts[i] : recs.ends[i]]
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                parsed.reject(recs.lines[i], raw, f"invalid UTF-8 at byte {exc.start + 1}")
            else:
                valid.append(i)
        if len(valid) == len(solid):
            raise first_error
        if not valid:
            return parsed
        valid_arr = np.asarray(valid, dtype=np.int64)
        data = b"\n".join(block[recs.starts[i] : recs.ends[i]] for i in valid_arr)
        starts = np.cumsum([0] + [int(recs.ends[i] - recs.starts[i]) + 1 for i in valid_arr[:-1]])
        sub = Records(
            starts=np.asarray(starts, dtype=np.int64),
            ends=np.asarray(starts, dtype=np.int64) + (recs.ends[valid_arr] - recs.starts[valid_arr]),
            lines=recs.lines[valid_arr],
            blank=np.zeros(len(valid_arr), dtype=bool),
        )
        table, good = _read_csv(data, settings, parsed, sub, np.arange(len(valid_arr)))
        recs = sub
    parsed.table = table
    parsed.lines = recs.lines[good]
    return parsed


def _read_csv(
    data: bytes, settings: CsvSettings, parsed: Parsed, recs: Records, solid: np.ndarray
) -> tuple[pa.Table, np.ndarray]:
    invalid: list[tuple[int, int, int]] = []

    def on_invalid(row: pacsv.InvalidRow) -> str:
        invalid.append((row.number, row.actual_columns, row.expected_columns))
        return "skip"

    read_options = pacsv.ReadOptions(
        use_threads=False,
        column_names=list(settings.column_names),
        block_size=max(len(data) + 1, 1 << 16),
    )
    parse_options = pacsv.ParseOptions(
        delimiter=settings.delimiter,
        quote_char=settings.quote if settings.quote else False,
        newlines_in_values=settings.newlines_in_values,
        invalid_row_handler=on_invalid,
    )
    convert_options = pacsv.ConvertOptions(column_types={c: pa.string() for c in settings.text_types})
    table = pacsv.read_csv(
        io.BytesIO(data), read_options=read_options, parse_options=parse_options, convert_options=convert_options
    )
    bad = np.zeros(len(solid), dtype=bool)
    for number, actual, expected in invalid:
        if number is None or not 1 <= number <= len(solid):
            msg = "the CSV parser reported a row it cannot place; line numbers would be wrong"
            raise pa.ArrowInvalid(msg)
        i = solid[number - 1]
        bad[number - 1] = True
        parsed.reject(recs.lines[i], data[recs.starts[i] : recs.ends[i]], f"CSV row has {actual} fields, expected {expected}")
    good = solid[~bad]
    if table.num_rows != len(good):
        msg = f"the CSV parser returned {table.num_rows} rows for {len(good)} records; line numbers would be wrong"
        raise pa.ArrowInvalid(msg)
    return table, good


def csv_header(data: bytes, settings: CsvSettings) -> list[str]:
    """Column names from a CSV header record."""
    parse_options = pacsv.ParseOptions(
        delimiter=settings.delimiter,
        quote_char=settings.quote if settings.quote else False,
        newlines_in_values=settings.newlines_in_values,
    )
    table = pacsv.read_csv(
        io.BytesIO(data + b"\n"),
        read_options=pacsv.ReadOptions(use_threads=False),
        parse_options=parse_options,
    )
    return table.column_names
