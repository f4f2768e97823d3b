"""EU VAT identification numbers of every member state (and XI for Northern Ireland).

One pattern for all: a member-state prefix (`EL` for Greece) followed by the national body, with
the optional spaces, dots and dashes people write; `stdnum.eu.vat` checks the national format and
checksum of each state. The prefix plus a checksum makes these strong: no context word needed.
"""

from __future__ import annotations

from stdnum.eu import vat as eu_vat

from anonymise.recognizers.base import Candidate, ValidatedPatternRecognizer, words

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

    def validate(self, value: str) -> bool:
        return eu_vat.is_valid(value)
