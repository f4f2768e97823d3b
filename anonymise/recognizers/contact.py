"""Contact data: e-mail addresses, phone numbers of every EU country, IP addresses.

Phones: a loose candidate pattern finds digit runs written like phone numbers, then Google's
`phonenumbers` decides. International numbers (`+33 …`, `0033 …`) are parsed as they are; national
ones (`06 12 34 56 78`) are tried against the regions where the document's language is spoken, so
a number is accepted only when it is a valid number of a plausible country (Presidio's default
phone recogniser only tries a handful of regions); a grouped number valid only in another EU
country (a Dutch mobile in an English letter) needs a phone word near it; any valid number on a
line holding an e-mail address (a contact line) counts, unless an order or case word precedes it.
"""

from __future__ import annotations

import ipaddress

import phonenumbers
import regex

from anonymise.recognizers.base import Candidate, DatalabRecognizer, Detection, ValidatedPatternRecognizer, words

EU_REGIONS = ("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
              "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE")
LANGUAGE_REGIONS: dict[str, tuple[str, ...]] = {
    "en": ("GB", "IE", "MT"), "fr": ("FR", "BE", "LU"), "de": ("DE", "AT", "LU"),
    "es": ("ES",), "it": ("IT",), "nl": ("NL", "BE"), "pl": ("PL",), "pt": ("PT",),
    "sv": ("SE", "FI"), "da": ("DK",), "fi": ("FI",), "cs": ("CZ",), "sk": ("SK",), "sl": ("SI",),
    "hr": ("HR",), "hu": ("HU",), "ro": ("RO",), "bg": ("BG",), "el": ("GR", "CY"), "et": ("EE",),
    "lv": ("LV",), "lt": ("LT",), "mt": ("MT",), "ga": ("IE",),
}


class EuEmailRecognizer(ValidatedPatternRecognizer):
    """E-mail addresses (RFC 5322 local part subset, a domain with an alphabetic TLD)."""

    ENTITY = "EMAIL_ADDRESS"
    CONTEXT = words(["email", "e-mail", "mail"], ["courriel", "adresse"], ["e-mail-adresse"],
                    ["correo"], ["posta"], ["e-mailadres"], ["e-mail", "adres"])
    CANDIDATES = (Candidate(
        r"(?<![\w.+\-])[A-Za-z0-9](?:[A-Za-z0-9._%+\-]{0,63})@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w\-])"
    ),)
    validated_score = 0.95
    shrink = False

    def validate(self, value: str) -> bool:
        local = value.split("@", 1)[0]
        return ".." not in local and not local.endswith(".")


_VERSION_BEFORE = regex.compile(
    r"(?i)(?:\bv\s*$|\b(?:version|versión|versione|versie|wersj\w*|build|release|firmware|ver\.|"
    r"update|upgrade|aktualisier\w*|aktualiz\w*|à jour|actualiz\w*|aggiorn\w*|install\w*|apps?\b|appli\w*))"
)
_DOTTED_QUAD = regex.compile(r"^\d{1,3}(?:\.\d{1,3}){2,3}$")
# date ranges, dates, and a year-dash-serial (`2023-37612`: invoice, order and ticket numbers)
_NOT_PHONE = regex.compile(
    r"^(?:(?:19|20)\d\d-\d{4,6}|(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d|\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2})$"
)


class EuIpRecognizer(DatalabRecognizer):
    """IPv4 and IPv6 addresses (parsed by `ipaddress`); dotted version numbers are skipped."""

    ENTITY = "IP_ADDRESS"
    CONTEXT = words(["ip", "address", "server", "host", "login", "connected"], ["adresse ip"],
                    ["ip-adresse"], ["dirección ip"], ["indirizzo ip"], ["ip-adres"], ["adres ip"])
    _V4 = regex.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)")
    _V6 = regex.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:%\w+)?(?![\w:])")
    score = 0.75

    def find(self, text: str, language: str) -> list[Detection]:
        out: list[Detection] = []
        for pattern in (self._V4, self._V6):
            if pattern is self._V6 and "::" not in text and text.count(":") < 4:
                continue
            for match in pattern.finditer(text):
                value = match.group()
                try:
                    ipaddress.ip_address(value.split("%")[0])
                except ValueError:
                    continue
                if _VERSION_BEFORE.search(text, max(0, match.start() - 25), match.start()):
                    continue
                out.append((match.start(), match.end(), self.ENTITY, self.score, self.name))
        return out


# the words before an order, invoice or case number (`commande #5566987`, `Vorgang 0688040`)
_REFERENCE_BEFORE = regex.compile(
    r"(?i)(?:#|\b(?:nr|no|n°|nº|ref|réf|order|commande|bestellung|vorgang|rechnung|invoice|ticket|"
    r"pedido|factura|ordine|fattura|pratica|bestelling|factuur|zamówienie|faktura|dossier|case|"
    r"aktenzeichen|référence|referenz|referencia|riferimento|referentie|sprawa)\b\.?)[ \t:#]*$"
)


def _valid_in(value: str, region: str) -> bool:
    """Whether `value`, written as in `region` (no country prefix), is a valid number there."""
    try:
        return phonenumbers.is_valid_number_for_region(phonenumbers.parse(value, region), region)
    except phonenumbers.NumberParseException:
        return False


class EuPhoneRecognizer(DatalabRecognizer):
    """Phone numbers of every EU country (and any country when written with `+`/`00`)."""

    ENTITY = "PHONE_NUMBER"
    CONTEXT = words(
        ["phone", "tel", "call", "mobile", "cell", "fax", "contact", "reach", "number", "ring",
         "whatsapp", "sms", "text me"],
        ["téléphone", "tél", "portable", "appel", "joindre", "numéro", "rappel", "rappeler",
         "prévenir", "à votre disposition"],
        ["telefon", "handy", "mobil", "ruf", "anruf", "erreich", "nummer", "notfallkontakt"],
        ["teléfono", "telefono", "móvil", "movil", "llam", "lläm", "llám", "número", "disposición"],
        ["cellulare", "chiam", "richiam", "numero", "reperibile", "disposizione"],
        ["telefoon", "mobiel", "bel ", "bellen", "nummer", "bereikbaar"],
        ["komórk", "zadzwo", "oddzwo", "dzwo", "numer", "tel."],
    )
    _CANDIDATE = regex.compile(
        r"(?<![\w+\-/.])(?:(?:\+|00)\d{1,3}[ .\-]?)?(?:\(\d{1,5}\)[ .\-]?)?\d{1,5}(?:(?:[ ]/[ ]|[ .\-/])?\d{1,5}){1,6}(?![\w]|[.\-/]\d)"
    )
    international_score = 0.9  # a `+`/`00` country prefix and a valid number: strong
    possible_score = 0.6  # a `+`/`00` prefix and a possible length, but not an assigned range
    # (typos, fake or new numbers): still masked, since leaking a real one costs more
    trunk_score = 0.55  # national format with the trunk prefix and phone-style grouping: 030 1234567
    national_score = 0.5  # grouped national number without a trunk prefix: 612 34 56 78
    contact_line_score = 0.6  # any valid number on a line with an e-mail address: a contact line
    plain_score = 0.35  # a bare run of digits that happens to be a valid number: needs context  # a bare run of digits that happens to be a valid national number

    def find(self, text: str, language: str) -> list[Detection]:
        out: list[Detection] = []
        regions = LANGUAGE_REGIONS.get(language, ()) or ("GB",)
        for match in self._CANDIDATE.finditer(text):
            value = match.group()
            digits = sum(ch.isdigit() for ch in value)
            if not 7 <= digits <= 15 or _NOT_PHONE.match(value) or _DOTTED_QUAD.match(value):
                continue
            if _VERSION_BEFORE.search(text, max(0, match.start() - 25), match.start()):
                continue
            hit = self._parse(value, regions)
            if hit is None:
                continue
            line_start = text.rfind("\n", 0, match.start()) + 1
            line_end = text.find("\n", match.end())
            if "@" in text[line_start:line_end if line_end >= 0 else len(text)] and \
                    not _REFERENCE_BEFORE.search(text, max(line_start, match.start() - 20), match.start()):
                hit = max(hit, self.contact_line_score)  # `Leeds · 910 688 315 · a.b@mail.es`
            out.append((match.start(), match.end(), self.ENTITY, hit, self.name))
        return out

    def _parse(self, value: str, regions: tuple[str, ...]) -> float | None:
        international = value.startswith(("+", "00"))
        tries = (None,) if value.startswith("+") else regions + (("ZZ",) if international else ())
        candidate = "+" + value[2:] if value.startswith("00") else value
        for region in tries:
            try:
                number = phonenumbers.parse(candidate, region)
            except phonenumbers.NumberParseException:
                continue
            if international and not phonenumbers.is_valid_number(number):
                if phonenumbers.is_possible_number(number) and region is None:
                    return self.possible_score
                continue
            if phonenumbers.is_valid_number(number):
                if international:
                    return self.international_score
                grouped = any(c in " .-/()" for c in value)
                if not grouped:
                    # a valid national number with its trunk prefix (0…) is rarely anything else
                    return self.trunk_score - 0.05 if value.startswith("0") and len(value) >= 9 else self.plain_score
                return self.trunk_score if value.lstrip("(").startswith("0") else self.national_score
        if not international and any(c in " -/" for c in value.strip()) and \
                any(_valid_in(value, region) for region in EU_REGIONS if region not in regions):
            return self.plain_score  # another EU country's number written as at home: needs context
        return None
