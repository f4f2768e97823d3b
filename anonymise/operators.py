"""Operators: what replaces a detected value, in free text and in whole columns.

All operators are pure functions of (value, entity type, operator options, key), so the same value
always gets the same output in text and in columns. `pseudonymise` is HMAC-SHA256 under a secret
key over the entity type and the normalised value (case-folded, whitespace collapsed): joins
survive, a different key gives unrelated pseudonyms, and without the key the mapping cannot be
recomputed (unlike a plain hash of a name, which anyone can brute-force).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from datetime import date, datetime

from schemas.steps.anonymise import Operator

_WS = re.compile(r"\s+")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ].*)?\s*$")
_EU_DATE = re.compile(r"^\s*(\d{1,2})[./\-](\d{1,2})[./\-](\d{4})\s*$")
_NUMBER = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*$")


def normalise_for_pseudonym(value: str) -> str:
    return _WS.sub(" ", value.strip()).casefold()


def pseudonym(value: str, entity: str, key: bytes, chars: int = 16) -> str:
    digest = hmac.new(key, f"{entity}\x1f{normalise_for_pseudonym(value)}".encode("utf-8"), hashlib.sha256)
    return f"{entity}_{digest.hexdigest()[:chars]}"


def mask(value: str, char: str = "*", keep_last: int = 0) -> str:
    keep_last = min(keep_last, len(value))
    head = value[: len(value) - keep_last]
    masked = "".join(c if c in " -./@" else char for c in head)
    return masked + value[len(value) - keep_last:]


def generalise(value, op: Operator):
    """Dates -> year/month, numbers -> band, other text -> prefix. Returns a string (or None)."""
    if value is None:
        return None
    target = op.generalise_to
    if isinstance(value, (datetime, date)):
        return f"{value.year:04d}" if target in (None, "year") else f"{value.year:04d}-{value.month:02d}"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if target == "prefix":
            return str(value)[: op.prefix_chars] + "*"
        low = int(value // op.band_width * op.band_width)
        return f"{low}-{low + op.band_width - 1}"
    text = str(value)
    parsed = _date_parts(text)
    if parsed is not None and target in (None, "year", "month"):
        year, month = parsed
        return f"{year:04d}" if target in (None, "year") else f"{year:04d}-{month:02d}"
    number = _NUMBER.match(text)
    if number and target in (None, "band"):
        return generalise(float(number.group(1).replace(",", ".")), op)
    kept = text.strip()[: op.prefix_chars]
    return kept + "*" if kept else "*"


def _date_parts(text: str) -> tuple[int, int] | None:
    m = _ISO_DATE.match(text)
    if m:
        return int(m.group(1)), int(m.group(2))
    m = _EU_DATE.match(text)
    if m:
        return int(m.group(3)), int(m.group(2))
    return None


def apply(value: str, entity: str, op: Operator, key: bytes | None) -> str:
    """The replacement text for one detected value (`drop` behaves as `redact` inside text)."""
    kind = op.type
    if kind == "keep":
        return value
    if kind in ("redact", "drop"):
        return ""
    if kind == "replace":
        return op.tag if op.tag is not None else f"<{entity}>"
    if kind == "mask":
        return mask(value, op.masking_char, op.keep_last)
    if kind == "pseudonymise":
        if key is None:
            msg = "pseudonymise needs a key; the stage reads it from the policy's `pseudonym_key`"
            raise ValueError(msg)
        return pseudonym(value, entity, key, op.pseudonym_chars)
    if kind == "generalise":
        out = generalise(value, op)
        return out if out is not None else ""
    msg = f"unknown operator type {kind!r}"
    raise ValueError(msg)


def anonymise_text(text: str, detections, operator_for, key: bytes | None):
    """Apply operators to non-overlapping, sorted detections.

    Returns (new text, list of (new_start, new_end) of each replacement, list of operator names)."""
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    ops: list[str] = []
    cursor = 0
    length = 0
    for start, end, entity, _score, _name in detections:
        op = operator_for(entity)
        pieces.append(text[cursor:start])
        length += start - cursor
        replacement = apply(text[start:end], entity, op, key)
        spans.append((length, length + len(replacement)))
        ops.append(op.type)
        pieces.append(replacement)
        length += len(replacement)
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces), spans, ops
