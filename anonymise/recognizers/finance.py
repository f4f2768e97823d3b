"""Bank and card numbers: IBANs of every country (mod 97) and payment cards (IIN prefix + Luhn)."""

from __future__ import annotations

from stdnum import iban as std_iban
from stdnum import luhn

from anonymise.recognizers.base import Candidate, ValidatedPatternRecognizer, words


class EuIbanRecognizer(ValidatedPatternRecognizer):
    """IBAN of any country, contiguous or in groups of four, validated with `stdnum.iban`."""

    ENTITY = "IBAN_CODE"
    CONTEXT = words(["iban", "account", "bank"], ["compte", "rib", "banque"], ["konto", "bank"],
                    ["cuenta", "banco"], ["conto", "banca"], ["rekening", "rekeningnummer"],
                    ["konto", "rachunek", "nr rachunku"])
    CANDIDATES = (Candidate(r"(?<![\w])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?(?![\w])"),)
    validated_score = 0.95

    def validate(self, value: str) -> bool:
        return std_iban.is_valid(value)


_CARD_PREFIX = ("4", "51", "52", "53", "54", "55", "22", "23", "24", "25", "26", "27", "34", "37",
                "6011", "65", "64", "36", "30", "38", "35", "62", "50", "56", "57", "58", "67")


class EuCreditCardRecognizer(ValidatedPatternRecognizer):
    """Payment card numbers (13 to 19 digits, Visa/Mastercard/Amex/Discover/JCB/Maestro prefixes, Luhn)."""

    ENTITY = "CREDIT_CARD"
    CONTEXT = words(["card", "credit", "visa", "mastercard", "amex", "cc"], ["carte", "cb"],
                    ["karte", "kreditkarte"], ["tarjeta"], ["carta"], ["kaart", "creditcard"],
                    ["karta", "karty"])
    CANDIDATES = (Candidate(r"(?<![\w.\-])\d{4}(?:[ \-]?\d{4}){2}[ \-]?\d{1,4}(?:[ \-]?\d{1,3})?(?![\w])"),
                  Candidate(r"(?<![\w.\-])3[47]\d{2}[ \-]?\d{6}[ \-]?\d{5}(?![\w])"))
    validated_score = 0.85

    def validate(self, value: str) -> bool:
        digits = "".join(ch for ch in value if ch.isdigit())
        if not 13 <= len(digits) <= 19 or not digits.startswith(_CARD_PREFIX):
            return False
        if len(set(digits)) < 2:  # 0000 0000 0000 0000 style fillers
            return False
        return luhn.is_valid(digits)
