"""Generate the quickstart's bundled data (seeded, so the committed files can be re-made exactly).

    python examples/make_data.py

Writes examples/data/corpus/*.jsonl(.gz): ~3,000 short documents in seven EU languages with
exact duplicates, whitespace-only variants, near duplicates, personal data (names, e-mails,
phones, IBANs), a few empty texts and one malformed line; and examples/data/tables/*.csv: smart
meter readings from two participants that name and format their columns differently.
Faker (installed with sdv) supplies realistic locale-specific personal data.
"""

from __future__ import annotations

import csv
import gzip
import json
import random
from pathlib import Path

from faker import Faker

SEED = 20261123
HERE = Path(__file__).resolve().parent / "data"
LOCALES = {"en": "en_GB", "fr": "fr_FR", "de": "de_DE", "es": "es_ES", "it": "it_IT", "nl": "nl_NL", "pl": "pl_PL"}

TOPICS = {
    "en": ["The regional energy agency published its quarterly report on heat pump installations.",
           "Farmers in the valley reported a late frost that damaged the early apple blossoms.",
           "The city council approved a new cycling lane along the river embankment.",
           "Hospital waiting times fell slightly after the new scheduling system went live.",
           "The port authority expects container traffic to recover by the end of the year.",
           "A consortium of universities released an open dataset of air quality measurements.",
           "Train services between the two capitals will be reduced during the works in March.",
           "The museum extended its opening hours for the exhibition on medieval manuscripts."],
    "fr": ["L'agence régionale de l'énergie a publié son rapport trimestriel sur les pompes à chaleur.",
           "Les agriculteurs de la vallée signalent un gel tardif qui a abîmé les fleurs de pommier.",
           "Le conseil municipal a approuvé une nouvelle piste cyclable le long du fleuve.",
           "Les délais d'attente à l'hôpital ont légèrement baissé après la mise en service du nouveau planning.",
           "Le port prévoit une reprise du trafic de conteneurs d'ici la fin de l'année.",
           "Un consortium d'universités a publié un jeu de données ouvert sur la qualité de l'air."],
    "de": ["Die regionale Energieagentur hat ihren Quartalsbericht zu Wärmepumpen veröffentlicht.",
           "Landwirte im Tal melden einen späten Frost, der die Apfelblüte beschädigt hat.",
           "Der Stadtrat hat einen neuen Radweg entlang des Flussufers genehmigt.",
           "Die Wartezeiten im Krankenhaus sind nach Einführung des neuen Systems leicht gesunken.",
           "Die Hafenbehörde erwartet eine Erholung des Containerverkehrs bis Jahresende.",
           "Ein Verbund von Universitäten hat einen offenen Datensatz zur Luftqualität veröffentlicht."],
    "es": ["La agencia regional de energía publicó su informe trimestral sobre bombas de calor.",
           "Los agricultores del valle informan de una helada tardía que dañó la flor del manzano.",
           "El ayuntamiento aprobó un nuevo carril bici junto al río.",
           "La autoridad portuaria espera que el tráfico de contenedores se recupere a final de año."],
    "it": ["L'agenzia regionale dell'energia ha pubblicato il rapporto trimestrale sulle pompe di calore.",
           "Gli agricoltori della valle segnalano una gelata tardiva che ha danneggiato i fiori di melo.",
           "Il consiglio comunale ha approvato una nuova pista ciclabile lungo il fiume.",
           "L'autorità portuale prevede una ripresa del traffico container entro fine anno."],
    "nl": ["Het regionale energieagentschap publiceerde zijn kwartaalrapport over warmtepompen.",
           "Boeren in het dal melden late vorst die de appelbloesem heeft beschadigd.",
           "De gemeenteraad keurde een nieuw fietspad langs de rivier goed.",
           "De havenautoriteit verwacht dat het containervervoer tegen het einde van het jaar herstelt."],
    "pl": ["Regionalna agencja energetyczna opublikowała kwartalny raport o pompach ciepła.",
           "Rolnicy z doliny zgłaszają późne przymrozki, które uszkodziły kwiaty jabłoni.",
           "Rada miasta zatwierdziła nową ścieżkę rowerową wzdłuż rzeki.",
           "Zarząd portu spodziewa się odbudowy ruchu kontenerowego do końca roku."],
}
CONTACT = {
    "en": "For questions contact {name} at {email} or {phone}.",
    "fr": "Pour toute question, contactez {name} à {email} ou au {phone}.",
    "de": "Bei Fragen wenden Sie sich an {name} unter {email} oder {phone}.",
    "es": "Para preguntas, contacte con {name} en {email} o en el {phone}.",
    "it": "Per domande contattare {name} all'indirizzo {email} o al {phone}.",
    "nl": "Voor vragen kunt u contact opnemen met {name} via {email} of {phone}.",
    "pl": "W razie pytań prosimy o kontakt z {name} pod adresem {email} lub {phone}.",
}
CITIES = {
    "en": ["Leeds", "Cork", "Valletta"], "fr": ["Lyon", "Namur", "Rennes"], "de": ["Leipzig", "Graz", "Bremen"],
    "es": ["Zaragoza", "Bilbao"], "it": ["Torino", "Bari"], "nl": ["Utrecht", "Gent"], "pl": ["Gdańsk", "Poznań"],
}
PAYMENT = {
    "en": "Refunds are paid to account {iban}.", "fr": "Le remboursement sera versé sur le compte {iban}.",
    "de": "Die Erstattung erfolgt auf das Konto {iban}.", "es": "El reembolso se abonará en la cuenta {iban}.",
    "it": "Il rimborso sarà versato sul conto {iban}.", "nl": "De terugbetaling gaat naar rekening {iban}.",
    "pl": "Zwrot zostanie przelany na konto {iban}.",
}


def document(rng: random.Random, fakers: dict[str, Faker], language: str) -> str:
    faker = fakers[language]
    sentences = rng.sample(TOPICS[language], k=rng.randint(1, min(3, len(TOPICS[language]))))
    if rng.random() < 0.45:
        sentences.append(CONTACT[language].format(name=faker.name(), email=faker.email(), phone=faker.phone_number()))
    if rng.random() < 0.15:
        sentences.append(PAYMENT[language].format(iban=faker.iban()))
    sentences.append(f"({rng.choice(CITIES[language])}, 2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d})")
    return " ".join(sentences)


def near_copy(rng: random.Random, text: str) -> str:
    """A light edit: one word dropped or a short note appended, as re-published texts have."""
    words = text.split(" ")
    if rng.random() < 0.5 and len(words) > 12:
        del words[rng.randrange(1, len(words) - 1)]
        return " ".join(words)
    return text + " (updated)"


def corpus(rng: random.Random, fakers: dict[str, Faker], size: int = 3000) -> list[dict]:
    docs: list[dict] = []
    weights = {"en": 4, "fr": 2, "de": 2, "es": 1, "it": 1, "nl": 1, "pl": 1}
    while len(docs) < size:
        roll = rng.random()
        if docs and roll < 0.06:
            original = rng.choice(docs)
            docs.append({**original, "text": original["text"]})  # exact copy
        elif docs and roll < 0.09:
            original = rng.choice(docs)
            docs.append({**original, "text": "  " + original["text"].replace(" ", "  ", 3) + "\n"})
        elif docs and roll < 0.15:
            original = rng.choice(docs)
            docs.append({**original, "text": near_copy(rng, original["text"])})
        else:
            language = rng.choices(list(weights), weights=list(weights.values()))[0]
            docs.append({"language": language, "text": document(rng, fakers, language)})
    for index in rng.sample(range(size), 6):
        docs[index]["text"] = "" if index % 2 else None
    for position, doc in enumerate(docs):
        doc["id"] = f"doc-{position:05d}"
        doc["published"] = f"2026-{1 + position % 12:02d}-{1 + position % 28:02d}"
    return [{"id": d["id"], "language": d["language"], "published": d["published"], "text": d["text"]} for d in docs]


def write_corpus(docs: list[dict]) -> None:
    folder = HERE / "corpus"
    folder.mkdir(parents=True, exist_ok=True)
    third = len(docs) // 3
    lines = [[json.dumps(d, ensure_ascii=False) for d in docs[i * third:(i + 1) * third if i < 2 else None]] for i in range(3)]
    lines[1].insert(17, '{"id": "doc-broken", "text": "this line was cut off in transit')
    (folder / "part-0.jsonl").write_text("\n".join(lines[0]) + "\n", encoding="utf-8")
    (folder / "part-1.jsonl").write_text("\n".join(lines[1]) + "\n", encoding="utf-8")
    with gzip.GzipFile(folder / "part-2.jsonl.gz", "wb", mtime=0) as handle:
        handle.write(("\n".join(lines[2]) + "\n").encode())


def write_tables(rng: random.Random) -> None:
    folder = HERE / "tables"
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "meters_de.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["MeterID", "Datum", "land", "kwh", "currency", "price", "persons", "solar"])
        for i in range(400):
            kwh = f"{rng.uniform(2, 30):.2f}".replace(".", ",")
            writer.writerow([f"DE-{i:04d}", f"{1 + i % 28:02d}.{1 + i % 12:02d}.2026", "Germany", kwh, "eur",
                             f"{rng.uniform(0.25, 0.45):.3f}", rng.randint(1, 6), rng.choice(["ja", "nein"])])
        writer.writerow(["DE-9999", "31.02.2026", "Germany", "n/a", "eur", "0.3", "2", "ja"])
    with open(folder / "meters_fr.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["meter_id", "date", "pays", "consumption_kwh", "tariff_currency", "tariff", "household_size", "has_solar"])
        for i in range(400):
            writer.writerow([f"FR-{i:04d}", f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}", "FRA", f"{rng.uniform(2, 30):.2f}",
                             "EUR", f"{rng.uniform(0.18, 0.3):.3f}", rng.randint(1, 6), rng.choice(["true", "false"])])


def main() -> None:
    rng = random.Random(SEED)
    fakers = {}
    for language, locale in LOCALES.items():
        fakers[language] = Faker(locale)
        fakers[language].seed_instance(SEED + len(fakers))
    write_corpus(corpus(rng, fakers))
    write_tables(rng)


if __name__ == "__main__":
    main()
