"""Operators, pseudonym stability and key separation, policy loading and its sha256."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest

from anonymise.columns import transform_column
from anonymise.operators import anonymise_text, apply, generalise, mask, pseudonym
from anonymise.policy import PseudonymKeyMissing, key_id, load_policy, policy_sha256, read_key
from datalab.errors import SpecError
from schemas.steps.anonymise import ColumnRule, KeySource, Operator, Policy

from .conftest import KEY, OTHER_KEY


def test_every_operator_on_text():
    v = "Anna Schmidt"
    assert apply(v, "PERSON", Operator(type="redact"), None) == ""
    assert apply(v, "PERSON", Operator(type="replace"), None) == "<PERSON>"
    assert apply(v, "PERSON", Operator(type="replace", tag="[NAME]"), None) == "[NAME]"
    assert apply(v, "PERSON", Operator(type="mask"), None) == "**** *******"
    assert apply("4391 5000 8063 6085", "CREDIT_CARD", Operator(type="mask", keep_last=4), None) == "**** **** **** 6085"
    assert apply(v, "PERSON", Operator(type="keep"), None) == v
    assert apply(v, "PERSON", Operator(type="drop"), None) == ""
    p = apply(v, "PERSON", Operator(type="pseudonymise"), KEY.encode())
    assert p.startswith("PERSON_") and len(p) == len("PERSON_") + 16 and "Anna" not in p
    with pytest.raises(ValueError):
        apply(v, "PERSON", Operator(type="pseudonymise"), None)


def test_generalise():
    assert generalise("1984-03-12", Operator(type="generalise")) == "1984"
    assert generalise("12.03.1984", Operator(type="generalise", generalise_to="month")) == "1984-03"
    assert generalise(dt.date(1990, 7, 1), Operator(type="generalise", generalise_to="month")) == "1990-07"
    assert generalise(37, Operator(type="generalise")) == "30-39"
    assert generalise("42", Operator(type="generalise", band_width=5)) == "40-44"
    assert generalise("75011", Operator(type="generalise", generalise_to="prefix")) == "75*"
    assert generalise("SW1A 1AA", Operator(type="generalise", generalise_to="prefix", prefix_chars=3)) == "SW1*"


def test_pseudonyms_are_stable_and_keyed():
    k1, k2 = KEY.encode(), OTHER_KEY.encode()
    a = pseudonym("Anna Schmidt", "PERSON", k1)
    assert a == pseudonym("  anna   SCHMIDT ", "PERSON", k1)  # normalised: joins survive case/spacing
    assert a != pseudonym("Anna Schmidt", "PERSON", k2)  # key separation
    assert a != pseudonym("Anna Schmid", "PERSON", k1)
    assert pseudonym("x@y.eu", "EMAIL_ADDRESS", k1) != pseudonym("x@y.eu", "PERSON", k1)


def test_text_replacement_tracks_new_offsets():
    text = "Call Anna at +33 6 12 34 56 78."
    hits = [(5, 9, "PERSON", 0.9, "r"), (13, 30, "PHONE_NUMBER", 0.9, "r")]
    out, spans, ops = anonymise_text(text, hits, lambda e: Operator(type="replace"), None)
    assert out == "Call <PERSON> at <PHONE_NUMBER>."
    assert [out[s:e] for s, e in spans] == ["<PERSON>", "<PHONE_NUMBER>"]
    assert ops == ["replace", "replace"]


def test_column_transform_dedupes_and_drops():
    col = pa.array(["a@x.eu", "b@x.eu", "a@x.eu", None])
    out = transform_column(col, "email", ColumnRule(operator=Operator(type="pseudonymise"), entity="EMAIL_ADDRESS"), KEY.encode())
    values = out.to_pylist()
    assert values[0] == values[2] != values[1] and values[3] is None
    assert values[0] == pseudonym("a@x.eu", "EMAIL_ADDRESS", KEY.encode())  # same as in free text
    assert transform_column(col, "email", ColumnRule(operator=Operator(type="drop")), None) is None
    dates = pa.array([dt.date(1984, 3, 2), dt.date(1990, 1, 1)])
    assert transform_column(dates, "birth", ColumnRule(operator=Operator(type="generalise")), None).to_pylist() == [1984, 1990]
    ages = pa.array([23, 37, 41])
    assert transform_column(ages, "age", ColumnRule(operator=Operator(type="generalise")), None).to_pylist() == ["20-29", "30-39", "40-49"]


def test_policy_shorthand_file_and_sha(tmp_path):
    inline = Policy(operators={"PERSON": "pseudonymise"}, columns={"ssn": "drop"})
    assert inline.operators["PERSON"].type == "pseudonymise" and inline.columns["ssn"].operator.type == "drop"
    path = tmp_path / "policy.yaml"
    path.write_text("operators:\n  PERSON: pseudonymise\ncolumns:\n  ssn: drop\n")
    loaded = load_policy(str(path))
    assert loaded.sha256 == policy_sha256(inline) == load_policy(inline).sha256
    assert loaded.file_sha256 and loaded.source == str(path)
    assert policy_sha256(Policy(threshold=0.6)) != policy_sha256(Policy())


def test_bad_policy_file_names_field_not_value(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("threshold: 'Anna Schmidt 45778913601'\n")
    with pytest.raises(SpecError) as err:
        load_policy(str(path))
    assert "threshold" in str(err.value) and "45778913601" not in str(err.value)
    with pytest.raises(SpecError, match="cannot read"):
        load_policy(str(tmp_path / "missing.yaml"))


def test_key_from_env_or_file_and_never_in_messages(tmp_path, monkeypatch):
    monkeypatch.setenv("MY_KEY", KEY)
    assert read_key(KeySource(env="MY_KEY")) == KEY.encode()
    keyfile = tmp_path / "key"
    keyfile.write_text(OTHER_KEY + "\n")
    assert read_key(KeySource(file=str(keyfile))) == OTHER_KEY.encode()
    monkeypatch.delenv("MY_KEY")
    with pytest.raises(PseudonymKeyMissing, match="MY_KEY"):
        read_key(KeySource(env="MY_KEY"))
    monkeypatch.setenv("MY_KEY", "tiny-k3y")
    with pytest.raises(PseudonymKeyMissing) as err:
        read_key(KeySource(env="MY_KEY"))
    assert "tiny-k3y" not in str(err.value)
    assert key_id(KEY.encode()) != key_id(OTHER_KEY.encode()) and KEY not in key_id(KEY.encode())
