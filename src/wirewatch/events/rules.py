"""PLOVER coding conventions applied after a trigger is found (see docs/events.md)."""

from __future__ import annotations

# A planned or announced future CONSULT, SUPPORT, COOPERATE or AID is an AGREE; a future
# RETREAT is a CONCEDE.  The future is then carried by the type, not by aux.
_FUTURE_AS = {"CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE",
              "RETREAT": "CONCEDE"}


def apply_conventions(event_type: str, mode: str | None, aux: str | None,
                      trigger: str) -> tuple[str, str | None, str | None]:
    """(type, mode, aux) after PLOVER's conversions of future events."""
    if aux == "future" and event_type in _FUTURE_AS:
        return _FUTURE_AS[event_type], None, None
    if event_type == "ASSAULT" and aux == "future":
        return "THREATEN", "violence", None  # an announced attack is a threat of violence
    if event_type == "THREATEN" and aux == "hypothetical":
        return event_type, mode, None  # a threat is conditional by nature
    return event_type, mode, aux
