"""The recogniser base classes: a pattern, a validator (checksum), context words, a score.

Every Datalab recogniser is a Presidio `EntityRecognizer`, so it also plugs into a plain Presidio
`AnalyzerEngine` (`analyze()` returns `RecognizerResult`s). Datalab's own engine calls the cheaper
`find(text, language)` directly: patterns are compiled once per process, candidates that fail the
validator are dropped before any scoring, and context words are applied by the engine
(`anonymise.engine`) with one precompiled regular expression per recogniser.

Scores: a candidate that passes a *strong* check (mod-97, Luhn plus a date, a country prefix
plus a checksum) gets `validated_score`; weak checks (one mod-11 digit on a plain 9-digit number)
give a lower `validated_score` so that a context word is needed to cross the usual 0.5 threshold.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import regex

from presidio_analyzer import EntityRecognizer, RecognizerResult

Detection = tuple[int, int, str, float, str]
"""(start, end, entity type, score, recogniser name) - what every recogniser returns."""

_SEPARATORS = " .-/"


@dataclass(frozen=True)
class Candidate:
    """One regular expression of a recogniser and the score its unvalidated matches get."""

    regex: str
    score: float = 0.3


class DatalabRecognizer(EntityRecognizer):
    """A recogniser the Datalab engine can call with `find()`; Presidio calls `analyze()`.

    Subclasses set `ENTITY`, `CONTEXT` (words in the EU languages, matched as word prefixes,
    case-insensitive, in a window before and after the match) and implement `find`.
    `needs_nlp` is False for every recogniser here: none needs spaCy's tokens.
    """

    ENTITY: str = ""
    CONTEXT: tuple[str, ...] = ()
    LANGUAGES: tuple[str, ...] = ()  # empty = every language
    needs_nlp = False

    def __init__(self, supported_language: str = "any") -> None:
        super().__init__(
            supported_entities=[self.ENTITY],
            name=type(self).__name__,
            supported_language=supported_language,
            context=list(self.CONTEXT),
        )

    def load(self) -> None:  # Presidio hook; everything is compiled in __init__ of subclasses
        return None

    def find(self, text: str, language: str) -> list[Detection]:
        raise NotImplementedError

    def analyze(self, text, entities, nlp_artifacts=None):  # Presidio's entry point
        if entities and self.ENTITY not in entities:
            return []
        return [
            RecognizerResult(entity, start, end, score, recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            })
            for start, end, entity, score, name in self.find(text, self.supported_language)
        ]


class ValidatedPatternRecognizer(DatalabRecognizer):
    """Regular expressions for candidates, a validator (usually `python-stdnum`'s `is_valid`).

    When a candidate with separators fails, its prefixes ending at a separator are tried, longest
    first, so `DE 123456789 2024` still yields `DE 123456789` (greedy patterns never lose a hit
    to the text that follows them).
    """

    CANDIDATES: tuple[Candidate, ...] = ()
    validated_score: float = 0.85
    unvalidated: bool = False  # keep candidates that fail validation at the candidate score
    shrink: bool = True

    def __init__(self, supported_language: str = "any") -> None:
        super().__init__(supported_language)
        self._compiled = [(regex.compile(c.regex, regex.MULTILINE), c.score) for c in self.CANDIDATES]

    def validate(self, value: str) -> bool:
        raise NotImplementedError

    def find(self, text: str, language: str) -> list[Detection]:
        out: list[Detection] = []
        name = self.name
        for pattern, base in self._compiled:
            for match in pattern.finditer(text):
                start, end = match.span()
                hit = self._check(text, start, end)
                if hit is not None:
                    out.append((start, hit, self.ENTITY, self.validated_score, name))
                elif self.unvalidated:
                    out.append((start, end, self.ENTITY, base, name))
        return out

    def _check(self, text: str, start: int, end: int) -> int | None:
        value = text[start:end]
        if self._safe_validate(value):
            return end
        if not self.shrink:
            return None
        for cut in range(len(value) - 1, 4, -1):
            if value[cut] in _SEPARATORS and value[cut - 1] not in _SEPARATORS:
                if self._safe_validate(value[:cut]):
                    return start + cut
        return None

    def _safe_validate(self, value: str) -> bool:
        try:
            return bool(self.validate(value))
        except Exception:  # a validator must never fail the batch (and never echo the value)
            return False


def stdnum_validator(*modules) -> Callable[[str], bool]:
    """`is_valid` of the first `python-stdnum` module that accepts the value."""

    def validate(value: str) -> bool:
        return any(module.is_valid(value) for module in modules)

    return validate


def words(*groups: Iterable[str]) -> tuple[str, ...]:
    """Flatten context word groups (one per language) into one de-duplicated tuple."""
    seen: dict[str, None] = {}
    for group in groups:
        for word in group:
            seen.setdefault(word.lower(), None)
    return tuple(seen)
