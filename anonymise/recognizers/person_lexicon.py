"""Word lists for the rule-based PERSON recogniser (`persons.py`), in en fr de es it nl pl.

Kept apart from the rules so that the rules stay readable; every list is lower case unless it
says otherwise.
"""

from __future__ import annotations

# Ranks, offices and forms of address written right before a surname (`PC Walsh`, `brigadier
# Jansen`, `POK Huber`, `st. sierż. Nowak`, `juf Anouk`): police, military, clergy, school, law.
# Matched as written and, when longer than an abbreviation, with a capital first letter; a
# trailing dot is required.
RANKS = (
    # en
    "PC", "DC", "DS", "DI", "DCI", "Sgt", "sergeant", "constable", "inspector", "detective",
    "officer", "captain", "Capt", "lieutenant", "Lt", "Cllr", "councillor", "Rev", "Revd", "reverend",
    "father", "sister", "nurse", "judge", "mister", "doctor",
    # fr
    "brigadier", "brigadier-chef", "gendarme", "adjudant", "adjudant-chef", "capitaine",
    "commandant", "maréchal des logis", "inspecteur", "commissaire", "lieutenant", "agent",
    "abbé", "père", "sœur", "maître",
    # de
    "POM", "POK", "PHK", "KHK", "PK", "polizeimeister", "polizeiobermeister", "polizeikommissar",
    "polizeihauptkommissar", "kommissar", "kommissarin", "hauptkommissar", "hauptkommissarin",
    "Richter am Amtsgericht", "Richterin am Amtsgericht", "Richter am Landgericht",
    "Richterin am Landgericht", "wachtmeister", "inspektor", "inspektorin", "pfarrer",
    "pfarrerin", "schwester", "pastor",
    "med.", "hauptmann", "leutnant", "oberleutnant", "feldwebel", "doktor",
    # es
    "agente", "sargento", "cabo", "teniente", "capitán", "inspectora", "subinspector",
    "subinspectora", "comisario", "comisaria", "guardia", "padre", "sor", "Ldo.", "Lda.",
    # it
    "appuntato", "brigadiere", "maresciallo", "carabiniere", "ispettore", "ispettrice",
    "commissario", "sovrintendente", "capitano", "tenente", "don", "suor", "prof.ssa", "maestro",
    "maestra", "dottore", "dottoressa", "dottor",
    # nl
    "agente", "hoofdagent", "inspecteur", "hoofdinspecteur", "wachtmeester", "app.", "rechercheur",
    "juf", "juffrouw", "meester", "mr.", "ir.", "ing.", "drs.", "pastoor", "zuster", "brigadier",
    "dokter",
    # pl
    "sierż.", "st. sierż.", "mł. asp.", "asp.", "st. asp.", "post.", "st. post.", "kpt.", "por.",
    "podinsp.", "insp.", "nadkom.", "kom.", "ks.", "mec.", "prof.", "dr hab.",
)

# Forms of address also written in lower case in running text (`la dott.ssa Curci`, `il sig.
# Rossi`, `pan Nowak`, `la señora Gil`); persons.TITLES holds them as written in headings.
LOWER_CASE_TITLES = (
    "mr", "mrs", "ms", "miss", "monsieur", "madame", "mme", "herr", "frau", "señor", "señora",
    "doña", "sr", "sra", "dra", "sig", "sig.ra", "sig.na", "dott", "dott.ssa", "avv", "prof", "pan", "heer",
    "pani",
)

# Family members, partners and neighbours after a possessive (`my partner Maricel`, `mia moglie
# Dilani`, `meinem Nachbarn Kofi Mensah`): the name that follows is that person's.
POSSESSIVES = (
    "my", "our", "his", "her", "their", "your", "mon", "ma", "mes", "son", "sa", "ses", "notre",
    "votre", "leur", "mein", "meine", "meinem", "meinen", "meiner", "dein", "deine", "deinem",
    "deinen", "deiner", "sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem",
    "ihren", "ihrer", "unser", "unsere", "unserem", "unseren", "unserer", "mi", "mis", "su", "sus",
    "nuestro", "nuestra", "tu", "mio", "mia", "suo", "sua", "nostro", "nostra", "tuo", "tua",
    "mijn", "zijn", "haar", "onze", "ons", "uw", "je", "mój", "moja", "moim", "moją", "mojego",
    "mojej", "mojemu", "jego", "jej", "nasz", "nasza", "naszym", "naszą", "naszego", "naszej",
    "twój", "twoja",
)
KINSHIP = (
    # en
    "partner", "wife", "husband", "spouse", "son", "daughter", "mother", "father", "brother",
    "sister", "neighbour", "neighbor", "friend", "grandson", "granddaughter", "niece", "nephew",
    "cousin", "fiancé", "fiancée", "boyfriend", "girlfriend",
    # fr
    "femme", "mari", "conjoint", "conjointe", "fils", "fille", "mère", "père", "frère", "sœur",
    "voisin", "voisine", "ami", "amie", "compagnon", "compagne", "petit-fils", "petite-fille",
    "neveu", "nièce", "cousine",
    # de
    "frau", "mann", "ehemann", "ehefrau", "partnerin", "sohn", "tochter", "mutter", "vater",
    "bruder", "schwester", "nachbar", "nachbarn", "nachbarin", "freund", "freundin", "enkel",
    "enkelin", "lebensgefährte", "lebensgefährtin", "neffe", "nichte",
    # es
    "esposa", "esposo", "marido", "mujer", "pareja", "hijo", "hija", "madre", "padre", "hermano",
    "hermana", "vecino", "vecina", "amigo", "amiga", "nieto", "nieta", "sobrino", "sobrina",
    "primo", "prima", "novio", "novia",
    # it
    "moglie", "marito", "compagno", "compagna", "figlio", "figlia", "fratello", "sorella",
    "vicino", "vicina", "amico", "amica", "nipote", "cugino", "cugina", "fidanzato", "fidanzata",
    # nl
    "vrouw", "man", "echtgenoot", "echtgenote", "vriend", "vriendin", "zoon", "dochter", "moeder",
    "vader", "broer", "zus", "buurman", "buurvrouw", "kleinzoon", "kleindochter", "neef", "nicht",
    # pl
    "żona", "żoną", "mąż", "mężem", "partnerka", "syn", "synem", "córka", "córką", "matka",
    "ojciec", "brat", "siostra", "sąsiad", "sąsiadka", "przyjaciel", "przyjaciółka", "wnuk",
    "wnuczka", "kuzyn", "kuzynka", "narzeczony", "narzeczona",
)

# First words of a `Label: Value` line whose value is a thing, a place or an organisation, never
# a person: the value of any other label that looks like a full name is taken as one.
THING_LABELS = frozenset("""
address adresse anschrift dirección indirizzo adres city ville stadt ciudad città stad miasto
company firma empresa società entreprise bedrijf employer arbeitgeber employeur school schule
école escuela scuola szkoła hospital krankenhaus hôpital ospedale ziekenhuis szpital subject
betreff objet asunto oggetto onderwerp temat bank product produkt produit producto prodotto
location ort lieu lugar luogo plaats miejsce department abteilung service servicio reparto
afdeling dział re fwd description descripción descrizione désignation designation omschrijving
nazwa towar towaru usługi opis leistung artikel article artículo articolo item items concepto
concept model modèle modelo modello vehicle véhicule fahrzeug vehículo veicolo voertuig pojazd
device gerät appareil dispositivo apparaat urządzenie
""".split())

# Form labels whose value is a person (`Witness: …`, `Zeugin: …`, `Najemca: …`), besides those in
# persons.LABELS; an optional number may follow (`Applicant 2:`).
ROLE_LABELS = (
    # en
    "first name", "first names", "first name(s)", "forename", "forenames", "surname", "last name",
    "family name", "given name", "given names", "emergency contact", "next of kin", "tenant",
    "landlord", "witness", "guardian", "parent", "parent/guardian", "mother", "father", "spouse",
    "partner", "pupil", "student", "doctor", "gp", "physician", "referee", "line manager",
    "supervisor", "buddy", "mentor", "approved by", "prepared by", "reviewed by", "checked by",
    "signed by", "submitted by", "reported by", "recorded by", "taken by", "owner", "cardholder",
    "policyholder", "insured", "beneficiary", "driver", "victim", "chair", "chairperson",
    "secretary", "treasurer", "minute taker", "minutes", "host", "organiser", "co-applicant",
    "joint applicant", "teacher", "carer", "representative", "attn", "attention",
    # fr
    "prénoms", "prénom(s)", "nom de famille", "nom d'usage", "nom de naissance", "personne à contacter",
    "personne à prévenir", "employé", "employée", "candidate", "patiente", "cliente",
    "locataire", "propriétaire", "bailleur", "bailleresse", "témoin", "tuteur", "tutrice",
    "responsable légal", "représentant légal", "conjoint", "conjointe", "élève", "médecin",
    "médecin traitant", "référent", "référente", "responsable", "approuvé par", "préparé par",
    "rédigé par", "validé par", "signé par", "vérifié par", "établi par", "président",
    "présidente", "secrétaire", "trésorier", "trésorière", "affilié", "affiliée", "assuré",
    "assurée", "bénéficiaire", "demandeur", "demandeuse", "déclarant", "déclarante",
    "conducteur", "conductrice", "victime", "interlocuteur", "interlocutrice", "garant",
    "garante", "cotitulaire", "co-titulaire", "expéditeur",
    # de
    "familienname", "geburtsname", "ansprechpartnerin", "kontaktperson", "notfallkontakt",
    "bewerberin", "patientin", "mieterin", "mieter", "mietinteressent", "mietinteressentin",
    "vermieter", "vermieterin", "zeuge", "zeugin", "erziehungsberechtigte", "erziehungsberechtigter",
    "vater", "mutter", "ehegatte", "ehegattin", "ehepartner", "ehepartnerin", "schüler",
    "schülerin", "arzt", "ärztin", "hausarzt", "hausärztin", "betreuer", "betreuerin",
    "vorgesetzte", "vorgesetzter", "teamleiter", "teamleiterin", "genehmigt von", "erstellt von",
    "geprüft von", "unterschrieben von", "bearbeitet von", "sachbearbeiter", "sachbearbeiterin",
    "verfasser", "verfasserin", "protokoll", "protokollführer", "protokollführerin", "vorsitz",
    "vorsitzende", "vorsitzender", "versicherte", "versicherter", "versicherungsnehmer",
    "versicherungsnehmerin", "kontoinhaberin", "steuerpflichtige person", "steuerpflichtige",
    "steuerpflichtiger", "dienstnehmer", "dienstnehmerin", "arbeitnehmer", "arbeitnehmerin",
    "antragsteller", "antragstellerin", "mitbewohner", "mitbewohnerin", "bürge", "bürgin",
    "fahrer", "fahrerin", "geschädigte", "geschädigter", "empfängerin", "absender", "absenderin",
    # es
    "nombres", "apellido", "nombre completo", "persona de contacto", "contacto de emergencia",
    "trabajador", "trabajadora", "candidata", "paciente", "inquilino", "inquilina",
    "arrendatario", "arrendataria", "arrendador", "arrendadora", "propietario", "propietaria",
    "testigo", "tutor", "tutora", "cónyuge", "cónyuge a cargo", "alumno", "alumna", "médico",
    "médica", "médico de cabecera", "doctora", "responsable", "supervisora", "aprobado por",
    "preparado por", "elaborado por", "revisado por", "firmado por", "redactado por",
    "presidenta", "secretario", "secretaria", "tesorero", "tesorera", "cotitular", "solicitante",
    "beneficiario", "beneficiaria", "asegurado", "asegurada", "tomador", "tomadora", "conductor",
    "conductora", "denunciante", "víctima", "aval", "avalista", "remitente", "fdo", "fdo.",
    # it
    "nominativo", "referente", "persona di contatto", "contatto di emergenza",
    "familiare di riferimento", "lavoratore", "lavoratrice", "datore di lavoro", "datrice di lavoro",
    "candidata", "paziente", "inquilino", "conduttore", "conduttrice", "locatore", "locatrice",
    "proprietario", "proprietaria", "testimone", "tutore", "genitore", "coniuge", "alunno",
    "alunna", "medico", "medico curante", "responsabile", "supervisore", "approvato da",
    "preparato da", "redatto da", "verificato da", "firmato da", "presidente", "segretario",
    "segretaria", "tesoriere", "autrice", "intestataria", "cointestatario", "cointestataria",
    "richiedente", "beneficiario", "beneficiaria", "assicurato", "assicurata", "conducente",
    "new hire", "new starter", "unfallbeteiligte", "beteiligte", "współnajemca", "współnajemczyni",
    "garante", "mittente", "relatore", "relatrice", "verbalizzante",
    # nl
    "voornaam", "voornamen", "achternaam", "familienaam", "noodcontact", "werknemer",
    "werkneemster", "sollicitant", "sollicitante", "patiënt", "patiënte", "verhuurder",
    "verhuurster", "aanvrager", "aanvraagster", "mede-aanvrager", "getuige", "voogd", "ouder",
    "ouder/verzorger", "echtgenoot", "echtgenote", "leerling", "arts", "huisarts",
    "behandelend arts", "begeleider", "begeleidster", "leidinggevende", "teamleider",
    "goedgekeurd door", "opgesteld door", "gecontroleerd door", "ondertekend door", "voorzitter",
    "secretaris", "penningmeester", "notulist", "notulen", "aangeslotene", "verzekerde",
    "begunstigde", "bestuurder", "melder", "borg", "geadresseerde", "afzender",
    # pl
    "imiona", "osoba kontaktowa", "osoba do kontaktu", "osoba odpowiedzialna",
    "kontakt w nagłych wypadkach", "pracodawca", "kandydatka", "pacjent", "pacjentka",
    "klientka", "najemca", "najemczyni", "wynajmujący", "wynajmująca", "świadek", "opiekun",
    "opiekunka", "rodzic", "małżonek", "małżonka", "uczeń", "uczennica", "lekarz", "lekarka",
    "lekarz prowadzący", "przełożony", "przełożona", "kierownik", "kierowniczka", "zatwierdził",
    "zatwierdziła", "sporządził", "sporządziła", "przygotował", "przygotowała", "podpisał",
    "podpisała", "przewodniczący", "przewodnicząca", "sekretarz", "skarbnik", "protokolant",
    "protokolantka", "posiadacz", "wnioskodawca", "wnioskodawczyni", "beneficjent",
    "ubezpieczony", "ubezpieczona", "kierowca", "poszkodowany", "poszkodowana", "zgłaszający",
    "zgłaszająca", "cudzoziemiec", "cudzoziemka", "przyjął", "przyjęła", "nadawca",
)

# Labels of a list of people (`Attendees: A B, C D and E F`): every name-shaped item is a name.
LIST_LABELS = (
    "attendees", "present", "absent", "apologies", "participants", "members", "witnesses",
    "parents", "guardians", "referees", "cc", "bcc", "organisers", "speakers",
    "présents", "présentes", "présent(e)s", "absents", "absentes", "excusés", "excusées",
    "excusé(e)s", "participants", "membres", "témoins", "parents", "destinataires",
    "teilnehmende", "teilnehmer", "teilnehmerinnen", "anwesend", "anwesende", "abwesend",
    "entschuldigt", "zeugen", "eltern", "betreuer", "gäste",
    "asistentes", "presentes", "ausentes", "participantes", "miembros", "testigos",
    "excusa su asistencia", "excusan su asistencia", "padres",
    "presenti", "assenti", "assente giustificato", "assenti giustificati", "partecipanti",
    "membri", "testimoni", "genitori", "accompagnatori",
    "aanwezig", "aanwezigen", "afwezig", "afwezig met bericht", "deelnemers", "leden",
    "getuigen", "begeleiders", "ouders",
    "obecni", "obecne", "nieobecni", "nieobecne", "uczestnicy", "członkowie", "świadkowie",
    "opiekunowie", "rodzice",
    # signatures of a document (`Firme: Milani (responsabile) – Neri (dipendente)`)
    "signed", "signatures", "signatories", "signé", "unterschriften", "gezeichnet",
    "firmas", "firmado", "firme", "firmato", "handtekeningen", "getekend", "podpisy", "podpisano",
)

# Departments named after a colleague (`MacLeod from finance`, `Barbieri dell'amministrazione`,
# `Zschiesche aus der Buchhaltung`): the capitalised word before is a person.
DEPARTMENTS = (
    "finance", "accounts", "accounting", "hr", "payroll", "it", "sales", "marketing", "legal",
    "compliance", "procurement", "reception", "support", "logistics", "the warehouse",
    "la compta", "la comptabilité", "comptabilité", "rh", "la paie", "l'accueil", "accueil",
    "le juridique", "achats", "buchhaltung", "der buchhaltung", "der personalabteilung",
    "personalabteilung", "dem vertrieb", "vertrieb", "der it", "dem einkauf", "einkauf",
    "contabilidad", "administración", "recursos humanos", "rr. hh.", "rrhh", "ventas",
    "compras", "nóminas", "amministrazione", "l'amministrazione", "contabilità", "risorse umane",
    "ufficio acquisti", "acquisti", "vendite", "segreteria", "administratie", "de administratie",
    "boekhouding", "de boekhouding", "personeelszaken", "inkoop", "verkoop", "financiën",
    "księgowości", "kadr", "działu kadr", "działu it", "sprzedaży", "zakupów",
)

# Words that end a list item: conjunctions of the seven languages.
LIST_CONJUNCTIONS = ("and", "et", "und", "sowie", "y", "e", "ed", "en", "i", "oraz", "&")

# A street word right before a span (`rue Victor Hugo`, `via Garibaldi`, `ul. Jana Pawła II`)
# or as its last word / the word after it (`Victoria Road`, `Mill Lane`): an address.
STREETS_BEFORE = (
    "rue", "avenue", "av.", "boulevard", "bd", "bd.", "chemin", "allée", "impasse", "place",
    "quai", "cours", "route", "square", "via", "viale", "piazza", "piazzale", "corso", "largo",
    "vicolo", "calle", "avenida", "avda.", "paseo", "plaza", "carrer", "camino", "ronda",
    "travesía", "glorieta", "ul.", "al.", "ulica", "aleja", "pl.", "plac", "os.", "osiedle",
    "straße", "strasse", "platz",
    # rooms and halls named after people (`salle Florence`, `sala Victoria`)
    "sala", "salle", "saal", "zaal", "room", "sali",
)
STREETS_AFTER = (
    "road", "rd", "street", "avenue", "ave", "drive", "crescent", "terrace", "straße", "strasse",
    "allee", "laan", "straat", "gracht",
)
# words that are street types and surnames (`Lane`, `Hill`, `Park`): a street only after a house
# number (`12 Grace Lane`)
STREETS_AFTER_NUMBER = (
    "lane", "close", "way", "square", "gardens", "grove", "place", "row", "court", "walk", "mews",
    "hill", "park", "parade", "quay", "platz", "gasse", "weg", "ring", "damm", "plein", "kade",
    "singel", "dijk",
)
# the same written as one word with the name (`Goethestraße`, `Stuyvesantweg`, `Wittstraat`);
# only in a longer word, since `Platz`, `Weg` or `Dijk` alone are also surnames
STREET_SUFFIXES = (
    "straße", "strasse", "str.", "gasse", "allee", "platz", "weg", "damm", "ufer", "laan",
    "straat", "plein", "gracht", "kade", "singel", "steeg",
)

# Legal-form suffixes: the capitalised words before them are a company's name.
LEGAL_FORMS = (
    "GmbH", "AG", "KG", "OHG", "GbR", "e.V.", "eG", "Ltd", "Ltd.", "Limited", "plc", "PLC", "LLP",
    "LLC", "Inc", "Inc.", "Corp", "Corp.", "BV", "B.V.", "NV", "N.V.", "VOF", "V.O.F.", "vzw",
    "VZW", "asbl", "SA", "S.A.", "SAS", "S.A.S.", "SARL", "S.A.R.L.", "SNC", "EURL", "S.L.", "SL",
    "S.L.U.", "S.A.U.", "SLU", "SpA", "S.p.A.", "Srl", "S.r.l.", "SRL", "S.n.c.", "S.a.s.", "Sp. z o.o.", "Sp.z o.o.", "sp. z o.o.", "S.A", "s.c.", "Sp. j.", "Sp. k.",
    "Sp", "& Co", "& Co.", "& Zn", "& Zonen", "& Söhne", "& Fils", "& Sons", "& Partners",
    "& Partner", "& Hijos", "& Figli", "& Wspólnicy",
)

# Words that name a kind of business or institution: a capitalised run right after one, or one
# containing one, is an organisation (`café De Roos`, `Bäckerei Schulz`, `Piekarnia Nowak`).
BUSINESS_WORDS = frozenset("""
juzgado tribunal tribunale rechtbank sąd sądu szpital szpitala hospital hôpital ospedale
krankenhaus ziekenhuis klinikum policía policia policja komenda polizei politie gendarmerie
carabinieri museo musée museum muzeum banca banco banque seguros assicurazioni
verzekeringen gestoría frutería oficina ufficio büro kantoor biuro medizin geneeskunde
ortopedia medicina médecine centrum centro zentrum wspólnoty wspólnota letrado letrada
administración amministrazione verwaltung administratie ingeniería informática scienza
café cafe bar pub restaurant brasserie bistro hotel hôtel hostel pension gasthaus gasthof
ristorante trattoria osteria pizzeria pasticceria gelateria panificio macelleria farmacia
restaurante cafetería panadería pastelería carnicería ferretería librería inmobiliaria
construcciones transportes talleres taller gráficas distribuciones
bäckerei konditorei metzgerei fleischerei apotheke autohaus stadtwerke gärtnerei schreinerei
tischlerei malerbetrieb elektro sanitär immobilien hausverwaltung versicherung versicherungen
boulangerie pâtisserie boucherie charcuterie pharmacie librairie optique atelier garage
immobilier rénovation transports menuiserie plomberie mutualité mutuelle cabinet
bouwbedrijf fietsenmakerij bakkerij slagerij apotheek makelaardij installatietechniek
schildersbedrijf aannemersbedrijf transportbedrijf vleeswaren stichting vereniging
piekarnia drukarnia kawiarnia kawiarni cukiernia apteka kwiaciarnia meble hurtownia
przychodnia biuro kancelaria firma firmie firmy spółdzielnia stolarnia zakład infolinia
trasporti costruzioni ditta società impresa officina ottica edilizia
company group holding holdings logistics analytics solutions services consulting partners
associates systems technologies industries bank insurance clinic dental pharmacy bakery
garage motors properties estates lettings
klinik kliniek klinika clinique clínica clinica praxis salon studio
cooperativa coöperatie genossenschaft coopérative grupo gruppo groupe gruppe grupa consultores
consulenti cantina tipografia autofficina energia energie énergie
""".split())

# Capitalised words that are never names in these languages: German polite pronouns and role
# nouns, Polish address forms (`Drodzy Rodzice`).
EXTRA_NOT_NAMES = frozenset("""
sie ihnen ihr ihre ihrem ihren ihrer ihres euch kollegin kollege kollegen eltern rodzice
drodzy drogie kochani szanowni prochaine prochain bienvenue bienvenido bienvenida benvenuto
benvenuta welkom willkommen welcome witamy
""".split())

# Words right after which a lower-case name may follow in a lower-case chat (`ask marta`,
# `pídele a jon`, `chiedi a paola`, `frag mal uwe`, `vraag jij els`, `demander à léa`, `zapytaj ewę`).
CHAT_TRIGGERS = (
    "ask", "tell", "ping", "cc", "pídele a", "pregúntale a", "dile a", "avisa a", "chiedi a",
    "di' a", "dì a", "frag mal", "frag", "sag", "vraag", "vraag jij", "zeg tegen", "demande à",
    "demander à", "dis à", "zapytaj", "powiedz", "napisz do",
)
# thanks in a chat: only a known first name after them (`thanks anna`, not `thanks again`)
CHAT_THANKS = ("thanks", "thx", "gracias", "grazie", "danke", "bedankt", "merci", "dzięki",
               # greetings and shout-outs, in casual posts
               "hi", "hey", "hello", "shoutout to", "shout out to", "love to", "cheers", "salut",
               "coucou", "bisous à", "bises à", "bonjour", "hallo", "grüße an", "gruß an", "liebe grüße an",
               "hola", "saludos a", "besos a", "un abrazo a", "ciao", "saluti a", "un abbraccio a",
               "hoi", "groetjes aan", "groeten aan", "cześć", "pozdrowienia dla", "pozdrawiam")
# words that end a lower-case name in a chat (besides the common words of persons.NOT_NAMES)
CHAT_STOP = frozenset("""
bitte please pls om les los las gli i die der das den dem dass ob if to can could about for
him her them you all everyone team guys folks ihn ihm uns euch alle lui elle eux vous tous hem
haar hen jullie iedereen jego ją ich wszystkich todos tutti again lot much mille beaucoup schön
per para pour um zum zur voor naar o ou oder or of if what wat was qué che cosa co czy że
""".split())

# Bank-statement and transfer wording right before the other party, often a private person and
# often in capitals (`FASTER PAYMENT TO JANE DOE`, `VIR SEPA M JEAN DUPONT`, `PRZELEW DO ...`).
PAYEE_PHRASES = (
    # en
    "payment to", "faster payment to", "transfer to", "bank transfer to", "standing order to",
    "paid to", "payment from", "transfer from", "received from",
    # fr
    "vir sepa", "vir sepa de", "vir sepa a", "virement à", "virement a", "virement de",
    "virement sepa à", "virement sepa de", "virement en faveur de", "prlv sepa",
    # de
    "überweisung an", "sepa-überweisung an", "überweisung von", "gutschrift von", "dauerauftrag an",
    # es
    "transferencia a", "transferencia a favor de", "transferencia de", "bizum a", "bizum de",
    # it
    "bonifico a favore di", "bonifico a", "bonifico da", "bonifico di", "giroconto a",
    # nl
    "overboeking naar", "overboeking van", "overschrijving naar", "overschrijving van",
    "betaling aan", "betaling van",
    # pl
    "przelew do", "przelew od", "przelew na rzecz", "przelew dla", "wpłata od",
)


# First names of the lexicon's non-EU and regional locales (persons.NAME_LOCALES) that are also
# ordinary words, places or chat words in the seven languages (`Server`, `Beste`, `Oke`,
# `Bello`, `Ange`; `Carol` of `Carol singers`): left out of the lexicon, which takes any
# capitalised occurrence for a name.
NAMES_THAT_ARE_WORDS = frozenset("""
adel aimable allen alpin ama amar amara ambar ange anis asia asma assunta astride baba bali
barak basel basil beat beda bello bergen beste biel blanche campo can canal cielo clair
comfort corneille cristal cristiana danish darin dary dev deviner divan dom domingos dona
désiré désirée döner eta ever fares felice fella forum francia gabel gallego ganga
gioia harsh hermes ide israel jad jai jara jeton kader kaiser lady leider liban libia limon
lio loot lucky mac mad magnolia man manuelle maximo mentor merita mora nadir nail narcisse
nas nazi neider nel nil oba oke oliva olive ona oni panini paye pearl pietra racha raid
ramadan ray regula reto rim romaine rossa rosy ruby saal sad sai salami sani seda segundo
seler server sile siti tan teddy til toy veer verde violet wilder
carol
""".split())

# Words that introduce a name in quotes (`known to her as "Grant"`, `lo firmó «GARCÍA FERRER»`):
# nicknames in statements, signatures on delivery receipts.
QUOTED_NAME_PHRASES = (
    "known as", "known to her as", "known to him as", "known to me as", "known to us as",
    "signed by", "signed for by", "name tag says", "connu sous le nom de", "connue sous le nom de",
    "que je connais sous le nom de", "signé par", "bekannt als", "kenne als", "unterschrieben von",
    "conocido como", "conocida como", "conoce como", "conozco como", "firmado por", "lo firmó",
    "la firmó", "conosciuto come", "conosciuta come", "conosco come", "firmato da", "bekend als",
    "ken als", "getekend door", "ondertekend door", "znany jako", "znana jako", "podpisane przez",
    "podpisał", "podpisała",
)
