"""Countries named by an adjective of nationality next to a place or a security force:
"Ukrainian cities", "les forces de sécurité burkinabè", "المدن الأوكرانية".

The demonyms come from the actor KB's country table (and the entity stage's fallback
list); they are looked up word by word next to a small set of head nouns, so no large
alternation has to be compiled."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from wirewatch.timeexpr.text import fold
from wirewatch.yamlfiles import load_yaml

_LANGS = ("en", "fr", "ar")
# Nouns that put the event on the demonym's soil: "struck Ukrainian cities", "dans des
# villages maliens", "في المدن الأوكرانية".
_PLACE_NOUNS = {
    "en": r"cities|city|towns?|villages?|territory|soil|waters|airspace|coast|provinces?|regions?|"
          r"countryside|streets",
    "fr": r"villes?|localités?|villages?|territoire|sol|eaux|espace aérien|côtes?|provinces?|régions?|rues",
    "ar": r"المدن|مدن|المدينه|مدينه|البلدات|بلدات|القري|قري|الاراضي|اراضي|الاجواء|المياه|المناطق|مناطق|"
          r"الشوارع|شوارع",
}
# A state's own forces or people, who act at home unless the text says otherwise: "Malian
# troops attacked ...", "la police sénégalaise a dispersé ...".
_FORCE_NOUNS = {
    "en": r"troops|army|soldiers|forces|security forces|armed forces|military|police|coast ?guard|"
          r"gendarmes|gendarmerie|border guards|riot police|protesters|demonstrators|students|"
          r"schoolgirls|schoolchildren|villagers|authorities",
    "fr": r"troupes|armée|soldats|forces(?: de sécurité| de défense et de sécurité| armées)?|militaires|"
          r"police|gendarmerie|gendarmes|garde-côtes|gardes-frontières|manifestants|étudiants|"
          r"écolières|villageois|autorités",
    "ar": r"القوات|قوات(?: الامن)?|الجيش|جيش|الجنود|جنود|الشرطه|شرطه|قوات الامن|خفر السواحل|"
          r"المتظاهرون|المتظاهرين|متظاهرون|متظاهرين|السلطات|الطلاب",
}
_CAPITAL_NOUN = {"en": r"capital", "fr": r"capitale", "ar": r"العاصمه"}
_WORD = re.compile(r"[^\W\d_][\w.'’-]*")


@dataclass(frozen=True)
class DemonymHit:
    start: int
    end: int
    country: str  # ISO alpha-3
    place_noun: bool  # "Ukrainian cities" (True) or "Malian troops" (False)


def _kb_countries() -> list[dict]:
    try:
        text = resources.files("wirewatch.kb").joinpath("data", "countries.yaml").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return []
    return load_yaml(text) or []


def _fallback_rows() -> list[list[str]]:
    path = Path(__file__).resolve().parents[1] / "entities" / "data" / "fallback_demonyms.tsv"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    return [line.split("\t")[:3] for line in lines
            if line.strip() and not line.startswith("#") and line.count("\t") >= 2]


@lru_cache(maxsize=1)
def demonym_table() -> dict[str, dict[str, str]]:
    """Folded demonym -> ISO alpha-3, per language (the actor KB's country table, then the
    entity stage's fallback list)."""
    table: dict[str, dict[str, str]] = {lang: {} for lang in _LANGS}
    for country in _kb_countries():
        code = country.get("iso3")
        for lang, words in (country.get("demonyms") or {}).items():
            if code and lang in table:
                for word in words or ():
                    table[lang].setdefault(fold(word), code)
    for lang, code, word in _fallback_rows():
        if lang in table:
            table[lang].setdefault(fold(word), code)
    return table


def _lookup(words: list[str], lang: str) -> tuple[str | None, int]:
    """The state of a demonym of one to three words (longest first) at the end of
    ``words`` in English, at their start in French and Arabic (where the words may carry
    the article: "الأوكرانية"), and how many words it takes."""
    table = demonym_table()[lang]
    for size in (3, 2, 1):
        if len(words) < size:
            continue
        phrase = " ".join(words[-size:]) if lang == "en" else " ".join(words[:size])
        code = table.get(phrase)
        if code is None and lang == "ar" and phrase.startswith("ال"):
            code = table.get(phrase[2:])
        if code:
            return code, size
    return None, 0


def _adjacent(folded: str, lang: str, start: int, end: int) -> tuple[str | None, int, int]:
    """The demonym next to the noun at ``folded[start:end]``: before it in English, after
    it in French and Arabic; (state, span start, span end)."""
    if lang == "en":
        found = list(_WORD.finditer(folded, max(0, start - 40), start))[-3:]
        if found and folded[found[-1].end():start].strip():
            return None, start, end  # something else between the words and the noun
        code, size = _lookup([m.group(0) for m in found], lang)
        return (code, found[-size].start(), end) if code else (None, start, end)
    found = list(_WORD.finditer(folded, end, min(len(folded), end + 40)))[:3]
    if found and folded[end:found[0].start()].strip():
        return None, start, end
    code, size = _lookup([m.group(0) for m in found], lang)
    return (code, start, found[size - 1].end()) if code else (None, start, end)


@lru_cache(maxsize=9)
def _noun_pattern(lang: str, kind: str) -> re.Pattern[str]:
    nouns = {"place": _PLACE_NOUNS, "force": _FORCE_NOUNS, "capital": _CAPITAL_NOUN}[kind][lang]
    prefix = r"[وفب]?" if lang == "ar" else ""
    return re.compile(rf"(?<![\w]){prefix}(?:{nouns})(?![\w])")


def find_demonyms(folded: str, lang: str, start: int, end: int) -> list[DemonymHit]:
    """Demonyms next to a place noun or a force noun in ``folded[start:end]`` (folded text,
    see :func:`wirewatch.timeexpr.text.fold`), in text order."""
    lang = lang if lang in _LANGS else "en"
    hits = []
    for kind in ("place", "force"):
        for m in _noun_pattern(lang, kind).finditer(folded, start, end):
            code, lo, hi = _adjacent(folded, lang, m.start(), m.end())
            if code and lo >= start:
                hits.append(DemonymHit(lo, hi, code, kind == "place"))
    return sorted(hits, key=lambda h: h.start)


def demonym_countries(folded: str, lang: str, start: int, end: int) -> list[str]:
    """States of every demonym in ``folded[start:end]``, in text order ("رئيس الوزراء
    السلوفاكي" -> SVK)."""
    lang = lang if lang in _LANGS else "en"
    table = demonym_table()[lang]
    out = []
    for m in _WORD.finditer(folded, start, end):
        word = m.group(0).rstrip(".")
        code = table.get(word)
        if code is None and lang == "ar":
            for prefix in ("ال", "وال", "بال", "فال"):
                if word.startswith(prefix) and word[len(prefix):] in table:
                    code = table[word[len(prefix):]]
                    break
        if code:
            out.append(code)
    return out


def capital_phrases(folded: str, lang: str) -> list[tuple[int, int, str]]:
    """"the Malian capital", "la capitale malienne", "العاصمة المالية": (start, end, ISO
    alpha-3 of the state whose capital it is)."""
    lang = lang if lang in _LANGS else "en"
    out = []
    for m in _noun_pattern(lang, "capital").finditer(folded):
        code, lo, hi = _adjacent(folded, lang, m.start(), m.end())
        if code:
            out.append((lo, hi, code))
    return out


__all__ = ["DemonymHit", "capital_phrases", "demonym_countries", "demonym_table", "find_demonyms"]
