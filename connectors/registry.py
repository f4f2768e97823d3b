"""Connector types (entry points) and connector instances (the registry file).

A connector *type* is a class found through the `datalab.connectors` entry-point group; a data
space ships its own as a package. A connector *instance* is a named configuration of a type,
stored in the registry file (`datalab.connectors.yaml` in the working directory, or the file
`DATALAB_REGISTRY` names) and managed by `datalab connectors add/remove`.

Plugins are loaded lazily, only when a spec or a command names them, so one broken third-party
connector cannot break unrelated runs. Secret options are stored as references (`env:NAME`,
`file:PATH`) and resolved only when the connector uses them, never written in clear.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from connectors.base import Connector
from datalab.errors import ConnectorAuthError, SpecError, TerminalError

ENTRY_POINT_GROUP = "datalab.connectors"
REGISTRY_ENV = "DATALAB_REGISTRY"
REGISTRY_FILE = "datalab.connectors.yaml"
SECRET_PREFIXES = ("env:", "file:")
REGISTRY_VERSION = 1


class UnknownConnector(TerminalError):
    """A spec or command names a connector that is neither a type nor a registered instance."""


class LiteralSecret(TerminalError):
    """A secret option was given in clear instead of as an `env:`/`file:` reference."""


class RegistryError(TerminalError):
    """The registry file cannot be read or the requested change is not possible."""


def connector_types() -> dict[str, EntryPoint]:
    """Installed connector types by name (their code is not imported)."""
    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


def connector_class(type_name: str) -> type[Connector]:
    """Import the connector type `type_name`, or say which types exist."""
    types = connector_types()
    if type_name not in types:
        msg = (
            f"unknown connector {type_name!r}; available types: {', '.join(sorted(types)) or 'none'}"
            " (a data space installs its own as a package with a `datalab.connectors` entry point)"
        )
        raise UnknownConnector(msg)
    try:
        cls = types[type_name].load()
    except Exception as exc:  # noqa: BLE001 - a broken plugin must say which one it is
        msg = (
            f"connector type {type_name!r} ({types[type_name].value}) cannot be loaded: "
            f"{type(exc).__name__}: {exc}; reinstall or upgrade the package that provides it"
        )
        raise UnknownConnector(msg) from exc
    if not (isinstance(cls, type) and issubclass(cls, Connector)):
        msg = f"connector type {type_name!r} ({types[type_name].value}) is not a connectors.base.Connector"
        raise UnknownConnector(msg)
    return cls


# ---------------------------------------------------------------------------------------------
# secrets


def is_reference(value: Any) -> bool:
    """True when `value` is an `env:NAME` or `file:PATH` reference."""
    return isinstance(value, str) and value.startswith(SECRET_PREFIXES) and len(value) > 5


def check_secrets(cls: type[Connector], options: dict[str, Any], *, name: str) -> None:
    """Refuse a secret option given in clear, with the way to pass it."""
    for key in sorted(cls.secret_options):
        value = options.get(key)
        if value in (None, ""):
            continue
        if not is_reference(value):
            env = f"{name}_{key}".upper().replace("-", "_")
            msg = (
                f"option {key!r} of connector {name!r} is a secret and is not stored in clear; pass "
                f"a reference instead: `--option {key}=env:{env}` (and `export {env}=...` where the "
                f"pipeline runs) or `--option {key}=file:/path/to/secret` (a file readable only by you)"
            )
            raise LiteralSecret(msg)


def resolve_secret(value: str | None, *, option: str = "secret", connector: str = "connector") -> str | None:
    """The value behind an `env:NAME` / `file:PATH` reference, read now (never cached or logged)."""
    if value is None or value == "":
        return None
    if value.startswith("env:"):
        var = value[4:]
        if var not in os.environ:
            msg = (
                f"{connector}: option {option!r} refers to the environment variable {var}, which is "
                f"not set; `export {var}=...` before running (on every worker of a distributed run)"
            )
            raise ConnectorAuthError(msg)
        return os.environ[var]
    if value.startswith("file:"):
        path = Path(value[5:]).expanduser()
        try:
            return path.read_text(encoding="utf-8").strip()
        except OSError as exc:
            msg = f"{connector}: option {option!r} refers to {path}, which cannot be read ({exc.strerror or exc})"
            raise ConnectorAuthError(msg) from exc
    msg = f"{connector}: option {option!r} must be an `env:NAME` or `file:PATH` reference"
    raise LiteralSecret(msg)


# ---------------------------------------------------------------------------------------------
# the registry file


def registry_path() -> Path:
    """`$DATALAB_REGISTRY`, else `datalab.connectors.yaml` in the working directory."""
    return Path(os.environ.get(REGISTRY_ENV) or REGISTRY_FILE)


@dataclass
class ConnectorInstance:
    """A named, configured connector: what `datalab connectors add` stores."""

    name: str
    type: str
    options: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"type": self.type, "options": dict(self.options)}


class Registry:
    """The registry file: `connectors: {NAME: {type: TYPE, options: {...}}}`."""

    def __init__(self, path: Path, instances: dict[str, ConnectorInstance] | None = None) -> None:
        self.path = path
        self.instances = instances or {}

    @classmethod
    def load(cls, path: str | Path | None = None) -> Registry:
        path = Path(path) if path else registry_path()
        if not path.exists():
            return cls(path)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            msg = f"cannot read the connector registry {path}: {exc}; fix or remove the file"
            raise RegistryError(msg) from exc
        raw = data.get("connectors") or {}
        if not isinstance(raw, dict):
            msg = f"{path}: `connectors` must be a mapping of NAME -> {{type, options}}"
            raise RegistryError(msg)
        instances = {}
        for name, entry in raw.items():
            if not isinstance(entry, dict) or "type" not in entry:
                msg = f"{path}: connector {name!r} has no `type`; remove it with `datalab connectors remove {name}`"
                raise RegistryError(msg)
            instances[str(name)] = ConnectorInstance(str(name), str(entry["type"]), dict(entry.get("options") or {}))
        return cls(path, instances)

    def save(self) -> None:
        data = {
            "version": REGISTRY_VERSION,
            "connectors": {n: i.as_dict() for n, i in sorted(self.instances.items())},
        }
        header = (
            "# Datalab connector registry, managed by `datalab connectors add/remove`.\n"
            "# Secret options are references (env:NAME or file:PATH), never values.\n"
        )
        tmp = self.path.with_name(self.path.name + ".tmp")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(header + yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
        os.replace(tmp, self.path)

    def get(self, name: str) -> ConnectorInstance | None:
        return self.instances.get(name)

    def add(self, name: str, type_name: str, options: dict[str, Any], *, replace: bool = False) -> ConnectorInstance:
        """Validate and store an instance (the type's options model and the secret rule)."""
        if not name or not name.replace("-", "").replace("_", "").replace(".", "").isalnum():
            msg = f"connector name {name!r} must be letters, digits, '-', '_' or '.'"
            raise RegistryError(msg)
        if name in self.instances and not replace:
            msg = f"a connector named {name!r} is already registered in {self.path}; remove it first or pass --replace"
            raise RegistryError(msg)
        if name in connector_types():
            msg = f"{name!r} is the name of a connector type; choose another instance name"
            raise RegistryError(msg)
        cls = connector_class(type_name)
        check_secrets(cls, options, name=name)
        validate_options(cls, options, name=name)
        instance = ConnectorInstance(name, type_name, dict(options))
        self.instances[name] = instance
        return instance

    def remove(self, name: str) -> ConnectorInstance:
        if name not in self.instances:
            msg = f"no connector named {name!r} in {self.path}; registered: {', '.join(sorted(self.instances)) or 'none'}"
            raise RegistryError(msg)
        return self.instances.pop(name)


def validate_options(cls: type[Connector], options: dict[str, Any], *, name: str) -> Any:
    """The type's options model, or a `SpecError` listing each bad option."""
    try:
        return cls.Options.model_validate(options)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err["loc"]) or "<options>"
            problems.append(f"{where}: {err['msg']}")
        known = ", ".join(sorted(cls.Options.model_fields))
        msg = f"invalid options for connector {name!r} ({cls.type_name}): {'; '.join(problems)} (options of {cls.type_name}: {known})"
        raise SpecError(msg) from exc


def build_connector(
    name_or_type: str, options: dict[str, Any] | None = None, *, registry: Registry | None = None
) -> Connector:
    """The connector a spec's `source.connector` names: a registered instance, else a type.

    For an instance, `options` (from the spec) override the registered ones, so a spec can
    select a dataset from a registered provider. Secrets stay references; the connector
    resolves them when it uses them.
    """
    options = dict(options or {})
    registry = registry if registry is not None else Registry.load()
    instance = registry.get(name_or_type)
    types = connector_types()
    if instance is not None:
        type_name, name, merged = instance.type, instance.name, {**instance.options, **options}
    elif name_or_type in types:
        type_name, name, merged = name_or_type, name_or_type, options
    else:
        msg = (
            f"unknown connector {name_or_type!r}; available types: {', '.join(sorted(types)) or 'none'}; "
            f"registered instances ({registry.path}): {', '.join(sorted(registry.instances)) or 'none'} "
            "(add one with `datalab connectors add NAME --type TYPE --option key=value`)"
        )
        raise UnknownConnector(msg)
    cls = connector_class(type_name)
    check_secrets(cls, merged, name=name)
    opts = validate_options(cls, merged, name=name)
    return cls(opts, name=name)


class Redacted(str):
    """A secret value (a data-plane token) that shows as `***` in reprs, logs and tracebacks,
    e.g. when a `ReadTask` is printed; it is an ordinary string for HTTP headers."""

    def __repr__(self) -> str:
        return "'***'"

    def __reduce__(self):  # pickles as itself (ReadTasks travel to workers)
        return (Redacted, (str(self),))
