"""PLOVER coding conventions applied after a trigger is found (see docs/events.md)."""

from __future__ import annotations

import re

# A planned or announced future CONSULT, SUPPORT, COOPERATE or AID is an AGREE; a future
# RETREAT is a CONCEDE.  The future is then carried by the type, not by aux.
_FUTURE_AS = {"CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE",
              "RETREAT": "CONCEDE"}
_SENDING = re.compile(r"\b(?:sen[dt]|dispatch|deploy|envoy|envoi|déplo|dépêch)", re.IGNORECASE)
# the same verbs in Arabic (folded text), with an attached conjunction or future prefix:
# إرسال، أرسل، يرسل، سيرسل، أوفد، بعث.  نشر ("deploy") is left out: Arabic news uses it as much
# for troops a state keeps on its own soil ("ستنشر ... على حدودها") as for a promise to another
_SENDING_AR = re.compile(r"(?<!\w)[وف]?س?(?:ال)?(?:ارسال|ارسل|يرسل|ترسل|نرسل|ايفاد|اوفد|يوفد|توفد|"
                         r"بعث|يبعث|تبعث)")
# "will not accept", "n'accepterait aucun accord", "لن نقبل": a refusal stated now, whatever the tense
_REFUSED_ACCEPTANCE = re.compile(r"(?:won't|wouldn't|will not|would not|n'accept|n'admet|لن\s+(?:[نيت]قبل|[نيت]سمح))",
                                 re.IGNORECASE)
# sanctions or coercion a party says it could apply are threats of them
_CONDITIONAL_THREAT = {"SANCTION", "COERCE"}
# an agreement or a concession is a commitment about the future by nature: "plans to hold joint
# drills", "تعتزم إجراء مناورات", "is to release the hostages" are agreed now, with no future aux
_COMMITMENT = {"AGREE", "CONCEDE"}


def apply_conventions(event_type: str, mode: str | None, aux: str | None,
                      trigger: str, negated: bool = False) -> tuple[str, str | None, str | None]:
    """(type, mode, aux) after PLOVER's conversions of future events.

    A negated future event ("will not attend the summit") is no agreement: it keeps its type.
    """
    if aux == "future" and event_type == "MOBILIZE" and not negated \
            and (_SENDING.search(trigger) or _SENDING_AR.match(trigger)):
        return "AGREE", None, None  # "will send troops to": a promise of forces, unlike "will hold drills"
    if aux == "future" and event_type in _FUTURE_AS and not negated:
        return _FUTURE_AS[event_type], None, None
    if event_type == "ASSAULT" and aux == "future":
        return "THREATEN", "violence", None  # an announced attack is a threat of violence
    if event_type in _CONDITIONAL_THREAT and aux == "hypothetical":
        return "THREATEN", None, None  # "could impose new sanctions": a threat of sanctions
    if event_type == "REJECT" and aux in ("hypothetical", "future") and _REFUSED_ACCEPTANCE.match(trigger):
        return event_type, mode, None
    if event_type == "THREATEN" and aux in ("hypothetical", "future"):
        return event_type, mode, None  # a threat is about the future and conditional by nature
    if event_type in _COMMITMENT and aux == "future" and not negated:
        return event_type, mode, None  # "will not renew the pact" stays a negated future AGREE
    return event_type, mode, aux
