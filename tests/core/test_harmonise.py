"""Tables from several sources cast to one target schema; failures quarantined with the column."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest

from datalab.errors import SpecError
from schemas.steps.normalise import ColumnRule, TableSchema
from transforms.harmonise import harmonise_batch, resolve_table_schema


def test_two_sources_with_different_conventions_land_in_one_schema():
    schema = resolve_table_schema("energy_readings")
    german = pa.RecordBatch.from_pydict({"MeterID": ["m1"], "Datum": ["02.03.2026"], "land": ["Germany"], "kwh": ["1,5"],
                                         "currency": ["eur"], "persons": ["3"], "solar": ["ja"]})
    french = pa.RecordBatch.from_pydict({"meter_id": ["m2"], "date": ["2026-03-02"], "pays": ["FRA"], "consumption_kwh": ["2.25"],
                                         "tariff_currency": ["EUR"], "household_size": ["1"], "has_solar": ["false"]})
    rows = [harmonise_batch(b, schema, "normalise").kept.to_pylist()[0] for b in (german, french)]
    assert rows[0] == {"meter_id": "m1", "reading_date": dt.date(2026, 3, 2), "country": "DE", "consumption_kwh": 1.5,
                       "tariff_currency": "EUR", "tariff": None, "household_size": 3, "has_solar": True}
    assert rows[1]["country"] == "FR" and rows[1]["has_solar"] is False and rows[1]["consumption_kwh"] == 2.25
    assert harmonise_batch(german, schema, "n").kept.schema == harmonise_batch(french, schema, "n").kept.schema


def test_rows_that_cannot_be_cast_go_to_quarantine_with_every_failing_column():
    schema = TableSchema(name="t", columns=[ColumnRule(name="n", type="int64"), ColumnRule(name="d", type="date", formats=["%d/%m/%Y"]),
                                             ColumnRule(name="c", type="country", required=True)])
    data = pa.RecordBatch.from_pydict({"n": ["1", "x", "3"], "d": ["01/02/2026", "31/02/2026", None], "c": ["BE", "BEL", None]})
    result = harmonise_batch(data, schema, "normalise")
    assert result.kept.to_pylist() == [{"n": 1, "d": dt.date(2026, 2, 1), "c": "BE"}]
    reasons = result.quarantined.column("_reason").to_pylist()
    assert reasons == ["n: not a int64; d: not a date in formats ['%d/%m/%Y']", "c: required but empty"]
    assert result.quarantined.column("n").to_pylist() == ["x", "3"], "quarantine keeps the source values"


def test_units_are_converted_and_unknown_units_are_a_spec_error():
    schema = TableSchema(name="t", columns=[ColumnRule(name="w", type="float64", unit="lb", to_unit="kg"),
                                             ColumnRule(name="t", type="float64", unit="F", to_unit="C")])
    row = harmonise_batch(pa.RecordBatch.from_pydict({"w": ["10"], "t": ["212"]}), schema, "n").kept.to_pylist()[0]
    assert row["w"] == pytest.approx(4.5359237) and row["t"] == pytest.approx(100.0)
    bad = TableSchema(name="t", columns=[ColumnRule(name="w", type="float64", unit="lb", to_unit="m")])
    with pytest.raises(SpecError, match="cannot convert 'lb' to 'm'"):
        harmonise_batch(pa.RecordBatch.from_pydict({"w": ["1"]}), bad, "n")


def test_unknown_schema_name_lists_the_shipped_ones():
    with pytest.raises(SpecError, match="energy_readings"):
        resolve_table_schema("no_such_schema")


def test_the_record_id_and_provenance_columns_are_carried_through():
    schema = TableSchema(name="t", columns=[ColumnRule(name="n", type="int64")])
    data = pa.RecordBatch.from_pydict({"id": ["r1"], "n": ["7"], "source": ["f.csv#2"], "junk": ["x"]})
    kept = harmonise_batch(data, schema, "normalise", carried=("id", "source", "provenance")).kept
    assert kept.to_pylist() == [{"n": 7, "id": "r1", "source": "f.csv#2"}]
