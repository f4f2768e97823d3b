"""Validation of DSP messages against the official JSON Schemas (bundled, draft 2019-09).

Every message Datalab sends goes through `validate_message` before it leaves; the test provider
validates what it receives and sends with the same registry, so both sides keep each other
honest. The 2025-1 schemas have a known `$ref` bug (`#definitions/` without the slash), patched
here in memory.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from datalab.errors import ConnectorError

# message @type (local name) -> schema file name, the same in both versions
SCHEMA_OF = {
    "CatalogRequestMessage": "catalog-request-message-schema.json",
    "DatasetRequestMessage": "dataset-request-message-schema.json",
    "Catalog": "catalog-schema.json",
    "Dataset": "dataset-schema.json",
    "CatalogError": "catalog-error-schema.json",
    "ContractRequestMessage": "contract-request-message-schema.json",
    "ContractOfferMessage": "contract-offer-message-schema.json",
    "ContractAgreementMessage": "contract-agreement-message-schema.json",
    "ContractAgreementVerificationMessage": "contract-agreement-verification-message-schema.json",
    "ContractNegotiationEventMessage": "contract-negotiation-event-message-schema.json",
    "ContractNegotiationTerminationMessage": "contract-negotiation-termination-message-schema.json",
    "ContractNegotiation": "contract-negotiation-schema.json",
    "ContractNegotiationError": "contract-negotiation-error-schema.json",
    "TransferRequestMessage": "transfer-request-message-schema.json",
    "TransferStartMessage": "transfer-start-message-schema.json",
    "TransferCompletionMessage": "transfer-completion-message-schema.json",
    "TransferSuspensionMessage": "transfer-suspension-message-schema.json",
    "TransferTerminationMessage": "transfer-termination-message-schema.json",
    "TransferProcess": "transfer-process-schema.json",
    "TransferError": "transfer-error-schema.json",
}


class InvalidMessage(ConnectorError):
    """A DSP message does not validate against the official schema of its version."""


@cache
def _registry(version: str) -> tuple[Any, dict[str, str]]:
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT201909

    folder = files("connectors.dsp").joinpath("data", version, "schema")
    resources = []
    ids: dict[str, str] = {}
    for entry in folder.iterdir():
        if not entry.name.endswith(".json"):
            continue
        raw = entry.read_text(encoding="utf-8").replace(".json#definitions/", ".json#/definitions/")
        schema = json.loads(raw)
        if "$id" not in schema:
            continue
        resources.append((schema["$id"], Resource.from_contents(schema, default_specification=DRAFT201909)))
        ids[entry.name] = schema["$id"]
    return Registry().with_resources(resources), ids


@cache
def _validator(version: str, schema_file: str) -> Any:
    from jsonschema import Draft201909Validator

    registry, ids = _registry(version)
    schema = registry.contents(ids[schema_file])
    return Draft201909Validator(schema, registry=registry)


def message_type(message: dict[str, Any]) -> str:
    raw = message.get("@type", "")
    raw = raw[0] if isinstance(raw, list) and raw else raw
    return str(raw).rsplit(":", 1)[-1].rsplit("/", 1)[-1]


def errors(message: dict[str, Any], version: str) -> list[str]:
    """Every schema violation of `message` (empty when valid)."""
    kind = message_type(message)
    schema_file = SCHEMA_OF.get(kind)
    if schema_file is None:
        return [f"no official schema for message type {kind!r}"]
    validator = _validator(version, schema_file)
    out = []
    for err in sorted(validator.iter_errors(message), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in err.absolute_path) or "<root>"
        out.append(f"{where}: {err.message[:300]}")
    return out


def validate_message(message: dict[str, Any], version: str, *, who: str = "datalab") -> dict[str, Any]:
    """Return `message` if it validates against its DSP `version` schema, else raise."""
    problems = errors(message, version)
    if problems:
        msg = (
            f"{who}: the {message_type(message)} does not validate against the DSP {version} "
            f"schema: {'; '.join(problems[:5])}"
        )
        raise InvalidMessage(msg)
    return message
