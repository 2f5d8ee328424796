"""The parties a sentence names: linked mentions, role nouns, and a fallback list.

A participant is anything that can fill an actor or recipient slot.  Linked mentions of
the entities stage come first; common nouns naming a party by its role ("police",
"protesters", "unidentified gunmen") are added from the generic-actor lexicon; when a
document carries no mentions at all (entities stage not run) a small list of states,
capitals and international bodies stands in.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from wirewatch.events.lexicon import Lexicon
from wirewatch.events.textnorm import fold
from wirewatch.records import Document, EntityRef, Mention

if TYPE_CHECKING:
    from wirewatch.kb import KnowledgeBase

_PLACE_PREP = {
    "en": re.compile(r"(?:\b(?:in|at|near|outside|inside|across|from|around)\s+(?:the\s+)?)$", re.I),
    "fr": re.compile(r"(?:\b(?:à|a|en|au|aux|dans|près de|depuis|de|d')\s*(?:la\s+|l'|le\s+|les\s+)?)$", re.I),
    "ar": re.compile(r"(?:(?:^|\s)(?:في|قرب|من)\s+)$"),
}
_GOV_KINDS = {"GPE", "GOV", "IGO"}
_NOT_STATES = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
# the preposition ب written onto the next word, alone or after و/ف: "بأبوجا", "وبالرياض"
# a capital after an attached ب is the place of a meeting ("في قمة طارئة بأبوجا"), but the
# object of a verb that takes ب ("نددت موسكو بواشنطن", "رحبت القاهرة بالرياض")
_AR_SEAT_AFTER_BI = re.compile(r"(?:قمه|اجتماع\S*|مؤتمر\S*|لقاء\S*|محادثات|مباحثات|مفاوضات|منتدي|"
                               r"زياره|جوله|مراسم)\s+(?:\S+\s+){0,2}[وف]?ب$")
# place names that are also common Arabic words: "عقوبات مالية" (financial) is no Malé
_AR_COMMON_WORD_PLACES = {"ماليه", "الماليه"}
# demonyms that are also common adjectives ("مساعدات مالية": financial): a party only when they
# qualify a role noun ("السلطات المالية"), never on their own
_AR_COMMON_WORD_DEMONYMS = {"مالي", "المالي", "ماليه", "الماليه"}
# a role noun, its adjectives, then "في" and a state: "السلطات الانتقالية في مالي", "الجيش في ميانمار"
_AR_IN_STATE = re.compile(r"\s+(?:ال\S+\s+){0,2}في\s+$")
_FR_GENITIVE = re.compile(r"^(?:de|d')\s*(?:la\s+|l'|le\s+|les\s+)?$")
# "de" names a place of origin after a movement or a place noun: "venus de Libye", "la ville de Gao"
_FR_FROM_PLACE = re.compile(r"(?:venu|revenu|rentré|arrivé|parti|retour|départ|provenance|originaire|expulsé|chassé|"
                            r"retiré|sorti|fui|évacué|rapatrié|ville|région|province|capitale|frontière|nord|sud|est|"
                            r"ouest|centre|côte|large|près|loin|environs|banlieue|périphérie)\w*\s+(?:de|d')\s*"
                            r"(?:la\s+|l'|le\s+|les\s+)?$")
# prepositions that make even a body or a person a place ("at the UN", "dans l'UE")
_LOCATIVE = {
    "en": re.compile(r"\b(?:in|at|inside|outside)\s+(?:the\s+)?$", re.I),
    "fr": re.compile(r"\b(?:dans|en)\s*(?:la\s+|l'|le\s+|les\s+)?$", re.I),
    "ar": re.compile(r"(?:^|\s)في\s+$"),
}
_UNLINKED_KINDS = {"PER", "ORG"}
_PERSON_TITLES = {
    "en": r"(?:president|minister|envoy|ambassador|king|prime minister|secretary|spokesman|spokeswoman|chief|head|leader|general|commander|representative|deputy|counterpart|emir|prince|chancellor)",
    "fr": r"(?:président|ministre|émissaire|envoyé|ambassadeur|roi|premier ministre|secrétaire|porte-parole|chef|dirigeant|général|représentant|homologue|diplomatie|vice-ministre|diplomate)",
}
_NAME_WORD = r"[A-ZÀ-ÖØ-ÝĀ-Ž][\w'’-]+"
_PERSON_RE = re.compile(
    rf"{_NAME_WORD}(?:\s+(?:(?:de|da|del|di|van|von|al|el|ben|bin|ibn|le|la)\s+)?{_NAME_WORD}){{1,3}}"
)
_STOP_START = {"the", "le", "la", "les", "un", "une", "des", "a", "an", "début", "lors", "par",
               "in", "on", "at", "selon", "after", "après", "since", "depuis", "en", "au", "dans"}


_UN_CUE = re.compile(r"(?<!\w)(?:un|u\.n\.|united nations|onu|nations unies|onusien\w*|الامم المتحده|الاممي\w*|minurso|مينورسو)(?!\w)")
_TITLE_RE = {
    "en": re.compile(r"(?:president|minister|envoy|ambassador|king|secretary|spokes\w+|chief|head|leader|representative|deputy|counterpart|emir|prince|chancellor)", re.I),
    "fr": re.compile(r"(?:président|ministre|émissaire|envoyé|ambassadeur|roi|secrétaire|porte-parole|chef|dirigeant|représentant|homologue|diplomat)", re.I),
    "ar": re.compile(r"(?:رئيس|وزير|مبعوث|سفير|ملك|العاهل|امين|ناطق|متحدث|نائب|ممثل|الامير)"),
}
_ARTICLE = {
    "en": re.compile(r"^the\s+"),
    "fr": re.compile(r"^(?:le\s+|la\s+|les\s+|l')"),
    "ar": re.compile(r"^(?:[وف]?[بلك](?=ال)|[وف](?=ال))"),
}


# Personal pronouns standing for a person: subjects ("he", "il") and objects ("him",
# "l'a félicité", "lui a demandé", the suffix of "هنأه").  English "her" is an object only
# before a preposition or punctuation (otherwise it is a possessive).
_PRONOUNS = {
    "en": re.compile(r"\b(?:(?P<subj>he|she)|(?P<obje>him|her(?=\s*(?:[,.;]|to\b|on\b|of\b|as\b|for\b|over\b))))\b"),
    "fr": re.compile(r"(?:\b(?P<subj>il|elle)\b(?!\s*(?:y\b|faut|s['’]agit|est\s+(?:prévu|question|possible|probable)))"
                     r"|(?<!\w)(?P<obje>l['’]|lui|les)(?=\s*(?:a|ont|avait|avaient|aurait|auraient|avoir)\s))"),
    "ar": re.compile(r"(?P<subj>(?!))|(?<=[\u0621-\u064a]{3})(?P<obje>ه)(?=\s|[،,.]|$)"),
}
# Definite descriptions standing for a state or a group named just before: "the emirate",
# "le mouvement chiite", "المملكة".
_DESCRIPTIONS = {
    "en": re.compile(r"\bthe\s+(?:(?P<state>kingdom|emirate|island|sultanate)|"
                     r"(?P<group>group|movement|organi[sz]ation|militia)|"
                     r"(?:veteran\s+|seasoned\s+)?(?:[a-z]+-[a-z]+\s+)?(?P<person>diplomat|envoy|emissary|mediator)|"
                     r"(?P<office>president|king|prime minister|premier)|"
                     r"(?P<pair>two (?:presidents|leaders|ministers|heads of state)|two men))\b"),
    "fr": re.compile(r"\b(?:le|la|l')\s*(?:(?P<state>royaume|émirat|île|sultanat)|"
                     r"(?P<group>groupe|mouvement|organisation|milice)|"
                     r"(?P<person>diplomate|émissaire|envoyée?|médiat(?:eur|rice))|"
                     r"(?P<office>présidente?|roi|premier ministre)|"
                     r"(?P<pair>deux (?:présidents|dirigeants|ministres|chefs d'état|hommes)))\b"),
    "ar": re.compile(r"(?<!\S)[وف]?(?:(?P<state>المملكه|الاماره|الجزيره|السلطنه)|"
                     r"(?P<group>الحركه|الجماعه|المنظمه|التنظيم)|(?P<person>الدبلوماسي|المبعوث|الوسيط)|"
                     r"(?P<pair>الرئيسان|الرئيسين|الزعيمان|الزعيمين|الوزيران|الوزيرين|الجانبان|الجانبين))(?!\S)(?!\s+ال)|"
                     # the head noun of a body named before ("ودعا التجمع الجيش إلى"); a name
                     # that goes on ("المحكمة الجنائية الدولية") is a mention of its own
                     r"(?<!\S)[وف]?(?P<body>الحزب|التجمع|الائتلاف|التحالف|المحكمه|الصندوق|البعثه|الوكاله|المفوضيه|الجبهه)(?!\S)"
                     # ... but "الحزب الحاكم في تركيا", "المحكمة العليا": a qualified body is another one
                     r"(?!\s+(?:ال(?:حاكم|معارض|جديد|وطني|ديمقراطي|جمهوري|اشتراكي|شيوعي|دولي|دوليه|عليا|دستوريه|عسكري|"
                     r"عسكريه|اسلامي|يساري|يميني|ليبرالي)(?!\S)|في\s))|"
                     # the two sides or countries named before; not "الطرفين الأمريكي والروسي",
                     # which says who they are
                     r"(?<!\S)[وف]?(?P<sides>الطرفان|الطرفين|البلدان|البلدين)(?!\S)(?!\s+ال\S+ي\s+وال\S+ي(?:\s|$))"
                     # "البلدان" is also the plural "countries": "البلدان الأعضاء", "البلدان النامية"
                     r"(?!\s+(?:ال\S+ه|الاعضاء)(?:\s|$))"),
}
# a double nationality ("le diplomate italo-suédois", "the Italian-Swedish diplomat") describes
# the person, not a state acting
_COMPOUND_DEMONYM = re.compile(r"\s*[\w]+-[\w]+")
_NEXT_WORD = re.compile(r"\s*[\w'’]+")
# an office qualified by what follows: a name, a nationality, a body ("le président ivoirien",
# "the president of the Commission", "le président de transition")
_OFFICE_QUALIFIED = re.compile(r"\s*(?:[A-ZÀ-Ý]|[a-zà-ÿ]+(?:ain|aine|ais|aise|ien|ienne|ois|oise|an|ese|ish|ique|e)\b|of\b|de\b|du\b|des\b|d'|élu|sortant|déchu|par intérim)")
_NAMED_AFTER = re.compile(r"\s+(?:of|de|du|des|d')\s*(?:the\s+|la\s+|l')?[A-ZÀ-Ý]")
# a mention cut after its head noun: "de Suède" of "l'ambassadeur de Suède"
_OF_PREFIX = {
    "en": re.compile(r"^of\s+(?:the\s+)?"),
    "fr": re.compile(r"^(?:de\s+(?:la\s+|l')?|du\s+|des\s+|d')"),
    "ar": re.compile(r"(?!)"),
}


def _strip_article(name: str, lang: str) -> str:
    return _ARTICLE.get(lang, _ARTICLE["en"]).sub("", name)


@dataclass
class Participant:
    start: int
    end: int
    text: str
    kind: str  # PER, ORG, GPE, GOV (metonym or role noun), IGO, GENERIC
    code: str | None = None
    sector: str | None = None
    identifier_id: str | None = None
    identifier_text: str | None = None
    actor_id: str | None = None
    is_place: bool = False  # introduced by a place preposition ("in Rabat")
    generic: bool = False
    pronoun: str | None = None  # "subject" or "object": a pronoun standing for ``antecedents[0]``
    antecedents: list[Participant] = field(default_factory=list, repr=False)

    def to_ref(self) -> EntityRef:
        return EntityRef(
            entity_text=self.text, code=self.code, sector=self.sector,
            identifier_id=self.identifier_id, identifier_text=self.identifier_text,
            actor_id=self.actor_id, start=self.start, end=self.end,
        )

    @property
    def key(self) -> str:
        if self.generic:  # "police" and "protesters" of one country are two parties
            return f"{self.code}:{self.text}"
        return self.actor_id or self.identifier_id or self.identifier_text or f"{self.code}:{self.text}"


def _copy(p: Participant) -> Participant:
    """A shallow copy, as ``dataclasses.replace(p)`` makes it but faster."""
    clone = object.__new__(Participant)
    clone.__dict__.update(p.__dict__)
    return clone


# a title span that ran on into a place: "الرئيس التركي إلى مصر", "the envoy to Libya"
_TITLE_CUT = re.compile(r"\s(?:to|in|at|à|au|aux|en|dans|الى|إلى|في|من)\s")


def _from_title(m: Mention) -> Participant | None:
    """"the Russian foreign minister", "وزير الخارجية الروسي": the office holder, or the office.

    A title names a party when the entities stage found its country or body; the linker
    then often also names its holder on the article's date.
    """
    if m.country is None:
        return None
    cut = _TITLE_CUT.search(m.text)
    end = m.start + cut.start() if cut else m.end
    text = m.text[:end - m.start]
    if m.actor_name:
        return Participant(m.start, end, text, "PER", code=m.country, sector=m.sector or "GOV",
                           identifier_id=m.wikidata or m.actor_id, identifier_text=m.actor_name,
                           actor_id=m.actor_id)
    return Participant(m.start, end, text, "GOV", code=m.country, sector=m.sector or "GOV",
                       identifier_text=None)


def _from_mention(m: Mention) -> Participant | None:
    if m.type == "TITLE":
        return _from_title(m)
    kind = "GOV" if m.is_metonym else m.type
    sector = m.sector or ("GOV" if kind in _GOV_KINDS else None)
    return Participant(
        m.start, m.end, m.text, kind, code=m.country, sector=sector,
        identifier_id=m.wikidata or m.actor_id, identifier_text=m.actor_name or m.text,
        actor_id=m.actor_id,
    )


# words the entities stage runs an unknown Arabic name on into: a word with a preposition and the
# article ("يحيى سريع بالرد"), a preposition of place or time ("جمال خاشقجي داخل"), a noun with a
# pronoun ("راشد الغنوشي أنصاره"), the object of the verb ("حركة النهضة الخطوة")
_AR_NAME_TAIL = re.compile(r"(?:\s+(?:[وف]?[بلك]ال\S+|[وف]?لل\S+|داخل|خارج|امام|قرب|بعد|قبل|خلال|منذ|عند|حول|ضد|"
                           r"عبر|لدى|لدي|نحو|اثر|جراء|انصار\S*|مؤيدي\S*|الخطوه|القرار|الاتفاق|الهجوم|الحادث|"
                           r"الاعلان|الانقلاب))+$")


def _trim_ar_name(p: Participant, folded: str) -> None:
    """Cut the words an unknown Arabic name was run on into (the mention is kept otherwise)."""
    tail = _AR_NAME_TAIL.search(folded, p.start, p.end)
    # at least two name words stay: "كايا كالاس", "أليك بالدوين" end on a surname, not a clitic
    if tail is None or len(folded[p.start:tail.start()].split()) < 2:
        return
    cut = tail.start() - p.start
    if p.identifier_text == p.text:
        p.identifier_text = p.text[:cut]
    p.text, p.end = p.text[:cut], tail.start()


@dataclass(frozen=True)
class _FallbackEntry:
    code: str
    name: str
    wikidata: str | None
    kind: str


_INDEXES: dict[str, tuple] = {}
_AR_LAM_VARIANTS: set[str] = set()


_POSTING = re.compile(r"(?:ambassador|envoy|ambassadeur|ambassadrice|émissaire|سفير\S*|مبعوث\S*)"
                      r"\s+(?:\S+\s+)?(?:to|in|at|en|au|aux|à|في|لدى|لدي)\s+(?:the\s+|la\s+|l')?$")
_POSSESSOR = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}$")
_OWNER_BEFORE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}$")
_OWNER_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,2}(?:de|du|des|d')\s*(?:la\s+|l')?$")
_OWNER_GENITIVE = {
    "fr": re.compile(r"\s+(?:de|du|des|d')\s*(?:la\s+|l')?"),
    "ar": re.compile(r"\s+"),
}
_STATES: dict[int, dict[str, dict]] = {}
# parties of the place where they act (police, troops, crowds, gunmen), unlike officials and envoys
SCENE_SECTORS = {"COP", "MIL", "CVL", "OPP", "UAF", "LAB", "JRN", "UNK", "AGR", "REL", "REB"}
# "الحرس الرئاسي في النيجر الرئيس محمد بازوم", "police arrested the president X": a preposition or
# a verb, then the person's own title: the role noun before is no title of that person
_GAP_SEPARATOR = re.compile(r"(?:^|\s)(?:في|من|على|علي|الى|عن|مع|in|at|on|from|à|en|dans|ont|\w+ed|القبض)(?:\s|$)", re.I)
# "Myanmar's army detained Aung San Suu Kyi", "la police a arrêté X": a verb between, no title
_GAP_VERB = re.compile(r"\b(?:\w{3,}ed|(?:a|ont|avait|avaient)\s+\w+(?:é|és|ée|ées|is|it|u|us)|"
                       r"met|held|told|sent|gave|took|spoke|sought|brought|struck|shot|threw|fought)\b")
# an Arabic verbal noun of an event, or another title, between a role noun and a name
_AR_GAP_EVENT = re.compile(r"(?:^|\s)[وف]?(?:ب|ل)?(?:ال)?(?:اغتيال|اعتقال|اختطاف|احتجاز|اعدام|مقتل|استهداف|زيار(?:ه|ة)|"
                           r"قيادي|زعيم|قائد)(?:\s|$)")
_AR_ADVERBIAL = re.compile(r"[وف]?(?:احتجاج|تضامن|رد|تنديد|دعم|رفض|استنكار|ترحيب|حرص|امتثال|تمهيد|خوف)(?:ا|اً)")
_GAP_PREPOSITION = re.compile(r"(?:^|\s)(?:في|على|علي|الى|من|عن|ضد|dans|par|à|en|sur|contre|avec|pour)(?:\s|$)")
_NATIONALITY_NOUN = {
    "en": re.compile(r"(?<![\w'’-])[A-Z][a-z'-]{3,}(?![\w'’-])"),  # "Armenian positions", "Georgians"
    "fr": re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][a-zà-ÿ'-]{3,}(?:s|es)(?![\w'’-])"),  # "des milliers de Géorgiens"
}
# the counting nouns of Arabic partitives: "عشرات الآلاف من الجزائريين"
AR_COUNT_WORDS = r"عشرات|مئات|الاف|الالاف|ملايين|الملايين|الوف|عدد"
_AR_COUNTED = re.compile(rf"(?:{AR_COUNT_WORDS})\s+من\s+$")
_OWNED_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|our|ses|son|sa|leurs?|nos|notre)|\d)\s+(?:[\w-]+\s+)?$", re.I)
_MODIFIER_BEFORE = re.compile(r"\b(?:the|a|an)\s+$")  # "the US ambassador": a qualifier, not the party
# "its commerce ministry", "their troops": a body or force of the state told before
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+)?$")
_FORCE_ADJECTIVE = r"(?:special|elite|naval|ground|air|armed|security|border|riot|coast|marine|paramilitary|government|regular|reserve)"
_SCENE_PREP = {
    "en": re.compile(r"\b(?:in|at|near|outside|through|across|along)\s+(?:the\s+)?$", re.I),
    "fr": re.compile(r"(?:\b(?:à|au|aux|en|dans|près de|à travers|le long de)\s*(?:la\s+|l'|le\s+|les\s+)?)$", re.I),
    "ar": re.compile(r"(?:^|\s)(?:في|قرب)\s+$"),
}
# a place noun qualified by a demonym: "à la frontière grecque", "على الحدود اليونانية"
_SCENE_NOUN = {
    "en": re.compile(r"(?!)"),
    "fr": re.compile(r"\b(?:frontière|capitale|côte|ville|région|territoire|sol)\s+", re.I),
    "ar": re.compile(r"(?:^|\s)(?:ال)?(?:حدود|عاصم(?:ه|ة)|مدين(?:ه|ة)|اراضي)\s+"),
}
_ARMED_FORCES = re.compile(r"army|troops|soldiers|military|armed forces|forces|armée|troupes|soldats|militaires|"
                           r"forces armées|جيش|قوات|جنود|عسكري")
_POLICE_NOUN = re.compile(r"police|policiers|policemen|شرط")


def _states(entries: list[dict]) -> dict[str, dict]:
    """Fallback entries of states by ISO code (international bodies left out)."""
    key = id(entries)
    if key not in _STATES:
        _STATES[key] = {e["code"]: e for e in entries if e.get("kind", "GPE") == "GPE" and len(e["code"]) == 3
                        and e["code"] not in ("IGO", "EUR", "NGO")}
    return _STATES[key]


def _kb_country_name(code: str | None) -> str | None:
    """The English name of a state the fallback list lacks, from the actor knowledge base."""
    if not code or len(code) != 3 or not code.isalpha():
        return None
    try:
        from wirewatch.kb import load_kb
        actor = load_kb().country(code)
    except Exception:  # the knowledge base is optional for the coder
        return None
    return actor.name if actor is not None else None


_NATIONAL_FORCES: dict[tuple[str, str], str] = {}
_FORCE_WORDS = {"MIL": r"(?:army|military|armed forces)", "COP": r"police"}


def national_force(code: str | None, sector: str | None) -> str | None:
    """The canonical name of a state's armed forces (MIL) or police (COP) in the actor
    knowledge base: the organisation of that country and sector one of whose English names
    is "<demonym> army", "<demonym> military" or "<demonym> police" (or the state's name
    before the noun: "Hong Kong police"); "Georgian police" names
    the Georgian Police; "Libyan National Army" is not the army of Libya)."""
    if not code or sector not in _FORCE_WORDS:
        return None
    if not _NATIONAL_FORCES:
        try:
            from wirewatch.kb import load_kb
            kb = load_kb()
        except Exception:  # the knowledge base is optional for the coder
            return None
        demonyms: dict[str, set[str]] = {}
        for word, iso3 in kb.demonyms("en"):
            demonyms.setdefault(iso3, set()).add(word.lower())
        for actor in kb.actors.values():
            if actor.kind == "GPE" and actor.country:  # "Hong Kong police": the name of the place
                demonyms.setdefault(actor.country, set()).update(n.lower() for n in actor.names.get("en", []))
        for actor in kb.actors.values():
            if actor.kind != "ORG" or actor.sector not in _FORCE_WORDS or not actor.country:
                continue
            words = demonyms.get(actor.country, set())
            pattern = re.compile(rf"(?:{'|'.join(re.escape(w) for w in words) or '(?!)'})\s+{_FORCE_WORDS[actor.sector]}")
            if any(pattern.fullmatch(n.lower()) for n in actor.names.get("en", [])):
                _NATIONAL_FORCES.setdefault((actor.country, actor.sector), actor.name)
        _NATIONAL_FORCES.setdefault(("", ""), "")  # built, even when empty
    return _NATIONAL_FORCES.get((code, sector)) or None


def names_the_state(code: str | None, name: str | None) -> bool:
    """True when ``name`` is the state ``code`` itself or its government ("Egypt", "Government of Egypt")."""
    if not code or not name:
        return False
    if name == _kb_country_name(code):
        return True
    try:
        from wirewatch.kb import load_kb
        government = load_kb().government(code)
    except Exception:  # the knowledge base is optional for the coder
        return False
    return government is not None and government.name == name


def state_name(code: str | None, entries: list[dict]) -> str | None:
    """The English name of the state ``code`` (fallback list, else the knowledge base)."""
    entry = _states(entries).get(code or "")
    return str(entry["name"]) if entry is not None else _kb_country_name(code)


def _demonym_variants(name: str, lang: str) -> list[str]:
    """Arabic demonyms with and without the article, singular and plural; French ones in
    both genders and numbers ("nigérien" gives "nigériennes": "les autorités nigériennes")."""
    if lang == "fr":
        if " " in name or not name[-1:].isalpha():
            return [name]
        feminine = name + "ne" if name.endswith(("ien", "éen")) else name if name.endswith("e") else name + "e"
        return list(dict.fromkeys(f for form in (name, feminine)
                                  for f in (form, form if form.endswith(("s", "x")) else form + "s")))
    if lang != "ar":
        return [name]
    bare = name[2:] if name.startswith("ال") and " " not in name else name
    out = [name, bare]
    if bare.endswith("ي"):
        out += [bare + "ين", bare + "ون", "ال" + bare + "ين", "ال" + bare + "ون", bare + "ه", "ال" + bare + "ه",
                bare + "ان", "ال" + bare + "ان",  # the dual: "جنديان إسرائيليان"
                bare + "ا"]  # a counted noun in the accusative: "مقتل 58 فلسطينيا", "اعتقال 18 سعوديا"
    return [v for v in out if len(v) > 3]


_MILITARY_LEADERS = re.compile(r"\b(?:chiefs?|commanders?|ministers?|heads?)\b")
_REGIONAL: dict[str, tuple[re.Pattern[str] | None, dict[str, _FallbackEntry]]] = {}
# words that may stand between a regional adjective and its role noun: "Arab foreign ministers"
_REGIONAL_GAP = r"(?:(?:foreign|defen[cs]e|army|military|interior|finance|trade|energy|health|security|" \
    r"state|government|national)\s+){0,2}"


def _regional_index(lexicon_lang: str, entries: list[dict]) -> tuple[re.Pattern[str] | None, dict[str, _FallbackEntry]]:
    """The regional adjectives of international bodies ("West African", "Arab", "Gulf"), as a
    pattern that ends right before a role noun, and the body each one names."""
    if lexicon_lang in _REGIONAL:
        return _REGIONAL[lexicon_lang]
    bodies: dict[str, _FallbackEntry] = {}
    for data in entries:
        for adjective in (data.get("r") or {}).get(lexicon_lang) or ():
            bodies.setdefault(fold(adjective), _FallbackEntry(data["code"], data["name"], data.get("wd"),
                                                              data.get("kind", "IGO")))
    alternatives = "|".join(re.escape(a) for a in sorted(bodies, key=len, reverse=True))
    # "South African leaders" is no African Union; "Western Sahara's" no NATO
    pattern = re.compile(rf"(?<![\w-])(?<!south )(?<!north )(?<!central )(?<!east )(?P<adj>{alternatives})\s+"
                         rf"{_REGIONAL_GAP}$") if alternatives else None
    _REGIONAL[lexicon_lang] = (pattern, bodies)
    return _REGIONAL[lexicon_lang]


def _fallback_index(lexicon_lang: str, entries: list[dict]) -> tuple:
    if lexicon_lang in _INDEXES:
        return _INDEXES[lexicon_lang]
    names: dict[str, tuple[_FallbackEntry, str]] = {}
    demonyms: dict[str, str] = {}
    for data in entries:
        entry = _FallbackEntry(data["code"], data["name"], data.get("wd"), data.get("kind", "GPE"))
        for name in data["n"].get(lexicon_lang) or ():
            names[fold(name)] = (entry, entry.kind)
            names.setdefault(_strip_article(fold(name), lexicon_lang), (entry, entry.kind))
        for name in data["c"].get(lexicon_lang) or ():
            names[fold(name)] = (entry, "GOV")
            names.setdefault(_strip_article(fold(name), lexicon_lang), (entry, "GOV"))
        for name in data["d"].get(lexicon_lang) or ():
            for variant in _demonym_variants(fold(name), lexicon_lang):
                demonyms.setdefault(variant, entry.code)
    if lexicon_lang == "ar":
        # "للإمارات": the preposition ل before the article drops its alef; the name then
        # starts at the article's lam, right after the preposition
        for name, hit in list(names.items()):
            if name.startswith("ال") and len(name) > 4:
                names.setdefault(name[1:], hit)
                _AR_LAM_VARIANTS.add(name[1:])
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    prefix = r"(?:[وف]?[بلك]?)" if lexicon_lang == "ar" else ""
    name_re = re.compile(rf"(?<!\w){prefix}(?P<name>{alternatives})(?!\w)")
    dem_alt = "|".join(re.escape(n) for n in sorted(demonyms, key=len, reverse=True))
    dem_re = re.compile(rf"(?<!\w)(?:{dem_alt})(?!\w)") if dem_alt else None
    _INDEXES[lexicon_lang] = (names, name_re, demonyms, dem_re)
    return _INDEXES[lexicon_lang]


def warm_indexes(lexicons: dict[str, Lexicon]) -> None:
    """Build the fallback name index of every language now rather than on first use."""
    for lang, lexicon in lexicons.items():
        _fallback_index(lang, lexicon.fallback)
        _regional_index(lang, lexicon.fallback)


class ParticipantFinder:
    """Finds participants in sentences of one document."""

    def __init__(self, doc: Document, lexicons: dict[str, Lexicon]):
        self.doc = doc
        self.text = doc.text
        self.folded = fold(doc.text)
        self.lexicons = lexicons
        self.use_fallback = not doc.mentions
        self._found: dict[tuple[int, int, str], list[Participant]] = {}
        self._kb: KnowledgeBase | Literal[False] | None = None  # loaded on first use
        self.default_country = self._dominant_country()

    def _index(self, lang: str) -> tuple:
        return _fallback_index(lang, self.lexicons[lang].fallback)

    def _dominant_country(self) -> str | None:
        counts: Counter[str] = Counter()
        for m in self.doc.mentions:
            if m.country and m.country not in _NOT_STATES:
                counts[m.country] += 1
            elif m.country is None and m.place is not None and m.place.country \
                    and m.place.country not in _NOT_STATES:
                # a place the linker left without a code; the seat of an international body
                # ("the EU", "الأمم المتحدة") is no country of the article
                counts[m.place.country] += 1
        if not counts and self.doc.text:
            lang = self.doc.article.lang if self.doc.article.lang in self.lexicons else None
            if lang:
                names, name_re, demonyms, dem_re = self._index(lang)
                for found in name_re.finditer(self.folded):
                    entry, _ = names[found.group("name")]
                    if entry.kind == "GPE":
                        counts[entry.code] += 1
                if dem_re is not None:  # "Iranian security forces": the demonym names it
                    counts.update(code for f in dem_re.finditer(self.folded)
                                  if (code := demonyms[f.group(0)]) not in _NOT_STATES)
        return counts.most_common(1)[0][0] if counts else None

    def demonym_country(self, start: int, end: int, lang: str) -> str | None:
        """A country named by a demonym or country name in [start, end) of the text."""
        for m in self.doc.mentions:
            if start <= m.start and m.end <= end and m.type in ("GPE",) and m.country:
                return m.country
        _, _, demonyms, dem_re = self._index(lang)
        if dem_re is not None:
            found = dem_re.search(self.folded, start, end)
            if found:
                return demonyms[found.group(0)]
        return None

    def find(self, start: int, end: int, lang: str) -> list[Participant]:
        """The parties named in [start, end) of the text (copies: callers may change them)."""
        key = (start, end, lang)
        if key not in self._found:
            self._found[key] = self._find(start, end, lang)
        return [_copy(p) for p in self._found[key]]

    @cached_property
    def _persons_named(self) -> list[Mention]:
        """The document's person mentions, without the Arabic adverbials taken for names."""
        return [m for m in self.doc.mentions if m.type == "PER" and not _AR_ADVERBIAL.fullmatch(fold(m.text))]

    def _find(self, start: int, end: int, lang: str) -> list[Participant]:
        lang = lang if lang in self.lexicons else "en"
        found: list[Participant] = []
        persons = self._persons_named
        for m in self.doc.mentions:
            if start <= m.start and m.end <= end:
                if m.type == "TITLE" and any(q.start < m.end and m.start < q.end for q in persons):
                    continue  # the title of a named person: the person is the party
                if m.type == "PER" and _AR_ADVERBIAL.fullmatch(fold(m.text)):
                    continue  # "احتجاجا على", "تضامنا مع": an adverbial noun the entities stage took for a name
                if lang == "ar" and m.type in ("LOC", "GPE") and fold(m.text) in _AR_COMMON_WORD_PLACES:
                    continue
                p = _from_mention(m)
                if p is not None and lang == "ar" and p.kind in _UNLINKED_KINDS \
                        and (m.actor_id is None or m.actor_id.startswith("new:")):
                    _trim_ar_name(p, self.folded)
                if p is not None:
                    if p.code is None:
                        self._enrich(p, m, start, lang)
                    if p.code is None and p.kind in _UNLINKED_KINDS:
                        self._short_form(p, m)
                    if p.code is None and p.kind in _UNLINKED_KINDS:
                        p.code = self._apposition_country(m)
                    if p.code is None and p.kind in _UNLINKED_KINDS and lang == "en" \
                            and _ITS_BEFORE.search(self.folded[max(start, m.start - 12):m.start]):
                        p.code = self._possessor_state(m.start, found)  # "its commerce ministry"
                    if p.code is None and p.kind in _UNLINKED_KINDS:
                        # an unknown person or body is most likely of the country the article is about
                        p.code = self.default_country
                    if p.kind == "LOC":
                        continue  # a place, not a party (capitals were turned into GOV above)
                    found.append(p)
        # the fallback list also fills gaps of the entities stage (a country it did not mark)
        found.extend(f for f in self._fallback(start, end, lang, persons=self.use_fallback)
                     if not any(f.start < q.end and q.start < f.end for q in found))
        found.extend(self._descriptions(start, end, lang, found))
        found.extend(self._generic(start, end, lang, found))
        found.extend(self._demonyms(start, end, lang, found))
        found.extend(self._pronouns(start, end, lang, found))
        found.sort(key=lambda p: (p.start, -p.end))
        result: list[Participant] = []
        for p in found:
            if result and p.start < result[-1].end:
                continue
            prep = _PLACE_PREP[lang].search(self.folded[max(start, p.start - 25):p.start])
            if prep and lang == "fr" and _FR_GENITIVE.match(prep.group(0)) \
                    and not _FR_FROM_PLACE.search(self.folded[max(start, p.start - 40):p.start]):
                prep = None  # "la décision de l'Espagne", "l'ambassadeur de Suède": a genitive, not a place
            # "à/au + state" is as often the dative of a recipient as a place
            p.is_place = bool(prep) and not (lang == "fr" and p.kind in ("GPE", "GENERIC") and
                                             re.match(r"\s*(?:à|a|au|aux)\b", prep.group(0)))
            if lang == "ar" and self.folded[p.start:p.start + 1] == "ب" and not p.text.startswith("ب"):
                p.is_place = True
            if lang == "ar" and p.kind == "GOV" and p.identifier_text and not p.generic and p.pronoun is None \
                    and _AR_SEAT_AFTER_BI.search(self.folded[max(start, p.start - 40):p.start]):
                p.is_place = True  # "في قمة طارئة بأبوجا": a capital after an attached ب is the place
            if p.generic and p.sector:
                p.is_place = False  # "tirs de soldats", "from the police": role nouns are parties
            if p.generic and lang == "ar" and _AR_COUNTED.search(self.folded[max(start, p.start - 20):p.start]):
                p.is_place = False  # "عشرات الآلاف من الجزائريين": people counted, not a place
            if p.is_place and _POSTING.search(self.folded[max(start, p.start - 45):p.start]):
                p.is_place = False  # "son ambassadeur en Suède": the state the envoy is posted to
            if p.kind in ("PER", "ORG", "IGO") and prep and not _LOCATIVE[lang].search(prep.group(0)):
                p.is_place = False  # "l'aide de l'UE", "à l'Union européenne": a body is a party
            result.append(p)
        if lang == "en":  # "Sudan's army": the army is the party, Sudan only its country
            result = [p for i, p in enumerate(result)
                      if not (i + 1 < len(result) and not result[i + 1].is_place and result[i + 1].code == p.code
                              and (_POSSESSOR.match(self.folded[p.end:result[i + 1].start])
                                   # "US special forces": the state names the forces' country
                                   or result[i + 1].generic and result[i + 1].sector in ("MIL", "COP")
                                   and re.fullmatch(rf"\s+(?:{_FORCE_ADJECTIVE}\s+)?", self.folded[p.end:result[i + 1].start])))]
        elif lang in _OWNER_GENITIVE:
            # "la police de Hong Kong", "شرطة هونغ كونغ": the owner state is only the country of the
            # role noun; a named owner ("قوات حكومة الوفاق") is the party itself
            owned = [i for i in range(1, len(result))
                     if result[i - 1].generic and result[i - 1].sector and result[i].kind in ("GPE", "GOV", "ORG")
                     and result[i - 1].code == result[i].code and not result[i].generic
                     and _OWNER_GENITIVE[lang].fullmatch(self.folded[result[i - 1].end:result[i].start])]
            drop = {i if names_the_state(result[i].code, result[i].identifier_text) or result[i].kind == "GPE"
                    else i - 1 for i in owned}
            result = [p for i, p in enumerate(result) if i not in drop]
        return result

    def _enrich(self, p: Participant, m: Mention, sent_start: int, lang: str) -> None:
        """Country and sector of an unlinked mention, from the fallback list and its title."""
        names, _, demonyms, dem_re = self._index(lang)
        key = _OF_PREFIX.get(lang, _OF_PREFIX["en"]).sub("", _strip_article(fold(m.text), lang))
        hit = names.get(key) or names.get(fold(m.text))
        if hit is not None:
            entry, kind = hit
            p.code = entry.code
            p.identifier_text = entry.name
            p.identifier_id = p.identifier_id or entry.wikidata
            p.sector = p.sector or "GOV"
            if kind == "GOV" or entry.kind == "GPE":
                p.kind = "GOV" if kind == "GOV" else "GPE"
            return
        if m.type not in ("PER", "ORG"):
            return
        title = fold(m.role or "")
        left = self.folded[max(sent_start, m.start - 60):m.start]
        if lang == "fr" and m.type == "ORG" and not title:
            # "le Parlement slovaque", "la Cour suprême brésilienne": the demonym after the body
            code = self._adjacent_demonym(m.start, m.end, sent_start, min(len(self.text), m.end + 40), lang)
            if code is not None:
                p.code = code
                return
        for scope in (title, left[-40:] if not title else ""):
            if not scope:
                continue
            if _UN_CUE.search(scope):
                p.code = "IGO"
                break
            if dem_re is not None:
                found = dem_re.search(scope)
                if found:
                    p.code = demonyms[found.group(0)]
                    break
        if p.sector is None and m.type == "PER" and (title or _TITLE_RE[lang].search(left[-40:])):
            p.sector = "GOV"

    def _demonyms(self, start: int, end: int, lang: str, known: list[Participant]) -> list[Participant]:
        """"the French ambassador", "شركات إيرانية": a party known only by its country."""
        _, _, demonyms, dem_re = self._index(lang)
        out: list[Participant] = []
        if dem_re is None:
            return out
        for found in dem_re.finditer(self.folded, start, end):
            s, e = found.span()
            if lang == "ar" and found.group(0) in _AR_COMMON_WORD_DEMONYMS:
                continue
            if any(s < q.end + 25 and q.start - 25 < e and self._qualifies(q, s, e, demonyms[found.group(0)])
                   for q in known if q.generic) or any(s < q.end and q.start < e for q in known):
                continue  # already the country of a role noun ("Algerian police") or inside a name
            if self._absorbed_by_name(e, end, known):
                continue  # "Moroccan Foreign Minister Nasser Bourita": the title of a name
            out.append(Participant(s, e, self.text[s:e], "GENERIC", code=demonyms[found.group(0)],
                                   sector=None, generic=True))
        if lang in ("en", "fr"):
            # "des dizaines de milliers de Géorgiens ont défilé": people named by a nationality the
            # short list lacks, from the knowledge base
            for found in _NATIONALITY_NOUN[lang].finditer(self.text, start, end):
                s, e = found.span()
                if any(s < q.end and q.start < e for q in known + out):
                    continue
                code = self._kb_demonym(found.group(0), lang)
                if code is None and lang == "en" and found.group(0).endswith("s"):
                    code = self._kb_demonym(found.group(0)[:-1], lang)  # "Georgians", "Serbians": the people
                # an English plural ("Georgians massed outside parliament") names people, and
                # qualifies no noun of its country told after it
                people = lang == "en" and found.group(0).endswith("s")
                if code and not self._absorbed_by_name(e, end, known) and not any(
                        s < q.end + 25 and q.start - 25 < e and self._qualifies(q, s, e, code)
                        and not (people and q.start >= e and self.folded[e:q.start].strip()) for q in known if q.generic):
                    out.append(Participant(s, e, found.group(0), "GENERIC", code=code, sector=None, generic=True))
        return out

    def _kb_demonym(self, word: str, lang: str) -> str | None:
        """The state a demonym adjective names, from the actor knowledge base (looked up
        once per document)."""
        if self._kb is None:
            try:
                from wirewatch.kb import load_kb
                self._kb = load_kb()
            except Exception:  # the knowledge base is optional for the coder
                self._kb = False
        if self._kb is False:
            return None
        try:
            return self._kb.demonym(word, lang)
        except Exception:  # as for the loading: no answer rather than a lost document
            return None

    def _qualifies(self, noun: Participant, s: int, e: int, code: str) -> bool:
        """True when the demonym at [s, e) qualifies the role noun: its country, or one of a pair
        ("militaires américains et ivoiriens", "Philippine and Japanese coast guards"); not the
        object of the noun's verb ("Azerbaijani forces shelled Armenian positions")."""
        if noun.code == code:
            return True
        between = self.folded[noun.end:s] if s >= noun.end else self.folded[e:noun.start]
        return bool(re.fullmatch(r"\s*(?:[\w-]+\s+)?(?:and|et|ou|or|,|و)\s*(?:[\w-]+\s+)?", between)) \
            or not between.strip()

    def _fallback(self, start: int, end: int, lang: str, persons: bool = True) -> list[Participant]:
        names, name_re, _, _ = self._index(lang)
        out: list[Participant] = []
        for found in name_re.finditer(self.folded, start, end):
            if found.group("name") in _AR_LAM_VARIANTS and not self.folded[:found.start("name")].endswith("ل"):
                continue  # the article's lam without the preposition before it
            entry, kind = names[found.group("name")]
            s, e = found.start("name"), found.end("name")
            out.append(Participant(
                s, e, self.text[s:e], kind, code=entry.code, sector="GOV",
                identifier_id=entry.wikidata, identifier_text=entry.name,
                actor_id=None,
            ))
            if lang == "ar" and found.start() != s:
                out[-1].is_place = self.folded[found.start():s].endswith("ب")
        if persons and lang in _PERSON_TITLES:
            out.extend(self._persons(start, end, lang, out))
        return out

    def _persons(self, start: int, end: int, lang: str, known: list[Participant]) -> list[Participant]:
        out: list[Participant] = []
        title_re = re.compile(_PERSON_TITLES[lang] + r"\b[^.;:]{0,60}$", re.I)
        for found in _PERSON_RE.finditer(self.text, start, end):
            s, e = found.start(), found.end()
            words = self.text[s:e].split()
            while words and words[0].lower().strip("'’") in _STOP_START:
                s += len(words[0]) + 1
                words = words[1:]
            if len(words) < 2 or any(k.start < e and s < k.end for k in known):
                continue
            left = self.text[max(start, s - 70):s]
            code = self.demonym_country(max(start, s - 70), s, lang)
            if code is None and re.search(r"\b(?:UN|ONU|U\.N\.)\b", left):
                code = "IGO"
            sector = "GOV" if title_re.search(left) else None
            out.append(Participant(s, e, self.text[s:e], "PER", code=code, sector=sector,
                                   identifier_text=" ".join(words)))
        return out

    def _generic(self, start: int, end: int, lang: str, named: list[Participant]) -> list[Participant]:
        out: list[Participant] = []
        lex = self.lexicons[lang]
        stretch = self.folded[start:end]
        # a pattern none of whose required words is in the sentence is not run
        trusted = lex.case_traps.search(stretch) is None
        required = lex.generic_required or [()] * len(lex.generic)
        for (pattern, sector), literals in zip(lex.generic, required, strict=True):
            if literals and trusted and not any(literal in stretch for literal in literals):
                continue
            for found in pattern.finditer(self.folded, start, end):
                s, e = found.span()
                pre = found.groupdict().get("pre")
                if pre:
                    s += len(pre)
                if any(p.start < e and s < p.end for p in named + out):
                    continue
                if self._absorbed_by_name(e, end, named, noun=self.folded[s:e] if lang == "ar" else None):
                    continue
                if lang == "en" and any(0 <= s - p.end <= 1 and not p.is_place and p.kind in ("ORG", "IGO")
                                        and self.folded[p.end:s].isspace() for p in named):
                    continue  # "EU leaders", "Hamas fighters": the body named just before is the party
                body = self._regional_body(s, e, start, lang, sector)
                if body is not None:
                    # "West African defence chiefs", "Arab foreign ministers": the body they meet in
                    entry, s = body
                    out.append(Participant(s, e, self.text[s:e], "GENERIC", code=entry.code, sector=sector,
                                           identifier_id=entry.wikidata, identifier_text=entry.name, generic=True))
                    continue
                code = self._adjacent_demonym(s, e, start, end, lang)
                if code is not None and lang == "en":
                    # "US special forces", "Russian troops": the demonym belongs to the party's words
                    s = next((m.start for m in self.doc.mentions if s - 30 <= m.start < s and m.country == code
                              and re.fullmatch(rf"\s+(?:{_FORCE_ADJECTIVE}\s+)?", self.folded[m.end:s])), s)
                # "its border guard", "300 troops", "جنودها": someone's own forces, not the scene's
                owned = bool(_OWNED_BEFORE.search(self.folded[max(start, s - 12):s])) \
                    or lang == "ar" and bool(re.search(r"\S{3}(?:ه|ها|هم|هما)$", self.text[s:e]))
                if code is None and owned and lang == "en" and _ITS_BEFORE.search(self.folded[max(start, s - 12):s]):
                    code = self._possessor_state(s, named + out)  # "China ..., while its forces": the state told before
                # an owner's suffix wins over the state after "في" ("جنودها في مالي" are France's)
                code = code or (None if owned and lang == "ar" else self._owner_state(s, e, lang)) \
                    or (self._scene_country(s, start, end, lang) if sector in SCENE_SECTORS and not owned else None) \
                    or self.default_country
                out.append(Participant(s, e, self.text[s:e], "GENERIC", code=code, sector=sector,
                                       identifier_text=self._group_name(code, sector, self.folded[s:e], lang),
                                       generic=True))
        return out

    def _regional_body(self, s: int, e: int, start: int, lang: str,
                       sector: str | None) -> tuple[_FallbackEntry, int] | None:
        """The international body a regional adjective before a role noun names, and where the
        adjective starts: "West African leaders" (ECOWAS), "Gulf leaders", "world leaders",
        "West African defence chiefs"; not troops ("Western troops", "Arab troops")."""
        if sector not in ("GOV", "MIL", "LEG"):
            return None
        if sector == "MIL" and not _MILITARY_LEADERS.search(self.folded[s:e]):
            return None
        pattern, bodies = _regional_index(lang, self.lexicons[lang].fallback)
        if pattern is None:
            return None
        found = pattern.search(self.folded, max(start, s - 45), s)
        if found is None:
            return None
        return bodies[found.group("adj")], found.start("adj")

    def _pronouns(self, start: int, end: int, lang: str, known: list[Participant]) -> list[Participant]:
        """"he", "il", "him", "l'a félicité", "هنأه": a person named earlier, as a party here."""
        pattern = _PRONOUNS.get(lang)
        if pattern is None:
            return []
        out: list[Participant] = []
        for found in pattern.finditer(self.text if lang == "ar" else self.folded, start, end):
            role = "subject" if found.group("subj") else "object"
            s, e = found.span(role[:4] if role == "object" else "subj")
            if any(s < q.end and q.start < e for q in known):
                continue
            antecedents = self._antecedents(s)
            if not antecedents:
                continue
            first = antecedents[0]
            out.append(replace(first, start=s, end=e, text=self.text[s:e], is_place=False,
                               pronoun=role, antecedents=antecedents))
        return out

    def _descriptions(self, start: int, end: int, lang: str, known: list[Participant]) -> list[Participant]:
        """"the emirate", "le mouvement", "المملكة": the state or group named just before."""
        pattern = _DESCRIPTIONS.get(lang)
        if pattern is None:
            return []
        out: list[Participant] = []
        for found in pattern.finditer(self.folded, start, end):
            group = next(g for g in ("state", "group", "person", "office", "pair", "sides", "body")
                         if found.groupdict().get(g))
            s, e = found.span(group)
            if any(s < q.end and q.start < e for q in known) or _NAMED_AFTER.match(self.text, e):
                continue  # "the Kingdom of Morocco": a name, not a reference back
            if group == "body":
                # "ودعا التجمع", "ونفى الحزب", "وقالت المحكمة": the body named before whose name
                # has that head noun ("تجمع المهنيين السودانيين", "حزب العمال الكردستاني")
                head = found.group(group)[2:]
                bodies = [a for a in self._antecedents(s, ("ORG",)) if head in fold(a.text)]
                if bodies:
                    out.append(replace(bodies[0], start=s, end=e, text=self.text[s:e], is_place=False,
                                       pronoun="description", antecedents=bodies[:1]))
                continue
            if group == "sides":
                # "اشتباكات بين الجيش وقوات الدعم السريع، وتبادل الطرفان الاتهامات", "بين إسرائيل
                # وإيران ... واتهم ترامب الطرفين": the two coordinated parties named just before
                pair = self._coordinated_pair(s, start, known, states=found.group(group).startswith("البلد"))
                if pair:
                    out.append(replace(pair[0], start=s, end=e, text=self.text[s:e], is_place=False,
                                       pronoun="pair", antecedents=pair))
                continue
            if group == "pair":
                # "وقع الرئيسان إعلانا", "the two leaders agreed": the two office holders named just
                # before, both parties (roles.py lists each)
                holders = [a for a in self._antecedents(s) if a.sector == "GOV"][:2]
                if len(holders) == 2:
                    out.append(replace(holders[0], start=s, end=e, text=self.text[s:e], is_place=False,
                                       pronoun="pair", antecedents=holders))
                continue
            if group == "office":
                # "Le président a été placé en résidence surveillée": the office holder named just
                # before; not the title of a name that follows ("le président Ali Bongo") nor one
                # with a nationality ("le président ivoirien"), which stays a role noun
                if _OFFICE_QUALIFIED.match(self.text, e) or self._absorbed_by_name(e, end, known):
                    continue
                holders = [a for a in self._antecedents(s) if a.sector == "GOV"]
                if holders:
                    out.append(replace(holders[0], start=s, end=e, text=self.text[s:e], is_place=False,
                                       pronoun="description", antecedents=holders[:1]))
                continue
            if group == "person":
                # "the envoy", "le diplomate italo-suédois": the person named just before; with a
                # nationality ("the Russian diplomat") only a person of that country
                antecedents = self._antecedents(s)
                nationality = None if _COMPOUND_DEMONYM.match(self.text, e) or "-" in self.folded[found.start():s] \
                    else self.demonym_country(e, min(end, e + 25), lang)
                if nationality is not None:
                    antecedents = [a for a in antecedents if a.code == nationality]
                qualifier = _COMPOUND_DEMONYM.match(self.text, e) or _NEXT_WORD.match(self.text, e)
                if qualifier is not None and self.demonym_country(e, qualifier.end(), lang) is not None:
                    e = qualifier.end()  # the nationality belongs to the description
                if antecedents:
                    out.append(replace(antecedents[0], start=s, end=e, text=self.text[s:e], is_place=False,
                                       pronoun="description", antecedents=antecedents[:1]))
                continue
            kinds = ("GPE",) if group == "state" else ("ORG",)
            antecedents = self._antecedents(s, kinds)
            if antecedents:
                out.append(replace(antecedents[0], start=s, end=e, text=self.text[s:e], is_place=False,
                                   pronoun="description", antecedents=antecedents))
        return out

    def _coordinated_pair(self, offset: int, start: int, known: list[Participant],
                          states: bool) -> list[Participant]:
        """The nearest two parties joined by "و" before ``offset``, in its sentence or the two
        before it ("إسرائيل وإيران", "الجيش السوداني وقوات الدعم السريع"); for "البلدان" states only."""
        sentences = [x for x in self.doc.sentences if x.start < start][-2:]
        candidates: list[Participant] = []
        for sentence in sentences:
            candidates.extend(self.find(sentence.start, min(sentence.end, start), "ar"))
        candidates.extend(q for q in known if q.end <= offset)
        candidates = [q for q in candidates if q.pronoun is None and not q.generic and q.code
                      and (not states or q.kind in ("GPE", "GOV") and q.code not in _NOT_STATES)]
        candidates.sort(key=lambda q: q.start)
        for first, second in zip(reversed(candidates[:-1]), reversed(candidates[1:]), strict=True):
            if first.key != second.key and re.fullmatch(r"\s*[،,]?\s*و", self.folded[first.end:second.start]):
                return [first, second]
        return []

    def antecedents(self, offset: int) -> list[Participant]:
        """Persons named before ``offset`` in its sentence and the two before it, nearest first."""
        return self._antecedents(offset)

    def _antecedents(self, offset: int, kinds: tuple[str, ...] = ("PER", "TITLE")) -> list[Participant]:
        """Persons named before ``offset`` in its sentence and the two before it, nearest first."""
        sentences = [x for x in self.doc.sentences if x.start <= offset]
        floor = sentences[-3].start if len(sentences) >= 3 else 0
        out: list[Participant] = []
        seen: set[str] = set()
        for m in sorted(self.doc.mentions, key=lambda m: -m.start):
            if m.end > offset or m.start < floor or m.type not in kinds:
                continue
            p = _from_mention(m)
            if p is None or p.kind not in ("PER", "GOV") and p.kind not in kinds:
                continue
            if "PER" in kinds and p.kind != "PER":
                continue
            if p.code is None:
                p.code = self.default_country
            if p.key not in seen:
                seen.add(p.key)
                out.append(p)
        return out

    def group_name(self, code: str | None, sector: str | None, noun: str, lang: str) -> str | None:
        return self._group_name(code, sector, noun, lang)

    def _group_name(self, code: str | None, sector: str | None, noun: str, lang: str) -> str | None:
        """The canonical name of a group known by role and country: "Israeli troops" is the
        Israel Defense Forces, "Moroccan authorities" Morocco (PLOVER codes such groups by
        their state and sector)."""
        entry = _states(self.lexicons[lang].fallback).get(code or "")
        if sector == "MIL" and entry is not None and entry.get("mil") and _ARMED_FORCES.search(noun):
            return str(entry["mil"])
        if sector == "MIL" and _ARMED_FORCES.search(noun) or sector == "COP" and _POLICE_NOUN.search(noun):
            force = national_force(code, sector)
            if force:
                return force
        if entry is None:
            return _kb_country_name(code)
        return str(entry["name"])

    def _short_form(self, p: Participant, m: Mention) -> None:
        """"Skripal" after "Sergei Skripal", "le Conseil" after "le Conseil de sécurité": the same party."""
        words = m.text.split()
        if not words:
            return
        for earlier in sorted(self.doc.mentions, key=lambda x: -x.start):
            if earlier.start >= m.start or earlier.type != m.type or not earlier.country:
                continue
            full = earlier.text.split()
            if len(full) > len(words) and (full[:len(words)] == words or full[-len(words):] == words):
                p.code, p.sector = earlier.country, p.sector or earlier.sector
                p.identifier_text = earlier.actor_name or earlier.text
                p.identifier_id = earlier.wikidata or earlier.actor_id or p.identifier_id
                return

    def _scene_country(self, s: int, start: int, end: int, lang: str) -> str | None:
        """The country of the place the sentence is set in ("in Yerevan", "à la frontière grecque",
        "في تبليسي"), nearest the role noun at ``s``: police and protesters are those of the scene."""
        best: tuple[int, str] | None = None
        for m in self.doc.mentions:
            if not (start <= m.start and m.end <= end) or m.type not in ("LOC", "GPE"):
                continue
            code = m.country or (m.place.country if m.place is not None else None)
            if not code or len(code) != 3 or code in ("IGO", "EUR", "NGO"):
                continue
            before = self.folded[max(start, m.start - 12):m.start]
            if not (_SCENE_PREP[lang].search(before) or lang == "ar" and self.folded[m.start:m.start + 1] == "ب"
                    and not m.text.startswith("ب")):
                continue
            if best is None or abs(m.start - s) < best[0]:
                best = (abs(m.start - s), code)
        for found in _SCENE_NOUN[lang].finditer(self.folded, start, end):
            word = re.match(r"[^\s,.;:،]+", self.text[found.end():found.end() + 30])
            code = self._kb_demonym(word.group(0), lang) if word else None
            if code and (best is None or abs(found.start() - s) < best[0]):
                best = (abs(found.start() - s), code)
        return best[1] if best else None

    def _apposition_country(self, m: Mention) -> str | None:
        """"Saleh al-Arouri, numéro deux du Hamas, ...", "X, a leader of Hamas": an unknown person
        is of the country of the body their apposition names."""
        opening = re.match(r"\s*[,،]", self.text[m.end:m.end + 3])
        if opening is None:
            return None
        start = m.end + opening.end()
        stop = re.search(r"[,،;.()]", self.text[start:start + 80])
        limit = start + (stop.start() if stop else 80)
        for other in self.doc.mentions:
            if m.end < other.start < limit and other.type in ("ORG", "GPE") and other.country \
                    and other.country not in _NOT_STATES:
                return other.country
        return None

    def _possessor_state(self, s: int, known: list[Participant]) -> str | None:
        """The state or body that "its"/"their" before a role noun at ``s`` stands for: the
        first party of its sentence told before it (the subject, not a qualifier such as "the
        US ambassador"), else the first state or demonym of the sentence, else the first state or
        body named in the previous sentence."""
        sentences = [x for x in self.doc.sentences if x.start <= s]
        if not sentences:
            return None
        floor = sentences[-1].start
        for p in sorted(known, key=lambda q: q.start):
            # "the US ambassador": a state after an article qualifies a noun; "the Kremlin", "the
            # Houthis" are parties
            if floor <= p.start and p.end <= s and p.code and p.code not in _NOT_STATES \
                    and not p.is_place and p.pronoun is None \
                    and not (p.kind == "GPE" and _MODIFIER_BEFORE.search(self.folded[max(0, p.start - 4):p.start])):
                return p.code
        told = self.demonym_country(floor, s, "en")  # "the Russian defence ministry said its forces"
        if told is not None or len(sentences) < 2:
            return told
        for m in sorted(self.doc.mentions, key=lambda q: q.start):
            if sentences[-2].start <= m.start and m.end <= floor and (m.type in ("GPE", "ORG") or m.is_metonym) \
                    and m.country and m.country not in _NOT_STATES \
                    and not (m.type == "GPE" and _MODIFIER_BEFORE.search(self.folded[max(0, m.start - 4):m.start])):
                return m.country
        return None

    def _owner_state(self, s: int, e: int, lang: str) -> str | None:
        """The state a role noun belongs to: "Iran's security forces", "la police du Burkina",
        "السلطات الانتقالية في مالي"."""
        if lang == "ar":
            return self._ar_state_after(e)
        for m in self.doc.mentions:
            if m.type != "GPE" or not m.country:
                continue
            if lang == "en" and s - 30 <= m.end <= s and _OWNER_BEFORE.match(self.folded[m.end:s]):
                return m.country
            if lang == "fr" and e <= m.start <= e + 30 and _OWNER_AFTER.match(self.folded[e:m.start]):
                return m.country
        return None

    def _ar_state_after(self, e: int) -> str | None:
        """The state named after "في" right behind an Arabic role noun and its adjectives."""
        window = self.folded[e:e + 45]
        for m in self.doc.mentions:
            if m.type == "GPE" and m.country and m.country not in _NOT_STATES and e < m.start <= e + 45 \
                    and _AR_IN_STATE.fullmatch(self.folded[e:m.start]):
                return m.country
        names, name_re, _, _ = self._index("ar")
        for found in name_re.finditer(window):
            entry, kind = names[found.group("name")]
            if kind == "GPE" and entry.kind == "GPE" and entry.code not in _NOT_STATES \
                    and _AR_IN_STATE.fullmatch(window[:found.start()]):
                return entry.code
        return None

    def _adjacent_demonym(self, s: int, e: int, start: int, end: int, lang: str) -> str | None:
        """The demonym qualifying a role noun: "Russian troops", "soldats israéliens", "الشرطة الجورجية".

        English puts it before the noun; French and Arabic after it (a few words of
        complement may come between: "ministre des Affaires étrangères russe",
        "وزير الخارجية الروسي").
        """
        _, _, demonyms, dem_re = self._index(lang)
        if dem_re is None:
            return None
        if lang == "en":
            found = None
            for candidate in dem_re.finditer(self.folded, max(start, s - 30), s):
                found = candidate  # the demonym nearest the noun
            if found is not None and re.fullmatch(r"[\s\w'’-]*", self.folded[found.end():s]) \
                    and len(self.folded[found.end():s].split()) <= 2:
                return demonyms[found.group(0)]
            # "Georgian officers": a demonym the short list lacks, from the knowledge base
            word = re.search(r"([A-Z][\w'’-]+)\s+$", self.text[max(start, s - 30):s])
            return self._kb_demonym(word.group(1), lang) if word and len(word.group(1)) > 3 else None
            return None
        found = dem_re.search(self.folded, e, min(end, e + 40))
        if found is not None:
            gap = self.folded[e:found.start()]
            # "خمسة أشخاص في غارة إسرائيلية": a demonym behind a preposition qualifies another noun
            if not re.search(r"[,;.،:()]", gap) and len(gap.split()) <= 3 and not _GAP_PREPOSITION.search(gap):
                return demonyms[found.group(0)]
        # a demonym the short list lacks ("la junte guinéenne"), from the knowledge base
        word = re.match(r"\s+([^\s,.;:،()]+)", self.text[e:min(end, e + 30)])
        return self._kb_demonym(word.group(1), lang) if word and len(word.group(1)) > 3 else None

    def _absorbed_by_name(self, end: int, limit: int, named: list[Participant], noun: str | None = None) -> bool:
        """True when a role noun is the title of a name that follows ("the envoy X")."""
        for p in named:
            if p.kind == "PER" and end <= p.start <= end + 45:
                gap = self.text[end:p.start]
                if _AR_GAP_EVENT.search(fold(gap)):
                    continue  # "الحكومة اللبنانية اغتيال القيادي صالح العاروري": an event noun between
                if noun is not None and not _TITLE_RE["ar"].search(noun) and _GAP_SEPARATOR.search(fold(gap)):
                    continue  # "أفرجت السلطات الإيرانية بكفالة عن المخرج جعفر بناهي": a body is no title
                if re.fullmatch(r"[\w\s'’-]*,?\s*", gap) and len(gap.split()) <= 6 and not _GAP_VERB.search(gap) \
                        and not (_GAP_SEPARATOR.search(fold(gap)) and any(r.search(gap) for r in _TITLE_RE.values())):
                    return True
        return False
