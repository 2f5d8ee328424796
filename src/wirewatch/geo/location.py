"""Where a coded event happened: a place in a locative phrase of its clause."""

from __future__ import annotations

import re
import threading
import weakref
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from wirewatch.geo.demonyms import capital_phrases, demonym_countries, find_demonyms
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
        r"raided|stormed|invaded|besieged|entered|off|off the coast of|"
        r"took control of|control of|hosted by|through|(?<!investigation )(?<!probe )(?<!inquiry )into|"
        r"(?:down|flew|flying|fly|flights?) over|along|around|across|"
        r"court of|court in|(?:abducted|kidnapped|snatched) from)\s+(?:the\s+|a\s+|an\s+)?(?:(?:several|many|some|various|parts of|"
        r"streets of|the streets of)\s+)?(?:(?:[A-Za-z-]+\s+){0,2}(?:city|town|capital|port|"
        r"village|province|region|republic|state|district|suburbs?|outskirts|area|zone|"
        r"neighbou?rhood|camp|prison|parish|north|south|east|west|centre|center|part)s?\s+of\s+"
        r"(?:the\s+)?)?(?:(?:north|south|east|west|central)(?:ern|-?(?:east|west)(?:ern)?)?\s+)?$"),
    "fr": re.compile(
        r"(?<![\w])(?:à|a|au|aux|en|dans|près de|près d'|depuis|attentat de|attaque de|"
        r"le long de|le long du|le long des|au large de|au large du|aux abords de|autour de|"
        r"frontière de|frappé|bombardé|visé|"
        r"(?:attaqu[ée]e?s?|ciblée?s?|pris d'assaut|envahi|assiégé|encerclé)(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier))?|"
        r"accueillie?s? par|sommet de|sommet d'|tribunal de|"
        r"tribunal militaire de|cour de|vers|travers)\s*(?:la\s+|le\s+|l'|les\s+|une\s+|un\s+)?"
        r"(?:(?:ville|capitale|localité|région|province|commune|rues|banlieue|périphérie|port|"
        r"paroisse|village|quartier|camp|prison|état|département|district|zone|environs|"
        r"barrière|frontière|côte|ligne|"
        r"nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest)\s+(?:\w+\s+)?"
        r"(?:de\s+la\s+|de\s+l'|de\s+|d'|du\s+|des\s+)\s*){0,2}$"),
    "ar": re.compile(
        r"(?<![\w])(?:[وف]?(?:في|قرب|بالقرب من|قباله|داخل|خارج|اقتحم|اقتحمت|اقتحموا|حاصرت|استهدفت|استهدف|قصف|قصفت|هاجم|هاجمت|استضافتها|استضافت|تستضيف|يستضيف|قمه|مؤتمر|"
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
    "ar": re.compile(r"(?:(?:زيار(?:ه|ت\S{0,3})|يزور|زار|تزور|توجه|وصل|وصلت|يصل|تصل|وصول|جوله|رحله|سافر|يتوجه)\s+(?:\S+\s+){0,4}"
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
    candidates: list[_Candidate]  # by start
    starts: list[int] = field(default_factory=list)  # the candidates' starts
    # (start, end, feature) of a candidate -> whether a locative cue introduces it
    locative: dict[tuple[int, int, str | None], bool] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.starts = [c.start for c in self.candidates]


# Document is an unhashable dataclass, so the cache is keyed by id() and emptied by a
# finalizer when the document goes away; the text and the state of the mentions guard
# against a reused id or mentions changed since (the geo stage adding places).
_CACHE: dict[int, _Folded] = {}


def _mention_state(doc: Document) -> tuple[int, int, int]:
    return id(doc.mentions), len(doc.mentions), sum(m.place is not None for m in doc.mentions)


# the cache entry of the document event_location() is working on: while it runs the
# document does not change, and the state of its mentions need not be checked again
_PINNED = threading.local()


def _folded(doc: Document) -> _Folded:
    """The folded text and the place candidates of the whole document, computed once."""
    pinned = getattr(_PINNED, "entry", None)
    if pinned is not None and pinned[0] is doc:
        return pinned[1]
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
    cached = _folded(doc)
    return cached.candidates[bisect_left(cached.starts, start):bisect_left(cached.starts, end)]


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
    out.extend(_landmarks(doc, out))
    out.extend(_capitals_by_demonym(doc, out))
    return sorted(out, key=lambda c: c.start)


# A town the gazetteer does not list, named by its head noun: "in the town of Kidal",
# "in the Tillabéri region", "dans la localité de Tinzaouatène", "في بلدة هاندلوفا".
_NAME = r"([A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ -][A-ZÀ-ÖØ-Þ][\w'’-]+){0,2})"
# French names join their words with du/de la/des: "la Boucle du Mouhoun", "Hauts-Bassins"
_NAME_FR = r"([A-ZÀ-ÖØ-Þ][\w’-]+(?:(?:[ -]|\s(?:du|de la|de|des)\s|\sd['’])[A-ZÀ-ÖØ-Þ][\w’-]+){0,3})"
_UNLISTED = (
    re.compile(r"(?<![\w])(?:in|at|near|into|captured|seized|took|entered|attacked|struck|shelled) (?:the )?"
               r"(?:(?:north|south|east|west|central)[a-z-]* |remote |border |neighbouring |nearby )?(?:town|city|village|region|province|district|state|area|camp|port) of " + _NAME),
    re.compile(r"(?<![\w])(?:in|at|near|into) (?:the |[A-Z][\w-]+['’]s )?" + _NAME
               + r" (?:region|province|district|state|area|camp)\b"),
    re.compile(r"(?<![\w])(?:à|dans|près de|vers) (?:la |le |l'|une |un )?(?:ville|localité|région|province|commune|"
               r"village|préfecture|département|camp|État|état|district|zone) (?:de la |de l'|de |d'|du )" + _NAME_FR),
    re.compile(r"(?:(?<![\w])(?:في|قرب|على|الى|إلى)\s+|(?<![\w])[وف]?ب)(?:مدينة|مدينه|بلدة|بلده|منطقة|منطقه|ولاية|ولايه|محافظة|"
               r"محافظه|قرية|قريه|اقليم|إقليم)\s+((?!ال)(?!(?:جديدة|جديده|صغيرة|صغيره|كبيرة|كبيره|أخرى|اخرى|حدودية|حدوديه|"
               r"نائية|نائيه|مجاورة|مجاوره|قريبة|قريبه|واحدة|واحده|عدة|عده)(?![\u0621-\u064a]))[\u0621-\u064a]{3,})"),
)


# A named landmark (palace, base, airport ...) is the scene itself: "في قصر المرادية",
# "في قاعدة محمد نجيب العسكرية بمصر", "في مطار صنعاء"
_AR_LANDMARK = re.compile(
    r"(?:(?<![\w])(?:في|قرب|داخل|على|الى|إلى)\s+|(?<![\w])[وف]?ب)((?:قصر|قاعدة|قاعده|مطار|ميناء|مخيم|سجن|جامعة|جامعه)"
    r"\s+(?!(?:مدينة|مدينه|بلدة|بلده)\s)[\u0621-\u064a]{3,}(?:\s+(?![وفب])[\u0621-\u064a]{3,}){0,2})")


def _capitals_by_demonym(doc: Document, known: list[_Candidate]) -> list[_Candidate]:
    """"in the Malian capital", "dans la capitale malienne": the capital of that state."""
    folded = fold(doc.text)
    out: list[_Candidate] = []
    if "capital" not in folded and "العاصمه" not in folded:
        return out
    for lang in dict.fromkeys(_lang(doc, s.start) for s in document_sentences(doc)):
        for start, end, code in capital_phrases(folded, lang):
            if _lang(doc, start) != lang or any(c.start < end and start < c.end for c in known + out):
                continue
            place = get_gazetteer().capital_place(code)
            if place is not None:
                out.append(_Candidate(start, end, doc.text[start:end], place))
    return out


def _landmarks(doc: Document, known: list[_Candidate]) -> list[_Candidate]:
    out: list[_Candidate] = []
    text = doc.text
    for m in _AR_LANDMARK.finditer(text):
        start, end = m.span(1)
        for expression in doc.time_expressions:  # "في قصر المرادية أمس": the date is not the name
            if start < expression.start < end:
                end = expression.start
                break
        end = start + len(text[start:end].rstrip())
        end = _landmark_end(text, known, start, end)
        if " " not in text[start:end]:
            continue
        inner = [c for c in known if start <= c.start < end and c.place.country]
        code = inner[0].place.country if inner else _country_around(doc, known, end)
        if code:
            out.append(_Candidate(start, end, text[start:end],
                                  Place(name=text[start:end], country=code, feature="BLDG")))
    return out


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
    """The state named after the place in its sentence ("of western Niger"), else the
    region named before it in the sentence, else the one state of the article (or of the
    sentence's demonyms)."""
    sentences = document_sentences(doc)
    index = sentence_index_at(sentences, offset) if sentence else None
    if index is not None:
        sentence = sentences[index]
        after = [c for c in known if offset < c.start < sentence.end and c.place.country
                 and c.place.feature in ("PCLI", "ADM1")]
        if after:
            return after[0].place.country
        region = [c for c in known if sentence.start <= c.start < offset and c.place.country
                  and c.place.feature in ("ADM1", "RGN")]
        if region:  # "into Russia's Kursk region ... captured the town of Sudzha"
            return region[-1].place.country
    counts = Counter(c.place.country for c in known if c.place.country)
    if len(counts) == 1:
        return next(iter(counts))
    if not counts and index is not None:  # "les forces de sécurité burkinabè ... dans la région de"
        folded = _folded_text(doc)
        codes = demonym_countries(folded, _lang(doc, offset), sentences[index].start, sentences[index].end)
        if len(set(codes)) == 1:
            return codes[0]
    return None


def _folded_text(doc: Document) -> str:
    cached = _CACHE.get(id(doc))
    return cached.folded if cached is not None and cached.text is doc.text else fold(doc.text)


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


_OVER_SEA = re.compile(r"(?<![\w])(?:over|off|off the coast of|au-dessus de|au-dessus du|فوق|قبالة|قباله)\s+"
                       r"(?:the\s+|la\s+|le\s+|l')?$")


def _is_locative(doc: Document, folded: str, candidate: _Candidate) -> bool:
    """True when a locative cue introduces the candidate (computed once per candidate)."""
    memo = _folded(doc).locative
    key = (candidate.start, candidate.end, candidate.place.feature)
    cued = memo.get(key)
    if cued is None:
        cued = memo[key] = _cued_as_place(doc, folded, candidate)
    return cued


def _cued_as_place(doc: Document, folded: str, candidate: _Candidate) -> bool:
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
    if candidate.place.feature == "SEA" and _OVER_SEA.search(before):
        return True  # "shot down a drone over the Strait of Hormuz", "au-dessus de la mer Noire"
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
    return bool(_LOCATIVE[lang].search(before) or _VISIT[lang].search(before)
                or _scene_cue(doc, folded, candidate, lang))


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


# Events that happen on the ground: without a place in their sentence, the scene told
# earlier in the article is theirs ("Protests erupted in Dakar ... Police arrested 40").
_SCENE_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE"})
# "held talks there", "doit y rencontrer", "التقاه هناك": the place named before
_THERE = {
    "en": re.compile(r"(?<![\w])there(?![\w])(?!\s+(?:is|are|was|were|will|has|have|had|would|could)(?![\w]))"),
    "fr": re.compile(r"(?<![\w])(?:y(?![\w'’-])(?!\s+(?:a|avait|aura|aurait|ait|eut|compris)(?![\w]))|"
                     r"là-bas|sur place)(?![\w])"),
    "ar": re.compile(r"(?<![\w])(?:هناك|هنالك)(?![\w])"),
}
# talks hosted by a state or a city are held there ("Egypt hosted talks ...")
_HOSTED = re.compile(r"(?<![\w])(?:hosted|hosts|will host|a accueilli|accueille|accueillera|"
                     r"[وف]?(?:استضافت|استضاف|تستضيف|يستضيف|احتضنت|تحتضن))(?![\w])")


def event_location(doc: Document, start: int, end: int,
                   event_type: str | None = None) -> tuple[Place | None, str | None]:
    """(place, surface text) where the event with evidence ``doc.text[start:end]``
    happened, or (None, None) when nothing says where (see :func:`_event_location`)."""
    if not isinstance(doc.text, str) or not doc.text:
        return None, None
    previous = getattr(_PINNED, "entry", None)
    _PINNED.entry = (doc, _folded(doc))
    try:
        return _event_location(doc, start, end, event_type)
    finally:
        _PINNED.entry = previous


def _event_location(doc: Document, start: int, end: int,
                    event_type: str | None = None) -> tuple[Place | None, str | None]:
    """(place, surface text) where the event with evidence ``doc.text[start:end]``
    happened, or (None, None) when nothing says where.

    Only places with a locative cue count (preposition, visit, attack target, host;
    see docs/dates-and-places.md).  The first one inside the span wins; else the nearest
    one of the sentence (a country only before the span, a place after the span only in
    the same clause); else a city or landmark of the previous sentence of the paragraph,
    unless the span names a place of another country as a party.  ``event_type`` (a
    PLOVER type) enables the type rules: the earlier scene of an attack, protest or
    arrest, a demonym's state for the forces of a state, the host of a received visit."""
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
    lang = _lang(doc, start)
    s_start, s_end = min(sentence.start, start), max(sentence.end, end)
    candidates = [c for c in _candidates(doc, s_start, s_end) if _is_locative(doc, folded, c)]
    inside = _outside_asides(folded, [c for c in candidates if start <= c.start < end], start, end)
    there = _THERE[lang].search(folded, start, end)
    if inside and _CLAUSE_LINK.search(folded, inside[-1].end, end):
        # the span runs from the actor across a clause break to the trigger: a place
        # right after the trigger is the scene ("... agreed in Moscow, as shelling
        # continued in Nagorno-Karabakh")
        after = [c for c in candidates if c.start >= end and not _clause_break(doc, folded, end, c.start)]
        if after:
            return _answer(doc, folded, after[0], start, end)
    if inside:
        if there and inside[0].place.feature == "PCLI":
            # "doit y rencontrer Poutine, sa première visite en Russie" after "à Kazan"
            scene = _earlier_scene(doc, folded, sentences, index, start, same_paragraph=True)
            if scene is not None and scene.place.country == inside[0].place.country:
                return scene.place, scene.text
        return _answer(doc, folded, inside[0], start, end)
    # outside its own clause, a whole country says where an event happened only when it
    # comes first ("clashes in Senegal ... after the sentencing of ...")
    near = [c for c in candidates if c.start < end or not _clause_break(doc, folded, end, c.start)]
    if near:
        best = min(near, key=lambda c: min(abs(c.start - end), abs(start - c.end)))
        return _answer(doc, folded, best, start, end)
    towns = [c for c in candidates if c.place.feature != "PCLI"]
    if towns:  # "arrested 62 people after violence ... in Amsterdam": the sentence's scene
        return _answer(doc, folded, towns[0], start, end)
    if there:
        scene = _earlier_scene(doc, folded, sentences, index, start, same_paragraph=True)
        if scene is not None:
            return _answer(doc, folded, scene, start, end)
    capital = _the_capital(doc, folded, sentence.start, sentence.end)
    if capital[0] is not None:
        return capital
    demonym = _demonym_place(doc, folded, lang, sentence.start, sentence.end, event_type)
    place, surface = _previous_sentences(doc, folded, sentences, index, start)
    if demonym is not None and (place is None or place.country != demonym[0].country):
        return demonym  # "Ukrainian cities", "les forces de sécurité burkinabè"
    if place is None:
        place, surface = _country_words(doc, folded, sentence.start, sentence.end)
    if place is None and event_type == "CONSULT":
        host = _host_country(doc, folded, sentence.start, end, lang)
        if host[0] is not None:
            return host  # the host is a party itself: no check against other parties
    if place is None and event_type in _SCENE_TYPES | {"CONSULT"}:
        # a meeting continues the visit told just before ("arrived in Egypt ... met Sisi")
        scene = _earlier_scene(doc, folded, sentences, index, start, same_paragraph=event_type == "CONSULT")
        if scene is not None:
            place, surface = scene.place, scene.text
    if place is None:
        place, surface = _dateline(doc, folded)
    if place is not None and _other_actor_places(doc, folded, start, end, place):
        return None, None  # "Rabat regretted ...": another party, somewhere else
    return place, surface


_HEAD_OF_AFTER = re.compile(r"\s+(?:city|town|village|port|camp|district|region|province|ville|localité|"
                            r"village|camp|port|région|province)\s+(?:of\s+(?:the\s+)?|de\s+|d['’])")


def _answer(doc: Document, folded: str, candidate: _Candidate, start: int,
            end: int) -> tuple[Place | None, str | None]:
    candidate = _town_of_the_state(doc, folded, candidate, start, end)
    if candidate.place.feature == "PCLI":
        # "في قاعدة محمد نجيب العسكرية بمصر", "in Kidal, Mali": the place the state locates
        candidate = next((c for c in _candidates(doc, max(0, candidate.start - 80), candidate.start)
                          if c.place.country == candidate.place.country and c.place.feature != "PCLI"
                          and 0 <= candidate.start - c.end <= 3 and _is_locative(doc, folded, c)), candidate)
    head = _HEAD_OF_AFTER.match(folded, candidate.end)
    if head:  # "the West Bank city of Jenin", "la région tunisienne de Kasserine": the town
        candidate = next((c for c in _folded(doc).candidates if c.start == head.end()), candidate)
    place = _better_known_namesake(doc, candidate)
    if place.feature == "SEA" and not place.country:
        place = _open_water(place) or _coastal_state(doc, candidate, start, end)
    return place, _with_head(doc.text, candidate)


def _coastal_state(doc: Document, candidate: _Candidate, start: int, end: int) -> Place:
    """A strait or sea has no state of its own: the event is in the waters of the coastal
    state that takes part in it ("Iran seized a tanker in the Strait of Hormuz" -> IRN);
    when no coastal state is a party, the place keeps no country."""
    coast = get_gazetteer().coastal_states(candidate.place.name)
    if not coast:
        return candidate.place
    sentences = document_sentences(doc)
    index = sentence_index_at(sentences, candidate.start)
    lo = min(start, sentences[index].start) if index is not None else start
    hi = max(end, sentences[index].end) if index is not None else end
    parties = [(m.start, m.place.country if m.place is not None and m.place.country else m.country)
               for m in doc.mentions if lo <= m.start < hi and m.country]
    parties += [(c.start, c.place.country) for c in _folded(doc).candidates
                if lo <= c.start < hi and c.place.feature == "PCLI"]
    for owner in re.finditer(r"([A-Z][\w-]+)['’]s\s", doc.text[lo:hi]):  # "Iran's Revolutionary Guards"
        code = _possessor_country(owner.group(0)[:-1] + " ")
        if code:
            parties.append((lo + owner.start(), code))
    folded = _folded(doc).folded
    parties += [(lo, code) for code in demonym_countries(folded, _lang(doc, lo), lo, hi)]
    for _, code in sorted(parties, key=lambda p: (not (start <= p[0] < end), p[0])):
        if code in coast:
            return Place(name=candidate.place.name, lat=candidate.place.lat, lon=candidate.place.lon,
                         country=code, feature=candidate.place.feature)
    return candidate.place


def _clause_break(doc: Document, folded: str, start: int, end: int) -> bool:
    """A clause boundary between ``start`` and ``end``; a date between commas (", أمس
    الأربعاء،", ", on Monday,") does not end the clause."""
    position = start
    while True:
        found = _AFTER_BREAK.search(folded, position, end)
        if found is None:
            return False
        resume = _date_between_commas(doc, folded, found.end(), end) if found.group(0).startswith(",") else None
        if resume is None:
            return True
        position = resume


def _date_between_commas(doc: Document, folded: str, start: int, end: int) -> int | None:
    """The offset after ", on Tuesday," (", le 3 mars,", "، أمس الأربعاء،") when a date
    and a closing comma follow the comma ending at ``start``."""
    for expression in doc.time_expressions:
        if start <= expression.start <= start + 4 and expression.end < end:
            close = re.match(r"\s*[,،]\s", folded[expression.end:end])
            return expression.end + close.end() if close else None
    return None


def _earlier_scene(doc: Document, folded: str, sentences: list[Sentence], index: int, start: int,
                   same_paragraph: bool) -> _Candidate | None:
    """The last cued place of the nearest earlier sentence that has one (within the
    paragraph, or anywhere before in the article)."""
    for back in range(index - 1, -1, -1):
        previous = sentences[back]
        if same_paragraph and "\n\n" in doc.text[previous.end:start]:
            break
        found = [c for c in _candidates(doc, previous.start, previous.end) if _is_locative(doc, folded, c)]
        if found:
            return found[-1]
    return None


def _demonym_place(doc: Document, folded: str, lang: str, start: int, end: int,
                   event_type: str | None) -> tuple[Place, str] | None:
    """A state named by its demonym, for events on the ground: next to a place noun
    ("struck Ukrainian cities") or to its forces or people ("Malian troops attacked")."""
    for hit in sorted(find_demonyms(folded, lang, start, end), key=lambda h: not h.place_noun):
        if event_type in _SCENE_TYPES or (event_type is None and hit.place_noun):
            place = get_gazetteer().country_place(hit.country)
            if place is not None:
                return place, doc.text[hit.start:hit.end]
    return None


def _host_country(doc: Document, folded: str, start: int, end: int,
                  lang: str) -> tuple[Place | None, str | None]:
    """"Egypt hosted talks": the meeting is in the hosting state or city, named right
    before the verb (after it in Arabic: "استضافت القاهرة")."""
    verb = _HOSTED.search(folded, start, end)
    if verb is None:
        return None, None
    lo, hi = (verb.end(), verb.end() + 40) if lang == "ar" else (start, verb.start())
    hosts = [c for c in _folded(doc).candidates if lo <= c.start < hi and c.place.country
             and c.place.feature in ("PCLI", "PPLC", "PPL")]
    if not hosts:
        return None, None
    host = hosts[-1] if lang != "ar" else hosts[0]
    return host.place, host.text


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


# "in the capital", "dans la capitale", "في العاصمة" with no name after: the capital of
# the state the article last named
_THE_CAPITAL = re.compile(r"(?<![\w])(?:(?:in|across|near|to|streets of) the capital|"
                          r"(?:dans|à|près de|vers|rues de|centre de) la capitale|"
                          r"(?:في|قرب) العاصمه|[وف]?بالعاصمه)(?![\w])(?!\s*[,،]?\s*(?:[A-Z]|ال\S+ه\b))")


def _the_capital(doc: Document, folded: str, start: int, end: int) -> tuple[Place | None, str | None]:
    found = _THE_CAPITAL.search(folded, start, end)
    if not found or re.match(r"\s+[A-ZÀ-Þ]", doc.text[found.end():found.end() + 3]):
        return None, None
    before = [c for c in _folded(doc).candidates if c.start < found.start() and c.place.country]
    if before:
        code = before[-1].place.country
    else:  # "des milliers de Tunisiens ont manifesté dans les rues de la capitale"
        codes = demonym_countries(folded, _lang(doc, start), 0, end)
        if len(set(codes)) != 1:
            return None, None
        code = codes[0]
    place = get_gazetteer().capital_place(code)
    return (place, doc.text[found.start():found.end()]) if place else (None, None)


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


# Scene cues beyond the prepositions: the object of a strike, a capture or a withdrawal,
# the destination of a flight or a convoy, a site named with its town ("a market in
# Donetsk" written "un marché de Donetsk"), a court named by its town.
_DIRECTION_EN = r"(?:(?:north|south|east|west)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?\s+|central\s+)?"
_WEEKDAY_FR = r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+(?:soir|matin))?)?"
_SCENE_BEFORE = {
    "en": re.compile(
        # the target struck, taken or surrounded: "missiles rained down on Kyiv", "overran most of Aleppo"
        r"(?<![\w])(?:pumm?el+(?:ed|ing)?|pound(?:ed|ing)?|hammer(?:ed|ing)|blasted|overr[au]n(?:ning)?|"
        r"rain(?:ed|ing)? down on|fell on|landed on|slammed into|retook|recaptured|liberated|vacated|"
        r"picketed|blockaded|encircled|surround(?:ed|ing)|(?:swept|rolled|poured|marched|pushed) into|"
        r"(?:marched|advanced|closing in|closed in) on)\s+(?:the\s+)?"
        r"(?:(?:most|much|parts|all|rest)\s+of\s+(?:the\s+)?)?" + _DIRECTION_EN + r"$"
        # a part of a town: "thronged the streets of Yangon", "on the edge of Harare"
        r"|(?<![\w])(?:streets|port|outskirts|suburbs?|edge|gates|shores|skies)\s+of\s+(?:the\s+)?"
        + _DIRECTION_EN + r"$"
        # the place left: "pulled out of Afghanistan", "withdrew its troops from Mali", "left Niger"
        r"|(?<![\w])(?:(?:(?:pull|pulled|pulling|pulls|move|moved|moving|flown|driven|pushed)\s+)?out\s+of|"
        r"withdr(?:ew|awn|awing|aw)\s+(?:[\w'’-]+\s+){0,3}?from|"
        r"(?:evicted|expelled|evacuated|deported|ousted)\s+(?:[\w'’-]+\s+){0,4}?from|"
        r"left|leave|leaves|leaving|quit|quitting|exited)\s+(?:the\s+)?"
        r"(?:(?:city|town|village|region|province|port)\s+of\s+(?:the\s+)?)?$"),
    "fr": re.compile(
        # a site of a town: "dans une mosquée de Peshawar", "pilonné les quartiers nord de Kharkiv"
        r"(?<![\w])(?:dans|sur|à|au|aux|près\s+d[eu']|devant|vers|contre|autour\s+d[eu']|pilonnée?|touchée?|"
        r"visée?|frappée?|bombardée?|incendiée?|attaquée?|ciblée?|investie?s?|occupée?|quittée?)" + _WEEKDAY_FR
        + r"\s*(?:la\s+|le\s+|l'|les\s+|une\s+|un\s+|des\s+|du\s+|son\s+|sa\s+|ses\s+|leurs?\s+|plusieurs\s+|"
        r"certaine?s\s+|diverse?s\s+|nombreu(?:x|ses)\s+)?"
        r"(?:marché|mosquée|église|consulat|ambassade|villes|régions|localités|synagogue|école|lycée|hôpital|base|caserne|quartiers?|rues?|banlieue|port|"
        r"aéroport|palais|domicile|résidence|prison|raffinerie|immeuble|centrale|camp|campus|usine|gare|"
        r"sommet|hôtel|université|stade|environs|faubourgs?|périphérie|abords|centre|nord|sud|est|ouest|bande|"
        r"propriété|maison|bâtiment|siège|salle|station)"
        r"(?:\s+[\w'’-]+){0,3}?(?:\s+de\s+la\s+|\s+de\s+l'|\s+de\s+|\s+du\s+|\s+d')$"
        # the place taken or left: "se sont emparés de la ville de Bunagana", "ont quitté lundi le Mali"
        r"|(?<![\w])(?:emparée?s?|contrôle|quitt(?:é|ée|és|ées|er|e|ent|era|eront)|décollée?|"
        r"désengag\w*|retirée?s?|repli(?:ée?s?)?|évacuée?s?|abandonn(?:é|ée|és|ant|e|ent)|appareillée?s?)" + _WEEKDAY_FR
        + r"\s*(?:(?:des\s+environs\s+)?(?:de\s+|d'|du\s+|des\s+))?(?:la\s+|le\s+|l'|les\s+)?"
        r"(?:(?:ville|localité|région|province|village|commune|capitale)(?:\s+[\w’-]+)?\s*(?:de\s+|d'|du\s+))?$"
        # a court or a judge of a town: "un juge d'instruction de Rabat", "le tribunal de Casablanca"
        r"|(?<![\w])(?:tribunal|cour|juge|parquet|procureure?)(?:\s+[\w'’-]+){0,3}?(?:\s+de\s+|\s+d')$"),
    "ar": re.compile(
        # arrival, dispatch, return: "وصل رئيس الوزراء الإثيوبي آبي أحمد إلى القاهرة", "عودته من موسكو"
        r"(?<![\w])[وفل]?(?:وصل|وصلت|يصل|تصل|وصول\S{0,2}|اوفد|اوفدت|يوفد|توجه|توجهت|عودت\S{0,2}|عوده|عاد|عادت|"
        r"غادر|غادرت|مغادره|انسحب|انسحبت|انسحاب|اجلاء)(?:\s+\S+){0,8}?\s+(?:الي|من)\s+$"
        # the target of a strike: "غارة جوية لقوات النظام على إدلب"
        r"|(?<![\w])[وفبل]?(?:غاره|غارات|هجوم|هجمات|قصف|ضربه|ضربات|صاروخ|صواريخ|قذائف)(?:\s+\S+){0,4}?\s+علي\s+"
        r"(?:(?:مدينه|بلده|قريه|مخيم|منطقه|حي)\s+)?$"
        # a site named with its town: "قبالة سواحل الإسكندرية", "في ضاحية نانتير", "في ريف الحسكة"
        r"|(?<![\w])[وف]?(?:قباله|في|قرب|الي|علي|عند|داخل)\s+(?:سواحل|ريف|ضاحيه|محيط|ساحات|شوارع|ضواحي|بوابه|مداخل|مدخل|اطراف)\s+$"
        # the object of an attack or an entry: "دخلت وحدات من الجيش السوري مدينة منبج"
        r"|(?<![\w])[وف]?(?:دخلت|دخل|دخول|اقتحام\S{0,2}|اقتحم\S{0,2}|قصف|هاجم\S{0,2}|مهاجمه|حاصر\S{0,2}|"
        r"دكت|دك)(?:\s+\S+){0,4}?\s+(?:مدينه|بلده|قريه|مخيم|منطقه|حي|مطار|ميناء|محطه|مجمع|قاعده|ريف|اقليم)\s+$"
        # the place that suffered the strike: "تعرضت العاصمة الأوكرانية كييف لقصف"
        r"|(?<![\w])[وف]?(?:تعرضت|تعرض)\s+(?:(?:مدينه|بلده|قريه|مخيم|منطقه|محطه|العاصمه)\s+)?$"),
}
# a message sent to a capital does not put the sender there
_MESSAGE = re.compile(r"(?<![\w])(?:letters?|messages?|notes?|invitations?|requests?|warnings?|complaints?|"
                      r"replies|reply|responses?|appeals?|signals?|رساله|رسائل|برقيه)(?![\w])")
# "flew to Seoul", "ferried relief to Yangon", "welcomed the president to the White House"
_MOVED_TO_EN = re.compile(
    r"(?<![\w])(?:fl(?:y|ies|ew|own|ying)|sail(?:s|ed|ing)?|ferr(?:y|ies|ied|ying)|airlift(?:s|ed|ing)?|"
    r"ship(?:s|ped|ping)?|sen[dt]s?|sending|dispatch(?:es|ed|ing)?|(?:re)?deploy(?:s|ed|ing)?|roll(?:s|ed|ing)?|"
    r"head(?:s|ed|ing)?|surge|welcom(?:es|ed|ing)|arriv(?:es|ed|ing)|touch(?:es|ed)?\s+down|"
    r"deliver(?:s|ed|ing)?)(?:\s+[\w'’-]+){0,6}?\s+(?:to|into)\s+(?:the\s+)?" + _DIRECTION_EN
    + r"(?:(?:[\w'’-]+\s+){0,3}(?:city|town|port|village|capital|region|province)\s+of\s+(?:the\s+)?)?$")
# "airdropped food parcels over northern Gaza": what is dropped lands there
_DROPPED_OVER_EN = re.compile(r"(?<![\w])(?:air-?dropp?\w*|parachut\w*|dropp(?:ed|ing)|shot\s+down)(?:\s+[\w'’-]+){0,4}?"
                              r"\s+over\s+(?:the\s+)?" + _DIRECTION_EN + r"$")
# a place used as a modifier names a topic: "pulled out of the Black Sea grain deal"
_TOPIC_NOUN_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:deal|agreement|accord|treaty|talks|initiative|pact|process|"
                               r"format|programme|program|issue|question|file|policy|dossier|accord|processus)(?![\w])")
# "dans la capitale afghane", "العاصمة الأفغانية كابول" after an Arabic verb of entry, visit or attack
_AR_VERB_BEFORE_CAPITAL = re.compile(
    r"(?<![\w])[وف]?(?:دخلت|دخل|دخول|اقتحم\S{0,2}|قصف\S{0,2}|هاجم\S{0,2}|زار|زارت|يزور|تزور|وصل|وصلت|"
    r"حاصر\S{0,2}|تعرضت|تعرض)(?:\s+\S+){0,6}?\s+$")
# "A Moscow court jailed ...", "a Bangkok military court": a court named by its town
_COURT_AFTER = re.compile(r"\s+(?:(?:military|regional|district|city|appeals?|high|supreme|federal|criminal|"
                          r"revolutionary|magistrates['’]?|juvenile)\s+)?(?:court|tribunal|judge)(?![\w])")
_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?:a|an|the)\s+$")


def _scene_cue(doc: Document, folded: str, candidate: _Candidate, lang: str) -> bool:
    """A place the event happens at without a preposition before it: see ``_SCENE_BEFORE``.
    A whole state after a site noun or a court is the owner ("la base française", "l'ambassade
    de France"), not the scene, so those rules keep to towns and regions."""
    before = folded[max(0, candidate.start - 100):candidate.start]
    if "\n" in before:
        before = before[before.rindex("\n") + 1:]
    if _TOPIC_NOUN_AFTER.match(folded, candidate.end) or doc.text[candidate.start].islower() \
            or (" " not in candidate.text and demonym_countries(folded, lang, candidate.start, candidate.end)):
        # "the west bank of the Dnipro" is no name, "the Black Sea grain deal" a topic,
        # "heading to Ukrainian ports" a demonym
        return False
    if lang == "ar" and folded.startswith("العاصمه", candidate.start) and _AR_VERB_BEFORE_CAPITAL.search(before):
        return True
    found = _SCENE_BEFORE[lang].search(before)
    if found and (candidate.place.feature != "PCLI" or lang != "fr" or _FR_STATE_LEFT.search(found.group(0))):
        return not _MESSAGE.search(found.group(0))
    if lang == "en":
        moved = _MOVED_TO_EN.search(before)
        if moved and not _MESSAGE.search(moved.group(0)) and not re.search(r"[,;:]", moved.group(0)):
            return True
        if _DROPPED_OVER_EN.search(before):
            return True
        if candidate.place.feature != "PCLI" and _ARTICLE_BEFORE.search(before) \
                and _COURT_AFTER.match(folded, candidate.end):
            return True
    return False


# the French cues that also take a whole state: a state taken or left ("ont quitté le Mali")
_FR_STATE_LEFT = re.compile(r"^(?:emparé|contrôle|quitt|décoll|désengag|retir|repli|évacu|abandonn|appareill)|"
                            r"(?<![\w])(?:villes|régions|provinces|localités|nord|sud|est|ouest|centre)(?![\w])")


# open seas and gulfs are international waters; a strait lies in a coastal state's waters
_STRAIT = re.compile(r"strait|bab el|détroit|مضيق", re.I)


def _open_water(place: Place) -> Place | None:
    """A sea or gulf (not a strait) with no state: the event is in international waters."""
    if _STRAIT.search(place.name or ""):
        return None
    return Place(name=place.name, lat=place.lat, lon=place.lon, country="IGO", feature=place.feature)


# a conjunction that opens another event: "shops closed across Bangladesh after clashes in Dhaka"
_OTHER_EVENT_BETWEEN = re.compile(r"[;؛]|(?<![\w])(?:after|before|but|while|whereas|although|as|when|mais|tandis|"
                                  r"alors|après|avant|lorsque|quand|لكن|بينما|فيما|بعد|قبل|عندما)(?![\w])")


def _town_of_the_state(doc: Document, folded: str, candidate: _Candidate, start: int, end: int) -> _Candidate:
    """A state gives way to a cued town of that state in the same sentence, the more precise
    place of the same event ("visited Oman ... met the sultan in Muscat", "sat down with Xi
    in Beijing, the first visit to China"): the one inside the span first, else the nearest."""
    if candidate.place.feature != "PCLI" or not candidate.place.country:
        return candidate
    sentences = document_sentences(doc)
    index = sentence_index_at(sentences, candidate.start)
    if index is None:
        return candidate
    sentence = sentences[index]
    towns = [c for c in _candidates(doc, min(sentence.start, start), max(sentence.end, end))
             if c.place.country == candidate.place.country and c.place.feature not in ("PCLI", "SEA")
             and _is_locative(doc, folded, c)
             and not _OTHER_EVENT_BETWEEN.search(folded, min(c.end, candidate.end), max(c.start, candidate.start))]
    if not towns:
        return candidate
    inside = [c for c in towns if start <= c.start < end]
    return inside[0] if inside else min(towns, key=lambda c: abs(c.start - candidate.start))


# a namesake this many times as populous abroad is the one meant, unless the article
# names the smaller one's state as a place
_NAMESAKE_RATIO = 5


def _better_known_namesake(doc: Document, candidate: _Candidate) -> Place:
    """"a summit in Geneva" in a report about an American president is the Swiss city: the
    article's countries of persons should not pull a town to a small namesake at home."""
    place = candidate.place
    if place.feature != "PPL" or not place.country:
        return place
    gazetteer = get_gazetteer()
    chosen = gazetteer.best_entry(candidate.text, (place.country,))
    best = gazetteer.best_entry(candidate.text)
    if chosen is None or best is None or best.country3 in (None, place.country) \
            or best.population < _NAMESAKE_RATIO * max(chosen.population, 1):
        return place
    if any(c.place.country == place.country and c.place.feature != "PPL" for c in _folded(doc).candidates):
        return place
    return best.to_place()


# a direction or a preposition after a landmark's name starts a locator: "مخيم جباليا شمال غزة"
_AR_LANDMARK_STOP = re.compile(r"\s+(?:(?:شمال|جنوب|شرق|غرب|وسط)(?:ي|ى)?|قرب|في|على|علي|إلى|الى|من|عند|بين)(?:\s|$)")


def _landmark_end(text: str, known: list[_Candidate], start: int, end: int) -> int:
    """The end of a landmark's name: after the town it is named by ("مطار حلب طائرة إماراتية":
    the subject of an inverted verb follows) or before a direction or a preposition
    ("مخيم جباليا شمال غزة", "قاعدة تدريب قرب بنيامينا")."""
    town = next((c for c in known if start < c.start < end and c.end < end), None)
    if town is not None:
        end = town.end
    direction = _AR_LANDMARK_STOP.search(text, start, end)
    return direction.start() if direction else end


# a relative clause between commas tells of another time or event: "Macron, who last went to
# Algeria in 2022, arrived in Rabat"
_ASIDE = re.compile(r"[,،]\s+(?:who|which|whose|qui|dont|الذي|التي|الذين)(?![\w])[^,،;؛]*[,،]")


def _outside_asides(folded: str, inside: list[_Candidate], start: int, end: int) -> list[_Candidate]:
    """The span's places outside its relative clauses, when one is left."""
    asides = [m.span() for m in _ASIDE.finditer(folded, start, end)]
    if not asides:
        return inside
    kept = [c for c in inside if not any(lo <= c.start < hi for lo, hi in asides)]
    return kept or inside
