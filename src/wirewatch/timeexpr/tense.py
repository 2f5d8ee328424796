"""Whether the clause around a time expression speaks of the future.

Used only to choose between the last and the next occurrence of a weekday, a day-month
or a month without year; the default is the past, as news mostly reports what happened.
"""

from __future__ import annotations

import re

_EN = re.compile(
    r"(?<![\w])(?:will|shall|won't|is to|are to|is due to|are due to|is expected to|"
    r"are expected to|scheduled|plans? to|planned|is set to|are set to|set for|slated|upcoming|"
    r"is due|are due|due in|due on|"
    r"to be held|going to|would travel|will travel)(?![\w])"
)
# "would" is future only before the expression: "the president would step down on Wednesday",
# not the reported saying "said on Monday he would resign".
_EN_WOULD = re.compile(r"(?<![\w])would(?!\s+(?:have|not\s+have|never\s+have))(?![\w])")
_FR = re.compile(
    r"(?<![\w])(?:doit|doivent|devrait|devraient|prévue?s?|va|vont|aura lieu|auront lieu|"
    r"se tiendra|se tiendront|prochaine?s?|programmée?s?|attendue?s?|fixée?s?)(?![\w])"
)
# French simple future, 3rd person: se rendra, recevra, participeront, aura, sera ...
_FR_FUTURE_VERB = re.compile(
    r"(?<![\w'])[a-zàâçéèêëîïôûù]{2,}(?:era|eront|ira|iront|dra|dront|vra|vront|"
    r"ourra|ourront|aura|auront|sera|seront|fera|feront)(?![\w])"
)
_FR_NOT_VERBS = frozenset({
    "caméra", "camera", "opéra", "opera", "riviera", "extra", "sahara", "cathédra",
    "sierra", "ankara", "smara", "tiara", "lira", "mira",
})
_AR = re.compile(
    r"(?<![\w])(?:[وف]?سوف|المقبل|المقبله|القادم|القادمه|من المقرر|من المنتظر|"
    r"من المتوقع|يعتزم|تعتزم|يزمع|تزمع)(?![\w])"
)
# Arabic future prefix sa- on an imperfect verb: سيزور، ستعقد، سنواصل
_AR_FUTURE_VERB = re.compile(r"(?<![\w])[وف]?س[يتن][\u0621-\u064a]{3,}")
_AR_NOT_VERBS = frozenset({
    "سياسه", "سياسي", "سياسيه", "سياسات", "سياسيين", "سياده", "سياره", "سيارات", "سيارتين",
    "سنه", "سنوات", "سنتين", "سنوي", "سنويه", "سنويا", "ستين", "سيطره", "سيناء",
    "ستوكهولم", "سيول", "سنغافوره", "سياق", "سيرغي", "سيرجي", "ستيفان", "ستافان", "سيئول",
    "ستارمر", "سنجار", "سيبيريا", "سيدي", "سيده", "سيناريو", "ستراسبورغ", "سيفاستوبول",
    "سيمفروبول", "سينمائي", "سيمينار", "سيرين", "ستالين", "سيناتور", "سيادي", "سياحه",
    "سياحي", "سياحيه", "سياج", "سنغال", "السنغال", "سنتيمتر", "ستون", "سيلفا",
})
# Stems that begin like a future verb but are past verbs or nouns in every form: سيطر "took
# control" (سيطرت، سيطروا), سياسة "policy", سيارة "car", سيادة "sovereignty".
_AR_NOT_VERB_STEMS = ("سياس", "سيطر", "سيار", "سياد", "سياح", "سينا")


# Markers that put a whole sentence in the future, complement clauses included.
_STRONG = re.compile(
    r"(?<![\w])(?:من المقرر|من المنتظر|من المتوقع|is scheduled|are scheduled|is expected to|"
    r"are expected to|il est prévu|est prévue? pour)(?![\w])")
_CLAUSE_BREAK = re.compile(
    r"[,;:«»\"“”()]|(?<![\w])qu'|(?<![\w])(?:that|which|who|where|while|after|before|que|qui|où|"
    r"alors que|tandis que|après|avant|ان|انه|الذي|التي|بعد|قبل|حيث)(?![\w])")


def is_future(folded: str, original: str, start: int, end: int, lang: str) -> bool:
    """Future markers in the clause around [start, end) of ``folded`` (same sentence)."""
    left = max(0, start - 120)
    for stop in (". ", "\n", "! ", "? "):
        cut = folded.rfind(stop, left, start)
        if cut != -1:
            left = max(left, cut + 1)
    right = min(len(folded), end + 50)
    for stop in (". ", "\n", "! ", "? "):
        cut = folded.find(stop, end, right)
        if cut != -1:
            right = min(right, cut)
    if _STRONG.search(folded[left:right]):
        return True
    # the clause only: "a annoncé lundi qu'il se rendra ..." is past for "lundi"
    for m in _CLAUSE_BREAK.finditer(folded, left, start):
        left = max(left, m.end())
    after = _CLAUSE_BREAK.search(folded, end, right)
    if after:
        right = after.start()
    window = folded[left:right]
    if lang == "en":
        return bool(_EN.search(window) or _EN_WOULD.search(folded, left, start))
    if lang == "fr":
        if _FR.search(window):
            return True
        for m in _FR_FUTURE_VERB.finditer(window):
            word = m.group(0)
            if word in _FR_NOT_VERBS or original[left + m.start()].isupper():
                continue
            return True
        return False
    if lang == "ar":
        if _AR.search(window):
            return True
        for m in _AR_FUTURE_VERB.finditer(window):
            word = m.group(0)
            if word[0] in "وف" and word[1] == "س":
                word = word[1:]
            if word in _AR_NOT_VERBS or word.startswith(_AR_NOT_VERB_STEMS):
                continue
            return True
    return False
