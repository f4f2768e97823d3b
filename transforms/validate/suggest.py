"""`datalab suggest-suite`: profile a sample of the data and write a starting suite to edit.

The sample is read through the files connector (same parsing as a run). Each column gets rules
a steward can read and tighten: its type, whether nulls occur, the observed numeric range, the
allowed values of low-cardinality text columns, string length bounds, uniqueness of the id, and
for the text column a ban on control characters. The rules are what the sample shows, not what
the data should be: review them (and mark personal columns) before using the suite in a run.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from schemas.suites import ColumnRule, ExpectationSpec, SuiteSpec

CONTROL_CHARS = "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]"
MAX_ALLOWED_VALUES = 20
INTERNAL = ("source", "provenance")


def read_sample(inputs: list[str], *, rows: int, id_field: str, text_field: str | None) -> pa.Table:
    """Up to `rows` rows of `inputs`, parsed by the files connector."""
    from connectors.files import FilesConnector

    connector = FilesConnector.from_options({"paths": list(inputs)})
    tables: list[pa.Table] = []
    have = 0
    for task in connector.plan(id_field=id_field, text_field=text_field):
        for result in connector.read(task, batch_rows=min(rows, 65536)):
            if result.kept is None or not result.kept.num_rows:
                continue
            tables.append(pa.Table.from_batches([result.kept]))
            have += result.kept.num_rows
            if have >= rows:
                break
        if have >= rows:
            break
    if not tables:
        return pa.table({})
    return pa.concat_tables(tables, promote_options="default").slice(0, rows)


def _kind(t: pa.DataType) -> str | None:
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return "string"
    if pa.types.is_integer(t):
        return "int"
    if pa.types.is_floating(t):
        return "float"
    if pa.types.is_boolean(t):
        return "bool"
    if pa.types.is_timestamp(t):
        return "timestamp"
    return None


def _plain(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value


def profile_column(name: str, column: pa.ChunkedArray, *, id_field: str, text_field: str | None) -> ColumnRule:
    kind = _kind(column.type)
    rule: dict[str, Any] = {"type": kind}
    nonnull = len(column) - column.null_count
    if column.null_count == 0 and len(column):
        rule["nullable"] = False
    if kind in ("int", "float") and nonnull:
        bounds = pc.min_max(column)
        rule["min"], rule["max"] = _plain(bounds["min"].as_py()), _plain(bounds["max"].as_py())
    if kind == "string" and nonnull:
        lengths = pc.utf8_length(column)
        shortest = pc.min(lengths).as_py()
        rule["min_length"] = 1 if shortest and shortest > 0 else None
        distinct = pc.count_distinct(column).as_py()
        if name == id_field or (distinct == nonnull and name.lower().endswith("id")):
            rule["unique"] = distinct == nonnull
        elif name != text_field and distinct <= MAX_ALLOWED_VALUES and distinct <= max(1, nonnull // 2):
            rule["allowed"] = sorted(v for v in pc.unique(column).to_pylist() if v is not None)
        if name == text_field:
            longest = pc.max(lengths).as_py() or 0
            rule["max_length"] = max(1000, longest * 2)
            if not pc.any(pc.match_substring_regex(column, CONTROL_CHARS)).as_py():
                rule["forbid_regex"] = CONTROL_CHARS
    return ColumnRule(**{k: v for k, v in rule.items() if v is not None})


def suggest_suite(table: pa.Table, *, name: str, id_field: str, text_field: str | None) -> SuiteSpec:
    columns = {
        column: profile_column(column, table.column(column), id_field=id_field, text_field=text_field)
        for column in table.column_names
        if column not in INTERNAL and not column.startswith("_")
    }
    return SuiteSpec(
        name=name,
        version="1",
        description=f"Suggested by `datalab suggest-suite` from a sample of {table.num_rows} rows; "
        "review every rule and mark personal columns (`personal: true`) before use.",
        columns=columns,
        expectations=[
            ExpectationSpec(type="expect_table_row_count_to_be_between", kwargs={"min_value": 1}, policy="fail")
        ],
    )


HEADER = """\
# Starting suite suggested by `datalab suggest-suite` from {rows} sampled rows of:
#   {inputs}
# The bounds and value sets below are what the sample shows. Edit them to what the data MUST be,
# mark columns holding personal data with `personal: true`, set `policy:` (quarantine | warn |
# fail) where the default does not fit, and add any GX 1.x expectation under `expectations:`.
# Use it with:  datalab validate DATA... --suite {path} -o OUT
"""
