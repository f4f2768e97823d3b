"""Valid personal values for the labelled corpus: ids with correct checksums, real phone formats.

Check digits come from `python-stdnum`'s own `calc_*` helpers or from rejection sampling against
`is_valid`, so a value here is valid by the same definition the recognisers use; the formats
(grouping, separators) vary the way people write them.
"""

from __future__ import annotations

import random

import phonenumbers
from stdnum import luhn
from stdnum.at import vnr
from stdnum.be import nn
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.eu import vat
from stdnum.fr import nir
from stdnum.ie import pps
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.se import personnummer

LOCALES = {"en": "en_GB", "fr": "fr_FR", "de": "de_DE", "es": "es_ES", "it": "it_IT", "nl": "nl_NL", "pl": "pl_PL"}
REGIONS = {"en": ["GB", "IE"], "fr": ["FR", "BE"], "de": ["DE", "AT"], "es": ["ES"], "it": ["IT"],
           "nl": ["NL", "BE"], "pl": ["PL"]}


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _sample(rng, make, valid, tries=5000):
    for _ in range(tries):
        value = make()
        if valid(value):
            return value
    raise RuntimeError("no valid value found")


def _date(rng):
    return rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)


def phone(rng: random.Random, lang: str) -> str:
    region = rng.choice(REGIONS[lang] + ["DE", "FR", "ES", "IT", "NL", "PL", "SE", "DK", "PT", "AT", "BE", "IE"][: rng.choice([0, 0, 0, 3, 12])])
    kind = rng.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE])
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    national = phonenumbers.national_significant_number(example)

    def make():
        keep = max(2, len(national) - 4)
        return phonenumbers.parse(f"+{example.country_code}{national[:keep]}{_digits(rng, len(national) - keep)}")

    number = _sample(rng, make, phonenumbers.is_valid_number)
    fmt = rng.choice(["INTERNATIONAL", "INTERNATIONAL", "NATIONAL", "NATIONAL", "E164", "00"])
    if fmt == "00":
        return "00" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)[1:]
    if fmt == "NATIONAL" and region not in REGIONS[lang]:
        fmt = "INTERNATIONAL"
    return phonenumbers.format_number(number, getattr(phonenumbers.PhoneNumberFormat, fmt))


def iban(rng, faker) -> str:
    value = faker.iban()
    if rng.random() < 0.6:
        value = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    return value


def card(rng, faker) -> str:
    number = faker.credit_card_number(card_type=rng.choice(["visa16", "mastercard", "amex", "visa16"]))
    if rng.random() < 0.6 and len(number) == 16:
        sep = rng.choice([" ", "-"])
        number = sep.join(number[i:i + 4] for i in range(0, 16, 4))
    return number


def ip(rng, faker) -> str:
    return faker.ipv4_public() if rng.random() < 0.8 else faker.ipv6()


def de_tax_id(rng):
    v = _sample(rng, lambda: str(rng.randint(1, 9)) + _digits(rng, 10), idnr.is_valid)
    return v if rng.random() < 0.6 else f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"


def fr_nir(rng):
    y, m, _ = _date(rng)
    body = f"{rng.choice('12')}{y % 100:02d}{m:02d}{rng.randint(1, 95):02d}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    v = body + nir.calc_check_digits(body)
    return v if rng.random() < 0.4 else f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"


def nl_bsn(rng):
    v = _sample(rng, lambda: str(rng.randint(1, 9)) + _digits(rng, 8), bsn.is_valid)
    return v if rng.random() < 0.6 else f"{v[:4]}.{v[4:6]}.{v[6:]}"


def pl_pesel(rng):
    y, m, d = _date(rng)
    mm = m + (20 if y >= 2000 else 0)
    body = f"{y % 100:02d}{mm:02d}{d:02d}{_digits(rng, 4)}"
    return body + pesel.calc_check_digit(body)


def se_personnummer(rng):
    y, m, d = _date(rng)
    body = f"{y % 100:02d}{m:02d}{d:02d}{_digits(rng, 3)}"
    v = body + luhn.calc_check_digit(body)
    return f"{v[:6]}-{v[6:]}" if rng.random() < 0.8 else f"{y // 100}{v[:6]}-{v[6:]}"


def be_nn(rng):
    y, m, d = _date(rng)
    body = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(1, 997):03d}"
    base = int(body) if y < 2000 else int("2" + body)
    v = body + f"{97 - base % 97:02d}"
    assert nn.is_valid(v)
    return v if rng.random() < 0.4 else f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"


def dk_cpr(rng):
    y, m, d = _date(rng)
    v = _sample(rng, lambda: f"{d:02d}{m:02d}{y % 100:02d}{_digits(rng, 4)}", cpr.is_valid)
    return f"{v[:6]}-{v[6:]}"


def at_ssn(rng):
    y, m, d = _date(rng)
    v = _sample(rng, lambda: f"{rng.randint(1, 9)}{_digits(rng, 3)}{d:02d}{m:02d}{y % 100:02d}", vnr.is_valid)
    return v if rng.random() < 0.5 else f"{v[:4]} {v[4:]}"


def pt_nif(rng):
    return _sample(rng, lambda: rng.choice("12") + _digits(rng, 8), nif.is_valid)


def ie_ppsn(rng):
    body = _digits(rng, 7)
    return body + pps.calc_check_character(body) if hasattr(pps, "calc_check_character") else _sample(
        rng, lambda: _digits(rng, 7) + rng.choice("ABCDEFGHIJKLMNOPQRSTUVW"), pps.is_valid)


NATIONAL_IDS = {"DE_TAX_ID": de_tax_id, "FR_NIR": fr_nir, "NL_BSN": nl_bsn, "PL_PESEL": pl_pesel,
                "SE_PERSONNUMMER": se_personnummer, "BE_NATIONAL_NUMBER": be_nn, "DK_CPR": dk_cpr,
                "AT_SSN": at_ssn, "PT_NIF": pt_nif, "IE_PPSN": ie_ppsn}
LANG_IDS = {"en": ["IE_PPSN"], "fr": ["FR_NIR", "BE_NATIONAL_NUMBER"], "de": ["DE_TAX_ID", "AT_SSN"],
            "es": ["PT_NIF"], "it": ["DK_CPR", "SE_PERSONNUMMER"], "nl": ["NL_BSN", "BE_NATIONAL_NUMBER"],
            "pl": ["PL_PESEL"]}

VAT_FORMATS = {
    "AT": lambda r: "U" + _digits(r, 8), "BE": lambda r: "0" + _digits(r, 9), "DE": lambda r: _digits(r, 9),
    "DK": lambda r: _digits(r, 8), "ES": lambda r: r.choice("ABCDEFGHJ") + _digits(r, 8),
    "FR": lambda r: _digits(r, 11), "IT": lambda r: _digits(r, 11), "NL": lambda r: _digits(r, 9) + "B01",
    "PL": lambda r: _digits(r, 10), "PT": lambda r: r.choice("125") + _digits(r, 8),
    "SE": lambda r: _digits(r, 10) + "01", "IE": lambda r: _digits(r, 7) + r.choice("ABCDEFGHW"),
    "FI": lambda r: _digits(r, 8), "LU": lambda r: _digits(r, 8), "CZ": lambda r: _digits(r, 8),
}


def eu_vat(rng):
    country = rng.choice(list(VAT_FORMATS))
    v = _sample(rng, lambda: country + VAT_FORMATS[country](rng), vat.is_valid, tries=20000)
    return v if rng.random() < 0.8 else f"{v[:2]} {v[2:]}"


# Hard negatives: look like identifiers or names but are not personal data.
def order_number(rng):
    return rng.choice([f"ORD-{rng.randint(2019, 2026)}-{_digits(rng, 5)}", f"#{_digits(rng, 7)}",
                       f"{_digits(rng, 10)}", f"A{_digits(rng, 8)}", f"INV/{rng.randint(2019, 2026)}/{_digits(rng, 4)}"])


def isbn(rng):
    from stdnum import ean

    body = "978" + _digits(rng, 9)
    v = body + ean.calc_check_digit(body)
    return f"{v[:3]}-{v[3]}-{v[4:7]}-{v[7:12]}-{v[12]}" if rng.random() < 0.6 else v


def version(rng):
    return rng.choice([f"v{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}",
                       f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 300)}",
                       f"{rng.randint(1, 5)}.{rng.randint(0, 40)}"])
