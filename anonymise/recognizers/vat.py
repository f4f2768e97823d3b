"""EU VAT identification numbers of every member state (and XI for Northern Ireland).

One pattern for all: a member-state prefix (`EL` for Greece) followed by the national body, with
the optional spaces, dots and dashes people write; `stdnum.eu.vat` checks the national format and
checksum of each state. The prefix plus a checksum makes these strong: no context word needed.
"""

from __future__ import annotations

import regex
from stdnum.at import uid as at_uid
from stdnum.be import vat as be_vat
from stdnum.de import vat as de_vat
from stdnum.es import cif as es_cif
from stdnum.eu import vat as eu_vat
from stdnum.fr import tva as fr_tva
from stdnum.it import iva as it_iva
from stdnum.nl import btw as nl_btw
from stdnum.pl import nip as pl_nip

from anonymise.recognizers.base import Candidate, Detection, ValidatedPatternRecognizer, words

PREFIXES = ("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU",
            "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI")


class EuVatRecognizer(ValidatedPatternRecognizer):
    """EU VAT number with its member-state prefix, validated with `stdnum.eu.vat`."""

    ENTITY = "EU_VAT"
    CONTEXT = words(
        ["vat", "vat number", "vat id", "tax id"],
        ["tva", "numéro de tva", "n° tva", "identifiant tva"],
        ["ust", "ust-idnr", "umsatzsteuer", "mwst", "uid"],
        ["iva", "nif-iva", "cif"],
        ["partita iva", "p.iva", "p. iva"],
        ["btw", "btw-nummer", "btw-id"],
        ["nip", "vat-ue", "numer vat"],
        ["moms", "momsregistreringsnummer", "se-nr"],
    )
    CANDIDATES = (Candidate(
        r"(?<![\w])(?:" + "|".join(PREFIXES) + r")[ ]?[0-9A-Z](?:[ .\-]?[0-9A-Z+*]){1,13}(?![\w])"
    ),)
    validated_score = 0.9
    national_score = 0.85  # no prefix, but the national VAT label right before it and a checksum

    def validate(self, value: str) -> bool:
        return eu_vat.is_valid(value)

    def find(self, text: str, language: str) -> list[Detection]:
        out = super().find(text, language)
        # invoices write the national number without its country prefix after the national label
        # (`P.IVA 01234567897`, `CIF B12345674`, `NIP 123-456-32-18`): the label says which
        # national format to check
        for match in _NATIONAL.finditer(text):
            validators = _NATIONAL_VALIDATORS[match.group(1).lower().replace(" ", "").rstrip(".:")]
            start, value = match.start(2), match.group(2)
            if any(s < match.end(2) and start < e for s, e, *_ in out):
                continue  # already found with its country prefix
            for cut in _cuts(value):
                if any(_valid(v, value[:cut]) for v in validators):
                    out.append((start, start + cut, self.ENTITY, self.national_score, self.name))
                    break
        return out


# label (lower-cased, blanks removed) -> the stdnum modules of the national formats it names
_NATIONAL_VALIDATORS = {
    "p.iva": (it_iva,), "p.i.": (it_iva,), "partitaiva": (it_iva,),
    "cif": (es_cif,), "nif-iva": (es_cif,), "n.i.f.": (es_cif,),
    "nip": (pl_nip,),
    "ust-idnr": (de_vat,), "ust-id": (de_vat,), "ust.-idnr": (de_vat,), "ustid": (de_vat,),
    "umsatzsteuer-id": (de_vat,), "uid": (at_uid,), "uid-nr": (at_uid,),
    "btw": (nl_btw, be_vat), "btw-nummer": (nl_btw, be_vat), "btw-nr": (nl_btw, be_vat),
    "btw-id": (nl_btw, be_vat), "tva": (fr_tva, be_vat), "numérodetva": (fr_tva, be_vat),
    "n°tva": (fr_tva, be_vat), "tvaintracommunautaire": (fr_tva, be_vat),
}
_NATIONAL = regex.compile(
    r"(?<![\w.])(?i:(p\.[ ]?iva|p\.i\.|partita iva|cif|nif-iva|n\.i\.f\.|nip|ust\.?-id(?:nr)?\.?|ustid|umsatzsteuer-id"
    r"|uid(?:-nr)?\.?|btw(?:-nummer|-nr|-id)?|numéro de tva|n°[ ]?tva|tva(?: intracommunautaire)?))"
    r"(?:[ \t]*(?:n[°ºo]\.?|nr\.?|nummer|number|numer|no\.?))?[ \t]*[:.]?[ \t]*"
    r"([0-9A-Z](?:[ .\-]?[0-9A-Z]){7,13})(?![\w])"
)


def _cuts(value: str) -> list[int]:
    """The whole value, then shorter prefixes ending before a separator, longest first."""
    return [len(value)] + [i for i in range(len(value) - 1, 6, -1)
                           if value[i] in " .-" and value[i - 1] not in " .-"]


def _valid(module, value: str) -> bool:
    try:
        return bool(module.is_valid(value))
    except Exception:  # a validator must never fail the batch
        return False
