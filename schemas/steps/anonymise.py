"""Options of the `anonymise` stage and the anonymisation policy (pydantic only, no Presidio).

A policy says what is personal data and what happens to it: entity types found in free text map
to operators, structured columns declared as identifiers get an operator without any NER, and the
quasi-identifiers whose k-anonymity the report checks are named. It lives inline in the spec or
in its own YAML file (`policy: policies/health.yaml`); its sha256 goes into the report.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from schemas.steps.base import StepBase

OperatorType = Literal["redact", "replace", "mask", "pseudonymise", "generalise", "drop", "keep"]

DEFAULT_ENTITIES = [
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "IBAN_CODE", "CREDIT_CARD", "EU_VAT",
    "DE_TAX_ID", "FR_NIR", "NL_BSN", "PL_PESEL", "SE_PERSONNUMMER", "BE_NATIONAL_NUMBER", "DK_CPR",
    "AT_SSN", "PT_NIF", "IE_PPSN", "ES_NIF", "IT_FISCAL_CODE",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Operator(_Model):
    """What replaces a detected value. A bare string (`pseudonymise`) is short for `{type: ...}`."""

    type: OperatorType = Field(
        default="replace",
        description="`redact` removes the value; `replace` puts a tag (`<PERSON>`); `mask` hides "
        "characters; `pseudonymise` gives a keyed HMAC pseudonym (same input, same pseudonym, so "
        "joins survive); `generalise` coarsens dates, ages and postcodes; `drop` removes a whole "
        "column (columns only); `keep` leaves the value (it is still counted in the report).",
    )
    tag: str | None = Field(default=None, description="`replace`: the tag; defaults to `<ENTITY_TYPE>`.")
    masking_char: str = Field(default="*", min_length=1, max_length=1, description="`mask`: the character.")
    keep_last: int = Field(default=0, ge=0, description="`mask`: characters left visible at the end.")
    generalise_to: Literal["year", "month", "band", "prefix"] | None = Field(
        default=None,
        description="`generalise`: `year`/`month` for dates, `band` for ages and numbers, "
        "`prefix` for postcodes and codes. Defaults by value: dates to year, numbers to band, "
        "other text to prefix.",
    )
    band_width: int = Field(default=10, gt=0, description="`generalise` to `band`: width (10 -> `30-39`).")
    prefix_chars: int = Field(default=2, ge=0, description="`generalise` to `prefix`: characters kept.")
    pseudonym_chars: int = Field(default=16, ge=8, le=64, description="`pseudonymise`: hex characters of the pseudonym.")

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        return {"type": value} if isinstance(value, str) else value


class ColumnRule(_Model):
    """A structured column declared as an identifier: transformed as a whole, without NER."""

    operator: Operator = Field(default_factory=lambda: Operator(type="pseudonymise"),
                               description="What to do with every value of the column.")
    entity: str | None = Field(
        default=None,
        description="Entity type of the column in the report and in pseudonyms (e.g. "
        "`EMAIL_ADDRESS`), so a value pseudonymised here and in free text gets the same pseudonym. "
        "Defaults to the upper-cased column name.",
    )

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        if isinstance(value, str):
            return {"operator": {"type": value}}
        return value


class KeySource(_Model):
    """Where the pseudonym key comes from. It is never written to a report, a log or an error."""

    env: str | None = Field(default="DATALAB_PSEUDONYM_KEY", description="Environment variable holding the key.")
    file: str | None = Field(default=None, description="File holding the key (used when set; wins over `env`).")


class Policy(_Model):
    """What is personal data and what happens to it."""

    version: str = Field(default="1", description="Your version label of this policy, copied into the report.")
    entities: list[str] = Field(
        default_factory=lambda: list(DEFAULT_ENTITIES),
        description="Entity types looked for in free text. Add `LOCATION`/`ORGANIZATION` to have "
        "NER places and organisations handled too, or types from your own recognisers.",
    )
    threshold: float = Field(default=0.5, ge=0, le=1, description="Minimum score for a detection to be acted on.")
    allow_list: list[str] = Field(
        default_factory=list,
        description="Terms never touched even when detected (compared case-insensitively with the whole detected span).",
    )
    default_operator: Operator = Field(default_factory=Operator, description="Operator for entity types not in `operators`.")
    operators: dict[str, Operator] = Field(
        default_factory=dict, description="Operator per entity type found in free text, e.g. `PERSON: pseudonymise`."
    )
    columns: dict[str, ColumnRule] = Field(
        default_factory=dict,
        description="Structured columns declared as identifiers, by name, e.g. `email: pseudonymise`, "
        "`birth_date: {operator: {type: generalise, generalise_to: year}}`, `ssn: drop`.",
    )
    quasi_identifiers: list[str] = Field(
        default_factory=list, description="Columns whose combination could single out a person; the report gives the output's k-anonymity over them."
    )
    sensitive_attributes: list[str] = Field(
        default_factory=list, description="Columns whose l-diversity within each quasi-identifier group the report gives."
    )
    k: int = Field(default=5, ge=1, description="k the report checks: groups smaller than this are listed as violations.")
    l: int = Field(default=2, ge=1, description="l the report checks for each sensitive attribute.")  # noqa: E741
    pseudonym_key: KeySource = Field(default_factory=KeySource, description="Where the HMAC key of `pseudonymise` comes from.")
    recognizers: list[str] = Field(
        default_factory=list,
        description="Extra recognisers for this policy as `package.module:ClassName` (see also "
        "the `datalab.recognizers` entry-point group).",
    )


class AnonymiseStep(StepBase):
    """Detects personal data in free text (Presidio recognisers + spaCy NER) and in declared
    columns, applies the policy, and writes `detections/` and an anonymisation report."""

    stage: Literal["anonymise"] = "anonymise"
    policy: Policy | str = Field(
        default_factory=Policy,
        description="The policy, inline, or the path of a YAML file holding one.",
    )
    text_fields: list[str] = Field(
        default_factory=list,
        description="Free-text columns to analyse. Defaults to the spec's `record.text_field`.",
    )
    language: str = Field(
        default="auto",
        description="`auto` detects each document's language (py3langid); or an ISO 639-1 code used for all.",
    )
    language_field: str | None = Field(
        default=None, description="Column holding each row's language code (wins over detection when not null)."
    )
    languages: list[str] = Field(
        default_factory=lambda: ["en", "fr", "de", "es", "it", "nl", "pl", "pt", "sv", "da", "fi",
                                 "cs", "sk", "sl", "hr", "hu", "ro", "bg", "el", "et", "lv", "lt", "mt", "ga"],
        description="Languages detection may choose from (the first is used for texts too short to detect).",
    )
    models: dict[str, str] = Field(
        default_factory=dict,
        description="spaCy package per language (e.g. `de: de_core_news_md`); otherwise the best "
        "installed `*_core_*` package is used, and languages without one run without NER.",
    )
    ner: bool = Field(default=True, description="Use spaCy NER where a model is installed.")
    residual_scan: bool = Field(
        default=True,
        description="Run the analyzer again over the anonymised text and report what it still finds (doubles the analysis cost).",
    )
    detections: bool = Field(default=True, description="Write the `detections/` audit table.")
    ner_batch_size: int = Field(default=256, gt=0, description="Sentences per `nlp.pipe` batch.")
