"""Registry file, secrets, entry points (a third-party connector package) and the CLI commands
`datalab connectors list|add|remove|check|catalog` and `datalab pull`, run as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml

from connectors.dsp.testing_provider import DspTestProvider, datasets_from_folder
from connectors.registry import (
    LiteralSecret,
    Registry,
    RegistryError,
    UnknownConnector,
    build_connector,
    connector_types,
    resolve_secret,
)
from datalab.errors import ConnectorAuthError, SpecError
from tests.connectors.conftest import free_port

DATALAB = str(Path(sys.executable).with_name("datalab"))

PLUGIN = '''
from connectors.base import CheckResult, Connector, ConnectorOptions, DatasetInfo, Provenance, ReadTask
from transforms.stage import BatchResult
import pyarrow as pa


class AcmeOptions(ConnectorOptions):
    rows: int = 3
    dataset: str | None = None
    password: str | None = None


class AcmeConnector(Connector):
    """A data space's own connector, shipped as its own package."""

    type_name = "acme"
    Options = AcmeOptions
    secret_options = frozenset({"password"})

    def discover(self):
        return [DatasetInfo(id="acme-1", title="Acme sensor data", licence="CC0-1.0")]

    def plan(self, dataset_id=None, *, id_field="id", text_field="text"):
        return [ReadTask(uri="acme://acme-1", provenance=Provenance(self.name, "acme-1", "acme://acme-1", licence="CC0-1.0"))]

    def read(self, task, *, batch_rows):
        n = self.options.rows
        batch = pa.RecordBatch.from_pydict({"id": [f"a{i}" for i in range(n)], "text": [f"reading {i}" for i in range(n)],
                                            "source": [f"{task.uri}#{i}" for i in range(n)]})
        batch = batch.append_column("provenance", task.provenance.column(n))
        yield BatchResult(kept=batch)
'''


@pytest.fixture()
def plugin_path(tmp_path, monkeypatch):
    """A third-party package `datalab-acme` with a `datalab.connectors` entry point, made
    importable through a dist-info folder on sys.path (as pip would install it)."""
    root = tmp_path / "site"
    (root / "datalab_acme").mkdir(parents=True)
    (root / "datalab_acme" / "__init__.py").write_text(PLUGIN)
    dist = root / "datalab_acme-0.1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: datalab-acme\nVersion: 0.1.0\n")
    (dist / "entry_points.txt").write_text(
        "[datalab.connectors]\nacme = datalab_acme:AcmeConnector\nbroken = datalab_acme:DoesNotExist\n")
    monkeypatch.syspath_prepend(str(root))
    return root


def cli(*args: str, cwd: Path, extra_path: Path | None = None, env: dict[str, str] | None = None,
        check: bool = True) -> subprocess.CompletedProcess:
    environ = {**os.environ, **(env or {}), "COLUMNS": "200"}
    if extra_path:
        environ["PYTHONPATH"] = f"{extra_path}{os.pathsep}{environ.get('PYTHONPATH', '')}"
    proc = subprocess.run([DATALAB, *args], cwd=cwd, env=environ, capture_output=True, text=True, timeout=180)
    if check and proc.returncode != 0:
        raise AssertionError(f"datalab {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


# -- registry ----------------------------------------------------------------------------------------


def test_builtin_types_are_entry_points():
    assert {"dsp", "edc", "ckan", "dcat"} <= set(connector_types())


def test_add_remove_round_trip_and_file_location(isolated_registry):
    reg = Registry.load()
    assert reg.path == isolated_registry
    reg.add("prov", "dsp", {"endpoint": "http://127.0.0.1:1", "auth_token": "env:PROV_TOKEN"})
    reg.save()
    saved = yaml.safe_load(isolated_registry.read_text())
    assert saved["connectors"]["prov"] == {"type": "dsp", "options": {"endpoint": "http://127.0.0.1:1",
                                                                     "auth_token": "env:PROV_TOKEN"}}
    with pytest.raises(RegistryError, match="already registered .* --replace"):
        Registry.load().add("prov", "dsp", {"endpoint": "http://x"})
    reg = Registry.load()
    reg.remove("prov")
    reg.save()
    assert Registry.load().instances == {}
    with pytest.raises(RegistryError, match="no connector named 'prov'"):
        Registry.load().remove("prov")


def test_registry_defaults_to_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.delenv("DATALAB_REGISTRY")
    monkeypatch.chdir(tmp_path)
    assert Registry.load().path == Path("datalab.connectors.yaml")


def test_literal_secret_refused_with_how_to_pass_it():
    with pytest.raises(LiteralSecret, match=r"auth_token=env:PROV_AUTH_TOKEN.*auth_token=file:"):
        Registry.load().add("prov", "dsp", {"endpoint": "http://x", "auth_token": "s3cr3t"})
    with pytest.raises(LiteralSecret, match="is a secret"):  # a spec may not carry one either
        build_connector("dsp", {"endpoint": "http://x", "auth_token": "s3cr3t"})


def test_secret_references_are_resolved_only_when_used(tmp_path, monkeypatch):
    secret = tmp_path / "token"
    secret.write_text("from-file\n")
    monkeypatch.setenv("MY_TOKEN", "from-env")
    assert resolve_secret("env:MY_TOKEN") == "from-env"
    assert resolve_secret(f"file:{secret}") == "from-file"
    with pytest.raises(ConnectorAuthError, match="cannot be read"):
        resolve_secret(f"file:{tmp_path / 'missing'}", option="auth_token", connector="p")
    # registering with an unset variable works: nothing is read until the connector is used
    Registry.load().add("p", "dsp", {"endpoint": "http://x", "auth_token": "env:UNSET_FOR_NOW"})


def test_bad_options_are_listed_with_the_known_ones():
    with pytest.raises(SpecError, match=r"endpont: Extra inputs are not permitted.*options of dsp: .*endpoint"):
        Registry.load().add("p", "dsp", {"endpont": "http://x"})


def test_unknown_names_list_types_and_instances():
    reg = Registry.load()
    reg.add("prov", "dsp", {"endpoint": "http://x"})
    reg.save()
    with pytest.raises(UnknownConnector, match=r"unknown connector 'nope'; available types: .*dsp.*registered instances .*: prov"):
        build_connector("nope")
    with pytest.raises(UnknownConnector, match="unknown connector 'nope'; available types: ckan, dcat, dsp"):
        Registry.load().add("x", "nope", {})


def test_spec_options_override_the_registered_ones():
    reg = Registry.load()
    reg.add("prov", "dsp", {"endpoint": "http://x", "dataset": "a"})
    reg.save()
    conn = build_connector("prov", {"dataset": "b"})
    assert conn.name == "prov" and conn.options.dataset == "b" and conn.options.endpoint == "http://x"


def test_third_party_connector_through_an_entry_point(plugin_path):
    assert "acme" in connector_types()
    reg = Registry.load()
    reg.add("sensors", "acme", {"rows": 5, "password": "env:ACME_PASSWORD"})
    reg.save()
    conn = build_connector("sensors")
    assert conn.discover()[0].id == "acme-1"
    batch = next(conn.read(conn.plan()[0], batch_rows=10)).kept
    assert batch.num_rows == 5 and batch.column("provenance")[0].as_py()["connector"] == "sensors"
    with pytest.raises(LiteralSecret):
        reg.add("s2", "acme", {"password": "clear"})
    with pytest.raises(UnknownConnector, match="connector type 'broken' .* cannot be loaded: AttributeError"):
        build_connector("broken")


# -- the CLI, end to end ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def provider_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli-provider")
    (folder / "corpus.jsonl").write_text("".join(json.dumps({"id": f"d{i}", "text": f"text {i}"}) + "\n" for i in range(20)))
    return folder


def test_cli_add_list_check_catalog_pull_remove(tmp_path, provider_dir, isolated_registry, monkeypatch):
    env = {"DATALAB_REGISTRY": str(isolated_registry), "PROV_TOKEN": "t0k"}
    with DspTestProvider(datasets_from_folder(provider_dir, licence="CC-BY-4.0"), auth_token="t0k") as p:
        refused = cli("connectors", "add", "prov", "--type", "dsp", "--option", f"endpoint={p.url}",
                      "--option", "auth_token=t0k", cwd=tmp_path, env=env, check=False)
        assert refused.returncode == 1 and "auth_token=env:PROV_AUTH_TOKEN" in refused.stderr.replace("\n", " ")
        cli("connectors", "add", "prov", "--type", "dsp", "--option", f"endpoint={p.url}",
            "--option", "auth_token=env:PROV_TOKEN", "--option", "allowed_licences=CC-BY-4.0", cwd=tmp_path, env=env)
        listed = json.loads(cli("connectors", "list", "--json", cwd=tmp_path, env=env).stdout)
        assert {"name": "prov", "type": "dsp", "options": {"endpoint": p.url, "auth_token": "env:PROV_TOKEN",
                                                          "allowed_licences": ["CC-BY-4.0"]}} in listed["instances"]
        assert "t0k" not in isolated_registry.read_text()
        checked = cli("connectors", "check", "prov", cwd=tmp_path, env=env)
        assert "ok" in checked.stdout and "1 dataset" in checked.stdout
        bad = cli("connectors", "check", "prov", cwd=tmp_path, env={**env, "PROV_TOKEN": "wrong"}, check=False)
        assert bad.returncode == 1 and "HTTP 401" in bad.stderr
        catalog = json.loads(cli("connectors", "catalog", "prov", "--json", cwd=tmp_path, env=env).stdout)
        assert catalog[0]["id"] == "urn:datalab:dataset:corpus" and catalog[0]["licence"] == "CC-BY-4.0"
        assert catalog[0]["policies"][0]["@id"] == "urn:datalab:dataset:corpus:offer"
        out = tmp_path / "pulled"
        cli("pull", "prov", "urn:datalab:dataset:corpus", "-o", str(out), cwd=tmp_path, env=env)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["rows"] == 20
    (source,) = manifest["sources"]
    assert source["connector"] == "prov" and source["licence"] == "CC-BY-4.0"
    assert json.loads(source["policy"])["agreement"].startswith("urn:uuid:")
    rows = pq.read_table(out / manifest["shards"][0]["path"])
    assert rows.column("provenance")[0].as_py()["dataset_id"] == "urn:datalab:dataset:corpus"
    cli("connectors", "remove", "prov", cwd=tmp_path, env=env)
    assert "prov" not in isolated_registry.read_text()


@pytest.fixture(scope="module")
def app():
    """The real `datalab` app with every command module registered, run in-process (faster than
    a subprocess; errors arrive as the exceptions `main` turns into messages)."""
    from pipelines import cli as cli_module

    cli_module._register_commands()
    return cli_module.app


def invoke(app, *args: str):
    from typer.testing import CliRunner

    return CliRunner().invoke(app, list(args))


def test_cli_unreachable_and_unknown(app, tmp_path):
    assert invoke(app, "connectors", "add", "gone", "--type", "dsp", "--option", f"endpoint=http://127.0.0.1:{free_port()}",
                  "--option", "retries=0").exit_code == 0
    result = invoke(app, "connectors", "check", "gone")
    assert result.exit_code == 1 and "connection refused" in result.output
    result = invoke(app, "pull", "nope", "x", "-o", str(tmp_path / "o"))
    assert isinstance(result.exception, UnknownConnector)
    assert "unknown connector 'nope'" in str(result.exception) and "gone" in str(result.exception)


def test_cli_lists_and_pulls_a_third_party_connector(app, tmp_path, plugin_path):
    listed = {t["name"]: t for t in json.loads(invoke(app, "connectors", "list", "--json").output)["types"]}
    assert listed["acme"]["object"] == "datalab_acme:AcmeConnector" and listed["acme"]["package"] == "datalab-acme"
    assert {"name": "password", "required": False, "default": None, "secret": True, "description": ""} in listed["acme"]["options"]
    assert "cannot be loaded" in listed["broken"]["error"]  # a broken plugin is reported, not fatal
    assert invoke(app, "connectors", "add", "sensors", "--type", "acme", "--option", "rows=4").exit_code == 0
    result = invoke(app, "pull", "sensors", "acme-1", "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["rows"] == 4 and manifest["sources"][0]["licence"] == "CC0-1.0"


def test_dev_dsp_provider_command_serves_a_folder(tmp_path, provider_dir):
    port = free_port()
    proc = subprocess.Popen([DATALAB, "dev", "dsp-provider", "--data", str(provider_dir), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        import time

        import httpx

        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/.well-known/dspace-version", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        assert r.json()["protocolVersions"][0]["version"] == "2025-1"
        conn = build_connector("dsp", {"endpoint": f"http://127.0.0.1:{port}"})
        assert [d.id for d in conn.discover()] == ["urn:datalab:dataset:corpus"]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
