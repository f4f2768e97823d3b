"""Usage policy and licence checks shared by every catalogue and data space connector.

A connector's options may carry `allowed_licences` and `allowed_policies`. A source whose licence
(or, for DSP, whose ODRL offers) is not allowed is refused with `PolicyRefused` *before* any data
is transferred, and the message says what was offered and how to allow it.
"""

from __future__ import annotations

import json
import re
from typing import Any

from datalab.errors import PolicyRefused

# common licence spellings (CKAN ids, DCAT-AP URIs, opendefinition, EU authority) -> SPDX
_SPDX = {
    "cc-by": "CC-BY-4.0", "cc-by-4.0": "CC-BY-4.0", "cc-by-4": "CC-BY-4.0", "ccby4": "CC-BY-4.0", "cc_by_4_0": "CC-BY-4.0",
    "cc-by-sa": "CC-BY-SA-4.0", "cc-by-sa-4.0": "CC-BY-SA-4.0", "cc_by_sa_4_0": "CC-BY-SA-4.0",
    "cc-zero": "CC0-1.0", "cc0": "CC0-1.0", "cc0-1.0": "CC0-1.0", "cc-0": "CC0-1.0", "cc_zero": "CC0-1.0",
    "odc-by": "ODC-By-1.0", "odc-odbl": "ODbL-1.0", "odbl": "ODbL-1.0", "odc-pddl": "PDDL-1.0",
    "uk-ogl": "OGL-UK-3.0", "ogl-uk-3.0": "OGL-UK-3.0", "ogl": "OGL-UK-3.0", "open-government-licence": "OGL-UK-3.0",
    "dl-de-by-2.0": "DL-DE-BY-2.0", "dl-by-de/2.0": "DL-DE-BY-2.0", "dl-de-zero-2.0": "DL-DE-ZERO-2.0",
    "cc-by-nc": "CC-BY-NC-4.0", "cc-nc": "CC-BY-NC-4.0", "cc-by-nc-4.0": "CC-BY-NC-4.0",
    "etalab-2.0": "etalab-2.0", "lo-ol-v2": "etalab-2.0",
}


def normalise_licence(licence: str | None) -> str | None:
    """A licence id, URL or title reduced to SPDX where known (else the input, stripped)."""
    if not licence:
        return None
    text = licence.strip()
    key = text.rstrip("/").lower()
    for sep in ("/licenses/", "/licence/", "/license/", "/def/licenses/", "/licenses/by/", "/file-type/", "/licence-type/"):
        if sep in key:
            key = key.rsplit(sep, 1)[-1]
    key = key.rsplit("/", 1)[-1] if key.startswith("http") else key
    key = re.sub(r"[\s/]+", "-", key)
    if key.upper() in {v.upper() for v in _SPDX.values()}:
        return next(v for v in _SPDX.values() if v.upper() == key.upper())
    if key in _SPDX:
        return _SPDX[key]
    if "creativecommons.org/licenses/by/4.0" in text.lower():
        return "CC-BY-4.0"
    if "creativecommons.org/publicdomain/zero" in text.lower():
        return "CC0-1.0"
    return text


def check_licence(connector: str, dataset_id: str, licence: str | None, allowed: list[str] | None) -> None:
    """Refuse a dataset whose licence is not in `allowed` (None = no restriction)."""
    if allowed is None:
        return
    want = {normalise_licence(a) for a in allowed}
    got = normalise_licence(licence)
    if got in want or (licence in allowed):
        return
    msg = (
        f"{connector}: dataset {dataset_id} is refused by policy: its licence is "
        f"{licence or 'not stated'}{f' ({got})' if got and got != licence else ''}, which is not in "
        f"`allowed_licences` {sorted(str(a) for a in allowed)}; add it to the connector's `allowed_licences` "
        "option if your data lab may use data under it"
    )
    raise PolicyRefused(msg)


def policy_matches(offer_id: str, offer: dict[str, Any], allowed: list[str]) -> bool:
    """An offer is allowed when its id (the offer `@id`, or the policy `uid`) is listed."""
    ids = {offer_id, str(offer.get("@id", "")), str(offer.get("uid", ""))} - {""}
    return bool(ids & set(allowed))


def choose_offer(connector: str, dataset_id: str, offers: list[tuple[str, dict[str, Any]]],
                 allowed: list[str] | None, wanted: str | None = None) -> tuple[str, dict[str, Any]]:
    """The offer to negotiate: `wanted` if given, else the first allowed one."""
    if not offers:
        msg = f"{connector}: dataset {dataset_id} has no offer (no ODRL `hasPolicy`); it cannot be negotiated"
        raise PolicyRefused(msg)
    candidates = [o for o in offers if wanted is None or o[0] == wanted]
    if not candidates:
        msg = f"{connector}: dataset {dataset_id} has no offer {wanted!r}; offers: {', '.join(o[0] for o in offers)}"
        raise PolicyRefused(msg)
    if allowed is None:
        return candidates[0]
    for offer_id, offer in candidates:
        if policy_matches(offer_id, offer, allowed):
            return offer_id, offer
    msg = (
        f"{connector}: dataset {dataset_id} is refused by policy: none of its offers "
        f"({', '.join(o[0] for o in candidates)}) is in `allowed_policies` {sorted(allowed)}; review the offer "
        f"(`datalab connectors catalog {connector} --json`) and add its id to `allowed_policies` if acceptable"
    )
    raise PolicyRefused(msg)


def policy_text(agreement_id: str | None, policy: dict[str, Any] | None) -> str | None:
    """The `provenance.policy` value: compact JSON with the agreement id and the ODRL rules."""
    if not agreement_id and not policy:
        return None
    return json.dumps({"agreement": agreement_id, "policy": policy}, sort_keys=True, separators=(",", ":"))
