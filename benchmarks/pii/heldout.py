"""Independent held-out PII evaluation set (7 languages x 100 documents).

    python -m benchmarks.pii.heldout            # writes benchmarks/pii/heldout.jsonl
    python -m benchmarks.pii.evaluate --input benchmarks/pii/heldout.jsonl

Written without looking at the project's own synthetic generator or at the detector, so that
accuracy on it says something about generalisation. Everything here is hand-written:
* sentence frames (18 per language) across genres: e-mails, complaints, minutes, chats, HR and
  medical notes, invoices, forms, CVs, police reports, newsletters, forum posts, tickets, SMS...;
* person names: about half from Faker (locale of the language), half from the curated lists
  below (regional names: Irish, Welsh, Cornish, Breton, Basque, Occitan, Corsican, Alsatian,
  Frisian, Sorbian, Bavarian, Catalan, Galician, Sardinian, South Tyrolean, Silesian, Kashubian,
  Podhale; and immigrant communities: Turkish, Arabic, Maghrebi, West African, Romanian, Albanian,
  Surinamese, Moroccan, Ukrainian, Nigerian, South Asian, Polish);
* checksummed identifiers built with python-stdnum and checked with its ``is_valid``;
* hard negatives carry no label: companies (some named after people), streets named after
  people, cities, products, order numbers, ISBNs, versions, dates, amounts, and capitalised
  common words that are also names (Rose, Mark, Will, Grace, Florence, Frank, Koch, Bauer...).

Frame syntax: ``{A.full}`` etc. are persons A..E of the document (attributes: full, first, last,
FIRST, LAST, FULL, caps, initial, lower, firstlower, title, dob, email, natid, id:LABEL, g:m|f for
gender agreement, first+s for a genitive -s outside the span); ``{phone}``, ``{iban}``,
``{iban:BE}``, ``{card}``, ``{ip}``, ``{vat}``, ``{vat:AT}`` are labelled; ``{company}``,
``{address}``, ``{city}``/``{CITY}``, ``{product}``, ``{order}``, ``{isbn}``, ``{version}``,
``{date}``, ``{amount}``, ``{time}`` are unlabelled. The same slot text gives the same value
within one document (``{ip}`` twice is one address; ``{ip2}`` is another).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import textwrap
import unicodedata
from pathlib import Path

from faker import Faker
from stdnum import iban as std_iban
from stdnum import isbn as std_isbn
from stdnum import luhn
from stdnum.at import uid as at_uid
from stdnum.at import vnr as at_vnr
from stdnum.be import nn as be_nn
from stdnum.be import vat as be_vat
from stdnum.de import idnr as de_idnr
from stdnum.de import vat as de_vat
from stdnum.dk import cpr as dk_cpr
from stdnum.es import ccc as es_ccc
from stdnum.es import cif as es_cif
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.es import nif as es_nif
from stdnum.eu import vat as eu_vat
from stdnum.fr import nir as fr_nir
from stdnum.fr import tva as fr_tva
from stdnum.ie import pps as ie_pps
from stdnum.ie import vat as ie_vat
from stdnum.it import codicefiscale as it_cf
from stdnum.it import iva as it_iva
from stdnum.nl import bsn as nl_bsn
from stdnum.nl import btw as nl_btw
from stdnum.pl import nip as pl_nip
from stdnum.pl import pesel as pl_pesel
from stdnum.pt import nif as pt_nif
from stdnum.se import personnummer as se_pnr

SEED = 7_2025
DOCS_PER_LANG = 100
LANGS = ["en", "fr", "de", "es", "it", "nl", "pl"]
OUT = Path(__file__).with_name("heldout.jsonl")

# --------------------------------------------------------------------------------------------
# Person names
# --------------------------------------------------------------------------------------------

FAKER_LOCALES = {"en": ["en_GB", "en_IE"], "fr": ["fr_FR"], "de": ["de_DE", "de_AT"], "es": ["es_ES"],
                 "it": ["it_IT"], "nl": ["nl_NL", "nl_BE"], "pl": ["pl_PL"]}


def group(kind, male, female, last, *, slavic=False, two_surnames=False, cf_place=None):
    """A coherent origin: first names and surnames that belong together."""
    return {"kind": kind, "m": male.split(", "), "f": female.split(", "), "last": last.split(", "),
            "slavic": slavic, "two": two_surnames, "cf_place": cf_place}


CURATED = {
    "en": [
        group("regional", "Oisín, Ruairí, Cathal, Tadhg, Donnacha, Pádraig, Cormac",
              "Aoife, Caoimhe, Niamh, Siobhán, Gráinne, Clodagh, Saoirse",
              "Ó Súilleabháin, Ó Ceallaigh, Mac Cárthaigh, Fitzgerald-Hughes, Quinlivan, Ó Dónaill, Breathnach"),
        group("regional", "Gethin, Rhodri, Iolo, Emyr", "Ffion, Angharad, Cerys, Eluned",
              "ap Rhys, Llewellyn, Pryce, Prydderch"),
        group("regional", "Jago, Hamish, Ruaridh, Lachlan", "Tamsin, Kerensa, Eilidh, Morag",
              "Trelawny, Penhaligon, Nankervis, MacGillivray, Urquhart"),
        group("immigrant", "Oluwaseun, Adebayo, Chukwuemeka, Emeka", "Chiamaka, Ngozi, Folake, Adaeze",
              "Okonkwo, Adeyemi, Oyelaran, Eze, Nwosu"),
        group("immigrant", "Imran, Tariq, Harjit, Rajesh", "Priya, Nusrat, Shabnam, Harpreet",
              "Chaudhry, Rahman, Sandhu, Iqbal, Bhattacharya"),
        group("immigrant", "Wojciech, Grzegorz, Przemysław", "Małgorzata, Agnieszka, Żaneta",
              "Kowalczyk, Wróblewski, Szczepański, Grabowski", slavic=True),
    ],
    "fr": [
        group("regional", "Erwan, Yannick, Goulven, Tanguy, Ronan, Gwénolé, Loïc",
              "Gwenaëlle, Maïwenn, Nolwenn, Soizic, Katell, Anne-Gaëlle, Enora",
              "Le Gall, Le Goff, Kerhervé, Quéméner, Guivarc'h, Le Bihan, Riou, Le Floc'h"),
        group("regional", "Estève, Peio, Ximun, Bastien", "Mirèio, Maialen, Amaia",
              "Castanier, Rouquette, Etcheverry, Harispe, Iribarne, Oyharçabal"),
        group("regional", "Ghjuvan, Ange-Marie, Petru", "Ghjulia, Laetizia, Maria-Dumenica",
              "Santoni, Colonna d'Istria, Agostini, Filippi"),
        group("regional", "Materne, Aloyse, Fernand, Lucien", "Odile, Lucienne, Marlyse",
              "Wurtz, Heitz, Ehrhart, Oberlé, Ostermann, Schnoebelen, Kieffer, Hummel"),
        group("immigrant", "Nassim, Yacine, Mehdi, Rachid, Karim, Sofiane",
              "Karima, Samira, Fatima-Zahra, Nadia, Yasmina, Leïla",
              "Benali, Boukhris, El Amrani, Haddad, Belkacem, Aït-Kaci, Bouzidi, Meziane"),
        group("immigrant", "Moussa, Mamadou, Ousmane", "Aminata, Fatoumata, Awa",
              "Diallo, Traoré, Keïta, Coulibaly, Ndiaye"),
    ],
    "de": [
        group("regional", "Okke, Tjark, Hauke, Momme, Boje, Eike, Jannes",
              "Frauke, Imke, Wiebke, Swantje, Tjorven, Hilke, Gesche",
              "Ockenga, Tjaden, Hinrichs, Eilers, Bruhns, Ihnen, Janssen-Ubbens"),
        group("regional", "Měrćin, Jurij, Pětr", "Hańža, Lenka, Marja", "Wjelan, Šołta, Brězan, Krawc"),
        group("regional", "Korbinian, Quirin, Vitus, Wendelin", "Vroni, Walburga, Kreszenz, Notburga",
              "Zehetmair, Gschwendtner, Rauchenberger, Müller-Lüdenscheidt, von Aretin"),
        group("immigrant", "Emre, Burak, Mehmet, Kemal, Serkan", "Elif, Aylin, Ayşe, Zeynep, Hatice",
              "Yılmaz, Öztürk, Kaya, Çelik, Şahin, Aydın, Doğan"),
        group("immigrant", "Khaled, Mahmoud, Rami, Bilal", "Rania, Yasmin, Dilan, Amal",
              "Al-Masri, Haddad, Abou Zeid, Hamdan, Saleh"),
        group("immigrant", "Grzegorz, Przemysław", "Małgorzata, Bożena", "Wiśniewski, Kaczmarek, Zieliński",
              slavic=True),
        group("immigrant", "Waldemar, Vitali", "Swetlana, Olga", "Reimer, Dyck, Penner"),
        group("immigrant", "Dragan, Nenad, Emir", "Jelena, Amra", "Jovanović, Hodžić, Kovačević"),
    ],
    "es": [
        group("regional", "Iñaki, Aitor, Unai, Koldo, Gorka, Jon Ander, Ibai",
              "Itziar, Ainhoa, Nerea, Garazi, Amaia, Edurne, Arantxa, Miren",
              "Etxeberria, Goikoetxea, Arrizabalaga, Urrutia, Zubizarreta, Agirre, Olaizola, Iturralde, Elorza, Ugarte",
              two_surnames=True),
        group("regional", "Jordi, Oriol, Pau, Quim, Jaume, Xisco", "Montserrat, Núria, Meritxell, Roser, Mireia, Aina",
              "Vilaseca, Puigdollers, Casals, Bosch, Riera, Soler, Mas, Sabaté", two_surnames=True),
        group("regional", "Xosé, Brais, Xoán, Uxío, Pelayo", "Uxía, Antía, Iria, Xiana, Covadonga",
              "Outeiro, Seoane, Lourido, Rivadulla, Carballo, de la Fuente, Villaverde", two_surnames=True),
        group("immigrant", "Ionuț, Florin, Mihai, Vasile", "Andreea, Mihaela, Ioana, Alina",
              "Popescu, Ionescu, Dumitrescu, Munteanu, Stoica"),
        group("immigrant", "Youssef, Mohamed, Hamza, Rachid", "Hanane, Fatiha, Khadija, Salma",
              "El Idrissi, Bouzid, Benhaddou, El Amrani, Ouazzani"),
    ],
    "it": [
        group("regional", "Efisio, Gavino, Bachisio, Gonario, Giommaria", "Bonaria, Itria, Mariangela, Bachisia",
              "Sanna, Piras, Pinna, Melis, Deiana, Porcu, Cossu, Murgia, Atzeni, Mereu", cf_place="B354"),
        group("regional", "Florian, Egon, Siegfried", "Verena, Notburga, Roswitha",
              "Pichler, Oberhofer, Kofler, Gruber", cf_place="A952"),
        group("regional", "Ivano, Tiziano, Elvio", "Lorena, Ornella, Graziella",
              "Zanier, Toffoletti, Del Fabbro, Candotti", cf_place="L483"),
        group("regional", "Calogero, Agatino, Cosimo, Oronzo, Gian Piero", "Rosalia, Santa, Concetta, Maria Grazia",
              "Lo Presti, Li Causi, Giambanco, Di Stefano, La Rosa, Lo Iacono, D'Alessandro", cf_place="G273"),
        group("immigrant", "Gheorghe, Vasile, Constantin", "Ioana, Alina, Florentina",
              "Popa, Stoica, Constantinescu, Ungureanu", cf_place="Z129"),
        group("immigrant", "Arben, Besnik, Fatjon", "Erjona, Blerina, Elira", "Hoxha, Krasniqi, Berisha, Gjoka",
              cf_place="Z100"),
    ],
    "nl": [
        group("regional", "Sjoerd, Hylke, Jelle, Gerben, Auke, Eelke, Hidde, Wytse",
              "Wietske, Tjitske, Baukje, Sietske, Fokje, Jildou, Geartsje",
              "Hoekstra, Wiersma, Terpstra, Postma, Sijbesma, Algra, Hettema, Kingma, Tjeerdsma, Zijlstra"),
        group("regional", "Sjef, Jeu, Huub, Teun", "Truus, Mieke, Joke, Lieke",
              "Lemmens, Vossen, Smeets, Janssens, van 't Hek, ter Horst, in 't Veld, van der Meulen, Verhoeven"),
        group("immigrant", "Ravi, Anand, Soeresh, Roël", "Roshni, Shanti, Sharda, Ilse",
              "Ramdin, Soekhoe, Biharie, Kalpoe, Sardjoe, Wijngaarde, Karijodikromo, Pinas"),
        group("immigrant", "Khalid, Soufiane, Mohamed, Achraf", "Nadia, Ilham, Najat, Oumaima",
              "El Khatib, Bouali, Azzouzi, Ait Taleb, El Ouali"),
        group("immigrant", "Hakan, Murat, Volkan", "Sevgi, Tülay, Derya", "Özdemir, Arslan, Koç, Yıldız"),
    ],
    "pl": [
        group("regional", "Hubert, Gerard, Ernest, Alojzy, Henryk", "Gertruda, Jadwiga, Róża, Elfryda, Teodora",
              "Kocur, Pyka, Mrozek, Wyleżoł, Szołtysek, Kempa, Nowara, Świerc, Ochojski, Pietrzyk", slavic=True),
        group("regional", "Bogusław, Kazimierz", "Halszka, Bronisława", "Formela, Labuda, Bigus, Miotk, Okuniewski",
              slavic=True),
        group("regional", "Jędrzej, Wojsław", "Kunegunda, Władysława",
              "Gąsienica, Bachleda-Curuś, Krzeptowski, Chowaniec, Karpiel"),
        group("immigrant", "Oleksandr, Mykola, Bohdan, Taras, Nazar, Dmytro", "Olena, Oksana, Iryna, Yuliia, Khrystyna",
              "Kovalenko, Shevchenko, Bondarenko, Melnyk, Tkachenko, Kravchuk, Hrytsenko, Savchuk"),
    ],
}

TITLES = {"en": ("Mr", "Ms"), "fr": ("M.", "Mme"), "de": ("Herr", "Frau"), "es": ("Sr.", "Sra."),
          "it": ("Sig.", "Sig.ra"), "nl": ("dhr.", "mevr."), "pl": ("Pan", "Pani")}


def feminine(surname: str) -> str:
    for m, f in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(m):
            return surname[: -len(m)] + f
    return surname


def fold(s: str, lang: str) -> str:
    """Lower-case ASCII for e-mail local parts."""
    if lang == "de":
        s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    for a, b in (("ß", "ss"), ("ł", "l"), ("Ł", "L"), ("ı", "i"), ("ø", "o"), ("đ", "d"), ("æ", "ae"), ("œ", "oe")):
        s = s.replace(a, b)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.lower())


class Person:
    def __init__(self, rng: random.Random, lang: str, fakers: dict):
        self.lang, self.rng = lang, rng
        self.gender = rng.choice("mf")
        self.cf_place = None
        if rng.random() < 0.5:
            self.source = "faker"
            fk = fakers[rng.choice(FAKER_LOCALES[lang])]
            self.first = fk.first_name_male() if self.gender == "m" else fk.first_name_female()
            if lang == "pl":
                self.last = fk.last_name_male() if self.gender == "m" else fk.last_name_female()
            elif lang == "es":
                self.last = f"{fk.last_name()} {fk.last_name()}"
            else:
                self.last = fk.last_name()
        else:
            g = rng.choice(CURATED[lang])
            self.source = g["kind"]  # "regional" or "immigrant"
            self.cf_place = g["cf_place"]
            self.first = rng.choice(g[self.gender])
            surnames = rng.sample(g["last"], 2 if g["two"] else 1)
            if g["slavic"] and self.gender == "f":
                surnames = [feminine(s) for s in surnames]
            self.last = " ".join(surnames)
        self.birth = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(55 * 365))

    @property
    def last_alone(self) -> str:
        """Surname used without the first name: Dutch/Spanish particles get a capital."""
        if self.lang in ("nl", "es") and self.last[0].islower():
            return self.last[0].upper() + self.last[1:]
        return self.last

    def initial(self) -> str:
        parts = ["-".join(p[0] + "." for p in word.split("-")) for word in self.first.split()]
        return " ".join(parts) + " " + self.last

    def email(self) -> str:
        r = self.rng
        f, l = fold(self.first, self.lang), fold(self.last, self.lang)
        local = r.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}", f"{l}.{f}", f"{f}_{l}{r.randint(1, 99)}",
                          f"{f}{self.birth.year % 100:02d}", f"{f[0]}{l}"])
        return f"{local}@{r.choice(MAIL_DOMAINS[self.lang])}"


# --------------------------------------------------------------------------------------------
# Checksummed identifiers (each validated with python-stdnum)
# --------------------------------------------------------------------------------------------

def digits(rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def complete(rng, body: str, alphabet: str, ok, width: int = 1) -> str:
    """Append the check character(s) that make ``ok`` accept the number (brute force, tiny)."""
    cands = [""]
    for _ in range(width):
        cands = [c + a for c in cands for a in alphabet]
    for c in cands:
        if ok(body + c):
            return body + c
    raise ValueError(body)


def try_complete(rng, body, alphabet, ok, width=1):
    try:
        return complete(rng, body, alphabet, ok, width)
    except ValueError:
        return None


def retry(make, ok, tries: int = 500):
    for _ in range(tries):
        v = make()
        if v is not None and ok(v):
            return v
    raise RuntimeError("no valid value")


def ymd(p: Person) -> tuple[str, str, str]:
    return f"{p.birth.year % 100:02d}", f"{p.birth.month:02d}", f"{p.birth.day:02d}"


def de_tax_id(rng, p):
    def make():
        pool = rng.sample("0123456789", 9)
        ds = pool + [rng.choice(pool)]
        rng.shuffle(ds)
        if ds[0] == "0":
            return None
        return try_complete(rng, "".join(ds), "0123456789", de_idnr.is_valid)
    v = retry(make, de_idnr.is_valid)
    return rng.choice([v, de_idnr.format(v)])


def fr_nir_(rng, p):
    yy, mm, _ = ymd(p)
    if p.source == "immigrant" and rng.random() < 0.7:
        dept, commune = "99", rng.choice(["350", "351", "352", "139", "208"])  # born abroad
    else:
        dept, commune = rng.choice(["13", "29", "33", "35", "59", "64", "67", "69", "75", "92", "93"]), f"{rng.randint(1, 500):03d}"
    body = ("1" if p.gender == "m" else "2") + yy + mm + dept + commune + f"{rng.randint(1, 999):03d}"
    v = body + fr_nir.calc_check_digits(body)
    return rng.choice([v, fr_nir.format(v)])


def nl_bsn_(rng, p):
    v = retry(lambda: str(rng.randint(1, 6)) + digits(rng, 8), nl_bsn.is_valid)
    return rng.choice([v, v, nl_bsn.format(v)])


def pl_pesel_(rng, p):
    yy, mm, dd = ymd(p)
    mm = f"{p.birth.month + (20 if p.birth.year >= 2000 else 0):02d}"
    sex = rng.choice("13579" if p.gender == "m" else "02468")
    body = yy + mm + dd + digits(rng, 3) + sex
    return body + pl_pesel.calc_check_digit(body)


def es_nif_(rng, p, nie=False):
    if nie or (p.source == "immigrant" and rng.random() < 0.7):
        body = rng.choice("XYZ") + digits(rng, 7)
        return complete(rng, body, "TRWAGMYFPDXBNJZSQVHLCKE", es_nie.is_valid)
    body = digits(rng, 8)
    return rng.choice(["", "", "-"]).join([body, es_dni.calc_check_digit(body)])


def _cf_code(name: str, first: bool) -> str:
    s = re.sub(r"[^A-Z]", "", fold(name, "it").upper())
    cons = [c for c in s if c not in "AEIOU"]
    vows = [c for c in s if c in "AEIOU"]
    if first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def it_fiscal_code(rng, p):
    yy, _, _ = ymd(p)
    day = p.birth.day + (40 if p.gender == "f" else 0)
    place = p.cf_place or rng.choice(["H501", "F205", "F839", "L219", "A662", "D612", "A944", "L736", "I452"])
    body = _cf_code(p.last, False) + _cf_code(p.first, True) + yy + "ABCDEHLMPRST"[p.birth.month - 1] + f"{day:02d}" + place
    return body + it_cf.calc_check_digit(body)


def be_nn_(rng, p):
    yy, mm, dd = ymd(p)
    serial = rng.randrange(1 if p.gender == "m" else 2, 998, 2)
    v = complete(rng, yy + mm + dd + f"{serial:03d}", "0123456789", be_nn.is_valid, width=2)
    return rng.choice([v, be_nn.format(v)])


def at_ssn(rng, p):
    yy, mm, dd = ymd(p)
    serial = str(rng.randint(100, 999))
    for c in "0123456789":
        v = serial + c + dd + mm + yy
        if at_vnr.is_valid(v):
            return rng.choice([v, v[:4] + " " + v[4:]])
    return at_ssn(rng, p)


def pt_nif_(rng, p):
    v = complete(rng, rng.choice("12") + digits(rng, 7), "0123456789", pt_nif.is_valid)
    return rng.choice([v, f"{v[:3]} {v[3:6]} {v[6:]}"])


def ie_ppsn(rng, p):
    body, suffix = digits(rng, 7), rng.choice(["", "", "A"])
    for c in "ABCDEFGHIJKLMNOPQRSTUVW":
        if ie_pps.is_valid(body + c + suffix):
            return body + c + suffix
    return ie_ppsn(rng, p)


def dk_cpr_(rng, p):
    yy, mm, dd = ymd(p)
    century = "4" if p.birth.year >= 2000 else rng.choice("0123")
    v = retry(lambda: dd + mm + yy + century + digits(rng, 3), dk_cpr.is_valid)
    return rng.choice([v[:6] + "-" + v[6:], v])


def se_pnr_(rng, p):
    yy, mm, dd = ymd(p)
    body = yy + mm + dd + digits(rng, 3)
    v = body + luhn.calc_check_digit(body)
    return v[:6] + "-" + v[6:]


NATIONAL_ID = {"DE_TAX_ID": de_tax_id, "FR_NIR": fr_nir_, "NL_BSN": nl_bsn_, "PL_PESEL": pl_pesel_,
               "ES_NIF": es_nif_, "ES_NIE": lambda r, p: es_nif_(r, p, nie=True), "IT_FISCAL_CODE": it_fiscal_code,
               "BE_NATIONAL_NUMBER": be_nn_, "AT_SSN": at_ssn, "PT_NIF": pt_nif_, "IE_PPSN": ie_ppsn,
               "DK_CPR": dk_cpr_, "SE_PERSONNUMMER": se_pnr_}
DEFAULT_ID = {"en": "IE_PPSN", "fr": "FR_NIR", "de": "DE_TAX_ID", "es": "ES_NIF", "it": "IT_FISCAL_CODE",
              "nl": "NL_BSN", "pl": "PL_PESEL"}
ID_VALID = {"DE_TAX_ID": de_idnr.is_valid, "FR_NIR": fr_nir.is_valid, "NL_BSN": nl_bsn.is_valid,
            "PL_PESEL": pl_pesel.is_valid, "ES_NIF": es_nif.is_valid, "IT_FISCAL_CODE": it_cf.is_valid,
            "BE_NATIONAL_NUMBER": be_nn.is_valid, "AT_SSN": at_vnr.is_valid, "PT_NIF": pt_nif.is_valid,
            "IE_PPSN": ie_pps.is_valid, "DK_CPR": dk_cpr.is_valid, "SE_PERSONNUMMER": se_pnr.is_valid}


def iban_(rng, cc: str) -> str:
    d = lambda n: digits(rng, n)  # noqa: E731

    def bban():
        if cc == "DE":
            return rng.choice(["37040044", "10070000", "50010517", "20041133", "76026000", "43060967"]) + d(10)
        if cc == "AT":
            return rng.choice(["20111", "12000", "32000", "14000", "60000"]) + d(11)
        if cc == "FR":
            bank, branch, acct = rng.choice(["30004", "30003", "20041", "10278", "30002"]), d(5), d(11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
            return f"{bank}{branch}{acct}{key:02d}"
        if cc == "BE":
            b = d(10)
            return b + f"{int(b) % 97 or 97:02d}"
        if cc == "NL":
            acct = retry(lambda: d(10), lambda a: sum(int(c) * (10 - i) for i, c in enumerate(a)) % 11 == 0)
            return rng.choice(["RABO", "INGB", "ABNA", "SNSB", "TRIO", "ASNB"]) + acct
        if cc == "ES":
            bank, branch, acct = rng.choice(["2100", "0049", "0182", "0081", "2095"]), d(4), d(10)
            return next(bank + branch + f"{k:02d}" + acct for k in range(100)
                        if es_ccc.is_valid(bank + branch + f"{k:02d}" + acct))
        if cc == "IT":
            abi, cab, conto = rng.choice(["03069", "02008", "05034", "01030", "03111"]), d(5), d(12)
            return it_cf.calc_check_digit(abi + cab + conto) + abi + cab + conto
        if cc == "PL":
            sort = rng.choice(["1020", "1140", "1050", "1090", "1240"]) + d(3)
            chk = (10 - sum(int(c) * w for c, w in zip(sort, (3, 9, 7, 1, 3, 9, 7))) % 10) % 10
            return sort + str(chk) + d(16)
        if cc in ("GB", "IE"):
            return rng.choice(["NWBK", "BARC", "LOYD", "HBUK"] if cc == "GB" else ["AIBK", "BOFI"]) + d(14)
        if cc == "DK":
            return d(14)
        raise KeyError(cc)

    def make():
        b = bban()
        return cc + std_iban.calc_check_digits(cc + "00" + b) + b
    v = retry(make, std_iban.is_valid)
    return rng.choice([std_iban.format(v), std_iban.format(v), v])


def card(rng) -> str:
    kind = rng.choice(["visa", "visa", "mc", "amex"])
    body = {"visa": "4" + digits(rng, 14), "mc": f"5{rng.randint(1, 5)}" + digits(rng, 13),
            "amex": rng.choice(["34", "37"]) + digits(rng, 12)}[kind]
    v = body + luhn.calc_check_digit(body)
    if kind == "amex":
        return rng.choice([f"{v[:4]} {v[4:10]} {v[10:]}", v])
    groups = [v[i:i + 4] for i in range(0, 16, 4)]
    return rng.choice([" ".join(groups), " ".join(groups), "-".join(groups), v])


def vat(rng, cc: str) -> str:
    d = lambda n: digits(rng, n)  # noqa: E731
    if cc == "DE":
        v = retry(lambda: complete(rng, "DE" + str(rng.randint(1, 9)) + d(7), "0123456789", de_vat.is_valid), de_vat.is_valid)
        return rng.choice([v, "DE " + v[2:]])
    if cc == "AT":
        v = retry(lambda: complete(rng, "ATU" + d(7), "0123456789", at_uid.is_valid), at_uid.is_valid)
        return v
    if cc == "FR":
        siren = str(rng.randint(1, 9)) + d(7)
        siren += luhn.calc_check_digit(siren)
        v = next(f"FR{k:02d}{siren}" for k in range(100) if fr_tva.is_valid(f"FR{k:02d}{siren}"))
        return rng.choice([v, f"FR {v[2:4]} {siren[:3]} {siren[3:6]} {siren[6:]}"])
    if cc == "BE":
        v = complete(rng, "0" + str(rng.randint(2, 9)) + d(6), "0123456789", be_vat.is_valid, width=2)
        return rng.choice(["BE" + v, f"BE {v[:4]}.{v[4:7]}.{v[7:]}"])
    if cc == "NL":
        return retry(lambda: "NL" + str(rng.randint(1, 9)) + d(8) + rng.choice(["B01", "B02"]), nl_btw.is_valid)
    if cc == "IT":
        body = d(7) + f"{rng.randint(1, 100):03d}"
        v = complete(rng, body, "0123456789", it_iva.is_valid)
        return rng.choice([v, "IT" + v])
    if cc == "ES":
        body = rng.choice("ABBBB") + f"{rng.randint(1, 50):02d}" + d(5)
        v = complete(rng, body, "0123456789ABCDEFGHIJ", es_cif.is_valid)
        return rng.choice([v, "ES" + v])
    if cc == "PL":
        v = retry(lambda: try_complete(rng, d(9), "0123456789", pl_nip.is_valid), pl_nip.is_valid)
        return rng.choice([v, pl_nip.format(v), "PL" + v])
    if cc == "IE":
        return "IE" + retry(lambda: complete(rng, d(7), "ABCDEFGHIJKLMNOPQRSTUVW", ie_vat.is_valid), ie_vat.is_valid)
    raise KeyError(cc)


def vat_ok(v: str, cc: str) -> bool:
    s = re.sub(r"[\s.\-]", "", v)
    return eu_vat.is_valid(s if s.startswith(cc) else cc + s)


def ip(rng) -> str:
    r = rng.random()
    if r < 0.2:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if r < 0.3:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if r < 0.45:
        groups = [rng.choice(["2a02", "2001", "2a01", "2003"]), f"{rng.randint(0x100, 0xffff):x}",
                  f"{rng.randint(0, 0xffff):x}", f"{rng.randint(0, 0xffff):x}"]
        return ":".join(groups) + "::" + f"{rng.randint(1, 0xfff):x}"
    return ".".join(str(x) for x in [rng.choice([31, 37, 46, 62, 77, 81, 85, 91, 109, 151, 178, 185, 212, 217]),
                                      rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)])


def ip_ok(v: str) -> bool:
    import ipaddress
    try:
        ipaddress.ip_address(v)
        return True
    except ValueError:
        return False


def isbn(rng) -> str:
    body = "978" + rng.choice(["3", "2", "84", "88", "90", "83", "1"]) + digits(rng, 8)
    body = body[:12]
    chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    v = body + str(chk)
    assert std_isbn.is_valid(v)
    return std_isbn.format(v)


# --------------------------------------------------------------------------------------------
# Locale data: phones (X = random digit), default IBAN/VAT countries, unlabelled fillers
# --------------------------------------------------------------------------------------------

PHONES = {  # X = any digit, [..] = one of these digits (kept inside allocated number ranges)
    "en": ["+44 7[45789]XX XXXXXX", "07[45789]XX XXXXXX", "020 7XXX XXXX", "+353 8[35679] XXX XXXX",
           "(01) [2-9]XX XXXX", "0161 [2-9]XX XXXX"],
    "fr": ["06 XX XX XX XX", "07 [5-8]X XX XX XX", "+33 6 [1-8]X XX XX XX", "01.4X.XX.XX.XX", "+33 (0)4 7X XX XX XX",
           "02[3-9]XXXXXXX"],
    "de": ["+49 171 [1-9]XXXXXX", "0151 [1-9]XXXXXXX", "030 [2-9]XXXXXXX", "089/[2-9]XXXXXX", "+49 (0)221 [2-9]XXXXXX",
           "0521 / [2-9]X XX XX"],
    "es": ["+34 6[0-4]X XXX XXX", "6[0-4]X XX XX XX", "91[2-9] XXX XXX", "+34 94[4-6] XXX XXX", "6[5-9]XXXXXXX"],
    "it": ["+39 3[2-9]X XXX XXXX", "3[2-9]X XXXXXXX", "06 [3-9]XXX XXXX", "+39 070 [2-9]XXXXX", "34[0-9]-XXXXXXX"],
    "nl": ["+31 6 [1-5]XXXXXXX", "06-[1-5]XXXXXXX", "020 [2-8]XX XXXX", "010-[2-8]XXXXXX", "+31 (0)58 [2-8]XX XXXX"],
    "pl": ["+48 60X XXX XXX", "50X XXX XXX", "22 [2-8]XX XX XX", "+48 32 [2-8]XX XX XX", "69X-XXX-XXX", "79X XXX XXX"],
}


def phone(rng, lang) -> str:
    out = []
    for tok in re.findall(r"\[\d-\d\]|\[\d+\]|.", rng.choice(PHONES[lang]), flags=re.S):
        if tok == "X":
            out.append(str(rng.randint(0, 9)))
        elif tok.startswith("["):
            body = tok[1:-1]
            out.append(str(rng.randint(int(body[0]), int(body[2]))) if "-" in body else rng.choice(body))
        else:
            out.append(tok)
    return "".join(out)
IBAN_CC = {"en": ["GB", "IE"], "fr": ["FR"], "de": ["DE", "DE", "AT"], "es": ["ES"], "it": ["IT"], "nl": ["NL"], "pl": ["PL"]}
VAT_CC = {"en": "IE", "fr": "FR", "de": "DE", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL"}
MAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "btinternet.com", "eircom.net", "harbourside-logistics.co.uk"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es", "euskaltel.net"],
    "it": ["libero.it", "gmail.com", "tiscali.it", "virgilio.it", "alice.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"],
}
COMPANIES = {
    "en": ["Harbourside Logistics Ltd", "Brightwater Analytics", "Northgate Facilities Ltd", "Marks & Spencer",
           "Whitmore & Grace Solicitors", "Kestrel Print Co.", "Emerald Isle Tours", "Cardinal Health Partners"],
    "fr": ["Transports Girard & Fils", "Boulangerie du Marché", "Crédit Agricole", "Société Générale",
           "Lefèvre Rénovation SARL", "Atelier Saint-Michel", "Optique Lafayette", "Ti Breizh Immobilier"],
    "de": ["Müller Logistik GmbH", "Stadtwerke Bielefeld", "Hofmann Bau AG", "Deutsche Bahn", "Elektro Wagner OHG",
           "Nordlicht Software GmbH", "Bäckerei Rosenthal", "Alpenblick Versicherung"],
    "es": ["Construcciones Etxebarria S.L.", "Telefónica", "Mercadona", "Talleres Hermanos García",
           "Viajes La Paz S.A.", "Inmobiliaria Mediterránea", "Gráficas Victoria S.L.", "Cooperativa San Isidro"],
    "it": ["Pasticceria Bianchi", "Trasporti Sanna S.r.l.", "Enel Energia", "Poste Italiane", "Tipografia Fortuna",
           "Studio Rossi & Associati", "Cantina Santadi", "Autofficina Marino"],
    "nl": ["Albert Heijn", "De Visser Installatietechniek B.V.", "Rabobank", "Bouwbedrijf Hoekstra", "Jumbo",
           "Fietsenmakerij De Roos", "Zeeuwse Vleeswaren B.V.", "PostNL"],
    "pl": ["Piekarnia Nowak", "Orlen", "InPost", "Kowalczyk Transport Sp. z o.o.", "Wiktoria Meble",
           "Drukarnia Róża", "Żabka", "Biuro Rachunkowe Grudzień"],
}
STREETS = {
    "en": ["Victoria Road", "Baker Street", "Grace Lane", "Florence Avenue", "Mill Lane", "Station Road", "Kingsway"],
    "fr": ["rue Victor Hugo", "avenue Jean Jaurès", "boulevard Gambetta", "rue de la Paix", "allée des Marguerites",
           "rue Émile Zola", "chemin des Roses"],
    "de": ["Goethestraße", "Karl-Marx-Allee", "Am Mühlbach", "Rosenweg", "Hauptstraße", "Friedrich-Ebert-Platz",
           "Mozartgasse"],
    "es": ["calle de Alcalá", "avenida de la Constitución", "plaza de la Paz", "calle Rosalía de Castro",
           "paseo de Gracia", "calle Mayor", "avenida de Pío Baroja"],
    "it": ["via Giuseppe Garibaldi", "corso Vittorio Emanuele II", "via Roma", "piazza Cavour", "via Grazia Deledda",
           "viale della Vittoria", "via Alessandro Manzoni"],
    "nl": ["Willem de Zwijgerlaan", "Prinsengracht", "Johan de Wittstraat", "Kerkstraat", "Rozengracht",
           "Stationsweg", "Pieter Stuyvesantweg"],
    "pl": ["ul. Adama Mickiewicza", "ul. Marszałkowska", "al. Jana Pawła II", "ul. Piotrkowska", "ul. Różana",
           "ul. Wojciecha Korfantego", "ul. Marii Konopnickiej"],
}
CITIES = {
    "en": ["London", "Manchester", "Leeds", "Cork", "Galway", "Dublin", "Bristol", "Cardiff", "Truro"],
    "fr": ["Lyon", "Rennes", "Toulouse", "Lille", "Bordeaux", "Strasbourg", "Quimper", "Bayonne", "Ajaccio"],
    "de": ["Bielefeld", "Leipzig", "Köln", "München", "Husum", "Bautzen", "Wien", "Graz", "Aurich"],
    "es": ["Bilbao", "Donostia", "Vitoria-Gasteiz", "Barcelona", "Girona", "Santiago de Compostela", "Vigo", "Sevilla", "Oviedo"],
    "it": ["Cagliari", "Sassari", "Nuoro", "Udine", "Bolzano", "Palermo", "Bari", "Torino", "Firenze"],
    "nl": ["Leeuwarden", "Sneek", "Amsterdam", "Rotterdam", "Maastricht", "Utrecht", "Groningen", "Paramaribo"],
    "pl": ["Katowice", "Gdańsk", "Kartuzy", "Zakopane", "Opole", "Gliwice", "Kraków", "Lublin", "Rybnik"],
}
PRODUCTS = {
    "en": ["Kindle Paperwhite", "ThinkPad X1 Carbon", "Galaxy S23", "Dyson V15", "Sky Q box", "Ford Focus"],
    "fr": ["Livebox 6", "Freebox Pop", "Thermomix TM6", "Peugeot 208", "Renault Clio", "Moulinex Cookeo"],
    "de": ["FritzBox 7590", "VW Golf", "Miele G 7000", "Bosch Serie 6", "Tolino Vision", "Speedport Smart 4"],
    "es": ["Livebox Fibra", "Seat Ibiza", "Cecotec Conga", "Xiaomi Redmi Note 12", "Thermomix TM6"],
    "it": ["Vodafone Station", "Fiat Panda", "Bialetti Moka Express", "Smeg KLF03", "TIM Hub+"],
    "nl": ["Philips Hue", "Gazelle Ultimate", "Ziggo Connectbox", "Senseo Switch", "Fritz!Box 7530"],
    "pl": ["Funbox 6", "Fiat Tipo", "Amica Integra", "Xiaomi Mi Router", "Kindle Paperwhite"],
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
}
NUMERIC_DATE = {"en": "{d:02d}/{m:02d}/{y}", "fr": "{d:02d}/{m:02d}/{y}", "de": "{d:02d}.{m:02d}.{y}",
                "es": "{d:02d}/{m:02d}/{y}", "it": "{d:02d}/{m:02d}/{y}", "nl": "{d:02d}-{m:02d}-{y}",
                "pl": "{d:02d}.{m:02d}.{y}"}
LONG_DATE = {"en": "{d} {M} {y}", "fr": "{d} {M} {y}", "de": "{d}. {M} {y}", "es": "{d} de {M} de {y}",
             "it": "{d} {M} {y}", "nl": "{d} {M} {y}", "pl": "{d} {M} {y}"}


def fmt_date(rng, lang, day: dt.date | None = None) -> str:
    day = day or dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(700))
    pattern = rng.choice([NUMERIC_DATE[lang], LONG_DATE[lang]])
    return pattern.format(d=day.day, m=day.month, y=day.year, M=MONTHS[lang].split()[day.month - 1])


def amount(rng, lang) -> str:
    euros, cents = rng.choice([rng.randint(12, 300), rng.randint(300, 4800)]), rng.choice([0, 0, 50, 99, rng.randint(1, 99)])
    thousands = f"{euros:,}"
    if lang == "en":
        return f"{rng.choice('£€')}{thousands}.{cents:02d}"
    sep = {"fr": "\u202f", "pl": " "}.get(lang, ".")
    num = thousands.replace(",", sep) + f",{cents:02d}"
    return {"fr": f"{num} €", "de": f"{num} €", "es": f"{num} €", "it": f"€ {num}", "nl": f"€ {num}",
            "pl": f"{num} zł"}[lang]


def address(rng, lang) -> str:
    s, c, n = rng.choice(STREETS[lang]), rng.choice(CITIES[lang]), rng.randint(1, 140)
    if lang == "en":
        return f"{n} {s}, {c}"
    if lang in ("fr",):
        return f"{n} {s}, {rng.randint(10, 95)}{rng.randint(0, 999):03d} {c}"
    if lang == "de":
        return f"{s} {n}, {rng.randint(10000, 99999)} {c}"
    if lang == "es":
        return f"{s}, {n}, {rng.randint(1, 52):02d}{rng.randint(0, 999):03d} {c}"
    if lang == "it":
        return f"{s} {n}, {rng.randint(10, 98)}{rng.randint(0, 999):03d} {c}"
    if lang == "nl":
        return f"{s} {n}, {rng.randint(1000, 9999)} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')} {c}"
    return f"{s} {n}, {rng.randint(10, 99)}-{rng.randint(0, 999):03d} {c}"


ORDER_PREFIX = {"en": ["ORD-", "INV-", "#"], "fr": ["CMD-", "FA-", ""], "de": ["BN-", "RE-", "A-"],
                "es": ["PED-", "F-", ""], "it": ["ORD/", "FT-", ""], "nl": ["BST-", "F", ""], "pl": ["ZAM/", "FV/", ""]}


def order_number(rng, lang) -> str:
    p = rng.choice(ORDER_PREFIX[lang])
    return p + rng.choice([f"{rng.randint(2022, 2024)}-{rng.randint(1000, 99999):05d}", str(rng.randint(100000, 9999999))])


# --------------------------------------------------------------------------------------------
# Frames (written for this file; 18 per language)
# --------------------------------------------------------------------------------------------

def F(s: str) -> str:
    return textwrap.dedent(s).strip("\n")


FRAMES = {"en": [F("""
    Subject: Q3 supplier review – actions

    Hi {B.first},

    Thanks for a frank discussion this morning. As agreed, {C.full} will take over the {company} account from Monday and {D.first} will shadow {C.g:him|her} for the first two weeks.

    Could you forward the signed contract to {C.email} by {date}? The PO reference is {order}.

    Best,
    {A.full}
    {phone}"""), F("""
    Dear Sir or Madam,

    I am writing to complain about order {order}, a {product} that was delivered to {address} on {date}. The parcel was left on the doorstep in the rain and the box was soaked through.

    I paid {amount} with my card {card}. As that card has since been cancelled, please refund the amount to my account {iban}.

    Yours faithfully,
    {A.full}
    Tel. {phone}"""), F("""
    Minutes – Facilities Committee, {date}
    Attendees: {A.full}, {B.full}, {C.full} and {D.full}
    Apologies: {E.title} {E.last}

    1. {A.last} opened the meeting at {time} and the minutes of the last meeting were approved.
    2. Heating in the Rose Room: {B.first} reported that {company} will replace the boiler in May. Cost estimate of {amount} still to be confirmed.
    3. AOB: {D.first}'s proposal to move the fire drill at the Florence office to Friday was accepted.
    Actions: {C.initial} to circulate the revised rota; {B.last} to chase the invoice."""), F("""
    [09:14] {A.firstlower}: morning all, has anyone seen the vpn logs from last night?
    [09:15] {B.firstlower}: yeah loads of failed logins from {ip}
    [09:16] {A.firstlower}: that's not one of ours. {C.firstlower} can you block it?
    [09:18] {C.firstlower}: done. also saw {ip2} hammering the api, we're still on {version}
    [09:19] {B.firstlower}: will write it up, ping {D.lower} if it happens again"""), F("""
    HR FILE NOTE – CONFIDENTIAL
    Employee: {A.caps}
    Date of birth: {A.dob}
    PPS number: {A.natid}
    Payroll account: {iban}

    {A.first} met {B.full} (line manager) on {date} to discuss a phased return to work after surgery. {A.g:He|She} will work mornings only until the end of the month. Occupational health referral made to {C.title} {C.last}."""), F("""
    Dear Dr {A.last},

    Re: {B.full}, DOB {B.dob}, {address}

    Thank you for seeing this {B.g:gentleman|lady}, who presents with a three-month history of intermittent chest pain. {B.g:He|She} lives with {C.first}, who can be reached on {phone}. Will you let us know if an echo is needed?

    Kind regards,
    Dr {D.full}
    Grace Medical Centre"""), F("""
    INVOICE {order}
    {company} · VAT no. {vat}
    Bill to: {A.full}, {address}
    Date: {date}
    Description: {product} – annual support, firmware {version}
    Total due: {amount}
    Please pay by bank transfer to {iban} quoting the invoice number. Queries: {B.email}"""), F("""
    MEMBERSHIP APPLICATION – {company}
    SURNAME: {A.LAST}
    FIRST NAME(S): {A.FIRST}
    DATE OF BIRTH: {A.dob}
    EMAIL: {A.email}
    MOBILE: {phone}
    EMERGENCY CONTACT: {B.caps}, TEL. {phone2}"""), F("""
    {A.full}
    {address} · {phone} · {A.email}

    PROFILE
    Data engineer with eight years' experience in Python, Spark and Kafka {version}.

    EXPERIENCE
    2019–present  Senior Engineer, {company}, {city}
    2015–2019  Analyst, Mark Group Ltd, Paris

    REFERENCES
    {B.full}, Head of Data, {B.email}"""), F("""
    Incident report {order}
    Location: car park, {address}

    At approximately {time} on {date} officers were called to a disturbance outside the Grace & Favour pub. The complainant, {B.full} (born {B.dob}), stated that {C.full} had kicked the wing mirror off {B.g:his|her} car. {C.last} denied this. A witness, {D.full}, provided a phone video and can be contacted on {phone}.
    Reporting officer: PC {A.full}"""), F("""
    Staff newsletter – {date}

    Welcome to our new starters: {A.full} joins Finance, {B.full} joins the Florence team and {C.full} starts in IT Support next week.

    Congratulations to {D.first} {D.last} on twenty years with {company}! Frank as ever, {D.g:he|she} says the secret is "tea and a good sense of humour".

    The book club is reading "The Will of the People" (ISBN {isbn}). Sign up with {E.email}."""), F("""
    Re: Router keeps dropping connection after update to {version}

    Same here with my {product}. Support at {company} told me to factory-reset it, made no difference. My WAN IP keeps flipping between {ip} and {ip2} every hour. Mark my words, it's their DNS.
    Cheers, {A.first}"""), F("""
    Ticket {order} – Priority: High
    Customer: {A.full} <{A.email}>
    Card on file: {card}

    Customer reports being charged twice for the annual plan ({amount} on {date}). Agent {B.first} confirmed the duplicate and escalated to {C.full} in Billing."""), F("""
    To whom it may concern,

    I have known {A.full} since {A.g:he|she} joined our team at {company} in 2018. {A.first} is reliable, thoughtful and has a real gift for explaining difficult ideas. I recommend {A.g:him|her} without reservation.

    Please feel free to contact me on {phone} or at {B.email}.

    {B.full}
    Head of Operations"""), F("""
    Onboarding checklist – Copenhagen office
    New hire: {A.full}
    CPR number: {A.id:DK_CPR}
    Start date: {date}
    Buddy: {B.full}
    Laptop: {product}, asset tag {order}
    Salary account: {iban:DK}
    Partner (for the health insurance): {C.full}, CPR {C.id:DK_CPR}"""), F("""
    Hi {B.first},

    Just confirming the relocation details for {A.full}. {A.g:His|Her} Swedish personal identity number is {A.id:SE_PERSONNUMMER} and {A.g:he|she} flies in from Gothenburg on {date}. Could you book {A.g:him|her} into the Paris Suite for the first week? {A.g:His|Her} spouse, {D.full} ({D.id:SE_PERSONNUMMER}), joins a month later. Costs go to cost centre {order}.

    Thanks,
    {C.first}"""), F("""
    hi it's {A.first}, running 10 mins late. tell {B.first} to start without me. if the courier from {company} rings, my number is {phone}"""), F("""
    TENANCY APPLICATION
    Applicant 1: {A.full}   PPSN: {A.natid}
    Applicant 2: {B.full}   PPSN: {B.natid}
    Current address: {address}
    Employer: {company}
    Landlord reference: {C.title} {C.last}, {phone}
    We would like to view the flat on Grace Street on {date}. The rent of {amount} a month is within our budget.""")],

"fr": [F("""
    Objet : Reprise du dossier {company}

    Bonjour {B.first},

    Suite à notre échange de ce matin, je te confirme que {C.full} reprendra le dossier à partir de lundi. {D.first} restera en copie jusqu'à la fin du mois.

    Peux-tu envoyer le bon de commande {order} à {C.email} avant le {date} ?

    Bonne journée,
    {A.full}
    {phone}"""), F("""
    {A.full}
    {address}

    À l'attention du service client de {company}
    Objet : réclamation – commande {order}

    Madame, Monsieur,

    Le {date}, j'ai commandé l'article « {product} » pour un montant de {amount}, réglé avec ma carte bancaire {card}. Le colis n'est jamais arrivé alors que le suivi indique « livré ». Je vous demande de procéder au remboursement sur mon compte {iban} dans les plus brefs délais.

    Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
    {A.full}"""), F("""
    Compte rendu du conseil syndical – résidence Les Marguerites, {date}
    Présents : {A.full}, {B.full}, {C.full} et {D.full}
    Excusé{E.g:|e} : {E.title} {E.last}

    1. {A.last} rappelle que les travaux de ravalement débuteront en mai.
    2. {B.first} signale une fuite dans le local à vélos ; l'entreprise {company} passera la semaine prochaine (devis de {amount}).
    3. La proposition de {C.first} de remplacer les rosiers par des lavandes est adoptée.
    Prochaine réunion : salle Florence, à {time}."""), F("""
    {A.firstlower} : t'as vu le mail de {B.firstlower} ?
    {C.firstlower} : ouais, {B.g:il|elle} veut la présentation pour demain 9h
    {A.firstlower} : ok je m'en occupe, tu peux demander à {D.lower} les chiffres de mars ?
    {C.firstlower} : c'est fait. au fait le serveur {ip} répond plus depuis la mise à jour {version}"""), F("""
    NOTE RH – CONFIDENTIEL
    Salarié{A.g:|e} : {A.caps}
    N° de sécurité sociale : {A.natid}
    RIB : {iban}

    Entretien du {date} entre {A.first} et {B.full}, {B.g:son responsable|sa responsable}. {A.title} {A.last} demande un passage à temps partiel (80 %) à compter de septembre. Avis favorable de la direction."""), F("""
    Cher confrère,

    Je vous adresse {A.title} {A.full}, né{A.g:|e} le {A.dob}, pour avis cardiologique. {A.g:Ce patient|Cette patiente} présente depuis trois mois des douleurs thoraciques atypiques. Numéro de sécurité sociale : {A.natid}.
    La personne à prévenir est {B.full} ({phone}).

    Bien confraternellement,
    Dr {C.full}"""), F("""
    FACTURE {order}
    {company} – {address}
    N° TVA intracommunautaire : {vat}
    Client : {A.full}
    Date : {date}
    Désignation : {product} (version {version})
    Total TTC : {amount}
    Règlement par virement sur le compte {iban}"""), F("""
    FORMULAIRE D'INSCRIPTION – MÉDIATHÈQUE DE {CITY}
    NOM : {A.LAST}
    PRÉNOM : {A.FIRST}
    NÉ(E) LE : {A.dob}
    ADRESSE : {address}
    COURRIEL : {A.email}
    TÉLÉPHONE : {phone}"""), F("""
    {A.FULL}
    {address} – {phone} – {A.email}

    EXPÉRIENCE
    Depuis 2020 : chef{A.g:|fe} de projet, {company}, {city}
    2016–2020 : consultant{A.g:|e}, Rose & Marchand Conseil, Paris
    FORMATION
    Master MIAGE, Université de Rennes 1
    RÉFÉRENCES
    {B.full}, {B.g:directeur|directrice} technique, {B.email}"""), F("""
    PROCÈS-VERBAL D'AUDITION
    Le {date} à {time}, devant nous, brigadier-chef {A.last}, s'est présenté{B.g:|e} {B.full}, né{B.g:|e} le {B.dob}, demeurant {address}, qui déclare :
    « Hier soir, vers 23 heures, j'ai vu {C.full} rayer la portière de mon véhicule devant le bar Le Paris. {C.g:Il|Elle} habite au-dessus de chez {D.first} {D.last}, qui a tout vu. »
    Téléphone du témoin : {phone}."""), F("""
    La lettre interne – {date}

    Bienvenue à {A.full} (comptabilité), {B.full} (service juridique) et {C.full}, qui rejoint notre bureau de Florence !
    Félicitations à {D.first} {D.last} pour ses vingt ans chez {company}. Le club lecture vous propose ce mois-ci « La Pierre et le Sabre » (ISBN {isbn}). Inscriptions auprès de {E.email}."""), F("""
    Re: Box qui se déconnecte après la mise à jour {version}

    Même souci chez moi avec la {product}. Le support de {company} m'a dit de faire un reset, aucun effet. Mon IP publique passe de {ip} à {ip2} toutes les heures. Quelqu'un a une idée ?
    Merci d'avance, {A.first}"""), F("""
    Ticket {order} – priorité haute
    Client{A.g:|e} : {A.full} <{A.email}>
    Carte enregistrée : {card}

    Double prélèvement de {amount} le {date} signalé par {A.g:le client|la cliente}. {B.first} (niveau 1) a transmis le dossier à {C.full}, service facturation."""), F("""
    Mutualité Saint-Michel – demande de remboursement
    Affilié{A.g:|e} : {A.full}
    Numéro de registre national : {A.id:BE_NATIONAL_NUMBER}
    Compte : {iban:BE}
    Médecin traitant : Dr {B.full}
    Date des soins : {date}"""), F("""
    Bonjour {A.title} {A.last},

    Veuillez trouver ci-joint notre offre pour la rénovation de votre cuisine, valable jusqu'au {date}. Notre numéro de TVA est {vat:BE}.
    Pour toute question, {B.first} reste à votre disposition au {phone}.

    Cordialement,
    {C.full}
    {company}"""), F("""
    Coucou c'est {A.first} ! Je serai en retard, dis à {B.first} de commencer sans moi. Si le livreur de {company} appelle, mon numéro c'est le {phone} 😉"""), F("""
    ATTESTATION DE TRAVAIL

    Je soussigné{A.g:|e} {A.full}, {A.g:directeur|directrice} des ressources humaines de la société {company}, certifie que {B.full} a occupé le poste de technicien{B.g:|ne} de maintenance du 1er mars 2019 au {date}.
    Fait à {city}, pour servir et valoir ce que de droit."""), F("""
    Dossier de candidature – T3, {address}
    Candidat{A.g:|e} : {A.full}, NIR {A.natid}
    Co-titulaire : {B.full}
    Garant{C.g:|e} : {C.full}, {phone}
    Revenus nets mensuels du foyer : {amount}""")],

"de": [F("""
    Betreff: Übergabe Kundenprojekt {company}

    Hallo {B.first},

    wie heute Morgen besprochen, übernimmt {C.full} ab Montag das Projekt. {D.first} bleibt bis Monatsende als Ansprechpartner{D.g:|in} dabei.

    Könntest du den unterschriebenen Vertrag bis {date} an {C.email} schicken? Die Bestellnummer lautet {order}.

    Viele Grüße
    {A.full}
    Tel. {phone}"""), F("""
    {A.full}
    {address}

    {company}
    Kundenservice

    Beschwerde zu Ihrer Bestellung {order}

    Sehr geehrte Damen und Herren,

    am {date} habe ich bei Ihnen den Artikel „{product}" zum Preis von {amount} bestellt und mit meiner Kreditkarte {card} bezahlt. Das Gerät kam defekt an. Bitte erstatten Sie den Betrag auf mein Konto {iban}.

    Mit freundlichen Grüßen
    {A.full}"""), F("""
    Protokoll der Teambesprechung vom {date}
    Teilnehmende: {A.full}, {B.full}, {C.full}, {D.full}
    Entschuldigt: {E.title} {E.last}
    Protokoll: {B.initial}

    TOP 1: {A.last} begrüßt die Anwesenden.
    TOP 2: {C.first} berichtet, dass sich die Lieferung der Rosen für das Sommerfest verzögert; der Bauer aus der Mark Brandenburg liefert erst im Juni.
    TOP 3: {D.first+s} Vorschlag, den Koch der Kantine für das Grillen anzufragen, wird angenommen."""), F("""
    [08:57] {A.firstlower}: moin! hat jemand die zugangsdaten für den neuen server?
    [08:58] {B.firstlower}: frag mal {C.firstlower}, {C.g:der|die} hat ihn gestern eingerichtet
    [09:01] {C.firstlower}: jo, läuft unter {ip}, version {version}
    [09:02] {A.firstlower}: danke! sag {D.lower} bitte, dass das meeting auf 14 uhr verschoben ist"""), F("""
    Personalakte – Aktennotiz (vertraulich)
    Mitarbeiter{A.g:|in}: {A.caps}
    Steuer-ID: {A.natid}
    Geburtsdatum: {A.dob}
    Bankverbindung: {iban}

    Am {date} fand ein Gespräch zwischen {A.full} und der Teamleitung ({B.full}) statt. {A.title} {A.last} wünscht eine Reduzierung der Arbeitszeit auf 30 Stunden."""), F("""
    Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,

    wir berichten über {A.title} {A.full}, geb. am {A.dob}, wohnhaft {address}, {A.g:der|die} sich bis zum {date} in unserer stationären Behandlung befand.
    Ansprechpartner{B.g:|in} für Rückfragen: {B.full}, Tel. {phone}.

    Mit freundlichen kollegialen Grüßen
    Dr. med. {C.full}
    {C.g:Oberarzt|Oberärztin}"""), F("""
    RECHNUNG Nr. {order}
    {company} · {address}
    USt-IdNr.: {vat}
    Rechnungsempfänger: {A.full}
    Leistung: Wartung {product}, Firmware {version}
    Gesamtbetrag: {amount}
    Zahlbar innerhalb von 14 Tagen auf {iban}. Rückfragen an {B.email}."""), F("""
    MITGLIEDSANTRAG – TSV {CITY}
    NAME: {A.LAST}
    VORNAME: {A.FIRST}
    GEBURTSDATUM: {A.dob}
    ANSCHRIFT: {address}
    E-MAIL: {A.email}
    TELEFON: {phone}
    KONTOINHABER: {A.caps}
    IBAN: {iban}"""), F("""
    LEBENSLAUF
    {A.full}
    {address} | {phone} | {A.email}

    Berufserfahrung
    seit 2021  Softwareentwickler{A.g:|in}, {company}, {city}
    2017–2021  Werkstudent{A.g:|in}, Rose Systems GmbH, Mainz
    Referenz: {B.full}, Teamleiter{B.g:|in}, {B.email}"""), F("""
    Unfallbericht – Aktenzeichen {order}
    Am {date} gegen {time} kam es an der Kreuzung Goethestraße/Schillerstraße in {city} zu einem Auffahrunfall.
    Unfallbeteiligte: {A.full} (geb. {A.dob}) und {B.full}. Laut Zeug{C.g:e|in} {C.full} fuhr {B.last} bei Rot über die Ampel. {A.first} erlitt leichte Verletzungen.
    Aufgenommen von POK {D.last}."""), F("""
    Mitarbeiter-Newsletter {date}

    Herzlich willkommen: {A.full} (Buchhaltung), {B.full} (Vertrieb) und {C.full} (IT)!
    {D.full} feiert 25 Jahre bei {company} – herzlichen Glückwunsch! Unser Buchtipp: „Der Name der Rose" (ISBN {isbn}). Anmeldung zum Lesekreis bei {E.email}."""), F("""
    Re: Verbindung bricht nach Update auf {version} ständig ab

    Hab das gleiche Problem mit meiner {product}. Der Support von {company} meinte, ich soll sie zurücksetzen – hat nichts gebracht. Meine IP wechselt ständig zwischen {ip} und {ip2}.
    Grüße, {A.first}"""), F("""
    Ticket {order} – Priorität hoch
    Kunde: {A.full} <{A.email}>
    Hinterlegte Karte: {card}

    Doppelte Abbuchung über {amount} am {date} gemeldet. {B.first} aus dem 1st-Level hat an {C.full} (Buchhaltung) eskaliert."""), F("""
    Anmeldung zur Sozialversicherung
    Dienstnehmer{A.g:|in}: {A.full}
    Versicherungsnummer: {A.id:AT_SSN}
    Dienstgeber: {company}, UID {vat:AT}
    Eintrittsdatum: {date}
    Bankverbindung: {iban:AT}
    Mitversicherte Angehörige: {C.full}, VSNR {C.id:AT_SSN}
    Sachbearbeiter{B.g:|in}: {B.full}"""), F("""
    Hey, hier ist {A.first}! Bin 10 min später da, sag {B.first} bitte, {B.g:er|sie} soll schon mal anfangen. Falls der Paketbote von {company} anruft: meine Nummer ist {phone}"""), F("""
    ARBEITSZEUGNIS

    {A.title} {A.full}, geboren am {A.dob}, war vom 01.04.2018 bis {date} als Sachbearbeiter{A.g:|in} in unserem Unternehmen tätig. {A.g:Er|Sie} hat die übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit erledigt. Wir bedauern {A.g:sein|ihr} Ausscheiden und wünschen {A.title} {A.last} alles Gute.

    {city}, {date2}
    {B.full}, Geschäftsführung"""), F("""
    Mieterselbstauskunft
    Mietinteressent{A.g:|in}: {A.full}, Steuer-ID {A.natid}
    Mitbewohner{B.g:|in}: {B.full}
    Derzeitiger Vermieter: {C.title} {C.last}, Tel. {phone}
    Nettoeinkommen: {amount}
    Wir würden die Wohnung in der Rosenstraße gern am {date} besichtigen."""), F("""
    Liebe Eltern der Klasse 4b,

    am {date} fahren wir ins Freilichtmuseum. Bitte geben Sie {amount} bis Freitag an {A.full} (Elternvertretung) oder überweisen Sie den Betrag auf {iban}. Begleitpersonen: {B.full} und {C.full}. Bei Fragen erreichen Sie mich unter {phone}.

    Herzliche Grüße
    {D.full}, Klassenleitung"""), F("""
    Finanzamt {city} – Anforderung von Unterlagen
    Steuerpflichtige Person: {A.full}, Identifikationsnummer {A.natid}
    Ehegatt{B.g:e|in}: {B.full}, Identifikationsnummer {B.natid}

    Sehr geehrte{A.g:r Herr|Frau} {A.last},
    für die Einkommensteuererklärung 2023 fehlen uns noch die Belege über die Handwerkerleistungen der Firma {company} ({amount}). Bitte reichen Sie diese bis zum {date} ein. Rückfragen: {C.full}, Durchwahl {phone}.""")],

"es": [F("""
    Asunto: Traspaso de la cuenta {company}

    Hola, {B.first}:

    Como hablamos esta mañana, a partir del lunes {C.full} se encargará del proyecto. {D.first} seguirá en copia hasta final de mes.

    ¿Puedes enviar el contrato firmado a {C.email} antes del {date}? El número de pedido es {order}.

    Un saludo,
    {A.full}
    Tel. {phone}"""), F("""
    {A.full}
    {address}

    Atención al cliente de {company}
    Asunto: Reclamación del pedido {order}

    Muy señores míos:

    El {date} compré el artículo «{product}» por {amount}, que pagué con mi tarjeta {card}. El producto llegó roto y nadie responde a mis correos. Solicito la devolución del importe en mi cuenta {iban}.

    Atentamente,
    {A.full}
    DNI {A.natid}"""), F("""
    Acta de la reunión de la comunidad de propietarios – {date}
    Asistentes: {A.full}, {B.full}, {C.full} y {D.full}
    Excusa su asistencia: {E.title} {E.last}

    1. {A.last} abre la sesión a las {time}.
    2. {B.first} informa de una gotera en el garaje; la empresa {company} enviará un presupuesto ({amount}).
    3. Se aprueba la propuesta de {C.first} de celebrar la próxima junta en la sala Victoria del hotel Paz."""), F("""
    {A.firstlower}: oye, ¿has visto el correo de {B.firstlower}?
    {C.firstlower}: sí, quiere la presentación para mañana
    {A.firstlower}: vale, pídele a {D.lower} los datos de marzo
    {C.firstlower}: hecho. por cierto, el servidor {ip} no responde desde la actualización {version}"""), F("""
    NOTA INTERNA – RECURSOS HUMANOS (CONFIDENCIAL)
    Emplead{A.g:o|a}: {A.caps}
    NIF: {A.natid}
    Fecha de nacimiento: {A.dob}
    Cuenta de nómina: {iban}

    El {date}, {A.first} se reunió con {B.full}, responsable de su departamento, para solicitar una reducción de jornada, que se le concede a partir de septiembre."""), F("""
    INFORME DE ALTA
    Paciente: {A.full}     NIF: {A.natid}
    Fecha de nacimiento: {A.dob}

    {A.g:El paciente|La paciente} ingresa el {date} por dolor torácico atípico. Evolución favorable. Se recomienda control por su médico de cabecera, {B.g:el Dr.|la Dra.} {B.last}.
    Persona de contacto: {C.full}, tel. {phone}.
    Fdo.: {D.g:Dr.|Dra.} {D.full}"""), F("""
    FACTURA {order}
    {company} – CIF {vat}
    {address}
    Cliente: {A.full} – NIF {A.natid}
    Concepto: {product}, licencia anual v{version}
    Total (IVA incluido): {amount}
    Forma de pago: transferencia a {iban}"""), F("""
    SOLICITUD DE INSCRIPCIÓN – POLIDEPORTIVO MUNICIPAL DE {CITY}
    APELLIDOS: {A.LAST}
    NOMBRE: {A.FIRST}
    DNI/NIE: {A.natid}
    FECHA DE NACIMIENTO: {A.dob}
    CORREO ELECTRÓNICO: {A.email}
    TELÉFONO: {phone}"""), F("""
    {A.full}
    {address} · {phone} · {A.email}

    EXPERIENCIA
    2020–actualidad: jef{A.g:e|a} de proyecto, {company}, {city}
    2016–2020: consultor{A.g:|a}, Grupo Victoria Consultores, Sevilla
    REFERENCIAS
    {B.full}, {B.g:director|directora} de operaciones, {B.email}"""), F("""
    DENUNCIA {order}
    En {city}, a {date}, siendo las {time}, comparece {A.full}, con NIF {A.natid}, quien manifiesta que la noche anterior {B.full} rayó la puerta de su vehículo frente al bar La Paloma. Testigo: {C.full}, teléfono {phone}.
    Instruye el agente {D.last}."""), F("""
    Boletín interno – {date}

    Damos la bienvenida a {A.full} (Contabilidad), {B.full} (Asesoría Jurídica) y {C.full}, que se incorpora a la oficina de Florencia.
    ¡Felicidades a {D.first} {D.last} por sus veinte años en {company}! Lectura del mes: «La sombra del viento» (ISBN {isbn}). Apúntate escribiendo a {E.email}."""), F("""
    Re: El router se desconecta tras actualizar a {version}

    Me pasa lo mismo con el {product}. En {company} me dijeron que lo reiniciara, pero nada. Mi IP pública cambia entre {ip} y {ip2} cada hora. ¿Alguna idea?
    Gracias, {A.first}"""), F("""
    Incidencia {order} – prioridad alta
    Cliente: {A.full} <{A.email}>
    Tarjeta registrada: {card}

    El cliente indica un doble cargo de {amount} el {date}. {B.first} (soporte) lo ha escalado a {C.full}, de Facturación."""), F("""
    Alta de trabajador{A.g:|a} desplazad{A.g:o|a} desde Portugal
    Nombre: {A.full}
    NIF portugués: {A.id:PT_NIF}
    NIE: {A.id:ES_NIE}
    Cónyuge a cargo: {C.full}, NIF portugués {C.id:PT_NIF}
    Fecha de incorporación: {date}
    Responsable: {B.full} ({B.email})"""), F("""
    Hola, soy {A.first}. Llego diez minutos tarde, dile a {B.first} que vaya empezando. Si llama el repartidor de {company}, mi número es el {phone}."""), F("""
    A quien corresponda:

    Conozco a {A.full} desde que se incorporó a {company} en 2018. {A.first} es una persona responsable y constante, y {A.g:lo|la} recomiendo sin reservas.
    Pueden contactarme en el {phone} o en {B.email}.

    {B.full}"""), F("""
    Solicitud de alquiler – piso en {address}
    Solicitante: {A.full}, NIF {A.natid}
    Cotitular: {B.full}, NIE {B.id:ES_NIE}
    Aval: {C.title} {C.last}, tel. {phone}
    Ingresos netos: {amount} al mes"""), F("""
    Queridas familias de 4.º B:

    El {date} iremos de excursión a la granja escuela La Esperanza. Entregad {amount} a {A.full} (AMPA) o ingresadlo en {iban}. Nos acompañarán {B.full} y {C.full}. Para cualquier duda, llamadme al {phone}.

    Un saludo,
    {D.full}, tutor{D.g:|a}""")],

"it": [F("""
    Oggetto: Passaggio di consegne – cliente {company}

    Ciao {B.first},

    come concordato stamattina, da lunedì {C.full} seguirà il progetto. {D.first} resterà in copia fino a fine mese.

    Puoi inviare il contratto firmato a {C.email} entro il {date}? Il numero d'ordine è {order}.

    Un saluto,
    {A.full}
    Tel. {phone}"""), F("""
    {A.full}
    {address}

    Spett.le {company}
    Servizio Clienti

    Oggetto: reclamo ordine {order}

    Il {date} ho acquistato l'articolo "{product}" al prezzo di {amount}, pagato con la carta {card}. Il prodotto è arrivato danneggiato e finora nessuno ha risposto alle mie email. Chiedo il rimborso sul conto {iban}.

    Distinti saluti,
    {A.full}
    C.F. {A.natid}"""), F("""
    Verbale dell'assemblea condominiale del {date}
    Presenti: {A.full}, {B.full}, {C.full} e {D.full}
    Assente giustificat{E.g:o|a}: {E.title} {E.last}

    1. {A.last} apre la seduta alle {time}.
    2. {B.first} segnala un'infiltrazione nei box; la ditta {company} invierà un preventivo di {amount}.
    3. Approvata la proposta di {C.first} di spostare le riunioni nella Sala Rosa del Circolo Marino."""), F("""
    {A.firstlower}: hai visto la mail di {B.firstlower}?
    {C.firstlower}: sì, vuole la presentazione per domani
    {A.firstlower}: ok, chiedi a {D.lower} i dati di marzo
    {C.firstlower}: fatto. tra l'altro il server {ip} non risponde più dall'aggiornamento {version}"""), F("""
    NOTA RISERVATA – UFFICIO PERSONALE
    Dipendente: {A.caps}
    Codice fiscale: {A.natid}
    Data di nascita: {A.dob}
    IBAN per lo stipendio: {iban}

    In data {date} {A.first} ha incontrato {B.full}, responsabile di reparto, chiedendo il passaggio al part-time. Richiesta accolta a partire da settembre."""), F("""
    LETTERA DI DIMISSIONE
    Paziente: {A.full}, nat{A.g:o|a} il {A.dob}, C.F. {A.natid}

    {A.g:Il paziente|La paziente} è stat{A.g:o|a} ricoverat{A.g:o|a} il {date} per dolore toracico atipico. Si consiglia controllo dal medico curante, {B.g:dott.|dott.ssa} {B.last}.
    Familiare di riferimento: {C.full}, tel. {phone}.
    {D.g:Dott.|Dott.ssa} {D.full}"""), F("""
    FATTURA N. {order}
    {company} – {address}
    P.IVA {vat}
    Cliente: {A.full} – C.F. {A.natid}
    Descrizione: {product}, licenza annuale v{version}
    Totale: {amount}
    Pagamento tramite bonifico su {iban}"""), F("""
    MODULO DI ISCRIZIONE – PALESTRA COMUNALE DI {CITY}
    COGNOME: {A.LAST}
    NOME: {A.FIRST}
    CODICE FISCALE: {A.natid}
    DATA DI NASCITA: {A.dob}
    EMAIL: {A.email}
    CELLULARE: {phone}"""), F("""
    CURRICULUM VITAE
    {A.full}
    {address} · {phone} · {A.email}

    ESPERIENZA
    2020–oggi: project manager, {company}, {city}
    2016–2020: consulente, Studio Fortunato & Associati, Bari
    REFERENZE
    {B.full}, {B.g:direttore|direttrice} operativ{B.g:o|a}, {B.email}"""), F("""
    VERBALE DI DENUNCIA {order}
    Il giorno {date} alle ore {time} si è presentat{A.g:o|a} presso questi uffici {A.full}, nat{A.g:o|a} il {A.dob}, C.F. {A.natid}, residente in {address}, che dichiara: "Ieri sera ho visto {B.full} rigare la portiera della mia auto davanti al Bar Firenze. Era presente anche {C.full}."
    Recapito del testimone: {phone}. Verbalizzante: app. {D.last}."""), F("""
    Notizie dall'ufficio – {date}

    Diamo il benvenuto a {A.full} (Amministrazione), {B.full} (Ufficio legale) e {C.full}, che entra nella sede di Firenze.
    Auguri a {D.first} {D.last} per i vent'anni in {company}! Il libro del mese è "Il nome della rosa" (ISBN {isbn}); iscrizioni al gruppo di lettura scrivendo a {E.email}."""), F("""
    Re: Il modem si disconnette dopo l'aggiornamento {version}

    Stesso problema con il mio {product}. L'assistenza {company} mi ha detto di resettarlo, ma niente. L'IP pubblico cambia tra {ip} e {ip2} ogni ora. Idee?
    Grazie, {A.first}"""), F("""
    Segnalazione {order} – priorità alta
    Cliente: {A.full} <{A.email}>
    Carta registrata: {card}

    Il cliente segnala un doppio addebito di {amount} del {date}. {B.first} (primo livello) ha girato la pratica a {C.full}, ufficio fatturazione."""), F("""
    CONTRATTO DI LAVORO DOMESTICO
    Datore di lavoro: {A.full}, C.F. {A.natid}
    Lavorat{B.g:ore|rice}: {B.full}, C.F. {B.natid}
    Mansione: assistenza alla persona convivente
    Retribuzione: {amount} mensili, bonifico su {iban}
    Inizio del rapporto: {date}"""), F("""
    Ciao, sono {A.first}! Arrivo con dieci minuti di ritardo, di' a {B.first} di cominciare pure. Se chiama il corriere di {company}, il mio numero è {phone}."""), F("""
    A chi di competenza,

    conosco {A.full} da quando è entrat{A.g:o|a} in {company} nel 2018. {A.first} è una persona affidabile e precisa, e l{A.g:o|a} raccomando senza riserve.
    Potete contattarmi al {phone} o all'indirizzo {B.email}.

    {B.full}"""), F("""
    Richiesta di locazione – appartamento in {address}
    Richiedente: {A.full}, C.F. {A.natid}
    Cointestatari{B.g:o|a}: {B.full}
    Garante: {C.title} {C.last}, tel. {phone}
    Reddito netto: {amount} al mese"""), F("""
    Cari genitori della 4ª B,

    il {date} andremo in gita alla fattoria didattica "La Serena". Consegnate {amount} a {A.full} (rappresentante di classe) oppure versateli su {iban}. Accompagnatori: {B.full} e {C.full}. Per informazioni: {phone}.

    {D.full}""")],

"nl": [F("""
    Onderwerp: Overdracht klant {company}

    Hoi {B.first},

    Zoals vanochtend besproken neemt {C.full} vanaf maandag het project over. {D.first} blijft tot het eind van de maand in de cc.

    Kun je het getekende contract vóór {date} naar {C.email} sturen? Het ordernummer is {order}.

    Groet,
    {A.full}
    Tel. {phone}"""), F("""
    {A.full}
    {address}

    Aan: klantenservice {company}
    Betreft: klacht over bestelling {order}

    Geachte heer/mevrouw,

    Op {date} heb ik het artikel "{product}" besteld voor {amount}, betaald met mijn creditcard {card}. Het apparaat kwam beschadigd aan en op mijn e-mails is niet gereageerd. Ik verzoek u het bedrag terug te storten op {iban}.

    Met vriendelijke groet,
    {A.full}"""), F("""
    Notulen bewonersvergadering, {date}
    Aanwezig: {A.full}, {B.full}, {C.full} en {D.full}
    Afwezig met bericht: {E.title} {E.last}

    1. {A.last_alone} opent de vergadering om {time}.
    2. {B.first} meldt lekkage in de fietsenkelder; {company} komt volgende week langs (offerte {amount}).
    3. Het voorstel van {C.first} om de nieuwjaarsborrel in café De Roos te houden wordt aangenomen."""), F("""
    {A.firstlower}: heb je de mail van {B.firstlower} gezien?
    {C.firstlower}: ja, {B.g:hij|ze} wil de presentatie morgen al
    {A.firstlower}: oké, vraag jij {D.lower} om de cijfers van maart?
    {C.firstlower}: gedaan. trouwens, server {ip} reageert niet meer sinds update {version}"""), F("""
    HR-NOTITIE – VERTROUWELIJK
    Medewerker: {A.caps}
    BSN: {A.natid}
    Geboortedatum: {A.dob}
    Rekeningnummer: {iban}

    Op {date} sprak {A.first} met {B.full} (teamleider) over minder uren werken. Vanaf september werkt {A.title} {A.last_alone} 32 uur per week."""), F("""
    Geachte collega,

    Hierbij verwijs ik {A.title} {A.full}, geboren {A.dob}, BSN {A.natid}, naar uw polikliniek in verband met atypische pijn op de borst sinds drie maanden. Contactpersoon: {B.full}, tel. {phone}.

    Met collegiale groet,
    {C.full}, huisarts"""), F("""
    FACTUUR {order}
    {company} · {address}
    Btw-nummer: {vat}
    Factuur aan: {A.full}
    Omschrijving: {product}, jaarlicentie v{version}
    Totaal incl. btw: {amount}
    Graag binnen 14 dagen overmaken naar {iban} o.v.v. het factuurnummer. Vragen? Mail {B.email}."""), F("""
    INSCHRIJFFORMULIER SPORTVERENIGING {CITY}
    ACHTERNAAM: {A.LAST}
    VOORNAAM: {A.FIRST}
    GEBOORTEDATUM: {A.dob}
    E-MAIL: {A.email}
    TELEFOON: {phone}
    IBAN (AUTOMATISCHE INCASSO): {iban}"""), F("""
    {A.full}
    {address} | {phone} | {A.email}

    Werkervaring
    2020–heden  Projectleider, {company}, {city}
    2016–2020  Consultant, Van Dijk & Roos Advies, Utrecht
    Referentie: {B.full}, operationeel directeur, {B.email}"""), F("""
    Proces-verbaal van aangifte {order}
    Op {date} omstreeks {time} verscheen {A.full}, geboren {A.dob}, wonende {address}. Aangever verklaart: "Gisteravond zag ik {B.full} met een sleutel over mijn portier krassen, bij café De Roos. {C.full} stond erbij en heeft het gefilmd."
    Telefoon getuige: {phone}. Opgemaakt door brigadier {D.last_alone}."""), F("""
    Personeelsnieuws – {date}

    Welkom aan {A.full} (Financiën), {B.full} (Juridische Zaken) en {C.full}, die begint op ons kantoor in Florence.
    Gefeliciteerd, {D.first} {D.last}, met twintig jaar bij {company}! Boek van de maand: "De avond is ongemak" (ISBN {isbn}). Aanmelden voor de leesclub via {E.email}."""), F("""
    Re: Modem valt steeds weg na update naar {version}

    Zelfde probleem met mijn {product}. {company} zei dat ik hem moest resetten, maar dat hielp niks. Mijn publieke IP wisselt elk uur tussen {ip} en {ip2}. Iemand een idee?
    Groetjes, {A.first}"""), F("""
    Melding {order} – prioriteit hoog
    Klant: {A.full} <{A.email}>
    Opgeslagen kaart: {card}

    Klant meldt een dubbele afschrijving van {amount} op {date}. {B.first} (eerste lijn) heeft het doorgezet naar {C.full} van Facturatie."""), F("""
    Aanvraag terugbetaling – ziekenfonds
    Aangeslotene: {A.full}
    Rijksregisternummer: {A.id:BE_NATIONAL_NUMBER}
    Rekeningnummer: {iban:BE}
    Huisarts: dr. {B.full}
    Btw-nummer praktijk: {vat:BE}"""), F("""
    Hoi, met {A.first}! Ik ben tien minuutjes later, zeg maar tegen {B.first} dat {B.g:hij|ze} vast kan beginnen. Als de bezorger van {company} belt: mijn nummer is {phone}"""), F("""
    Aan wie het aangaat,

    Ik ken {A.full} sinds {A.g:hij|zij} in 2018 bij {company} kwam werken. {A.first} is betrouwbaar en nauwkeurig en ik beveel {A.g:hem|haar} van harte aan.
    U kunt mij bereiken op {phone} of via {B.email}.

    {B.full}"""), F("""
    Huuraanvraag – appartement {address}
    Aanvrager: {A.full}, BSN {A.natid}
    Medehuurder: {B.full}
    Huidige verhuurder: {C.title} {C.last_alone}, tel. {phone}
    Netto-inkomen: {amount} per maand"""), F("""
    Beste ouders van groep 6,

    Op {date} gaan we naar de kinderboerderij. Wilt u {amount} overmaken naar {iban} t.n.v. de ouderraad, of contant geven aan {A.full}? Begeleiders: {B.full} en {C.full}. Vragen? Bel {phone}.

    Groet, {D.g:meester|juf} {D.first}""")],

"pl": [F("""
    Temat: Przekazanie klienta {company}

    Dzień dobry,

    zgodnie z ustaleniami z porannego spotkania od poniedziałku projektem zajmuje się {C.full}. {D.full} pozostaje w kopii do końca miesiąca.

    Proszę o przesłanie podpisanej umowy na adres {C.email} do {date}. Numer zamówienia: {order}.

    Pozdrawiam
    {A.full}
    tel. {phone}"""), F("""
    {A.full}
    {address}

    {company}
    Dział Obsługi Klienta

    Dotyczy: reklamacja zamówienia {order}

    Szanowni Państwo,

    dnia {date} zakupił{A.g:em|am} produkt „{product}" za {amount}, płacąc kartą {card}. Urządzenie dotarło uszkodzone, a na moje wiadomości nikt nie odpowiada. Proszę o zwrot pieniędzy na rachunek {iban}.

    Z poważaniem
    {A.full}
    PESEL: {A.natid}"""), F("""
    Protokół z zebrania wspólnoty mieszkaniowej, {date}
    Obecni: {A.full}, {B.full}, {C.full}, {D.full}
    Nieobecn{E.g:y|a} (usprawiedliwion{E.g:y|a}): {E.full}

    1. Zebranie otworzył{A.g:|a} {A.last} o godz. {time}.
    2. {B.first} {B.last} zgłosił{B.g:|a} przeciek w garażu; firma {company} przygotuje wycenę ({amount}).
    3. Przyjęto wniosek, który złożył{C.g:|a} {C.first}: spotkanie opłatkowe odbędzie się w kawiarni Pod Różą."""), F("""
    {A.firstlower}: {B.firstlower} pisał{B.g:|a} rano, chce prezentację na jutro
    {C.firstlower}: ok, kto ma dane za marzec?
    {A.firstlower}: chyba {D.lower}
    {C.firstlower}: spoko. btw serwer {ip} nie odpowiada od aktualizacji {version}"""), F("""
    NOTATKA SŁUŻBOWA – DZIAŁ KADR (POUFNE)
    Pracowni{A.g:k|ca}: {A.caps}
    PESEL: {A.natid}
    Data urodzenia: {A.dob}
    Konto do wypłaty: {iban}

    Dnia {date} {A.full} zwrócił{A.g:|a} się z wnioskiem o obniżenie wymiaru etatu. Przełożon{B.g:y|a}: {B.full}. Wniosek zaakceptowano."""), F("""
    KARTA INFORMACYJNA LECZENIA SZPITALNEGO
    Pacjent{A.g:|ka}: {A.full}, PESEL {A.natid}
    Adres: {address}
    Rozpoznanie: nietypowy ból w klatce piersiowej. Zalecana kontrola u lekarza rodzinnego.
    Osoba upoważniona do informacji: {B.full}, tel. {phone}
    Lekarz prowadzący: lek. med. {C.full}"""), F("""
    FAKTURA VAT {order}
    Sprzedawca: {company}, {address}, NIP {vat}
    Nabywca: {A.full}
    Data wystawienia: {date}
    Nazwa towaru/usługi: {product}, licencja roczna v{version}
    Razem do zapłaty: {amount}
    Płatność przelewem na rachunek {iban}"""), F("""
    FORMULARZ ZGŁOSZENIOWY – KLUB SPORTOWY „SOKÓŁ" {CITY}
    NAZWISKO: {A.LAST}
    IMIĘ: {A.FIRST}
    PESEL: {A.natid}
    E-MAIL: {A.email}
    TELEFON: {phone}"""), F("""
    {A.full}
    {address} | {phone} | {A.email}

    DOŚWIADCZENIE
    2020–obecnie  Kierownik projektu, {company}, {city}
    2016–2020  Konsultant, Kowal i Wspólnicy Sp. j., Kraków
    REFERENCJE
    {B.full}, dyrektor operacyjn{B.g:y|a}, {B.email}"""), F("""
    NOTATKA URZĘDOWA {order}
    W dniu {date} o godz. {time} do komisariatu zgłosił{A.g:|a} się {A.full}, PESEL {A.natid}, zam. {address}, i oświadczył{A.g:|a}: „Wczoraj wieczorem przed barem Pod Różą {B.full} porysował{B.g:|a} drzwi mojego samochodu. Świadkiem zdarzenia był{C.g:|a} {C.full}."
    Telefon świadka: {phone}. Sporządził{D.g:|a}: st. sierż. {D.last}."""), F("""
    Wiadomości firmowe – {date}

    Witamy w zespole nowe osoby: {A.full} (księgowość), {B.full} (dział prawny) i {C.full} (IT).
    {D.full} świętuje 20 lat pracy w firmie {company} – gratulujemy! Książka miesiąca: „Imię róży" (ISBN {isbn}). Zapisy do klubu książki: {E.email}."""), F("""
    Re: Router rozłącza się po aktualizacji do {version}

    Mam to samo na routerze {product}. Infolinia {company} kazała go zresetować, nic to nie dało. Publiczne IP zmienia się co godzinę: {ip}, potem {ip2}. Ktoś coś?
    Pozdro, {A.first}"""), F("""
    Zgłoszenie {order} – priorytet wysoki
    Klient: {A.full} <{A.email}>
    Zapisana karta: {card}

    Klient zgłasza podwójne obciążenie kwotą {amount} w dniu {date}. Sprawę przekazano do działu rozliczeń (osoba odpowiedzialna: {C.full}). Zgłoszenie przyjął{B.g:|a}: {B.first}."""), F("""
    Oświadczenie o powierzeniu wykonywania pracy cudzoziemcowi
    Pracodawca: {company}, NIP {vat}
    Cudzoziemiec: {A.caps}
    Numer PESEL: {A.natid}
    Stanowisko: magazynier, wynagrodzenie {amount} brutto
    Osoba do kontaktu: {B.full}, {B.email}"""), F("""
    Hej, tu {A.first}! Spóźnię się 10 minut, niech {B.first} zaczyna beze mnie. Jakby dzwonił kurier {company}, mój numer to {phone}"""), F("""
    REFERENCJE

    Niniejszym potwierdzam, że {A.full} był{A.g:|a} zatrudnion{A.g:y|a} w firmie {company} w latach 2018–2023 na stanowisku analityka. W tym czasie wykazał{A.g:|a} się rzetelnością i samodzielnością. Polecam współpracę.
    Kontakt: {phone}, {B.email}
    {B.full}, dyrektor{B.g:|ka} HR"""), F("""
    Wniosek o najem mieszkania – {address}
    Najemca: {A.full}, PESEL {A.natid}
    Współnajemca: {B.full}
    Poprzedni wynajmujący: {C.full}, tel. {phone}
    Dochód netto: {amount} miesięcznie"""), F("""
    Drodzy Rodzice klasy 4b,

    dnia {date} jedziemy na wycieczkę do gospodarstwa agroturystycznego „Wesoła Zagroda". Prosimy o wpłatę {amount} na konto {iban} (skarbnik: {A.full}). Opiekunowie: {B.full} i {C.full}. W razie pytań proszę dzwonić: {phone}.

    {D.full}, wychowaw{D.g:ca|czyni}""")],
}

# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

SLOT = re.compile(r"\{([^{}]+)\}")
TIME = {"en": "{h}:{m:02d}", "fr": "{h} h {m:02d}", "de": "{h}:{m:02d} Uhr", "es": "{h}:{m:02d}",
        "it": "{h}:{m:02d}", "nl": "{h}.{m:02d} uur", "pl": "{h}:{m:02d}"}


class Doc:
    def __init__(self, rng, lang, fakers):
        self.rng, self.lang, self.fakers = rng, lang, fakers
        self.people: dict[str, Person] = {}
        self.cache: dict[str, tuple] = {}

    def person(self, key: str) -> Person:
        if key not in self.people:
            while True:  # distinct first and last names within one document
                p = Person(self.rng, self.lang, self.fakers)
                if all(p.first != q.first and p.last != q.last for q in self.people.values()):
                    break
            self.people[key] = p
        return self.people[key]

    def fill(self, slot: str):
        """-> (text, label or None, extra span fields, unlabelled tail, validator or None)"""
        if slot not in self.cache:
            self.cache[slot] = self._fill(slot)
        return self.cache[slot]

    def _fill(self, slot: str):
        r, lang = self.rng, self.lang
        if re.fullmatch(r"[A-E]\..+", slot):
            p, attr = self.person(slot[0]), slot[2:]
            name = {"name_source": p.source}
            if attr.startswith("g:"):
                m, f = attr[2:].split("|")
                return (m if p.gender == "m" else f), None, {}, "", None
            if attr == "first+s":
                tail = "'" if p.first[-1] in "sßxz" else "s"
                return p.first, "PERSON", name, tail, None
            forms = {"full": f"{p.first} {p.last}", "first": p.first, "last": p.last_alone if lang in ("nl", "es") else p.last,
                     "last_alone": p.last_alone, "FIRST": p.first.upper(), "LAST": p.last.upper(),
                     "FULL": f"{p.first} {p.last}".upper(), "caps": f"{p.last.upper()} {p.first}",
                     "initial": p.initial(), "lower": f"{p.first} {p.last}".lower(), "firstlower": p.first.lower()}
            if attr in forms:
                return forms[attr], "PERSON", name, "", None
            if attr == "title":
                return TITLES[lang][p.gender == "f"], None, {}, "", None
            if attr == "dob":
                return fmt_date(r, lang, p.birth), None, {}, "", None
            if attr == "email":
                return p.email(), "EMAIL_ADDRESS", {}, "", lambda v: re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]+", v)
            if attr == "natid" or attr.startswith("id:"):
                kind = DEFAULT_ID[lang] if attr == "natid" else attr[3:]
                label = "ES_NIF" if kind == "ES_NIE" else kind
                strip = lambda v: re.sub(r"[\s.\-]", "", v)  # noqa: E731
                return NATIONAL_ID[kind](r, p), label, {}, "", lambda v, lab=label: ID_VALID[lab](strip(v))
            raise KeyError(slot)
        base = slot.rstrip("0123456789")
        if slot.isupper() and slot.lower() in ("city", "company"):
            return self.fill(slot.lower())[0].upper(), None, {}, "", None
        if base in ("phone", "mobile"):
            return phone(r, lang), "PHONE_NUMBER", {}, "", \
                lambda v: 8 <= sum(c.isdigit() for c in v) <= 13
        if base == "iban" or slot.startswith("iban:"):
            cc = slot[5:] if ":" in slot else r.choice(IBAN_CC[lang])
            return iban_(r, cc), "IBAN_CODE", {}, "", lambda v: std_iban.is_valid(v)
        if base == "card":
            return card(r), "CREDIT_CARD", {}, "", lambda v: luhn.is_valid(re.sub(r"[\s\-]", "", v))
        if base == "ip":
            return ip(r), "IP_ADDRESS", {}, "", ip_ok
        if base == "vat" or slot.startswith("vat:"):
            cc = slot[4:] if ":" in slot else VAT_CC[lang]
            return vat(r, cc), "EU_VAT", {}, "", lambda v, cc=cc: vat_ok(v, cc)
        unlabelled = {
            "company": lambda: r.choice(COMPANIES[lang]), "address": lambda: address(r, lang),
            "city": lambda: r.choice(CITIES[lang]), "product": lambda: r.choice(PRODUCTS[lang]),
            "order": lambda: order_number(r, lang), "isbn": lambda: isbn(r),
            "version": lambda: r.choice(["v", "", ""]) + f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 30)}",
            "date": lambda: fmt_date(r, lang), "amount": lambda: amount(r, lang),
            "time": lambda: TIME[lang].format(h=r.randint(8, 20), m=r.choice([0, 15, 30, 45])),
        }
        return unlabelled[base](), None, {}, "", None


def render(frame: str, doc: Doc) -> tuple[str, list[dict]]:
    out, spans, values, pos, last = [], [], [], 0, 0
    for m in SLOT.finditer(frame):
        lit = frame[last:m.start()]
        out.append(lit)
        pos += len(lit)
        value, label, extra, tail, valid = doc.fill(m.group(1))
        if label:
            assert valid is None or valid(value), (label, value)
            spans.append({"start": pos, "end": pos + len(value), "label": label, **extra})
            values.append(value)
        out.append(value + tail)
        pos += len(value) + len(tail)
        last = m.end()
    out.append(frame[last:])
    text = "".join(out)
    for s, value in zip(spans, values):
        assert text[s["start"]:s["end"]] == value, (s, value)
    return text, spans


def generate(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    fakers = {}
    for locs in FAKER_LOCALES.values():
        for loc in locs:
            fakers[loc] = Faker(loc)
            fakers[loc].seed_instance(seed)
    docs = []
    for lang in LANGS:
        frames = FRAMES[lang]
        assert len(frames) >= 15, lang
        order = [i % len(frames) for i in range(DOCS_PER_LANG)]
        rng.shuffle(order)
        for n, fi in enumerate(order):
            doc = Doc(rng, lang, fakers)
            text, spans = render(frames[fi], doc)
            docs.append({"id": f"heldout-{lang}-{n:03d}", "lang": lang, "frame": f"{lang}-{fi:02d}",
                         "text": text, "spans": spans})
    return docs


def check(docs: list[dict]) -> None:
    for d in docs:
        prev_end = -1
        for s in sorted(d["spans"], key=lambda s: s["start"]):
            value = d["text"][s["start"]:s["end"]]
            assert value and value == value.strip(), (d["id"], s, value)
            assert s["start"] >= prev_end, (d["id"], "overlapping spans")
            prev_end = s["end"]


def main() -> None:
    docs = generate()
    check(docs)
    with OUT.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    labels: dict[str, int] = {}
    for d in docs:
        for s in d["spans"]:
            labels[s["label"]] = labels.get(s["label"], 0) + 1
    print(f"wrote {len(docs)} docs, {sum(labels.values())} spans to {OUT} ({OUT.stat().st_size / 1e6:.2f} MB)")
    print(", ".join(f"{k} {v}" for k, v in sorted(labels.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
