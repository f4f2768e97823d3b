"""National identifiers of EU member states, each validated with `python-stdnum`.

One class per identifier. Patterns accept the usual written forms (grouped with spaces, dots or
dashes, or contiguous); the validator decides. Identifiers whose only check is one mod-11 digit on
a plain run of digits (NL BSN, PT NIF) score below the default threshold without a context word.
"""

from __future__ import annotations

from stdnum.at import vnr as at_vnr
from stdnum.be import nn as be_nn
from stdnum.de import idnr as de_idnr
from stdnum.dk import cpr as dk_cpr
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fr import nir as fr_nir
from stdnum.ie import pps as ie_pps
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.pt import nif as pt_nif
from stdnum.se import personnummer as se_pn

from anonymise.recognizers.base import Candidate, ValidatedPatternRecognizer, words

B, E = r"(?<![\w.\-/+])", r"(?![\w]|[.\-/]\d)"

# Words that introduce any personal identifier, in the EU languages the benchmark covers.
GENERIC_ID = words(
    ["id", "identification number", "national id", "personal number", "social security", "ssn"],
    ["numéro", "identifiant", "sécurité sociale", "n°"],
    ["ausweis", "personalnummer", "nummer", "nr.", "identifikationsnummer", "versicherungsnummer"],
    ["número", "identificación", "documento"],
    ["numero", "identificativo", "codice"],
    ["nummer", "burgerservicenummer", "identificatie"],
    ["numer", "identyfikacyjny"],
)


class EuDeTaxIdRecognizer(ValidatedPatternRecognizer):
    """German Steuerliche Identifikationsnummer (11 digits, ISO 7064 mod 11,10, digit-repeat rule)."""

    ENTITY = "DE_TAX_ID"
    CONTEXT = words(GENERIC_ID, ["steuer", "steuer-id", "steuerid", "steueridentifikationsnummer",
                                  "idnr", "tin", "tax id", "tax identification"])
    CANDIDATES = (Candidate(B + r"[1-9]\d[ ]?\d{3}[ ]?\d{3}[ ]?\d{3}" + E),)
    validated_score = 0.5

    def validate(self, value: str) -> bool:
        return de_idnr.is_valid(value)


class FrNirRecognizer(ValidatedPatternRecognizer):
    """French NIR / numéro de sécurité sociale (15 characters, mod-97 key, Corsica 2A/2B)."""

    ENTITY = "FR_NIR"
    CONTEXT = words(GENERIC_ID, ["nir", "insee", "sécu", "securite sociale", "carte vitale", "ss"])
    CANDIDATES = (Candidate(
        B + r"[1-478][ ]?\d{2}[ ]?\d{2}[ ]?(?:\d{2}|2[AB])[ ]?\d{3}[ ]?\d{3}[ ]?\d{2}" + E
    ),)
    validated_score = 0.9

    def validate(self, value: str) -> bool:
        return fr_nir.is_valid(value)


class NlBsnRecognizer(ValidatedPatternRecognizer):
    """Dutch burgerservicenummer (9 digits, 11-proof): weak alone, needs its own context word
    (a generic "nummer" is not enough: one 9-digit number in eleven passes the 11-proof)."""

    ENTITY = "NL_BSN"
    CONTEXT = words(["bsn", "burgerservicenummer", "sofinummer", "sofi", "citizen service number"])
    CANDIDATES = (Candidate(B + r"\d{4}[.]?\d{2}[.]?\d{3}" + E), Candidate(B + r"\d{3}[ ]\d{3}[ ]\d{3}" + E))
    validated_score = 0.45

    def validate(self, value: str) -> bool:
        return nl_bsn.is_valid(value)


class EuPlPeselRecognizer(ValidatedPatternRecognizer):
    """Polish PESEL (11 digits: birth date with century in the month, weighted checksum)."""

    ENTITY = "PL_PESEL"
    CONTEXT = words(GENERIC_ID, ["pesel"])
    CANDIDATES = (Candidate(B + r"\d{11}" + E),)
    validated_score = 0.6

    def validate(self, value: str) -> bool:
        return pl_pesel.is_valid(value)


class EuSePersonnummerRecognizer(ValidatedPatternRecognizer):
    """Swedish personnummer / samordningsnummer (date + Luhn), 10 or 12 digits."""

    ENTITY = "SE_PERSONNUMMER"
    CONTEXT = words(GENERIC_ID, ["personnummer", "personnr", "samordningsnummer", "pnr"])
    CANDIDATES = (Candidate(B + r"(?:19|20)?\d{6}[-+ ]?\d{4}" + E),)
    validated_score = 0.6

    def validate(self, value: str) -> bool:
        return se_pn.is_valid(value)


class BeNationalNumberRecognizer(ValidatedPatternRecognizer):
    """Belgian national register number (rijksregisternummer / numéro national): date + mod 97."""

    ENTITY = "BE_NATIONAL_NUMBER"
    CONTEXT = words(GENERIC_ID, ["rijksregister", "rijksregisternummer", "registre national",
                                  "numéro national", "insz", "niss", "nn"])
    CANDIDATES = (Candidate(B + r"\d{2}[.]?\d{2}[.]?\d{2}[- ]?\d{3}[.]?\d{2}" + E),)
    validated_score = 0.7

    def validate(self, value: str) -> bool:
        return be_nn.is_valid(value)


class DkCprRecognizer(ValidatedPatternRecognizer):
    """Danish CPR number (DDMMYY-SSSS; the date is the only check since 2007)."""

    ENTITY = "DK_CPR"
    CONTEXT = words(["cpr", "cpr-nr", "cpr-nummer", "personnummer", "personal number", "numero personale", "personnummer"])
    CANDIDATES = (Candidate(B + r"[0-3]\d[01]\d{3}-?\d{4}" + E),)
    validated_score = 0.45

    def validate(self, value: str) -> bool:
        return dk_cpr.is_valid(value)


class AtSocialSecurityRecognizer(ValidatedPatternRecognizer):
    """Austrian Versicherungsnummer (4 digits with a mod-11 check, then the birth date DDMMYY)."""

    ENTITY = "AT_SSN"
    CONTEXT = words(GENERIC_ID, ["svnr", "sv-nr", "sozialversicherung", "versicherungsnummer", "vsnr"])
    CANDIDATES = (Candidate(B + r"\d{4}[ ]?[0-3]\d[01]\d{3}" + E),)
    validated_score = 0.5

    def validate(self, value: str) -> bool:
        return at_vnr.is_valid(value)


class PtNifRecognizer(ValidatedPatternRecognizer):
    """Portuguese NIF (9 digits, mod 11): weak alone, needs a context word."""

    ENTITY = "PT_NIF"
    CONTEXT = words(["nif", "contribuinte", "número de contribuinte", "nipc", "número fiscal", "tax number"])
    CANDIDATES = (Candidate(B + r"[1-35-9]\d{2}[ ]?\d{3}[ ]?\d{3}" + E),)
    validated_score = 0.45

    def validate(self, value: str) -> bool:
        return pt_nif.is_valid(value)


class IePpsnRecognizer(ValidatedPatternRecognizer):
    """Irish Personal Public Service Number (7 digits, 1-2 letters, mod-23 check letter)."""

    ENTITY = "IE_PPSN"
    CONTEXT = words(GENERIC_ID, ["pps", "ppsn", "pps number", "personal public service"])
    CANDIDATES = (Candidate(B + r"\d{7}[A-W][ABHWTX]?" + E),)
    validated_score = 0.8

    def validate(self, value: str) -> bool:
        return ie_pps.is_valid(value)


class EuEsNifRecognizer(ValidatedPatternRecognizer):
    """Spanish DNI/NIF and NIE (8 digits + check letter; X/Y/Z + 7 digits + letter)."""

    ENTITY = "ES_NIF"
    CONTEXT = words(GENERIC_ID, ["dni", "nif", "nie", "documento nacional"])
    CANDIDATES = (Candidate(B + r"\d{8}[- ]?[A-Z]" + E), Candidate(B + r"[XYZ][- ]?\d{7}[- ]?[A-Z]" + E))
    validated_score = 0.8

    def validate(self, value: str) -> bool:
        return es_dni.is_valid(value) or es_nie.is_valid(value)


class EuItFiscalCodeRecognizer(ValidatedPatternRecognizer):
    """Italian codice fiscale (16 characters with check letter, omocodia variants)."""

    ENTITY = "IT_FISCAL_CODE"
    CONTEXT = words(GENERIC_ID, ["codice fiscale", "cf", "c.f."])
    CANDIDATES = (Candidate(B + r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]" + E),)
    validated_score = 0.9

    def validate(self, value: str) -> bool:
        return it_cf.is_valid(value)


NATIONAL_ID_RECOGNIZERS = (
    EuDeTaxIdRecognizer, FrNirRecognizer, NlBsnRecognizer, EuPlPeselRecognizer, EuSePersonnummerRecognizer,
    BeNationalNumberRecognizer, DkCprRecognizer, AtSocialSecurityRecognizer, PtNifRecognizer,
    IePpsnRecognizer, EuEsNifRecognizer, EuItFiscalCodeRecognizer,
)
NATIONAL_ID_ENTITIES = tuple(r.ENTITY for r in NATIONAL_ID_RECOGNIZERS)
