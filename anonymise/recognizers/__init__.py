"""Recogniser registry: the built-in EU recognisers plus plugins a data space adds.

Plugin point (documented in the README, section `anonymise`):

* entry points in the group `datalab.recognizers`; each names a recogniser class (a subclass of
  `anonymise.recognizers.base.DatalabRecognizer`, or any Presidio `EntityRecognizer`) or a
  zero-argument callable returning a list of recogniser instances;
* the policy field `recognizers: ["package.module:ClassName", ...]`, same rules, for one run.

Presidio recognisers that are not `DatalabRecognizer`s are called through their `analyze()` with no
NLP artefacts, so pattern recognisers work as they are; ones that need spaCy tokens see none.
"""

from __future__ import annotations

import logging
from importlib.metadata import entry_points

from presidio_analyzer import EntityRecognizer

from anonymise.recognizers.base import DatalabRecognizer, Detection
from anonymise.recognizers.contact import EuEmailRecognizer, EuPhoneRecognizer, EuIpRecognizer
from anonymise.recognizers.finance import EuCreditCardRecognizer, EuIbanRecognizer
from anonymise.recognizers.national_ids import NATIONAL_ID_ENTITIES, NATIONAL_ID_RECOGNIZERS
from anonymise.recognizers.persons import PersonRuleRecognizer
from anonymise.recognizers.vat import EuVatRecognizer
from datalab.errors import TerminalError

ENTRY_POINT_GROUP = "datalab.recognizers"
log = logging.getLogger(__name__)

BUILTIN = (
    EuEmailRecognizer, EuPhoneRecognizer, EuIpRecognizer, EuIbanRecognizer, EuCreditCardRecognizer,
    EuVatRecognizer, *NATIONAL_ID_RECOGNIZERS, PersonRuleRecognizer,
)
PATTERN_ENTITIES = (
    "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "IBAN_CODE", "CREDIT_CARD", "EU_VAT",
    *NATIONAL_ID_ENTITIES,
)
"""Entity types found by patterns and checksums (no language model involved)."""


class RecognizerPluginError(TerminalError):
    """A recogniser named in a policy or an entry point cannot be loaded."""


class PresidioAdapter(DatalabRecognizer):
    """Runs any Presidio `EntityRecognizer` (e.g. a `PatternRecognizer` from YAML) in our engine."""

    def __init__(self, recognizer: EntityRecognizer) -> None:
        self.ENTITY = recognizer.supported_entities[0]
        self.CONTEXT = tuple(w.lower() for w in (recognizer.context or ()))
        super().__init__(recognizer.supported_language)
        self.name = recognizer.name
        self._inner = recognizer

    def find(self, text: str, language: str) -> list[Detection]:
        results = self._inner.analyze(text, self._inner.supported_entities, None) or []
        return [(r.start, r.end, r.entity_type, float(r.score), self.name) for r in results]


def _instantiate(obj, origin: str) -> list[DatalabRecognizer]:
    made = obj() if callable(obj) else obj
    items = made if isinstance(made, (list, tuple)) else [made]
    out: list[DatalabRecognizer] = []
    for item in items:
        if isinstance(item, DatalabRecognizer):
            out.append(item)
        elif isinstance(item, EntityRecognizer):
            out.append(PresidioAdapter(item))
        else:
            msg = (f"recogniser plugin {origin} gave a {type(item).__name__}, not a recogniser; it "
                   "must be a DatalabRecognizer or Presidio EntityRecognizer class or a callable "
                   "returning a list of them")
            raise RecognizerPluginError(msg)
    return out


def load_named(path: str) -> list[DatalabRecognizer]:
    """Load `module:Attribute` named in a policy."""
    from schemas.stages import load_object

    try:
        obj = load_object(path)
    except (ImportError, AttributeError, ValueError) as exc:
        msg = (f"cannot load recogniser {path!r} named in the policy's `recognizers`: {exc}. "
               "Give it as `package.module:ClassName` and make sure the package is installed.")
        raise RecognizerPluginError(msg) from exc
    return _instantiate(obj, repr(path))


def plugin_recognizers() -> list[DatalabRecognizer]:
    """Recognisers from installed `datalab.recognizers` entry points; broken ones are skipped with a warning."""
    out: list[DatalabRecognizer] = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            out.extend(_instantiate(ep.load(), f"entry point {ep.name!r}"))
        except Exception as exc:  # one broken plugin must not break unrelated runs
            log.warning("skipping recogniser entry point %r (%s): %s", ep.name, ep.value, type(exc).__name__)
    return out


def build_recognizers(extra: list[str] | tuple[str, ...] = (), *, use_plugins: bool = True,
                      use_name_lexicon: bool = True) -> list[DatalabRecognizer]:
    """Built-ins + entry-point plugins + the policy's named recognisers, each instantiated once."""
    recognizers: list[DatalabRecognizer] = []
    for cls in BUILTIN:
        recognizers.append(cls(use_lexicon=use_name_lexicon) if cls is PersonRuleRecognizer else cls())
    if use_plugins:
        recognizers.extend(plugin_recognizers())
    for path in extra:
        recognizers.extend(load_named(path))
    return recognizers


__all__ = ["BUILTIN", "ENTRY_POINT_GROUP", "PATTERN_ENTITIES", "DatalabRecognizer", "Detection",
           "PresidioAdapter", "RecognizerPluginError", "build_recognizers", "load_named"]
