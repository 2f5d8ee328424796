"""Reading titles: "the Russian foreign minister", "le chef de la diplomatie russe",
"وزير الخارجية الروسي" -> (role, of) with the country or organisation they belong to."""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass

from wirewatch.kb.base import KnowledgeBase
from wirewatch.linking.keys import ARABIC_RE, normalize_arabic, strip_diacritics

# (role, pattern) in priority order per language; patterns run on casefolded text
# without diacritics (Arabic: normalised letters).
_ROLE_PATTERNS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("deputy_foreign_minister", r"\b(deputy|vice)[- ](foreign minister|minister of foreign affairs|minister for foreign affairs)|\bdeputy secretary of state"),
        ("un_secretary_general", r"\b(un|u\.n\.|united nations) (secretary[- ]general|chief)\b|\bsecretary[- ]general of the (un|united nations)"),
        ("permanent_representative_un", r"\b(ambassador|envoy|representative) (of \w+ )?to the (un|u\.n\.|united nations)\b|\bpermanent representative\b|\bun ambassador\b"),
        ("un_envoy", r"\b(personal|special) envoy\b|\b(un|u\.n\.) envoy\b"),
        ("head_of_mission", r"\bhead of (the )?[\w\s]*mission\b|\bhead of minurso|\bspecial representative\b|\bmission chief\b|\bminurso chief\b"),
        ("foreign_minister", r"\bforeign (minister|secretary|affairs minister)\b|\bminister (of|for) foreign affairs\b|\bsecretary of state\b|\b(top|chief) diplomat\b"),
        ("defence_minister", r"\bdefen[cs]e (minister|secretary|chief)\b|\bminister of (defen[cs]e|the armed forces)\b|\bsecretary of (defen[cs]e|war)\b"),
        ("head_of_government", r"\bprime minister\b|\bpremier\b|\bhead of government\b|\bchancellor\b"),
        ("head_of_state", r"\bpresident\b|\bking\b|\bemir\b|\bamir\b|\bsultan\b|\bhead of state\b|\bmonarch\b|\bsupreme leader\b"),
    ),
    "fr": (
        ("deputy_foreign_minister", r"\bvice-ministre\b.*\baffaires etrangeres\b|\bministre adjoint\b.*\baffaires etrangeres\b|\bvice-ministre\b"),
        ("un_secretary_general", r"\bsecretaire general (de l'onu|des nations unies)\b|\bpatron de l'onu\b"),
        ("permanent_representative_un", r"\b(ambassadeur|representant)\b.*\b(aupres de l'onu|aupres des nations unies|a l'onu|aux nations unies)\b|\brepresentant permanent\b"),
        ("un_envoy", r"\benvoye (personnel|special)\b|\bemissaire\b"),
        ("head_of_mission", r"\bchef de la (minurso|mission)\b|\bchef de mission\b|\brepresentant special\b"),
        ("foreign_minister", r"\bministre\b.*\baffaires etrangeres\b|\bchef de la diplomatie\b|\bsecretaire d'etat americain\b|\bministre des relations exterieures\b"),
        ("defence_minister", r"\bministre\b.*\b(defense|armees)\b"),
        # "président du Conseil (des ministres)": the head of government in Italy's usage,
        # not the chair of a named council ("du Conseil européen", "de sécurité", ...)
        ("head_of_government", r"\bpremier ministre\b|\bchef du gouvernement\b|\bchancelier\b|\bpremiere ministre\b"
                               r"|\bpresidente? du conseil(?: des ministres)?\b(?! (?:europeen|de |d'|du |des |"
                               r"constitutionnel|national|nationale|municipal|regional|departemental|general|"
                               r"superieur|militaire|souverain|presidentiel|scientifique|economique|islamique|"
                               r"de transition|federal|legislatif|executif|supreme|permanent|consultatif|"
                               r"local|communal|mondial|international))"),
        ("head_of_state", r"\bpresident\b|\bpresidente\b|\broi\b|\bemir\b|\bsultan\b|\bchef de l'etat\b|\bguide supreme\b|\bsouverain\b"),
    ),
    "ar": (
        ("deputy_foreign_minister", r"نائب وزير (الخارجيه|الشوون الخارجيه)|نائب وزيره الخارجيه|مساعد وزير الخارجيه"),
        ("un_secretary_general", r"الامين العام للامم المتحده|الامين العام لمنظمه الامم المتحده"),
        ("permanent_representative_un", r"(سفير|مندوب|المندوب|السفير|ممثل|الممثل).*(لدى الامم المتحده|في الامم المتحده|بالامم المتحده)|المندوب الدائم|الممثل الدائم|مندوب دائم"),
        ("un_envoy", r"المبعوث (الشخصي|الخاص|الاممي)|مبعوث"),
        ("head_of_mission", r"رئيس (بعثه|البعثه)|رئيس المينورسو|الممثل الخاص"),
        ("foreign_minister", r"وزير (الخارجيه|الشوون الخارجيه)|وزيره (الخارجيه|الشوون الخارجيه)|رئيس الدبلوماسيه|رئيس الديبلوماسيه"),
        ("defence_minister", r"وزير الدفاع|وزيره الدفاع|وزير القوات المسلحه"),
        ("head_of_government", r"رئيس (الوزراء|الحكومه)|رئيسه (الوزراء|الحكومه)"),
        ("head_of_state", r"رئيس الجمهوريه|رئيس الدوله|\bالرئيس\b|الملك|العاهل|الامير|امير|السلطان|المرشد"),
    ),
}
_COMPILED = {
    lang: tuple((role, re.compile(normalize_arabic(p) if lang == "ar" else p)) for role, p in pats)
    for lang, pats in _ROLE_PATTERNS.items()
}

MILITARY_RE = re.compile(normalize_arabic(
    r"\b(general|colonel|commander|army chief|chief of staff|marshal|capitaine|captain|"
    r"commandant|marechal|chef d'etat-major)\b|لواء|عقيد|فريق|قائد|المشير|رئيس الأركان"
))
_SECTOR_HEADS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (sector, re.compile(normalize_arabic(pattern)))
    for sector, pattern in (
        ("COP", r"\b(police|gendarmerie|gendarmes|policiers)\b|الشرطه|الدرك|الامن الوطني"),
        ("MIL", r"\b(army|military|troops|soldiers|navy|air force|armed forces|forces|armee|militaires|soldats|marine)\b|الجيش|القوات|الجنود|البحريه"),
        ("LEG", r"\b(parliament|parlement|senate|senat|lawmakers|deputes)\b|البرلمان|مجلس النواب|مجلس الشيوخ"),
        ("JUD", r"\b(court|courts|judiciary|prosecutors?|tribunal|justice|parquet)\b|المحكمه|القضاء|النيابه"),
        ("GOV", r"\b(authorities|government|ministry|officials|diplomats|diplomacy|presidency|autorites|gouvernement|ministere|diplomatie|presidence|responsables)\b|السلطات|الحكومه|وزاره|الخارجيه|الرئاسه|الدبلوماسيه"),
    )
)


def sector_of_phrase(text: str, lang: str | None) -> str | None:
    """Sector a head noun gives a group ("Algerian authorities" -> GOV, "army" -> MIL)."""
    folded = fold(text, lang)
    for sector, pattern in _SECTOR_HEADS:
        if pattern.search(folded):
            return sector
    return None


UN_ROLES = frozenset({"un_secretary_general", "un_envoy", "head_of_mission"})

# The country a UN mission works in, to read "head of the UN mission in Western Sahara".
MISSION_COUNTRY = {
    "MINURSO": "ESH", "UNSMIL": "LBY", "MONUSCO": "COD", "MINUSMA": "MLI", "UNIFIL": "LBN",
    "UNMISS": "SSD", "UNAMA": "AFG", "UNAMI": "IRQ", "UNITAMS": "SDN", "MINUSCA": "CAF",
}
COUNTRY_MISSION = {v: k for k, v in MISSION_COUNTRY.items()}

_TOKEN_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)


@dataclass
class TitleReading:
    role: str | None = None
    of: str | None = None  # ISO alpha-3 or organisation code
    country: str | None = None  # country of the person (PLOVER code)
    sector: str | None = None


def fold(text: str, lang: str | None) -> str:
    text = text.replace("’", "'")
    if ARABIC_RE.search(text):
        return normalize_arabic(text)
    return strip_diacritics(text.casefold())


def detect_lang(text: str, lang: str | None) -> str:
    if ARABIC_RE.search(text):
        return "ar"
    return lang if lang in _COMPILED else "en"


def find_role(text: str, lang: str | None) -> str | None:
    folded = fold(text, lang)
    for role, pattern in _COMPILED[detect_lang(text, lang)]:
        if pattern.search(folded):
            return role
    return None


_PHRASE_COUNTRIES: weakref.WeakKeyDictionary[KnowledgeBase, dict[tuple[str, str | None, bool], str | None]] = \
    weakref.WeakKeyDictionary()
_PHRASE_CACHE_SIZE = 200_000


def _phrase_country(phrase: str, lang: str | None, named: bool, kb: KnowledgeBase) -> str | None:
    """The state a phrase of :func:`countries_in` names, remembered per knowledge base:
    the same phrases come back in every title context and every article."""
    try:
        cache = _PHRASE_COUNTRIES.get(kb)
        if cache is None or len(cache) >= _PHRASE_CACHE_SIZE:
            cache = _PHRASE_COUNTRIES[kb] = {}
    except TypeError:  # a stand-in knowledge base that cannot be weakly referenced
        cache = {}
    key = (phrase, lang, named)
    if key in cache:
        return cache[key]
    code = kb.demonym(phrase, lang)
    if code is None and named:
        # only sure matches count here, and alike spellings never score 0.96
        for actor, score in kb.candidates(phrase, lang, fuzzy=False)[:2]:
            if actor.kind == "GPE" and score >= 0.96:
                code = actor.country
                break
    if code is None and named:
        code = kb.metonym(phrase, lang)  # "Moscow's top diplomat"
    cache[key] = code
    return code


def countries_in(text: str, lang: str | None, kb: KnowledgeBase) -> list[str]:
    """ISO codes named in ``text`` by demonyms ("russe", "الروسي") or state names, in order."""
    tokens = _TOKEN_RE.findall(text)
    found: list[str] = []
    i = 0
    while i < len(tokens):
        hit = None
        for width in (3, 2, 1):
            if i + width > len(tokens):
                continue
            phrase = " ".join(tokens[i:i + width])
            named = width > 1 or tokens[i][:1].isupper() or ARABIC_RE.search(phrase) is not None
            code = _phrase_country(phrase, lang, named, kb)
            if code:
                hit = (code, width)
                break
        if hit is None and "-" in tokens[i]:
            # "Moroccan-French": each part on its own
            for part in tokens[i].split("-"):
                code = kb.demonym(part, lang)
                if code:
                    found.append(code)
        if hit:
            found.append(hit[0])
            i += hit[1]
        else:
            i += 1
    return found


def orgs_in(text: str, lang: str | None, kb: KnowledgeBase) -> list[str]:
    """Organisation codes (UN, MINURSO, ...) named in ``text``."""
    tokens = _TOKEN_RE.findall(text)
    found: list[str] = []
    for width in (4, 3, 2, 1):
        for i in range(len(tokens) - width + 1):
            phrase = " ".join(tokens[i:i + width])
            for actor, score in kb.candidates(phrase, lang)[:1]:
                if actor.kind == "ORG" and score >= 0.96:
                    code = kb.code_of(actor.id)
                    if code and code not in found:
                        found.append(code)
    return found


_CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w'’-]+")


def title_just_before(context: str, lang: str | None) -> str | None:
    """The title that ends right before a name, from the text preceding it.

    "... met the Moroccan ambassador to the UN, " -> "the Moroccan ambassador to the UN, ";
    None when another name stands between the title and the end ("le ministre russe
    Sergueï Lavrov a reçu " belongs to Lavrov, not to the next name).
    """
    if not context or not context.strip():
        return None
    folded = fold(context, lang)
    if len(folded) != len(context):
        return None  # offsets would not line up; better no title than a wrong one
    best = None
    for _role, pattern in _COMPILED[detect_lang(context, lang)]:
        for match in pattern.finditer(folded):
            if best is None or match.end() > best.end():
                best = match
    if best is None:
        return None
    rest = context[best.end():]
    if len(rest) > 45 or re.search(r"[.;:!?؟]", rest):
        return None
    if ARABIC_RE.search(context):
        if len(rest.split()) > 1:
            return None
    elif _CAPITALISED.search(rest):
        return None
    # the title's own clause: from the last punctuation before it ("In Algeria, the
    # Moroccan ambassador" is the Moroccan ambassador)
    start = max(0, best.start() - 30)
    cut = max(context.rfind(p, start, best.start()) for p in (",", ";", ":", ".", "،"))
    return context[cut + 1 if cut >= 0 else start:]


def read_title(text: str | None, lang: str | None, kb: KnowledgeBase) -> TitleReading:
    """Role, the state or body it belongs to, and the holder's country and sector."""
    reading = TitleReading()
    if not text or not text.strip():
        return reading
    reading.role = find_role(text, lang)
    countries = countries_in(text, lang, kb)
    if MILITARY_RE.search(fold(text, lang)):
        reading.sector = "MIL"
    if reading.role is None:
        if countries:
            reading.country = countries[0]
        return reading
    reading.sector = reading.sector or "GOV"
    if reading.role == "un_secretary_general":
        reading.of, reading.country = "UN", "IGO"
    elif reading.role == "un_envoy":
        reading.country = "IGO"
        reading.of = countries[0] if countries else None
    elif reading.role == "head_of_mission":
        reading.country = "IGO"
        orgs = [o for o in orgs_in(text, lang, kb) if o in MISSION_COUNTRY]
        if orgs:
            reading.of = orgs[0]
        elif countries:
            reading.of = COUNTRY_MISSION.get(countries[-1])
    else:
        reading.of = countries[0] if countries else None
        reading.country = reading.of
    return reading
