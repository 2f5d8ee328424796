"""Where a coded event happened: a place in a locative phrase of its clause."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirewatch.geo.finder import PlaceFinder
from wirewatch.geo.gazetteer import get_gazetteer
from wirewatch.records import Document, Place, Sentence
from wirewatch.timeexpr.sentences import document_sentences, sentence_index_at
from wirewatch.timeexpr.text import fold

# The preposition (with optional article and "city of"/"capital" words) right before a place.
_LOCATIVE = {
    "en": re.compile(
        r"(?<![\w])(?:in|at|near|outside|inside|across|throughout|on the outskirts of|"
        r"held in|hosted in|struck|hit|attacked|shelled|bombed|targeted|seized|captured|"
        r"took control of|control of|hosted by)\s+(?:the\s+)?(?:(?:several|many|some|various|parts of|"
        r"streets of|the streets of)\s+)?(?:(?:[A-Za-z-]+\s+){0,2}(?:city|town|capital|port|"
        r"village|province|region|republic)\s+of\s+)?$"),
    "fr": re.compile(
        r"(?<![\w])(?:à|a|au|aux|en|dans|près de|près d'|depuis|attentat de|attaque de|"
        r"frontière de|frappé|bombardé|visé|accueillie?s? par|sommet de|sommet d')\s*(?:la\s+|le\s+|l'|les\s+)?"
        r"(?:(?:ville|capitale|localité|région|province|commune|rues)\s+(?:\w+\s+)?(?:de|d')\s*)?$"),
    "ar": re.compile(
        r"(?<![\w])(?:[وف]?(?:في|قرب|داخل|خارج|استهدفت|استهدف|قصف|قصفت|هاجم|هاجمت|استضافتها|استضافت|تستضيف|يستضيف|قمه|مؤتمر)|[وف]?ب)\s*"
        r"(?:(?:مدينه|العاصمه|بلده|منطقه|ولايه|محافظه|اقليم|مقر|شوارع|احياء|ضواحي|جنوب|شمال|"
        r"شرق|غرب|وسط)\s+)?$"),
}
# A visit's destination is where the visit happens.
_VISIT = {
    "en": re.compile(r"(?:(?:visit(?:ed|ing|s)?|trip|travel(?:led|ed|s)?|arrived|flew|went|came|"
                     r"journey)\s+(?:\w+\s+){0,2}(?:to|in)\s+(?:the\s+)?|(?<![\w])(?:visited|visiting|"
                     r"visits|will visit|to visit)\s+)$"),
    "fr": re.compile(r"(?:(?:rendu|rendue|rendra|rendre|visite|voyage|route|arrivé|arrivée|"
                     r"déplacement|tournée|séjour)\s+(?:\w+\s+){0,2}(?:vers|à|au|en|dans)\s*(?:la\s+|le\s+|l')?|"
                     r"(?<![\w])(?:visité|visitera|visiter)\s+)$"),
    "ar": re.compile(r"(?:(?:زياره|يزور|زار|تزور|توجه|وصل|يصل|وصول|جوله|رحله|سافر|يتوجه)\s+(?:\S+\s+){0,2}"
                     r"(?:الي|لـ?)\s*|(?<![\w])[وف]?(?:يزور|زار|تزور|زارت|سيزور|ستزور)\s+)$"),
}
# A place after these heads names what something is about, not where the event happened:
# "the UN mission in Western Sahara", "l'émissaire des Nations unies au Sahara".
_NOT_LOCATION_HEAD = re.compile(
    r"(?:mission|envoy|ambassador|embassy|conflict|war|crisis|situation|issue|question|dispute|"
    r"ceasefire|truce|cessez-le-feu|trêve|peace|paix|"
    r"émissaire|envoyé|ambassadeur|ambassade|conflit|guerre|crise|dossier|différend|"
    r"représentant|mandat|بعثه|مبعوث|سفير|سفاره|النزاع|الحرب|الازمه|قضيه|ملف|المبعوث|"
    r"الوضع|الانقلاب|وقف اطلاق النار|السلام|هدنه)(?:\s+\S+){0,4}\s+\S*$")


PREVIOUS_SENTENCES = 1


@dataclass
class _Candidate:
    start: int
    end: int
    text: str
    place: Place


def _lang(doc: Document, offset: int) -> str:
    lang = doc.lang_at(offset) or "en"
    return lang if lang in _LOCATIVE else "en"


def _candidates(doc: Document, start: int, end: int) -> list[_Candidate]:
    """Places in text[start:end]: LOC/GPE mentions with a place (from the geo stage), and
    the place finder's hits that no person or organisation mention covers."""
    out = [_Candidate(m.start, m.end, m.text, m.place) for m in doc.mentions
           if m.place is not None and m.type in ("LOC", "GPE") and start <= m.start < end]
    others = [m for m in doc.mentions if m.type not in ("LOC", "GPE")]
    for found in PlaceFinder(get_gazetteer()).find(doc.text, start, end):
        if any(c.start < found.end and found.start < c.end for c in out):
            continue
        covering = [m for m in others if m.start < found.end and found.start < m.end]
        # a seat of power typed as an organisation ("au Kremlin") is still a place
        if any(not (m.start >= found.start and m.end <= found.end) for m in covering):
            continue
        out.append(_Candidate(found.start, found.end, found.text, found.entry.to_place()))
    return sorted(out, key=lambda c: c.start)


# A place after the span belongs to the event only within the same clause.
_AFTER_BREAK = re.compile(
    r"[;:«»\"“”()]|,\s|(?<![\w])(?:which|who|that|having|after|before|while|qui|que|ayant|"
    r"après|avant|alors|tandis|الذي|التي|الذين|بعد|قبل|حيث)(?![\w])")
_TOPIC_AFTER = re.compile(
    r"\s+(?:conflict|issue|dispute|question|war|crisis|file|peace process|talks|ceasefire|"
    r"truce|mission|envoy|policy|question)(?![\w])")
_FROM_SEAT = re.compile(r"(?<![\w])(?:from|depuis|من)\s+(?:the\s+|le\s+|la\s+|l')?$")


def _is_locative(doc: Document, folded: str, candidate: _Candidate) -> bool:
    lang = _lang(doc, candidate.start)
    before = folded[max(0, candidate.start - 60):candidate.start]
    # A capital standing for its government (``is_metonym``) has no locative cue before it
    # ("Moscou a condamné"), so the cues below also keep metonyms out; the entity stage's
    # flag is not trusted over a cue ("missiles struck Kyiv", "بموسكو").
    head = _NOT_LOCATION_HEAD.search(before[-45:])
    if head and "," not in head.group(0) and not _VISIT[lang].search(before):
        return False
    if lang == "ar" and (doc.text[candidate.start] == "ب" or _attached_clitic(doc.text, candidate.start)):
        return True
    if lang == "en" and _TOPIC_AFTER.match(folded, candidate.end):
        return False  # "the Western Sahara conflict": a topic, not a scene
    if candidate.place.feature == "BLDG" and _FROM_SEAT.search(before):
        return True  # "a call made from the White House"
    return bool(_LOCATIVE[lang].search(before) or _VISIT[lang].search(before))


def _attached_clitic(text: str, start: int) -> bool:
    """"بموسكو" with the mention starting after the preposition ب (or وب، فب)."""
    if start < 1 or text[start - 1] != "ب":
        return False
    return start < 2 or not text[start - 2].isalpha() or (
        text[start - 2] in "وف" and (start < 3 or not text[start - 3].isalpha()))


def event_location(doc: Document, start: int, end: int) -> tuple[Place | None, str | None]:
    """(place, surface text) where the event with evidence ``doc.text[start:end]``
    happened, or (None, None) when nothing says where.

    Only places with a locative cue count (preposition, visit, attack target, host;
    see docs/dates-and-places.md).  The first one inside the span wins; else the nearest
    one of the sentence (a country only before the span, a place after the span only in
    the same clause); else a city or landmark of the previous sentence of the paragraph,
    unless the span names a place of another country as a party."""
    text = doc.text
    if not isinstance(text, str) or not text:
        return None, None
    start, end = max(0, start), min(len(text), end)
    if start >= end:
        return None, None
    folded = fold(text)
    sentences = document_sentences(doc)
    index = sentence_index_at(sentences, start)
    if index is None:
        return None, None
    sentence = sentences[index]
    s_start, s_end = min(sentence.start, start), max(sentence.end, end)
    candidates = [c for c in _candidates(doc, s_start, s_end) if _is_locative(doc, folded, c)]
    inside = [c for c in candidates if start <= c.start < end]
    if inside:
        return inside[0].place, inside[0].text
    # outside its own clause, a whole country says where an event happened only when it
    # comes first ("clashes in Senegal ... after the sentencing of ...")
    near = [c for c in candidates if (c.place.feature != "PCLI" or c.end <= start)
            and (c.start < end or not _AFTER_BREAK.search(folded, end, c.start))]
    if near:
        best = min(near, key=lambda c: min(abs(c.start - end), abs(start - c.end)))
        return best.place, best.text
    place, surface = _previous_sentences(doc, folded, sentences, index, start)
    if place is not None and _other_actor_places(doc, folded, start, end, place):
        return None, None  # "Rabat regretted ...": another party, somewhere else
    return place, surface


def _other_actor_places(doc: Document, folded: str, start: int, end: int, scene: Place) -> bool:
    """Places named in the span as parties (not locatives) of another country than the
    scene: the clause is about someone elsewhere reacting."""
    for candidate in _candidates(doc, start, end):
        if _is_locative(doc, folded, candidate):
            continue
        if candidate.place.country and candidate.place.country != scene.country:
            return True
    return False


def _previous_sentences(doc: Document, folded: str, sentences: list[Sentence], index: int,
                        start: int) -> tuple[Place | None, str | None]:
    """The scene set by the previous sentences of the paragraph ("talks in Marrakech ...
    Lavrov then blamed ...")."""
    for back in range(1, PREVIOUS_SENTENCES + 1):
        if index - back < 0:
            break
        previous = sentences[index - back]
        if "\n\n" in doc.text[previous.end:start]:
            break
        found = [c for c in _candidates(doc, previous.start, previous.end)
                 if c.place.feature != "PCLI" and _is_locative(doc, folded, c)]
        if found:
            return found[0].place, found[0].text
    return None, None
