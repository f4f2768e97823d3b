"""The DSP state machines (from the specification's `.puml` files, 2025-1-err1), shared by the
consumer's callback endpoint and the test provider so both enforce the same transitions."""

from __future__ import annotations

# negotiation: state -> {message that moves it: next state}
NEGOTIATION_TERMINAL = frozenset({"FINALIZED", "TERMINATED"})
TRANSFER_TERMINAL = frozenset({"COMPLETED", "TERMINATED"})

# what the *provider* may send to the consumer, by current consumer-side state
PROVIDER_NEGOTIATION_MOVES = {
    "ContractOfferMessage": ({"REQUESTED"}, "OFFERED"),
    "ContractAgreementMessage": ({"REQUESTED", "ACCEPTED"}, "AGREED"),
    "FINALIZED": ({"VERIFIED"}, "FINALIZED"),
    "ContractNegotiationTerminationMessage": ({"REQUESTED", "OFFERED", "ACCEPTED", "AGREED", "VERIFIED"}, "TERMINATED"),
}
# what the *consumer* may send to the provider, by current provider-side state
CONSUMER_NEGOTIATION_MOVES = {
    "ContractRequestMessage": ({"OFFERED"}, "REQUESTED"),
    "ACCEPTED": ({"OFFERED"}, "ACCEPTED"),
    "ContractAgreementVerificationMessage": ({"AGREED"}, "VERIFIED"),
    "ContractNegotiationTerminationMessage": ({"REQUESTED", "OFFERED", "ACCEPTED", "AGREED"}, "TERMINATED"),
}
# transfer moves are symmetric (either side may complete, suspend or terminate)
TRANSFER_MOVES = {
    "TransferStartMessage": ({"REQUESTED", "SUSPENDED"}, "STARTED"),
    "TransferCompletionMessage": ({"STARTED"}, "COMPLETED"),
    "TransferSuspensionMessage": ({"STARTED"}, "SUSPENDED"),
    "TransferTerminationMessage": ({"REQUESTED", "STARTED", "SUSPENDED"}, "TERMINATED"),
}


def move(table: dict[str, tuple[set[str], str]], current: str, message: str) -> str | None:
    """The next state, or None when `message` is not allowed in `current`."""
    allowed, nxt = table.get(message, (set(), ""))
    return nxt if current in allowed else None
