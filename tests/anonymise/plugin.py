"""A data space's own recogniser, loaded by the policy's `recognizers` field in the tests."""

from __future__ import annotations

from anonymise.recognizers.base import Candidate, ValidatedPatternRecognizer


class EmployeeIdRecognizer(ValidatedPatternRecognizer):
    ENTITY = "EMPLOYEE_ID"
    CANDIDATES = (Candidate(r"\bEMP-\d{6}\b"),)
    validated_score = 0.9

    def validate(self, value: str) -> bool:
        return True
