"""PLOVER contexts of an event: the trigger's own plus topic cues in its sentence."""

from __future__ import annotations

import re
from functools import lru_cache

_TOPIC_CUES: list[tuple[str, re.Pattern[str]]] = [
    (ctx, re.compile(pattern, re.IGNORECASE)) for ctx, pattern in [
        ("territory", r"sahara|territor|sovereign|souveraineté|الصحراء|السياد|border dispute|annex"),
        ("peacekeeping", r"peacekeep|minurso|maintien de la paix|casques bleus|حفظ السلام|مينورسو|\bmission\b|البعثه"),
        ("election", r"election|élection|ballot|scrutin|vote\b|انتخاب|ولايه خامسه|fifth term|cinquième mandat"),
        ("terrorism", r"terror|jihad|djihad|إرهاب|ارهاب|antiterroriste"),
        ("economic", r"econom|trade|commerc|tarif|invest|énerg|energy|اقتصاد|تجار|financ"),
        ("human_rights", r"human rights|droits de l'homme|droits humains|حقوق الانسان"),
        ("migration", r"migra|réfugi|refugee|لاجئ|مهاجر"),
        ("legal", r"\bcourt\b|tribunal|prosecut|parquet|justice|محكم|نيابه|قضاء|international law|droit international"),
        ("military", r"troops|military|army|armée|militaire|جيش|عسكري|قوات"),
        ("health", r"health|santé|vaccin|epidem|épidém|صح"),
        ("pro_democracy", r"democra|démocra|ديمقراط|constitutional order|ordre constitutionnel"),
        ("repression", r"crackdown|répression|قمع"),
        ("natural_resource", r"\bgas\b|\bgaz\b|oil|pétrole|phosphat|غاز|نفط"),
    ]
]


@lru_cache(maxsize=256)
def _topics(sentence: str) -> tuple[str, ...]:
    """The topic contexts cued in a sentence, in the order of ``_TOPIC_CUES``: the events of
    one sentence share them, so each sentence is searched once."""
    return tuple(ctx for ctx, pattern in _TOPIC_CUES if pattern.search(sentence))


def contexts(trigger_ctx: tuple[str, ...], sentence: str, event_type: str) -> list[str]:
    found = list(trigger_ctx)
    for ctx in _topics(sentence):
        if ctx not in found:
            found.append(ctx)
    if event_type in ("CONSULT", "AGREE", "SUPPORT", "REQUEST", "REJECT") and "diplomatic" not in found:
        found.insert(0, "diplomatic")
    return found
