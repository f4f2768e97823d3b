"""Which columns a synthesizer learns, their SDV metadata, and Arrow <-> pandas on the way.

SDV detects each column's type from the data; the spec overrides it (`column_types`,
`primary_key`). Columns SDV recognises as personal (e-mail, names, phone numbers, ...) and columns
the spec or an earlier anonymise step names as direct identifiers are never learnt: the stage
refuses rather than silently fitting on them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc

from datalab.errors import StageFailed

if TYPE_CHECKING:
    import pandas as pd

    from schemas.steps.synthesise import SynthesiseStep

MAIN_TABLE = "main"
SYNTHETIC = "_synthetic"
GENERATOR = "_generator"
ALWAYS_SKIPPED = ("source", "provenance")

# SDV sdtypes that name a person or reach one directly: refusing them is the safe default.
DIRECT_IDENTIFIER_SDTYPES = frozenset(
    {
        "email", "name", "first_name", "last_name", "phone_number", "ssn", "address",
        "street_address", "credit_card_number", "iban", "swift11", "swift8", "license_plate",
        "ipv4_address", "ipv6_address", "mac_address", "user_name", "passport_number",
    }
)
_BASIC_SDTYPES = frozenset({"numerical", "categorical", "boolean", "datetime", "id"})


class IdentifierRefused(StageFailed):
    """The synthesizer would learn a direct identifier; the spec must exclude the column."""


def learnt_columns(schema: pa.Schema, step: SynthesiseStep, *, id_field: str, text_field: str | None) -> list[str]:
    """The columns the model learns, in table order. Refuses direct identifiers."""
    names = list(schema.names)
    excluded = set(step.exclude_columns)
    if step.columns is not None:
        missing = sorted(set(step.columns) - set(names))
        if missing:
            msg = f"synthesise: `columns` names {missing}, which the data does not have (columns: {names})"
            raise StageFailed(msg)
        chosen = [c for c in names if c in set(step.columns)]
    else:
        skipped = {id_field, text_field, *ALWAYS_SKIPPED, *excluded}
        chosen = [
            c for c in names
            if c not in skipped and not c.startswith("_") and _learnable(schema.field(c).type)
        ]
        if step.primary_key and step.primary_key not in chosen and step.primary_key in names:
            chosen = [c for c in names if c in {*chosen, step.primary_key}]
    refuse_identifiers(chosen, step.identifier_columns, origin="`identifier_columns`")
    needed = step.constrained_columns() | ({step.balance} if step.balance else set())
    missing = sorted(needed - set(chosen))
    if missing:
        msg = (
            f"synthesise: constraints or `balance` use {missing}, which are not learnt "
            f"(learnt: {chosen}); add them to `columns` or stop excluding them"
        )
        raise StageFailed(msg)
    if not chosen:
        msg = f"synthesise: no column left to learn from (columns: {names}); set `columns`"
        raise StageFailed(msg)
    return chosen


def refuse_identifiers(columns: list[str], identifiers: list[str], *, origin: str) -> None:
    clash = [c for c in columns if c in set(identifiers)]
    if clash:
        msg = (
            f"synthesise refuses to learn direct identifier column(s) {clash} (marked by {origin}); "
            "add them to `exclude_columns` (synthetic rows get null there) or anonymise them first"
        )
        raise IdentifierRefused(msg)


def _learnable(arrow_type: pa.DataType) -> bool:
    return not (
        pa.types.is_nested(arrow_type) or pa.types.is_binary(arrow_type)
        or pa.types.is_large_binary(arrow_type) or pa.types.is_null(arrow_type)
    )


def to_pandas(table: pa.Table, columns: list[str]) -> pd.DataFrame:
    """The learnt columns as pandas the way SDV expects them: dates as datetimes, dictionaries as
    plain values, decimals as floats; nulls stay nulls."""
    arrays = []
    for name in columns:
        column = table.column(name)
        kind = column.type
        if pa.types.is_dictionary(kind):
            column = column.cast(kind.value_type)
            kind = kind.value_type
        if pa.types.is_date(kind):
            # Dates and timestamps are modelled as numbers (days / seconds since 1970-01-01): SDV's
            # datetime path parses sample values one by one when it validates the data and
            # converts row by row in constraints, which made fitting 100k rows several times
            # slower, for the same copula model. They are cast back to their type after sampling.
            column = pc.cast(column.cast(pa.date32()).cast(pa.int32()), pa.float64())
        elif pa.types.is_timestamp(kind):
            column = pc.divide(pc.cast(column.cast(pa.timestamp("us", tz=kind.tz)).cast(pa.int64()), pa.float64()), 1e6)
        elif pa.types.is_decimal(kind):
            column = column.cast(pa.float64())
        elif pa.types.is_large_string(kind) or pa.types.is_string_view(kind):
            column = column.cast(pa.string())
        arrays.append(column)
    frame = pa.table(arrays, names=columns).to_pandas(timestamp_as_object=False)
    for name in columns:
        if pa.types.is_boolean(table.schema.field(name).type):
            frame[name] = frame[name].astype("boolean") if frame[name].isna().any() else frame[name].astype(bool)
    return frame


def from_pandas(frame: pd.DataFrame, schema: pa.Schema, num_rows: int) -> dict[str, pa.Array]:
    """Synthetic pandas columns cast back to the real table's Arrow types (unknown columns: null)."""
    out: dict[str, pa.Array] = {}
    for field in schema:
        if field.name not in frame.columns:
            continue
        values = frame[field.name]
        target = field.type
        if pa.types.is_date(target):
            days = pa.array(values.astype("float64").round(), pa.float64(), from_pandas=True)
            out[field.name] = days.cast(pa.int32(), safe=False).cast(pa.date32()).cast(target, safe=False)
            continue
        if pa.types.is_timestamp(target):
            micros = pa.array((values.astype("float64") * 1e6).round(), pa.float64(), from_pandas=True)
            stamps = micros.cast(pa.int64(), safe=False).cast(pa.timestamp("us", tz=target.tz))
            out[field.name] = stamps.cast(target, safe=False)
            continue
        if pa.types.is_integer(target):
            values = values.astype("float64").round()
        if pa.types.is_boolean(target):
            values = values.astype("boolean")
        array = pa.array(values, from_pandas=True)
        if pa.types.is_dictionary(target):
            out[field.name] = array.cast(target.value_type, safe=False).dictionary_encode().cast(target)
        else:
            out[field.name] = array.cast(target, safe=False)
        if len(out[field.name]) != num_rows:  # pragma: no cover - a bug guard
            msg = f"synthetic column {field.name!r} has {len(out[field.name])} rows, expected {num_rows}"
            raise AssertionError(msg)
    return out


def temporal_columns(schema: pa.Schema, columns: list[str]) -> dict[str, str]:
    """Learnt date/timestamp columns (modelled as days / seconds since 1970): name -> unit."""
    out = {}
    for name in columns:
        kind = schema.field(name).type
        if pa.types.is_dictionary(kind):
            kind = kind.value_type
        if pa.types.is_date(kind):
            out[name] = "days"
        elif pa.types.is_timestamp(kind):
            out[name] = "seconds"
    return out


def build_metadata(
    frame: pd.DataFrame, step: SynthesiseStep, *, table_name: str = MAIN_TABLE, temporal: dict[str, str] | None = None
) -> Any:
    """SDV `Metadata` detected from `frame` with the spec's overrides applied. Raises
    `IdentifierRefused` when SDV recognises a column as a direct identifier that the spec did not
    re-type; other semantic types SDV detects (e.g. `country_code`) are learnt as categories."""
    from sdv.metadata import Metadata

    metadata = Metadata.detect_from_dataframes({table_name: frame}, infer_keys=None)
    for name in temporal or ():
        if name in frame.columns and name not in step.column_types:
            metadata.update_column(name, table_name=table_name, sdtype="numerical")
    apply_overrides(metadata, table_name, step.column_types, frame)
    if step.primary_key:
        metadata.update_column(step.primary_key, table_name=table_name, sdtype="id")
        metadata.set_primary_key(step.primary_key, table_name=table_name)
    metadata.validate()
    return metadata


def apply_overrides(metadata: Any, table_name: str, overrides: dict[str, Any], frame: pd.DataFrame) -> None:
    columns = metadata.tables[table_name].columns
    unknown = sorted(set(overrides) - set(columns))
    if unknown:
        msg = f"synthesise: `column_types` names {unknown}, which are not learnt (learnt: {sorted(columns)})"
        raise StageFailed(msg)
    for name, override in overrides.items():
        kwargs: dict[str, Any] = {"sdtype": override.sdtype}
        if override.datetime_format:
            kwargs["datetime_format"] = override.datetime_format
        if override.computer_representation:
            kwargs["computer_representation"] = override.computer_representation
        metadata.update_column(name, table_name=table_name, **kwargs)
    identifiers = []
    for name, info in list(metadata.tables[table_name].columns.items()):
        sdtype = info.get("sdtype")
        if name in overrides or sdtype in _BASIC_SDTYPES:
            continue
        if sdtype in DIRECT_IDENTIFIER_SDTYPES:
            identifiers.append(f"{name} ({sdtype})")
        else:
            metadata.update_column(name, table_name=table_name, sdtype="categorical")
    if identifiers:
        msg = (
            f"synthesise refuses to learn column(s) that look like direct identifiers: {identifiers}; "
            "add them to `exclude_columns`, or, if they are not personal, give their type in "
            "`column_types` (e.g. `sdtype: categorical`)"
        )
        raise IdentifierRefused(msg)


def add_markers(batch: pa.RecordBatch | pa.Table, *, synthetic: bool, generator: str | None) -> pa.RecordBatch | pa.Table:
    """Append (or replace) `_synthetic` and `_generator`."""
    rows = batch.num_rows
    present = [n for n in (SYNTHETIC, GENERATOR) if n in batch.schema.names]
    if present:
        batch = batch.drop_columns(present)
    marker = pa.array([synthetic] * rows, pa.bool_())
    gen = pa.array([generator] * rows, pa.string())
    if isinstance(batch, pa.Table):
        return batch.append_column(SYNTHETIC, marker).append_column(GENERATOR, gen)
    return pa.RecordBatch.from_arrays([*batch.columns, marker, gen], names=[*batch.schema.names, SYNTHETIC, GENERATOR])
