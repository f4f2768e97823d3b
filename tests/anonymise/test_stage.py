"""The kernel on Arrow batches and the whole stage through the real pipeline (files -> shards)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from anonymise.kernel import DETECTION_SCHEMA, make_kernel
from schemas.steps.anonymise import AnonymiseStep

PLANTED = {
    "names": ["Margaret Thornton", "Juliette Marchand", "Anna-Lena Brückner", "Zofia Wiśniewska"],
    "email": "margaret.thornton@example.co.uk",
    "phone": "+33 6 12 34 56 78",
    "iban": "DE74291417776317066907",
    "tax_id": "45778913601",
    "pesel": "77081793466",
    "col_email": "zofia.w@example.pl",
    "ssn": "287100332569515",
}
TEXTS = [
    f"Dear Ms. Margaret Thornton, please confirm your e-mail {PLANTED['email']}. Regards, support",
    f"Bonjour, je suis Juliette Marchand, rappelez-moi au {PLANTED['phone']} s'il vous plaît.",
    f"Sehr geehrte Frau Anna-Lena Brückner, Ihre IBAN {PLANTED['iban']} und Ihre Steuer-ID {PLANTED['tax_id']} sind gespeichert.",
    f"Szanowna Pani Zofia Wiśniewska, Pani numer PESEL {PLANTED['pesel']} został zapisany w systemie.",
]


def planted_values() -> list[str]:
    out = []
    for value in PLANTED.values():
        out.extend(value if isinstance(value, list) else [value])
    return out


def _batch() -> pa.RecordBatch:
    return pa.RecordBatch.from_pydict({
        "id": ["r1", "r2", "r3", "r4"], "text": TEXTS,
        "email": ["m.t@example.co.uk", "j.m@example.fr", "a.b@example.de", PLANTED["col_email"]],
        "ssn": [PLANTED["ssn"], "x", "y", "z"],
        "zip": ["75011", "75012", "10115", "00-950"],
        "age": [34, 38, 51, 45],
    })


def _kernel(policy: dict, tmp_path, **opts):
    step = AnonymiseStep(policy=policy, **opts)
    return make_kernel(step.model_dump_json(), "id", "text", "anonymise", str(tmp_path))


def test_kernel_text_and_columns(tmp_path, pseudonym_key):
    policy = {"operators": {"PERSON": "pseudonymise"},
              "columns": {"email": {"operator": "pseudonymise", "entity": "EMAIL_ADDRESS"}, "ssn": "drop",
                          "zip": {"operator": {"type": "generalise", "generalise_to": "prefix"}},
                          "age": {"operator": {"type": "generalise", "band_width": 10}}}}
    kernel = _kernel(policy, tmp_path)
    result = kernel(_batch())
    out = result.kept.to_pydict()
    assert "ssn" not in out
    assert out["zip"] == ["75*", "75*", "10*", "00*"] and out["age"] == ["30-39", "30-39", "50-59", "40-49"]
    blob = json.dumps(out, ensure_ascii=False)
    for value in planted_values():
        assert value not in blob, value
    assert "PERSON_" in out["text"][0] and "<IBAN_CODE>" in out["text"][2] and "<PL_PESEL>" in out["text"][3]
    # the same person gets the same pseudonym across rows and runs (joins survive)
    again = _kernel(policy, tmp_path)(_batch()).kept.to_pydict()
    assert again["text"] == out["text"] and again["email"] == out["email"]
    # detections: offsets into the original text, never the value
    files = list((tmp_path / "detections").glob("*.parquet"))
    table = pa.concat_tables([pq.read_table(f) for f in files])
    assert table.schema.equals(DETECTION_SCHEMA)
    rows = table.to_pylist()
    person = [r for r in rows if r["record_id"] == "r1" and r["entity_type"] == "PERSON"][0]
    assert TEXTS[0][person["start"]:person["end"]] == "Margaret Thornton"
    assert person["operator"] == "pseudonymise" and person["column"] == "text"
    assert {r["entity_type"] for r in rows if r["column"] == "ssn"} == {"SSN"}
    cells = json.dumps(rows, default=str, ensure_ascii=False)
    for value in planted_values():
        assert value not in cells


def test_key_separation_in_the_kernel(tmp_path, monkeypatch):
    from .conftest import KEY, OTHER_KEY

    policy = {"operators": {"PERSON": "pseudonymise"}}
    monkeypatch.setenv("DATALAB_PSEUDONYM_KEY", KEY)
    a = _kernel(policy, tmp_path, ner=False)(_batch()).kept.column("text").to_pylist()
    monkeypatch.setenv("DATALAB_PSEUDONYM_KEY", OTHER_KEY)
    b = _kernel(policy, tmp_path, ner=False)(_batch()).kept.column("text").to_pylist()
    assert a[2] != b[2] and "PERSON_" in a[2] and "PERSON_" in b[2]


def test_language_without_a_model_runs_patterns_and_rules(tmp_path):
    kernel = _kernel({}, tmp_path)
    assert kernel.engine.model_name("de") is None and kernel.engine.model_name("pl") is None
    assert kernel.engine.model_name("en") is not None
    out = kernel(_batch()).kept.column("text").to_pylist()
    assert "Brückner" not in out[2] and "<PERSON>" in out[2] and "<DE_TAX_ID>" in out[2]
    assert "Wiśniewska" not in out[3]


def test_language_option_and_column(tmp_path):
    kernel = _kernel({}, tmp_path, language="fr")
    assert kernel.languages(_batch()) == ["fr"] * 4
    batch = _batch().append_column("lang", pa.array(["en", None, "de", "pl"]))
    kernel = _kernel({}, tmp_path, language_field="lang")
    assert kernel.languages(batch) == ["en", "fr", "de", "pl"]


def test_residual_scan_finds_a_planted_leak(tmp_path):
    # a mask that keeps everything is a leak the residual scan must report, with the record id
    policy = {"operators": {"EMAIL_ADDRESS": {"type": "mask", "keep_last": 500}}}
    kernel = _kernel(policy, tmp_path, ner=False)
    result = kernel(_batch())
    assert PLANTED["email"] in result.kept.column("text")[0].as_py()
    stats = json.loads(next((tmp_path / "_anonymise" / "anonymise").glob("*.json")).read_text())
    assert stats["residual"]["hits"] == 1 and stats["residual"]["by_entity"] == {"EMAIL_ADDRESS": 1}
    sample = stats["residual"]["samples"][0]
    assert sample["record_id"] == "r1" and sample["entity_type"] == "EMAIL_ADDRESS"
    assert PLANTED["email"] not in json.dumps(stats)


def test_missing_key_fails_before_any_data(tmp_path, monkeypatch):
    from anonymise.policy import PseudonymKeyMissing

    monkeypatch.delenv("DATALAB_PSEUDONYM_KEY", raising=False)
    with pytest.raises(PseudonymKeyMissing, match="DATALAB_PSEUDONYM_KEY"):
        _kernel({"operators": {"PERSON": "pseudonymise"}}, tmp_path)


def test_policy_plugin_recogniser(tmp_path):
    policy = {"entities": ["EMPLOYEE_ID"], "recognizers": ["tests.anonymise.plugin:EmployeeIdRecognizer"]}
    kernel = _kernel(policy, tmp_path, ner=False)
    batch = pa.RecordBatch.from_pydict({"id": ["a"], "text": ["Badge EMP-004211 was revoked."]})
    assert kernel(batch).kept.column("text").to_pylist() == ["Badge <EMPLOYEE_ID> was revoked."]
    from anonymise.recognizers import RecognizerPluginError

    with pytest.raises(RecognizerPluginError, match="package.module:ClassName"):
        _kernel({"recognizers": ["tests.anonymise.plugin:Nope"]}, tmp_path)


@pytest.fixture(scope="module")
def pipeline_run(tmp_path_factory):
    """One real run: files connector -> anonymise -> shards, with a policy file and logs captured."""
    import os

    from pipelines.commands.common import run_stage_command

    os.environ["DATALAB_PSEUDONYM_KEY"] = "module-key-0123456789abcdef"
    root = tmp_path_factory.mktemp("anon")
    src = root / "in.parquet"
    pq.write_table(pa.Table.from_batches([_batch()]), src)
    policy = root / "policy.yaml"
    policy.write_text(
        "version: test-1\noperators:\n  PERSON: pseudonymise\ncolumns:\n"
        "  email: {operator: pseudonymise, entity: EMAIL_ADDRESS}\n  ssn: drop\n"
        "  zip: {operator: {type: generalise, generalise_to: prefix}}\n"
        "quasi_identifiers: [zip]\nsensitive_attributes: [age]\nk: 2\n"
    )
    records: list[str] = []

    class Grab(logging.Handler):
        def emit(self, record):
            records.append(self.format(record))

    handler = Grab(level=logging.DEBUG)
    logging.getLogger().addHandler(handler)
    old_level = logging.getLogger().level
    logging.getLogger().setLevel(logging.DEBUG)
    try:
        result = run_stage_command([str(src)], str(root / "out"), {"stage": "anonymise", "policy": str(policy)})
    finally:
        logging.getLogger().removeHandler(handler)
        logging.getLogger().setLevel(old_level)
        os.environ.pop("DATALAB_PSEUDONYM_KEY", None)
    return root / "out", result, records


def test_pipeline_writes_shards_detections_and_reports(pipeline_run):
    out, result, _ = pipeline_run
    report = json.loads((out / "reports" / "anonymisation_report.json").read_text())
    html = (out / "reports" / "anonymisation_report.html").read_text()
    manifest = json.loads((out / "manifest.json").read_text())
    assert list((out / "detections").glob("*.parquet"))
    assert [s["sha256"] for s in report["shards"]] == [s["sha256"] for s in manifest["shards"]]
    assert report["policy"]["document"]["version"] == "test-1" and len(report["policy"]["sha256"]) == 64
    assert set(report["languages"]["without_ner"]) == {"de", "pl"}
    assert report["languages"]["ner_models"]["en"] and report["languages"]["ner_models"]["fr"]
    assert report["residual_scan"]["hits"] == 0
    k = report["k_anonymity"]
    assert k["k"] == 1 and k["groups"] == 3 and sorted(k["violating_record_ids"]) == ["r3", "r4"]
    assert k["l_diversity"]["age"]["l"] == 1
    assert report["counts"]["PERSON"]["text"]["pseudonymise"] >= 4
    assert report["pseudonym_key_id"] and "module-key" not in json.dumps(report)
    assert "Residual scan" in html and report["policy"]["sha256"] in html
    assert manifest["extensions"]["anonymise"]["policy_sha256"] == report["policy"]["sha256"]
    assert not (out / "_anonymise").exists()


def test_no_personal_value_in_any_output_or_log(pipeline_run):
    out, _, logs = pipeline_run
    planted = planted_values()
    for path in Path(out).rglob("*"):
        if path.is_dir():
            continue
        if path.suffix == ".parquet":
            text = json.dumps(pq.read_table(path).to_pylist(), default=str, ensure_ascii=False)
        else:
            text = path.read_text(encoding="utf-8", errors="replace")
        for value in planted:
            assert value not in text, (value, path)
    joined = "\n".join(logs)
    assert logs, "expected some log records to scan"
    for value in planted:
        assert value not in joined


def test_build_stage_rejects_a_missing_model_before_running():
    import apache_beam as beam

    from anonymise.stage import build_stage
    from datalab.errors import MissingDependency
    from schemas.spec import RecordSpec
    from transforms.stage import StageContext

    step = AnonymiseStep(models={"de": "de_core_news_xl"})
    ctx = StageContext(label="anonymise", record=RecordSpec(), work_dir="/tmp/unused", run_id="r")
    with beam.Pipeline() as p:  # noqa: SIM117 - nothing runs: the builder fails first
        pcoll = p | beam.Create([])
        with pytest.raises(MissingDependency, match="pip install de-core-news-xl"):
            build_stage(pcoll, step, ctx)
