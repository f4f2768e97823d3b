"""Seeded generator of labelled multilingual documents with exact character spans.

`python -m benchmarks.pii.generate --docs 2000 --seed 7 -o pii.jsonl` writes one JSON object per
line: id, lang, genre, text, spans [{start, end, label}]. Languages en, fr, de, es, it, nl, pl;
genres letter, ticket, hr_note, cv, chat, invoice; labels PERSON, EMAIL_ADDRESS, PHONE_NUMBER,
IBAN_CODE, CREDIT_CARD, IP_ADDRESS, EU_VAT and the national ids (DE_TAX_ID, FR_NIR, ...).
Hard negatives (order numbers, ISBNs, version strings, names that are common words) are in the
text and unlabelled.

Names: 75% from the locale's Faker person provider, 25% made-up names from syllables that no
name list contains, so the evaluation shows how much PERSON recall comes from context and
capitalisation rather than from the detector's first-name lexicon (`name_source` per span).
"""

from __future__ import annotations

import argparse
import json
import random
import re

from faker import Faker

from benchmarks.pii import values as V
from benchmarks.pii.templates import L

LANGS = list(L)
GENRES = ["letter", "ticket", "hr_note", "cv", "chat", "invoice"]
_SLOT = re.compile(r"\{(\w+)\}")
_SYLLABLES = ["ka", "lo", "ri", "ven", "mar", "tu", "sel", "do", "bra", "nik", "ol", "zan", "fe", "ru", "mi", "os", "tal", "quen", "bo", "lis"]


_FAKERS: dict[str, Faker] = {}


def _faker(lang: str) -> Faker:
    if lang not in _FAKERS:
        _FAKERS[lang] = Faker(V.LOCALES[lang])
    return _FAKERS[lang]


class Doc:
    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng, self.lang = rng, lang
        self.t = L[lang]
        self.faker = _faker(lang)
        self.faker.seed_instance(rng.randrange(1 << 30))
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[dict] = []
        self.person = self._person()

    def _person(self):
        if self.rng.random() < 0.25:
            def made():
                return "".join(self.rng.choice(_SYLLABLES) for _ in range(self.rng.randint(2, 3))).capitalize()
            return made(), made(), "made_up"
        female = self.rng.random() < 0.5
        first = self.faker.first_name_female() if female else self.faker.first_name_male()
        return first, self.faker.last_name(), "faker"

    def value(self, slot: str) -> tuple[str, str | None]:
        r = self.rng
        first, last, source = self.person if r.random() < 0.6 else self._person()
        if slot == "PERSON":
            return f"{first} {last}", "PERSON:" + source
        if slot == "FIRST":
            return first, "PERSON:" + source
        if slot == "LAST":
            return last, "PERSON:" + source
        if slot == "TITLE":
            return r.choice(self.t["titles"]), None
        if slot == "R":
            return r.choice(["", "r"]), None
        if slot == "EMAIL":
            user = r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{r.randint(1, 99)}", f"{last}.{first[0]}"])
            user = re.sub(r"[^a-z0-9.]", "", user.lower().translate(str.maketrans("äöüßéèêàçñóíúłśżźćąęńø", "aouseeeacnoiulszzcaeno"))).strip(".") or "info"
            user = re.sub(r"\.+", ".", user)
            return f"{user}@{self.faker.free_email_domain() if r.random() < 0.5 else self.faker.domain_name()}", "EMAIL_ADDRESS"
        if slot == "PHONE":
            return V.phone(r, self.lang), "PHONE_NUMBER"
        if slot == "IBAN":
            return V.iban(r, self.faker), "IBAN_CODE"
        if slot == "CARD":
            return V.card(r, self.faker), "CREDIT_CARD"
        if slot == "IP":
            return V.ip(r, self.faker), "IP_ADDRESS"
        if slot == "ID":
            kind = r.choice(V.LANG_IDS[self.lang])
            return V.NATIONAL_IDS[kind](r), kind
        if slot == "VAT":
            return V.eu_vat(r), "EU_VAT"
        if slot == "ORDER":
            return V.order_number(r), None
        if slot == "ISBN":
            return V.isbn(r), None
        if slot == "VERSION":
            return V.version(r), None
        if slot == "WORD":
            return r.choice(self.t["words"]), None
        raise KeyError(slot)

    def add(self, template: str) -> None:
        cursor = 0
        for match in _SLOT.finditer(template):
            self._emit(template[cursor:match.start()])
            value, label = self.value(match.group(1))
            if label:
                kind, _, source = label.partition(":")
                span = {"start": self.length, "end": self.length + len(value), "label": kind}
                if source:
                    span["name_source"] = source
                self.spans.append(span)
            self._emit(value)
            cursor = match.end()
        self._emit(template[cursor:])

    def _emit(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def body(self, n: int) -> None:
        for _ in range(n):
            pool = self.rng.choices(["s", "neg", "fill"], weights=[5, 2, 2])[0]
            self.add(self.rng.choice(self.t[pool]) + " ")

    def text(self) -> str:
        return "".join(self.parts)


def make_doc(rng: random.Random, lang: str, genre: str) -> Doc:
    d = Doc(rng, lang)
    lab = d.t["labels"]
    n = rng.randint(2, 5)
    if genre == "letter":
        d.add(rng.choice(d.t["greet"]) + "\n\n"); d.body(n); d.add("\n\n" + rng.choice(d.t["close"]))
    elif genre == "ticket":
        d.add(f"{lab['ticket']} {{ORDER}}\n{lab['customer']}: {{PERSON}}\n{lab['email']}: {{EMAIL}}\n\n"); d.body(n)
    elif genre == "hr_note":
        d.add(f"{lab['note']} - {lab['employee']}: {{PERSON}}\n{lab['id']}: {{ID}}\n{lab['iban']}: {{IBAN}}\n\n"); d.body(n)
    elif genre == "cv":
        d.add(f"{{PERSON}}\n{{EMAIL}} | {{PHONE}}\n\n{lab['exp']}: 2015-2023 ...\n{lab['skills']}: Python, SQL, Excel\n"); d.body(max(1, n - 2))
    elif genre == "chat":
        for _ in range(n):
            d.add("{FIRST}: " + rng.choice(d.t[rng.choice(["s", "s", "fill", "neg"])]) + "\n")
    elif genre == "invoice":
        d.add(f"{lab['invoice']} {{ORDER}}\n{lab['bill']}: {{PERSON}}\n{lab['vat']}: {{VAT}}\n{lab['iban']}: {{IBAN}}\n{lab['phone']}: {{PHONE}}\n\n"); d.body(max(1, n - 2))
    return d


def generate(docs: int, seed: int = 7, langs: list[str] | None = None):
    rng = random.Random(seed)
    langs = langs or LANGS
    for i in range(docs):
        lang = langs[i % len(langs)]
        genre = rng.choice(GENRES)
        d = make_doc(rng, lang, genre)
        text = d.text()
        for s in d.spans:
            assert text[s["start"]:s["end"]].strip() == text[s["start"]:s["end"]]
        yield {"id": f"{lang}-{i:06d}", "lang": lang, "genre": genre, "text": text, "spans": d.spans}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--output", default="pii.jsonl")
    args = parser.parse_args()
    with open(args.output, "w", encoding="utf-8") as handle:
        for doc in generate(args.docs, args.seed):
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
