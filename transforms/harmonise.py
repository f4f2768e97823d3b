"""Harmonise tables from several sources into one target schema (the tabular side of `normalise`).

Each target column is taken from the first source column present, then cast. A value that is
present but cannot be cast (a price "abc", a date in no listed format, an unknown country) sends
its row to quarantine with the column and the reason; nothing is silently nulled. Reasons name the
column and the expected type, not the value, because the value may be personal data.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import polars as pl
import pyarrow as pa
import yaml

from datalab.errors import SpecError
from schemas.steps.normalise import ColumnRule, TableSchema
from transforms.stage import BatchResult, split

TABLES_DIR = Path(__file__).resolve().parent.parent / "schemas" / "tables"

# Linear unit conversions to an SI base unit per dimension; temperatures are affine (below).
_UNIT_FACTORS: dict[str, tuple[str, float]] = {
    "mm": ("m", 0.001), "cm": ("m", 0.01), "m": ("m", 1.0), "km": ("m", 1000.0),
    "in": ("m", 0.0254), "ft": ("m", 0.3048), "yd": ("m", 0.9144), "mi": ("m", 1609.344),
    "mg": ("kg", 1e-6), "g": ("kg", 0.001), "kg": ("kg", 1.0), "t": ("kg", 1000.0),
    "oz": ("kg", 0.028349523125), "lb": ("kg", 0.45359237),
    "ml": ("m3", 1e-6), "l": ("m3", 0.001), "m3": ("m3", 1.0),
    "wh": ("j", 3600.0), "kwh": ("j", 3.6e6), "mwh": ("j", 3.6e9), "j": ("j", 1.0), "mj": ("j", 1e6),
}
_TEMPERATURE = {"c": (1.0, 273.15), "k": (1.0, 0.0), "f": (5 / 9, 273.15 - 32 * 5 / 9)}  # to kelvin

_TRUE = ["true", "t", "yes", "y", "1", "ja", "oui", "si", "sí"]
_FALSE = ["false", "f", "no", "n", "0", "nein", "non"]


def resolve_table_schema(table: TableSchema | str) -> TableSchema:
    """A schema given inline, by the name of one shipped in `schemas/tables/`, or by a YAML path."""
    if isinstance(table, TableSchema):
        return table
    return _load_table_schema(table)


@cache
def _load_table_schema(name: str) -> TableSchema:
    shipped = TABLES_DIR / f"{name}.yaml"
    path = shipped if shipped.exists() else Path(name)
    if not path.exists():
        available = sorted(p.stem for p in TABLES_DIR.glob("*.yaml"))
        msg = f"table schema {name!r} is neither shipped ({', '.join(available)}) nor a file"
        raise SpecError(msg)
    return TableSchema.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def harmonise_batch(
    batch: pa.RecordBatch, schema: TableSchema, label: str, *, carried: tuple[str, ...] = ()
) -> BatchResult:
    """Cast `batch` to `schema`; rows with any failing column go to quarantine (source columns).
    `carried` columns (the record id, `source`, `provenance`) follow the target columns as they are."""
    frame = pl.from_arrow(batch)
    assert isinstance(frame, pl.DataFrame)
    casts: list[pl.Expr] = []
    failures: list[pl.Expr] = []
    for rule in schema.columns:
        source = next((c for c in (rule.source or [rule.name]) if c in frame.columns), None)
        if source is None:
            casts.append(pl.lit(None, dtype=_polars_type(rule)).alias(rule.name))
            if rule.required:
                failures.append(pl.lit(f"{rule.name}: no source column {rule.source or [rule.name]}"))
            continue
        raw = pl.col(source)
        value = _cast(raw, rule)
        casts.append(value.alias(rule.name))
        present = raw.is_not_null() & (raw.cast(pl.String).str.strip_chars() != "")
        bad = present & value.is_null()
        failures.append(pl.when(bad).then(pl.lit(f"{rule.name}: {_expected(rule)}")))
        if rule.required:
            failures.append(pl.when(~present).then(pl.lit(f"{rule.name}: required but empty")))
    reason = pl.concat_str(failures, separator="; ", ignore_nulls=True) if failures else pl.lit(None)
    target_names = [rule.name for rule in schema.columns]
    others = [c for c in frame.columns if c not in target_names]
    extra = others if schema.keep_other_columns else [c for c in others if c in carried]
    result = frame.select([*casts, *[pl.col(c) for c in extra], reason.alias("__reason")])
    reasons = result.get_column("__reason")
    ok = reasons.is_null() | (reasons == "")
    kept = result.filter(ok).drop("__reason").to_arrow()
    kept_batch = kept.to_batches()[0] if kept.num_rows else pa.RecordBatch.from_pylist([], schema=kept.schema)
    _, quarantined = split(batch, pa.array(ok.to_list()), reasons.to_arrow(), label)
    return BatchResult(kept=kept_batch, quarantined=quarantined, stats={"cast_failures": quarantined.num_rows})


def _cast(raw: pl.Expr, rule: ColumnRule) -> pl.Expr:
    text = raw.cast(pl.String).str.strip_chars()
    match rule.type:
        case "string":
            return text
        case "int64":
            return _convert_units(text.cast(pl.Float64, strict=False), rule).round().cast(pl.Int64)
        case "float64":
            return _convert_units(text.str.replace(",", ".").cast(pl.Float64, strict=False), rule)
        case "bool":
            lowered = text.str.to_lowercase()
            return pl.when(lowered.is_in(_TRUE)).then(True).when(lowered.is_in(_FALSE)).then(False)
        case "date" | "timestamp":
            kind = pl.Date if rule.type == "date" else pl.Datetime("us")
            if not rule.formats:
                return text.str.to_datetime(strict=False).cast(kind)
            return pl.coalesce([text.str.strptime(kind, f, strict=False) for f in rule.formats])
        case "country":
            return text.str.to_lowercase().replace_strict(_country_codes(), default=None)
        case "currency":
            return text.str.to_uppercase().replace_strict(_currency_codes(), default=None)
    raise AssertionError(rule.type)


def _convert_units(value: pl.Expr, rule: ColumnRule) -> pl.Expr:
    if rule.unit is None and rule.to_unit is None:
        return value
    source, target = (rule.unit or "").lower(), (rule.to_unit or "").lower()
    if source in _TEMPERATURE and target in _TEMPERATURE:
        scale, offset = _TEMPERATURE[source]
        to_scale, to_offset = _TEMPERATURE[target]
        return ((value * scale + offset) - to_offset) / to_scale
    if source in _UNIT_FACTORS and target in _UNIT_FACTORS:
        (base, factor), (to_base, to_factor) = _UNIT_FACTORS[source], _UNIT_FACTORS[target]
        if base == to_base:
            return value * (factor / to_factor)
    known = sorted([*_UNIT_FACTORS, *_TEMPERATURE])
    msg = f"column {rule.name!r}: cannot convert {rule.unit!r} to {rule.to_unit!r}; known units: {known}"
    raise SpecError(msg)


def _expected(rule: ColumnRule) -> str:
    if rule.type in ("date", "timestamp") and rule.formats:
        return f"not a {rule.type} in formats {rule.formats}"
    if rule.type == "country":
        return "not an ISO 3166 country code or English country name"
    if rule.type == "currency":
        return "not an ISO 4217 currency code"
    return f"not a {rule.type}"


def _polars_type(rule: ColumnRule) -> pl.DataType:
    return {
        "int64": pl.Int64(), "float64": pl.Float64(), "bool": pl.Boolean(), "date": pl.Date(),
        "timestamp": pl.Datetime("us"),
    }.get(rule.type, pl.String())


@cache
def _country_codes() -> dict[str, str]:
    """Lower-cased alpha-2, alpha-3, numeric and English names -> alpha-2 (from pycountry)."""
    import pycountry

    codes: dict[str, str] = {}
    for country in pycountry.countries:
        for key in ("alpha_2", "alpha_3", "numeric", "name", "official_name", "common_name"):
            if value := getattr(country, key, None):
                codes[value.lower()] = country.alpha_2
    codes.update({"uk": "GB", "el": "GR"})  # EU usage: Eurostat's codes for the UK and Greece
    return codes


@cache
def _currency_codes() -> dict[str, str]:
    import pycountry

    return {c.alpha_3: c.alpha_3 for c in pycountry.currencies}
