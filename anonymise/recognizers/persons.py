"""Person names without a statistical model: titles, trigger phrases, a first-name lexicon.

Used for every language; where a spaCy NER model is installed (`en`, `fr` here) its PERSON spans
are added on top by the engine. The rules, in falling order of confidence:

1. a title or form of address (`Herr`, `Frau`, `Mme`, `Sra.`, `Sig.ra`, `dhr.`, `Pani`, `Dr.`, ...)
   followed by capitalised words: the words are a name;
2. a trigger phrase (`my name is`, `je m'appelle`, `ich heiße`, `me llamo`, `mi chiamo`, `mijn
   naam is`, `nazywam się`), a greeting (`Dear`, `Liebe`, `Hola`, `Ciao`, `Beste`, `Cześć`), a
   form label (`Name:`, `Nom :`, `Patient:`, `Employee:`) or a closing line (`Best regards,` then
   a name on the next line or after its comma) followed by capitalised words; a name set off
   by commas after the person it names (`l'operatore, Chaminda, mi ha`);
3. a capitalised word that is a known first name followed by capitalised words (surname), and,
   with a lower score, a known first name alone in mid-sentence, or starting a sentence about
   it (`Derek's report`, `Ayşe arbeitet`), or in a German/Dutch genitive (`Emres Vorschlag`), or
   heading a full name in capitals (bank statements). The lexicon is the union of the most
   common given names of every EU/EEA country and of the largest communities of non-EU origin
   (`given_names`, with the case forms of the Polish ones) and of the first-name lists of the
   `Faker` person providers for the same places, less the names that are ordinary words
   (`NAMES_THAT_ARE_WORDS`);
4. the words around a name: a kinship word after a possessive (`my partner`, `mia moglie`,
   `meinem Nachbarn`), a form field whose whole value is a full name (unless the field names a
   thing: `Concepto:`, `Désignation:`), a heading addressing the reader (`Reminder: Nia, you
   ...`), a signature line closing the text; in casual writing (most sentences start in lower
   case) a known first name in lower case and the word after it. spaCy's stop-word lists of the
   seven languages keep function words (`del`, `alla`, `einer`) out of these rules.

The name itself must look like one: an upper-case letter then lower-case letters (or an
all-capitals surname after a first name, as French forms write it), with name particles (`van
der`, `von`, `de`, `di`, `del`) allowed inside, its words one space apart (a wider gap or a tab
separates the fields of a form).
"""

from __future__ import annotations

import functools
import importlib
import unicodedata

import regex

from anonymise.recognizers.base import DatalabRecognizer, Detection
from anonymise.recognizers.given_names import GIVEN_NAMES
from anonymise.recognizers.person_lexicon import (
    BUSINESS_WORDS, CHAT_STOP, CHAT_THANKS, CHAT_TRIGGERS, DEPARTMENTS, EXTRA_NOT_NAMES, KINSHIP, LEGAL_FORMS,
    LIST_CONJUNCTIONS, LIST_LABELS, LOWER_CASE_TITLES, NAMES_THAT_ARE_WORDS, PAYEE_PHRASES, POSSESSIVES,
    QUOTED_NAME_PHRASES, RANKS, ROLE_LABELS, STREET_SUFFIXES, STREETS_AFTER, STREETS_AFTER_NUMBER, STREETS_BEFORE,
    THING_LABELS,
)

# one capitalised name word: `Anna`, `Floc'h`, `O'Leary`, `D'Angelo`, `MacWilliams`, `McCarthy`,
# `Anna-Lena`; a possessive `'s` is not part of it (`Aoife's`)
_LOWER = r"\p{Ll}+(?:['’](?!s(?!\p{L}))\p{Ll}+)?"
_PIECE = rf"(?:\p{{Lu}}['’]\p{{Lu}}\p{{Ll}}+|Ma?c\p{{Lu}}\p{{Ll}}+|\p{{Lu}}{_LOWER})"
_WORD = rf"{_PIECE}(?:-{_PIECE})?"
# a surname in capitals, as forms and French letters write it: `DUPONT`, `O'BRIEN`, `NDIAYE-SALL`
_CAPS = r"(?:\p{Lu}['’])?\p{Lu}{2,}(?:['’]\p{Lu}+)?(?:-\p{Lu}{2,})?(?![\p{Ll}])"
_SURNAME = rf"(?:[dD]['’])?(?:{_WORD}|{_CAPS})"
# the gap between the words of a name: one space; a run of spaces or a tab separates the fields
# of a form (`Familienname: Jessen    Vorname: Søren`), never the parts of one name
_SP = r"[ \u00a0]"
def _alternatives(items) -> str:
    """A regex alternation of these literals, longest first (so `van der` wins over `van`)."""
    return "|".join(regex.escape(t) for t in sorted(set(items), key=len, reverse=True))


# name particles, in any case: inside a name they are capitalised as often as not (`Khalid El
# Khatib`, `Van de Velde`, `Ó Ceallaigh`, `Lo Iacono`, `ap Rhys`, `Truus van 't Hek`)
PARTICLE_WORDS = ("van der", "van den", "van de", "van het", "van 't", "van ’t", "in 't", "in ’t",
                  "in het", "in de", "op de", "op den", "op het", "uit de", "uit den", "von der",
                  "von dem", "von und zu", "von", "van", "de la", "de las", "de los", "del", "della",
                  "delle", "degli", "dei", "de", "di", "da", "dal", "du", "des", "der", "den", "ter",
                  "ten", "zu", "le", "la", "lo", "dos", "das", "el", "al", "ó", "ní", "nic", "mac",
                  "ap", "ab", "bin", "ibn")
_PARTICLE = "(?i:" + _alternatives(PARTICLE_WORDS) + r")(?![\w'’])"
_NAME = rf"(?:\p{{Lu}}\.{_SP}?)?{_WORD}(?:{_SP}(?:{_PARTICLE}{_SP})?{_SURNAME}){{0,2}}"
# a name as a form writes it after its label: also `SURNAME Firstname`, all capitals, or a
# surname behind its particle (`DE BONDT`, `Ó DÓNAILL Cormac`, `van der Berg`)
LABELS = (
    "name", "full name", "contact person", "employee", "candidate", "patient", "customer",
    "applicant", "nom", "prénom", "nom complet", "salarié", "candidat", "client", "name",
    "vorname", "nachname", "ansprechpartner", "mitarbeiter", "bewerber", "kunde", "nombre",
    "apellidos", "nombre y apellidos", "empleado", "candidato", "cliente", "nome", "cognome",
    "nome e cognome", "dipendente", "naam", "volledige naam", "contactpersoon", "medewerker",
    "kandidaat", "klant", "imię", "nazwisko", "imię i nazwisko", "pracownik", "kandydat", "klient",
    "from", "to", "de", "von", "an", "da", "od", "van", "aan", "à", "a", "do", "cc", "author",
    "auteur", "autor", "autore", "signed", "ref", "bill to", "billed to", "invoice to", "sold to",
    "ship to", "facturé à", "destinataire", "titulaire", "rechnungsempfänger", "empfänger",
    "kontoinhaber", "facturar a", "titular", "destinatario", "intestatario", "intestato a",
    "factuur aan", "rekeninghouder", "t.a.v.", "nabywca", "odbiorca", "właściciel", "account holder",
    "mitarbeiterin", "medewerkster", "dipendente", "empleada", "pracownica", "salariée",
)
# the next field of a form line, which ends the name before it (`Achternaam: KLEIN Voornaam:
# Sander`, `Surname: BYRNE First name(s): Orla`)
_NEXT_LABEL = r"(?!(?i:" + _alternatives((*LABELS, *ROLE_LABELS)) + r")[ \t]*:)(?![^\s:]+[ \t]*:)"
_FORM_NAME = (rf"(?:\p{{Lu}}\.{_SP}?)?(?:{_PARTICLE}{_SP})?(?:{_WORD}|{_CAPS})"
              rf"(?:{_SP}{_NEXT_LABEL}(?:{_PARTICLE}{_SP})?{_SURNAME}){{0,3}}")

TITLES = (
    # en
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Madam",
    # fr
    "M", "Mme", "Mlle", "Monsieur", "Madame", "Mademoiselle", "Docteur", "Pr", "Maître", "Me",
    # de
    "Herr", "Herrn", "Frau", "Fräulein", "Dipl.-Ing", "Mag",
    # es
    "Sr", "Sra", "Srta", "Señor", "Señora", "Señorita", "Don", "Doña", "Dña", "Dra", "Lic",
    # it
    "Sig", "Sig.ra", "Sig.na", "Signor", "Signore", "Signora", "Signorina", "Dott", "Dott.ssa",
    "Avv", "Ing", "Geom",
    # nl
    "dhr", "Dhr", "mevr", "Mevr", "mw", "Mw", "meneer", "Meneer", "mevrouw", "Mevrouw", "de heer",
    # pl
    "Pan", "Pani", "Panu", "Panią", "Pana", "Panem", "Panie", "dr", "mgr", "inż",
    # ranks and offices, as written and capitalised (`Juf`, `Brigadier`; not two-letter ones or
    # short abbreviations: `PC`, `app.`)
    *RANKS, *(r[:1].upper() + r[1:] for r in RANKS if len(r) > 3 - ("." not in r) and r[:1].islower()),
    *LOWER_CASE_TITLES,
)
_TITLE = regex.compile(
    r"(?<![\w.])(?:" + _alternatives(TITLES)
    + r")\.?[ \t]+(?:(?:Dr|Prof|dr|prof|mgr|Dott|Ing)\.?[ \t]+)?(" + _FORM_NAME + r")"
)

TRIGGERS = (
    # introductions
    "my name is", "i am", "i'm", "this is", "je m'appelle", "je suis", "mon nom est",
    "mein name ist", "ich heiße", "ich bin", "me llamo", "mi nombre es", "soy", "mi chiamo",
    "il mio nome è", "sono", "mijn naam is", "ik ben", "ik heet", "nazywam się", "jestem",
    "mam na imię", "it's", "it is", "c'est", "hier ist", "hier is", "qui è", "aquí",
    # greetings
    "dear", "hi", "hello", "hey", "cher", "chère", "bonjour", "salut", "liebe", "lieber", "hallo",
    "sehr geehrte", "sehr geehrter", "guten tag", "estimado", "estimada", "hola", "querido",
    "querida", "gentile", "caro", "cara", "ciao", "buongiorno", "beste", "geachte", "hoi",
    "drogi", "droga", "szanowny", "szanowna", "cześć", "dzień dobry", "witaj",
    # person-taking phrases: possession, contact, meetings
    "belongs to", "reach", "spoke with", "spoke to", "talked to", "met with", "meeting with",
    "appartient à", "joindre", "parlé avec", "parlé à", "rencontré",
    "réunion avec", "rendez-vous avec", "contacter", "de la part de", "gehört", "erreichen",
    "gesprochen mit", "sprach mit", "treffen mit", "termin mit", "besprechung mit",
    "kontaktieren", "pertenece a", "contactar con", "contacte con", "localizar a", "hablé con",
    "reunión con", "cita con", "llamar a", "appartiene a", "contattare", "raggiungere",
    "parlato con", "incontro con", "riunione con", "appuntamento con", "behoort toe aan",
    "bereiken", "contact opnemen met", "gesproken met", "sprak met", "afspraak met",
    "vergadering met", "należy do", "skontaktować się z", "rozmawiałem z", "rozmawiałam z",
    "spotkanie z", "zadzwonić do", "lives with", "living with", "vit avec", "wohnt mit",
    "wohnt bei", "vive con", "woont met", "woont bij", "mieszka z",
    # messages passed on (`tell Saoirse to start`, `dis à Anne`); not German `sag`/`frag`, which
    # take nouns (`sag Bescheid`)
    *(t for t in CHAT_TRIGGERS if t not in ("sag", "frag", "frag mal", "cc")),
    # references in running text
    "signed by", "written by", "assigned to", "contact", "colleague", "manager", "patient",
    "employee", "candidate", "applicant", "tenant", "customer", "client", "collègue", "salarié",
    "salariée", "candidat", "candidate", "locataire", "kollege", "kollegin", "mitarbeiter",
    "mitarbeiterin", "bewerber", "bewerberin", "kunde", "kundin", "mieter", "mieterin",
    "compañero", "compañera", "empleado", "empleada", "candidato", "candidata", "inquilino",
    "paciente", "collega", "dipendente", "paziente", "inquilina", "medewerker", "medewerkster",
    "collega", "kandidaat", "huurder", "klant", "pacjent", "pacjentka", "pracownik",
    "pracownica", "kandydat", "kandydatka", "najemca", "klient", "klientka", "współpracownik",
)
CLOSINGS = (
    "regards", "best regards", "kind regards", "best wishes", "best", "thanks", "thank you",
    "sincerely", "yours sincerely", "yours faithfully", "cheers", "cordialement",
    "bien cordialement", "bien à vous", "salutations", "merci", "mit freundlichen grüßen",
    "mit freundlichen grüssen", "viele grüße", "beste grüße", "freundliche grüße", "grüße",
    "danke", "saludos", "un saludo", "atentamente", "saludos cordiales", "gracias",
    "cordiali saluti", "distinti saluti", "saluti", "grazie", "un saluto",
    "met vriendelijke groet", "met vriendelijke groeten", "groeten", "groet", "bedankt",
    "z poważaniem", "pozdrawiam", "pozdrowienia", "dziękuję", "serdecznie pozdrawiam",
    # casual sign-offs
    "take care", "love", "xx", "bisous", "bises", "à bientôt", "liebe grüße", "lg", "vg",
    "bis bald", "besos", "un abrazo", "abrazos", "hasta pronto", "baci", "un abbraccio",
    "a presto", "groetjes", "liefs", "tot ziens", "buziaki", "do zobaczenia", "trzymaj się",
    "warmly", "warm regards", "warm wishes", "all the best", "gros bisous", "je t'embrasse",
    "amitiés", "herzliche grüße", "herzlichst", "alles liebe", "un beso", "besitos", "abrazo",
    "un bacio", "bacioni", "kusjes", "dikke kus", "hartelijke groet",
    "całuję", "ściskam", "uściski",
)


_TRIGGER = regex.compile(
    r"(?i:(?<![\w])(?:" + _alternatives(TRIGGERS) + r"))[ \t]*,?[ \t]+(" + _NAME + r")"
)
_LABEL = regex.compile(
    r"(?<![\w])(?i:" + _alternatives((*LABELS, *ROLE_LABELS)) + r")(?:[ \t]+\d{1,2})?[ \t]*:[ \t]*("
    + _FORM_NAME + r")(?![\w'’])"
)
# a list of people after its label: the rest of the line, cut into items at commas and `and`
_LIST_LABEL = regex.compile(
    r"(?m)(?<![\w])(?i:" + _alternatives(LIST_LABELS) + r")[ \t]*:[ \t]*([^\n]+)"
)
_LIST_SPLIT = regex.compile(
    r"[ \t]*(?:[,;/]|(?<=[ \t])(?:[–—]|(?i:" + _alternatives(LIST_CONJUNCTIONS) + r"))(?=[ \t]))[ \t]*"
)
_LIST_ITEM = regex.compile(
    r"[ \t]*(?:(?:" + _alternatives(TITLES)
    + r")\.?[ \t]+)?(" + _FORM_NAME + r")[ \t]*(?:\([^)]*\))?[ \t.]*"
)
_PAYEE = regex.compile(
    r"(?<![\w])(?i:" + _alternatives(PAYEE_PHRASES) + r")[ \t]*:?[ \t]+(?:(?:M|MME|MR|MRS|MS|HR|FR)\.?[ \t]+)?("
    + _FORM_NAME + r")(?![\w'’])"
)
# initials before a surname (`D. Kazlauskas`, `M.-L. Dubois`, `J. P. de Vries`): a person almost
# wherever it stands; not after a capitalised word (`Plan B. Then`, `Annex C. Results`)
_INITIALS = regex.compile(
    rf"(?<![\w.’'-])((?:\p{{Lu}}\.(?:-\p{{Lu}}\.)?{_SP}?){{1,3}}(?:{_PARTICLE}{_SP})?{_SURNAME})(?![\w'’-])"
)
_CAPITALISED_BEFORE = regex.compile(r"\p{Lu}[\p{L}]+[ \t]+$")
_CLOSING = regex.compile(
    r"(?i:(?<![\w])(?:" + _alternatives(CLOSINGS) + r")(?:[ \t]+[\p{L}'’]+){0,4})"
    # the name on the next line, or after a comma as the end of the line (`Gracias, Xoán`)
    r"(?:[ \t]*[,!.]?[ \t]*\r?\n[ \t]*(" + _NAME + r")|,[ \t]*(" + _NAME + r")(?=[ \t]*[.!]?[ \t]*(?:\n|\Z)))"
)
# a line holding nothing but a name, above a line with an e-mail address or a phone number: the
# header of a CV, a signature block, a contact card
_CAPS_NAME = rf"{_CAPS}(?:{_SP}(?:{_PARTICLE}{_SP})?{_CAPS}){{1,2}}"  # `MOUSSA NDIAYE` heading a CV
_CONTACT_HEADER = regex.compile(
    r"(?m)^[ \t]*(" + _NAME + "|" + _CAPS_NAME + r")[ \t]*\r?\n[^\n]*?(?:[\w.+-]+@[\w-]+\.|\+?(?!\d{1,2}[./]\d{1,2}[./]\d)\d[\d ()/.-]{7,}\d)"
)
# words right before an e-mail address on its line, and the address's local part: when the words
# are spelt in the address (`harry walsh, harry.walsh@...`, `Klant: maría vidal, mvidal@...`)
# they are its owner's name, in whatever case the writer typed it
# (found from each address backwards: scanning the text for the words first is ten times slower)
_EMAIL_LOCAL = regex.compile(r"(?<![\w.+-])([\w.+-]+)@[\w-]+\.")
_WORDS_BEFORE = regex.compile(r"((?:[\p{L}'’-]+[ \t]+){0,3}[\p{L}'’-]+)[ \t]*[,:;(<\[–-]?[ \t]*$")
# a name right before its e-mail address: `Jan Kowalski (jan@example.pl)`, `Jan Kowalski <jan@...>`
_BEFORE_EMAIL = regex.compile(r"(?<![\w])(" + _NAME + r")[ \t]*[(<\[][ \t]*[\w.+-]+@")
_SURNAME_AFTER = regex.compile(
    rf"{_SP}(?:{_PARTICLE}{_SP})?({_SURNAME})(?:{_SP}({_SURNAME}))?(?![\w\-])"
)
_SINGLE = regex.compile(r"(?<![\w\-])\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})?(?![\w\-])")  # `Anna-Lena` too
# what follows a sentence-initial known first name that is the sentence's subject or owner, not
# a word that happens to be capitalised there: `Derek's record`, `Ayşe arbeitet`, `Rafael nos
# explicó` (a lower-case word that is no conjunction), `Célina (niveau 1) a transmis`, `Sergio,
# puoi occupartene tu?`
_ACTS = regex.compile(r"(?:['’]s(?!\p{L})|[ \t]+\((?!\d)|,[ \t]+(?=\p{Ll})|[ \t]+[–—][ \t]|[ \t]+(?!(?i:"
                   + _alternatives(LIST_CONJUNCTIONS) + r")[ \t])\p{Ll}{2,}(?!\p{L}))")
# a full name in capitals whose first word is a known first name: bank statements and forms
# (`VIR INST LOUIS AUBRY REMB`, `Lastschrift Miete JOSEF MOOSBRUGGER`, `PRZELEW HUBERT WLAŹLAK`)
_CAPS_PAIR = regex.compile(rf"(?<![\w.’'-])(\p{{Lu}}{{3,}}(?:-\p{{Lu}}{{3,}})?){_SP}((?:{_PARTICLE}{_SP})?{_CAPS})")
# a day number before a word: the word is a month (`3 Sep 2023`, `12 Jan`), whatever else it names
DAY_BEFORE = regex.compile(r"(?<![\w.])\d{1,2}\.?[ \t]+$")
# the noun after a German or Dutch genitive (`Emres Vorschlag`, `Robins voorstel`): the
# capitalised word before it is a known first name with its `s`
_GENITIVE_NOUN = {"de": regex.compile(r"[ \t]+\p{Lu}\p{Ll}{2,}"), "nl": regex.compile(r"[ \t]+\p{Ll}{3,}")}
_CAP_RUN = regex.compile(
    rf"(?<=(?:^|[^\w])(\p{{Ll}}+)[,;]?[ \t]+)({_WORD})((?:{_SP}(?:{_PARTICLE}{_SP})?{_SURNAME}){{1,2}})(?![\w\-])"
)
_START_PAIR = regex.compile(
    rf"(?:^|(?<=[.!?][ \t]+))({_WORD})((?:{_SP}(?:{_PARTICLE}{_SP})?{_SURNAME}){{1,2}})(?=[ \t,]+\p{{Ll}})", regex.MULTILINE
)
# a family member, partner or neighbour after a possessive (`my partner Maricel`, `mia moglie
# Dilani`, `meinem Nachbarn Kofi Mensah`, `Your spouse, Piran,`)
_KIN = regex.compile(
    r"(?i:(?<![\w])(?:" + _alternatives(POSSESSIVES) + r")[ \t]+(?:" + _alternatives(KINSHIP) + r"))[ \t]*,?[ \t]+("
    + _NAME + r")"
)
# a full name (two or three words) as the whole value of a `Label:` field of a form, also after
# a lower-case role (`Przewodnicząca: sędzia Sara Ferrari`), up to the line's end or a comma,
# bracket or dash (`Contraente: Awa Ndiaye, C.F. ...`, `Caregiver: Bepi Tonon (figlio)`), also
# surname first in capitals; or up to a gap of spaces before the next field of the line
_FULL_NAME = (rf"(?:{_WORD}(?:{_SP}(?:{_PARTICLE}{_SP})?(?:{_WORD}|{_CAPS})){{1,2}}"
              rf"|{_CAPS},?{_SP}{_WORD})")  # `SARR Ousmane`, `LLEWELLYN, Cerys` as forms write them
# where a form field starts (a line, a gap of spaces, a sentence end) and where its value ends
# (the line's end, a comma, bracket or dash, or a gap before the next field)
_FIELD_START = r"(?m)(?:^|[ \t]{2,}|(?<=[.;][ \t]))"
_FIELD_END = r"(?=[ \t]*(?:$|,|\(|[–-][ \t])|[ \t]{2,})"
_FIELD = regex.compile(
    _FIELD_START + r"[ \t]*(\p{L}[\p{L}’' ./()-]{1,40}?)[ \t]*:[ \t]*(?:\p{Ll}+\.?[ \t]+)?("
    + _FULL_NAME + ")" + _FIELD_END
)
# a name in quotes after the words that introduce one (`known to her as "Grant"`, `lo firmó
# «GARCÍA FERRER»`, `getekend door „BIJLSMA”`)
_QUOTED = regex.compile(
    r"(?i:(?<![\w])(?:" + _alternatives(QUOTED_NAME_PHRASES) + r"))[ \t]*[„“\"«‘'‚][ \t]*(" + _FORM_NAME
    + r")[ \t]*[“”\"»’'‘]"
)
# a single word as the whole value of a `Label:` field (`Es bediente Sie: Franziska`, `Patin:
# Frauke`, `Operatrice: Caterina`): a name when it is a known first name
_FIELD_WORD = regex.compile(_FIELD_START + r"[^\n:]{2,40}?[ \t]*:[ \t]*(" + _WORD + ")" + _FIELD_END)
# a colleague named with a department (`MacLeod from finance`, `Morales de contabilidad`)
_WITH_DEPARTMENT = regex.compile(
    r"(?<![\w])(" + _NAME + r")[ \t]+(?i:from|of|in|de|du|des|aus|von|vom|in der|de la|del|della|dell['’]|"
    r"van|van de|van het|bij|z|ze)[ \t]*(?i:" + _alternatives(DEPARTMENTS) + r")(?![\w])"
)
# a name set off by commas inside a sentence, after the person it names (`l'operatore, Chaminda,
# mi ha dato`, `kierujący pojazdem, Ołeksandr Melnyk, nie ustąpił`, `Der Mann, Emeka E., kam`):
# a full name, or a first name with the initial of a surname, between commas, then a lower-case word
_APPOSITIVE = regex.compile(
    r"(?<=\p{L},[ \t])(" + _FULL_NAME + "|" + _WORD + _SP + r"\p{Lu}\.|" + _WORD + r")(?=,[ \t]+\p{Ll})"
)
# a message addressing its reader by name after its heading (`Reminder: Nia, you have ...`,
# `Rappel : Florent, votre RDV`, `Przypomnienie: Maciej, wizyta ...`)
_VOCATIVE = regex.compile(r"(?m)^[ \t]*(\p{L}[\p{L} ]{2,30}?)[ \t]*:[ \t]*(" + _WORD + r"),[ \t]+\p{Ll}")
# a name alone on the last line of a text, or above one last short line (a job title), or above a
# quoted reply, after a blank line or a dash: the signature of a letter or a post (`— Ewelina K.`)
_SIGNATURE = regex.compile(
    r"(?:(?:\n[ \t]*\n|^)[ \t]*(?:[—–-][ \t]*)?|\n[ \t]*[—–-][ \t]*)(" + _FULL_NAME + "|" + _WORD + _SP + r"\p{Lu}\.)[ \t]*"
    r"(?=\n[^\n]{0,60}\n?[ \t]*\Z|\Z|\n[ \t]*\n[ \t]*>)"
)
_LOWER_WORD = regex.compile(r"(?<![\w@.'’-])\p{Ll}[\p{Ll}'’-]{2,}(?![\w@'’-])")
_NEXT_LOWER_WORD = regex.compile(r"[ \t]+(\p{Ll}[\p{Ll}'’-]{2,})(?![\w@'’-])")
_DE_BEFORE = frozenset("mit von an für bei und durch über gegen laut kollege kollegin herrn frau herr".split())
# `[09:18] anna: …`, `09:18 Anna: …`, `[13.05.2024, 18:20] sarah: …`, `[may 7, 2023, 12:45] hope: …`
_CLOCK = r"\d{1,2}[:.]\d{2}(?::\d{2})?"
_TIMESTAMP = rf"(?:(?:\[[\w ,./-]{{0,24}}?{_CLOCK}\]|{_CLOCK})[ \t]+)?"
# a chat speaker: `Anna: ...`, `[12:58] Hans-Jürgen Möller: ...`, `Emily Thompson [13:30]: ...`
_SPEAKER = regex.compile(
    r"(?m)^[ \t]*" + _TIMESTAMP + r"(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ \t]\p{Lu}\.?|(?:" + _SP + r"(?:"
    + _PARTICLE + _SP + r")?" + _SURNAME + r"){1,2})?)[ \t]*(?:\[" + _CLOCK + r"\][ \t]*)?:[ \t]"
)
# lower-case chats (`[09:18] karley: done`): one or two lower-case words before the colon
_LOWER_SPEAKER = regex.compile(r"(?m)^[ \t]*" + _TIMESTAMP + r"(\p{Ll}[\p{Ll}'’\-]+(?:[ \t]\p{Ll}[\p{Ll}'’\-]+)?)[ \t]*:[ \t]")
# the first letter of a sentence or of a chat line's message; casual writing leaves most of them
# in lower case
_SENTENCE_FIRST_LETTER = regex.compile(
    r"(?m)(?:^[ \t]*" + _TIMESTAMP + r"(?:\p{L}[\p{L}'’\-]*(?:[ \t]\p{L}[\p{L}'’\-]*)?[ \t]*:[ \t]+)?|[.!?][ \t]+)(\p{L})"
)
# a lower-case first name after a person-taking chat phrase (`ping marta`, `pídele a jon ander`)
_CHAT_TRIGGER = regex.compile(
    r"(?<![\w])(?i:(" + _alternatives(CHAT_TRIGGERS) + ")|" + _alternatives(CHAT_THANKS) + r")[ \t]+(\p{Ll}[\p{Ll}'’\-]+)((?:[ \t]+\p{Ll}[\p{Ll}'’\-]+){0,2})"
)
SENTENCE_START = regex.compile(r"(?:^|[.!?:;\n\"“«(]\s*|[-*•]\s+)$")

NAME_LOCALES = ("en_GB", "en_IE", "fr_FR", "fr_BE", "de_DE", "de_AT", "es_ES", "it_IT", "nl_NL",
                "nl_BE", "pl_PL", "pt_PT", "sv_SE", "da_DK", "fi_FI", "cs_CZ", "sk_SK", "sl_SI",
                "hr_HR", "hu_HU", "ro_RO", "bg_BG", "el_GR", "et_EE", "lv_LV", "lt_LT",
                # regions and neighbours: Irish, Catalan, Swiss (with its Balkan-born residents),
                # Luxembourgish
                "ga_IE", "es_CA", "de_CH", "de_LU",
                # the largest communities of non-EU citizens living in the EU (Eurostat) whose
                # names Faker lists in Latin script: Turkish, Indian, Pakistani, Algerian,
                # Brazilian, Colombian, Mexican, Argentinian, Nigerian (Yoruba, Igbo, Hausa),
                # Ghanaian
                "tr_TR", "en_IN", "en_PK", "fr_DZ", "pt_BR", "es_CO", "es_MX", "es_AR", "yo_NG",
                "ig_NG", "ha_NG", "tw_GH")

# Capitalised words that are names somewhere but mostly ordinary words or calendar terms in the
# languages here; a lone occurrence of these is never taken as a name.
AMBIGUOUS = frozenset("""
will mark rose grace hope may june april august bill pat sue frank faith joy ray dawn holly ivy
iris lily summer autumn amber ruby crystal jean art gene guy rich don sky star victor page chase
hunter max miles major king bishop dean earl duke baron sterling price rock stone brook wood
ben dom ella eve gil lou nina per said paris florence lorraine charlotte pierre olive luz paz
rosa stella aurora roos hope sonne bill
""".split())
NOT_NAMES = frozenset("""
the a an this that these those and or but if for with from to of in on at by my your our their
le la les un une des du de et ou mais pour avec dans sur par mon ma mes votre nos leur ce cette
der die das den dem des ein eine einen und oder aber für mit von zu im am auf bei mein meine ihr
ihre unser sehr herr frau el los las una unos unas y o pero para con en por mi mis su sus nuestro
il lo gli i le uno una e o ma per con da di su mio mia tuo suo nostro het een en of maar voor met
van op bij mijn uw ons hun ten en w z na do od dla przez mój moja twój nasz pan pani
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december lundi mardi mercredi jeudi vendredi samedi
dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre
montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni juli
oktober dezember lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril
mayo junio julio agosto septiembre octubre noviembre diciembre lunedì martedì mercoledì giovedì
venerdì sabato domenica gennaio febbraio aprile maggio giugno luglio settembre ottobre
dicembre maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart mei
juni juli augustus oktober poniedziałek wtorek środa czwartek piątek sobota niedziela styczeń
luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień
hello thanks thank regards dear hi best kind please invoice order ticket street road avenue
damen herren grüße grüßen gruß team kollegen kunden madame monsieur mesdames messieurs signori
señores señoras heer mevrouw państwo
""".split()) | EXTRA_NOT_NAMES


# the stem change before the dative/locative `-e` of Polish feminine names (`Marta` -> `Marcie`)
_PL_SOFTENED = (("t", "cie"), ("d", "dzie"), ("r", "rze"), ("k", "ce"), ("g", "dze"), ("ł", "le"),
                ("ch", "sze"), ("st", "ście"), ("sł", "śle"), ("zd", "ździe"))


def polish_case_forms(name: str) -> set[str]:
    """The case forms of a (lower-case) Polish first name: Polish text declines names (`dla
    Marka`, `Małgorzacie`, `z Anną`, `Michałowi`), and the lexicon must know them all. Regular
    declension only: feminine and masculine `-a` names, masculine names ending in a consonant
    (with the mobile `e` of `Marek` -> `Marka`, `Paweł` -> `Pawła`); no vocative (`Anno` is
    Italian for year)."""
    if name.endswith("ia"):  # Maria, Zofia, Julia, Natalia
        stem = name[:-1]
        return {stem + "i", stem + "ę", stem + "ą"}
    if name.endswith("a"):
        stem = name[:-1]
        genitive = stem + ("i" if stem[-1:] in "kgl" else "y")
        dative = next((stem[: -len(end)] + soft for end, soft in sorted(_PL_SOFTENED, key=lambda e: -len(e[0]))
                       if stem.endswith(end)), stem + "ie")
        return {genitive, dative, stem + "ę", stem + "ą"}
    if not name[-1:].isalpha() or name[-1] in "aeiouyąęó":
        return set()
    stem = name[:-2] + name[-1] if name[-2:] in ("ek", "eł") else name
    velar = stem[-1] in "kg"
    return {stem + "a", stem + "owi", stem + ("iem" if velar else "em"), stem + "u"}


@functools.lru_cache(maxsize=1)
def first_name_lexicon() -> frozenset[str]:
    """Lower-cased first names: the most common ones by country and community (`given_names`) and
    those of Faker's person providers for `NAME_LOCALES` (when Faker is installed)."""
    names = {name.lower() for listed in GIVEN_NAMES.values() for name in listed}
    names.update(form for name in GIVEN_NAMES["PL"] for form in polish_case_forms(name.lower())
                 if form not in stop_words())
    for locale in NAME_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except (ImportError, AttributeError):
            continue
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            values = getattr(provider, attribute, None) or ()
            names.update(str(v).lower() for v in values)
    return frozenset(n for n in names if len(n) >= 3 and n not in NOT_NAMES and n not in NAMES_THAT_ARE_WORDS)


# Words that open a `Word: ...` line without being a speaker: form fields and CV section headings.
LABEL_WORDS = frozenset(LABELS) | frozenset("""
note notes subject date re tel phone email e-mail mail iban address ticket invoice status priority
total amount reference contact contacts summary profile objective experience education skills
languages interests hobbies references projects certifications training work employment
objet adresse téléphone courriel montant statut priorité profil expérience formation compétences
langues loisirs centres projets betreff datum telefon adresse anschrift kontakt betrag profil
erfahrung berufserfahrung ausbildung kenntnisse fähigkeiten sprachen hobbys interessen projekte
asunto fecha teléfono correo dirección importe estado contacto perfil experiencia formación
educación habilidades idiomas intereses proyectos oggetto data telefono indirizzo importo stato
contatto contatti profilo esperienza formazione istruzione competenze lingue interessi progetti
onderwerp adres bedrag profiel ervaring opleiding vaardigheden talen interesses projecten
temat telefon adres kwota profil doświadczenie wykształcenie umiejętności języki zainteresowania
projekty uwaga uwagi
""".split())
_TITLE_WORDS = frozenset(t.lower().rstrip(".") for t in TITLES)


PARTICLES = frozenset(w for p in PARTICLE_WORDS for w in p.split())


def _common(words: str) -> bool:
    """Whether any of these (lower-case) words is a common word, label, title or too short."""
    return any(len(w) < 3 or w in NOT_NAMES or w in LABEL_WORDS or w in _TITLE_WORDS
               or w in AMBIGUOUS for w in words.split())


@functools.lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's stop-word lists of the seven languages: function words, read without any model."""
    words: set[str] = set()
    for language in ("en", "fr", "de", "es", "it", "nl", "pl"):
        words |= importlib.import_module(f"spacy.lang.{language}.stop_words").STOP_WORDS
    return frozenset(words)


def _function_word(word: str) -> bool:
    """A (lower-case) word that is no name anywhere: function words, labels, titles."""
    return word in NOT_NAMES or word in LABEL_WORDS or word in _TITLE_WORDS or word in stop_words()


def _ordinary(words: str) -> bool:
    """`_common`, or any of these (lower-case) words is a function word of one of the languages."""
    return any(len(w) < 3 or w in AMBIGUOUS or _function_word(w) for w in words.split())


_STREET_BEFORE = regex.compile(  # also inside a street name: `rue Victor [Hugo]`
    r"(?i:(?<![\w])(?:" + _alternatives(STREETS_BEFORE) + r"))(?:[ \t]+(?:de la|de las|de los|del|de|"
    r"della|di|du|des|van|von|der))?[ \t]+(?:\p{Lu}[\p{L}'’\-]*[ \t]+){0,2}$")
_STREET_AFTER = regex.compile(r"(?i:[ \t]+(?:" + _alternatives(STREETS_AFTER) + r"))(?![\w])")
_STREET_AFTER_NUMBER = regex.compile(r"(?i:[ \t]+(?:" + _alternatives(STREETS_AFTER_NUMBER) + r"))(?![\w])")
_HOUSE_NUMBER = regex.compile(r"(?<![\w.,])\d{1,4}[a-zA-Z]?,?[ \t]+$")
_STREET_WORD = regex.compile(r"(?i:\p{L}{3}(?:" + _alternatives(STREET_SUFFIXES) + r"))$")
_LEGAL_AFTER = regex.compile(r"[ \t]*,?[ \t]*(?:" + _alternatives(LEGAL_FORMS) + r")(?![\w])")
_BUSINESS_BEFORE = regex.compile(r"(?<![\w])(\p{L}+)[ \t]+(?:(?i:de|du|des|di|da|del|van|von|la|le|el|de la)[ \t]+)?$")


# a saint's name is a place, a church, a school or a hospital (`St Mary's`, `Sankt Georg`)
SAINTS = ("St", "Saint", "Sankt", "San", "Santa", "Santo", "São", "Sint", "Święty", "Święta")
_SAINT_BEFORE = regex.compile(r"(?<![\w])(?i:" + _alternatives(SAINTS) + r")\.?[ \t]+$")


def not_a_person(text: str, start: int, end: int) -> bool:
    """A name-shaped span that is an address or an organisation by what surrounds it.

    After a street word (`rue`, `via`, `ul.`, `calle`) or ending in one (`Victoria Road`,
    `Goethestraße`), it is a street; after `St`, `Saint`, `San`, a place or an institution;
    before a legal form (`GmbH`, `S.p.A.`, `Sp. z o.o.`), or holding or following a business word
    (`café`, `Bäckerei`, `Piekarnia`), an organisation.
    """
    span = text[start:end]
    words = span.split()
    if not words:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if _STREET_BEFORE.search(text, max(line_start, start - 30), start) or _SAINT_BEFORE.search(text, max(0, start - 8), start):
        return True
    last = words[-1].lower()
    if last in STREETS_AFTER and len(words) > 1 or _STREET_WORD.search(last) or _STREET_AFTER.match(text, end):
        return True
    if _HOUSE_NUMBER.search(text, max(line_start, start - 8), start) and (
            last in STREETS_AFTER_NUMBER and len(words) > 1 or _STREET_AFTER_NUMBER.match(text, end)):
        return True
    if _LEGAL_AFTER.match(text, end) or words[-1] in LEGAL_FORMS or words[-1] in ("Sp", "S.A", "S.L"):
        return True
    if any(w.lower() in BUSINESS_WORDS for w in words):
        return True
    before = _BUSINESS_BEFORE.search(text, max(line_start, start - 30), start)
    return before is not None and before.group(1).lower() in BUSINESS_WORDS


def _fold(word: str) -> str:
    """Lower case without accents or punctuation, as e-mail addresses spell names (`maría` ->
    `maria`, `o'brien` -> `obrien`)."""
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("ł", "l").replace("ø", "o").replace("ß", "ss"))
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def _valid_name(span: str) -> bool:
    words = span.split()
    lead = 0
    while lead < len(words) - 1 and words[lead].lower() in PARTICLES:
        lead += 1
    first = words[lead].rstrip(".").lower()
    if all(w.lower() in LABEL_WORDS for w in words):
        return False  # `paid to IBAN ...`
    return first not in NOT_NAMES and first not in _TITLE_WORDS


class PersonRuleRecognizer(DatalabRecognizer):
    """PERSON from titles, trigger phrases, form labels, closing lines and a first-name lexicon."""

    ENTITY = "PERSON"
    CONTEXT = ()
    title_score = 0.85
    trigger_score = 0.75
    lexicon_pair_score = 0.7
    lexicon_single_score = 0.55
    speaker_score = 0.6
    capitalised_run_score = 0.55
    start_pair_score = 0.5
    model_languages: frozenset[str] = frozenset()  # set by the engine: languages with spaCy NER

    def __init__(self, supported_language: str = "any", *, use_lexicon: bool = True) -> None:
        super().__init__(supported_language)
        self._lexicon = first_name_lexicon() if use_lexicon else frozenset()

    def find(self, text: str, language: str) -> list[Detection]:
        out: list[Detection] = []
        name = self.name
        for pattern, score in ((_TITLE, self.title_score), (_TRIGGER, self.trigger_score),
                               (_LABEL, self.trigger_score), (_CLOSING, self.trigger_score),
                               (_PAYEE, self.trigger_score)):
            for match in pattern.finditer(text):
                start, end = match.span(match.lastindex)  # `_CLOSING` has two places for the name
                span = text[start:end]
                if pattern is _TITLE and span.isupper() and text[match.start():start].strip().isupper():
                    continue  # `MODULO DI ISCRIZIONE`: a title in capitals (`DI`, `PC`) in a heading
                if _valid_name(span):
                    out.append((start, end, "PERSON", score, name))
        out.extend(self._listed(text))
        for match in _INITIALS.finditer(text):
            start, end = match.span(1)
            surname = text[start:end].split(".")[-1].strip().lower()
            before = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
            if before is not None and before.group().split()[0].lower().rstrip(".") not in _TITLE_WORDS and \
                    (language != "de" or _ordinary(surname)):
                continue  # German capitalises the noun before a name: `Rechtsanwältin A. Matthäi`
            if surname in NOT_NAMES or surname in LABEL_WORDS or surname in _TITLE_WORDS:
                continue
            out.append((start, end, "PERSON", self.trigger_score, name))
        if language not in self.model_languages and language != "de":
            # sentence-initial pair of capitalised words followed by a lower-case word: in
            # languages that do not capitalise nouns this is a name, a place or an organisation
            for match in _START_PAIR.finditer(text):
                tokens = [match.group(1), *match.group(2).split()]
                if any(t.lower() in NOT_NAMES or t.lower() in _TITLE_WORDS or t.lower() in LABEL_WORDS
                       for t in tokens if t.lower() not in PARTICLES):
                    continue
                out.append((match.start(1), match.end(2), "PERSON", self.start_pair_score, name))
        if language not in self.model_languages:
            for match in _CAP_RUN.finditer(text):
                before = match.group(1).lower()
                if language == "de" and before not in _DE_BEFORE:
                    continue  # German capitalises every noun: only after a person-taking word
                tokens = [match.group(2), *match.group(3).split()]
                if any(t.lower() in NOT_NAMES or t.lower() in _TITLE_WORDS for t in tokens if t.lower() not in PARTICLES):
                    continue
                out.append((match.start(2), match.end(3), "PERSON", self.capitalised_run_score, name))
        out.extend(self._speakers(text))
        out.extend(self._chat(text))
        out.extend(self._by_context(text, language))
        if "@" in text:
            out.extend(self._spelt_in_email(text))
        for pattern in (_CONTACT_HEADER, _BEFORE_EMAIL):
            for match in pattern.finditer(text):
                start, end = match.span(1)
                words = text[start:end].split()
                if any(w.lower() in LABEL_WORDS or w.lower() in NOT_NAMES for w in words) or \
                        not _valid_name(text[start:end]):
                    continue
                if len(words) == 1 and words[0].lower() not in self._lexicon:
                    continue  # a lone word above a phone number may be a heading (`Kontakt`)
                if len(words) == 3 and words[0].lower() not in self._lexicon and \
                        SENTENCE_START.search(text, max(0, start - 3), start):
                    start = text.index(words[1], start + len(words[0]))  # `Yesterday Jan Nowak (...)`
                out.append((start, end, "PERSON", self.trigger_score, name))
        if not self._lexicon:
            return out
        lexicon = self._lexicon
        for match in _SINGLE.finditer(text):
            low = match.group().lower()
            if "-" in low and low not in lexicon and all(map(self._known, low.split("-"))):
                low = low.split("-")[0]  # `Hans-Jürgen`, `Fatima-Zahra`: two known first names
            if not self._known(low):
                genitive = _GENITIVE_NOUN.get(language)
                if genitive is not None and low[-1] == "s" and self._known(low[:-1]) and \
                        genitive.match(text, match.end()):
                    out.append((match.start(), match.end() - 1, "PERSON", self.lexicon_single_score, name))
                continue
            pair = _SURNAME_AFTER.match(text, match.end())
            if pair is not None and pair.group(1).lower() not in NOT_NAMES:
                end = pair.end(2) if pair.group(2) and pair.group(2).lower() not in NOT_NAMES else pair.end(1)
                out.append((match.start(), end, "PERSON", self.lexicon_pair_score, name))
                continue
            starts_sentence = SENTENCE_START.search(text, max(0, match.start() - 3), match.start())
            if (starts_sentence and not _ACTS.match(text, match.end())) or \
                    DAY_BEFORE.search(text, max(0, match.start() - 4), match.start()):
                continue  # a capitalised word starting a sentence; the month of `3 Sep 2023`
            out.append((match.start(), match.end(), "PERSON", self.lexicon_single_score, name))
        for match in _CAPS_PAIR.finditer(text):
            first = match.group(1).lower()
            surname = match.group(2).split()[-1].lower()
            if all(map(self._known, first.split("-"))) and \
                    not _ordinary(surname) and surname not in BUSINESS_WORDS:
                out.append((*match.span(), "PERSON", self.lexicon_pair_score, name))
        out.extend(self._casual(text))
        return out

    def _known(self, word: str) -> bool:
        """A (lower-case) known first name that is not mostly something else (`will`, `rose`)."""
        return word in self._lexicon and word not in AMBIGUOUS

    def _by_context(self, text: str, language: str) -> list[Detection]:
        """Names by the words around them: a kinship word after a possessive, a form field whose
        whole value is a full name, a heading addressing the reader, a signature."""
        out: list[Detection] = []
        for match in _KIN.finditer(text):
            span = match.group(1)
            if _valid_name(span) and not _ordinary(span.split()[0].lower()):
                out.append((*match.span(1), "PERSON", self.trigger_score, self.name))
        for match in _FIELD.finditer(text):
            if match.group(1).split()[0].lower() in THING_LABELS:  # `Titular del vehículo` is a person
                continue
            value = match.group(2)
            if _valid_name(value) and not _ordinary(" ".join(w for w in value.lower().split() if w not in PARTICLES)):
                out.append((*match.span(2), "PERSON", self.lexicon_pair_score, self.name))
        for match in _QUOTED.finditer(text):
            if _valid_name(match.group(1)):
                out.append((*match.span(1), "PERSON", self.trigger_score, self.name))
        for match in _FIELD_WORD.finditer(text):
            word = match.group(1).lower()
            if self._known(word) and not _ordinary(word):
                out.append((*match.span(1), "PERSON", self.lexicon_pair_score, self.name))
        for match in _WITH_DEPARTMENT.finditer(text):
            first = match.group(1).split()[0].lower()
            if SENTENCE_START.search(text, max(0, match.start() - 3), match.start()) and first not in self._lexicon:
                continue  # `Nota de RR. HH.`: a heading
            if _valid_name(match.group(1)) and not _ordinary(first):
                out.append((*match.span(1), "PERSON", self.trigger_score, self.name))
        for match in _APPOSITIVE.finditer(text):
            words = [w.rstrip(".").lower() for w in match.group(1).split()]
            if len(words) == 1 and words[0] not in self._lexicon:
                continue  # one unknown capitalised word between commas is as often a place
            if _valid_name(match.group(1)) and not _ordinary(" ".join(w for w in words if len(w) > 1 and w not in PARTICLES)):
                out.append((*match.span(1), "PERSON", self.lexicon_pair_score, self.name))
        for match in _VOCATIVE.finditer(text):
            if match.group(1).lower() in LABEL_WORDS:
                continue  # a section heading starting a list: `Interests: Cooking, photography`
            word = match.group(2).lower()
            if not _ordinary(word) and (language != "de" or word in self._lexicon):  # German nouns are capitalised
                out.append((*match.span(2), "PERSON", self.trigger_score, self.name))
        for match in _SIGNATURE.finditer(text.rstrip()):
            words = [w.lower() for w in match.group(1).split() if len(w) > 2]
            if _valid_name(match.group(1)) and not _ordinary(" ".join(words)):
                out.append((*match.span(1), "PERSON", self.trigger_score, self.name))
        return out

    def _spelt_in_email(self, text: str) -> list[Detection]:
        """The words before an e-mail address that its local part spells: a first name and a
        surname both in it, or a surname in it after the first name's initial (`mvidal`)."""
        out: list[Detection] = []
        for address in _EMAIL_LOCAL.finditer(text):
            match = _WORDS_BEFORE.search(text, max(0, address.start() - 80), address.start())
            if match is None:
                continue
            local = _fold(address.group(1))
            words = list(regex.finditer(r"[\p{L}'’-]+", match.group(1)))
            taken = 0
            for word in reversed(words):
                folded = _fold(word.group())
                if len(folded) < 2 or _function_word(word.group().lower()) or folded not in local:
                    break
                taken += 1
            initial = _fold(words[-taken - 1].group())[:1] if 0 < taken < len(words) else ""
            if initial and (local.startswith(initial) or local.rstrip("0123456789._-").endswith(initial)) and \
                    not _function_word(words[-taken - 1].group().lower()):
                taken += 1  # `maría vidal` for `mvidal`, `matthias schumacher` for `schumacherm24`
            if taken >= 2:
                first = words[-taken]
                out.append((match.start(1) + first.start(), match.start(1) + words[-1].end(), "PERSON",
                            self.trigger_score, self.name))
        return out

    def _casual(self, text: str) -> list[Detection]:
        """Known first names in lower case, with the surname after them, in casual writing (chats,
        posts: most sentences start in lower case, so a lower-case word may well be a name)."""
        firsts = [m.group(1) for m in _SENTENCE_FIRST_LETTER.finditer(text)]
        if len(firsts) < 2 or sum(c.islower() for c in firsts) < 0.7 * len(firsts):
            return []
        out: list[Detection] = []
        for match in _LOWER_WORD.finditer(text):
            word = match.group()
            if word not in self._lexicon or word in CHAT_STOP or _ordinary(word):
                continue
            end = match.end()
            surname = _NEXT_LOWER_WORD.match(text, end)
            if surname is not None and surname.group(1) not in CHAT_STOP and not _ordinary(surname.group(1)):
                end = surname.end(1)
            out.append((match.start(), end, "PERSON", self.speaker_score, self.name))
        return out

    def _listed(self, text: str) -> list[Detection]:
        """Every name-shaped item of a list of people after its label (`Attendees: A B, C D and E`)."""
        out: list[Detection] = []
        for match in _LIST_LABEL.finditer(text):
            start, end = match.span(1)
            cuts = [(m.start(), m.end()) for m in _LIST_SPLIT.finditer(text, start, end)]
            bounds = [start, *(c for cut in cuts for c in cut), end]
            for item_start, item_end in zip(bounds[::2], bounds[1::2]):
                item = _LIST_ITEM.fullmatch(text, item_start, item_end)
                if item is not None and _valid_name(item.group(1)):
                    out.append((item.start(1), item.end(1), "PERSON", self.trigger_score, self.name))
        return out

    def _chat(self, text: str) -> list[Detection]:
        """Lower-case chats and posts: speakers of three or more lines with one recurring, and, when
        most of the text is lower case, a name after a person-taking phrase (`ping marta`) or a
        known first name after thanks or a greeting (`thx anna`, `grüße an lydia`)."""
        matches = [m for m in _LOWER_SPEAKER.finditer(text) if _common(m.group(1)) is False]
        speakers = [m.group(1) for m in matches]
        out: list[Detection] = []
        if len(speakers) >= 3 and any(speakers.count(s) > 1 for s in speakers):
            out.extend((m.start(1), m.end(1), "PERSON", self.speaker_score, self.name) for m in matches)
        letters = [c for c in text if c.isalpha()]
        if len(letters) < 20 or sum(c.islower() for c in letters) < 0.9 * len(letters):
            return out  # only casual writing drops capitals; elsewhere a lower-case word is no name
        for match in _CHAT_TRIGGER.finditer(text):
            first = match.group(2)
            known = self._known(first)
            # after `ask`/`ping`/`pídele a` any uncommon word; after thanks only a known first name
            if not known and (match.group(1) is None or _common(first) or first in CHAT_STOP):
                continue
            end = match.end(2)
            for word in regex.finditer(r"\S+", match.group(3)):
                if _common(word.group()) is not False or word.group() in CHAT_STOP:
                    break
                end = match.start(3) + word.end()
            out.append((match.start(2), end, "PERSON", self.speaker_score, self.name))
        return out

    def _speakers(self, text: str) -> list[Detection]:
        """Speakers of a transcript (`Name: ...` lines).

        Two or more speaker lines of which one speaker recurs or is a known first name make a
        transcript, and then every speaker that is not a form label or section heading is a name;
        outside a transcript only a recurring speaker or a known first name is.
        """
        matches = [m for m in _SPEAKER.finditer(text)
                   if m.group(1).lower() not in NOT_NAMES and m.group(1).lower() not in LABEL_WORDS]
        if not matches:
            return []
        speakers = [m.group(1) for m in matches]
        known = {s for s in speakers if speakers.count(s) > 1 or s.lower().split()[0] in self._lexicon}
        chat = len(speakers) >= 2 and bool(known)
        return [(m.start(1), m.end(1), "PERSON", self.speaker_score, self.name)
                for m in matches if chat or m.group(1) in known]
