"""Where a coded event happened: a place in a locative phrase of its clause."""

from __future__ import annotations

import re
import weakref
from collections import Counter
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
        r"took control of|control of|hosted by|through|(?<!investigation )(?<!probe )(?<!inquiry )into|"
        r"(?:down|flew|flying|fly|flights?) over|along|around|across|"
        r"court of|court in)\s+(?:the\s+|a\s+|an\s+)?(?:(?:several|many|some|various|parts of|"
        r"streets of|the streets of)\s+)?(?:(?:[A-Za-z-]+\s+){0,2}(?:city|town|capital|port|"
        r"village|province|region|republic|state|district|suburbs?|outskirts|area|zone|"
        r"neighbou?rhood|camp|prison|parish|north|south|east|west|centre|center|part)\s+of\s+"
        r"(?:the\s+)?)?(?:(?:north|south|east|west|central)(?:ern|-?(?:east|west)(?:ern)?)?\s+)?$"),
    "fr": re.compile(
        r"(?<![\w])(?:à|a|au|aux|en|dans|près de|près d'|depuis|attentat de|attaque de|"
        r"le long de|le long du|le long des|au large de|au large du|aux abords de|autour de|"
        r"frontière de|frappé|bombardé|visé|accueillie?s? par|sommet de|sommet d'|tribunal de|"
        r"tribunal militaire de|cour de|vers|travers)\s*(?:la\s+|le\s+|l'|les\s+|une\s+|un\s+)?"
        r"(?:(?:ville|capitale|localité|région|province|commune|rues|banlieue|périphérie|port|"
        r"paroisse|village|quartier|camp|prison|état|département|district|zone|environs|"
        r"barrière|frontière|côte|ligne|"
        r"nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest)\s+(?:\w+\s+)?"
        r"(?:de\s+la\s+|de\s+l'|de\s+|d'|du\s+|des\s+)\s*){0,2}$"),
    "ar": re.compile(
        r"(?<![\w])(?:[وف]?(?:في|قرب|داخل|خارج|استهدفت|استهدف|قصف|قصفت|هاجم|هاجمت|استضافتها|استضافت|تستضيف|يستضيف|قمه|مؤتمر|"
        r"احتضنت|احتضنته|احتضنها|تحتضن|يحتضن)|[وف]?ب|[وف]?ل(?=مدينه|منطقه|بلده|ولايه|محافظه|قطاع))\s*"
        r"(?:(?:مدينه|العاصمه|بلده|منطقه|ولايه|محافظه|اقليم|مقر|شوارع|احياء|ضواحي|جنوب|شمال|"
        r"شرق|غرب|وسط|ميناء|مخيم|سجن|قريه|حي|قطاع)\s+)?(?:(?:جنوب|شمال|شرق|غرب|وسط)(?:ي|ى)?\s+)?$"
        r"|(?<![\w])[وف]?(?:الي|علي)\s+(?:مدينه|بلده|منطقه|ولايه|محافظه|قريه|اقليم|قطاع)\s+$"
        r"|(?<![\w])(?:جنوب|شمال|شرق|غرب|وسط)(?:ي|ى)?\s+(?:(?:شرق|غرب)(?:ي|ى)?\s+)?$"),
}
# A visit's destination is where the visit happens.
_VISIT = {
    "en": re.compile(r"(?:(?:visit(?:ed|ing|s)?|trip|travel(?:led|ed|s)?|arrived|flew|went|came|"
                     r"journey)\s+(?:\w+\s+){0,2}(?:to|in)\s+(?:the\s+)?|(?<![\w])(?:visited|visiting|"
                     r"visits|will visit|to visit)\s+)$"),
    "fr": re.compile(r"(?:(?:rendu|rendue|rendra|rendre|visite|voyage|route|arrivé|arrivée|"
                     r"déplacement|tournée|séjour)\s+(?:\w+\s+){0,2}(?:vers|à|au|en|dans)\s*(?:la\s+|le\s+|l')?|"
                     r"(?<![\w])(?:visité|visitera|visiter)\s+)$"),
    "ar": re.compile(r"(?:(?:زياره|يزور|زار|تزور|توجه|وصل|وصلت|يصل|تصل|وصول|جوله|رحله|سافر|يتوجه)\s+(?:\S+\s+){0,4}"
                     r"(?:الي|لـ?)\s*|(?<![\w])[وف]?(?:يزور|زار|تزور|زارت|سيزور|ستزور)\s+)$"),
}
# A place after these heads names what something is about, not where the event happened:
# "the UN mission in Western Sahara", "l'émissaire des Nations unies au Sahara".
_NOT_LOCATION_HEAD = re.compile(
    r"(?:mission|envoy|ambassador|conflict|war|crisis|situation|issue|question|dispute|"
    r"peace|paix|"
    r"émissaire|envoyé|ambassadeur|conflit|guerre|crise|dossier|différend|"
    r"représentant|mandat|بعثه|مبعوث|سفيرها|سفيره|سفيرهم|سفراء|سفير|النزاع|الحرب|الازمه|قضيه|ملف|المبعوث|"
    r"الوضع|الانقلاب|السلام|اطلاق النار)(?:\s+\S+){0,4}\s+\S*$")
# ... unless a participle between says where the thing was done ("a ceasefire agreed in Moscow")
_DONE_IN = re.compile(r"(?<![\w])(?:agreed|signed|reached|brokered|held|hosted|announced|convened|"
                      r"conclu|signé|négocié|annoncé|tenue?s?|organisée?s?|réunie?s?|الموقع|المنعقد)(?![\w])")
# "l'attaque présumée de Douma", "the attack on Kidal": a town (not a state) after an attack noun
_ATTACK_OF = re.compile(
    r"(?<![\w])(?:attack|attacks|bombing|shelling|massacre|siege|attentat|attaque|attaques|frappe|"
    r"frappes|bombardement|massacre|siège|الهجوم علي|قصف|حصار)\s+(?:\w+\s+)?"
    r"(?:on|of|in|de|d'|du|contre)?\s*(?:la\s+|le\s+|l')?$")
# French "à la Russie", "à l'Ukraine" with a state is a dative: the locative is "en Russie"
_FR_DATIVE = re.compile(r"(?<![\w])(?:a|à)\s+(?:la|l')\s*$")


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


@dataclass
class _Folded:
    text: str
    folded: str
    mentions: tuple[int, int, int]
    candidates: list[_Candidate]


# Document is an unhashable dataclass, so the cache is keyed by id() and emptied by a
# finalizer when the document goes away; the text and the state of the mentions guard
# against a reused id or mentions changed since (the geo stage adding places).
_CACHE: dict[int, _Folded] = {}


def _mention_state(doc: Document) -> tuple[int, int, int]:
    return id(doc.mentions), len(doc.mentions), sum(m.place is not None for m in doc.mentions)


def _folded(doc: Document) -> _Folded:
    """The folded text and the place candidates of the whole document, computed once."""
    key = id(doc)
    cached = _CACHE.get(key)
    state = _mention_state(doc)
    if cached is not None and cached.text is doc.text and cached.mentions == state:
        return cached
    if cached is None:
        weakref.finalize(doc, _CACHE.pop, key, None)
    cached = _Folded(doc.text, fold(doc.text), state, _find_candidates(doc))
    _CACHE[key] = cached
    return cached


def _candidates(doc: Document, start: int, end: int) -> list[_Candidate]:
    return [c for c in _folded(doc).candidates if start <= c.start < end]


def _find_candidates(doc: Document) -> list[_Candidate]:
    """Places of the text: LOC/GPE mentions with a place (from the geo stage), and the
    place finder's hits that no person or organisation mention covers."""
    out = [_Candidate(m.start, m.end, m.text, m.place) for m in doc.mentions
           if m.place is not None and m.type in ("LOC", "GPE")]
    others = [m for m in doc.mentions if m.type not in ("LOC", "GPE")]
    for found in PlaceFinder(get_gazetteer()).find(doc.text):
        if any(c.start < found.end and found.start < c.end for c in out):
            continue
        covering = [m for m in others if m.start < found.end and found.start < m.end]
        # a seat of power typed as an organisation ("au Kremlin") is still a place
        if any(not (m.start >= found.start and m.end <= found.end) for m in covering):
            continue
        out.append(_Candidate(found.start, found.end, found.text, found.entry.to_place()))
    out.extend(_unlisted_places(doc, out))
    return sorted(out, key=lambda c: c.start)


# A town the gazetteer does not list, named by its head noun: "in the town of Kidal",
# "in the Tillabéri region", "dans la localité de Tinzaouatène", "في بلدة هاندلوفا".
_NAME = r"([A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ -][A-ZÀ-ÖØ-Þ][\w'’-]+){0,2})"
_UNLISTED = (
    re.compile(r"(?<![\w])(?:in|at|near|into) (?:the )?(?:town|city|village|region|province|district|state|"
               r"area|camp|port) of " + _NAME),
    re.compile(r"(?<![\w])(?:in|at|near|into) (?:the |[A-Z][\w-]+['’]s )?" + _NAME
               + r" (?:region|province|district|state|area|camp)\b"),
    re.compile(r"(?<![\w])(?:à|dans|près de|vers) (?:la |le |l'|une |un )?(?:ville|localité|région|province|commune|"
               r"village|préfecture|département|camp|État|état|district|zone) (?:de |d'|du )" + _NAME),
    re.compile(r"(?:(?<![\w])(?:في|قرب|على|الى|إلى)\s+|(?<![\w])[وف]?ب)(?:مدينة|مدينه|بلدة|بلده|منطقة|منطقه|ولاية|ولايه|محافظة|"
               r"محافظه|قرية|قريه|اقليم|إقليم)\s+((?!ال)[\u0621-\u064a]{3,})"),
)


def _unlisted_places(doc: Document, known: list[_Candidate]) -> list[_Candidate]:
    """Candidates for unlisted towns, in the country the sentence (or else the article)
    places them: "the Tillabéri region of western Niger", "ميناكا شمال شرقي مالي"."""
    out: list[_Candidate] = []
    text = doc.text
    for m in doc.mentions:  # places the entity stage typed but the gazetteer does not list
        if m.type in ("LOC", "GPE") and m.place is None and len(m.text) > 2 \
                and not any(c.start < m.end and m.start < c.end for c in known + out):
            code = (m.country if m.country and len(m.country) == 3 else None) \
                or _possessor_country(text[max(0, m.start - 30):m.start]) \
                or _country_around(doc, known, m.start, sentence=False)
            if code:
                out.append(_Candidate(m.start, m.end, m.text, Place(name=m.text, country=code, feature="PPL")))
    for pattern in _UNLISTED:
        for m in pattern.finditer(text):
            start, end = m.span(1)
            if any(c.start < end and start < c.end for c in known + out):
                continue
            code = _possessor_country(text[m.start():start]) or _country_around(doc, known, start)
            if code:
                out.append(_Candidate(start, end, m.group(1), Place(name=m.group(1), country=code, feature="PPL")))
    return out


def _possessor_country(phrase: str) -> str | None:
    """"in Sudan's Darfur region": the state that owns the region."""
    owner = re.search(r"([A-Z][\w-]+)['’]s\s+$", phrase)
    if not owner:
        return None
    place = get_gazetteer().resolve(owner.group(1))
    return place.country if place is not None and place.feature == "PCLI" else None


def _country_around(doc: Document, known: list[_Candidate], offset: int, sentence: bool = True) -> str | None:
    """The state named after the place in its sentence ("of western Niger"), else the one
    state of the article."""
    sentences = document_sentences(doc)
    index = sentence_index_at(sentences, offset) if sentence else None
    if index is not None:
        sentence = sentences[index]
        after = [c for c in known if offset < c.start < sentence.end and c.place.country
                 and c.place.feature in ("PCLI", "ADM1")]
        if after:
            return after[0].place.country
    counts = Counter(c.place.country for c in known if c.place.country)
    if len(counts) == 1:
        return next(iter(counts))
    return None


# A place after the span belongs to the event only within the same clause.
_AFTER_BREAK = re.compile(
    r"[;:«»\"“”()]|,\s|(?<![\w])(?:which|who|that|having|after|before|while|qui|que|ayant|"
    r"après|avant|alors|tandis|الذي|التي|الذين|بعد|قبل|حيث)(?![\w])")
# a comma and a conjunction opening a clause of its own: ", as ...", ", après ...", "، بعد"
_CLAUSE_LINK = re.compile(r"[,،]\s+(?:as|while|when|whereas|after|before|alors que|tandis que|pendant que|"
                          r"après|avant|حيث|بينما|فيما|بعد|قبل)\s")
_TOPIC_AFTER = re.compile(
    r"\s+(?:conflict|issue|dispute|question|war|crisis|file|peace process|talks|ceasefire|"
    r"truce|mission|envoy|policy|question)(?![\w])")
_POSSESSOR = re.compile(r"['’]s\s+")
_POSSESSIVE_BEFORE = re.compile(r"\s+[\w-]+['’]s\s+$")
_FROM_SEAT = re.compile(r"(?<![\w])(?:from|depuis|من)\s+(?:the\s+|le\s+|la\s+|l')?$")


def _is_locative(doc: Document, folded: str, candidate: _Candidate) -> bool:
    lang = _lang(doc, candidate.start)
    before = folded[max(0, candidate.start - 60):candidate.start]
    # A capital standing for its government (``is_metonym``) has no locative cue before it
    # ("Moscou a condamné"), so the cues below also keep metonyms out; the entity stage's
    # flag is not trusted over a cue ("missiles struck Kyiv", "بموسكو").
    head = _NOT_LOCATION_HEAD.search(before[-45:])
    if head and "," not in head.group(0) and not _VISIT[lang].search(before) \
            and not _DONE_IN.search(head.group(0)) and not _place_between(doc, candidate, len(head.group(0))):
        return False
    if lang == "fr" and candidate.place.feature == "PCLI" and _FR_DATIVE.search(before):
        return False
    if candidate.place.feature != "PCLI" and _ATTACK_OF.search(before):
        return True
    if lang == "ar" and (doc.text[candidate.start] == "ب" or _attached_clitic(doc.text, candidate.start)):
        return True
    if lang == "en" and _TOPIC_AFTER.match(folded, candidate.end):
        return False  # "the Western Sahara conflict": a topic, not a scene
    if lang == "en" and _POSSESSOR.match(folded, candidate.end) and any(
            c.start == candidate.end + len(_POSSESSOR.match(folded, candidate.end).group(0))
            for c in _folded(doc).candidates):
        return False  # "into Russia's Kursk region": the scene is the region
    if lang == "en":
        before = _POSSESSIVE_BEFORE.sub(" ", before)
    if candidate.place.feature == "BLDG" and _FROM_SEAT.search(before):
        return True  # "a call made from the White House"
    return bool(_LOCATIVE[lang].search(before) or _VISIT[lang].search(before))


def _place_between(doc: Document, candidate: _Candidate, width: int) -> bool:
    """Another place between a topic head and this one ("the war in Ukraine in Jeddah")."""
    lo = candidate.start - width
    return any(lo <= c.start and c.end <= candidate.start for c in _folded(doc).candidates)


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
    folded = _folded(doc).folded
    sentences = document_sentences(doc)
    index = sentence_index_at(sentences, start)
    if index is None:
        return None, None
    sentence = sentences[index]
    s_start, s_end = min(sentence.start, start), max(sentence.end, end)
    candidates = [c for c in _candidates(doc, s_start, s_end) if _is_locative(doc, folded, c)]
    inside = [c for c in candidates if start <= c.start < end]
    if inside and _CLAUSE_LINK.search(folded, inside[-1].end, end):
        # the span runs from the actor across a clause break to the trigger: a place
        # right after the trigger is the scene ("... agreed in Moscow, as shelling
        # continued in Nagorno-Karabakh")
        after = [c for c in candidates if c.start >= end and not _AFTER_BREAK.search(folded, end, c.start)]
        if after:
            return after[0].place, _with_head(text, after[0])
    if inside:
        return inside[0].place, _with_head(text, inside[0])
    # outside its own clause, a whole country says where an event happened only when it
    # comes first ("clashes in Senegal ... after the sentencing of ...")
    near = [c for c in candidates if c.start < end or not _AFTER_BREAK.search(folded, end, c.start)]
    if near:
        best = min(near, key=lambda c: min(abs(c.start - end), abs(start - c.end)))
        return best.place, _with_head(text, best)
    towns = [c for c in candidates if c.place.feature != "PCLI"]
    if towns:  # "arrested 62 people after violence ... in Amsterdam": the sentence's scene
        return towns[0].place, towns[0].text
    place, surface = _previous_sentences(doc, folded, sentences, index, start)
    if place is None:
        place, surface = _country_words(doc, folded, sentence.start, sentence.end)
    if place is None:
        place, surface = _dateline(doc, folded)
    if place is not None and _other_actor_places(doc, folded, start, end, place):
        return None, None  # "Rabat regretted ...": another party, somewhere else
    return place, surface


_REGION_AFTER = re.compile(r"\s+(?:region|province|state|oblast|governorate|district)(?![\w])", re.I)


def _with_head(text: str, candidate: _Candidate) -> str:
    """The surface with its head noun when one follows: "Tillabéri region", "Zamfara state"."""
    head = _REGION_AFTER.match(text, candidate.end)
    return text[candidate.start:head.end()] if head else candidate.text


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


# "in the north of the country", "dans le nord du pays", "شمال البلاد": the article's country
_THE_COUNTRY = re.compile(
    r"(?<![\w])(?:(?:in|across|throughout) (?:the )?(?:\w+ (?:of )?)?the country|"
    r"(?:dans|à travers|partout dans) (?:le |l')?(?:\w+ (?:du |de )?)?(?:le )?pays|"
    r"(?:في |ب)(?:\S+ )?البلاد|(?:شمال|جنوب|شرق|غرب|وسط)(?:ي)? البلاد|انحاء البلاد)(?![\w])")


def _country_words(doc: Document, folded: str, start: int, end: int) -> tuple[Place | None, str | None]:
    found = _THE_COUNTRY.search(folded, start, end)
    if not found:
        return None, None
    counts = Counter(c.place.country for c in _folded(doc).candidates
                     if c.place.country and c.place.feature == "PCLI")
    if not counts:
        counts = Counter(c.place.country for c in _folded(doc).candidates if c.place.country)
    if not counts:
        return None, None
    code = counts.most_common(1)[0][0]
    place = get_gazetteer().country_place(code)
    return (place, doc.text[found.start():found.end()]) if place else (None, None)


# "RABAT, March 3 (Wire) -", "Paris, le 12 mars (AFP) -", "الرباط - ": a place opening the text
_DATELINE = re.compile(r"\s*([^\W\d_][^\n,(–—-]{1,40}?)\s*(?:,|\(|\s[-–—]\s)")


def _dateline(doc: Document, folded: str) -> tuple[Place | None, str | None]:
    """The dateline place locates the events of the report unless the text says otherwise."""
    m = _DATELINE.match(doc.text)
    if not m or "\n" in doc.text[:m.end()]:
        return None, None
    rest = folded[m.end():m.end() + 60]
    if m.group(0).rstrip().endswith(",") and not (
            re.match(r"\s*(?:le\s+)?\d|\s*\w+\s+\d|\s*\(", rest)):
        return None, None  # a comma after a name that no date or outlet follows
    found = [c for c in _candidates(doc, m.start(1), m.end(1)) if c.start == m.start(1)]
    return (found[0].place, found[0].text) if found else (None, None)
