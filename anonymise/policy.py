"""Loading a policy, its sha256, and the pseudonym key (which is never logged or reported).

The sha256 is taken over the canonical JSON of the validated policy (sorted keys, defaults filled
in), so an inline policy and the same policy in a file give the same digest, and an auditor can
recompute it with `datalab anonymise --print-policy` or three lines of Python. When the policy came
from a file, that file's own sha256 is reported too.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError

from datalab.errors import SpecError, TerminalError
from schemas.steps.anonymise import KeySource, Policy


class PseudonymKeyMissing(TerminalError):
    """`pseudonymise` is used but no key was found (message names where to put one)."""


@dataclass(frozen=True)
class LoadedPolicy:
    policy: Policy
    sha256: str
    source: str  # "inline" or the file path
    file_sha256: str | None = None


def canonical_json(policy: Policy) -> str:
    return json.dumps(policy.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def policy_sha256(policy: Policy) -> str:
    return hashlib.sha256(canonical_json(policy).encode("utf-8")).hexdigest()


def load_policy(policy: Policy | str) -> LoadedPolicy:
    """Validate an inline policy or read one from a YAML/JSON file."""
    if isinstance(policy, Policy):
        return LoadedPolicy(policy, policy_sha256(policy), "inline")
    path = Path(policy)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        msg = f"cannot read the anonymisation policy file {str(path)!r}: {exc.strerror or exc}; give an existing path or put the policy inline under `policy:`"
        raise SpecError(msg) from exc
    try:
        data = yaml.safe_load(raw.decode("utf-8")) or {}
        if isinstance(data, dict) and "policy" in data and len(data) == 1:
            data = data["policy"]
        model = Policy.model_validate(data)
    except (yaml.YAMLError, ValidationError, UnicodeDecodeError) as exc:
        # pydantic errors would echo input values; report locations and messages only
        if isinstance(exc, ValidationError):
            detail = "; ".join(f"{'.'.join(map(str, e['loc'])) or '<root>'}: {e['msg']}" for e in exc.errors())
        else:
            detail = type(exc).__name__
        msg = f"invalid anonymisation policy in {str(path)!r}: {detail}"
        raise SpecError(msg) from None
    return LoadedPolicy(model, policy_sha256(model), str(path), hashlib.sha256(raw).hexdigest())


def uses_pseudonyms(policy: Policy) -> bool:
    ops = [policy.default_operator, *policy.operators.values(), *(c.operator for c in policy.columns.values())]
    return any(op.type == "pseudonymise" for op in ops)


def read_key(source: KeySource) -> bytes:
    """The HMAC key. Raises with a message naming the variable/file, never the key."""
    if source.file:
        try:
            key = Path(source.file).read_bytes().strip()
        except OSError as exc:
            msg = f"cannot read the pseudonym key file {source.file!r} ({exc.strerror or type(exc).__name__}); check `pseudonym_key.file` in the policy"
            raise PseudonymKeyMissing(msg) from None
    else:
        value = os.environ.get(source.env or "", "")
        key = value.encode("utf-8")
        if not key:
            msg = (f"the policy pseudonymises values but the environment variable {source.env!r} "
                   "holding the key is not set; set it to a long random secret (e.g. `export "
                   f"{source.env}=$(openssl rand -hex 32)`) or point `pseudonym_key.file` at a file")
            raise PseudonymKeyMissing(msg)
    if len(key) < 16:
        msg = "the pseudonym key is shorter than 16 bytes; use a long random secret (e.g. `openssl rand -hex 32`)"
        raise PseudonymKeyMissing(msg)
    return key


def key_id(key: bytes) -> str:
    """A public fingerprint of the key so an auditor can tell which key was used (not the key)."""
    return hashlib.sha256(b"datalab-pseudonym-key-id\x00" + key).hexdigest()[:16]
