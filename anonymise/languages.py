"""Language of each document: py3langid restricted to the EU languages, or a column/option.

Short or digit-heavy texts are unreliable to classify; they fall back to `default` (the first of
the configured languages) rather than to whatever py3langid guesses.
"""

from __future__ import annotations

import functools

EU_LANGUAGES = ("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu",
                "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv")
MIN_CHARS = 20


@functools.lru_cache(maxsize=8)
def _identifier(languages: tuple[str, ...]):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    supported = [lang for lang in languages if lang in identifier.nb_classes]
    identifier.set_languages(supported)
    return identifier


def detect(texts: list[str | None], *, languages: tuple[str, ...] = EU_LANGUAGES,
           default: str = "en") -> list[str]:
    """One ISO 639-1 code per text (`default` for empty or very short texts)."""
    identifier = _identifier(tuple(languages))
    out: list[str] = []
    for text in texts:
        if not text or sum(ch.isalpha() for ch in text[:400]) < MIN_CHARS:
            out.append(default)
            continue
        # lower-cased: the character n-gram model is trained on running text, and forms or CVs
        # written in capitals (`NOMBRE: … TELÉFONO: …`) are otherwise classified as another language
        out.append(identifier.classify(text[:2000].lower())[0])
    return out
