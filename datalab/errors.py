"""The errors Datalab raises, named after what the caller should do about them.

Terminal errors stop the run and say how to fix the input; transient ones may be retried;
record-level problems never raise: they become quarantined rows with a reason.
"""

from __future__ import annotations


class DatalabError(Exception):
    """Base class: every message is a full sentence a data steward can act on."""


class TerminalError(DatalabError):
    """Retrying will not help: the spec, the credentials or the data must change."""


class TransientError(DatalabError):
    """A passing condition (network, throttling): the same call may succeed later."""


class SpecError(TerminalError):
    """The pipeline spec is invalid. `problems` lists every error with its YAML location."""

    def __init__(self, message: str, problems: list[SpecProblem] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class SpecProblem:
    """One spec error: where it is (file, line, dotted field path), what is wrong, how to fix it."""

    __slots__ = ("path", "line", "column", "field", "message", "hint")

    def __init__(
        self,
        *,
        path: str,
        field: str,
        message: str,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.path = path
        self.field = field
        self.message = message
        self.line = line
        self.column = column
        self.hint = hint

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}:{self.column or 1}"
        text = f"{where}: {self.field or '<root>'}: {self.message}"
        return f"{text} (hint: {self.hint})" if self.hint else text

    def as_dict(self) -> dict[str, object]:
        return {s: getattr(self, s) for s in self.__slots__}


class SourceError(TerminalError):
    """A whole input cannot be read (missing, unreadable, corrupt). Names the file or endpoint."""


class ConnectorError(DatalabError):
    """Base for connector failures; the message names the connector and the endpoint."""


class ConnectorUnavailable(ConnectorError, TransientError):
    """The endpoint did not answer or answered 429/5xx after the retries."""


class ConnectorAuthError(ConnectorError, TerminalError):
    """Credentials were refused or expired."""


class PolicyRefused(ConnectorError, TerminalError):
    """A licence or usage policy is not in the spec's allowed list, or the provider refused."""


class StageFailed(TerminalError):
    """A stage's gate failed (validation `fail` policy, synthetic quality or privacy gate)."""


class OutputExists(TerminalError):
    """The output location already holds a committed dataset and overwriting was not asked for."""


class MissingDependency(TerminalError):
    """An optional dependency a stage needs is not installed; the message has the install line."""
